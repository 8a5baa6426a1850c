"""Words in normalised Arabic text, and where a name may begin inside one.

Arabic writes conjunctions, prepositions and the article onto the next word
(وبادية, بالرقة, للرقة): a name can begin after such a proclitic, and the span of a
match starts on the name, not on the proclitic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial
from itertools import accumulate, compress, count, islice
from operator import eq, gt, itemgetter
from typing import NamedTuple

from annotator.text.normalize import NormalizedText

_WORD = re.compile(r"(\w+)")  # one group: see split_tokens
# The tokens numbers are read from: digits, with separators between them (1,200, 3-5,
# 15/3), and runs of letters. One group: see split_tokens.
_NUMBER_TOKEN = re.compile(r"(\d+(?:[.,/:\-\u066b\u066c]\d+)*|[^\W\d_]+)")
_SEPARATED_DIGITS = re.compile(r"\d[.,/:\-\u066b\u066c]\d")
_DIGITS = re.compile(r"\d+")
_START = itemgetter(0)  # of a Token
# Longest first. Only combinations Arabic writes; ال forms are kept with the name when
# the lexicon has the name with its article, so they are tried both ways.
PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "وب", "ول", "فب", "فل", "وك",
              "و", "ف", "ب", "ل", "ك")  # fmt: skip
_MIN_STEM = 2


class Token(NamedTuple):  # a tuple: an article has thousands, made fast
    start: int
    end: int
    text: str


# Makes a Token from a (start, end, text) tuple without running Python code.
_new_token: Callable[[tuple[int, int, str]], Token] = partial(tuple.__new__, Token)


def split_tokens(
    pattern: re.Pattern[str], text: str
) -> tuple[list[str], list[str], list[int], list[int]]:
    """The tokens ``pattern`` finds: (texts, the text before each, starts, ends).

    ``pattern`` is one capturing group around the whole token. Splitting and summing
    lengths run in C, where a loop over match objects would run Python for every token
    of an article.
    """
    parts = pattern.split(text)  # gap, token, gap, token, ..., gap
    offsets = list(accumulate(map(len, parts), initial=0))
    return parts[1::2], parts[0:-1:2], offsets[1:-2:2], offsets[2:-1:2]


def tokens_of(pattern: re.Pattern[str], text: str) -> list[Token]:
    """What ``pattern`` (one capturing group) finds in ``text``, with positions."""
    words, _gaps, starts, ends = split_tokens(pattern, text)
    return tokens_from(words, starts, ends)


def tokens_from(words: list[str], starts: list[int], ends: list[int]) -> list[Token]:
    return list(map(_new_token, zip(starts, ends, words, strict=True)))


def word_tokens(text: str) -> list[Token]:
    """Runs of letters and digits, with their positions in ``text``."""
    return tokens_of(_WORD, text)


def text_words(normalized: NormalizedText) -> list[Token]:
    """``word_tokens`` of a normalised text, made once and shared by the suggesters."""
    return normalized.shared(_text_words)


def _text_words(normalized: NormalizedText) -> list[Token]:
    _words, _gaps, starts, ends = normalized.shared(number_token_table)
    # No run of letters touches a run of digits (F16, 7قتلي) and no _ joins two runs:
    # every word is a run of letters or of digits, the same tokens as the runs the numbers
    # are read from, which the text then makes once for both.
    if "_" not in normalized.text and not any(map(eq, ends, islice(starts, 1, None))):
        return letter_and_digit_runs(normalized)
    return word_tokens(normalized.text)


def number_token_table(
    normalized: NormalizedText,
) -> tuple[list[str], list[str], list[int], list[int]]:
    """``split_tokens`` of the tokens numbers are read from (use ``normalized.shared``)."""
    return split_tokens(_NUMBER_TOKEN, normalized.text)


def letter_and_digit_runs(normalized: NormalizedText) -> list[Token]:
    """Runs of letters and runs of digits, with their positions (7قتلي is 7 and قتلي).

    Made from the numbers' split of the text, with digits joined by separators (1,200
    or 3-5) taken apart again; shared by the suggesters (do not modify the list).
    """
    return normalized.shared(_letter_and_digit_runs)


def _letter_and_digit_runs(normalized: NormalizedText) -> list[Token]:
    words, _gaps, starts, ends = normalized.shared(number_token_table)
    runs = tokens_from(words, starts, ends)
    if not _SEPARATED_DIGITS.search(normalized.text):  # every token is one run already
        return runs
    # Digits with separators (3.5, 1,200): those few tokens, picked in C, taken apart.
    separated = compress(
        count(), map(gt, map(str.isdecimal, map(itemgetter(0), words)), map(str.isdecimal, words))
    )
    for index in reversed(list(separated)):
        start = starts[index]
        runs[index : index + 1] = [
            Token(start + run.start(), start + run.end(), run.group())
            for run in _DIGITS.finditer(words[index])
        ]
    return runs


def text_word_starts(normalized: NormalizedText) -> list[int]:
    """Where each of ``text_words`` begins, for bisection; shared like them."""
    return normalized.shared(_text_word_starts)


def _text_word_starts(normalized: NormalizedText) -> list[int]:
    return list(map(_START, text_words(normalized)))  # (map: no Python loop)


@lru_cache(maxsize=16384)  # words repeat within and across articles
def name_starts(word: str) -> tuple[int, ...]:
    """Offsets inside ``word`` where a name may begin: 0, and after each proclitic."""
    starts = [0]
    for proclitic in PROCLITICS:
        if word.startswith(proclitic) and len(word) - len(proclitic) >= _MIN_STEM:
            offset = len(proclitic)
            if offset not in starts:
                starts.append(offset)
            # بال/وال/لل carry the article: the name may also start on its ال
            if proclitic.endswith("ال") and offset - 2 not in starts and offset >= 2:
                starts.append(offset - 2)
    return tuple(sorted(starts))


def char_positions(text: str, chars: str) -> list[int]:
    """Where each of ``chars`` stands in ``text``, in text order. (``str.find`` char by
    char: a search in C for each, where a regular expression tests every character.)"""
    found: list[int] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


QUOTE_MARKS = "\"'«»“”"  # around names: straight, guillemets, typographic
QUOTE_CLASS = re.escape(QUOTE_MARKS)  # the same, to go inside a regex's character class
SENTENCE_MARKS = ".!?؟\n"  # (a line break ends a sentence too: headlines, datelines)
# How far a sentence is looked for either side: text without marks (10 MB of it) is cut
# there, so that asking at each of many positions stays linear.
SENTENCE_REACH = 2000


def sentence_around(text: str, position: int) -> tuple[int, int]:
    """The start and end of the sentence (or line) holding ``position``, found from its
    marks alone, without splitting the whole text: the end is its mark's offset. No more
    than ``SENTENCE_REACH`` characters either side."""
    low = max(position - SENTENCE_REACH, 0)
    high = min(position + SENTENCE_REACH, len(text))
    start = max(low - 1, *(text.rfind(mark, low, position) for mark in SENTENCE_MARKS)) + 1
    ends = [text.find(mark, position, high) for mark in SENTENCE_MARKS]
    return start, min((end for end in ends if end >= 0), default=high)


def line_around(text: str, position: int) -> tuple[int, int]:
    """The start and end of the line (a headline, a paragraph) holding ``position``."""
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, len(text) if end < 0 else end
