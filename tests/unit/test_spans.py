"""Merging suggestions with decisions, and snapping selections to words."""

from __future__ import annotations

from annotator.services.spans import merge_spans, snap_to_words
from annotator.store.annotations import CodedSpan
from annotator.store.suggestions import StoredSuggestion

TEXT = "قُتل عنصران وبادية الرقة 😀 ٤ قتلى."


def test_snap_widens_to_whole_words_and_drops_edges() -> None:
    inside = TEXT.index("ادية")
    assert TEXT[slice(*snap_to_words(TEXT, inside, inside + 2))] == "وبادية"
    # The damma is part of the word: snapping never cuts before it.
    assert TEXT[slice(*snap_to_words(TEXT, 0, 1))] == "قُتل"
    start = TEXT.index(" عنصران")
    assert TEXT[slice(*snap_to_words(TEXT, start, start + 8))] == "عنصران"
    emoji = TEXT.index("😀")
    start, end = snap_to_words(TEXT, emoji - 1, emoji + 1)
    assert start == end  # no word inside: nothing to add
    four = TEXT.index("٤")
    assert TEXT[slice(*snap_to_words(TEXT, four, four + 1))] == "٤"


def test_exact_keeps_characters_so_a_clitic_can_be_cut_off() -> None:
    start = TEXT.index("بادية")
    assert TEXT[slice(*snap_to_words(TEXT, start - 1, start + 5, exact=False))] == "وبادية"
    assert TEXT[slice(*snap_to_words(TEXT, start, start + 6, exact=True))] == "بادية"


def test_decisions_apply_to_their_suggestions_and_added_spans_appear() -> None:
    suggestions = [
        StoredSuggestion(1, "actor", 0, 4, {"name": "A"}, 0.5),
        StoredSuggestion(2, "location", 12, 24, {"name": "B"}, 0.9),
    ]
    coded = [
        CodedSpan(10, 2, "edited", "actor", 12, 24, {"name": "C"}),
        CodedSpan(11, None, "added", "casualty", 5, 11, {"count": 2}),
    ]
    states = merge_spans(suggestions, coded)
    assert [(s.key, s.kind, s.decision, s.value) for s in states] == [
        ("s1", "actor", "pending", {"name": "A"}),
        ("a11", "casualty", "added", {"count": 2}),
        ("s2", "actor", "edited", {"name": "C"}),
    ]
    assert [s.confirmed for s in states] == [False, True, True]
