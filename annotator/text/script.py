"""Which script a text is mostly written in, to fill a document's language."""

from __future__ import annotations

_SAMPLE = 4000


def _is_arabic(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def guess_language(text: str) -> str:
    """'ar' when most letters are Arabic, 'en' when most are Latin, else 'und'."""
    arabic = latin = 0
    for char in text[:_SAMPLE]:
        if not char.isalpha():
            continue
        if _is_arabic(char):
            arabic += 1
        elif char.isascii():
            latin += 1
    letters = arabic + latin
    if letters == 0:
        return "und"
    if arabic / letters > 0.5:
        return "ar"
    if latin / letters > 0.5:
        return "en"
    return "und"
