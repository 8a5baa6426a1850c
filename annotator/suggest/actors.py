"""Actor suggestions: known names of armed groups, state forces and civilians in the text.

>>> suggester = ActorSuggester()            # the built-in lexicon (resources/lexicon/actors.json)
>>> [(s.text, s.value) for s in suggester(SuggestContext.of("قُتل عنصران من “لواء القدس”"))]
[('لواء القدس', {'name': 'LaQ: Quds Brigade', 'inter': 3})]

``ActorSuggester(entries)`` takes the project's lexicon rows (``LexiconEntry`` or plain
items with ``kind, surface, target, value, confidence, origin``; rows of other kinds are
ignored) and lays them over the built-in lexicon (see ``annotator.suggest.lexicon``).
Build it once and use it for many articles: building the matcher is the costly part.

What each suggestion says:

- ``value`` is ``{"name": ACLED actor name, "inter": 1-8}``;
- the span is the name as the reporter wrote it. A descriptor word right before it
  (تنظيم, ميليشيا/ميليشيات, قوات, فصيل, فصائل) is inside the span, with the name's
  quotation marks: ``تنظيم “الدولة”``, ``ميليشيا “الدفاع الوطني”``. A name without a
  descriptor is the bare name: ``لواء القدس``, ``الفيلق الخامس``. Proclitics stay out
  (``وقوات النظام`` gives ``قوات النظام``), and so do words after the name (الفلسطيني);
- names in use only in some years (``Military Forces of Syria (2000-)`` up to 2024,
  ``(2000-2024)`` from 2025) are suggested by the article's publication year. Without a
  date, every candidate is suggested and they share the confidence (two candidates:
  half each);
- a second nationality joined to a name by أو/و (``القوات الجوية الروسية أو السورية``,
  ``سلاح الجو السوري أو الروسي``) is the same name of that other country: the
  adjective alone is its span;
- a state joined by و to an armed actor (``قوات الأسد وروسيا``) and a state named as
  an attack's author (``الهجمات الروسية``, ``شنت روسيا غارات``, ``التدخل العسكري
  الروسي``) are that state's forces (its air force for air strikes);
- soldiers a casualty counts by their noun alone (``مقتل ستة جنود``, ``ثلاثة عسكريين
  روس``) are their state's forces, the Syrian army where no adjective names another
  (``counted_soldiers``, which the pipeline calls after the casualties);
- Russian aircraft that the Syrian air force uses (تستخدم القوات الجوية السورية طائرات
  روسية) are Russian-made, not the Russian air force: no actor;
- ``confidence`` is the lexicon entry's confidence: the surface's own in the built-in
  file (generic words such as مجهولون are lower), or the project entry's, which coders'
  rejections lower.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from functools import cached_property

from annotator.suggest.base import (
    ARMED_FORCES,
    EXTERNAL_FORCES,
    NON_STATE_FORCES,
    STATE_FORCES,
    SuggestContext,
    Suggestion,
    TakenSpans,
)
from annotator.suggest.lexicon import (
    Lexicon,
    LexiconHit,
    LexiconMatcher,
    LexiconRecord,
    builtin_lexicon,
    fingerprint,
    match_key,
    merge_records,
    suggestions_of,
)
from annotator.suggest.matcher import may_start_a_name
from annotator.suggest.regions import (
    ABROAD_NEAR,
    ABROAD_PLACES,
    INTERNAL_SECURITY,
    Force,
    after_the_fall,
    beside_another_state,
    internal_security_force,
    set_abroad,
)
from annotator.suggest.states import (
    ACCUSATIVE_ADJECTIVES,
    foreign_state_after,
    state_of_adjective,
)
from annotator.text.normalize import normalize, normalize_key
from annotator.text.tokens import (
    QUOTE_CLASS,
    QUOTE_MARKS,
    line_around,
    name_starts,
    sentence_around,
)

KIND = "actor"
# Words that introduce a name and belong to its span. Not حركة or جماعة: they also mean
# "movement" and "group of" (حركة الطائرات الروسية); names that carry them list them.
DESCRIPTORS = ("تنظيم", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "فصيل", "فصائل", "قوات")
# Nationality adjectives (masculine; the feminine adds ة) that an elided name may end in.
_NATIONALITIES = ("السوري", "الروسي", "الأمريكي", "الأميركي", "التركي", "الإسرائيلي",
                  "الإيراني", "العراقي", "الأردني", "اللبناني", "الفرنسي", "البريطاني")  # fmt: skip
_NATIONALITY_KEYS = frozenset(
    match_key(form)
    for word in _NATIONALITIES
    for form in (word, word + "ة", word.removeprefix("ال"), word.removeprefix("ال") + "ة")
)
_MOST_ELIDED = 3  # adjectives in a row after a name, each another state's
# "... أو السورية", "... الروسية / السورية": the joining word or a slash, then the
# adjective (with any diacritics).
_ELIDED_NEXT = re.compile(
    r"(?:\s+(?:أو|او|و)\s*|\s*/\s*|\s+)(?P<word>[\w\u064b-\u0652\u0670]+)"
)  # (or side by side: دورية روسية تركية مشتركة)
# "Uses" with a Syrian subject, then the aircraft: طائرات روسية made in Russia.
_SYRIAN_USE_BEFORE = re.compile(
    r"(?:استخدم|استخدمت|تستخدم|يستخدم|استعمل|استعملت|تستعمل|يستعمل)(?:\s+\w+){0,2}\s+(?:ال)?سوري[ةه]?\s+$"
)
_AIRCRAFT = ("طائر", "طيار", "مقاتل")
_RUSSIAN_AIR_FORCE = "Military Forces of Russia (2000-) Air Force"

# Attacks attributed to a state by its adjective or its name: "الهجمات الروسية", "غارات
# إسرائيلية", "هجمات يرجح أنها روسية", "تورط الولايات المتحدة", "غارة جوية للولايات
# المتحدة", a military intervention ("التدخل العسكري الروسي", "تدخل روسيا العسكري"), a
# state as an attack's subject ("شنت روسيا غارات", "أمريكا تقصف"), its air cover ("بغطاء
# جوي روسي") and its forces written without the article ("قوات أمريكية"). The state's
# forces are the actor (its air force for strikes from the air), read from the lexicon as
# "القوات X" or "الطيران X", so the article's year applies.
# (Normalised text: ة is ه, أ and إ are ا.)
# A state as the subject of an attack (شنت روسيا غارات, قصفت تركيا القرية); its
# subject is the state and the arms after the verb (قصفت [المدفعيه الاسرائيليه]).
_SUBJECT_VERBS = (
    "شنت", "تشن", "قصفت", "تقصف", "استهدفت", "تستهدف", "نفذت", "تنفذ", "هاجمت", "تهاجم",
    "استخدمت", "تستخدم", "القت", "تلقي", "اغارت",
)  # fmt: skip
_ATTACK_NOUNS = (
    "هجوم", "هجمات", "غاره", "غارات", "ضربه", "ضربات", "قصف", "انتهاكات", "تورط", "عدوان",
    "اعتداء", "اعتداءات", "طيران", "عمليات", "تدخل", "صواريخ", "قذائف", "قذيفه",
    *_SUBJECT_VERBS,
    # ... after the attack it wages (الهجوم الذي تشنه تركيا, الغارات التي نفذتها روسيا)
    "تشنه", "تشنها", "شنته", "شنتها", "تنفذه", "تنفذها", "نفذته", "نفذتها",
    "غطاء",  # بغطاء جوي روسي: the air cover of an offensive
    "قوات",  # قوات أمريكية: forces of that state, without the article
    "دوريه", "دوريات", "رتل", "ارتال", "توغل", "قوه",  # its patrols, convoys, incursions
    "انزال",  # its airborne raids (انزال امريكي في الشحيل)
    "مسيره", "مسيرات", "المسيره", "المسيرات",  # its drones (مسيرات تركية تقصف)
    "رعته", "رعتها", "رعت", "ترعاه", "ترعاها",  # the sponsor of an agreement (اتفاق رعته روسيا)
    "توصلت اليه", "توصلت اليها", "توصل اليه", "توصل اليها",  # ... or its parties
    "اعلنت عنه", "اعلنت عنها",  # (اتفاق «خفض التصعيد» الذي اعلنت عنه روسيا وتركيا)
    # the state an attack is blamed on, by a participle (متهمه تركيا باستهداف المدنيين;
    # not اتهمت تركيا, also "Turkey accused")
    "متهمه", "متهما", "متهمين", "محمله", "محملا", "محملين",
    # its army and the arms it fights with (سلاح الجو الأردني, طائرات حربية يرجح أنها روسية)
    "جيش", "سلاح الجو", "طائرات", "طائره", "مقاتلات", "مروحيات", "مدرعات", "مدفعيه", "دبابه",
    "دبابات",
    "اليات", "جرافات", "جرافه",  # its vehicles and bulldozers (جرفت آليات إسرائيلية أراضي)
    "قاعده", "قواعد",  # its bases, where attacked (تعرضت القاعدة الأمريكية لهجوم)
)  # fmt: skip
_BLAMING = frozenset({"متهمه", "متهما", "متهمين", "محمله", "محملا", "محملين"})
# ... the attack it is blamed for, right after its name (متهمه تركيا باستهداف المدنيين,
# محمله تركيا المسؤوليه الكامله عن استهداف)
_BLAMED_FOR_AN_ATTACK = re.compile(
    r"[^.\n]{0,40}?(?<!\w)[\"«“]?(?:ب|عن )?[\"«“]?(?:استهداف|قصف|الهجوم|هجوم|الغارات|غارات"
    r"|المجزره|مجزره|العدوان|قتل|مقتل|تدمير)(?!\w)"
)
# A state's name as the subject before its verb, as headlines put it (أمريكا تقصف).
_STATE_VERBS = ("تقصف", "تشن", "تستهدف", "تضرب", "تهاجم", "تغير", "تنفذ", "تقتل")
# ... or before a verb of going on with or opening an offensive (تركيا تواصل هجومها).
_STATE_CAMPAIGN_VERBS = ("تواصل", "تطلق", "تبدا", "تصعد", "توسع")
_CAMPAIGNS = ("هجوم", "هجمات", "عمليه", "عمليات", "قصف", "غارات", "ضربات", "حمله", "تصعيد")
_AIR_NOUNS = frozenset({
    "غاره", "غارات", "طيران", "سلاح الجو", "طائرات", "طائره", "مقاتلات", "مروحيات",
})  # fmt: skip
_AIR_ADJECTIVES = frozenset({"جويه", "جوي", "حربي", "حربيه", "مسيره"})
# Aircraft and armour that also fly or are sold in peace: a state's forces, without the
# article, only with a word of war (طائرات حربية روسية) or a hedge (طائرات يرجح أنها
# روسية); with it they are the ones the article is about (دهسته المدرعات التركية).
_NEEDS_A_WORD_OF_WAR = frozenset({"طائره", "طائرات", "مدرعات"})
# Vehicles and bulldozers are a state's forces only as the subject of harm done right
# before them (جرفت آليات إسرائيلية أراضي, هدمت جرافات الاحتلال); shipped, or building a
# wall, they are no party.
_VEHICLES = frozenset({"اليات", "جرافات", "جرافه"})
_BASES = frozenset({"قاعده", "قواعد"})
_RUSSIAN = "روسي"
_STRIKE_NOUNS = frozenset({"قصف", "ضربه", "ضربات"})
_RUSSIAN_AIRCRAFT = re.compile(
    r"(?:طائرات|الطائرات|طائره|الطائره|الطيران|طيران|المقاتلات|مقاتلات|المروحيات|غارات"
    r"|الغارات|القاذفات|قاذفات|سلاح الجو)(?: (?:ال)?حربيه| الحربي)? (?:ال)?روسي|سوخوي"
)
# ... but not shelling told as the artillery's or the navy's (قصف مدفعي روسي, من البوارج).
_GROUND_OR_SEA_AFTER = re.compile(
    r" (?:(?:ال)?(?:مدفعي|صاروخي|بحري|مدفعيه)|بالمدفعيه|بالصواريخ|من البوارج|من قاعده)"
)
# A state's base is a party where it is attacked: تعرضت القاعدة الأمريكية لهجوم, هجوم
# بطائرة مسيرة على القاعدة الأمريكية (not where its air defences are: في القاعدة الروسية).
_BASE_ATTACKED_BEFORE = re.compile(
    r"(?:تعرض|تعرضت|استهدف|استهدفت|استهدفوا|استهداف|قصف|قصفت|هاجم|هاجمت|هجوم|هجوما)"
    r"(?:(?: (?!قرب|بالقرب|محيط)\w+){0,4}(?: علي| داخل)?)?\s*$"
)
# ... not where it is denied, negated or only supposed (نفى البنتاغون تعرض القاعدة, لم
# تتعرض القاعدة, في حال تعرضت القواعد), nor a base abroad the lists of places miss.
_BASE_NOT_ATTACKED_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:نفي|نفت|ينفي|تنفي|لم|لن|حال|اذا|لو|هدد|هددت|تهدد|يهدد|توعد|توعدت)(?!\w)"
)
_NEAR_A_BASE_BEFORE = re.compile(
    r"(?<!\w)(?:قرب|بالقرب من|محيط|بمحيط|جوار|المتمركزه في|المتمركزين في|انطلاقا من|من)\s*$"
)
_BASES_ABROAD = r"عين الاسد|البرج 22|بعشيقه|نينوي|دهوك|كردستان|زاخو|الصومال|حرير|فيكتوريا|الحبانيه"
_BASE_ABROAD_AFTER = re.compile(
    rf"(?: \S+){{0,5}} [وفبل]?\W?(?:{ABROAD_PLACES}|{_BASES_ABROAD})(?!\w)"
)
_BASE_ATTACKED_AFTER = re.compile(r" (?:[\w ]{0,30} )?ل(?:هجوم|قصف|هجمات|ضربات|استهداف)")


def _a_base_attacked(text: str, match: re.Match[str]) -> bool:
    """Whether a state's base named at ``match`` is attacked in Syria (see ``_BASES``)."""
    if _BASE_ABROAD_AFTER.match(text, match.end()):
        return False  # (استهدف قاعدة عسكرية تركية شمالي العراق: abroad)
    if _BASE_NOT_ATTACKED_BEFORE.search(text, max(match.start() - 50, 0), match.start()):
        return False
    if _NEAR_A_BASE_BEFORE.search(text, max(match.start() - 14, 0), match.start()):
        return False  # (تعرضت دورية قرب القاعدة الأمريكية: a landmark)
    if text.startswith("و", match.start()) and not _BASE_ATTACKED_AFTER.match(text, match.end()):
        return False  # (استهداف قاعدة حقل العمر والقاعدة الأمريكية: a list of past targets)
    return bool(
        _BASE_ATTACKED_BEFORE.search(text, max(match.start() - 40, 0), match.start())
        or _BASE_ATTACKED_AFTER.match(text, match.end())
    )


_VEHICLES_HARMING = r"(?:جرفت|هدمت|دمرت|اقتحمت|داهمت|دهست|تجرف|تهدم|تقتحم)"
_VEHICLES_HARMING_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:" + _VEHICLES_HARMING + r"|قصفت|استهدفت|اطلقت)[\s\"]*$"
)
# ... or harming right after them (الجرافات الإسرائيلية هدمت منزلين).
_VEHICLES_HARMING_AFTER = re.compile(r" (?:قد )?" + _VEHICLES_HARMING + r"(?:ا)?(?!\w)")
# ... or with the attack they make right after them (طائرات أردنية قد نفذتها, شنت).
# (not نفذت, تنفذ or ألقت alone: flights, patrols and aid drops are made so too)
_ATTACKING_AFTER = re.compile(
    r" (?:قد )?(?:شنت|تشن|نفذتها|نفذته|قصفت|تقصف|استهدفت|تستهدف|اغارت)(?!\w)"
)
# Shells of a state, without the article, only where they land (قذائف تركية على قرى,
# قذائف سورية تسقط): not found unexploded or seized (عثر على قذائف روسية غير منفجرة).
_SHELLS = frozenset({"قذائف", "قذيفه"})
_SHELLS_FIRED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:سقطت|سقوط|تساقطت|اطلقت|اطلاق)\s*$")
_SHELLS_LANDING = re.compile(
    r" (?:(?:قد )?(?:سقطت|تسقط|تساقطت|استهدفت|تستهدف|طالت|تطال|اصابت|انهالت)|علي)(?!\w)"
)
_ATTACK_ADJECTIVES = (*_AIR_ADJECTIVES, "صاروخيه", "صاروخي", "مدفعي", "مدفعيه", "بريه", "بري",
                      "عسكري", "عسكريه", "مسلحه", "خاصه")  # fmt: skip
# The states, by the stem of their adjective (روسي, روسية, الروسية) and by their names.
_STATE_ADJECTIVES = ("روسي", "تركي", "امريكي", "اميركي", "اسرائيلي", "ايراني", "اردني", "عراقي")
_STATE_NAMES = {
    "روسيا": "روسي", "تركيا": "تركي", "اسرائيل": "اسرائيلي", "ايران": "ايراني",
    "الولايات المتحده": "امريكي", "الولايات المتحده الامريكيه": "امريكي", "امريكا": "امريكي",
    "واشنطن": "امريكي", "موسكو": "روسي", "انقره": "تركي",
}  # fmt: skip
# Words one of which every attribution holds: most articles name no state, and skip the scan.
_STATE_WORDS = (*_STATE_ADJECTIVES, "روسيا", "تركيا", "اسرائيل", "ايران", "ولايات", "امريكا",
                "واشنطن", "موسكو", "انقره")  # fmt: skip
# ... and the names written with ل: لروسيا (the ل stays out), للولايات (ل + ال, all in).
_STATE_NAME_FORMS = _STATE_NAMES | {
    f"ل{name[1:]}": stem for name, stem in _STATE_NAMES.items() if name.startswith("ال")
}
# Soldiers counted by their noun alone (مقتل ستة جنود); a plural adjective after them
# names their state (عسكريين روس, جنود امريكيين: states.ACCUSATIVE_ADJECTIVES).
_SOLDIERS = frozenset({
    "جنود", "جندي", "جنديا", "جنديين", "جنديان", "عسكريين", "عسكريون", "عسكريا", "عسكري",
    "عسكريان", "العسكريين", "الجنود",
})  # fmt: skip
# Soldiers a count names past its own words (normalised): among those it counts (بينهم
# عسكري) or joined to the civilians it counts (عدد من المدنيين والعسكريين).
_SOLDIERS_AMONG = re.compile(
    r"[ ،,]*(?:(?:\w+[ ،,]+)?(?:بينهم|منهم) "
    r"|(?:من )?(?:ال)?(?:شهداء )?(?:ال)?مدنيين و)(?P<noun>\w+)"
)
# Police counted by their noun (استشهد شرطيان) or as its members (عنصر من الشرطة,
# ثلاثة من عناصر الشرطة): the country's police, under the lexicon's name for them.
_POLICE = frozenset({"شرطي", "شرطيا", "شرطيان", "شرطيين", "شرطيون", "الشرطه"})
_POLICE_AFTER_A_COUNT = re.compile(
    r" (?:من )?(?:(?:عناصر|عنصر|افراد) )?(?:من )?(?P<noun>الشرطه)(?! العسكريه)(?!\w)"
)
_POLICE_NAME = "الشرطه السوريه"
# "Terrorists" a count names (مقتل 35 ارهابيا, تحييد 184 ارهابيا): the enemy of whoever
# counts them, told by the sentence: Turkey's (the YPG), or the Islamic State where the
# sentence names it, else the regime's (the armed opposition, as unsure as its word).
_COUNTED_ENEMY = frozenset({"ارهابيا", "ارهابيين"})
_TURKEY_COUNTING = re.compile(
    r"وزاره الدفاع التركيه|الاركان التركيه|القوات التركيه|الجيش التركي|بي كا كا|واي بي جي"
    r"|ي ب ك|نبع السلام|غصن الزيتون|تحييد|حيدت"
)  # (Turkey counting, not named as a backer: المدعومه من النظام التركي)
_ISLAMIC_STATE_NAMED = re.compile(r"داعش|تنظيم الدوله|الدواعش|خوارج")
_IN_IRAQ = re.compile(r"(?<!\w)(?:شمال |شمالي )?العراق(?!\w)")  # (the PKK there, not the YPG)
# ... and those Turkey's statements "neutralise", a count no casualty reads (تحييد 184
# ارهابيا: killed, hurt or captured).
_NEUTRALISED = re.compile(
    r"(?<!\w)[و]?(?:تحييد|حيدت)(?!\w)(?:[\s\"'«»“”]*(?:[\d٠-٩]+|\w+)){0,2}?[\s\"'«»“”]*"
    r"(?P<noun>ارهابيا|ارهابيين)(?!\w)"
    r"(?![\s\"'«»“”]+من[\s\"'«»“”])"  # (... ارهابيا من «بي كا كا»: that group is named)
)
_OF_A_GROUP = re.compile(r"\s+من\s")
# A state's personnel who are not its forces: missing, working for others, of a company.
_NOT_ITS_FORCES_AFTER = re.compile(
    r" (?:ال)?(?:مفقودين|مفقودون|عاملين|عاملون|محتجزين|محتجزون|رهائن|مدنيين|مدنيون|من)(?!\w)"
)
# Members counted by their noun alone (ما أدى إلى مقتل عنصرين): those of the force whose
# post, patrol or gathering the sentence says was struck (هاجم مسلحون حاجزا للامن العام،
# ما ادى الى مقتل عنصرين), named with its ل after that noun (or right before the count).
_MEMBERS = frozenset({"عنصر", "عنصرا", "عنصرين", "عنصران", "عناصر"})
_FORCE_S_POST_BEFORE = re.compile(
    r"(?<!\w)[وفب]?(?:حاجز|حاجزا|حواجز|دوريه|دوريات|تجمع|تجمعا|تجمعات|موقع|موقعا|مواقع|نقطه"
    r"|نقاط|رتل|رتلا|ارتال|مقر|مقرا|مقرات|سياره|سيارات|عربه|آليه|اليه|ثكنه|كتيبه)"
    r"(?: \w+){0,2} $"
)
_MAX_BACK_TO_THE_POST = 160  # characters from the count back to the force's name
_NOT_THE_ONE_HIT_BEFORE = re.compile(r"(?<!\w)(?:قرب|بالقرب من|امام|عناصر|عنصر|مقابل) ?[وفب]?\S*$")
# ... unless the defenders struck back, the attacker mourns its own, or another clause
# tells of another incident between the post and the count.
_ANOTHER_SIDE_S_LOSS = re.compile(
    r"(?<!\w)(?:[وف]?(?:صد|صدوا|صدت|تصدت|تصدي|تصدوا|رد|ردت|ردوا|تمكن|تمكنت|تمكنوا|اوقعت|اوقع"
    r"|اوقعوا|نعي|نعت|افشل|افشلت|احبط|احبطت)|فيما|بينما|كما|عناصر الحاجز|عناصر الدوريه)(?!\w)"
)
_BOTH_SIDES = re.compile(r"(?<!\w)(?:الطرفين|الجانبين|الطرفان|الجانبان)(?!\w)")  # (either side's)
_THE_ATTACKERS_AFTER = re.compile(r"\S+\s+(?:ال)?(?:مسلحين|ارهابيين|من|بينهم|مهاجمين)(?!\w)")


def _the_force_attacked(context: SuggestContext, first: int) -> tuple[LexiconRecord, ...]:
    """The records of the force whose post the sentence before ``first`` says was
    struck: an actor written with ل (or لل) right after a word of a post, patrol or
    gathering (حاجزا للامن العام, بدورية لقوات النظام); none if another actor stands
    between it and the count (its own attacker's count: اعلنت الهيئة مقتل 3 عناصر)."""
    sentence_start = max(context.text.rfind(".", 0, first), context.text.rfind("\n", 0, first), 0)
    floor = max(sentence_start, first - _MAX_BACK_TO_THE_POST)
    before = [s for s in context.earlier if s.kind == KIND and floor <= s.start and s.end <= first]
    if not before:
        return ()
    nearest = max(before, key=lambda s: s.start)
    if not context.text.startswith("ل", nearest.start) and not context.text[
        max(nearest.start - 1, 0) : nearest.start
    ].endswith("ل"):
        return ()
    words_before = normalize(context.text[max(nearest.start - 30, 0) : nearest.start]).text
    words_before = words_before.rstrip().removesuffix("ل").rstrip() + " "  # (تجمعا لقوات)
    post = _FORCE_S_POST_BEFORE.search(words_before)
    if not post or _NOT_THE_ONE_HIT_BEFORE.search(words_before, 0, post.start() + 1):
        return ()  # (قرب حاجز للامن, اطلق عناصر حاجز للامن: a landmark, the shooters)
    between = normalize(context.text[nearest.end : first]).text
    if _ANOTHER_SIDE_S_LOSS.search(between) or _BOTH_SIDES.search(between):
        return ()  # (صد عناصر الحاجز الهجوم وقتلوا عنصرين; فيما قتل عنصران بانفجار لغم)
    after = normalize(context.text[first : first + 40]).text
    if _THE_ATTACKERS_AFTER.match(after):
        return ()  # (مقتل 4 عناصر مسلحين: the gunmen)
    if nearest.value.get("inter") not in (1, 2, 3, 8):
        return ()
    key = normalize_key(nearest.text)
    return (
        LexiconRecord(KIND, nearest.text, key, str(nearest.value["name"]), dict(nearest.value)),
    )


# A state's military convoy (normalised), struck in its sentence before it.
_CONVOY_OF_A_STATE = re.compile(
    r"(?<!\w)[وفب]?(?:ل(?=ل))?(?P<phrase>(?:ال|ل)?(?:رتل|رتلا|ارتال)(?: (?:ال)?عسكري(?:ا|ه)?)?"
    r" (?:ال)?(?P<state>تركي|روسي|امريكي|اميركي|ايراني)(?:ا|ه)?)(?!\w)"
)
_CONVOY = "رتل"
_CONVOY_STRUCK_REACH = 60  # characters before the convoy
_STRIKING_A_CONVOY = re.compile(r"استهدف|تستهدف|يستهدف|قصف|غاره|غارات|ضرب|هاجم|هجوم|عبوه")
_NOT_STRUCK = re.compile(r"(?<!\w)(?:لم|لن|لا|دون ان)\s+[يت]?(?:ستهدف|قصف|ضرب|هاجم)")
# ... or told as struck after it (رتلا عسكريا تركيا تعرض لقصف مدفعي), in its sentence
_CONVOY_STRUCK_AFTER = re.compile(
    r"(?: [^\s.،,]+){0,2}? (?:تعرض|تعرضت|يتعرض|استهدف|استهدفت)(?: [^\s.،,]+)? ل(?:ل)?"
    r"(?:قصف|هجوم|استهداف|غاره|ضربه|كمين|انفجار)"
)
_NOT_A_MILITARY_CONVOY = re.compile(r"\s*(?:لل|ل)?(?:مساعدات|اغاث|انساني|تجاري|شاحنات)")
_ESCORTING = re.compile(r"(?:ترافق|يرافق|رافق|رافقت|مرافق)\w*\s*$")
_NATIONALITY_STEMS = ("روس", "امريكي", "اميركي", "اتراك", "ايراني", "اسرائيلي", "اردني", "سوري")
_SOLDIERS_OF_A_STATE = re.compile(
    r"(?<!\w)(?<!رفات )(?:[وفبل]|ول|وب)?(?P<phrase>(?:ال|لل)?(?:جنود|جندي|عسكريين|عسكريون|افراد)ا? "
    r"(?P<state>" + "|".join(sorted(ACCUSATIVE_ADJECTIVES, key=len, reverse=True)) + r"))(?!\w)"
    # (not defectors, deserters nor former soldiers: الجنود السوريين المنشقين)
    r"(?! (?:ال)?(?:منشق|سابق|فار|متقاعد|مسرح)\w*)"
)
# A foreign army that tells of a soldier hurt in the same sentence (أعلن الجيش الإسرائيلي
# ... مشيراً إلى إصابة جندي): its own soldier, where the sentence names no Syrian forces
# (Russia's statements tell of the Syrian army's losses: مواقع الجيش السوري ... مقتل
# ثلاثة جنود); armies name the enemy's by his nationality. Israel, Turkey and the United
# States fight Syrians and tell their own losses so.
_FOREIGN_ARMY_TELLING = re.compile(
    r"(?<!\w)[وف]?(?:اعلن|اعلنت|قال|قالت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|اقر|اقرت)"
    r" (?:الجيش|القوات|وزاره الدفاع) ال(?P<stem>اسرائيلي|تركي|امريكي|اميركي)ه?(?!\w)"
)
_SYRIAN_FORCES = re.compile(
    r"الجيش السوري|الجيش العربي السوري|قوات النظام|القوات السوريه|القوات الحكوميه|قوات الحكومه"
)
_NATIONALITY_AFTER = re.compile(r"\s+([\w\u064b-\u0652\u0640]+)")
_WORD = re.compile(r"[\w\u064b-\u0652\u0640]+")
_WORD_BEFORE_SPAN = re.compile(r"[\w\u064b-\u0652\u0640]+(?= $)")
# A state joined to an armed actor by و (قوات الأسد وروسيا): state forces, rebels,
# militias and external forces (inter 1-4, 8), not civilians or protesters.
_JOINED_STATES = ("روسيا", "ايران", "تركيا", "اسرائيل")
_JOINED_STATE = re.compile(r"\s+و(?P<name>" + "|".join(_JOINED_STATES) + r")(?!\w)")
# A group named again by its kind alone (التنظيم, الجيش) is the one of that kind the
# article names nearest before (else first after): an organisation (تنظيم X, or IS by its
# own names), an army (الجيش X, قوات الجيش X; not a faction called جيش X). Confidence
# lower: the reporter may mean another one.
_JIHADIST_GROUP = re.compile(r"تنظيم|داعش|الدوله الاسلاميه|هيئه تحرير الشام|النصره")
_HELICOPTERS_NAMED = re.compile(r"مروحيات|طيران مروحي|الطيران المروحي")
_ANAPHORS = {
    "التنظيم": re.compile(r"تنظيم|داعش|الدوله الاسلاميه"),
    # (an army, not a faction called an army: الجيش السوري الحر, الجيش الوطني)
    "الجيش": re.compile(r"(?:^|قوات )الجيش(?! (?:السوري )?الحر| الوطني)"),
    # (news agencies' "the jihadists": the jihadist group the article names)
    "الجهاديين": _JIHADIST_GROUP,
    "الجهاديون": _JIHADIST_GROUP,
}
# HTS as «الهيئة», the coalition as التحالف, the rebels as الفصائل, Hezbollah as الحزب.
_ANAPHORS |= {
    "الهيئه": re.compile(r"هيئه تحرير الشام|تحرير الشام"),
    "التحالف": re.compile(r"^التحالف|طائرات التحالف|قوات التحالف|طيران التحالف"),
    "الفصائل": re.compile(r"فصائل|المعارضه|الجيش الوطني|الجيش الحر|مرتزقه|الجبهه الجنوبيه"),
    "الفيلق": re.compile(r"^الفيلق "),  # الفيلق الثالث, then الفيلق
    "الحزب": re.compile(r"حزب الله"),  # Hezbollah named, then الحزب (not another party)
    # the Kurdish units named, then الوحدات (not an army's units: no default)
    "الوحدات": re.compile(r"وحدات حمايه"),
    # a front named, then الجبهة (جبهة النصرة ... مسلحي الجبهة; الجبهة الشامية)
    "الجبهه": re.compile(r"جبهه"),
    # a division named, then الفرقة (فرقة الحمزة ... مقاتلي الفرقة)
    "الفرقه": re.compile(r"فرقه"),
    # a movement named, then الحركة (حركة أحرار الشام ... بانسحاب الحركة من المعبر)
    "الحركه": re.compile(r"^حركه "),
    # a brigade named, then اللواء (اللواء الثامن ... مقرات اللواء; not a general's rank)
    "اللواء": re.compile(r"(?:^|\s)(?:ال)?لواء "),
    # Iraq's Popular Mobilisation named, then الحشد (قطعات الحشد قصفت)
    "الحشد": re.compile(r"حشد"),
    # helicopters named, then المروحيات (مروحيات النظام ... إن المروحيات ألقت); not
    # الطائرات, which news writers mark as the air force named before only half the time
    "المروحيات": _HELICOPTERS_NAMED,
}
_UNITS = frozenset({"الوحدات", "للوحدات", "الفرقه", "للفرقه"})
_DIVISIONS = frozenset({"الفرقه", "للفرقه"})
# A brigade named again only before a word of relation or a mark, and with the brigade
# named before it: اللواء before a name is a general's rank (اللواء محمد زاهدي).
_BRIGADE_WORDS = frozenset({"اللواء", "للواء"})
_GENERAL_NAMED = re.compile(r"(?<!\w)[وبل]?اللواء (?!ال)(?!في|من|علي|الي|عن)\w")
_BRIGADE_AGAIN_AFTER = re.compile(
    r"\s*(?:[.,،:؛)\]»\"]|$|(?:في|من|علي|الي|عن|مع|بين|قد|الذي|ضمن|التابعه|التابعين|ان|انه"
    r"|بان)(?!\w))"
)
_NUMBER_AFTER = re.compile(r" \d")
# The Mobilisation and helicopters named again only as a party that acts: its men or
# guns before it (قطعات الحشد, مدفعية الحشد, مقرا لـ«الحشد»), or a verb of attack next to
# it (والحشد يقصف, ألقت المروحيات, إن المروحيات ألقت); the words are also "massing" and
# the aircraft sold or shot down.
_ACTING_ONLY = frozenset({"الحشد", "المروحيات"})
_ATTACK_VERB = (
    r"(?:[وف]?(?:القت|تلقي|يلقي|قصفت|تقصف|يقصف|قصف|استهدفت|تستهدف|يستهدف|شنت|تشن|يشن|اغارت"
    r"|حلقت|تحلق|رمت|احبط|يحبط|اعلن|يعلن|قال|يقول|تصدي|يتصدي|هاجم|يهاجم|سيطر|يسيطر|عادت))"
)
_ACTING_BEFORE = re.compile(
    r"(?:(?<!\w)(?:قطعات|مدفعيه|قوه من|قوات|عناصر|مقاتلي|مقاتلو|قياده|مقرا ل|مقرات|مقر|مواقع"
    r"|فصائل|الويه)|(?<!\w)" + _ATTACK_VERB + r")[\s\"]*$"
)
_ACTING_AFTER = re.compile(r"[\s\"]*" + _ATTACK_VERB + r"(?!\w)")


def _acting(text: str, match: re.Match[str]) -> bool:
    return bool(
        _ACTING_BEFORE.search(text, max(match.start() - 14, 0), match.start())
        or _ACTING_AFTER.match(text, match.end())
    )


# A front or a division named again only as its members or as the one that acts or says
# (مسلحي الجبهة, واتهمت الجبهة, قالت الفرقة): the words are also the front line and discord.
_FRONTS = frozenset({"الجبهه", "للجبهه", "الفرقه", "للفرقه", "الحركه", "للحركه"})
_A_GROUP_S_OWN_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:مسلحي|مسلحو|عناصر|مقاتلي|مقاتلو|قياده|قائد|قاده|اعلنت|قالت|اتهمت|نفت"
    r"|اكدت|هاجمت|سيطرت|شنت|تبنت|اعتقلت|قصفت|استهدفت|انسحبت|تقدمت|اشتبكت|اعدمت|بانسحاب"
    r"|انسحاب) $"
)
# ... bare: not with a word of its own after it, an army's or another force's units
_OTHER_UNITS_AFTER = re.compile(r" (?:ال\w+|التابع\w*|من|في|لل\w+)(?!\w)")
# ... unless another party is named between them (حزب الاتحاد الديمقراطي, حزب البعث).
_PARTY_WORDS = frozenset({"الحزب", "للحزب"})
_ANOTHER_PARTY = re.compile(r"(?<!\w)[وفبل]?حزب (?!الله)")
# ... and "the militia" (الميليشيا), the one named so before: ميليشيا «قسد», ميليشيا «حزب
# الله» (the descriptor joins the name's span).
_MILITIA = "الميليشيا"
_ANAPHORS[_MILITIA] = re.compile(r"^مي?ليشيا(?!ت)")
_ANAPHORS["الميليشيات"] = re.compile(r"^(?:ال)?مي?ليشيات|الجماعات المرتبطه|الفصائل الموالي")
# Named again with none named before: who the word means in Syrian news.
_BY_DEFAULT = {"الفصائل": "فصائل المعارضة", "التحالف": "التحالف الدولي", "الجيش": "الجيش السوري"}
# The army with no army named before is Syria's only as its units and men act (وحدات
# الجيش, نقاط الجيش, عناصر من الجيش): not an institution spoken of (قيادة الجيش).
_ARMY_WORDS = frozenset({"الجيش", "للجيش"})
_UNITS_OF_AN_ARMY = re.compile(
    r"(?<!\w)[وفبل]?(?:وحدات|وحده|نقاط|نقطه|مواقع|عناصر|جنود|دوريه|دوريات|رتل|ارتال|قوات"
    r"|تعزيزات|مدفعيه|كتائب|تشكيلات)(?: من)? $"
)
# ... in an article about Syria that names no other army or state's forces (the Lebanese
# army, Turkey's forces, the occupation's, Yemen's army and popular committees).
_ANOTHER_ARMY = re.compile(
    r"الجيش (?:اللبناني|العراقي|الاردني|التركي|الاسرائيلي|المصري|اليمني)|قوات الاحتلال"
    r"|القوات (?:التركيه|العراقيه|الاسرائيليه|الاردنيه|اللبنانيه)|اللجان الشعبيه|بيروت|بغداد"
    r"|الجيش الوطني"  # (the SNA, an army by name, whose units news calls وحدات الجيش too)
)


def _syrian_army_by_default(text: str, start: int) -> bool:
    """Whether a bare الجيش, no army named before it, is Syria's: its units or men act
    (وحدات الجيش, not قيادة الجيش), in an article about Syria naming no other army."""
    return (
        _UNITS_OF_AN_ARMY.search(text, max(start - 16, 0), start) is not None
        and "سوري" in text
        and _ANOTHER_ARMY.search(text) is None
    )


# ... and written with ل (للتنظيم, للجيش): the word keeps it, as every coder marks it.
_WITH_LAM = {
    "ل" + word[1:]: word
    for word in (
        "التنظيم", "الجيش", "الهيئه", "التحالف", "الفصائل", _MILITIA, "الميليشيات", "الحزب",
        "الوحدات", "الجبهه", "الفرقه", "اللواء", "الحركه",
    )
}  # fmt: skip
_ANAPHORS |= {form: _ANAPHORS[word] for form, word in _WITH_LAM.items()}
_BY_DEFAULT |= {form: _BY_DEFAULT[word] for form, word in _WITH_LAM.items() if word in _BY_DEFAULT}
# (the word alone, not followed by an adjective that names another group: الجيش العربي
# السوري is a name the lexicon knows, الجيش اللبناني another army, الهيئه العليا and
# التحالف العربي other bodies; استعاد الجيش السيطرة is the army, and so is a relative
# pronoun after it: التحالف الذي تقوده واشنطن. The span takes الإرهابي: التنظيم الإرهابي.
# Where it may begin is checked after, which lets the scan look for ال only.)
_ANAPHOR = re.compile(
    r"(?P<phrase>(?P<word>"
    + "|".join(_ANAPHORS)
    + r")(?: الارهابي)?)(?!\w)"
    + r"(?! (?:(?!الذي|التي|الذين|اللذين|اللتين)ال\w+يه?|العليا|العامه)(?!\w))"
)
ANAPHOR_CONFIDENCE = 0.6
# Each side's word for its enemy, and how Turkish media write the YPG and the PKK.
_GENERIC_ENEMY = frozenset(
    normalize_key(word)
    for word in ("الإرهابيين", "الإرهابيون", "إرهابيين", "إرهابيون", "للإرهابيين")
)
_TERROR = "ارهاب"


def _terror_word(context: SuggestContext, hit: LexiconHit) -> bool:
    """A name of the state media's enemy by terror alone (الإرهابيين, مجموعات إرهابية,
    40 إرهابياً), which names no group of its own."""
    key = normalize_key(context.text[hit.start : hit.end])
    return key in _GENERIC_ENEMY or (
        _TERROR in key and all(r.value.get("inter") == _REBELS for r in hit.records)
    )


_TURKISH_WORDS = ("كا كا", "بي جي", "ي ب ك")  # (looked for first: most articles have none)
_TURKISH_NAMES = re.compile(r"(?<!\w)(?:بي كا كا|واي بي جي|ي ب ك)(?!\w)")
GENERIC_ENEMY_CONFIDENCE = 0.4
_REBELS = 2  # the inter code of rebel groups
_REBELS_NAME = "Opposition Rebels (Syria)"
_TURKEY_NAMED = re.compile(r"ترك|انقره|اردوغان")
# A group the gunmen are tied to, right after them (المسلحين التابعين لهيئة تحرير الشام).
_A_GROUP_AFTER = re.compile(r"\s+(?:التابعين|التابعون|الموالين|الموالون|المنتمين|المنتمون)(?!\w)")
# Rebel groups whose war is with the Islamic State, whose "terrorists" are its fighters.
_FOES_OF_THE_ISLAMIC_STATE = frozenset(
    {"QSD: Syrian Democratic Forces", "YPG: Peoples Protection Units"}
)  # (the generic words المسلحين, الارهابيين)
# Kurdish media's words for Turkey and its allies (normalised text).
_TURKISH_OCCUPATION = "الاحتلال التركي"
_ISRAELI_OCCUPATION = "الاحتلال الاسرائيلي"
_ISRAELI_ARMY = "الجيش الاسرائيلي"
_OCCUPATION_ARMIES = frozenset(match_key(name) for name in ("جيش الاحتلال", "قوات الاحتلال"))
_OCCUPATION = "الاحتلال"
# ... named alone: the occupation (not followed by its adjective, which the lexicon
# reads, nor by a noun it qualifies: الاحتلال التركي, قوات الاحتلال), its mercenaries.
_MERCENARIES = ("المرتزقه", "مرتزقه", "مرتزقته", "مرتزقتها", "مرتزقتهم")
# Words before the occupation that make it a state, not its army in an event (رئيس حكومة
# الاحتلال, وسائل إعلام الاحتلال, تظاهر العشرات ضد الاحتلال).
_POLITICAL_BEFORE = re.compile(
    r"(?<!\w)(?:حكومه|رئيس|وزير|وزاره|اعلام|سلطات|دوله|كيان|ضد|مقاومه)\s*$"
)
_OCCUPIERS = re.compile(
    r"(?<!\w)(?:[وفبل]|ول|وب)?(?P<word>الاحتلال|المرتزقه|مرتزقه|مرتزقته|مرتزقتها|مرتزقتهم)"
    r"(?!\w)(?! (?:التركي|الاسرائيلي|الروسي|الامريكي|الاميركي|الايراني)(?!\w))"
    r"(?! ما يسمي| ?[\"«“])"  # (مرتزقة ما يسمى «فرقة الحمزة»: the faction is named)
)
# "Believed to be", "said to be" (طائرات حربية [التي] يرجح أنها روسية, غارات مزعوم بأنها),
# perhaps by whom (طائرات حربية يرجح ناشطون أنها روسية).
_HEDGE = (
    r"(?:(?:التي |الذي )?(?:[ينت](?:رجح|عتقد|شتبه)|يحتمل|[يت]زعم|مزعوم|نعتقد)"
    r"(?: (?:ناشطون|مراقبون|ناشطين|سكان|مصادر|معارضون))? ب?ان(?:ها|ه))"
)
_STATE_NAME = "|".join(sorted(_STATE_NAMES, key=len, reverse=True))  # (longest first)
# A state that lost the soldiers counted right after it (وكانت انقره قد خسرت 13 جنديا,
# خسرت تركيا ثلاثه جنود): its own, as a verb of losing tells.
_STATE_LOSING = re.compile(
    r"(?:(?<!\w)[وف]?(?P<subject>" + _STATE_NAME + r") (?:قد )?(?:خسرت|فقدت)"
    r"|(?<!\w)[وف]?(?:قد )?(?:خسرت|فقدت|تخسر|تفقد) (?P<name>" + _STATE_NAME + r"))"
    r" (?:(?:(?:اكثر من|نحو|حوالي) )?\S+ )?$"
)
_STATE_SUBJECT = re.compile(
    r"(?<!\w)[وف]?(?P<name>" + _STATE_NAME + r")"
    r" (?:(?:" + "|".join(_STATE_VERBS) + r")(?!\w)"
    r"|(?:" + "|".join(_STATE_CAMPAIGN_VERBS) + r") (?:ال)?(?:" + "|".join(_CAMPAIGNS) + r"))"
)
# ... or, with its allies, the subject of a campaign of strikes its verb opens (واصلت
# الولايات المتحدة وحلفاؤها، اليوم، شن غارات; واشنطن وحلفاؤها يواصلون غاراتهم).
_STRIKES = (
    r"(?:(?:ال)?(?:غارات|ضربات|هجمات)|(?:غارات|ضربات|هجمات)(?:ها|هم))(?!\w)"
    r"(?= (?:جويه|الجويه|مكثفه|على|علي|ضد|استهدفت|طالت)(?!\w))"
)
_STATE_AND_ALLIES = r"(?: و(?:حلفاؤها|حلفائها|حلفاءها|شركاؤها|شركائها))"
# (between the verb's subject and what it wages, only when: اليوم الأربعاء، ولليوم الثاني
# على التوالي; no other verb, whose object the strikes would be: واصلت انتقاد الغارات)
_WHEN_BETWEEN = (
    r"(?:[\s،,]+(?:اليوم|امس|ليل|ليله|فجر|صباح|مساء|ظهر|الاثنين|الثلاثاء|الاربعاء|الخميس"
    r"|الجمعه|السبت|الاحد|ولليوم|لليوم|الثاني|الثالث|الرابع|الخامس|علي|التوالي))*[\s،,]+"
)
_STATE_CAMPAIGNING = re.compile(
    r"(?<!\w)[وف]?(?:واصلت|تواصل|شنت|تشن|بدات|تبدا|صعدت|تصعد)"
    r" (?P<name>"
    + _STATE_NAME
    + r")"
    + _STATE_AND_ALLIES
    + r"?(?!\w)"
    + _WHEN_BETWEEN
    + r"(?:شن |تنفيذ )?"
    + _STRIKES
)
_ALLIES_WORDS = ("حلفا", "شركا")  # (most articles name no allies: skip that scan)
_STATE_AND_ALLIES_CAMPAIGNING = re.compile(
    r"(?<!\w)[وف]?(?P<name>"
    + _STATE_NAME
    + r")"
    + _STATE_AND_ALLIES
    + r" (?:يواصلون|واصلوا|يشنون|شنوا|ينفذون|نفذوا|يصعدون|صعدوا)"
    r"(?: (?:شن|تنفيذ))? " + _STRIKES
)
# ... in the background of an article, in the pluperfect (وكانت تركيا قد أطلقت عملية,
# وكانت روسيا بدأت حملة غارات), or the launch of its campaign (منذ إطلاق تركيا ...
# عمليتها العسكرية).
_MILITARY_OBJECT = (
    r"(?:عمليه عسكريه|عمليتها العسكريه|عمليات عسكريه|هجوما|هجومها|غارات|غاره|حمله عسكريه"
    r"|حملتها العسكريه|حمله غارات|حمله جويه|قصفا|ضربات|ضربه|عدوانا|توغلا)"
)
# ... escalating or answering, where its sentence tells of war (تركيا تصعد شمالي سوريا..
# غارات جوية تقتل العشرات, تركيا ترد على مقتل 33 جنديا; not تركيا تصعد لهجتها).
_STATE_ESCALATES = re.compile(
    r"(?<!\w)[وف]?(?P<name>" + _STATE_NAME + r")"
    r" (?:تصعد|ترد)(?!\w)"
)
_WAR_WORDS = re.compile(r"غارات|غاره|قصف|ضربات|هجوم|مقتل|قتلي|جنود|جنديا|عسكري")


# ... a party to an agreement between states (اتفاق سوتشي الموقع في أيلول 2018 بين روسيا
# وتركيا), as its sponsors are (اتفاق رعته روسيا): the others joined to it follow.
_AGREEMENT_PARTY = re.compile(
    r"(?<!\w)[وبل]?(?:ال|لل)?(?:اتفاق|اتفاقيه|اتفاقات|تفاهمات|تفاهم)(?!\w)[^.\n،,]{0,80}?"
    r" بين (?P<name>" + _STATE_NAME + r")(?!\w)"
)
# ... or the state that declared a truce (الهدنة التي أعلنتها روسيا من جانب واحد).
_TRUCE_DECLARED = re.compile(
    r"(?<!\w)[وبل]?(?:ال|لل)?(?:هدنه|تهدئه|وقف اطلاق النار)(?: \S+){0,2}? (?:التي|الذي)"
    r" (?:اعلنتها|اعلنته|اعلنت عنها|اعلنت عنه|اعلنها|اعلنه) (?P<name>" + _STATE_NAME + r")(?!\w)"
)
# ... an agreement on the war, not on trade or relations (اتفاقية تجارية بين روسيا وتركيا).
_A_TRUCE = re.compile(
    r"اطلاق النار|التصعيد|سوتشي|استانه|استانا|التهدئه|تهدئه|الهدنه|هدنه|منزوعه السلاح"
    r"|القتال|العمليات العسكريه|الاعمال القتاليه|التسويه|تسويه|قصف|غارات|هجمات|ادلب"
)


# A clause's end: a mark, or a word that starts another happening.
_CONTRAST = r"(?<!\w)(?:فيما|بينما|في حين|وسط)(?!\w)"  # (a new happening's clause)
_CLAUSE_END = re.compile(r"[.،,؛\n]|" + _CONTRAST)


def _its_own_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has no comma but those setting a time apart."""
    between = _TIME_APART.sub(" ", text[start:end])
    return "،" not in between and "," not in between


def _clause_around(text: str, match: re.Match[str], reach: int = 120) -> tuple[int, int]:
    """From the clause break before ``match`` (at most 80 characters back) to the one
    after it (at most ``reach`` characters on)."""
    start = max(
        (m.end() for m in _CLAUSE_END.finditer(text, max(match.start() - 80, 0), match.start())),
        default=max(match.start() - 80, 0),
    )
    after = _CLAUSE_END.search(text, match.end(), match.end() + reach)
    return start, after.start() if after is not None else match.end() + reach


_STATE_BACKGROUND = re.compile(
    r"(?<!\w)(?:[وف]?كانت (?P<name>" + _STATE_NAME + r")"
    r" (?:قد )?(?:اطلقت|بدات|شنت|نفذت|قصفت|استهدفت)(?:(?!سحب|مبادره|بناء|محادثات)[^.\n]){0,50}?"
    + _MILITARY_OBJECT
    + r"|اطلاق (?P<launcher>"
    + _STATE_NAME
    + r")"
    r"(?: [^\s.،]+){0,4} (?:عمليتها العسكريه|عمليه عسكريه|هجومها|حملتها العسكريه))(?!\w)"
)
# ... or the state an attack is attributed to (ضربات نسبت الى اسرائيل, غاره نسبتها وسائل
# الاعلام الرسميه الى اسرائيل, ضربه الحميديه هي الثامنه التي تنسب الى اسرائيل): an attack
# named first, not words or deeds attributed (تصريحات نسبت الى تركيا, تنسب اسرائيل الى
# ايران نقل اسلحه).
_ATTRIBUTED_TO = re.compile(
    r"(?<!\w)(?:[وفبل]|ول|وب)?(?:ال|لل)?(?:ضربات|ضربه|غارات|غاره|هجوم|هجمات|قصف|تفجير|انفجار|عدوان"
    r"|استهداف)"
    r"(?: [^\s.،]+){0,5} (?:نسبت|تنسب|ينسب|نسب|نسبتها|نسبته|تنسبها|تنسبه|ينسبها|ينسبه|المنسوبه"
    r"|منسوبه|المنسوب|منسوب)(?: [^\s.،]+){0,5} (?:الي|ل) ?(?P<name>" + _STATE_NAME + r")(?!\w)"
)
# An adjective a side's media give a state's attacks (غارات صهيونية, عدوان صهيوني): the
# stem of that state's own.
_SAME_STATE = {"صهيوني": "اسرائيلي"}
# A combat aircraft's model between the aircraft and its state (طائرات F-16 العراقية,
# مقاتلات سوخوي الروسية): a word of war of its own.
_AIRCRAFT_MODEL = (
    r"(?:ال )?[\"«]?(?:"
    r"[a-z]{1,3}-? ?\d{1,3}[a-z]?"  # F-16, Su-24
    r"|(?:اف|سو|ميغ|ميج|مي)[- ]?\d{1,3}"  # إف-16, سو-24, مي-8
    r"|(?:ال)?(?:سوخوي|ميغ|ميج)(?:[- ]?\d{1,2})?"  # سوخوي, الميغ 23
    r"|بيرقدار|(?:ال)?اباتشي|توبوليف|ميراج"
    r")[\"»]?"
)
_MODEL_BEARERS = frozenset({"طائرات", "طائره", "مقاتلات", "مروحيات"})
# ... not aircraft sold or delivered (صفقة شراء طائرات سو-35 الروسية), nor those another
# air force flies (طائرات سوخوي الروسية التابعة لسلاح الجو السوري): made there only.
_SALE_BEFORE = re.compile(
    r"(?<!\w)[وفل]?(?:صفقه|صفقات|شراء|بيع|تسليم|تسلم|تسلمت|سلمت|استلام|استلمت|تزويد|زودت"
    r"|تزود|يشتري|اشترت)(?: [^\s.،]+){0,3} $"
)
_BELONGING_AFTER = (" التابعه", " التي يستخدمها", " التي تستخدمها")
_ATTRIBUTED_ATTACK = re.compile(
    r"(?<!\w)(?:[وفبل]|وب|ول)?(?P<noun>(?:ال|لل)?(?:" + "|".join(_ATTACK_NOUNS) + r"))"
    r"(?: (?P<model>" + _AIRCRAFT_MODEL + r"))?"
    r"(?: (?P<adjective>(?:ال)?(?:" + "|".join(_ATTACK_ADJECTIVES) + r")))?"
    r"(?:"
    r" (?P<hedge>"
    + _HEDGE
    + r" )?(?P<state>(?:ال)?(?:"
    + "|".join((*_STATE_ADJECTIVES, *_SAME_STATE))
    + r")ه?)"
    r"| ل?(?P<name>" + "|".join(sorted(_STATE_NAME_FORMS, key=len, reverse=True)) + r")"
    r")(?!\w)"
)


# Aircraft by a pronoun (طائراتها, مقاتلاته), and the states whose air force ACLED names
# apart from their forces: the stem of their adjective.
_AIRCRAFT_WORDS = ("طائراته", "مقاتلاته", "قاذفاته")  # (looked for first: most have none)
_AIRCRAFT_OF_ITS_OWN = re.compile(r"[وفبل]?(?:طائرات|مقاتلات|قاذفات)(?:ه|ها)")
_AIR_FORCE = "Air Force"
_AIR_FORCE_STEMS = {"Military Forces of Russia (2000-)": "روسي"}
# Aircraft named again by the noun alone where they strike (إن الطائرات استهدفت السوق,
# فعادت الطائرة وقصفت المكان, قبل أن تستهدف المسيّرة سيارتهم): the forces whose aircraft
# the article named last before them. Not aircraft only heard or seen flying.
_AIRCRAFT_AGAIN = re.compile(
    r"(?<!\w)[وفل]?(?P<name>ال(?:طائره|طائرات|مسيره|مسيرات|مروحيه|مروحيات)"
    r"(?: ال(?:مسيره|حربيه|مغيره))?)(?!\w)"
)
_STRIKING = (
    r"(?:استهدفت|تستهدف|اطلقت|تطلق|قصفت|تقصف|اغارت|تغير|نفذت|تنفذ|شنت|تشن|ضربت|تضرب|القت"
    r"|تلقي|قتلت|تقتل|اصابت)"
)
_NOT_BEFORE_THE_VERB = r"(?<!لم )(?<!لن )(?<!لا )(?<!دون ان )"  # (لم تستهدف, دون ان تقصف)
# ... right after them, or after a return that strikes (عادت بعد دقائق لتستهدف المكان)
_STRIKE_SOON = r"[^.،,\n]{0,40}?(?<!\w)" + _NOT_BEFORE_THE_VERB + r"[وفل]?" + _STRIKING + r"(?!\w)"
_STRIKING_AFTER = re.compile(
    r"[\s\"»”]*(?:قد )?(?:[وف]?" + _STRIKING + r"(?!\w)|(?:عادت|تعود)(?!\w)" + _STRIKE_SOON + r")"
)
# ... or right before them, not as their object after its subject (انها استهدفت الطائرة),
# or returning before them to strike (ثم عادت الطائرة وقصفت المكان)
_STRIKING_BEFORE = re.compile(
    r"(?<!\w)" + _NOT_BEFORE_THE_VERB + r"(?<!انها )(?<!انهم )(?<!انه )[وف]?" + _STRIKING + r"\s*$"
)
_RETURNING_BEFORE = re.compile(r"(?<!\w)[وف]?(?:عادت|تعود)\s*$")
_STRIKING_SOON = re.compile(_STRIKE_SOON)
# ... not dropping leaflets, aid or arms (والقت المروحيات مناشير, القت الطائرات اسلحه)
_DROPPING = re.compile(r"(?<!\w)[وف]?(?:القت|تلقي|القي|يلقي|القوا)(?!\w)")
_DROPPING_GOODS = re.compile(r"مناشير|منشورات|مساعدات|سلال|اغاثي|اسلحه|ذخائر|ذخيره|امدادات|صناديق")
# ... nor a march (المسيرة in an article of marches: خرجت مسيرة شعبية)
_MARCHES = re.compile(r"مسير(?:ه|ات) (?:ال)?(?:شعبي|احتجاجي|سلمي|جماهيري|حاشد|راجل)")
_DRONE_NOUNS = ("مسيره", "مسيرات")
# Whose aircraft they are: an actor named with words of aircraft or air strikes, not of
# air defence (تصدت الدفاعات الجوية السورية), or named right after aircraft (طيران النظام,
# طائرة مسيرة تابعة للتحالف), or right before drones it launched (وردت الهيئة باطلاق
# طائرات مسيرة).
_AIR_WORDS = re.compile(r"طائر|طيران|مقاتلات|مسير|غار|سلاح الجو|مروحي|جوي")
_AIR_DEFENCE = re.compile(r"دفاع|وسائط|مضاد")
_AIRCRAFT_BEFORE = re.compile(
    r"(?:طيران|طائرات|طائره|مروحيات|مروحيه|مسيره|مسيرات|مقاتلات|غارات|غاره)"
    r"(?: (?:ال)?(?:حربيه|حربي|مسيره))?(?: (?:ال)?(?:تابعه|تابع))?(?: (?:لل|ل)| )?$"
)
_DOWNING_BEFORE = re.compile(r"(?<!\w)[وف]?(?:اسقط|اسقطت|اسقطوا|اعترض|اعترضت|تصدت|تصدي)\s*$")
_DRONES_AFTER = re.compile(
    r"[^.،,\n]{0,25}?(?<!\w)(?:باطلاق|اطلقت|اطلق|تطلق|يطلق|ارسلت|ارسل|بارسال) "
    r"(?:طائرات مسيره|طائره مسيره|مسيرات)(?!\w)"
)
# The Islamic Resistance in Iraq, named in full; the short name, normalised (after its ال
# or لل), and the names that tell which one it is.
_IRAQI_RESISTANCE_NAME = "المقاومة الإسلامية في العراق"
_RESISTANCE = "لمقاومه الاسلاميه"
_RESISTANCE_NAMED = re.compile(_RESISTANCE + r" (?:في العراق|العراقيه)|حزب الله")
_AIRDROP = "انزال"
_AID = re.compile(r"مساعدات|اغاثي|غذائي|طبيه|مواد")


class ActorSuggester:
    """Suggests the actors of an article (kind ``actor``).

    ``entries``: the project's lexicon rows, laid over ``lexicon`` (by default the
    built-in one; pass ``Lexicon.empty("actor")`` to use the project's rows alone).
    """

    kind = KIND

    def __init__(self, entries: Iterable[object] = (), *, lexicon: Lexicon | None = None) -> None:
        base = lexicon if lexicon is not None else builtin_lexicon(KIND)
        records = merge_records(KIND, base.records, entries)
        self._matcher = LexiconMatcher(
            (record for record in records if record.value or record.blocked),
            descriptors=DESCRIPTORS,
        )
        self._base_version = base.version
        self._records = records
        self._records_by_name: dict[tuple[str, int | None], tuple[LexiconRecord, ...]] = {}

    @cached_property
    def version(self) -> str:
        """Changes whenever the lexicon or the project's entries change."""
        return f"actors-{self._base_version}-{fingerprint(self._base_version, self._records)}"

    def __len__(self) -> int:
        """How many distinct surface keys the suggester looks for."""
        return len(self._matcher)

    def __call__(self, context: SuggestContext) -> list[Suggestion]:
        return self.suggest(context)

    def suggest(self, context: SuggestContext) -> list[Suggestion]:
        hits = self._matcher.find(context)
        hits += self._attributed_attacks(context, hits)
        hits += self._elided(context, hits)
        hits += self._states_joined(context, hits)
        defaults = {
            word: self._records_of(name, context.published) for word, name in _BY_DEFAULT.items()
        }
        hits += self._foreign_soldiers(context, hits)
        hits += self._foreign_visitors(context, hits)
        if _CONVOY in context.normalized.text:
            hits += self._convoys_struck(context, hits)
        hits += self._commands_claiming(context, hits)
        if _INTERIOR_MINISTRY_WORDS in context.normalized.text:
            hits += self._interior_ministry_claiming(context, hits)
        if _ENGINEERING in context.normalized.text:
            hits += self._engineering_units(context, hits)
        if _KURDISH_FORCES_WORDS in context.normalized.text:
            hits += self._kurdish_forces(context, hits)
        hits += self._neutralised(context, hits)
        hits += _anaphors(context, hits, defaults)
        hits += _possessed_forces(context, hits)
        if _FORMERLY in context.text or _NOW in context.text:
            hits = _formerly_named(context, hits)
        if _OPPOSITION in context.normalized.text:
            hits += self._the_opposition_fighting(context, hits)
        hits.sort(key=lambda hit: hit.start)
        named = hits  # (with the parties that only speak: whose "our forces" they say)
        holding = _holding(context, hits)
        hits = [
            hit
            for hit in hits
            if not _russian_made(context, hit)
            and hit.start not in holding
            and not _only_speaking(context, hit)
            and not _backer_only(context, hit)
            and not _another_state_s_security(context, hit)
            and not _authorities_not_acting(context, hit)
            and not _none_hurt_among(context, hit)
            and not _factions_of_another(context, hit)
        ]
        text = context.normalized.text
        if any(name in text for name in _TURKISH_WORDS) and _TURKISH_NAMES.search(text):
            hits = self._enemy_of_turkey(context, hits)
        elif _ISLAMIC_STATE_NAMED.search(text):
            hits = self._enemy_is_the_islamic_state(context, hits)
        if _TURKISH_OCCUPATION in text:
            hits = self._occupation_of_turkey(context, hits, _ISRAELI_OCCUPATION not in text)
        elif _OCCUPATION in text:
            hits = self._occupation_of_israel(context, hits)
        if INTERNAL_SECURITY in text:
            hits = self._internal_security_by_region(context, hits)
        if "مسلح" in text:
            if _STATE_MEDIA_S_ARMY in text and not after_the_fall(context.published):
                hits = self._gunmen_in_the_state_s_words(context, hits)
            hits = _gunmen_tied_to_a_group(context, hits)
            if after_the_fall(context.published):
                hits = self._gunmen_of_no_side(context, hits)
        hits = [_of_a_foreign_state(context, hit) for hit in hits]
        if _BACKING_WORDS.search(text):
            hits = self._backers(context, hits)
        if _RESIDENTS in text:
            hits = self._residents(context, hits)
        if _RESIDENTS_OF in text or _DWELLERS_OF in text:
            hits = self._residents_protesting(context, hits)
        if _CITIZENS in text:
            hits = self._citizens_protesting(context, hits)
        if _PARTICIPANTS in text:
            hits = self._participants_of_a_protest(context, hits)
        if _GANG in text:
            hits = [hit for hit in hits if not _a_gang_in_words(context, hit)]
        if _SECURITY in text:
            hits = self._security_by_its_fire(context, hits)
        if _JORDANIAN in text:
            hits = self._jordan_s_own_names(context, hits)
        if _SMUGGLER in text:
            hits = self._smugglers_fighting(context, hits)
        if _GENERAL_SECURITY in text:
            hits = self._security_of_tahrir_al_sham(context, hits)
            if after_the_fall(context.published) and _ARMY_BESIDE_SECURITY.search(text):
                hits = self._army_beside_the_security(context, hits)
        if any(stem in text for stem in _OUR_STEMS):
            hits = self._our_forces(context, hits, named)
        if any(word in text for word in _AIRCRAFT_WORDS):
            hits = self._its_aircraft(context, hits)
        if _AIRCRAFT_AGAIN.search(text):
            hits = _with_hits(hits, _aircraft_named_again(context, hits))
        if any(word in text for word in _AIR_FORCE_WORDS):
            hits = _with_hits(hits, self._regime_air_force_alone(context, hits))
        if _RESISTANCE in text and "العراق" in text:
            hits = self._resistance_of_iraq(context, hits)
        if _AIR_FORCE_WORD in text:
            hits = _with_hits(hits, _air_force_of_the_army_named(context, hits))
        if _BELONGING_WORD in text:
            hits = _with_hits(hits, _units_of_a_known_actor(context, hits))
        return suggestions_of(context, KIND, hits, ("name", "inter"))

    def _its_aircraft(self, context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
        """A state's aircraft named by its pronoun (قالت وزارة الدفاع الروسية إن طائراتها
        دمرت): its air force, where the lexicon lists one (Russia's), not its forces."""
        found = []
        for hit in hits:
            air: list[LexiconRecord] = []
            if _AIRCRAFT_OF_ITS_OWN.fullmatch(normalize_key(context.text[hit.start : hit.end])):
                stems = {_AIR_FORCE_STEMS.get(str(r.value.get("name")), "") for r in hit.records}
                air = [
                    record
                    for stem in stems - {""}
                    for record in self._records_of(f"الطيران ال{stem}", context.published)
                    if str(record.value.get("name")).endswith(_AIR_FORCE)
                ]
            if air:
                found.append(
                    dataclasses.replace(hit, records=_no_surer_than(air, ANAPHOR_CONFIDENCE))
                )
            else:
                found.append(hit)
        return found

    def _army_beside_the_security(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """The army named alone beside the General Security, after the regime's fall
        (وحدات من الأمن العام والجيش, 18 عنصراً من الجيش والأمن العام): the new state's."""
        records = self._records_of(_SYRIAN_ARMY, context.published)
        if not records:
            return hits
        normalized = context.normalized
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found = []
        for match in _ARMY_BESIDE_SECURITY.finditer(normalized.text):
            # (not Lebanon's or Jordan's: الجيش والأمن العام اللبنانيان, في البقاع)
            if beside_another_state(normalized.text, match.start(), match.end("pair")):
                continue
            first, last = normalized.span(*match.span("name"))
            if not taken.overlaps(first, last):
                found.append(LexiconHit(first, last, records))
        return _with_hits(hits, found)

    def _gunmen_in_the_state_s_words(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """Gunmen named without the article in the regime's own words (an article that calls
        its army الجيش العربي السوري): the armed opposition, as it names the definite
        المسلحين (قذائف هاون أطلقها مسلحون, اعتقلت 23 مسلحاً). Not unknown gunmen, gunmen
        of a group or side named after them, nor gunmen among evacuees counted (بينهم 650
        مسلحا): those leave under a deal, no party to a fight."""
        records = self._records_of(_REBELS_IN_THE_STATE_S_WORDS, context.published)
        if not records:
            return hits
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        text = context.normalized.text
        found = []
        for match in _INDEFINITE_GUNMEN.finditer(text):
            first, last = context.normalized.span(*match.span("name"))
            sentence = sentence_around(text, match.start())
            if (
                match["among"] is None
                and not taken.overlaps(first, last)
                and not _A_NOUN_THEY_QUALIFY.search(text, max(match.start() - 16, 0), match.start())
                and not (match["name"] == "مسلحا" and _ARMED_WITH.match(text, match.end()))
                and not _NO_REBELS_AROUND.search(text, *sentence)
                and not _another_group_named(context, hits, sentence[0], match.start())
            ):
                found.append(LexiconHit(first, last, records))
        return _with_hits(hits, found)

    def _internal_security_by_region(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """قوى الأمن الداخلي where the article is not about the Kurdish northeast: the
        interior ministry's forces, which bear the name in the rest of Syria (its police;
        from the regime's fall, the new government's General Security), not the Asayish;
        and in a sentence about another state, that state's police (no Syrian actor)."""
        fallen = after_the_fall(context.published)
        # (the General Security's lexicon entry starts with 2025: its first weeks too)
        on = dt.date(2025, 6, 30) if fallen else context.published
        records = self._records_of(_GENERAL_SECURITY_NAME if fallen else _POLICE_NAME, on)
        kept = []
        for hit in hits:
            if (
                hit.records
                and hit.records[0].value.get("name") == _ASAYISH
                and normalize_key(context.text[hit.start : hit.end]).endswith(INTERNAL_SECURITY)
            ):
                force = internal_security_force(context, hit.start, hit.end)
                if force is Force.ABROAD:
                    continue
                if records and force is Force.GOVERNMENT:
                    kept.append(dataclasses.replace(hit, records=records))
                    continue
            kept.append(hit)
        return kept

    def _resistance_of_iraq(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """The Islamic Resistance named short (المقاومة الإسلامية: Hezbollah's name for
        its fighters) where the article last named, before it, the one in Iraq rather than
        Hezbollah (else where it names the one in Iraq first after it): that one."""
        iraqi = self._records_of(_IRAQI_RESISTANCE_NAME, context.published)
        if not iraqi:
            return hits
        text = context.normalized.text
        named = [(m.start(), m[0] != "حزب الله") for m in _RESISTANCE_NAMED.finditer(text)]
        found = []
        for hit in hits:
            key = normalize_key(context.text[hit.start : hit.end])
            if not key.endswith(_RESISTANCE):
                found.append(hit)
                continue
            start = context.normalized.normalized_index(hit.start)
            before = [in_iraq for at, in_iraq in named if at < start]
            after = [in_iraq for at, in_iraq in named if at > start]
            nearest = before[-1:] or after[:1]
            found.append(dataclasses.replace(hit, records=iraqi) if any(nearest) else hit)
        return found

    def _gunmen_of_no_side(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """Gunmen by the generic word (المسلحون), since the regime fell: no longer the
        opposition, which is the state now, but an armed group no one names (the news
        gold of 2025 articles: 21 such, none the opposition)."""
        unidentified = self._records_of(_UNIDENTIFIED_GROUP, context.published)
        if not unidentified:
            return hits
        replaced: dict[int, LexiconHit] = {}
        for hit in hits:
            if (
                hit.records
                and hit.records[0].value.get("name") == _REBELS_NAME
                and hit.records[0].confidence <= GENERIC_ENEMY_CONFIDENCE
                and _GUNMEN_WORD.fullmatch(normalize_key(context.text[hit.start : hit.end]))
                and not _A_GROUP_AFTER.match(context.text, hit.end)
            ):
                records = _with_confidence(unidentified, hit.records[0].confidence)
                replaced[id(hit)] = dataclasses.replace(hit, records=records)
        return _with_replacements(hits, replaced, [])

    def _smugglers_fighting(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """Smugglers in a sentence of fighting or fire (اشتبكت قوات حرس الحدود مع مهربين,
        مقتل خمسة مهربين برصاص): an armed group no one names; not the smugglers refugees
        pay, nor those arrested."""
        records = _with_confidence(
            self._records_of(_UNIDENTIFIED_GROUP, context.published), SMUGGLERS_CONFIDENCE
        )
        if not records:
            return hits
        text = context.normalized.text
        return _with_sentence_hits(
            context,
            hits,
            _SMUGGLERS,
            records,
            lambda start, end: _FIGHTING.search(text, start, end) is not None,
        )

    def _our_forces(
        self, context: SuggestContext, hits: list[LexiconHit], named: list[LexiconHit]
    ) -> list[LexiconHit]:
        """Forces a party calls its own: inside a quote, those of the armed party named in
        the words that open it (the speaker's: قال المتحدث باسم «قسد» إن «مقاتلينا ...»,
        قال المتحدث باسم الجيش اللبناني إن «جيشنا الباسل»), not a party named before
        that sentence (often the enemy); else, with the state media's epithets (قواتنا
        المسلحة, وحداتنا الباسلة, جيشنا الباسل), Syria's army."""
        normalized = context.normalized
        text = normalized.text
        armed = _armed_parties(context, named)
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found: list[LexiconHit] = []
        for match in _OUR_FORCES.finditer(text):
            opening = _opening_quote(text, match.start())
            before: list[LexiconHit] = []
            if opening is not None:
                sentence_start = sentence_around(text, opening)[0]
                lo = max(sentence_start, opening - _SPEAKER_REACH)
                # (not a party inside an earlier quote of the sentence: مضيفاً أن «ثمانية من
                # مقاتلينا» after «... عناصر داعش»: the same speaker's fighters)
                before = [
                    hit
                    for start, end, hit in armed
                    if lo <= start
                    and end <= opening
                    and not _inside_a_quote(text, sentence_start, start)
                ]
            if before:
                spoken_for = [hit for hit in before if _spoken_for(context, hit)]
                records = (spoken_for[:1] or before[-1:])[0].records
            elif match["army"] or match["army2"]:
                records = self._records_of("الجيش السوري", context.published)
            else:
                continue
            first, last = normalized.span(*match.span("noun"))
            if records and not taken.overlaps(first, last):
                guessed = _no_surer_than(records, ANAPHOR_CONFIDENCE)
                found.append(LexiconHit(first, last, guessed))
        return _with_hits(hits, found)

    def _security_of_tahrir_al_sham(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """The General Security (جهاز الأمن العام) of an article about Tahrir al-Sham
        before the regime fell: the group's own security service in Idlib, which the
        news coders code as the group (after, the government's, under its own entry)."""
        if after_the_fall(context.published):
            return hits
        text = context.normalized.text
        if _TAHRIR_AL_SHAM not in text:
            return hits
        records = _with_confidence(
            self._records_of("هيئة تحرير الشام", context.published), _HTS_SECURITY_CONFIDENCE
        )
        if not records:
            return hits
        return _with_sentence_hits(
            context,
            hits,
            _HTS_SECURITY,
            records,
            lambda start, end: (
                _HTS_COUNTRY.search(text, start, end) is not None
                and _ANOTHER_SECURITY.search(text, start, end) is None
            ),
        )

    def _jordan_s_own_names(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """In a sentence that names Jordan's forces and no other state's, the names its army
        gives itself and its border guard without a state (القوات المسلحة الأردنية – الجيش
        العربي, قوات حرس الحدود): Jordan's (not Syria's Arab army, الجيش العربي السوري)."""
        records = self._records_of(_JORDAN_S_FORCES, context.published)
        normalized = context.normalized
        text = normalized.text
        jordan = [
            normalized.normalized_index(hit.start)
            for hit in hits
            if records and any(record.target == records[0].target for record in hit.records)
        ]
        if not jordan:
            return hits
        return _with_sentence_hits(
            context,
            hits,
            _JORDAN_S_OWN_NAMES,
            records,
            lambda start, end: (
                any(start <= at < end for at in jordan)
                and not _OTHER_STATE_S_FORCES.search(text, start, end)
            ),
        )

    def _security_by_its_fire(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """The security forces named by the word alone after their fire (قتلى برصاص الأمن,
        بنيران الأمن): the forces the lexicon gives قوات الأمن for the article's year."""
        records = self._records_of(_SECURITY_FORCES, context.published)
        if not records:
            return hits
        return _with_sentence_hits(context, hits, _SECURITY_FIRE, records, lambda _s, _e: True)

    def _residents_protesting(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """The residents of a place (أهالي حي الوعر, سكان الحيين) who gather in a protest of
        their own clause, a time set apart by commas aside (نظم العشرات من أهالي حي الوعر
        وقفة احتجاجية; خرج مئات من أهالي مرمريتا، مساء الأربعاء، في وقفة): protesters, as
        most news writers mark them; not the displaced, arrested or speaking beside
        another's protest (نزح أهالي البلدة، في حين خرجت مظاهرة)."""
        normalized = context.normalized
        text = normalized.text
        protesters = self._records_of(_PROTESTERS, context.published)
        if not protesters:
            return hits
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found: list[LexiconHit] = []
        for match in _RESIDENTS_OF_A_PLACE.finditer(text):
            # (their own clause's protest, past a time set apart by commas: خرج مئات من
            # أهالي مرمريتا، مساء الأربعاء، في وقفة احتجاجية)
            after = _SENTENCE_OR_CONTRAST.search(text, match.end(), match.end() + _PROTEST_REACH)
            end = after.start() if after is not None else match.end() + _PROTEST_REACH
            protest = _PROTEST_WORD.search(text, match.end(), end)
            if protest is None or not _its_own_clause(text, match.end(), protest.start()):
                continue
            if not _GATHERING_BEFORE.search(text, max(match.start() - 40, 0), match.start()):
                continue  # (not the displaced or arrested: نزح أهالي, اعتقلت عددا من أهالي)
            first, last = normalized.span(*match.span("noun"))
            if taken.overlaps(first, last) or set_abroad(
                text, *sentence_around(text, match.start())
            ):
                continue  # (خرج المئات من سكان بغداد في تظاهرة: not Syria's protesters)
            guessed = _with_confidence(protesters, _RESIDENTS_PROTESTING_CONFIDENCE)
            found.append(LexiconHit(first, last, guessed))
        return _with_hits(hits, found)

    def _citizens_protesting(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """Citizens who go out or gather in a protest of their own clause (خرج آلاف
        المواطنين في تظاهرة حاشدة): protesters, as the residents are (see above)."""
        text = context.normalized.text
        protesters = self._records_of(_PROTESTERS, context.published)
        if not protesters:
            return hits
        guessed = _with_confidence(protesters, _RESIDENTS_PROTESTING_CONFIDENCE)
        replaced: dict[int, LexiconHit] = {}
        for hit in hits:
            if normalize_key(context.text[hit.start : hit.end]).removeprefix("و") not in (
                _CITIZEN_FORMS
            ):
                continue
            start = context.normalized.normalized_index(hit.start)
            end = context.normalized.normalized_index(hit.end)
            if not _CITIZENS_GATHERING_BEFORE.search(text, max(start - 40, 0), start):
                continue
            protest = _PROTEST_WORD.search(text, end, end + _CITIZENS_TO_THEIR_PROTEST)
            if protest and not _NOT_THEIR_PROTEST.search(text, end, protest.start()):
                replaced[id(hit)] = dataclasses.replace(hit, records=guessed)
        return _with_replacements(hits, replaced, [])

    def _participants_of_a_protest(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """Those taking part in a protest, named as its participants (اعتقلت عددا من
        المشاركين فيها, ورفع المشاركون في الوقفة لافتات): protesters, where a protest is
        named right after them or in the sentence or paragraph before; not one of them
        who speaks (وقال أحد المشاركين في الاحتجاج)."""
        normalized = context.normalized
        text = normalized.text
        protesters = self._records_of(_PROTESTERS, context.published)
        if not protesters:
            return hits
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        guessed = _with_confidence(protesters, _PARTICIPANTS_CONFIDENCE)
        found: list[LexiconHit] = []
        for match in _PROTEST_PARTICIPANTS.finditer(text):
            if _ONE_OF_BEFORE.search(text, max(match.start() - 8, 0), match.start()):
                continue
            of_what = _IN_WHAT.match(text, match.end())
            if of_what is not None and of_what["what"] is not None:
                if not _PROTEST_WORD.fullmatch(of_what["what"]):
                    continue  # (المشاركين في الهجوم, في المؤتمر: no protest's)
            else:
                paragraph = text.rfind("\n", 0, match.start()) + 1
                sentence_start = sentence_around(text, match.start())[0]
                before = max(paragraph, sentence_start, match.start() - _PARTICIPANTS_REACH)
                if not _PROTEST_WORD.search(text, before, match.end() + 20):
                    continue
            first, last = normalized.span(*match.span("noun"))
            if not taken.overlaps(first, last):
                found.append(LexiconHit(first, last, guessed))
        return _with_hits(hits, found)

    def _residents(self, context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
        """الأهالي (the residents) are a party only as the target of an attack (فتحوا النار
        على الأهالي, استهدفت تجمعا للأهالي) or as protesters (تظاهر عشرات من الأهالي);
        as who speaks, fears or owns (قال الأهالي, منازل الأهالي) they are none. The news
        writers leave 15 of 28 unmarked, mark 9 as civilians and 4 as protesters."""
        text = context.normalized.text
        protesters = self._records_of(_PROTESTERS, context.published)  # (by its Arabic name)
        kept: list[LexiconHit] = []
        for hit in hits:
            start = context.normalized.normalized_index(hit.start)
            end = context.normalized.normalized_index(hit.end - 1) + 1
            if text[start:end] not in _RESIDENT_FORMS:
                kept.append(hit)
            elif protesters and _PROTEST_WORD.search(text, *sentence_around(text, start)):
                guessed = _with_confidence(
                    protesters, hit.records[0].confidence
                )  # (a reading of the sentence: as sure as the generic word)
                kept.append(LexiconHit(hit.start, hit.end, guessed))
            elif _TARGETED_BEFORE.search(text, max(start - 20, 0), start):
                kept.append(hit)
        return kept

    def _elided(self, context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
        """Names of a second country given by its adjective alone (… الروسية أو السورية),
        and of a third after it (المقاتلات الأمريكية والبريطانية والفرنسية)."""
        found: list[LexiconHit] = []
        text = context.text
        for hit in hits:
            name = text[hit.start : hit.end]
            last_space = name.rfind(" ")
            if last_space < 0 or match_key(name[last_space + 1 :]) not in _NATIONALITY_KEYS:
                continue
            end = hit.end
            for _ in range(_MOST_ELIDED):
                following = _ELIDED_NEXT.match(text, end)
                if following is None or match_key(following["word"]) not in _NATIONALITY_KEYS:
                    break
                elided = self._elided_name(context, hit, name[:last_space], following)
                if elided is None:
                    break
                found.append(elided)
                end = following.end("word")
        return found

    def _elided_name(
        self,
        context: SuggestContext,
        hit: LexiconHit,
        head: str,
        following: re.Match[str],
    ) -> LexiconHit | None:
        """The name an adjective after ``hit`` stands for, as if written in full with the
        head of ``hit``'s name, read with the article's year."""
        full = f"{head} {following['word']}"
        whole = self._matcher.find(SuggestContext.of(full, context.published))
        start, end = following.span("word")
        if len(whole) == 1 and (whole[0].start, whole[0].end) == (0, len(full)):
            return dataclasses.replace(whole[0], start=start, end=end)
        if any(
            record.value.get("inter") in (STATE_FORCES, EXTERNAL_FORCES) for record in hit.records
        ):
            # an attribution (دورية عسكرية روسية تركية): the second state's forces
            stem = match_key(following["word"]).removeprefix("ال").removesuffix("ه")
            records = self._records_of(f"القوات ال{stem}ه", context.published)
            if records:
                return LexiconHit(start, end, records)
        return None

    def _attributed_attacks(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """The forces of a state its attacks are attributed to (الهجمات الروسية)."""
        found: list[LexiconHit] = []
        normalized = context.normalized
        if not any(word in normalized.text for word in (*_STATE_WORDS, *_SAME_STATE)):
            return found
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        russian_air = _RUSSIAN_AIRCRAFT.search(normalized.text) is not None
        for match in _ATTRIBUTED_ATTACK.finditer(normalized.text):
            noun = match["noun"].removeprefix("ال").removeprefix("لل")
            adjective = (match["adjective"] or "").removeprefix("ال")
            air = noun in _AIR_NOUNS or adjective in _AIR_ADJECTIVES
            # A military intervention only: التدخل الروسي alone may be welcomed or
            # diplomatic; تدخل روسيا العسكري has its adjective after the name.
            if (
                noun == "تدخل"
                and not adjective.startswith("عسكري")
                and not normalized.text.startswith(" العسكري", match.end())
            ):
                continue
            if normalized.text.startswith(" الصنع", match.end()):
                continue  # صواريخ روسيه الصنع: made there, fired by anyone
            if noun.startswith(_AIRDROP) and _AID.search(
                normalized.text, match.end(), match.end() + 30
            ):
                continue  # انزال جوي روسي لمساعدات غذائيه: an aid drop, no raid
            if noun in _BLAMING and not _BLAMED_FOR_AN_ATTACK.match(normalized.text, match.end()):
                continue  # محملين روسيا مسؤولية المجازر: blame without an attack named
            if noun in _MODEL_BEARERS and (
                _text_before_is_a_sale(normalized.text, match.start())
                or normalized.text.startswith(_BELONGING_AFTER, match.end())
            ):
                continue  # صفقة طائرات سو-35 الروسية, الطائرات الروسية التابعة لسلاح الجو السوري
            if match["model"] and noun not in _MODEL_BEARERS:
                continue
            if (
                noun in _NEEDS_A_WORD_OF_WAR
                and not match["noun"].startswith(("ال", "لل"))
                and not (adjective or match["hedge"] or match["model"])
                and not _ATTACKING_AFTER.match(normalized.text, match.end())
            ):
                continue  # طائرة إيرانية هبطت, تسلمت مدرعات أمريكية: no attack
            if (
                noun in _VEHICLES
                and not _VEHICLES_HARMING_BEFORE.search(
                    normalized.text, max(match.start() - 20, 0), match.start()
                )
                and not _VEHICLES_HARMING_AFTER.match(normalized.text, match.end())
            ):
                continue  # شحنة من الآليات الأمريكية, الجرافات التركية تبني الجدار: no attack
            if noun in _BASES and not _a_base_attacked(normalized.text, match):
                continue  # في القاعدة الروسية بحميميم: where, not a party attacked
            if _CARGO_BEFORE.search(normalized.text, max(match.start() - 14, 0), match.start()):
                continue  # شحنات صواريخ ايرانيه, مستودعات اسلحه روسيه: weapons as cargo
            if (
                noun in _SHELLS
                and not match["noun"].startswith(("ال", "لل"))
                and not _SHELLS_LANDING.match(normalized.text, match.end())
                and not _SHELLS_FIRED_BEFORE.search(
                    normalized.text, max(match.start() - 12, 0), match.start()
                )
            ):
                continue
            if match["state"] is not None:
                stem = match["state"].removeprefix("ال").removesuffix("ه")
                stem = _SAME_STATE.get(stem, stem)
                # (Russia strikes Syria from the air: its shelling, where the article tells
                # of aircraft, is its air force's: مجزرة بقصف روسي ... الطائرات الحربية الروسية)
                air = air or (
                    stem == _RUSSIAN
                    and noun in _STRIKE_NOUNS
                    and russian_air
                    and not adjective
                    and not _GROUND_OR_SEA_AFTER.match(normalized.text, match.end())
                )
                opens = "adjective" if noun in _SUBJECT_VERBS and match["adjective"] else "noun"
                first, last = normalized.span(match.start(opens), match.end("state"))
            else:
                stem = _STATE_NAME_FORMS[match["name"]]
                first, last = normalized.span(*match.span("name"))
            if taken.overlaps(first, last):
                continue
            forces = f"الطيران ال{stem}" if air else f"القوات ال{stem}ه"
            records = self._records_of(forces, context.published)
            if not records and air:
                records = self._records_of(f"القوات ال{stem}ه", context.published)
            if records:
                found.append(LexiconHit(first, last, records))
                taken.add(first, last)
        subjects = [(m, "name") for m in _STATE_SUBJECT.finditer(normalized.text)]
        subjects += [(m, "name") for m in _STATE_CAMPAIGNING.finditer(normalized.text)]
        if any(word in normalized.text for word in _ALLIES_WORDS):
            subjects += [
                (m, "name") for m in _STATE_AND_ALLIES_CAMPAIGNING.finditer(normalized.text)
            ]
        subjects += [
            (m, "name" if m["name"] else "launcher")
            for m in _STATE_BACKGROUND.finditer(normalized.text)
        ]
        subjects += [
            (m, "name")
            for m in _AGREEMENT_PARTY.finditer(normalized.text)
            if _A_TRUCE.search(normalized.text, *_clause_around(normalized.text, m))
        ]
        subjects += [(m, "name") for m in _TRUCE_DECLARED.finditer(normalized.text)]
        if "نسب" in normalized.text:  # (most articles attribute nothing: skip the scan)
            subjects += [(m, "name") for m in _ATTRIBUTED_TO.finditer(normalized.text)]
        subjects += [
            (m, "name")
            for m in _STATE_ESCALATES.finditer(normalized.text)
            if _WAR_WORDS.search(normalized.text, *line_around(normalized.text, m.start()))
        ]
        for match, group in subjects:
            first, last = normalized.span(*match.span(group))
            if taken.overlaps(first, last):
                continue
            stem = _STATE_NAMES[match[group]]
            records = self._records_of(f"القوات ال{stem}ه", context.published)
            if records:
                found.append(LexiconHit(first, last, records))
                taken.add(first, last)
        return found

    def _states_joined(self, context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
        """A state joined by و to an armed actor is its partner's fellow attacker: تصعيد
        لقوات الأسد وروسيا, قوات النظام وإيران name the state's forces."""
        normalized = context.normalized
        if not any(name in normalized.text for name in _JOINED_STATES):
            return []
        found: list[LexiconHit] = []
        for hit in hits:
            if not any(record.value.get("inter") in ARMED_FORCES for record in hit.records):
                continue
            start = normalized.normalized_index(hit.start)
            end = normalized.normalized_index(hit.end)
            # (each of a list: روسيا وتركيا وايران)
            while (joined := _JOINED_STATE.match(normalized.text, end)) is not None:
                stem = _STATE_NAME_FORMS[joined["name"]]
                # بغارات النظام وروسيا: the state's air force, where the lexicon has one
                air = _names_strikes_from_the_air(normalized.text, start, joined.start())
                records = (
                    air and self._records_of(f"الطيران ال{stem}", context.published)
                ) or self._records_of(f"القوات ال{stem}ه", context.published)
                if not records:
                    break
                found.append(LexiconHit(*normalized.span(*joined.span("name")), records))
                end = joined.end()
        return found

    def counted_soldiers(self, context: SuggestContext) -> list[Suggestion]:
        """Soldiers a casualty counts (``ctx.earlier``'s casualties), named by their noun
        alone: their state's forces, by the adjective after them (ثلاثة عسكريين روس,
        جنود أمريكيين), else the Syrian army of the article's year (مقتل ستة جنود); and
        police counted so (استشهد شرطيان, ثلاثة من عناصر الشرطة), the country's police."""
        spans = sorted({(s.start, s.end) for s in context.earlier if s.kind == "casualty"})
        if not spans:
            return []
        taken = TakenSpans((s.start, s.end) for s in context.earlier if s.kind == KIND)
        normalized = context.normalized
        found: list[Suggestion] = []
        for start, end in spans:
            # (the noun may stand before its number word: استشهاد عسكريين اثنين)
            before = _WORD_BEFORE_SPAN.search(context.text, max(start - 20, 0), start)
            words = [before.span()] if before is not None else []
            for word in _WORD.finditer(context.text, start, min(end + 30, len(context.text))):
                if word.start() > end + 1:
                    break
                words.append(word.span())
            after_count = normalized.normalized_index(end)
            for pattern in (_SOLDIERS_AMONG, _POLICE_AFTER_A_COUNT):
                named = pattern.match(normalized.text, after_count)
                if named is not None:
                    words.append(normalized.span(*named.span("noun")))
            for first, word_end in words:
                forces = self._forces_counted(context, first, word_end, taken)
                if forces is None:
                    continue
                last, records = forces
                if records and not taken.overlaps(first, last):
                    taken.add(first, last)
                    hit = LexiconHit(first, last, records)
                    found += suggestions_of(context, KIND, [hit], ("name", "inter"))
        return found

    def _forces_counted(
        self, context: SuggestContext, first: int, end: int, taken: TakenSpans
    ) -> tuple[int, tuple[LexiconRecord, ...]] | None:
        """The forces a counted word names (where their span ends, their records), or
        None for a word that names none."""
        noun = normalize_key(context.text[first:end]).removeprefix("و")
        if noun in _POLICE:
            return end, self._records_of(_POLICE_NAME, context.published)
        if noun in _MEMBERS:
            if _OF_A_GROUP.match(context.text, end):
                return None  # (عنصرين من الحاجز, ثلاثة عناصر من قسد: named after them)
            target = _the_force_attacked(context, first)
            return (end, target) if target else None
        if noun in _COUNTED_ENEMY:
            if _OF_A_GROUP.match(context.text, end) and taken.overlaps(end, end + 12):
                return None  # 35 ارهابيا من «جبهة النصرة»: the group is named
            return end, self._enemy_counted(context, first)
        if noun not in _SOLDIERS:
            return None
        if _OF_A_GROUP.match(context.text, end) and taken.overlaps(end, end + 12):
            return None  # ستة جنود من الفرقة الرابعة: the unit is named, not the noun
        after = _NATIONALITY_AFTER.match(context.text, end)
        adjective = normalize_key(after[1]) if after else ""
        stem = ACCUSATIVE_ADJECTIVES.get(adjective) or _army_telling_its_losses(context, first)
        last = after.end() if after and adjective in ACCUSATIVE_ADJECTIVES else end
        return last, self._records_of(f"القوات ال{stem}ه", context.published)

    def _neutralised(self, context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
        """The "terrorists" a statement says were neutralised (تحييد 184 إرهابياً)."""
        text = context.normalized.text
        if "تحييد" not in text and "حيدت" not in text:
            return []
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found: list[LexiconHit] = []
        for match in _NEUTRALISED.finditer(text):
            start, end = context.normalized.span(*match.span("noun"))
            records = self._enemy_counted(context, start)
            if records and not taken.overlaps(start, end):
                taken.add(start, end)
                found.append(LexiconHit(start, end, records))
        return found

    def _enemy_counted(self, context: SuggestContext, first: int) -> tuple[LexiconRecord, ...]:
        """The group "terrorists" counted at ``first`` stand for, by their sentence."""
        text = context.normalized.text
        start, end = sentence_around(text, context.normalized.normalized_index(first))
        if _TURKEY_COUNTING.search(text, start, end):
            if _IN_IRAQ.search(text, start, end):
                return ()
            return self._records_of("وحدات حمايه الشعب", context.published)
        islamic_state = self._records_of("تنظيم الدوله", context.published)
        if _ISLAMIC_STATE_NAMED.search(text, start, end):
            return islamic_state
        # (the only rebel group named before, by a name of its own: the state media's
        # terrorists of an article about the Islamic State)
        named_before = {
            str(s.value.get("name"))
            for s in context.earlier
            if s.kind == KIND
            and s.start < first
            and s.value.get("inter") == _REBELS
            and _TERROR not in normalize_key(s.text)
        }
        enemy = (
            islamic_state
            if islamic_state and named_before == {islamic_state[0].value.get("name")}
            else self._records_of("الارهابيين", context.published)
        )
        return _with_confidence(enemy, GENERIC_ENEMY_CONFIDENCE)

    def _foreign_soldiers(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """Soldiers named with their nationality (جنوداً إسرائيليين أطلقوا النار, جنود
        أتراك), counted or not: that state's forces."""
        normalized = context.normalized
        if not any(stem in normalized.text for stem in _NATIONALITY_STEMS):
            return []  # (most articles name no foreign soldiers: skip the scan)
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found: list[LexiconHit] = []
        for match in _SOLDIERS_OF_A_STATE.finditer(normalized.text):
            if "افراد" in match["phrase"] and _NOT_ITS_FORCES_AFTER.match(
                normalized.text, match.end()
            ):
                continue  # (الأفراد الأمريكيين المفقودين, العاملين في منظمة: no troops)
            records = self._records_of(
                f"القوات ال{ACCUSATIVE_ADJECTIVES[match['state']]}ه", context.published
            )
            start, end = normalized.span(match.start("phrase"), match.end("phrase"))
            if records and not taken.overlaps(start, end):
                taken.add(start, end)
                found.append(LexiconHit(start, end, records))
        return found

    def _convoys_struck(self, context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
        """A state's military convoy struck in its sentence (غارة جوية تستهدف رتلاً
        تركياً, بغارة محيط رتل عسكري تركي, رتل تركي تعرض لقصف): that state's forces, the
        target. Not a convoy only escorted (كانت ترافق رتلاً), nor a strike negated."""
        normalized = context.normalized
        text = normalized.text
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found: list[LexiconHit] = []
        for match in _CONVOY_OF_A_STATE.finditer(text):
            sentence_start = sentence_around(text, match.start())[0]
            reach = max(match.start() - _CONVOY_STRUCK_REACH, sentence_start)
            before = text[reach : match.start()]
            struck = _STRIKING_A_CONVOY.search(before) or _CONVOY_STRUCK_AFTER.match(
                text, match.end()
            )
            if not struck or _ESCORTING.search(before[-16:]) or _NOT_STRUCK.search(before):
                continue
            if _NOT_A_MILITARY_CONVOY.match(text, match.end()):
                continue  # (رتلا روسيا للمساعدات الانسانيه)
            state = "امريكي" if match["state"] == "اميركي" else match["state"]
            records = self._records_of(f"القوات ال{state}ه", context.published)
            start, end = normalized.span(*match.span("phrase"))
            if records and not taken.overlaps(start, end):
                taken.add(start, end)
                found.append(LexiconHit(start, end, records))
        return found

    def _foreign_visitors(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """Pilgrims and tourists named with another state's adjective (زوار عراقيون,
        زائراً إيرانياً): that state's civilians (renamed by ``_of_a_foreign_state``)."""
        normalized = context.normalized
        if not any(stem in normalized.text for stem in _VISITOR_STEMS):
            return []
        records = _with_confidence(
            self._records_of("المدنيين", context.published), _VISITORS_CONFIDENCE
        )
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found: list[LexiconHit] = []
        text = normalized.text
        for match in _VISITORS.finditer(text):
            first, _last = sentence_around(text, match.start())
            if not _VISITORS_HURT.search(
                text, max(first, match.start() - _HURT_REACH), match.start()
            ):
                # (what befell them is told before them: بينهم 14 زائراً, استهدفا زواراً; not
                # those who come every year, nor who speak: وقال زوار عراقيون إنهم سمعوا)
                continue
            start, end = normalized.span(*match.span("noun"))
            if (
                records
                and foreign_state_after(context.text, end)
                and not taken.overlaps(start, end)
            ):
                taken.add(start, end)
                found.append(LexiconHit(start, end, records))
        return found

    def _enemy_is_the_islamic_state(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """Where the only rebel group an article names is the Islamic State (besides the
        Kurdish-led forces fighting it, whose spokesmen call it so too), the "terrorists"
        of the state's media (الإرهابيين) named after it are its fighters: the same weak
        guess as the rebels it gives them elsewhere."""
        islamic_state = self._records_of("تنظيم الدولة", context.published)
        if not islamic_state:
            return hits
        target = islamic_state[0].target
        named = {
            record.target
            for hit in hits
            for record in hit.records
            if record.value.get("inter") == _REBELS and not _terror_word(context, hit)
        }
        # (where Turkey is named, the terrorists may be the factions it backs)
        foes = (
            frozenset()
            if _TURKEY_NAMED.search(context.normalized.text)
            else _FOES_OF_THE_ISLAMIC_STATE
        )
        if named - foes != {target}:
            return hits
        records = _with_confidence(islamic_state, GENERIC_ENEMY_CONFIDENCE)
        # (named before them: not a background line after, وكان الجيش قد طهر البادية من داعش)
        first_named = min(
            (hit.start for hit in hits if any(record.target == target for record in hit.records)),
            default=len(context.text),
        )
        return [
            dataclasses.replace(hit, records=records)
            if first_named < hit.start and _terror_word(context, hit)
            else hit
            for hit in hits
        ]

    def _enemy_of_turkey(self, context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
        """Turkish media's "terrorists" (الإرهابيين) are the YPG it names in its own way
        (بي كا كا/ واي بي جي), as government media's are the opposition: the same weak
        guess, for the group that side calls so."""
        ypg = _with_confidence(
            self._records_of("وحدات حماية الشعب", context.published), GENERIC_ENEMY_CONFIDENCE
        )
        return [
            dataclasses.replace(hit, records=ypg)
            if ypg and normalize_key(context.text[hit.start : hit.end]) in _GENERIC_ENEMY
            else hit
            for hit in hits
        ]

    def _occupation_of_turkey(
        self, context: SuggestContext, hits: list[LexiconHit], only_turkey: bool
    ) -> list[LexiconHit]:
        """Kurdish media name Turkey "the occupation" (الاحتلال التركي) and the SNA its
        mercenaries: مرتزقته, المرتزقة are the SNA; and where no Israeli occupation is
        named too (``only_turkey``), جيش الاحتلال and الاحتلال alone are Turkey's army
        (not Israel's, the lexicon's reading)."""
        army = self._records_of("جيش الاحتلال التركي", context.published)
        mercenaries = self._records_of("مرتزقة الاحتلال التركي", context.published)
        kept = [
            dataclasses.replace(hit, records=army)
            if army
            and only_turkey
            and match_key(context.text[hit.start : hit.end]) in _OCCUPATION_ARMIES
            else hit
            for hit in hits
        ]
        occupiers = dict.fromkeys(_MERCENARIES, mercenaries)
        occupiers[_OCCUPATION] = army if only_turkey else ()
        return _with_occupiers(context, kept, occupiers)

    def _occupation_of_israel(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """Where Israel's army is named and no Turkish occupation, الاحتلال alone is
        Israel's army (والاحتلال يعتقل راعيين, جرفت آليات الاحتلال), as Arab media
        write it once they have named it; not its government, media or the protest
        against it (رئيس حكومة الاحتلال, ضد الاحتلال)."""
        army = self._records_of(_ISRAELI_ARMY, context.published)
        if not army or not any(
            record.target == army[0].target for hit in hits for record in hit.records
        ):
            return hits
        return _with_occupiers(context, hits, {_OCCUPATION: army})

    def _backers(self, context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
        """Groups named by the force they back, joined to it by و (الجيش التركي وفصائل
        سورية موالية له, القوات الحكومية والفصائل المساندة لها): the groups that force's
        backers are coded as (``_BACKERS``); the lexicon's own (الميليشيات الموالية لها:
        the regime's) where the force is not one of those."""
        normalized = context.normalized
        ordered = sorted(hits, key=lambda hit: hit.start)
        starts = [hit.start for hit in ordered]
        replaced: dict[int, LexiconHit] = {}
        added: list[LexiconHit] = []
        for match in _BACKING_GROUP.finditer(normalized.text):
            first, last = normalized.span(*match.span("phrase"))
            before = bisect_left(starts, first) - 1
            while before >= 0 and ordered[before].end > first:
                before -= 1  # (the lexicon's hit on the phrase itself)
            if before < 0 or not ordered[before].records:
                continue
            force = ordered[before]
            if context.text[force.end : first].strip(" " + QUOTE_MARKS) != "و":
                continue  # joined to the force by و, as one party with it
            backers = _BACKERS.get(str(force.records[0].value.get("name")))
            if backers is None:
                continue
            records = _no_surer_than(
                self._records_of(backers, context.published), ANAPHOR_CONFIDENCE
            )
            if not records:
                continue
            same = next((h for h in ordered if h.start < last and first < h.end), None)
            if same is not None:  # (the phrase's own hit, or a word of it: الفصائل)
                start, end = min(same.start, first), max(same.end, last)
                replaced[id(same)] = dataclasses.replace(
                    same, start=start, end=end, records=records
                )
            else:
                added.append(LexiconHit(first, last, records))
        return _with_replacements(hits, replaced, added)

    def _commands_claiming(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """A foreign state's military command claiming its own strikes (أعلنت وزارة الدفاع
        التركية «تحييد» 184 إرهابياً; قالت القيادة المركزية الأمريكية (سنتكوم) إن قواتها
        استهدفت): that state's forces, an actor as well as the source. Not where it denies
        (نفت وزارة الدفاع الروسية أن تكون طائراتها), is spoken for (المتحدث باسم) or tells
        of what others did."""
        text = context.normalized.text
        if not _COMMAND_WORDS.search(text):
            return []
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found: list[LexiconHit] = []
        for match in _COMMAND.finditer(text):
            before = text[max(match.start() - 16, 0) : match.start()]
            if _DENIED_OR_SPOKEN_FOR.search(before):
                continue
            _, sentence_end = sentence_around(text, match.start())
            claim = _OWN_OPERATION.search(text, match.end(), min(sentence_end, match.end() + 90))
            if claim is None or not self._its_own(context, hits, match.end(), claim):
                continue
            state = match["state"] or match["state2"] or match["state3"]
            records = self._records_of(f"القوات {state}", context.published)
            spans = [match.span("name")]
            second = _COMMAND_ABBREVIATION.match(text, match.end())
            if second is not None:
                spans.append(second.span("name"))
            for first, last in spans:
                start, end = context.normalized.span(first, last)
                if records and not taken.overlaps(start, end):
                    taken.add(start, end)
                    found.append(LexiconHit(start, end, records))
        return found

    def _kurdish_forces(self, context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
        """Syria's Kurdish forces by that description (القوات الكردية, القوات الكردية العربية):
        the SDF from its founding, the YPG before it. Not Iraq's (القوات الكردية العراقية,
        beside the places of Iraq's Kurdistan)."""
        founded = context.published is not None and context.published >= _SDF_FOUNDED
        records = self._records_of(_SDF if founded else _YPG, context.published)
        if not records:
            return []
        normalized = context.normalized
        text = normalized.text
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found: list[LexiconHit] = []
        for match in _KURDISH_FORCES.finditer(text):
            if ABROAD_NEAR.search(text, max(match.start() - 50, 0), match.end() + 80):
                continue
            first, last = normalized.span(*match.span("name"))
            if not taken.overlaps(first, last):
                taken.add(first, last)
                found.append(LexiconHit(first, last, records))
        return found

    def _regime_air_force_alone(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """The air force named alone where it strikes (وكان الطيران الحربي قد شن غارات,
        ألقى الطيران المروحي براميل): the regime's before Russia joined it, and its
        helicopters dropping barrels until its fall. Where its sentence named another's
        aircraft before it and points back to them (شن الطيران الروسي غارات ... ثم عاد
        الطيران الحربي وشن), theirs, unless set against them (بينما, فيما). Not a strike
        denied, goods dropped, aircraft a later clause attributes to another or where it
        names another state, strikes on the Islamic State while the coalition struck it
        too, nor abroad."""
        published = context.published
        if published is None or after_the_fall(published):
            return []
        normalized = context.normalized
        text = normalized.text
        matches = [m for m in _AIR_FORCE_ALONE.finditer(text) if _air_force_striking(text, m)]
        records = self._records_of(_SYRIAN_ARMY, published) if matches else ()
        if not records:
            return []
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        air = [hit for hit in hits if _an_air_force(context, hit)]
        starts = [hit.start for hit in air]
        found: list[LexiconHit] = []
        for match in matches:
            name_end = match.end("name")
            if match["adjective"] and state_of_adjective(match["adjective"]) is not None:
                continue  # (the state's: الطيران الحربي الروسي, العراقي)
            barrels = match["kind"] != "الحربي" and _BARRELS_AFTER.match(text, name_end)
            records_here = records if published < _RUSSIA_JOINED or barrels else ()
            first, last = normalized.span(*match.span("name"))
            if taken.overlaps(first, last):
                continue
            sentence_start, sentence_end = sentence_around(text, match.start())
            if _DENIED_BEFORE.search(text, sentence_start, match.start()) or set_abroad(
                text, sentence_start, sentence_end
            ):
                continue
            start, end = normalized.span(sentence_start, sentence_end)
            if not barrels and (
                _ANOTHER_STATE_LATER.search(text, name_end, sentence_end)
                or (
                    published >= _COALITION_BEGAN
                    and _ISLAMIC_STATE_NAMED.search(text, sentence_start, sentence_end)
                )
            ):
                continue  # (وقال مسؤول إسرائيلي إن الطائرات الإسرائيلية نفذت الضربة)
            later = bisect_right(starts, first)
            if (
                not barrels
                and later < len(air)
                and air[later].start < end
                and _ATTRIBUTED_LATER.search(
                    text, name_end, normalized.normalized_index(air[later].start)
                )
            ):
                continue  # (وقالت مصادر إن الطائرات تابعة للتحالف: a later clause's owner)
            earlier = bisect_left(starts, first) - 1
            if not barrels and earlier >= 0 and air[earlier].start >= start:
                owner = air[earlier]
                between = text[normalized.normalized_index(owner.end - 1) + 1 : match.end()]
                if _BACK_TO_THEM.search(between) and not _SET_AGAINST.search(between):
                    records_here = _no_surer_than(owner.records, ANAPHOR_CONFIDENCE)
            if records_here:
                taken.add(first, last)
                found.append(LexiconHit(first, last, records_here))
        return found

    def _engineering_units(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """The army's engineering units named alone (وحدات الهندسة تعمل على تفكيك العبوات):
        Syria's army. Not where the army they belong to follows (وحدات الهندسة في الجيش
        التركي, التابعة للهيئة): that name is the actor."""
        records = self._records_of(_SYRIAN_ARMY, context.published)
        if not records:
            return []
        normalized = context.normalized
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found: list[LexiconHit] = []
        for match in _ENGINEERING_UNITS.finditer(normalized.text):
            first, last = normalized.span(*match.span("name"))
            sentence_start, sentence_end = sentence_around(normalized.text, match.start())
            if ABROAD_NEAR.search(
                normalized.text, sentence_start, sentence_end
            ) or beside_another_state(normalized.text, match.start(), match.end()):
                continue
            if any(
                _OWNER_BEFORE_UNITS.fullmatch(
                    normalized.text, normalized.normalized_index(hit.end - 1) + 1, match.start()
                )
                and any(record.value.get("inter") in _ANOTHER_FORCE_S for record in hit.records)
                for hit in hits
                if hit.end <= first
            ):
                continue
            if not taken.overlaps(first, last):
                taken.add(first, last)
                found.append(LexiconHit(first, last, records))
        return found

    def _interior_ministry_claiming(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """Syria's interior ministry announcing what its units did (أعلنت وزارة الداخلية
        السورية أن وحدات من الأمن العام ألقت القبض على): its forces, an actor as well as
        the source, as a foreign command claiming its strikes is: the General Security
        after the regime's fall, the police before it. Not a source inside it, nor its
        account of what others did."""
        fallen = after_the_fall(context.published)
        forces = _GENERAL_SECURITY_NAME if fallen else _SYRIAN_POLICE
        records = self._records_of(forces, context.published)
        if not records:
            return []
        text = context.normalized.text
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found: list[LexiconHit] = []
        for match in _INTERIOR_MINISTRY.finditer(text):
            if _DENIED_OR_SPOKEN_FOR.search(text, max(match.start() - 16, 0), match.start()):
                continue
            if beside_another_state(text, match.start(), match.end()):
                continue  # (بيروت – قالت وزارة الداخلية إن وحداتها اعتقلت)
            sentence_start, sentence_end = sentence_around(text, match.start())
            units = _ITS_UNITS.search(text, match.end(), min(sentence_end, match.end() + 90))
            acting = False
            if units is not None:
                verb = _UNITS_ACTING.search(text, units.end(), min(sentence_end, units.end() + 50))
                # (not ان وحداتها لم تلق القبض على احد)
                acting = verb is not None and not _NEGATION.search(text, units.end(), verb.start())
            if not acting and not _ARREST_ANNOUNCED.match(text, match.end()):
                continue
            if match["name"].endswith("الداخليه") and ABROAD_NEAR.search(
                text, sentence_start, match.start()
            ):
                continue  # (its dateline or place before it: انقره – اعلنت وزاره الداخليه)
            start, end = context.normalized.span(*match.span("name"))
            if not taken.overlaps(start, end):
                taken.add(start, end)
                found.append(LexiconHit(start, end, records))
        return found

    @staticmethod
    def _its_own(
        context: SuggestContext, hits: list[LexiconHit], after_name: int, claim: re.Match[str]
    ) -> bool:
        """Whether a command's claim is of its own operation: its forces or aircraft by
        their possessive, or a strike word with no other party named before it and no
        negation (not قالت وزاره الدفاع الروسيه ان مقاتلات اسرائيليه نفذت, ان طائراتها لم
        تنفذ)."""
        text = context.normalized.text
        if _NEGATED_CLAIM.search(text, after_name, min(claim.end() + 20, len(text))):
            return False
        if claim["own"] is not None:
            return True
        start, end = context.normalized.span(after_name, claim.start())
        return not any(start <= hit.start < end for hit in hits) and not _ANOTHER_STATE.search(
            text, after_name, claim.start()
        )

    def _the_opposition_fighting(
        self, context: SuggestContext, hits: list[LexiconHit]
    ) -> list[LexiconHit]:
        """The opposition, alone, taking, shelling or attacking (والمعارضة تستعيد سراقب,
        سيطرة المعارضة على ريف القنيطرة): its armed factions, not the political opposition
        spoken of (وفدا الحكومة والمعارضة, اتهمت المعارضة)."""
        records = _no_surer_than(
            self._records_of(_BY_DEFAULT["الفصائل"], context.published), _FIGHTING_CONFIDENCE
        )
        if not records:
            return []
        normalized = context.normalized
        taken = TakenSpans((hit.start, hit.end) for hit in hits)
        found: list[LexiconHit] = []
        for match in _OPPOSITION_FIGHTING.finditer(normalized.text):
            group = next(g for g in ("name", "subject", "retaking", "held") if match[g])
            first, last = normalized.span(*match.span(group))
            if not taken.overlaps(first, last):
                found.append(LexiconHit(first, last, records))
                taken.add(first, last)
        return found

    def _records_of(self, name: str, published: dt.date | None) -> tuple[LexiconRecord, ...]:
        """The records of a name written in full, read with the article's year (kept per
        name and year: a whole lexicon search, asked for every article)."""
        year = published.year if published is not None else None
        key = (name, year)
        found = self._records_by_name.get(key)
        if found is None:
            on = dt.date(year, 6, 30) if year is not None else None
            whole = self._matcher.find(SuggestContext.of(name, on))
            exact = len(whole) == 1 and (whole[0].start, whole[0].end) == (0, len(name))
            found = self._records_by_name[key] = whole[0].records if exact else ()
        return found


# Who speaks for the party named right after (مصدر في قيادة الأسايش, المتحدث باسم «قسد»):
# the speaker of a quote after them, whatever party the sentence names between.
_SPEAKER_OF = re.compile(
    r"(?<!\w)(?:مصدر(?: \w+)? في|المتحدث باسم|الناطق باسم|متحدث باسم|ناطق باسم)"
    r"(?: قياده| القياده العامه ل)?[\s\"]*$"
)


def _spoken_for(context: SuggestContext, hit: LexiconHit) -> bool:
    start = context.normalized.normalized_index(hit.start)
    return bool(_SPEAKER_OF.search(context.normalized.text, max(start - 40, 0), start))


def _names_strikes_from_the_air(text: str, start: int, end: int) -> bool:
    """Whether the partner of ``start``-``end`` of the normalised text is named by its
    strikes or aircraft, in its own first word or the one before it (غارات النظام,
    بغارات [النظام], الطيران السوري)."""
    if _AIR_FORCE_NOUN.match(text, start):
        return True  # (the noun of two words: سلاح الجو السوري وروسيا)
    first = _WORD.search(text, start, end)
    before = _WORD_BEFORE_SPAN.search(text, max(0, start - 20), start)
    return any(word is not None and _is_an_air_noun(word[0]) for word in (first, before))


_AIR_FORCE_NOUN = re.compile(r"(?:[وب]|وب)?سلاح الجو(?!\w)")


def _is_an_air_noun(word: str) -> bool:
    """Whether a normalised word names strikes or aircraft, after any proclitics."""
    return any(word[start:].removeprefix("ال") in _AIR_NOUNS for start in name_starts(word))


def _with_occupiers(
    context: SuggestContext,
    hits: list[LexiconHit],
    occupiers: dict[str, tuple[LexiconRecord, ...]],
) -> list[LexiconHit]:
    """``hits`` and the occupation and its mercenaries named alone (``_OCCUPIERS``), as
    the records ``occupiers`` gives for each word, less sure: the reporter names them by
    what they are to him. Not where the word names a government, media or what is done
    against it (حكومة الاحتلال, ضد الاحتلال)."""
    normalized = context.normalized
    taken = TakenSpans((hit.start, hit.end) for hit in hits)
    found = list(hits)
    for match in _OCCUPIERS.finditer(normalized.text):
        records = occupiers.get(match["word"], ())
        if not records or _POLITICAL_BEFORE.search(
            normalized.text, max(match.start() - 20, 0), match.start()
        ):
            continue
        start, end = normalized.span(match.start("word"), match.end("word"))
        if not taken.overlaps(start, end):
            taken.add(start, end)
            guessed = _with_confidence(records, ANAPHOR_CONFIDENCE)
            found.append(LexiconHit(start, end, guessed))
    found.sort(key=lambda hit: hit.start)
    return found


# Groups named by the force they back (فصائل سورية موالية له, الفصائل المساندة لها,
# الميليشيات الرديفة لها; normalised), and how the backers of each force are coded, by an
# Arabic name the lexicon knows: Turkey's are the Syrian National Army, Iran's its
# militias; the new government's allied factions are its forces, as the news coders
# code them (the old government's stay the lexicon's pro-government militias). Iraqi
# ones (الميليشيات العراقية الموالية له) are the lexicon's: the PMF.
_BACKING = r"(?:مواليه|مسانده|رديفه|تابعه|مدعومه|متحالفه|موالون|موالين)"
_BACKING_WORDS = re.compile(_BACKING + r" (?:له|لها)(?!\w)")  # (looked for first)
_BACKING_GROUP = re.compile(
    r"(?<!\w)(?:[وفبل]|ول)?(?P<phrase>(?:ال)?(?:فصائل|ميليشيات|مليشيات|مجموعات|جماعات|قوات"
    rf"|مسلحين|مسلحون)(?: (?:ال)?(?:سوريه|محليه|مسلحه))? (?:ال)?{_BACKING} (?:له|لها))(?!\w)"
)
_BACKERS = {
    "Military Forces of Turkey (2016-)": "الجيش الوطني السوري",
    "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps": "الميليشيات الإيرانية",
    "Military Forces of Iran (1989-)": "الميليشيات الإيرانية",
    "Military Forces of Syria (2024-)": "القوات الحكومية",
}

# Gunmen a reporter ties to a group (مسلحون يُعتقد أنهم من تنظيم «داعش»): that group, as
# the news coders code them, at the lower confidence of a guess.
_GUNMEN_TIED = re.compile(
    r"(?<!\w)[وب]?(?P<gunmen>(?:ال)?مسلح(?:ون|ين)(?: (?:ال)?مجهول(?:ون|ين))?)"
    r" (?:يعتقد|يرجح|يشتبه) (?:ب)?انهم"
    r"(?: (?:من|ينتمون (?:الي|ل)|تابعون ل|ينتمون))?(?: (?:خلايا|عناصر|مقاتلي)(?: من)?)?\s*$"
)
_TIED_REACH = 80  # characters from the gunmen to the group's name


def _gunmen_tied_to_a_group(context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
    """Gunmen, named or not, that the next words tie to a group named right after."""
    text = context.normalized.text
    ordered = sorted(hits, key=lambda hit: hit.start)
    replaced: dict[int, LexiconHit] = {}
    added: list[LexiconHit] = []
    for group in ordered:
        if not group.records or group.records[0].value.get("inter") in (None, 7):
            continue
        begin = context.normalized.normalized_index(group.start)
        window = text[max(0, begin - _TIED_REACH) : begin]
        match = _GUNMEN_TIED.search(window)
        if match is None:
            continue
        offset = max(0, begin - _TIED_REACH)
        start, end = context.normalized.span(
            offset + match.start("gunmen"), offset + match.end("gunmen")
        )
        guessed = _no_surer_than(group.records, ANAPHOR_CONFIDENCE)
        same = next((h for h in ordered if h.start < end and start < h.end), None)
        if same is not None:
            replaced[id(same)] = dataclasses.replace(same, records=guessed)
        else:
            added.append(LexiconHit(start, end, guessed))
    return _with_replacements(hits, replaced, added)


_CARGO_BEFORE = re.compile(
    r"(?:شحن(?:ه|ات)|مستودع(?:ات|ا)?|مخازن|مخزن(?:ا)?|تهريب|قافله|شاحن(?:ه|ات)|منصات)"
    r"(?: (?:تحمل|محمله|محمل|تنقل|من))? $"
)
_AN_UMBRELLA = frozenset({"QSD: Syrian Democratic Forces", "JWS: Syrian National Army"})
_FORMERLY = "سابق"
_NOW = "حالي"
_OPENING_A_FORMER_NAME = re.compile(r"[»\"”']?\s*\(\s*[«\"“']?")
_CLOSING_A_FORMER_NAME = re.compile(r"[»\"”']?\s*سابق(?:اً|ًا|ا)?\s*\)")
_CLOSING_A_NEW_NAME = re.compile(r"[»\"”']?\s*حالي(?:اً|ًا|ا)?\s*\)")


def _formerly_named(context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
    """A group's former name in brackets after its new one is the new one, and its new
    name after its former one names it too: «جبهة فتح الشام» (النصرة سابقاً), "جبهة النصرة"
    (فتح الشام حالياً) name one group, as the article's year names it."""
    text = context.text
    found = sorted(hits, key=lambda hit: hit.start)
    for index in range(1, len(found)):
        new, old = found[index - 1], found[index]
        if (
            old.records == new.records
            or not _OPENING_A_FORMER_NAME.fullmatch(text, new.end, old.start)
            or _AN_UMBRELLA.intersection(r.target for r in (*old.records, *new.records))
        ):
            continue  # (وحدات حماية الشعب (قوات سوريا الديمقراطية حالياً): a part, no rename)
        if _CLOSING_A_FORMER_NAME.match(text, old.end):
            found[index] = dataclasses.replace(old, records=new.records)
        elif _CLOSING_A_NEW_NAME.match(text, old.end):  # "جبهة النصرة" (فتح الشام حالياً)
            found[index - 1] = dataclasses.replace(new, records=old.records)
    return found


def _with_replacements(
    hits: list[LexiconHit], replaced: Mapping[int, LexiconHit], added: list[LexiconHit]
) -> list[LexiconHit]:
    """``hits`` with those ``replaced`` (by id) swapped and ``added`` ones, in text order."""
    if not replaced and not added:
        return hits
    return sorted([replaced.get(id(hit), hit) for hit in hits] + added, key=lambda hit: hit.start)


def _definite_forms(word: str) -> frozenset[str]:
    """A word with the article, as written bare or after a proclitic (normalised): الاهالي,
    والاهالي, بالاهالي, وبالاهالي, للاهالي (ل and the article merge), وللاهالي."""
    merged = "ل" + word[1:]
    return frozenset({word, *(p + word for p in ("و", "ف", "ب", "وب", "فب")), merged, "و" + merged})


# Gunmen named again with the article (المسلحين, المسلحون) are the gunmen the article
# named before (برصاص مسلحين مجهولين ... المسلحين كانوا يستقلون): in the studied news
# gold, 26 of 30 such words with an earlier mention of gunmen take its name.
_GUNMEN_AGAIN = _definite_forms("المسلحين") | _definite_forms("المسلحون")
# ... of which an insurgent one can be "the gunmen": not a militia fighting beside an army
# (حزب الله ... المسلحين: the rebels it fights, in the words of its side's media)
_INSURGENT_GROUPS = frozenset({2, 4})  # rebels and identity militias (not political ones, 3)
_OUSTED = frozenset({"Military Forces of Syria (2000-2024)"})  # the old army's remnants
# (with or without a proclitic: لمسلحين مجهولين, والمسلحين)
_GUNMEN_WORD = re.compile(r"(?<!\w)(?:[وفبل]?ال|[وفبل]|لل)?مسلح(?:ين|ون|ا)?(?!\w)")


def _a_named_group(actor: Suggestion) -> bool:
    """An armed group named by a name (not by the generic المسلحين, الإرهابيين)."""
    armed = actor.value.get("inter") in NON_STATE_FORCES or actor.value.get("name") in _OUSTED
    return armed and actor.confidence > GENERIC_ENEMY_CONFIDENCE


def _the_insurgents(group: Suggestion | None, groups: AbstractSet[str]) -> Suggestion | None:
    """The armed group the gunmen are, if only one was named and it is an insurgent one."""
    if group is None or len(groups) != 1:
        return None
    insurgent = group.value.get("inter") in _INSURGENT_GROUPS or group.value.get("name") in _OUSTED
    return group if insurgent else None


# A group named as what a casualty belonged to (قتل عنصر من تنظيم داعش, قيادي في الهيئة) is
# the side hit, not who the gunmen named after are (normalised text).
_MEMBER_OF_BEFORE = re.compile(
    r"(?:قتل|قتلت|مقتل|اصيب|اصابه|اغتيال|اغتيل|اغتالت|اغتال|اعتقال|اعتقل|اسر|خطف|اختطاف)"
    r"(?: \w+){0,2} (?:عنصر|عنصرا|عنصران|عنصرين|عناصر|قيادي|قياديا|قياديين|مقاتل|مقاتلا"
    r"|مقاتلين|مقاتلي|افراد|احد) (?:من|في)(?: (?:صفوف|عناصر|مقاتلي))?$"
)


def gunmen_named_again(actors: Iterable[Suggestion], text: str) -> list[Suggestion]:
    """The actors, with each bare المسلحين still at the generic reading renamed after the
    gunmen named last before it (its antecedent), at an anaphor's confidence; with no
    gunmen named before, after the one armed group named before it (التنظيم ...
    المسلحين: the Islamic State's). Where several were named, the word is the generic
    one that pro-government media use for all of them."""
    renamed: list[Suggestion] = []
    antecedent: Suggestion | None = None
    group: Suggestion | None = None  # the armed group named last, by name
    groups: set[str] = set()  # the names of those named so far
    for found in sorted(actors, key=lambda s: (s.start, -s.confidence)):
        key = normalize_key(found.text)
        actor = found
        named = antecedent if antecedent is not None else _the_insurgents(group, groups)
        if (
            key in _GUNMEN_AGAIN
            and found.confidence <= GENERIC_ENEMY_CONFIDENCE
            and named is not None
            and named.start < found.start
        ):
            actor = dataclasses.replace(
                found,
                value=dict(named.value),
                confidence=min(named.confidence, ANAPHOR_CONFIDENCE),
            )
        if _GUNMEN_WORD.search(key) and (antecedent is None or antecedent.start != actor.start):
            antecedent = actor  # (the surest reading of a span comes first)
        elif (
            _a_named_group(found)
            and (group is None or group.start != found.start)
            and not _MEMBER_OF_BEFORE.search(
                normalize_key(text[max(found.start - 30, 0) : found.start])
            )
        ):
            group = found
            groups.add(str(found.value.get("name")))
        renamed.append(actor)
    return renamed


# The opposition named alone as a fighting side: the subject of a verb of taking ground or
# fire right after it (or before it, with the ground after), or the holder in سيطرة
# المعارضة على (normalised text); not a foreign opposition (المعارضة التركية) nor a seat
# won (سيطرة المعارضة على بلدية إسطنبول), a proposal or a complaint (تقدمت بمقترح).
_OPPOSITION = "المعارضه"
_NOT_GROUND = r"(?! (?:بلديه|بلديات|مجلس|المجلس|البرلمان|مقاعد|الحكومه|ثقه)(?!\w))"
_FIGHTING_AFTER = (
    r" (?:(?:تسيطر|تستعيد|تقصف|تحرر|تقتحم|سيطرت|استعادت|قصفت|حررت|اقتحمت|تسقط|اسقطت)"
    + _NOT_GROUND
    + r"|(?:تتقدم|تقدمت)(?! ب)|(?:تشن|شنت) (?:هجوم|هجوما|هجمات|عمليه|عمليات|غارات|قصفا)"
    r"|(?:تستهدف|استهدفت|تهاجم|هاجمت) (?:مطار|مواقع|موقع|حاجز|حواجز|نقاط|نقطه|تجمعات|قوات|مقرات"
    r"|مقر|رتل|ارتال|ثكنه|بلده|مدينه|قريه|احياء|حي)"
    r"|(?:تصد|صدت) (?:هجوم|هجوما|محاوله|محاولات))(?!\w)"
)
_OPPOSITION_FIGHTING = re.compile(
    r"(?:(?<!\w)[وف]?(?P<name>المعارضه(?: السوريه)?)(?=" + _FIGHTING_AFTER + r")"
    r"|(?<!\w)[وف]?(?:سيطرت|تسيطر|اقتحمت|تقتحم) (?P<subject>المعارضه)(?= علي"
    + _NOT_GROUND
    + r"| (?:بلده|مدينه|قريه|حي|احياء|مطار)(?!\w))"
    r"|(?<!\w)[وف]?(?:استعادت|تستعيد) (?P<retaking>المعارضه)(?= السيطره(?!\w))"
    r"|(?<!\w)[وبل]?سيطره (?P<held>المعارضه)(?= علي" + _NOT_GROUND + r"))"
)
_FIGHTING_CONFIDENCE = 0.7
# A party's forces named by its pronoun (اعلن الجيش الاسرائيلي ان قواته, اقر «حزب الله»
# بمقتل ثلاثه من عناصره, فقدت الوحدات ٣ من مقاتليها): the armed party named last before
# them in the sentence; not where an unnamed group stands between (القبض علي خليه ...
# واعتقال عناصرها: the cell's).
_POSSESSED_FORCES = re.compile(
    r"(?<!\w)[وفبل]?(?P<word>(?:عناصر|مقاتلي|مقاتلو|قوات|افراد|وحدات|طائرات|مقاتلات|دوريات"
    r"|جنود|قطعات)(?:ه|ها|هم))(?!\w)"
)
_UNNAMED_GROUP = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:خليه|خلايا|مجموعه|عصابه|شبكه|فصيل|كتيبه)(?!\w)"
)
# ... nor where another speaker stands between (نفت وزاره الدفاع الروسيه ذلك، مؤكده ان
# طائراتها: the ministry's, not the party named before it).
_ANOTHER_SPEAKER = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:وزاره|رئاسه|متحدث|ناطق|مصدر)(?!\w)")


def _armed_parties(
    context: SuggestContext, hits: Iterable[LexiconHit]
) -> list[tuple[int, int, LexiconHit]]:
    """The armed parties among ``hits``, with their normalised start and end, in text
    order: who a pronoun or a quote's "our forces" may point back to."""
    normalized = context.normalized
    return sorted(
        (
            (
                normalized.normalized_index(hit.start),
                normalized.normalized_index(hit.end - 1) + 1,
                hit,
            )
            for hit in hits
            if any(record.value.get("inter") in ARMED_FORCES for record in hit.records)
        ),
        key=lambda item: item[0],
    )


def _possessed_forces(context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
    normalized = context.normalized
    text = normalized.text
    armed = [  # (not a backer: قسد المدعومة من التحالف ... قواتها are the SDF's)
        item for item in _armed_parties(context, hits) if not _backer_only(context, item[2])
    ]
    if not armed:
        return []
    starts = [start for start, _end, _hit in armed]
    taken = TakenSpans((hit.start, hit.end) for hit in hits)
    found: list[LexiconHit] = []
    for match in _POSSESSED_FORCES.finditer(text):
        sentence_start, _end = sentence_around(text, match.start())
        index = bisect_left(starts, match.start()) - 1
        if index < 0 or starts[index] < sentence_start:
            continue
        _start, after, antecedent = armed[index]
        if _UNNAMED_GROUP.search(text, after, match.start()) or _ANOTHER_SPEAKER.search(
            text, after, match.start()
        ):
            continue
        first, last = normalized.span(*match.span("word"))
        if taken.overlaps(first, last):
            continue
        records = _no_surer_than(antecedent.records, ANAPHOR_CONFIDENCE)
        found.append(LexiconHit(first, last, records))
        taken.add(first, last)
    return found


def _anaphors(
    context: SuggestContext,
    hits: list[LexiconHit],
    defaults: Mapping[str, tuple[LexiconRecord, ...]],
) -> list[LexiconHit]:
    """Groups named again by their kind alone (عناصر التنظيم, وحدات الجيش)."""
    normalized = context.normalized
    if not any(word in normalized.text for word in _ANAPHORS):
        return []
    ordered = sorted(hits, key=lambda hit: hit.start)
    keys: list[str] | None = None  # (made when a word of a kind is first met)
    kin_of: dict[str, list[int]] = {}  # the names (by index) of each kind of group
    taken = TakenSpans((hit.start, hit.end) for hit in ordered)
    found: list[LexiconHit] = []
    for match in _ANAPHOR.finditer(normalized.text):
        if not may_start_a_name(normalized.text, match.start()):
            continue
        first, last = normalized.span(*match.span("phrase"))
        if taken.overlaps(first, last):
            continue
        if keys is None:
            keys = [normalize_key(context.text[hit.start : hit.end]) for hit in ordered]
        kind = _ANAPHORS[match["word"]]
        kin = kin_of.get(match["word"])
        if kin is None:
            kin = kin_of[match["word"]] = [i for i, key in enumerate(keys) if kind.search(key)]
        before = [i for i in kin if ordered[i].end <= first]
        if match["word"] in _UNITS and (
            not before or _OTHER_UNITS_AFTER.match(normalized.text, match.end())
        ):
            continue  # (الوحدات الخاصة, الوحدات التابعة للفرقة: another force's units)
        if match["word"] in _BRIGADE_WORDS and (
            not before
            or normalized.text.endswith("رتبه ", 0, match.start())
            or not _BRIGADE_AGAIN_AFTER.match(normalized.text, match.end())
            or _GENERAL_NAMED.search(
                normalized.text,
                normalized.normalized_index(ordered[before[-1]].end),
                match.start(),
            )
        ):
            continue  # (a general named since the brigade: وأضاف اللواء is he)
        if match["word"] in _DIVISIONS and _NUMBER_AFTER.match(normalized.text, match.end()):
            continue  # (الفرقة 17: a numbered division, not the one named before)
        if match["word"] in _ACTING_ONLY and not _acting(normalized.text, match):
            continue  # (تواصل تركيا الحشد على الحدود; إسقاط المروحيات: the things, no party)
        if match["word"] in _FRONTS and not _A_GROUP_S_OWN_BEFORE.search(
            normalized.text, max(match.start() - 14, 0), match.start()
        ):
            # (the front line, المعارك على الجبهة, تشهد الجبهة هدوءا; discord, زرع الفرقة)
            continue
        antecedent = before[-1] if before else next(iter(kin), None)
        if (
            antecedent is not None
            and match["word"] in _PARTY_WORDS
            and _ANOTHER_PARTY.search(
                normalized.text, normalized.normalized_index(ordered[antecedent].end), match.start()
            )
        ):
            antecedent = None  # (حزب الله ... حزب الاتحاد الديمقراطي ... الحزب: that one's)
        named = ordered[antecedent].records if antecedent is not None else ()
        if (
            not named
            and match["word"] in _ARMY_WORDS
            and not _syrian_army_by_default(normalized.text, match.start())
        ):
            continue
        records = _no_surer_than(named or defaults.get(match["word"], ()), ANAPHOR_CONFIDENCE)
        if not records:
            continue
        found.append(LexiconHit(first, last, records))
    return found


_SYRIAN_CIVILIANS = "Civilians (Syria)"
# Pilgrims and tourists, who are civilians wherever they come from.
_VISITOR_STEMS = ("زوار", "زائر", "سياح", "سائح", "حجاج")
_VISITORS = re.compile(
    r"(?<!\w)[وفبل]?(?:ال|لل)?(?P<noun>زوار|زوارا|زائر|زائرا|زائرين|زائرون|زائران|سياح|سياحا"
    r"|سائح|سائحا|سائحين|حجاج|حجاجا)(?!\w)"
)
_VISITORS_CONFIDENCE = 0.6
_HURT_REACH = 40  # characters before the visitors: what befell them
_VISITORS_HURT = re.compile(
    r"قتل|مقتل|اصاب|اصيب|جرح|استهدف|تفجير|انفجار|هجوم|خطف|اختطاف|اعتقل|ضحايا|حصيله|لقي"
    r"|استشهد|شهداء|بينهم"
)

# Syria's Kurdish forces by description (normalised), alone or with their Arab allies
# (القوات الكردية–العربية); regions.ABROAD_NEAR makes them another state's (and an interior
# ministry's dateline, انقره – اعلنت وزاره الداخليه, or engineering units at work, تلعفر).
_KURDISH_FORCES_WORDS = "قوات الكرديه"
_KURDISH_FORCES = re.compile(
    r"(?<!\w)[وفب]?(?P<name>(?:ال|لل)قوات الكرديه(?:\s*[–-]\s*(?:ال)?عربيه| (?:ال)?عربيه)?)(?!\w)"
)
_SDF = "قوات سوريا الديمقراطية"
_YPG = "وحدات حماية الشعب"
_SDF_FOUNDED = dt.date(2015, 10, 10)
# The air force alone (الطيران الحربي, الطيران المروحي) striking in Syria: the regime's
# before Russia's aircraft joined it (30 September 2015); helicopters dropping barrels are
# the regime's until its fall (only its air force dropped them).
_RUSSIA_JOINED = dt.date(2015, 9, 30)
_COALITION_BEGAN = dt.date(2014, 9, 23)  # (its strikes on the Islamic State: not the regime's)
# ... and another state, named after it in its sentence, may own the aircraft (normalised)
_ANOTHER_STATE_LATER = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:اسرائيل|اسرائيلي|اسرائيليه|تركي|تركيه|تركيا|اردني|اردنيه|امريكي"
    r"|امريكيه|اميركي|اميركيه|روسي|روسيه|روسيا|التحالف|تحالف)(?!\w)"
)
_AIR_FORCE_WORDS = ("الطيران", "المروحيات")
_AIR_FORCE_ALONE = re.compile(
    r"(?<!\w)[وف]?(?P<name>الطيران (?P<kind>الحربي|المروحي)|(?P<helicopters>المروحيات))(?!\w)"
    # (not another's named after it: التابع, للنظام, لقوات ...; a time is no owner: لليوم)
    r"(?! التابع| لل(?!يوم)| ل(?:قوات|نظام|روسيا|جيش)| يعتقد| يرجح| المعادي| المجهول)"
    r"(?: (?P<adjective>\w+))?"
)
_MASCULINE_STRIKING = (
    r"(?:شن|القي|استهدف|قصف|نفذ|اغار|ضرب|قتل|دمر|يشن|يلقي|يستهدف|يقصف|ينفذ|يغير|يدمر)"
)
_AIR_FORCE_STRIKING_AFTER = re.compile(
    r"[\s\"]*(?:قد )?(?:[^\s.،,]+ )?"
    + _NOT_BEFORE_THE_VERB
    + r"[وف]?"
    + _MASCULINE_STRIKING
    + r"(?!\w)"
)
_AIR_FORCE_STRIKING_BEFORE = re.compile(
    r"(?<!\w)" + _NOT_BEFORE_THE_VERB + r"[وف]?" + _MASCULINE_STRIKING + r"\s*$"
)
_RETURNING_OR_DOING_BEFORE = re.compile(r"(?<!\w)[وف]?(?:عاد|يعود|قام|يقوم)\s*$")
_A_STRIKE_SOON = re.compile(
    r"[^.،,\n]{0,40}?(?<!\w)(?:[وف]?" + _MASCULINE_STRIKING + r"|ب(?:قصف|شن|استهداف|القاء))(?!\w)"
)
_BARRELS_AFTER = re.compile(r"[^.\n]{0,40}?بر(?:اميل|ميل)")
_DENIED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:نفي|نفت|ينفي|تنفي|نافيا|نافيه|نفوا)(?!\w)")
_SET_AGAINST = re.compile(r"(?<!\w)(?:بينما|فيما|في حين|وفي|اما)(?!\w)")
# ... and a return that points back to them (ثم عاد الطيران الحربي وشن): not a clause
# joined by و, nor "again" on another target (وقصف الطيران الحربي أيضاً مدينة دوما: the
# regime's, beside another's strike)
_BACK_TO_THEM = re.compile(r"(?<!\w)[وف]?(?:عاد|عادت|يعود|تعود)(?!\w)")
# ... and a later clause names their owner only as it attributes them (وقالت مصادر إن
# الطائرات تابعة للتحالف, ونسبت الغارات إلى), not as another strike (فيما شن الطيران الروسي)
_ATTRIBUTED_LATER = re.compile(r"تابع|تعود|نسب|يعتقد|يرجح|انها|ان الطائرات|ان الطيران")
# An army's engineering units (normalised), without the army they belong to after them.
_ENGINEERING = "هندسه"
_ENGINEERING_UNITS = re.compile(
    r"(?<!\w)[وفل]?(?P<name>(?:ال)?(?:وحدات|وحده) (?:ال)?هندسه)(?!\w)"
    r"(?! (?:في|التابعه|التابعين|من)(?!\w)| لل\w| ل(?:جيش|قوات|هيئه|فرقه|فيلق)| وال\w"
    r"| (?:ال)?(?!عسكريه)\w+يه(?!\w))"
)
# ... with no other armed force named right before them (اعلنت هيئه تحرير الشام ان وحدات
# الهندسه), and not abroad (الموصل)
_ANOTHER_FORCE_S = NON_STATE_FORCES | {EXTERNAL_FORCES}
_OWNER_BEFORE_UNITS = re.compile(r"[\s\"»”]*(?:ان|بان)?\s*[وفل]?")
# Syria's interior ministry (normalised), and its units told as acting in its statement
# (أن وحدات من الأمن العام ألقت القبض, إن وحداتها اعتقلت).
_INTERIOR_MINISTRY_WORDS = "الداخليه"
_INTERIOR_MINISTRY = re.compile(
    r"(?<!\w)[وفل]?(?P<name>وزاره الداخليه(?: السوريه)?|الداخليه السوريه)(?!\w)"
    # (not another state's, nor the Salvation Government's: وزارة الداخلية العراقية, وزارة
    # الداخلية في حكومة الإنقاذ)
    r"(?! (?!(?:ال)?سوريه)(?:ال)?\w+يه(?!\w)"
    r"| (?:التابعه )?(?:في |ب|ل)?(?:ال)?حكومه (?:ال)?(?:انقاذ|مؤقته))"
)
_ITS_UNITS = re.compile(
    r"(?<!\w)(?:(?:وحدات|عناصر|قوات|دوريات|فرق)(?: من)? (?:ال)?(?:امن العام|امن الداخلي|شرطه)"
    r"|قياده الامن الداخلي|مديريه امن|فرع (?:ال)?امن|الجهات المختصه|وحداتها|عناصرها|قواتها"
    r"|دورياتها|انها)(?!\w)"
)
_UNITS_ACTING = re.compile(
    r"(?<!\w)(?:(?:القت|القوا|القي) القبض|اعتقلت|اعتقلوا|اعتقل|نفذت|نفذوا|فككت|فككوا|ضبطت"
    r"|ضبطوا|داهمت|داهموا|احبطت|احبطوا|طوقت|صادرت|شنت|اطلقت|قتلت|قتلوا|اشتبكت"
    r"|(?:تلق|يلق|تلقي|يلقي) القبض|تعتقل|يعتقل|تنفذ|تداهم)(?!\w)"
)
# ... or the arrest it announces (اعلنت وزاره الداخليه السوريه القبض علي)
_ARREST_ANNOUNCED = re.compile(
    r"(?:[\s:،,]+(?!ان |بان |انها )\S+){0,3}?[\s:،,]+(?:القبض|اعتقال|توقيف)(?!\w)"
)
_NEGATION = re.compile(r"(?<!\w)(?:لم|لن|لا)(?!\w)")
_SYRIAN_POLICE = "الشرطة السورية"
_GENERAL_SECURITY_NAME = "الأمن العام"
# A foreign state's military command (normalised), by the state's adjective stem.
_COMMAND_WORDS = re.compile(r"وزاره الدفاع|القياده المركزيه|سنتكوم|البنتاغون|الاركان")
_COMMAND = re.compile(
    r"(?<!\w)[وفل]?(?P<name>وزاره الدفاع (?P<state>التركيه|الامريكيه|الاميركيه|الروسيه)"
    r"|(?:رئاسه|هيئه) الاركان (?P<state2>التركيه)"
    r"|القياده المركزيه (?P<state3>الامريكيه|الاميركيه))(?!\w)"
)
# ... its other name in brackets right after (القياده المركزيه الامريكيه (سنتكوم)).
_COMMAND_ABBREVIATION = re.compile(r"\s*[(«\"]\s*(?P<name>سنتكوم|البنتاغون|البنتاجون)\s*[)»\"]")
_DENIED_OR_SPOKEN_FOR = re.compile(
    r"(?:نفت|ونفت|تنفي|لم تعلن|لم يعلن|باسم|التابع ل|التابعه ل|مركز|الناطق|المتحدث"
    r"|اتهمت|واتهمت|تتهم|متهمه)\s*$"
)
_NEGATED_CLAIM = re.compile(r"(?<!\w)(?:لم|لا|لن|عدم|اي)(?!\w)")
_ANOTHER_STATE = re.compile(
    r"(?<!\w)(?:ال)?(?:" + "|".join((*_STATE_ADJECTIVES, "سوري")) + r")(?:ه|ين|يه)?(?!\w)|التحالف"
)
# Its own operation claimed after its name: its forces, aircraft or strikes, or the
# "neutralising" Turkey's statements count in.
_OWN_OPERATION = re.compile(
    r"(?<!\w)(?:ان|انها|بان)?(?:(?P<own>قواتها|مقاتلاتها|مسيراتها|طائراتها|قاذفاتها|ضرباتها"
    r"|غاراتها|حيدت|تحييد|نجاح العمليه)"
    r"|الغارات|الضربات|غاره|غارات|ضربات|ضربه|العمليه اسفرت|نفذت|استهدفت|دمرت|ردت)(?!\w)"
)


def _another_state_s_security(context: SuggestContext, hit: LexiconHit) -> bool:
    """Syria's security men named with another state's adjective (رجال الأمن اللبناني,
    عناصر الأمن العراقي): not Syria's; the lexicon has no name for them."""
    name = str(hit.records[0].value.get("name", ""))
    return name.startswith(("Military Forces of Syria", "Police Forces of Syria")) and (
        foreign_state_after(context.text, hit.end) is not None
    )


# Armed factions alone (فصائل مسلحة) are Syria's rebels (those backed by Turkey too); not
# another state's, in a sentence set abroad, Iran's allies, Kurdish or local ones (فصائل
# مسلحة عراقية, في العراق, موالية لإيران, كردية, محلية): normalised.
_FACTIONS_ALONE = frozenset({"فصائل مسلحه", "الفصائل المسلحه", "فصائل معارضه"})
_FACTIONS_WORD = "فصائل"
_LOYAL_AFTER = re.compile(r"\s*(?:ال)?(?:موالي|مدعوم|تابع|مقرب)\w*")
_IRAN_S_SIDE = re.compile(
    r"\s*(?:من\s+)?(?:لل|ل)?(?:ال)?(?:ايران|طهران|عراق|حرس|حزب الله|حشد|نظام|روسيا|حكومه)"
)
# (the YPG's, Druze, tribal or former ones)
_OTHER_FACTIONS_AFTER = re.compile(r"\s*(?:ال)?(?:كرديه|محليه|عشائريه|درزيه|سابقا|سابقه)")


def _factions_of_another(context: SuggestContext, hit: LexiconHit) -> bool:
    if _FACTIONS_WORD not in context.text[hit.start : hit.end]:
        return False  # (most hits: a cheap look before normalising)
    name = normalize_key(context.text[hit.start : hit.end])
    if name not in _FACTIONS_ALONE and name[1:] not in _FACTIONS_ALONE:
        return False
    if after_the_fall(context.published):
        return True  # (the rebels became the state's forces: factions are no longer theirs)
    after = normalize_key(context.text[hit.end : hit.end + 40])
    loyal = _LOYAL_AFTER.match(after)
    text = context.normalized.text
    sentence = sentence_around(text, context.normalized.normalized_index(hit.start))
    return (
        set_abroad(text, *sentence)
        or foreign_state_after(context.text, hit.end) is not None
        or (loyal is not None and _IRAN_S_SIDE.match(after, loyal.end()) is not None)
        or _OTHER_FACTIONS_AFTER.match(after) is not None
    )


def _of_a_foreign_state(context: SuggestContext, hit: LexiconHit) -> LexiconHit:
    """Civilians named with another state's adjective (مواطنين اتراك): that state's."""
    if not hit.records or hit.records[0].value.get("name") != _SYRIAN_CIVILIANS:
        return hit
    foreign = foreign_state_after(context.text, hit.end)
    if foreign is None:
        return hit
    state, end = foreign
    value = {**hit.records[0].value, "name": f"Civilians ({state})", "country": state}
    return LexiconHit(hit.start, end, (dataclasses.replace(hit.records[0], value=value),))


# Who holds a place is no party to what happens there (في مناطق سيطرة «قسد», مدينة
# الباب الخاضعة لسيطرة الجيش الوطني): the codebook codes the parties to the event.
_HOLDING_BEFORE = re.compile(
    r"(?:(?:مناطق|المناطق|منطقه|المنطقه|الخاضعه|الخاضع|الواقعه|الواقع|تقع|يقع)(?: تحت)?"
    r" (?:ل?سيطره|نفوذ)"
    # ... or who holds it now, in a relative clause of the present tense (التي يسيطر عليها
    # التنظيم, التي تسيطر قسد على معظمها): not a taking of it (a headline's تسيطر قوات
    # النظام على بلدة is one)
    r"|(?<!\w)(?:(?:التي|الذي|اللتين|اللذين) [يت]سيطر|[يت]سيطر (?:عليها|عليه|عليهما)))"
    r"[\s\"']*$"
)


# ... and who besieges it (وتفرض قوات النظام حصاراً خانقاً على الغوطة, حصار مطبق تفرضه
# الجماعات المسلحة): a siege is no event of the codebook, and the news writers leave its
# holder unmarked (6 of 7).
_BESIEGING_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?(?:قد )?(?:[يت]فرض|فرضت|فرض)"
    r"|حصار\w*(?: \w+)? (?:[يت]فرضه|[يت]فرضها|فرضته|فرضها|فرضه))[\s\"'«]*$"
)
_SIEGE_AFTER = re.compile(r"[^.\n]{0,50}?(?<!\w)حصار")


# ... unless the besieger also strikes in that sentence (حاصرت البلدة واقتحمتها, فرضت
# حصارا على مضايا وقصفت البلدة): then it is the attack's party.
_ATTACKING_TOO = re.compile(
    r"(?<!\w)[وف]?(?:قصف|قصفت|اقتحم|اقتحمت|اقتحمها|اقتحمتها|هاجم|هاجمت|استهدف|استهدفت|قتل|قتلت"
    r"|اعتقل|اعتقلت|اشتبك|اشتبكت|تقصف|يقصف|تستهدف|يستهدف)(?!\w)"
)


def _besieging(text: str, start: int, end: int) -> bool:
    before = _BESIEGING_BEFORE.search(text, max(start - 40, 0), start)
    if before is None:
        return False
    if not ("حصار" in before[0] or _SIEGE_AFTER.match(text, end) is not None):
        return False
    sentence_start, sentence_end = sentence_around(text, start)
    return _ATTACKING_TOO.search(text, sentence_start, sentence_end) is None


def _holding(context: SuggestContext, hits: list[LexiconHit]) -> set[int]:
    """The starts of the names (in text order) of who holds a place, and of their
    second names in brackets (مناطق سيطرة «قوات سوريا الديمقراطية» (قسد)); and of who
    besieges one."""
    normalized = context.normalized
    starts: set[int] = set()
    besieged = "حصار" in normalized.text
    if "سيطر" not in normalized.text and "نفوذ" not in normalized.text and not besieged:
        return starts
    last_end = -1
    for hit in hits:
        start = normalized.normalized_index(hit.start)
        end = normalized.normalized_index(hit.end - 1) + 1
        if (
            _HOLDING_BEFORE.search(normalized.text, max(start - 40, 0), start)
            or (last_end >= 0 and context.text[last_end : hit.start].strip(' "«»”“') == "(")
            or (besieged and _besieging(normalized.text, start, end))
        ):
            starts.add(hit.start)
            last_end = hit.end
    return starts


# Who speaks for a party, or denies or withholds comment, names it as a source, not as a
# party to the event (المتحدث باسم «قسد», المركز الاعلامي لقوات سوريا الديمقراطية, مصدر في
# الجيش, نفت «قسد», لم تعلق قسد): the news writers leave 17 of 20 such names unmarked.
_SPEAKING_FOR_BEFORE = re.compile(
    r"(?:(?<!\w)باسم|(?<!\w)الاعلامي ل|(?<!\w)(?:مصدر|مسؤول)(?: عسكري| امني)? في"
    r"|(?<!\w)[وف]?(?:نفت|نفي|نفوا|تنفي|ينفي|تعلق|يعلق|نفتها|نفاه|نفته)(?: عليه| عليها)?"
    # ... and a party only asked, negotiated with or supported, or that withholds comment
    # (مطالبين الحكومة, المفاوضات بين الحكومة, لم تتوقف عن دعم الحكومة, تعليق رسمي من):
    # 10 of 10 unmarked. (Not بدعم: بدعم الطيران الروسي names a party to the attack.)
    r"|(?<!\w)(?:تعليق(?: رسمي| فوري)?(?: من)?|مطالبين|مطالبه|(?:عن|في|علي) دعم"
    r"|(?:في |ل)(?:ال)?شؤون"  # (الخبير في شؤون الجماعات المسلحة: an expert's field)
    r"|(?:ال)?مفاوضات بين))[\s" + QUOTE_CLASS + r"]*$"
)


# A gang named as such (عصابة, العصابة) is an armed group only where its paragraph tells
# of a crime (خطف, سرقة, فدية ...): elsewhere the word is an insult (وصفوا النظام بأنه
# عصابة, العصابة الحاكمة) or a faction's nickname (عصابة العمشات).
_GANG = "عصابه"
_BARE_GANG = frozenset({"عصابه", "العصابه"})
_CRIME = re.compile(
    r"خطف|اختطاف|مختطف|سرق|سطو|فديه|فدي|تهريب|مخدرات|سلب|نهب|ابتزاز|القبض|اعتقال|توقيف"
    r"|تفكيك|ضبط|جرائم|جريمه|اغتيال|قتل"
)
_GANG_AS_AN_INSULT = re.compile(r"(?<!\w)(?:بانه|بانها|بانهم|وصف\w*) $")
_NAMED_OR_RULING_AFTER = re.compile(r' +(?:"|الحاكمه|الاسد|طائفيه|العمشات)')


def _with_sentence_hits(
    context: SuggestContext,
    hits: list[LexiconHit],
    pattern: re.Pattern[str],
    records: tuple[LexiconRecord, ...],
    sentence_holds: Callable[[int, int], bool],
) -> list[LexiconHit]:
    """``hits`` and the ``name`` group of each match of ``pattern`` (in the normalised
    text) whose sentence (its normalised start and end) ``sentence_holds``, as
    ``records``, where no hit is already. (Sentences are found only for the matches.)"""
    normalized = context.normalized
    text = normalized.text
    taken = TakenSpans((hit.start, hit.end) for hit in hits)
    found = []
    for match in pattern.finditer(text):
        if not sentence_holds(*sentence_around(text, match.start())):
            continue
        first, last = normalized.span(*match.span("name"))
        if not taken.overlaps(first, last):
            found.append(LexiconHit(first, last, records))
    return _with_hits(hits, found)


def _inside_a_quote(text: str, sentence_start: int, start: int) -> bool:
    """Whether an odd number of quotation marks (normalised: all ") stand between the
    sentence's start and ``start``, not counting one that opens the name itself
    (المتحدث باسم «قسد»)."""
    marks = text.count('"', sentence_start, start)
    if start > 0 and text[start - 1] == '"':
        marks -= 1
    return marks % 2 == 1


def _with_confidence(
    records: Iterable[LexiconRecord], confidence: float
) -> tuple[LexiconRecord, ...]:
    """The records, each at ``confidence`` (a reading's own, not the lexicon's)."""
    return tuple(dataclasses.replace(record, confidence=confidence) for record in records)


def _air_force_striking(text: str, match: re.Match[str]) -> bool:
    """Whether the air force ``match`` names alone strikes (see ``_AIR_FORCE_ALONE``), not
    only flies (عاد الطيران الى التحليق) nor drops goods (القي مساعدات)."""
    name_end = match.end("name")
    before = max(match.start() - 16, 0)
    if _DROPPING.search(text, before, name_end + 8) and _DROPPING_GOODS.search(
        text, name_end, name_end + 40
    ):
        return False  # (ألقى الطيران المروحي مساعدات غذائية)
    if match["helicopters"]:
        # (helicopters alone only where they drop barrels: ألقت المروحيات براميل)
        return bool(
            _BARRELS_AFTER.match(text, name_end) and _DROPPING.search(text, before, name_end + 8)
        )
    if _AIR_FORCE_STRIKING_AFTER.match(text, name_end) or _AIR_FORCE_STRIKING_BEFORE.search(
        text, before, match.start()
    ):
        return True
    if _RETURNING_OR_DOING_BEFORE.search(text, before, match.start()):
        # (عاد الطيران الحربي وقصف, قام الطيران الحربي بقصف: returning or doing a strike)
        return _A_STRIKE_SOON.match(text, name_end) is not None
    return False


def _aircraft_named_again(context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
    """The aircraft named again by the noun alone where they strike (``_AIRCRAFT_AGAIN``):
    the forces of the aircraft the article named last before them (``_AIR_WORDS``)."""
    normalized = context.normalized
    text = normalized.text
    air = [hit for hit in hits if _an_air_force(context, hit)]
    if not air:
        return []
    marches = _MARCHES.search(text) is not None
    starts = [hit.start for hit in air]
    taken = TakenSpans((hit.start, hit.end) for hit in hits)
    found: list[LexiconHit] = []
    for match in _AIRCRAFT_AGAIN.finditer(text):
        if marches and match["name"].removeprefix("ال").startswith(_DRONE_NOUNS):
            continue
        if not _striking(text, match):
            continue
        if _DROPPING.search(text, max(match.start() - 12, 0), match.end() + 8) and (
            _DROPPING_GOODS.search(text, match.end(), match.end() + 40)
        ):
            continue
        first, last = normalized.span(*match.span("name"))
        index = bisect_left(starts, first) - 1
        if index < 0 or taken.overlaps(first, last):
            continue
        found.append(
            LexiconHit(first, last, _no_surer_than(air[index].records, ANAPHOR_CONFIDENCE))
        )
        taken.add(first, last)
    return found


def _text_before_is_a_sale(text: str, at: int) -> bool:
    """Whether the words right before ``at`` tell of a sale or delivery (``_SALE_BEFORE``)."""
    return _SALE_BEFORE.search(text, max(at - 40, 0), at) is not None


def _striking(text: str, match: re.Match[str]) -> bool:
    """Whether the aircraft ``match`` names strike (see ``_STRIKING_AFTER``)."""
    before = max(match.start() - 16, 0)
    return bool(
        _STRIKING_AFTER.match(text, match.end())
        or _STRIKING_BEFORE.search(text, before, match.start())
        or (
            _RETURNING_BEFORE.search(text, before, match.start())
            and _STRIKING_SOON.match(text, match.end())
        )
    )


def _an_air_force(context: SuggestContext, hit: LexiconHit) -> bool:
    """Whether ``hit`` names whose aircraft the article tells of (see ``_AIR_WORDS``)."""
    name = normalize_key(context.text[hit.start : hit.end])
    if _AIR_DEFENCE.search(name):
        return False
    text = context.normalized.text
    start = context.normalized.normalized_index(hit.start)
    end = context.normalized.normalized_index(hit.end - 1) + 1
    if _DRONES_AFTER.match(text, end) and not _DOWNING_BEFORE.search(
        text, max(start - 16, 0), start
    ):
        return True  # (its own drones, of any side: باطلاق طائرات مسيرة; not اسقط الجيش ...)
    if _AIRCRAFT_BEFORE.search(text, max(start - 30, 0), start):
        return True  # (طائرة مسيرة تابعة لقسد: whoever's)
    return _AIR_WORDS.search(name) is not None and any(
        record.value.get("inter") in (STATE_FORCES, EXTERNAL_FORCES) for record in hit.records
    )


def _no_surer_than(
    records: Iterable[LexiconRecord], confidence: float
) -> tuple[LexiconRecord, ...]:
    """The records, none surer than ``confidence`` (a name read again, a guess)."""
    return tuple(
        dataclasses.replace(record, confidence=min(record.confidence, confidence))
        for record in records
    )


def _with_hits(hits: list[LexiconHit], found: list[LexiconHit]) -> list[LexiconHit]:
    """``hits`` and ``found`` together, in text order (``hits`` as they are if none found)."""
    return sorted([*hits, *found], key=lambda hit: (hit.start, hit.end)) if found else hits


def _a_gang_in_words(context: SuggestContext, hit: LexiconHit) -> bool:
    """Whether a bare gang (``_BARE_GANG``) names no armed group of a crime."""
    normalized = context.normalized
    start = normalized.normalized_index(hit.start)
    end = normalized.normalized_index(hit.end - 1) + 1
    text = normalized.text
    if text[start:end].lstrip("وفبل") not in _BARE_GANG:
        return False
    return (
        not _CRIME.search(text, *line_around(text, start))
        or _GANG_AS_AN_INSULT.search(text, max(start - 10, 0), start) is not None
        or _NAMED_OR_RULING_AFTER.match(text, end) is not None
    )


# The security forces by the word alone after their bullets or fire (برصاص الأمن), not
# another body's security (الأمن العام, الأمن الداخلي, الأمن العسكري: names the lexicon
# reads).
# Smugglers on a border, where their sentence tells of fighting or fire (normalised).
_SMUGGLER = "مهرب"
_SMUGGLERS = re.compile(r"(?<!\w)[وفبل]?(?P<name>(?:ال)?مهرب(?:ين|ون))(?!\w)")
_FIGHTING = re.compile(r"اشتب|تبادل|النار|رصاص|كمين|مواجه")
_OUR_STEMS = ("قواتنا", "مقاتلينا", "وحداتنا", "عناصرنا", "جنودنا", "جيشنا")
_OUR_FORCES = re.compile(
    r"(?<!\w)[وفبل]?(?P<noun>(?:قواتنا|مقاتلينا|وحداتنا|عناصرنا|جنودنا)"
    r"(?P<army> المسلحه(?: الباسله)?| الباسله)?"
    r"|جيشنا(?P<army2> الباسل| العربي السوري))(?!\w)"
)
_SPEAKER_REACH = 250  # characters before a quote: who speaks, and for whom


def _opening_quote(text: str, position: int) -> int | None:
    """Where the quotation holding ``position`` opens in its paragraph, or None."""
    paragraph = text.rfind("\n", 0, position) + 1
    guillemet = text.rfind("«", paragraph, position)
    if guillemet >= 0 and text.find("»", guillemet, position) < 0:
        return guillemet
    straight = [i for i in range(paragraph, position) if text[i] in '"“”']
    return straight[-1] if len(straight) % 2 == 1 else None


_GENERAL_SECURITY = "امن العام"
_TAHRIR_AL_SHAM = "تحرير الشام"
_HTS_SECURITY = re.compile(
    r"(?<!\w)[وفب]?(?P<name>(?:[لب]?جهاز |عناصر |دوريه |دوريات )?(?:ال|لل)امن العام)(?!\w)"
    r"(?! (?:اللبناني|العراقي|الاردني|السوري|الكردي))"
)
# ... in a sentence of the group's own (it, or Idlib, named), not of another state's
# service or the Kurdish one (مديرية الأمن العام في الأردن, الأمن العام الكردي).
_HTS_COUNTRY = re.compile(r"تحرير الشام|(?<!\w)[وبل]?الهيئه(?!\w)|ادلب")
_ANOTHER_SECURITY = re.compile(r"الاردن|لبنان|اللبناني|العراق|الكردي|الاسايش")
_HTS_SECURITY_CONFIDENCE = 0.6
_ASAYISH = "Asayish (Syria)"
_SYRIAN_ARMY = "الجيش السوري"
# The air force named bare (ونفذ سلاح الجو غارات, بإسناد من سلاح الجو والمدفعية): the
# air arm of the state whose army its sentence names; not one a word with the article,
# a demonstrative, في or a ل-phrase follows (سلاح الجو الروسي, سلاح الجو هذا, سلاح الجو
# في الجيش التركي, سلاح الجو لدى ...).
_AIR_FORCE_WORD = "سلاح الجو"
_BARE_AIR_FORCE = re.compile(r"(?<!\w)[وبل]?(?P<name>سلاح الجو)(?! *(?:ال\w+|هذا|في|ل\w+))(?!\w)")
_A_STATE_S_ARMY = "Military Forces of "
_ARMY_WORD = "جيش"
_THAT_SAID = re.compile(r"(?<!\w)(?:ان|بان|انه|بانه)(?!\w)")
# A unit the lexicon does not know, named with what it belongs to (أعلنت «كتيبة شهداء
# دوما» التابعة للجيش السوري الحر, «الفرقة 32» التابعة لحركة أحرار الشام): the actor it
# belongs to (normalised; its name quoted, or up to three words, or a number).
_BELONGING_WORD = "التابع"
_UNIT_WORD = r"(?:ال)?(?:كتيبه|لواء|فرقه|تجمع|فوج|سريه)"
_NOT_A_NAME_WORD = r"(?!ال|(?:من|في|علي|الي|عن|امام|قرب)(?!\w))"
_UNIT_BELONGING = re.compile(
    rf"(?<!\w)[وبل]?(?P<unit>{_UNIT_WORD}(?!\w)\s*"
    # (a quoted name, a number, or up to three words, none with the article nor a
    # preposition: not what the unit struck, كتيبة المدفعية المواقع التابعة لـ, nor who
    # gathered, تجمع العشرات أمام المقر)
    rf"(?:[«\"“][^»\"”\n]{{2,30}}[»\"”]|\d+|{_NOT_A_NAME_WORD}\w+"
    rf"(?:\s+{_NOT_A_NAME_WORD}\w+){{0,2}})"
    rf"|[«\"“]{_UNIT_WORD}\s[^»\"”\n]{{1,35}}[»\"”])"
    r"\s*[،,]?\s*(?:التابعه|التابع)\s+(?=ل)"
)
_BELONGING_REACH = 3  # characters after the ل to the name it belongs to (ل«, لـ )


def _units_of_a_known_actor(context: SuggestContext, hits: list[LexiconHit]) -> list[LexiconHit]:
    """Each unit of ``_UNIT_BELONGING`` no name of the lexicon covers: the records of
    the actor named right after التابعة ل."""
    normalized = context.normalized
    text = normalized.text
    taken = TakenSpans((hit.start, hit.end) for hit in hits)
    # (in the normalised text, where لـ« and لـ are as near as ل)
    starts = [normalized.normalized_index(hit.start) for hit in hits]
    found: list[LexiconHit] = []
    for match in _UNIT_BELONGING.finditer(text):
        first, last = normalized.span(*match.span("unit"))
        if taken.overlaps(first, last):
            continue
        index = bisect_left(starts, match.end())
        if index < len(hits) and starts[index] <= match.end() + _BELONGING_REACH:
            records = _no_surer_than(hits[index].records, ANAPHOR_CONFIDENCE)
            found.append(LexiconHit(first, last, records))
            taken.add(first, last)
    return found


def _air_force_of_the_army_named(
    context: SuggestContext, hits: list[LexiconHit]
) -> list[LexiconHit]:
    """The bare air force (``_BARE_AIR_FORCE``): the army's its sentence names nearest
    before it, in its own account (وحدات الجيش العربي السوري ... ونفذ سلاح الجو غارات)."""
    normalized = context.normalized
    text = normalized.text
    taken = TakenSpans((hit.start, hit.end) for hit in hits)
    armies = [
        hit
        for hit in hits
        if str(hit.records[0].value.get("name", "")).startswith(_A_STATE_S_ARMY)
        and _ARMY_WORD in normalize_key(context.text[hit.start : hit.end])
    ]
    found: list[LexiconHit] = []
    for match in _BARE_AIR_FORCE.finditer(text):
        first, last = normalized.span(*match.span("name"))
        if taken.overlaps(first, last):
            continue
        sentence_start = normalized.span(*sentence_around(text, match.start()))[0]
        before = [hit for hit in armies if sentence_start <= hit.start and hit.end <= first]
        # (not an army named after it, its owner told or guessed at, nor one that speaks
        # of it: قال الجيش اللبناني إن سلاح الجو شن غارات, the enemy's)
        if before and not _THAT_SAID.search(
            text, normalized.normalized_index(before[-1].end - 1), match.start()
        ):
            found.append(
                LexiconHit(first, last, _no_surer_than(before[-1].records, ANAPHOR_CONFIDENCE))
            )
    return found


_ARMY_BESIDE_SECURITY = re.compile(  # (normalised text)
    r"(?P<pair>(?P<name>(?<=الامن العام )والجيش(?!\w)"
    r"(?! (?:ال)?(?:اسرائيلي|تركي|روسي|اردني|لبناني))"
    r"|(?<!\w)(?:ال|لل|بال)جيش(?= والامن العام(?!\w)))(?: والامن العام)?)"
)
# The regime's name for its army, which only its own media and their allies write.
_STATE_MEDIA_S_ARMY = "الجيش العربي السوري"
_REBELS_IN_THE_STATE_S_WORDS = "المسلحين"
_INDEFINITE_GUNMEN = re.compile(
    r"(?P<among>(?<!\w)(?:بينهم|منهم) (?:نحو |قرابه |حوالي )?\d+ )?"
    r"(?<!\w)[وفبل]?(?P<name>مسلحون|مسلحين|مسلحا)(?!\w)"
    r"(?! (?:مجهول|مجهولون|مجهولين|ملثم|ملثمون|ملثمين|من|موال|موالون|موالين|تابع|تابعون|تابعين"
    r"|ينتمون|ينتمي|يتبعون|يستقلون|يستقل|يرتدون|اكراد|كرد|عشائر|عشائريين|عشائريون"
    r"|فلسطينيين|فلسطينيون|محليون|محليين|علي دراجه|علي دراجات|مدعومون|مدعومين)(?!\w))"
)
# ... not gunmen as an adjective of the people named before (مهربين مسلحين, لصوص مسلحين,
# مستوطنون مسلحون), nor in a sentence of another state, of evacuees or of a feast.
_A_NOUN_THEY_QUALIFY = re.compile(
    r"(?<!\w)[وفبل]?(?:مهربين|مهربون|مستوطنين|مستوطنون|مجرمين|مجرمون|لصوص|عصابه|عصابات|رجال"
    r"|شبان|شابا|افراد|اشخاص|قطاع طرق|عناصر|مقاتلين|مقاتلون)\s$"
)
# ... nor armed men one by one (شابا مسلحا, تحصن في منزله مسلحا ببندقية), nor in a sentence
# of another state, of evacuees, of crime or a feast.
_ARMED_WITH = re.compile(r" ب\w")
_NO_REBELS_AROUND = re.compile(
    rf"(?<!\w)(?:[وفبل]|في )?(?:{ABROAD_PLACES}"
    r"|اللبناني|العراقي|اسرائيل|الاحتلال|فلسطين|رام الله|الجولان)(?!\w)"
    r"|عائلاتهم|عوائلهم|الحافلات|حافلات|زفاف|احتفال|ابتهاج|سرقه|سطو|فديه|مخدرات|المخدرات"
)


def _another_group_named(
    context: SuggestContext, hits: list[LexiconHit], start: int, end: int
) -> bool:
    """Whether the sentence before the gunmen (normalised ``start``, ``end``) names an
    armed group of its own (مسلحو داعش ... وقتل مسلحون أجانب): the gunmen are its."""
    first, last = context.normalized.span(start, end)
    return any(
        first <= hit.start < last
        and hit.records
        and hit.records[0].value.get("inter") in NON_STATE_FORCES
        and hit.records[0].value.get("name") != _REBELS_NAME
        for hit in hits
    )


_GENERAL_SECURITY_NAME = "جهاز الأمن العام"
_UNIDENTIFIED_GROUP = "مسلحون مجهولون"
SMUGGLERS_CONFIDENCE = 0.7
# Jordan's army by the names it gives itself (normalised), where its forces are named.
_JORDANIAN = "الاردني"
_JORDAN_S_FORCES = "القوات الاردنيه"
_JORDAN_S_OWN_NAMES = re.compile(
    r"(?<!\w)[وف]?(?P<name>الجيش العربي|(?:قوات )?حرس الحدود)(?!\w)(?! ال\w{2,}ي(?:ه)?(?!\w))"
)
# ... in a sentence that names Jordan's forces and no other state's (الجيش العربي السوري,
# حرس الحدود التابعة لقوات النظام, حرس الحدود (الجندرما) التركية, الجيش اللبناني).
_OTHER_STATE_S_FORCES = re.compile(
    r"(?:الجيش|جيش|قوات|حرس الحدود|وحده|الجندرما)(?: \S+){0,2}? \(?(?:ال)?(?:سوري|تركي|لبناني"
    r"|عراقي|ليبي|اسرائيلي)(?:ه)?(?!\w)|النظام|الجندرما"
)
_SECURITY = "الامن"
_SECURITY_FORCES = "قوات الامن"
_SECURITY_FIRE = re.compile(
    r"(?<!\w)[وف]?(?:برصاص|بنيران|رصاص|نيران) (?P<name>الامن)(?!\w)(?! ال\w+)"
)

_RESIDENTS = "الاهالي"
_CITIZENS = "مواطن"
_CITIZEN_FORMS = frozenset({"المواطنين", "مواطنين", "المواطنون", "مواطنون"})
_CITIZENS_TO_THEIR_PROTEST = 30  # characters (خرج آلاف المواطنين أمس في تظاهرة)
_NOT_THEIR_PROTEST = re.compile(r"(?<!\w)(?:بعد|قبل|انتهاء|منذ|لتفقد|للتبرع|من منازلهم)(?!\w)")
_RESIDENTS_OF = "اهالي"
# The residents of a place, named after them (أهالي حي الوعر, من أهالي نوى).
_DWELLERS_OF = "سكان"  # (خرج المئات من سكان الحيين في تظاهرة)
_RESIDENTS_OF_A_PLACE = re.compile(r"(?<!\w)[وف]?(?P<noun>اهالي|سكان)(?= [^\s\d])")
# ... who gather: at a clause's start, or after a verb of going out or gathering, with
# how many of them (وخرج أهالي ذيبان, نظم العشرات من أهالي حي الوعر, أهالي نوى يتظاهرون).
_GATHERING_VERB = (
    r"(?<!\w)[وف]?(?:خرج|خرجت|نظم|نظمت|تجمع|تجمعت|شارك|شاركت|تظاهر|اعتصم|احتشد|احتشدت|تداعي"
    r"|توافد)"
)
_HOW_MANY = r"(?:ال)?(?:عشرات|مئات|الاف|العشرات|المئات|الالاف)"
_GATHERING_BEFORE = re.compile(
    r"(?:^|[.،,:\n\"]|" + _GATHERING_VERB + r")\s*(?:" + _HOW_MANY + r" من\s*)?$"
)
# ... and citizens, right after the verb, with or without من (خرج آلاف المواطنين).
_CITIZENS_GATHERING_BEFORE = re.compile(_GATHERING_VERB + r"\s*(?:" + _HOW_MANY + r"(?: من)?\s*)?$")
_PROTEST_REACH = 80  # characters after the residents: their sentence's protest
_SENTENCE_OR_CONTRAST = re.compile(r"[.!?؟؛\n]|" + _CONTRAST)  # (_CLAUSE_END past commas)
# ... and a time set apart by commas between them and their protest (، مساء الأربعاء،).
_TIME_APART = re.compile(
    r"[،,]\s*(?:يوم|مساء|صباح|ظهر|عصر|فجر|ليل|ليله|امس|اليوم|الاحد|الاثنين|الثلاثاء|الاربعاء"
    r"|الخميس|الجمعه|السبت)[^،,.]{0,25}[،,]"
)
_RESIDENTS_PROTESTING_CONFIDENCE = 0.5
_RESIDENT_FORMS = _definite_forms(_RESIDENTS)
_PROTESTERS = "المتظاهرين"
_PARTICIPANTS = "المشارك"
# (the participants, not who took part in a raid: المشاركين في الهجوم has no protest near)
_PROTEST_PARTICIPANTS = re.compile(r"(?<!\w)[وف]?(?P<noun>المشاركين|المشاركون)(?!\w)")
_ONE_OF_BEFORE = re.compile(r"(?<!\w)(?:احد|احدي|اثنين|اثنان) $")
_PARTICIPANTS_REACH = 200  # characters before them in their sentence: the protest named
# A protest's word, whole (not موقفه, توقفه, المظاهر المسلحة, nor a drone, مسيره).
_PROTEST_WORD = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:مظاهره|مظاهرات|تظاهره|تظاهرات|[يت]?تظاهر\w*|احتجاج\w*|اعتصام\w*"
    r"|متظاهر\w*|وقفه|وقفات|مسيرات احتجاجيه|شعارات)(?!\w)"
)
# ... and what they took part in, named right after them (في الاحتجاج, فيها, فيه).
_IN_WHAT = re.compile(r" (?:في|ب) (?P<what>\w+)| فيها| فيه")
_PARTICIPANTS_CONFIDENCE = 0.6
# What makes the residents the target: an attack on them, a gathering hit, the crowd
# at the scene (هرع الاهالي, مكتظا بالاهالي).
_TARGETED_BEFORE = re.compile(
    r"(?:(?<!\w)علي|(?<!\w)[وف]?(?:هاجم|استهدف|قصف|قنص|اطلق|هرع|اصطفاف|تجمع|تجمعا|تجمعات"
    r"|يرافقون|مكتظا?|مكتظه)\w*)\s*$|(?<!\w)[بل]$"
)


# Who backs a group named before it (قسد المدعومة من التحالف الدولي, الجيش الوطني المدعوم
# من أنقرة) is no party to what the group does: the news writers leave 23 of 23 such
# backers unmarked (those marked are inside a group's name: الميليشيات المدعومة من إيران).
# A campaign backed so has its backer taking part (حملتها العسكرية المدعومة من القوات
# الروسية: Russia's aircraft).
_BACKED_BY_BEFORE = re.compile(rf"(?<!\w)(?:ال)?مدعوم(?:ه|ين|ون|ا)? من(?: قبل)?[\s{QUOTE_CLASS}]*$")
# (the campaign's noun, an adjective or two between: هجوما بريا مدعوما من الطيران الروسي)
_A_CAMPAIGN_BEFORE = re.compile(
    r"(?<!\w)(?:ال)?(?:حمله|حملتها|حملته|عمليه|عمليتها|هجوم|هجوما|هجومها)(?: \w+){0,2} $"
)


def _backer_only(context: SuggestContext, hit: LexiconHit) -> bool:
    """Whether the name is that of a group's backer (see ``_BACKED_BY_BEFORE``)."""
    backed = _just_before(context, hit, _BACKED_BY_BEFORE, 25)
    return backed is not None and not _A_CAMPAIGN_BEFORE.search(
        context.normalized.text, max(backed.start() - 40, 0), backed.start()
    )


# "The competent authorities" (state media's word for the security services) are a
# party where they act (ألقت الجهات المختصة القبض, الجهات المختصة اشتبكت, قامت الجهات
# المختصة بإلقاء القبض); following up, being told or receiving (تتابع القضية, تلاحق
# المتورطين, إبلاغ الجهات المختصة, التحقيق لدى الجهات المختصة) they are none: the news
# writers mark 10 of 10 of the first, 1 of 8 of the second.
_AUTHORITIES = normalize_key("الجهات المختصة")
_AUTHORITIES_IDLE_AFTER = frozenset({"تتابع", "تلاحق", "تواصل", "تعمل", "ستتابع", "ستلاحق"})
_AUTHORITIES_IDLE_BEFORE = frozenset({
    "ابلاغ", "لدي", "مع", "الي", "مراجعه", "تسليم", "تسليمهم", "تسليمه", "احالته", "احالتهم",
    "اخبار", "اعلام", "تواصل", "تتابع",  # (تواصل الجهات المختصة عملياتها)
})  # fmt: skip
_WORD_AROUND = re.compile(r"[\s\"'«»“”]*(?:قد )?([\w]+)")
_WORD_BEFORE_HIT = re.compile(r"(\w+)[\s\"'«»“”]*$")


def _authorities_not_acting(context: SuggestContext, hit: LexiconHit) -> bool:
    text = context.normalized.text
    start = context.normalized.normalized_index(hit.start)
    end = context.normalized.normalized_index(hit.end - 1) + 1
    if not text.startswith(_AUTHORITIES, start):
        return False
    before = _WORD_BEFORE_HIT.search(text, max(start - 20, 0), start)
    after = _WORD_AROUND.match(text, end)
    return (
        before is not None
        and before[1].removeprefix("و").removeprefix("ب") in _AUTHORITIES_IDLE_BEFORE
    ) or (after is not None and after[1] in _AUTHORITIES_IDLE_AFTER)


# Civilians among whom no one was hurt (من دون أن تذكر أي إصابات بين المدنيين, دون ورود
# أنباء عن إصابات في صفوف المدنيين): no party to the event; where injuries are reported
# among them (عن إصابات في صفوف المدنيين) they are its victims.
_NONE_HURT_BEFORE = re.compile(
    r"(?<!\w)(?:دون|لم|عدم|لا)(?!\w)[^.،,\n]{0,30}اصابات (?:بين|في صفوف)[\s\"]*$"
)


def _none_hurt_among(context: SuggestContext, hit: LexiconHit) -> bool:
    return (
        bool(hit.records)
        and hit.records[0].value.get("name") == _SYRIAN_CIVILIANS
        and _just_before(context, hit, _NONE_HURT_BEFORE, 60) is not None
    )


def _written_with_lam(context: SuggestContext, hit: LexiconHit) -> bool:
    """Whether the name carries ل, in its span or right before it (لفلول النظام, لقسد)."""
    text = context.normalized.text
    start = context.normalized.normalized_index(hit.start)
    return text.startswith("ل", start) or text[start - 1 : start] == "ل"


def _just_before(
    context: SuggestContext, hit: LexiconHit, pattern: re.Pattern[str], reach: int
) -> re.Match[str] | None:
    """``pattern`` (ending with $) found in the ``reach`` normalised characters before
    the name."""
    start = context.normalized.normalized_index(hit.start)
    return pattern.search(context.normalized.text, max(start - reach, 0), start)


# A party named in a charge (اعتقلوا ستة شبان بتهمة التواصل مع «قسد», بذريعة الانتماء إلى
# «الإدارة الذاتية», للاشتباه بتعاملهم مع التنظيم): no party to the arrest; the news writers
# leave 37 of 40 such names unmarked.
# (the charge's words, then the preposition that names the party: التواصل مع, الخدمه
# سابقا في صفوف, الانتماء الي; or the party written with ل: الانتماء لفلول النظام. Not the
# agent told after it: بتهمه السرقه علي يد عناصر من الجيش الوطني)
_CHARGE = r"(?<!\w)(?:بتهمه|بتهم|بذريعه|بحجه|للاشتباه)(?!\w)"
_CHARGE_WORD = r' "?[^\s.،,؛:"]+"?'
_A_CHARGE_BEFORE = re.compile(
    _CHARGE
    + f"(?:{_CHARGE_WORD}){{0,4}}? (?:مع|الي|صفوف|لصالح)"
    + r'(?: "?(?:خلايا|عناصر|مقاتلي|فلول|صفوف))?[\s"]*$'  # (التعامل مع خلايا تنظيم الدولة)
)
_A_CHARGE_BEFORE_LAM = re.compile(_CHARGE + f"(?:{_CHARGE_WORD}){{1,3}}" + r'[\s"]*$')


# ... and one that declines to comment (امتنع الجيش الاسرائيلي عن التعليق, رفضت الوزارة
# التعليق).
_COMMENT_WITHHELD_AFTER = re.compile(r"[\s\"]*(?:عن )?التعليق(?!\w)")


def _only_speaking(context: SuggestContext, hit: LexiconHit) -> bool:
    """Whether the name is that of a party speaking through someone, denying, or only
    asked, backed or negotiated with (see ``_SPEAKING_FOR_BEFORE``), or one a charge names
    (``_A_CHARGE_BEFORE``)."""
    return (
        _just_before(context, hit, _SPEAKING_FOR_BEFORE, 30) is not None
        or _just_before(context, hit, _A_CHARGE_BEFORE, 50) is not None
        or _COMMENT_WITHHELD_AFTER.match(
            context.normalized.text, context.normalized.normalized_index(hit.end - 1) + 1
        )
        is not None
        or (
            _written_with_lam(context, hit)
            and _just_before(context, hit, _A_CHARGE_BEFORE_LAM, 50) is not None
        )
    )


def _russian_made(context: SuggestContext, hit: LexiconHit) -> bool:
    """تستخدم القوات الجوية السورية الطائرات الروسية: aircraft the Syrian air force uses,
    or of Russian make (مروحيات روسية الصنع)."""
    if not any(record.value.get("name") == _RUSSIAN_AIR_FORCE for record in hit.records):
        return False
    if not context.text[hit.start : hit.end].lstrip("الو").startswith((*_AIRCRAFT, "مروح")):
        return False
    if _MADE_AFTER.match(normalize_key(context.text[hit.end : hit.end + 12])):
        return True  # (مروحيات روسية الصنع: of Russian make, whoever flies them)
    before = normalize(context.text[max(hit.start - 60, 0) : hit.start]).text
    return _SYRIAN_USE_BEFORE.search(before) is not None


_MADE_AFTER = re.compile(r"\s*(?:ال)?صنع(?!\w)")


def _army_telling_its_losses(context: SuggestContext, first: int) -> str:
    """The stem of the state that lost the soldiers at ``first`` (خسرت انقره 13 جنديا) or
    of the foreign army whose statement, earlier in the sentence, tells of them (its own),
    else Syria's (soldiers counted without a name)."""
    text = context.normalized.text
    at = context.normalized.normalized_index(first)
    start, _end = sentence_around(text, at)
    losing = _STATE_LOSING.search(text, max(start, at - 40), at)
    if losing is not None:  # (خسرت انقره 13 جنديا: Turkey's own)
        return _STATE_NAMES[losing["subject"] or losing["name"]]
    telling = _FOREIGN_ARMY_TELLING.search(text, start, at)
    if telling is None or _SYRIAN_FORCES.search(text, start, _end):
        return "سوري"
    return telling["stem"]
