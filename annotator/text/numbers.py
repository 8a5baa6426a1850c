"""Numbers as Arabic news writes them: digits, number words, duals and vague quantities.

``find_numbers`` reads normalised text (``annotator.text.normalize``): digits are
ASCII, ة is ه, ى is ي and tashkeel is gone. Offsets of a ``NumberMention`` are
offsets into that normalised text; ``NormalizedText.span`` maps them back.

What is read:

- digits: ``13``, ``1,200`` (``٬`` too), a range ``3-5``; dates, times and decimals
  (``15/3``, ``10:30``, ``2.5``), names (``T4``, ``F16``, ``سو-24``) and list markers
  (``6-`` opening a line) are not numbers here;
- number words of both genders, 11-19, tens, hundreds (``ثلاثمئه`` and ``ثلاث مئه``),
  thousands and millions, joined by و in Arabic order (``خمسمئه وثلاثه وعشرين`` = 523);
- a dual count noun (``عنصرين`` = 2). Nouns with a sound plural (``مدنيين``,
  ``مقاتلين``) are read as a dual only when the original tashkeel says so;
- ``احد``/``احدي`` before a noun ("one of the ...") as 1;
- vague quantities as ACLED records them: عده, بعض, عدد من = 3; عشرات = 12;
  مئات = 100; الاف = 1000 (qualifier "vague");
- a qualifier before the number (``اكثر من 20`` = at least 20, ``نحو 20`` = about 20),
  or after it (``على الاقل``, ``تقريبا``), and ranges (``بين 3 و5``, ``3 الي 5``), whose
  lowest figure is kept, as ACLED does.

For 11-99 Arabic puts the counted noun in the singular accusative (``13 عنصرًا``):
that noun belongs to the number expression and is part of the mention's span.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Literal, NamedTuple

from annotator.text.normalize import NormalizedText
from annotator.text.tokens import number_token_table

Qualifier = Literal["exact", "at_least", "approx", "vague"]
Carrier = Literal["digits", "words", "dual", "vague"]


@dataclass(frozen=True)
class NumberMention:
    """A number in normalised text: ``start``/``end`` cover the whole expression.

    ``noun_start``/``noun_end`` is the counted noun inside the span when there is one:
    the dual noun that carries the number, or the accusative noun after 11-99.
    """

    start: int
    end: int
    value: int
    qualifier: Qualifier = "exact"
    kind: Carrier = "words"
    noun_start: int | None = None
    noun_end: int | None = None


# --- number words (normalised spelling) -------------------------------------------------

UNIT_WORDS: dict[str, int] = {
    "واحد": 1, "واحده": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5,
    "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8, "ثمان": 8,
    "تسعه": 9, "تسع": 9,
}  # fmt: skip
TEN_WORDS: dict[str, int] = {"عشره": 10, "عشر": 10}
# The first word of 11-19 (احد عشر, اثنا عشر, ثلاثه عشر ...).
TEEN_FIRST_WORDS: dict[str, int] = {
    **UNIT_WORDS,
    "احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
}  # fmt: skip
_TENS_STEMS = (
    ("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50),
    ("ست", 60), ("سبع", 70), ("ثمان", 80), ("تسع", 90),
)  # fmt: skip
TENS_WORDS: dict[str, int] = {
    stem + ending: value for stem, value in _TENS_STEMS for ending in ("ون", "ين")
}
HUNDRED_WORDS = ("مئه", "مائه")
_HUNDRED_STEMS = (
    ("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
    ("ثمان", 8), ("ثماني", 8), ("تسع", 9),
)  # fmt: skip
HUNDREDS_WORDS: dict[str, int] = {
    **dict.fromkeys(HUNDRED_WORDS, 100),
    **dict.fromkeys(
        (f"{stem}{end}" for stem in ("مئت", "مائت") for end in ("ان", "ين", "ا", "ي")), 200
    ),
    **{
        f"{stem}{hundred}": value * 100
        for stem, value in _HUNDRED_STEMS
        for hundred in HUNDRED_WORDS
    },
}
# Scale words that stand alone as a number.
SCALE_WORDS: dict[str, int] = {
    "الف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الفي": 2000,
    "مليون": 1_000_000, "مليونا": 1_000_000, "مليونان": 2_000_000, "مليونين": 2_000_000,
    "مليوني": 2_000_000,
}  # fmt: skip
# Scale words that multiply the number before them (ثلاثه الاف, عشرين الفا, مئه الف).
MULTIPLIER_WORDS: dict[str, int] = {
    "الف": 1000, "الفا": 1000, "الاف": 1000,
    "مليون": 1_000_000, "مليونا": 1_000_000, "ملايين": 1_000_000,
}  # fmt: skip

VAGUE_WORDS: dict[str, int] = {
    "عده": 3, "بعض": 3, "بضعه": 3, "بضع": 3, "العديد": 3,  # (اصابه العديد)
    "عشرات": 12, "مئات": 100, "الاف": 1000,
    "العشرات": 12, "المئات": 100, "الالاف": 1000,
}  # fmt: skip
VAGUE_PHRASES: dict[tuple[str, ...], int] = {
    ("عدد", "من"): 3,
    ("العديد", "من"): 3,
    ("الكثير", "من"): 3,
    ("عدد", "قليل", "من"): 3,
    ("عدد", "كبير", "من"): 10,  # ACLED: "many" is 3 or 10 by scale
    ("عددا", "من"): 3,  # (the accusative: اوقعت عددا من القتلى)
    ("عددا", "كبيرا", "من"): 10,
    ("عدد", "اخر"): 3,  # (اصابه عدد اخر بجروح)
    ("عددا", "اخر"): 3,
}
_VAGUE_MULTIPLIERS = {"الاف": 1000, "الالاف": 1000}


def ordinary_number_words() -> frozenset[str]:
    """Every single word that writes a number (normalised): واحد, ثلاثه, عشرين, مئه ..."""
    return frozenset({
        *UNIT_WORDS, *TEN_WORDS, *TEEN_FIRST_WORDS, *TENS_WORDS, *HUNDREDS_WORDS,
        *SCALE_WORDS, *MULTIPLIER_WORDS, *VAGUE_WORDS,
    })  # fmt: skip


QUALIFIERS_BEFORE: dict[tuple[str, ...], Qualifier] = {
    ("اكثر", "من"): "at_least",
    ("ازيد", "من"): "at_least",
    ("ما", "يزيد", "عن"): "at_least",
    ("ما", "يزيد", "علي"): "at_least",
    ("يزيد", "عن"): "at_least",
    ("يزيد", "علي"): "at_least",
    ("ما", "لا", "يقل", "عن"): "at_least",
    ("ما", "لا", "يقل", "علي"): "at_least",
    ("لا", "يقل", "عن"): "at_least",
    ("لا", "يقل", "علي"): "at_least",
    ("ما", "لا", "يقل", "من"): "at_least",  # (a common slip for عن)
    ("لا", "يقل", "من"): "at_least",
    ("علي", "الاقل"): "at_least",
    ("ما", "يربو", "علي"): "at_least",
    ("يربو", "علي"): "at_least",
    ("تجاوز",): "at_least",  # (عدد القتلى الذي) تجاوز الـ30
    ("يتجاوز",): "at_least",
    ("تجاوزت",): "at_least",  # (الحصيلة) تجاوزت 40 قتيلا
    ("تتجاوز",): "at_least",
    ("تخطي",): "at_least",
    ("يتخطي",): "at_least",
    ("تخطت",): "at_least",
    ("تتخطي",): "at_least",
    ("فاق",): "at_least",
    ("فاقت",): "at_least",
    ("يفوق",): "at_least",
    ("تفوق",): "at_least",
    ("زاد", "عن"): "at_least",
    ("زاد", "علي"): "at_least",
    ("زادت", "عن"): "at_least",
    ("زادت", "علي"): "at_least",
    ("نحو",): "approx",
    ("حوالي",): "approx",
    ("قرابه",): "approx",
    ("زهاء",): "approx",
    ("ما", "يقارب"): "approx",
    ("يقارب",): "approx",
    ("ما", "يقرب", "من"): "approx",
    ("يقرب", "من"): "approx",
    ("تقريبا",): "approx",
}
_QUALIFIERS_LONGEST_FIRST = sorted(QUALIFIERS_BEFORE.items(), key=lambda item: -len(item[0]))
QUALIFIERS_AFTER: dict[tuple[str, ...], Qualifier] = {
    ("علي", "الاقل"): "at_least",
    ("علي", "اقل", "تقدير"): "at_least",
    ("او", "اكثر"): "at_least",
    ("تقريبا",): "approx",
}
_QUALIFIER_AFTER_FIRST_WORDS = frozenset(phrase[0] for phrase in QUALIFIERS_AFTER)
_RANGE_WORDS = {"الي", "حتي", "او", "-", "–"}
_RANGE_OPENERS = {"بين", "وبين"}

# Count nouns whose plural is broken (عنصر/عناصر): stem + ان/ين is always a dual.
DUAL_NOUNS_CLEAR = (
    "عنصر", "جندي", "طفل", "شخص", "قتيل", "جريح", "ضابط", "رجل", "شاب", "شهيد",
    "حارس", "قائد", "اسير", "مدرس", "طبيب", "شقيق", "ابن", "راعي", "عضو", "تاجر", "تلميذ",
)  # fmt: skip
# Kin and children counted two with a possessive, the ن of the dual dropped (طفلاها,
# شقيقيه, ابنتاه): stems here and in DUAL_NOUNS_FEMININE.
_DUALS_POSSESSED = frozenset({"طفل", "شقيق", "ابن", "طفله", "شقيقه", "ابنه"})
_POSSESSIVES = ("ه", "ها", "هم", "هما")
# Count nouns with a sound plural (مدني/مدنيين, مقاتل/مقاتلين): stem + ين is the plural
# too, so it is a dual only when the tashkeel marks it (مدنيَّيْن, not مدنيِّين).
DUAL_NOUNS_AMBIGUOUS = (
    "مقاتل", "مدني", "مسلح", "عسكري", "قيادي", "مصاب", "معتقل", "مختطف", "مواطن",
    "صحفي", "ناشط", "شرطي", "مسعف", "موظف", "متطوع", "مدرب", "عامل", "متظاهر", "لاجئ",
    "سائق", "مزارع", "فلاح", "صياد", "نازح", "زائر",
    "اخر",  # two others (واصيب اخران), after a count of the same people
)  # fmt: skip
# ... which after a number word or a dual is its adjective, not a second count (اثنان
# اخران, عنصران اخران).
_OTHERS = frozenset({"اخران", "اخرين"})
# Feminine count nouns (ة, normalised ه): the dual is ...تان / ...تين.
DUAL_NOUNS_FEMININE = (
    "امراه", "طفله", "فتاه", "سيده", "مواطنه", "ناشطه", "صحفيه", "ممرضه", "جثه", "شقيقه",
    "ابنه", "تلميذه",
)  # fmt: skip

# Kin that may follow another dual noun as its apposition (طفلان شقيقان).
KIN_DUAL_STEMS = frozenset({"شقيق", "شقيقت"})
_PAIR_WORDS = {"اثنان", "اثنين", "اثنتان", "اثنتين"}  # جنديين اثنين: one mention
_ONE_OF = {"احد", "احدي"}
_NOT_AFTER_ONE_OF = {"من", "في", "علي", "عن", "الي", "الا", "سوي", "منهم", "منا", "منكم",
                     "منهن", "ما", "اخر", "عشر", "عشره"}  # fmt: skip
# Adverbs with tanween that may follow a number but are not its counted noun.
_NOT_COUNTED_NOUNS = {"ايضا", "تقريبا", "جميعا", "معا", "سابقا", "لاحقا", "حاليا", "فقط",
                      "يوميا", "فورا", "تماما", "غالبا", "مؤخرا", "اجمالا", "تباعا"}  # fmt: skip

NUMBER_PROCLITICS = ("و", "ف")
_VAGUE_PROCLITICS = ("و", "ف", "ب", "وب")
NOUN_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال",
                   "وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")  # fmt: skip
_ARTICLE_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "ال")

_FATHA, _KASRA, _SUKUN = "\u064e", "\u0650", "\u0652"
_MAX_DIGITS = 9
_THOUSANDS = re.compile(r"\d{1,3}(?:[,\u066c]\d{3})+")
_RANGE_DIGITS = re.compile(r"(\d{1,3})-(\d{1,3})")


# --- tokens ------------------------------------------------------------------------------


class _Tokens(NamedTuple):
    """The tokens of a text: its shared ``number_token_table``, read in place.

    An article has hundreds of tokens and a number looks at a few of them, so nothing
    is made for each token.
    """

    texts: list[str]
    gaps: list[str]  # the text between the previous token and this one
    starts: list[int]
    ends: list[int]

    def joined(self, index: int) -> bool:
        """Whether only spaces (or nothing) stand between token ``index`` and the one
        before; the first token follows nothing."""
        return index > 0 and not self.gaps[index].strip(" ")

    def is_digits(self, index: int) -> bool:
        return self.texts[index][0].isdecimal()


def _joined_word(tokens: _Tokens, index: int) -> str | None:
    """The text of token ``index`` if it is a word that follows the previous one directly."""
    texts = tokens.texts
    # (joined and is_digits written out: this is asked a hundred times an article)
    if 0 < index < len(texts) and not tokens.gaps[index].strip(" "):
        word = texts[index]
        if not word[0].isdecimal():
            return word
    return None


@lru_cache(maxsize=65536)  # words repeat: an article asks for the same ones many times
def _stripped(word: str, proclitics: tuple[str, ...]) -> list[tuple[int, str]]:
    """``word`` itself, then ``word`` without each proclitic it starts with."""
    forms = [(0, word)]
    for proclitic in proclitics:
        if word.startswith(proclitic) and len(word) - len(proclitic) >= 2:
            forms.append((len(proclitic), word[len(proclitic) :]))
    return forms


# --- a mention being read ----------------------------------------------------------------


class _Found(NamedTuple):  # a tuple: made for every candidate, fast
    first: int  # index of the first token
    last: int  # index of the last token
    start: int
    end: int
    value: int
    kind: Carrier
    qualifier: Qualifier = "exact"
    noun_start: int | None = None
    noun_end: int | None = None

    def mention(self) -> NumberMention:
        return NumberMention(
            self.start, self.end, self.value, self.qualifier, self.kind,
            self.noun_start, self.noun_end,
        )  # fmt: skip


def find_numbers(
    normalized: NormalizedText, within: Sequence[tuple[int, int]] | None = None
) -> list[NumberMention]:
    """Every number expression in normalised text, in text order, without overlaps.

    ``within``: only the expressions that begin in these spans of the text (start, end),
    in text order. No expression crosses a line break or a sentence's final . ! ? ؟ ؛
    (its words are joined by spaces only): with spans cut at those, they are exactly the
    expressions of the whole text that begin there, found without reading the rest.
    """
    tokens = _Tokens._make(normalized.shared(number_token_table))
    words, starts = tokens.texts, tokens.starts
    ranges = (
        [(0, len(words))]
        if within is None
        else [(bisect_left(starts, start), bisect_left(starts, end)) for start, end in within]
    )
    found: list[_Found] = []
    free = 0  # the first token not inside a mention already read
    for low, high in ranges:
        # Only tokens that may begin a number, picked by C-level map and compress.
        for index in compress(range(low, high), map(may_start_number, words[low:high])):
            if index < free:
                continue
            item = _read_at(normalized, tokens, index)
            if item is not None:
                found.append(item)
                free = item.last + 1
    found = _merge_ranges(normalized.text, tokens, found)
    return [_qualified(tokens, item).mention() for item in found]


@lru_cache(maxsize=16384)
def may_start_number(word: str) -> bool:
    """Whether a token may begin a number expression (what ``_read_at`` tries), cheaply.

    Most words of an article cannot; they are skipped without trying every reading.
    """
    return (
        word[0].isdecimal()
        or any(stem in _NUMBER_STEMS for _, stem in _stripped(word, NUMBER_PROCLITICS))
        or any(stem in _VAGUE_STEMS for _, stem in _stripped(word, _VAGUE_PROCLITICS))
        or any(stem in DUAL_FORMS for _, stem in _stripped(word, NOUN_PROCLITICS))
    )


def _read_at(normalized: NormalizedText, tokens: _Tokens, index: int) -> _Found | None:
    word = tokens.texts[index]
    if tokens.is_digits(index):
        return _read_digits(normalized, tokens, index)
    # Each reading is tried only on the stems that may begin it.
    for skip, stem in _stripped(word, NUMBER_PROCLITICS):
        item = _read_number_words(tokens, index, skip, stem) if stem in _NUMBER_STEMS else None
        if item is not None:
            return _with_counted_noun(tokens, item)
    for skip, stem in _stripped(word, _VAGUE_PROCLITICS):
        if stem not in _VAGUE_STEMS:
            continue
        item = _read_vague(tokens, index, skip, stem) or _read_one_of(tokens, index, skip, stem)
        if item is not None:
            return item
    return _read_dual(normalized, tokens, index)


# --- digits ------------------------------------------------------------------------------


def _read_digits(normalized: NormalizedText, tokens: _Tokens, index: int) -> _Found | None:
    start, end = tokens.starts[index], tokens.ends[index]
    if not _digits_stand_alone(normalized.text, start, end):
        return None
    value, qualifier = _digits_value(tokens.texts[index])
    if value is None:
        return None
    item = _Found(index, index, start, end, value, "digits", qualifier)
    return _with_counted_noun(tokens, _multiplied(tokens, item))


def _after_the_article(text: str, start: int) -> bool:
    """Whether the digits at ``start`` follow ال (or وال, بال, لل ...) that begins a word."""
    word_start = start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return text[word_start:start] in _ARTICLE_FORMS


_ARTICLE_FORMS = frozenset({"ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل"})


def _digits_stand_alone(text: str, start: int, end: int) -> bool:
    """Not part of a name (F16, T4, 3km, سو-24) nor a list marker (``6-`` opening a line).

    A proclitic و/ب/ل/ف/ك written on the digits is fine (و30), and so is the article
    (الـ30 قتيلا, normalised ال30; with a proclitic before it: بال30).
    """
    before = text[start - 1] if start > 0 else ""
    if before.isalnum():
        proclitic = before in "وبلفك"
        glued = not proclitic or (start > 1 and text[start - 2].isalnum())
        if glued and not _after_the_article(text, start):
            return False
    if before == "-" and start > 1 and text[start - 2].isalnum():
        return False
    if end < len(text) and text[end].isascii() and text[end].isalpha():
        return False
    return not _is_list_marker(text, start, end)


def _is_list_marker(text: str, start: int, end: int) -> bool:
    if text[end : end + 1] not in ("-", ".", ")"):
        return False  # (checked first: the line before the digits may be long)
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() == ""


def _digits_value(digits: str) -> tuple[int | None, Qualifier]:
    if digits.isdecimal():
        return (int(digits) if len(digits) <= _MAX_DIGITS else None), "exact"
    if _THOUSANDS.fullmatch(digits):
        plain = re.sub(r"\D", "", digits)
        return (int(plain) if len(plain) <= _MAX_DIGITS else None), "exact"
    pair = _RANGE_DIGITS.fullmatch(digits)
    if pair and int(pair.group(1)) < int(pair.group(2)):
        return int(pair.group(1)), "at_least"
    return None, "exact"  # a date, a time or a decimal


def _multiplied(tokens: _Tokens, item: _Found) -> _Found:
    """``3 الاف`` is 3000."""
    word = _joined_word(tokens, item.last + 1)
    if word in MULTIPLIER_WORDS:
        scale = MULTIPLIER_WORDS[word]
        end = tokens.ends[item.last + 1]
        return item._replace(last=item.last + 1, end=end, value=item.value * scale)
    return item


# --- number words ------------------------------------------------------------------------


class _Part(NamedTuple):  # a tuple: made for every candidate, fast
    kind: str  # unit, ten, teen, tens, hundred, scale
    value: int
    next_index: int


# Which part may follow which after و, in Arabic order (thousands, hundreds, units, tens).
_MAY_FOLLOW = {
    "": {"unit", "ten", "teen", "tens", "hundred", "scale"},
    "scale": {"unit", "ten", "teen", "tens", "hundred", "scale"},
    "hundred": {"unit", "ten", "teen", "tens"},
    "unit": {"tens"},
}


def _part(tokens: _Tokens, index: int, stem: str) -> _Part | None:
    """One part of a number, which may take two words (ثلاثه عشر, ثلاث مئه)."""
    following = _joined_word(tokens, index + 1)
    if stem in TEEN_FIRST_WORDS and following in TEN_WORDS:
        return _Part("teen", 10 + TEEN_FIRST_WORDS[stem], index + 2)
    if UNIT_WORDS.get(stem, 0) >= 3 and following in HUNDRED_WORDS:
        return _Part("hundred", UNIT_WORDS[stem] * 100, index + 2)
    for kind, table in (
        ("unit", UNIT_WORDS), ("ten", TEN_WORDS), ("tens", TENS_WORDS),
        ("hundred", HUNDREDS_WORDS), ("scale", SCALE_WORDS),
    ):  # fmt: skip
        if stem in table:
            return _Part(kind, table[stem], index + 1)
    return None


@dataclass
class _Sum:
    """A number built part by part: ``total`` holds what scale words have closed."""

    total: int = 0
    group: int = 0
    last: str = ""
    scale_limit: int = 10**12

    def add(self, part: _Part) -> bool:
        if part.kind not in _MAY_FOLLOW.get(self.last, set()):
            return False
        if part.kind == "scale":
            if part.value >= self.scale_limit:
                return False
            self.total += part.value
            self.scale_limit = part.value
        else:
            self.group += part.value
        self.last = part.kind
        return True

    def multiply(self, scale: int) -> bool:
        if self.group == 0 or scale >= self.scale_limit:
            return False
        self.total += self.group * scale
        self.group = 0
        self.scale_limit = scale
        self.last = "scale"
        return True

    @property
    def value(self) -> int:
        return self.total + self.group


def _read_number_words(tokens: _Tokens, index: int, skip: int, stem: str) -> _Found | None:
    part = _part(tokens, index, stem)
    number = _Sum()
    if part is None or not number.add(part):
        return None
    next_index = part.next_index
    while True:
        word = _joined_word(tokens, next_index)
        if word in MULTIPLIER_WORDS and number.multiply(MULTIPLIER_WORDS[word]):
            next_index += 1
            continue
        part = _continuation(tokens, next_index)
        if part is None or not number.add(part):
            break
        next_index = part.next_index
    last = next_index - 1
    start = tokens.starts[index] + skip
    return _Found(index, last, start, tokens.ends[last], number.value, "words")


def _continuation(tokens: _Tokens, index: int) -> _Part | None:
    """The next part after و: written on the word (وعشرين) or alone (و عشرين)."""
    word = _joined_word(tokens, index)
    if word == "و":
        following = _joined_word(tokens, index + 1)
        return _part(tokens, index + 1, following) if following else None
    if word and word.startswith("و") and len(word) > 2:
        return _part(tokens, index, word[1:])
    return None


def _with_counted_noun(tokens: _Tokens, item: _Found) -> _Found:
    """After 11-99 the counted noun is singular accusative (13 عنصرًا): part of the span."""
    if not 11 <= item.value % 100 <= 99:
        return item
    word = _joined_word(tokens, item.last + 1)
    if word is None or not _looks_accusative_noun(word):
        return item
    noun_start, noun_end = tokens.starts[item.last + 1], tokens.ends[item.last + 1]
    return item._replace(last=item.last + 1, end=noun_end, noun_start=noun_start, noun_end=noun_end)


def _looks_accusative_noun(word: str) -> bool:
    return (
        len(word) >= 3
        and word.endswith("ا")
        and not word.endswith("وا")
        and not word.startswith("ال")
        and word not in _NOT_COUNTED_NOUNS
        and word not in MULTIPLIER_WORDS
    )


# --- vague quantities, "one of", duals -------------------------------------------------


def _read_vague(tokens: _Tokens, index: int, skip: int, stem: str) -> _Found | None:
    start = tokens.starts[index] + skip
    for phrase, value in VAGUE_PHRASES.items():
        if phrase[0] == stem and _phrase_follows(tokens, index + 1, phrase[1:]):
            last = index + len(phrase) - 1
            return _Found(index, last, start, tokens.ends[last], value, "vague", "vague")
    if stem not in VAGUE_WORDS:
        return None
    value, last = VAGUE_WORDS[stem], index
    if stem in ("عشرات", "مئات", "العشرات", "المئات"):
        scale = _joined_word(tokens, index + 1)
        if scale in _VAGUE_MULTIPLIERS:
            value, last = value * _VAGUE_MULTIPLIERS[scale], index + 1
    return _Found(index, last, start, tokens.ends[last], value, "vague", "vague")


def _phrase_follows(tokens: _Tokens, index: int, words: tuple[str, ...]) -> bool:
    return all(_joined_word(tokens, index + offset) == word for offset, word in enumerate(words))


def _read_one_of(tokens: _Tokens, index: int, skip: int, stem: str) -> _Found | None:
    """احد العناصر / احدي المدنيات: one of them."""
    following = _joined_word(tokens, index + 1)
    if stem not in _ONE_OF or following is None or following in _NOT_AFTER_ONE_OF:
        return None
    if following[0] in "بل" and not following.startswith("ال"):
        return None  # لم يصب احد بأذى: nobody
    return _Found(index, index, tokens.starts[index] + skip, tokens.ends[index], 1, "words")


def _dual_forms() -> dict[str, bool]:
    """Dual form -> whether it is also a plural (decided by tashkeel)."""
    forms: dict[str, bool] = {}
    for stem in DUAL_NOUNS_CLEAR:
        forms[stem + "ان"] = forms[stem + "ين"] = False
    for stem in DUAL_NOUNS_AMBIGUOUS:
        forms[stem + "ان"] = False
        forms[stem + "ين"] = True
    for stem in DUAL_NOUNS_FEMININE:
        forms[stem[:-1] + "تان"] = forms[stem[:-1] + "تين"] = False
    for stem in _DUALS_POSSESSED:
        base = stem[:-1] + "ت" if stem.endswith("ه") else stem
        for ending in _POSSESSIVES:
            forms[base + "ا" + ending] = forms[base + "ي" + ending] = False
    del forms["ابنيه"]  # (also ابنية, buildings)
    # Two shepherds of a flock (اعتقلت قوة راعيي اغنام): the dual before its noun, its ن
    # dropped (not the other construct duals, which are words of their own: شخصي, عنصري).
    forms["راعيي"] = False
    return forms


DUAL_FORMS = _dual_forms()
# The first word of every reading: a word that is none of them starts no number.
_NUMBER_STEMS = frozenset(
    {*TEEN_FIRST_WORDS, *UNIT_WORDS, *TEN_WORDS, *TENS_WORDS, *HUNDREDS_WORDS, *SCALE_WORDS}
)
_VAGUE_STEMS = frozenset({*VAGUE_WORDS, *(phrase[0] for phrase in VAGUE_PHRASES), *_ONE_OF})


def _read_dual(normalized: NormalizedText, tokens: _Tokens, index: int) -> _Found | None:
    word, end = tokens.texts[index], tokens.ends[index]
    for skip, stem in _stripped(word, NOUN_PROCLITICS):
        if stem not in DUAL_FORMS:
            continue
        if DUAL_FORMS[stem] and not _marked_as_dual(normalized, end):
            return None
        # (the word right before, with nothing but a space between)
        before = tokens.texts[index - 1] if _joined_word(tokens, index) is not None else None
        if before in DUAL_FORMS and (skip == 0 or stem[:-2] in KIN_DUAL_STEMS):
            return None  # طفلان نازحان, طفلان شقيقان: two children, displaced (one count)
        if stem in _OTHERS and (before in _PAIR_WORDS or before in DUAL_FORMS):
            return None  # اثنان اخران, عنصران اخران: the count is the word before
        start = tokens.starts[index] + _article_kept(word, skip)
        item = _Found(index, index, start, end, 2, "dual", noun_start=start, noun_end=end)
        if _joined_word(tokens, index + 1) in _PAIR_WORDS:
            item = item._replace(last=index + 1, end=tokens.ends[index + 1])
        return item
    return None


def _article_kept(word: str, skip: int) -> int:
    """Where a dual's span starts: after و/ب/ل..., but on its article ال."""
    prefix = word[:skip]
    if prefix.endswith("ال") and prefix in _ARTICLE_PROCLITICS:
        return skip - 2
    return skip


def _marked_as_dual(normalized: NormalizedText, end: int) -> bool:
    """Whether ``...ين`` ending at normalised ``end`` is written as a dual.

    Dual: fatha before the ي (مدنيَّيْن, مقاتلَيْن), sukun on it, kasra on the ن.
    Plural: kasra before the ي (مدنيِّين), fatha on the ن. Unmarked: plural.
    """
    before = _marks_after(normalized, end - 3)
    ya = _marks_after(normalized, end - 2)
    nun = _marks_after(normalized, end - 1)
    dual = _FATHA in before or _SUKUN in ya or _KASRA in nun
    plural = _KASRA in before or _FATHA in nun
    return dual and not plural


def _marks_after(normalized: NormalizedText, index: int) -> str:
    original = normalized.original
    position = normalized.origins[index] + 1
    marks = []
    while position < len(original) and unicodedata.category(original[position]) == "Mn":
        marks.append(original[position])
        position += 1
    return "".join(marks)


# --- ranges and qualifiers ---------------------------------------------------------------


def _merge_ranges(text: str, tokens: _Tokens, found: list[_Found]) -> list[_Found]:
    """``3 الي 5``, ``بين 3 و5``: one mention with the lowest figure, at least."""
    merged: list[_Found] = []
    for item in found:
        previous = merged[-1] if merged else None
        if previous is not None and _is_range(text, tokens, previous, item):
            qualifier: Qualifier = (
                "at_least" if previous.qualifier == "exact" else previous.qualifier
            )
            merged[-1] = previous._replace(
                last=item.last, end=item.end,
                value=min(previous.value, item.value), qualifier=qualifier,
            )  # fmt: skip
        else:
            merged.append(item)
    return merged


def _range_qualifier(first: Qualifier) -> Qualifier:
    """A range is at least its lowest figure; "about 3 to 5" stays about."""
    return "at_least" if first == "exact" else first


def _is_range(text: str, tokens: _Tokens, first: _Found, second: _Found) -> bool:
    if "dual" in (first.kind, second.kind) or "vague" in (first.kind, second.kind):
        return False
    between = text[first.end : second.start].strip(" ")
    if between in _RANGE_WORDS:
        return True
    opener = tokens.texts[first.first - 1] if first.first > 0 else ""
    return between == "و" and opener in _RANGE_OPENERS


def _qualified(tokens: _Tokens, item: _Found) -> _Found:
    if item.kind in ("vague", "dual"):
        return item
    before = _qualifier_before(tokens, item)
    if before is not None:
        start, qualifier = before
        return item._replace(start=start, qualifier=qualifier)
    if item.qualifier == "exact":
        after = _qualifier_after(tokens, item.last + 1) or _qualifier_after(tokens, item.last + 2)
        if after is not None:
            return item._replace(qualifier=after)
    return item


def _qualifier_before(tokens: _Tokens, item: _Found) -> tuple[int, Qualifier] | None:
    """A qualifier written right before the number (اكثر من 20, تجاوز الـ30): (its start,
    qualifier)."""
    if item.start != tokens.starts[item.first]:
        return None
    index = item.first  # the first token after the qualifier: the number, or its article
    if index > 0 and tokens.ends[index - 1] == item.start:
        if tokens.texts[index - 1] not in _ARTICLE_FORMS:
            return None
        index -= 1
    if not tokens.joined(index):
        return None
    before = tokens.texts[index - 1] if index > 0 else ""
    for phrase, qualifier in _qualifiers_ending_with(before):
        first = index - len(phrase)
        if first < 0:
            continue
        if not all(map(tokens.joined, range(first + 1, index))):
            continue
        skip = _phrase_skip(tokens.texts[first:index], phrase)
        if skip is not None:
            if phrase[0] in GOING_PAST and first > 0 and tokens.texts[first - 1] in NOT_YET:
                return None  # (لم يتجاوز عدد الجرحى 5: at most, told as exact)
            return tokens.starts[first] + skip, qualifier
    return None


# The verbs of going past a figure (normalised; casualties reads them before a toll's
# noun too: تجاوز عدد الجرحى 200), and the words before them that make the figure no
# "at least" (لم يتجاوز: at most; قد يتجاوز: only perhaps).
GOING_PAST = frozenset({
    "تجاوز", "يتجاوز", "ليتجاوز", "تجاوزت", "تتجاوز", "تخطي", "يتخطي", "تخطت", "تتخطي", "فاق",
    "فاقت", "يفوق", "تفوق", "زاد", "زادت", "يزيد", "تزيد",
})  # fmt: skip
NOT_YET = frozenset({"لم", "لا", "لن", "ولم", "ولا", "قد"})


@lru_cache(maxsize=4096)
def _qualifiers_ending_with(word: str) -> tuple[tuple[tuple[str, ...], Qualifier], ...]:
    """The qualifier phrases (longest first) that may end on ``word``, the word right
    before a number: its last word is ``word``, or ``word`` without و/ف."""
    stems = {stem for _, stem in _stripped(word, NUMBER_PROCLITICS)}
    return tuple(item for item in _QUALIFIERS_LONGEST_FIRST if item[0][-1] in stems)


def _phrase_skip(words: list[str], phrase: tuple[str, ...]) -> int | None:
    """How many proclitic letters precede the phrase in ``words`` (None if no match)."""
    if words[1:] != list(phrase[1:]):
        return None
    for skip, stem in _stripped(words[0], NUMBER_PROCLITICS):
        if stem == phrase[0]:
            return skip
    return None


def _qualifier_after(tokens: _Tokens, index: int) -> Qualifier | None:
    # (the word first: most numbers have no qualifier after them)
    if index >= len(tokens.texts) or tokens.texts[index] not in _QUALIFIER_AFTER_FIRST_WORDS:
        return None
    if _joined_word(tokens, index) is None:
        return None
    for phrase, qualifier in QUALIFIERS_AFTER.items():
        if _phrase_follows(tokens, index, phrase):
            return qualifier
    return None
