"""Which script a text is mostly written in, to fill a document's language."""

from __future__ import annotations

import string

# The opening of an article is enough to tell its script.
_SAMPLE = 1000
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
# UTF-8 lead bytes of U+0600-U+06FF and U+0750-U+077F (Arabic and Arabic Supplement).
# They never occur inside another character, so counting them counts Arabic characters.
_ARABIC_LEAD_BYTES = bytes([0xD8, 0xD9, 0xDA, 0xDB, 0xDD])


def guess_language(text: str) -> str:
    """'ar' when most letters are Arabic, 'en' when most are Latin, else 'und'."""
    return guess_language_utf8(text[:_SAMPLE].encode("utf-8"))


def guess_language_utf8(data: bytes) -> str:
    """The same guess from UTF-8 bytes (their opening is enough).

    Counted with C-speed calls, since this runs for every imported article; Arabic
    punctuation and Eastern Arabic digits count as Arabic.
    """
    sample = data[: _SAMPLE * 2]
    latin = len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    arabic = len(sample) - len(sample.translate(None, _ARABIC_LEAD_BYTES))
    letters = arabic + latin
    if letters == 0:
        return "und"
    if arabic / letters > 0.5:
        return "ar"
    if latin / letters > 0.5:
        return "en"
    return "und"
