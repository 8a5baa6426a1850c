"""Groups named as the people an attack hurt are civilians (kind ``actor``).

A report of an attack on a hospital names who was hurt by their role: الكادر الطبي,
المرضى, الزوار, عناصر الدفاع المدني. Named in general (the hospital serves its patients,
the staff moved it underground), or as who reports or rescues (قال الأطباء, أكد
المسعفون مقتل ...), such a group is no party to an event. Named as the people counted
or hurt, near a casualty of the same clause, it is the victims: ACLED's civilians,
inter 7. "As the people counted or hurt" means right after من/بين (ثلاثة من الكادر
الطبي, بينهم ...) or right after an outcome word (إصابة المرضى, أصيب الكادر الطبي).

The people a total names among its victims by what they are (مقتل ستة مدنيين، بينهم
طفلان وامرأة) are civilians too, though the total already counts them: most news coders
mark them, as ACLED's second actor.

``suggest_victims(ctx)`` reads the casualties and actors of ``ctx.earlier`` (the
casualty suggester runs first) and returns actor suggestions for the victim groups that
no other actor suggestion covers.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from functools import cache

from annotator.suggest.base import SuggestContext, Suggestion, TakenSpans
from annotator.suggest.casualties import NEGATIONS, is_person_noun, outcome_of
from annotator.suggest.matcher import Match, NameMatcher
from annotator.suggest.states import foreign_state_after
from annotator.text.normalize import normalize_key
from annotator.text.numbers import DUAL_FORMS, KIN_DUAL_STEMS, QUALIFIERS_BEFORE, may_start_number
from annotator.text.tokens import sentence_around

KIND = "actor"
VICTIMS = {"name": "Civilians (Syria)", "inter": 7}
CONFIDENCE = 0.6
# How far (in characters of the original text) a group may stand from a casualty.
NEAR = 60
_LONGEST_CASUALTY = 200  # characters: a count with its noun and joined people
VICTIM_GROUPS = (
    "الكادر الطبي", "الكوادر الطبية", "الطاقم الطبي", "الطواقم الطبية", "الفريق الطبي",
    "العاملين في المجال الطبي", "العاملون في المجال الطبي", "العاملين في المستشفى",
    "الممرضين", "الممرضات", "الأطباء", "المسعفين", "المسعفون", "مسعفون", "مسعفين",
    "المرضى", "الزوار", "الزائرين", "المراجعين",
    "عناصر الدفاع المدني", "أفراد الدفاع المدني", "متطوعي الدفاع المدني",
    "عمال الإنقاذ", "فرق الإنقاذ", "الكادر التمريضي", "الكادر الطبي والتمريضي",
    "الكادر التمريضي والطبي", "الطاقم التمريضي", "أعضاء الكادر الطبي",
    "أعضاء الطاقم الطبي", "أعضاء الكادر التمريضي", "أعضاء الكادر التمريضي والطبي",
    "أفراد الكادر الطبي", "أفراد الطاقم الطبي", "فريق الدفاع المدني", "فرق الدفاع المدني",
    "فريق الخوذ البيضاء", "الخوذ البيضاء", "زوار", "مرضى", "ممرضون", "ممرضين",
    # people at their work, as counted in the open country and the fields
    "جامعي الكمأة", "جامعي الكمأ", "جامعو الكمأة", "جامعي الفطر", "رعاة", "الرعاة",
    "رعاة الأغنام", "رعاة الماشية", "المزارعين", "مزارعين", "المزارعون", "الصيادين",
    "فريق إسعاف", "فرق الإسعاف", "طاقم إسعاف", "سيارة إسعاف",
    # aid workers (a convoy's drivers and crews)
    "عمال الإغاثة", "عمال إغاثة", "موظفي الإغاثة", "متطوعي الهلال الأحمر", "سائقي الشاحنات",
    "سائقو الشاحنات", "سائقي القافلة", "سائقو القافلة",
    "المصلين", "مصلين",
    "المارة",  # passers-by (اصيب عدد من المارة)
    # the workers of a site struck (مقتل أربعة من العاملين فيها), not of a force
    "العاملين فيها", "العاملين فيه", "العاملون فيها", "العاملون فيه",
)  # fmt: skip
# People a casualty counts who are civilians by what they are: children, women, young
# men, civilians in the singular a reporter counts with past ten (69 مدني) or the dual
# (مدنيان). Right after the count (ثلاث نساء) or inside its span (مدنيان اثنان, أكثر من
# 15 شابا), they are its victims, though no lexicon lists them (الدفاع المدني).
CIVILIAN_NOUNS = frozenset({
    "مدني", "مدنيا", "مدنيان", "مدنيين", "طفل", "طفلا", "طفلان", "طفلين", "طفله", "طفلتان",
    "طفلتين", "اطفال", "نساء", "امراه", "امراتان", "امراتين", "سيده", "سيدتان", "سيدتين",
    "سيدات", "شاب", "شابا", "شابان", "شابين", "شبان", "رجل", "رجلا", "رجلان",
    "رجلين", "مواطن", "مواطنه", "مواطنا", "مواطنان", "مواطنين", "طالب", "طالبا",
    "طلاب", "طالبه",
    "طلابا", "اطفالا", "شبانا", "رجالا",  # (the accusative: بين القتلى أطفالاً)
    "طالبات", "فتاه", "فتاتين", "فتيات", "فتيه", "فتيان", "تلميذ",
    "تلميذا", "تلاميذ", "تلميذه", "تلميذات",
    "تلميذان", "تلميذين", "تلميذتان", "تلميذتين",
    # ... or by their work (قتل راعٍ, مقتل متطوع في الدفاع المدني, اختطاف تاجر)
    "راع", "راعي", "راعيا", "راعيي", "رعاه", "مزارع", "مزارعا", "مزارعين", "عامل", "عاملا", "عمال",
    "عاملان", "سائق", "سائقا", "سائقين", "ممرض", "ممرضا", "ممرضين", "ممرضه", "ممرضتان", "ممرضتين",
    "طبيب", "طبيبا", "طبيبان", "طبيبين", "اطباء", "ممرضان", "مسعفان",
    "متطوع", "متطوعا", "متطوعين", "مسعف", "مسعفا", "مسعفين", "صحفي", "صحفيا", "صحفيين",
    "اعلامي", "اعلاميا", "اعلاميين", "تاجر", "تاجرا", "تجار", "تاجران", "تاجرين",
    "صياد", "صيادين", "مختار", "بائع",
    "سائقها", "سائقه", "سياسي", "سياسيه", "سياسيا", "صحفيه", "اعلاميه", "ناشطه",
    "والدتهما", "والدهما", "صحافي", "صحافيا", "صحافيان", "صحافيين", "صحافيه", "صحفيان",
    "اعلاميان", "رضيع", "رضيعا", "رضيعه", "رضع", "مسيحيا", "مسيحيين", "مسيحيون",
    "معلم", "معلما", "معلمين", "معلمه", "معلمتين", "معلمات", "مدرسين", "مصليا", "مصلين",
    "معلمون", "مصلون", "مدرس", "مدرسا", "مدرسان",
    "مهندس", "مهندسا", "مهندسه", "مهندسين", "محامي", "محاميا", "محاميه", "محامين", "صيدلي",
    "صيدليا", "صيادله", "موظف", "موظفا", "موظفه", "موظفين", "فلاح", "فلاحا", "فلاحين", "نجار",
    "خباز", "مصور", "مصورا", "مصوره", "مصورين", "حلاق",
    # ... activists (اعتقال ثلاثه ناشطين اعلاميين) and the old, counted (not one, whose
    # word is mostly an adjective: امراه مسنه)
    "ناشط", "ناشطا", "ناشطان", "ناشطين", "ناشطون", "ناشطتان", "ناشطتين", "ناشطات",
    "مسنان", "مسنين", "مسنون", "مسنا", "نجله", "نجلها", "نجلاه", "نجليه",
    "قاصرا", "قاصرين", "قاصرات",  # minors (بينهم ثلاثة قاصرين; not فتاه قاصر, an adjective)
    "مسعفون", "ممرضون",
    # ... or as refugees counted (قضى ثلاثة عشر لاجئا فلسطينيا, اصيب لاجئان)
    "لاجئ", "لاجئا", "لاجئان", "لاجئين", "لاجئون", "لاجئه", "لاجئتان", "لاجئتين",
    # ... or as kin counted together (استشهاد شقيقين), or kin of one named before (قتل
    # راعي اغنام واصيب شقيقه, قتلت امراه وطفلاها)
    "شقيقان", "شقيقين", "شقيقتان", "شقيقتين", "راعيان", "راعيين",
    "شقيقه", "شقيقها", "شقيقته", "شقيقتها", "اخيه", "اخوه", "اخاه", "اخته", "اخيها", "اختها",
    "ابنه", "ابنها", "ابنته", "ابنتها", "زوجته", "زوجها", "والده", "والدته", "والدها",
    "والدتها", "طفلها", "طفلته", "طفلتها", "اطفاله", "اطفالها", "ابناءه", "ابنائه", "ابناؤه",
    "ابناءها", "ابنائها", "طفلاه", "طفلاها", "طفليه", "طفليها", "ابناه", "ابناها", "ابنيها",
    "شقيقاه", "شقيقيه", "ابنتاه", "ابنتيه", "ابنتاها", "ابنتيها", "ابنيه", "شقيقهم",
    "والدتهم", "والدهم",
})  # fmt: skip
_COUNTED_WORD = re.compile(r"[\w\u064b-\u0652\u0640]+")
_BREAK = re.compile(r"[.!?؟\n,،؛;:]")
_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_PARTITIVE = frozenset({"من", "بين"})
# Verbs of attacking: a group right after one is its target (تستهدف جامعي الكمأة).
_ATTACKED = frozenset({
    "استهدف", "استهدفت", "استهدفوا", "يستهدف", "تستهدف", "استهداف", "هاجم", "هاجمت",
    "هاجموا", "يهاجم", "تهاجم", "طالت", "قصفت", "قصف",
})  # fmt: skip
# ... and of carrying: those a vehicle hit carried, where a casualty is near in the
# sentence (لغم بسيارة كانت تقل جامعي الكمأة; not a bus that carried them home).
_CARRYING = frozenset({"تقل", "يقل", "تنقل", "ينقل"})
_PARTITIVE_OF_THEM = frozenset({"بينهم", "منهم", "بينهن", "منهن"})
_MOST_OF_THEM = frozenset({"معظمهم", "اغلبهم", "غالبيتهم", "بعضهم"})  # (معظمهم من جامعي الكمأة)
# "Among them" after a total, with the words that name who is among them.
_AMONG_THEM = re.compile(r"(?<!\w)(?:[وف]?من\s+)?[وف]?(?:بين|من|ضمن)(?:هم|هن)(?!\w)")
_AMONG_WORDS = 6  # at most this many words after it: بينهم ٥ أطفال و3 نساء
# How far (characters) "among them" may follow its count, in the same sentence: past
# where and when (قتل 86 مدنياً في محافظة إدلب خلال الأسبوعين الماضيين جراء الغارات
# الجوية، بينهم 27 طفلاً).
_AMONG_REACH = 100
# ... unless other people named between may be the ones it points back to (مخيم للنازحين
# يؤوي مئات العائلات، بينهم أطفال ونساء).
_OTHER_PEOPLE = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:عائلات|اسر|مئات|عشرات|الاف|اشخاص|سكان|نازحين|مدنيين|اهالي|لاجئين)(?!\w)"
)


@cache
def _matcher() -> NameMatcher[str]:
    return NameMatcher((group, group) for group in VICTIM_GROUPS)


def suggest_victims(ctx: SuggestContext) -> list[Suggestion]:
    casualties = sorted(
        (s.start, s.end) for s in ctx.earlier if s.kind == "casualty"
    )  # (a count and its outcomes may repeat a span)
    starts = [start for start, _end in casualties]
    taken = TakenSpans((s.start, s.end) for s in ctx.earlier if s.kind == KIND)
    found: list[Suggestion] = []
    last_end = -1  # where the last group taken ends (normalised): المرضى والكادر الطبي
    for match in _matcher().find(ctx.normalized):
        if taken.overlaps(match.start, match.end):
            continue
        how = _named_as(ctx, match, last_end)
        if how is None:
            continue
        if how in ("part", "part of them"):  # (ثلاثة من الكادر الطبي: the count must be near)
            # Only the casualties that start near the group (a bisection: a long text
            # has thousands of both).
            lo = bisect_left(starts, match.start - NEAR - _LONGEST_CASUALTY)
            hi = bisect_right(starts, match.end + NEAR)
            group = (match.start, match.end)
            # بينهم points back to the count, over a comma: مقتل خمسة أشخاص، من بينهم مسعفون
            breaks = _SENTENCE_BREAK if how == "part of them" else _BREAK
            if not any(_beside(ctx.text, group, span, breaks) for span in casualties[lo:hi]):
                continue
        victims = _civilians(ctx, match.start, match.end)  # (زوار عراقيون: Iraq's)
        found.append(victims)
        taken.add(victims.start, victims.end)
        last_end = match.normalized_end
    vague = {
        (s.start, s.end)
        for s in ctx.earlier
        if s.kind == "casualty" and s.value.get("qualifier") == "vague"
    }
    killed = {
        (s.start, s.end)
        for s in ctx.earlier
        if s.kind == "casualty" and s.value.get("outcome") == "killed"
    }
    for casualty in dict.fromkeys(casualties):  # (each span once)
        counted = _counted_civilians(
            ctx.text, *casualty, vague=casualty in vague, killed=casualty in killed
        )
        for start, end in counted:
            if not taken.overlaps(start, end):
                found.append(_civilians(ctx, start, end))
                taken.add(start, end)
    for start, end in _civilians_among_them(ctx.text, casualties):
        if not taken.overlaps(start, end):
            found.append(_civilians(ctx, start, end))
            taken.add(start, end)
    found.sort(key=lambda suggestion: suggestion.start)
    return found


# People killed or hurt where fire met a protest in their sentence (اطلقت قوات الامن
# النار على تظاهرة ... ما ادى الى مقتل شابين): protesters, as ACLED names the victims of
# excessive force. Normalised.
PROTESTERS = {"name": "Protesters (Syria)", "inter": 6}
_FIRE_WORD = re.compile(r"(?<!\w)(?:[وب]?(?:ال)?رصاص\w*|[وب]?(?:ال)?نار)(?!\w)")
_PROTEST_MET = re.compile(
    r"(?:علي|باتجاه|تجاه|لتفريق|فوق رءوس|فوق رؤوس)\s+(?:\S+\s+)?(?:ال)?"
    r"(?:تظاهره|مظاهره|تظاهرات|مظاهرات|متظاهرين|المتظاهرين|محتجين|المحتجين|وقفه|مشيعين"
    r"|المشيعين|معتصمين|المعتصمين|احتجاج)"
)
_A_PROTEST = re.compile(r"تظاهر|مظاهر|محتج|وقفه|مشيعين|معتصمين|احتجاج")
# ... or during a protest, told after them (اصيب شابان برصاص ... خلال وقفه; not a speaker's
# protest before them: قال المشاركون خلال وقفه ان 20 مدنيا قتلوا)
_DURING_A_PROTEST = re.compile(r"(?:خلال|اثناء) (?:ال)?(?:وقفه|تظاهره|مظاهره|احتجاج)")


def protesters_fired_on(ctx: SuggestContext, actors: list[Suggestion]) -> list[Suggestion]:
    """``actors``, with the civilians killed or hurt (the casualties of ``ctx.earlier``,
    or right before them) named protesters where fire met a protest told before them in
    their sentence, or they were hurt during one told after them (خلال وقفة)."""
    text = ctx.normalized.text
    if not _A_PROTEST.search(text) or not _FIRE_WORD.search(text):
        return actors
    hurt = sorted(
        (s.start, s.end)
        for s in ctx.earlier
        if s.kind == "casualty" and s.value.get("outcome") in ("killed", "injured")
    )
    ends = [end for _start, end in hurt]
    changed = []
    for victim in actors:
        if victim.value != VICTIMS:
            changed.append(victim)
            continue
        # (the casualty covers them or ends right before them: ثلاثة شبان)
        index = bisect_left(ends, victim.start - 1)
        if index >= len(hurt) or hurt[index][0] > victim.end:
            changed.append(victim)
            continue
        position = ctx.normalized.normalized_index(victim.start)
        start, end = sentence_around(text, position)
        fired_on = _FIRE_WORD.search(text, start, end) and (
            _PROTEST_MET.search(text, start, position)
            or _DURING_A_PROTEST.search(text, position, end)
        )
        changed.append(dataclasses.replace(victim, value=dict(PROTESTERS)) if fired_on else victim)
    return changed


# Kin in apposition to the count right before them (قتل طفلان شقيقان: two children,
# brothers): one group, named by the count.
_KIN_DUALS = frozenset(form for form in DUAL_FORMS if form[:-2] in KIN_DUAL_STEMS)


def _civilians(ctx: SuggestContext, start: int, end: int) -> Suggestion:
    """Civilians (Syria), or those of the state an adjective after the noun names
    (مواطنين اتراك, امراه لبنانيه), with the adjective in the span."""
    foreign = foreign_state_after(ctx.text, end)
    if foreign is None:
        return ctx.suggestion(KIND, start, end, dict(VICTIMS), CONFIDENCE)
    state, end = foreign
    value = {"name": f"Civilians ({state})", "inter": 7}
    return ctx.suggestion(KIND, start, end, value, CONFIDENCE)


def _counted_civilians(
    text: str, start: int, end: int, *, vague: bool = False, killed: bool = False
) -> list[tuple[int, int]]:
    """The civilian nouns inside a casualty's span and the word right after it; after a
    ``vague`` count also with the article (عشرات الشبان, عدداً من الشبان; not متطوع في
    الدفاع المدني). People held are civilians where they were ``killed`` (مقتل 37
    معتقلا تحت التعذيب, وفاة المعتقل); counted as held, they are the arrest's count only."""
    inside = [
        _without_and(word)
        for word in _COUNTED_WORD.finditer(text, start, end)
        if _victim_noun(normalize_key(word[0]), definite=True, killed=killed)
        and not _a_role(text, word.end())
    ]
    after = _word_after(text, end)
    if (
        after is not None
        and not (inside and normalize_key(after[0]) in _KIN_DUALS)  # (طفلان شقيقان: one group)
        and _victim_noun(normalize_key(after[0]), definite=vague, killed=killed)
        and not _a_role(text, after.end())  # (ثلاثة رجال أمن, ثلاثة شبان من الامن: a force)
    ):
        inside.append(_without_and(after))
    return inside


# People held (معتقلا, السجين), civilians where they died.
_HELD_NOUNS = frozenset({
    "معتقل", "معتقلا", "معتقلان", "معتقلين", "معتقلون", "سجين", "سجينا", "سجناء", "سجينين",
})  # fmt: skip


def _victim_noun(key: str, *, definite: bool, killed: bool) -> bool:
    if _civilian_noun(key, definite=definite):
        return True
    bare = key[2:] if definite and key[:2] == "ال" else key
    return killed and bare in _HELD_NOUNS


# What makes a man a member of a force or a calling (رجل الامن, رجل دين), not a civilian.
_ROLES = frozenset({"امن", "الامن", "شرطه", "الشرطه", "المرور", "دين", "الدين"})


# ... or a force the person serves in, named right after (مهندس في الحرس الثوري, مصور
# الإعلام الحربي التابع لحزب الله, موظف في مديرية الأمن الجنائي): no civilian.
_IN_A_FORCE_AFTER = re.compile(
    r"\s*(?:(?:في|لدي|من|لصالح|التابع|التابعه)\s+(?:ل)?)?(?:ال)?"
    r"(?:حرس|اعلام الحربي|جيش|قوات|ميليشيا|مليشيا|حشد|مديريه الامن|شرطه)"
    r"|\s*(?:(?:في|من|التابع|التابعه)\s+(?:ل)?)?الفرقه"  # (not فرقه, his team: متطوع من فرقه)
    r"|\s*(?:(?:في|لدي|من|لصالح|التابع|التابعه)\s+(?:ل)?)?حزب الله"
)  # (not a branch or a prison, where detainees die: قتل شاب في فرع المخابرات)


def _a_role(text: str, end: int) -> bool:
    """Whether the word after a person noun names a role (قتل رجل الأمن) or a force he
    serves in (مهندس في الحرس الثوري)."""
    following = _word_after(text, end)
    if following is None:
        return False
    if normalize_key(following[0]) in _ROLES:
        return True
    return _IN_A_FORCE_AFTER.match(normalize_key(text[end : end + 40])) is not None


def _word_after(text: str, end: int) -> re.Match[str] | None:
    """The word one space after ``end``, if any."""
    return _COUNTED_WORD.match(text, end + 1) if text[end : end + 1] == " " else None


def _without_and(word: re.Match[str]) -> tuple[int, int]:
    """A noun's span without the و that joins it (طفلان [وامرأة] -> امرأة)."""
    start, end = word.span()
    key = normalize_key(word[0])
    if key[:1] == "و" and key not in CIVILIAN_NOUNS and word[0][:1] == "و":
        start += 1
    return start, end


def _civilian_noun(key: str, *, definite: bool = False) -> bool:
    """A civilian noun, or one joined by و (طفلان وامرأة); with ``definite``, also with
    the article, joined or not (the casualty's own noun: اغتيال الشاب خالد العلي,
    الشقيقين استشهدا; معظمهم من النساء والاطفال)."""
    joined = key[1:] if key[:1] == "و" else ""
    return (
        key in CIVILIAN_NOUNS
        or joined in CIVILIAN_NOUNS
        or joined in _NOUNS_WHEN_JOINED
        or (definite and key[:2] == "ال" and key[2:] in _DEFINITE_NOUNS)
        or (definite and joined[:2] == "ال" and joined[2:] in CIVILIAN_NOUNS)
    )


# The old, one person: a noun where joined with و or definite (طفلان ومسنة, المسنة), an
# adjective bare (امراه مسنه).
_NOUNS_WHEN_JOINED = frozenset({"مسن", "مسنه"})
_DEFINITE_NOUNS = CIVILIAN_NOUNS | _NOUNS_WHEN_JOINED


def _civilians_among_them(text: str, casualties: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The civilian nouns after "among them" that follows a casualty or the dead and hurt
    in its sentence (بينهم طفلان وامرأة, منهم ٥ أطفال, بينهم صحفي محلي, not بينهم قيادي;
    استقبل المشفى جثامين الشهداء والمصابين، بينهم أطفال ونساء), and after "among the
    dead" (من بين القتلى ثماني نساء)."""
    spans = [
        span for among in _AMONG_THE_DEAD.finditer(text) for span in _nouns_after(text, among.end())
    ]
    if "هم" not in text and "هن" not in text:
        return spans
    ends = sorted([*(end for _start, end in casualties), *_dead_named(text)])
    if not ends:
        return spans
    for among in (*_AMONG_THEM.finditer(text), *_MOST_OF_THEM_ARE.finditer(text)):
        before = bisect_right(ends, among.start())
        if before == 0:
            continue
        gap = among.start() - ends[before - 1]
        between = text[ends[before - 1] : among.start()]
        if (
            gap > _AMONG_REACH
            or (gap > NEAR and _OTHER_PEOPLE.search(normalize_key(between)))
            or _SENTENCE_BREAK.search(between)
        ):
            continue
        if among.re is _MOST_OF_THEM_ARE:
            spans += [
                span
                for span in _nouns_after(text, among.end(), definite=True)
                if _MOST_OF_THEM_NOUN.fullmatch(normalize_key(text[span[0] : span[1]]))
            ]
        else:
            spans += _nouns_after(text, among.end())
    return spans


_VAGUE_COUNTS = frozenset({"عشرات", "مئات", "الاف", "العشرات", "المئات"})
# The words of a count's qualifier (اكثر من, ما لا يقل عن, نحو), which a list may open with.
_QUALIFIER_WORDS = frozenset(word for phrase in QUALIFIERS_BEFORE for word in phrase)
# "Most of them" and who they are, with the article (معظمهم من النساء والأطفال, أغلبهم
# أطفال): only those no force counts among its own (not الشبان, الطلاب: conscripts and
# cadets).
_MOST_OF_THEM_NOUN = re.compile(
    r"(?:و?ال)?(?:نساء|اطفال|مدنيين|سائقين|تلاميذ|عمال|مزارعين|رعاه|لاجئين|مسنين)"
)
_MOST_OF_THEM_ARE = re.compile(r"(?<!\w)[وف]?(?:معظم|[اأ]غلب|غالبيت|جل)(?:هم|هن)(?:\s+من)?(?!\w)")


# The dead and hurt named as such (الشهداء, الجرحى), and "among" them.
_THE_DEAD = r"(?:ال)?(?:قتلى|شهداء|ضحايا|مصابين|مصابون|جرحى)"
_DEAD_NAMED = re.compile(rf"(?<!\w)[وف]?{_THE_DEAD}(?!\w)")
_AMONG_THE_DEAD = re.compile(rf"(?<!\w)(?:[وف]?من )?[وف]?بين {_THE_DEAD}(?!\w)")


def _dead_named(text: str) -> list[int]:
    return [match.end() for match in _DEAD_NAMED.finditer(text)]


def _nouns_after(text: str, position: int, *, definite: bool = False) -> list[tuple[int, int]]:
    """The civilian nouns in the list that starts at ``position``, over its counts and
    adjectives, up to a break or a word that is neither; with ``definite``, also with the
    article."""
    spans: list[tuple[int, int]] = []
    key = ""
    words = _COUNTED_WORD.finditer(text, position)
    for _index, word in zip(range(_AMONG_WORDS), words, strict=False):
        between = text[position : word.start()]
        if _BREAK.search(between) or "(" in between:
            break
        position = word.end()
        previous, key = key, normalize_key(word[0])
        if key == "و":
            continue  # (written apart: بينهم 7 نساء و 10 أطفال)
        after_vague = previous in _VAGUE_COUNTS  # (بينهم عشرات الاطفال)
        if _civilian_noun(key, definite=definite or after_vague):
            spans.append(_without_and(word))
        elif not (
            may_start_number(key.removeprefix("و"))  # (a second count: ١٨ طفلاً و٩ نساء)
            or key in _QUALIFIER_WORDS  # (بينهم أكثر من مئة مدني)
            or (spans and not key.startswith("و"))
        ):
            break  # (an adjective after a noun is skipped: بينهم صحفي محلي وطفل)
    return spans


def _named_as(ctx: SuggestContext, match: Match[str], last_end: int) -> str | None:
    """How the group is named as the people hurt: "outcome" right after an outcome word
    (اصابه المرضى) or joined by و to a group so named; "part" right after a count and
    من/بين (ثلاثه من الكادر الطبي, which needs a casualty nearby in the clause); "part of
    them" right after بينهم/منهم (a casualty nearby in the sentence); None otherwise."""
    text = ctx.normalized.text
    start = match.normalized_start
    if last_end >= 0 and text[last_end:start].strip() in ("و", ""):
        return "outcome"  # المرضى والكادر الطبي (و is a proclitic of the second)
    before = _word_before(text, start)
    if before is None or _BREAK.search(text, before.end(1), start):
        return None
    word = before[1]
    if word in _ATTACKED or word[1:] in _ATTACKED:  # هجوم استهدف جامعي الكمأة
        return "outcome"
    if word in _CARRYING:
        return "part of them"
    if outcome_of(word) is not None:  # (with or without its proclitic: واصابه)
        negation = _word_before(text, before.start(1))
        return None if negation is not None and negation[1] in NEGATIONS else "outcome"
    if word[:1] in "وف" and word[1:] in _PARTITIVE | _PARTITIVE_OF_THEM:
        word = word[1:]
    if word in _PARTITIVE_OF_THEM:
        return "part of them"
    if word in _PARTITIVE:
        # ثلاثة من الكادر الطبي, 3 جرحى من الطاقم, خمسة أشخاص من, مقتل عنصر من: a count
        # or its noun before من; not قال متطوع من الفريق, who speaks
        counted = _word_before(text, before.start(1))
        if counted is not None and counted[1] == "الاقل":  # 16 شخصا علي الاقل من
            at = _word_before(text, counted.start(1))
            counted = _word_before(text, at.start(1)) if at is not None and at[1] == "علي" else None
        if counted is not None and counted[1] in _MOST_OF_THEM:
            return "part of them"
        if counted is None or counted[1] in CIVILIAN_NOUNS:
            return None  # (27 مدنيا من رعاه الاغنام: the count's noun named them already)
        if _counts(counted[1]):
            return "part"
        count = _word_before(text, counted.start(1))
        if is_person_noun(counted[1]) and count is not None and _counts(count[1]):
            return "part"
    return None


def _word_before(text: str, position: int) -> re.Match[str] | None:
    """The word that ends right before ``position`` (group 1), over spaces and marks."""
    return _WORD_BEFORE.search(text, max(position - 30, 0), position)


def _counts(word: str) -> bool:
    """A number, an outcome or "among them": what may come before the people counted."""
    return (
        may_start_number(word)
        or outcome_of(word) is not None
        or word in _PARTITIVE_OF_THEM
        or word in ("ضمنهم", "ضمنهن")
    )


def _beside(
    text: str, group: tuple[int, int], casualty: tuple[int, int], breaks: re.Pattern[str]
) -> bool:
    """Whether a group and a casualty span stand close, with no break between."""
    first, second = sorted((group, casualty))
    gap = second[0] - first[1]
    if gap > NEAR:
        return False
    return gap <= 0 or breaks.search(text, first[1], second[0]) is None
