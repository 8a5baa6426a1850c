"""Normalisation folds what matching must ignore and maps every span back exactly."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from annotator.text.normalize import _TABLE, _folded, normalize, normalize_key

SEED_LIKE = "قُتلا في “بادية الرّقة” يوم ١٥ آذار 😢\u200f"


def test_folding() -> None:
    assert normalize("قُتِلَ").text == "قتل"
    assert normalize("آذار").text == "اذار"  # not ءءذار
    assert normalize("إصابة أخرى").text == "اصابه اخري"
    assert normalize("الرقـــة").text == "الرقه"
    assert normalize("١٥ و۲۰ و3").text == "15 و20 و3"
    assert normalize("“لواء القدس” «الدفاع»").text == '"لواء القدس" "الدفاع"'
    assert normalize("a\u200bb\u200fc\u202bd\ufeff").text == "abcd"
    assert normalize("ISIS").text == "isis"
    assert normalize("ﻻ").text == "لا"  # presentation-form ligature
    assert normalize_key("  بادية   الرقة ") == "باديه الرقه"


def test_spans_map_back_to_the_original_words() -> None:
    normalized = normalize(SEED_LIKE)
    start = normalized.text.index("باديه الرقه")
    first, last = normalized.span(start, start + len("باديه الرقه"))
    assert SEED_LIKE[first:last] == "بادية الرّقة"
    start = normalized.text.index("15")
    first, last = normalized.span(start, start + 2)
    assert SEED_LIKE[first:last] == "١٥"
    start = normalized.text.index("قتلا")
    assert SEED_LIKE[slice(*normalized.span(start, start + 4))] == "قُتلا"


def test_offsets_after_emoji_are_code_points() -> None:
    text = "😢😢 قتل ٣"
    normalized = normalize(text)
    start = normalized.text.index("3")
    assert normalized.span(start, start + 1) == (text.index("٣"), text.index("٣") + 1)


_ALPHABET = st.sampled_from(
    [
        *"ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى ٠١٢٣٤٥٦٧٨٩0123456789“”«»\n",
        *["\u064e", "\u0651", "\u0640", "\u200f", "\u202b", "😢", "ﻻ", "A", "\ud800"],
    ]
)


@given(st.lists(_ALPHABET, max_size=60).map("".join), st.data())
def test_every_normalised_span_maps_back_to_text_that_normalises_to_it(
    text: str, data: st.DataObject
) -> None:
    normalized = normalize(text)
    assert len(normalized.origins) == len(normalized.text) + 1
    assert list(normalized.origins) == sorted(normalized.origins)
    # Cut only where one original character's output begins (not inside a ligature).
    origins, size = normalized.origins, len(normalized.text)
    cuts = [i for i in range(size + 1) if i in (0, size) or origins[i] != origins[i - 1]]
    start = data.draw(st.sampled_from(cuts))
    end = data.draw(st.sampled_from([cut for cut in cuts if cut >= start]))
    first, last = normalized.span(start, end)
    assert 0 <= first <= last <= len(text)
    assert normalize(text[first:last]).text == normalized.text[start:end]


def test_presentation_forms_that_nfkc_keeps_stay_as_they_are() -> None:
    assert normalize("﴿قتل﴾ \ufdd7").text == "﴿قتل﴾ \ufdd7"


@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_a_plain_text_maps_spans_as_the_offset_table_does(text: str) -> None:
    normalized = normalize(text)
    mapped_by_table = dataclasses.replace(normalized, plain=False)
    assert normalized.plain == (normalized.origins == tuple(range(len(text) + 1)))
    for start in range(len(normalized.text) + 1):
        for end in range(start, min(start + 4, len(normalized.text)) + 1):
            assert normalized.span(start, end) == mapped_by_table.span(start, end)


_ANY_CHARACTER = st.characters(codec=None, exclude_categories=())


@given(
    st.lists(st.one_of(_ALPHABET, _ANY_CHARACTER), max_size=80).map("".join)
    | st.lists(_ANY_CHARACTER, min_size=40, max_size=120).map("".join)
)
def test_folding_by_replacement_is_folding_by_translation(text: str) -> None:
    """The fast path (replace the few characters that change) gives what translate does."""
    assert _folded(text) == text.translate(_TABLE)


def test_a_hashtag_s_joined_words_are_words() -> None:
    tag = "#يوميات_قذيفة_هاون"
    normalized = normalize(tag)
    assert normalized.text == "#يوميات قذيفه هاون"
    assert normalized.span(1, len(normalized.text)) == (1, len(tag))
