"""Words of a normalised text: the \\w+ words and the letter and digit runs, made once."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from annotator.text.normalize import normalize
from annotator.text.tokens import (
    SENTENCE_REACH,
    char_positions,
    letter_and_digit_runs,
    line_around,
    sentence_around,
    text_words,
    word_tokens,
)

_PIECES = st.sampled_from(
    ["قتل", "وبالرقة", "13", "١٥", "3.5", "1,200", "3-5", "15/3", "F16", "7قتلى", "a_b", "_",
     "²", "٫", "ـ", "َ", " ", "  ", "\n", ".", "،", "-", "/", ":", "\ud800", "😀", "x", "٣٤"]
)  # fmt: skip


def _runs(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"\d+|[^\W\d_]+", text)]


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_text_words_are_the_words_of_the_text(text: str) -> None:
    normalized = normalize(text)
    assert text_words(normalized) == word_tokens(normalized.text)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_letter_and_digit_runs(text: str) -> None:
    normalized = normalize(text)
    assert [tuple(run) for run in letter_and_digit_runs(normalized)] == _runs(normalized.text)


def test_words_shared_with_the_runs_when_they_are_the_same() -> None:
    normalized = normalize("قتل 13 عنصرا في 3.5 كم")
    assert text_words(normalized) is letter_and_digit_runs(normalized)
    mixed = normalize("طائرة F16 و7قتلى")
    assert text_words(mixed) == word_tokens(mixed.text)
    assert text_words(mixed) != letter_and_digit_runs(mixed)


def test_char_positions_finds_every_mark_in_text_order() -> None:
    text = "قتل ٣.\nأصيب 😢 آخر؟ نعم."
    assert char_positions(text, ".\n؟") == [i for i, c in enumerate(text) if c in ".\n؟"]
    assert char_positions("", ".") == []
    assert char_positions("بلا علامات", ".") == []


def test_the_sentence_around_a_position_ends_at_its_mark_or_line() -> None:
    text = "عنوان 🙂 الخبر\nقتل ٣ عناصر. وأصيب آخرون؟ ثم هدأ"
    start, end = sentence_around(text, text.index("عناصر"))
    assert text[start:end] == "قتل ٣ عناصر"
    start, end = sentence_around(text, text.index("الخبر"))
    assert text[start:end] == "عنوان 🙂 الخبر"
    start, end = sentence_around(text, len(text) - 1)
    assert text[start:end] == " ثم هدأ"
    assert sentence_around("", 0) == (0, 0)
    # text without marks is cut at the reach either side
    long = "كلمة " * 2000
    start, end = sentence_around(long, 5000)
    assert (start, end) == (5000 - SENTENCE_REACH, 5000 + SENTENCE_REACH)


def test_the_line_around_a_position_is_its_headline_or_paragraph() -> None:
    text = "تركيا تصعد.. غارات\nنص الخبر"
    assert text[slice(*line_around(text, 3))] == "تركيا تصعد.. غارات"
    assert text[slice(*line_around(text, len(text) - 1))] == "نص الخبر"
    assert line_around("", 0) == (0, 0)
