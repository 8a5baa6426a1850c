"""Names are found on word boundaries, after proclitics, with spans on the name."""

from __future__ import annotations

from annotator.suggest.matcher import NameMatcher
from annotator.text.normalize import normalize


def _found(matcher: NameMatcher[str], text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.payloads[0]) for m in matcher.find(normalize(text))]


MATCHER = NameMatcher(
    [
        ("بادية الرقة", "badiya"),
        ("الرقة", "raqqa"),
        ("لواء القدس", "quds"),
        ("القدس", "jerusalem"),
        ("تدمر", "palmyra"),
        ("Palmyra", "palmyra"),
    ]
)


def test_names_after_proclitics_have_their_span_on_the_name() -> None:
    assert _found(MATCHER, "وبادية الرقة") == [("بادية الرقة", "badiya")]
    assert _found(MATCHER, "قرب تدمر وبتدمر") == [("تدمر", "palmyra"), ("تدمر", "palmyra")]
    assert _found(MATCHER, "في الرقّة") == [("الرقّة", "raqqa")]
    assert _found(MATCHER, "بالرقة") == [("الرقة", "raqqa")]
    # ل + ال is written لل: the article merged with the preposition, the whole word is
    # the name, as coders mark it (وللرقة: و stays out).
    assert _found(MATCHER, "للرقة") == [("للرقة", "raqqa")]
    assert _found(MATCHER, "وللرقة") == [("للرقة", "raqqa")]


def test_quotes_and_longest_names_win() -> None:
    assert _found(MATCHER, "عنصرين من “لواء القدس” الفلسطيني") == [("لواء القدس", "quds")]
    assert _found(MATCHER, "near palmyra.") == [("palmyra", "palmyra")]


def test_no_match_inside_a_longer_word() -> None:
    assert _found(MATCHER, "تدمري والرقةالجديدة") == []


def test_a_name_written_so_wins_over_another_without_its_alef() -> None:
    # الندن without its alef is written لندن (as للرقة is ل + الرقة), but لندن is a name.
    for names in (
        [("الندن", "Ilinden"), ("لندن", "London")],
        [("لندن", "London"), ("الندن", "Ilinden")],
    ):
        matcher = NameMatcher(names)
        assert [m.payloads for m in matcher.find(normalize("عقد الاجتماع في لندن"))] == [
            ("London",)
        ]
        # (للندن is ل + لندن too)
        assert [m.payloads for m in matcher.find(normalize("وصل الوفد للندن"))] == [("London",)]
    # With no name written so, the name without its alef is still found.
    matcher = NameMatcher([("الرقة", "Raqqa")])
    assert [m.payloads for m in matcher.find(normalize("عاد للرقة"))] == [("Raqqa",)]


def test_a_name_without_its_alef_needs_the_lam_it_merged_with() -> None:
    matcher = NameMatcher([("النظام", "regime")])
    # لنظام alone is ل + نظام without the article ("for a ceasefire regime").
    assert _found(matcher, "تسجيل خرق لنظام وقف الأعمال القتالية") == []
    assert _found(matcher, "مواقع للنظام") == [("للنظام", "regime")]
