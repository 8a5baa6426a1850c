"""Casualty counts: a number tied to an outcome word (killed, injured, detained, abducted).

Numbers come from ``annotator.text.numbers``. A number becomes a casualty when an
outcome word stands in the same sentence (sentences end at . ! ? ؟ ؛ and line breaks):

- the number's own noun first (قتيلين, 20 قتيلًا, 5 قتلى, 10 جرحى);
- else the nearest outcome before it (قتل 13 عنصرًا, مقتل ثلاثه, اصيب اكثر من 20) or
  after it as its verb (عنصرين من ... قُتلا), the one before winning a tie; an outcome
  after it that opens a new clause with و (13 عنصرًا وجُرح ...) only when nothing else fits;
- a count far after its outcome is a follow-on only when the text links it
  (اضافه الي خمسه, وجُرح 18 آخرون).

Never a casualty: unit names (الفرقه 18), aircraft models, clock times, dates (and the
spans of earlier date suggestions), years, ages, percentages, counts of things and time
(غارات, طائرات, ايام, كيلومتر ...), واحد/اثنين describing a thing (غاره واحده), "one of" a
thing (احدي المدارس), a part of a count (بينهم 2 اطفال, اربعه منهم), negated outcomes
(لم يصب احد). The count is ACLED's lowest figure; the span is the number expression.

Also counted, without a number:

- one person named by a singular noun right after the outcome (مقتل شاب, اصيب طفل,
  اعتقال ناشط) or after one body (جثه طفل, جثه ذكر), and each person joined to it with
  و, a count of one of its own (مقتل رجل وامراه: 1 and 1);
- so is a person joined with و to a counted noun (استشهد 3 اطفال وامراه: 3 and 1): coders
  and the news gold count them one by one, and the event's fatalities add them up;
- a vague count of two outcomes (عشرات القتلي والجرحي) is a count of each.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count, pairwise
from operator import itemgetter
from typing import NamedTuple

from annotator.suggest.base import SuggestContext, Suggestion, TakenSpans
from annotator.suggest.sources import SPEECH_WORDS
from annotator.text.normalize import normalize_key
from annotator.text.numbers import (
    GOING_PAST,
    HUNDRED_WORDS,
    NOT_YET,
    QUALIFIERS_BEFORE,
    TEN_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
    VAGUE_WORDS,
    NumberMention,
    find_numbers,
    may_start_number,
    ordinary_number_words,
)
from annotator.text.tokens import Token, char_positions, letter_and_digit_runs, sentence_around

OUTCOME_WORDS: dict[str, tuple[str, ...]] = {
    "killed": (
        "قتل", "قتلا", "قتلوا", "قتلت", "قتلتا", "قتلن", "يقتل", "تقتل", "يقتلون", "يقتلوا",
        "قتيل", "قتيله", "قتيلا", "قتيلان", "قتيلين", "قتلي", "مقتل",
        "استشهد", "استشهدا", "استشهدوا", "استشهدت", "استشهاد",
        "شهيد", "شهيدا", "شهيدان", "شهيدين", "شهداء", "مصرع",
        "ضحايا", "ضحيه", "ضحيتان", "ضحيتين",  # victims: ACLED reads them as killed
        "ضحيتها", "ضحيته", "ضحاياها", "ضحاياه",  # راح ضحيتها ستة مدنيين
        "مصرعه", "مصرعها", "مصرعهما", "مصرعهم",  # لقوا مصرعهم
        "هلاك", "هلك", "هلكوا",  # perished: an enemy's dead as its foes write them
        "توفي", "توفيت", "توفيا", "توفوا", "توفين", "وفاه", "متوفين",  # died (of the attack)
        "جثه", "جثث", "جثتان", "جثتين", "جثمان", "جثامين",  # bodies (انتشال 5 جثث)
        "رفات",  # remains (مقبرة جماعية تضم رفات 19 شخصاً)
        # assassinated
        "اغتيال", "اغتال", "اغتالت", "اغتالوا", "اغتيل", "اغتيلت", "اغتيلوا", "يغتال", "تغتال",
        "اعدم", "اعدمت", "اعدموا", "اعدما", "يعدم", "تعدم", "يعدمون", "اعدام",  # executed
        "مات", "ماتا", "ماتوا", "ماتت", "يموت", "يموتون", "تموت",  # died (يموتون جوعا)
        "قضي", "قضوا", "قضيا",  # died: قضى طفلان بانفجار لغم (not قضت: a court ruled)
        "ارتقي", "ارتقت", "ارتقوا", "ارتقيا",  # "rose" as martyrs: ارتقى جنديان
        "نعي", "نعوا", "ينعي", "تنعي",  # mourned (not نعت: also "described as")
        # ... with its object's pronoun, after the people counted (ثلاثه مدنيين اعدمهم
        # مسلحون)
        "قتلهم", "قتلتهم", "قتلوهم", "اعدمهم", "اعدمتهم", "اعدموهم",
    ),
    "injured": (
        "اصيب", "اصيبا", "اصيبوا", "اصيبت", "يصاب", "اصابه", "اصابات",
        "اصاب", "اصابت",  # active (اودى بحياه 6 اشخاص واصاب 81 اخرين)
        "اصابوا", "اصابا",  # (قتلوا 19 مدنيا واصابوا اكثر من 30 اخرين)
        "مصاب", "مصابا", "مصابان", "مصابين", "مصابون",
        "جرح", "جرحا", "جرحوا", "جرحت", "جريح", "جريحه", "جريحا", "جريحان", "جريحين", "جرحي",
        "جروح",
    ),
    "detained": (
        "اعتقل", "اعتقلا", "اعتقلوا", "اعتقلت", "اعتقال", "اعتقالات", "يعتقل", "تعتقل",
        "يعتقلون", "يعتقلوا",  # (قبل أن يطلقوا الرصاص ويعتقلوا ثلاثة)
        "معتقل", "معتقلا", "معتقلان", "معتقلين", "معتقلون",
        "احتجز", "احتجزت", "احتجزوا", "احتجاز", "محتجز", "محتجزين",
        "اوقف", "اوقفت", "اوقفوا", "توقيف", "القبض",
        "توقيفه", "توقيفها", "توقيفهم", "توقيفهما",  # جري توقيفهم: were arrested
        "اسروا", "اسرت", "اسرتا", "اسرهم",  # captured (not اسر: also "families")
        "اعتقلهم", "اعتقلتهم", "اعتقلوهم",
    ),
    "abducted": (
        "اختطف", "اختطفا", "اختطفوا", "اختطفت", "اختطاف", "خطف", "خطفت", "خطفوا", "يختطف",
        "تختطف", "يختطفون", "يخطفون",  # (not يخطف, تخطف: البرد يخطف ارواح ...)
        "يختطفوا", "يخطفوا",
        "مختطف", "مختطفا", "مختطفين", "مختطفون", "مخطوف", "مخطوفين",
        "اختطفهم", "اختطفتهم", "اختطفوهم", "خطفهم", "خطفتهم", "خطفوهم",
    ),
}  # fmt: skip
# A party's own people, as lost (خسرت ... من مقاتليها, من عناصره, من جنوده).
_FIGHTERS_OF = ("مقاتلي", "عناصره", "عناصرها", "عناصرهم", "جنوده", "جنودها", "افراده", "افرادها")
# Outcomes written in two words, the second within a few words of the first (لقي 4
# مسلحين حتفهم, اودي الانفجار بحياه 6): the first word, how the second begins (one
# beginning or several).
OUTCOME_PHRASES: dict[str, tuple[str | tuple[str, ...], str]] = {
    **dict.fromkeys(("لقي", "لقيا", "لقوا", "لقيت", "لقين", "يلقي"), ("حتف", "killed")),
    **dict.fromkeys(("اودي", "اودت", "يودي", "تودي"), ("بحيا", "killed")),
    # فارقت الحياه: departed life
    **dict.fromkeys(("فارق", "فارقت", "فارقا", "فارقوا", "فارقن", "يفارق"), ("الحيا", "killed")),
    # حصدت الغارات ارواح 14 مدنيا: reaped the lives of
    **dict.fromkeys(("حصد", "حصدت", "يحصد", "تحصد", "حصدا"), ("ارواح", "killed")),
    # لغم ينهي حياه طفلين: ended the lives of
    **dict.fromkeys(("انهي", "انهت", "ينهي", "تنهي"), ("حيا", "killed")),
    # فقد 3 اشخاص حياتهم: lost their lives; فقدت قسد اربعه من مقاتليها: lost (killed)
    # four of its fighters, as خسرت الفصائل سبعه من مقاتليها
    **dict.fromkeys(("فقد", "فقدت", "فقدوا", "فقدا", "فقدن"), (("حيات", *_FIGHTERS_OF), "killed")),
    # ... and خسرت انقره 13 جنديا: lost soldiers counted (their accusative forms), and the
    # noun (وخساره اربعه من مقاتليه)
    **dict.fromkeys(
        ("خسر", "خسرت", "خسروا", "يخسر", "تخسر", "خساره"),
        (
            (*_FIGHTERS_OF, "جنديا", "جنديين", "جنود", "عنصرا", "عنصرين", "مقاتلا", "مقاتلين"),
            "killed",
        ),
    ),
    # قضت علي عدد من افرادها, القضاء علي 5 ارهابيين: finished off (military reports)
    **dict.fromkeys(
        ("قضي", "قضت", "قضوا", "يقضي", "تقضي", "القضاء", "قضاء", "وقضت", "وقضي"),
        ("علي", "killed"),
    ),
}
# Outcome nouns that are the counted noun of a number before them (5 قتلي, 10 جرحي).
COUNTED_OUTCOMES = {
    "قتيل", "قتيلا", "قتلي", "شهيد", "شهيدا", "شهداء", "جريح", "جريحا", "جرحي",
    "مصاب", "مصابا", "مصابين", "مصابون", "اصابات", "معتقل", "معتقلا", "معتقلين",
    "معتقلون", "محتجز", "محتجزين", "مختطف", "مختطفا", "مختطفين", "مختطفون", "مخطوف",
    "مخطوفين", "ضحايا", "ضحيه", "جثه", "جثث", "جثامين",
}  # fmt: skip
NEGATIONS = {"لم", "لن", "لا", "ولم", "ولا", "فلم", "دون", "بدون", "ودون", "عدم", "بلا",
             # an attempt (محاوله اغتيال, محاوله اختطاف) hurts no one by itself
             "محاوله", "ومحاوله", "بمحاوله", "لمحاوله", "محاولات", "ومحاولات"}  # fmt: skip
# Nor does a sentence to death (حكم بالاعدام علي 5): not carried out yet; نفذت حكم
# الاعدام بحق 5 is.
_SENTENCED = frozenset({"حكم", "حكمت", "يحكم", "احكام", "حكما", "عقوبه"})
_NEGATIONS_TWO_BEFORE = frozenset({"دون", "بدون", "عدم"})  # دون وقوع اصابات
_REPORTS_OF = frozenset({"انباء", "معلومات", "تقارير", "انباءا"})
# "Fell" right before a count of people means killed (سقوط 17 مدنيا, سقط 5 اشخاص); before
# anything else it is a shell or a town that fell, no outcome.
FALLEN = frozenset({"سقوط", "سقط", "سقطوا", "سقطت"})
# "Captured" written like "families" (اسر): an outcome only right before a count (واسر
# سبعه اخرين, اسر نحو 40), not before a noun (اسر الضحايا).
CAPTURED = frozenset({"اسر"})
_QUALIFIER_FIRST_WORDS = frozenset(phrase[0] for phrase in QUALIFIERS_BEFORE)  # نحو, اكثر
# "Reached" a count, after a campaign of arrests or abductions (حمله اعتقالات واسعه في
# البلده، طالت اكثر من 30 شابا): the campaign's outcome, for the people it reached.
REACHING = frozenset({"طالت", "شملت", "طال", "شمل"})
_REACHING_DISTANCE = 8  # words from the campaign's outcome word

# A number right after one of these names a unit, a clock time, a year or an age.
LABEL_WORDS = {
    "فرقه", "لواء", "فيلق", "كتيبه", "فوج", "سريه", "فرع", "مفرزه", "قطاع", "قوه", "جيش",
    "رقم", "ماده", "قرار", "بند", "طريق", "محطه", "مطار", "قاعده", "نقطه", "حاجز",
    "ساعه", "عام", "سنه", "منذ", "طابق", "مبني", "شارع", "مرحله", "جوله", "دوره",
    "عمر", "عمره", "عمرها", "عمرهم", "عمرهما", "بعمر", "اعمار", "اعمارهم", "صفحه",
    "سوخوي", "ميغ", "ميج", "طراز", "نموذج", "الاممي", "الامميه",  # القرار الاممي 2254
    "برج",  # قاعده البرج 22
}  # fmt: skip
# Label words with their article that also end a name (الامن العام, الطريق العام): a
# count joined with و after them begins anew.
_LABEL_FORMS_WITH_ARTICLE = frozenset({"العام"})
# Periods a number after ال follows (خلال الساعات الـ48 الماضيه): how long, not how many.
_PERIODS_FORMS = {"الساعات", "الايام", "الاسابيع", "الاشهر", "السنوات", "خلال"}
# A number right before one of these counts things or time, not people.
THING_WORDS = {
    "مقبره", "مقابر", "مقبرتين",  # (66 مقبرة جماعية: graves counted, not the dead)
    "دقيقه", "دقائق", "ساعه", "ساعات", "يوم", "يوما", "ايام", "اسبوع", "اسبوعا", "اسابيع",
    "شهر", "شهرا", "اشهر", "شهور", "سنه", "سنوات", "سنين", "عام", "عاما", "اعوام", "ربيعا",
    "كيلومتر", "كيلومترا", "كيلومترات", "كم", "متر", "مترا", "امتار", "ميل", "ميلا",
    "غاره", "غارات", "طائره", "طائرات", "مروحيه", "مروحيات", "مسيره", "مسيرات", "طلعه",
    "طلعات", "صاروخ", "صاروخا", "صواريخ", "قذيفه", "قذائف", "برميل", "براميل", "عبوه",
    "عبوات", "لغم", "الغام", "سياره", "سيارات", "اليه", "اليات", "عربه", "عربات", "دبابه",
    "دبابات", "مدرعه", "مدرعات", "هجوم", "هجوما", "هجمات", "عمليه", "عمليات", "انفجار",
    "انفجارات", "محاوله", "محاولات", "مره", "مرات", "منزل", "منزلا", "منازل", "بيت", "بيوت",
    "مبني", "مباني", "قريه", "قري", "بلده", "بلدات", "مدينه", "مدن", "موقع", "موقعا",
    "مواقع", "نقطه", "نقاط", "حاجز", "حواجز", "محافظه", "محافظات", "دوله", "دول",
    "مئه", "مائه", "دولار", "دولارا", "ليره", "طن", "طنا", "اطنان", "كغ", "لتر", "درجه",
    "محل", "محلا", "محال", "محلات", "متجر", "متاجر", "مسجد", "مساجد", "مدرسه", "مدارس",
    "مستشفي", "مشفي",
    "مشافي", "مستشفيات", "مركز", "مراكز", "قنبله", "قنابل", "ضربه", "ضربات", "صوره", "صور",
    "مقطع", "مقاطع", "فيديو", "تقرير", "تقارير", "عائله", "عائلات", "اسره", "اسر",
    "نسمه", "ساكن",  # a population (تؤوي نحو 3 ملايين نسمه)
    "كيلوغرام", "كيلوغراما", "كيلوغرامات", "كلغ", "كيلو", "غرام", "غراما",  # a charge's weight
    "طابق", "طوابق",  # a building's floors (بناء سكني من اربعه طوابق)
    "هدف", "هدفا", "اهداف", "وكر", "اوكار",  # targets a statement says it hit

    # what a report rests on (يستند التقرير الي 9 مقابلات مع ذوي ضحايا)
    "مقابله", "مقابلات", "شهاده", "شهادات", "وثيقه", "وثائق", "ملف", "ملفات", "رساله",
    "رسائل", "منشور", "منشورات", "تغريده", "تغريدات",
}  # fmt: skip
MONTHS = {
    "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه",
    "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
    "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويليه", "اوت",  # the Maghreb's
}  # fmt: skip
# The Hijri months (26 ربيع الاول 1447 للهجره): a number right before one is its day; one
# after it is a count (قتل خلال شهر رمضان 85 مدنيا), and رجب, شعبان are also given names.
_HIJRI_MONTHS = {"محرم", "صفر", "ربيع", "جمادي", "رجب", "شعبان", "رمضان", "شوال"}
_PEOPLE = (
    "عنصر", "عناصر", "مقاتل", "مقاتلين", "مقاتلون", "جندي", "جنود", "مدني", "مدنيين",
    "مدنيون", "طفل", "اطفال", "طفله", "شخص", "اشخاص", "امراه", "نساء", "رجل", "رجال",
    "فتاه", "فتيات", "فتي", "شاب", "شبان", "شباب", "سيده", "مسلح", "مسلحين", "عسكري",
    "عسكريين", "ضابط", "ضباط", "قيادي", "قياديين", "قائد", "قاده", "مواطن", "مواطنين",
    "طالب", "طلاب", "مريض", "مرضي", "موظف", "موظفين", "عامل", "عمال", "مسعف", "مسعفين",
    "طبيب", "اطباء", "ممرض", "ممرضين", "صحفي", "صحفيين", "ناشط", "ناشطين", "افراد",
    "اعضاء", "سكان", "اهالي", "ابناء", "اسير", "اسري", "اخرون", "اخرين",
    "اعلامي", "اعلاميين", "زائر", "زائرين", "زوار", "متطوع", "متطوعين", "نازح", "نازحين",
    "لاجئ", "لاجئين", "مراجعين", "كوادر", "كادر", "طاقم", "طواقم", "ممرضات", "طبيبات",
    "عاملين", "عاملون", "موظفات", "معلمين", "معلمات", "تلاميذ", "طالبات", "مسعفات", "تلميذ",
    "تلميذه", "تلميذات",
    "متظاهر", "متظاهرين", "متظاهرون", "محتج", "محتجين", "محتجون", "ماره",
    # fighters as each side calls them, and the construct forms (مقاتلي التنظيم)
    "ارهابي", "ارهابيين", "ارهابيون", "ارهابيي", "مسلحي", "مقاتلي", "مرتزقه", "متشدد",
    "متسلل", "متسللين", "متسللون",
    "متشددين", "جهادي", "جهاديين", "مهاجم", "مهاجمين", "مهاجمون", "متعاقد", "متعاقدين",
    # people counted by their community (اختطف التنظيم عشرات الاشوريين)
    "اشوريين", "مسيحيين", "ايزيديين", "ايزيديات", "علويين", "اكراد", "تركمان",
    # (not سريان: also "coming into force", سريان الهدنه)
)  # fmt: skip
_GROUP_POSSESSIVES = ("ها", "هم", "هما")
# Plurals that also take the possessive ه (عناصره); a singular does not, as its form with
# ه is often another word (مقاتله: a fighter jet; عسكريه: military).
_PLURALS_OF_A_GROUP = frozenset({"عناصر", "افراد", "جنود", "رجال", "ابناء", "اعضاء", "ضباط",
                                 "كوادر", "اطفال", "قاده"})  # fmt: skip


def _possessed(word: str) -> set[str]:
    """عناصرها, افرادهم, مقاتليه (مقاتلين loses its ن): a group's own people."""
    if word.endswith("ه"):
        return set()
    if word.endswith(("ين", "ون")):
        stem = word[:-2] + "ي"
        return {stem + ending for ending in ("ه", *_GROUP_POSSESSIVES)}
    endings = ("ه", *_GROUP_POSSESSIVES) if word in _PLURALS_OF_A_GROUP else _GROUP_POSSESSIVES
    return {word + ending for ending in endings}


# Person nouns, with the accusative that follows 11-99 (عنصرا, مدنيا) and with a
# possessive (قضت علي عدد من افرادها).
PERSON_NOUNS = {
    *_PEOPLE,
    *(word + "ا" for word in _PEOPLE if not word.endswith("ه")),
    *(form for word in _PEOPLE for form in _possessed(word)),
}
# Words after which واحد/اثنين is not an adjective of the noun before it.
PARTICLES = {"من", "في", "الي", "علي", "عن", "مع", "بين", "ان", "انه", "حيث", "ثم", "كما",
             "سوي", "الا", "حوالي", "نحو", "و", "او"}  # fmt: skip
_ONE_AND_TWO = {"واحد", "واحده", "اثنان", "اثنين", "اثنتان", "اثنتين"}
_ONE_OF = {"احد", "احدي"}
# Words right before a number that continue an earlier count (اضافه الي خمسه).
# ... and so does one set against it (مقابل 75 مقاتلا: the other side's toll).
FOLLOW_ON_WORDS = {"الي", "عن", "جانب", "و", "كذلك", "ايضا", "كما", "مقابل"}
# A count right after these is part of the one before (قتل 5 بينهم 2 اطفال): not another.
SUBSET_WORDS = {"بينهم", "منهم", "بينهن", "منهن", "بينهما", "منهما", "فيهم", "فيهن"}
# ... and so is one right after هم that follows a count (54 قتيلا، هم 29 من ... و18 من:
# the total broken down; not القتلي هم 5 عناصر, the figure itself).
_BREAKDOWN_WORDS = frozenset({"هم", "وهم"})
# Nor is a count right before these (تسعه قتلي، اربعه منهم اطفال); خمسه بينهم قيادي is.
OF_THEM_WORDS = {"منهم", "منهن", "منهما"}
# One person, named by the noun right after an outcome (مقتل شاب, اصابه طفله). Not
# مسلح, which after an active قتل is the killer.
SINGLE_PEOPLE = {
    "شخص", "رجل", "امراه", "سيده", "طفل", "طفله", "شاب", "شابه", "فتي", "فتاه", "مسن",
    "مسنه", "مدني", "مواطن", "مواطنه", "عنصر", "مقاتل", "جندي", "ضابط", "قيادي", "قائد",
    "ناشط", "صحفي", "اعلامي", "طبيب", "ممرض", "ممرضه", "مسعف", "متطوع", "عامل", "حارس",
    "معلم", "مدرس", "طالب", "طالبه", "تلميذ", "تلميذه", "مزارع", "راعي", "امام", "مختار",
    "سائق", "شرطي",
    "عسكري", "لاجئ", "نازح", "نازحه", "عضو", "راع", "تاجر", "صياد", "بائع", "متعاقد",
    "متظاهر", "محتج", "مطلوب", "سياسي", "سياسيه", "صحفيه", "اعلاميه", "ناشطه", "طبيبه",
    "صحافي", "صحافيه", "رضيع", "رضيعه", "زائر", "زائره",  # (a pilgrim: زائر عراقي)
    "مهندس", "مهندسه", "محامي", "محاميه", "صيدلي", "صيدلانيه", "موظف", "موظفه", "فلاح",
    "نجار", "خباز", "مصور", "مصوره", "حلاق",  # by their work (وفاه المهندس خالد)
    # an officer by his rank (قتل العقيد علي خزام)
    "عقيد", "عميد", "ملازم", "نقيب", "رقيب", "مساعد", "مجند", "عريف", "مقدم",
    # one held, who died or was killed (وفاه معتقل تحت التعذيب, اعدام سجين)
    "معتقل", "سجين", "اسير", "موقوف",
}  # fmt: skip
_SINGLE_NOUNS = frozenset(SINGLE_PEOPLE)  # (without the possessives added below)
# ... and with a possessive (مقتل سائقها, اصابه حارسه): one person of whoever is named.
SINGLE_PEOPLE |= {
    (noun[:-1] + "ت" if noun.endswith("ه") else noun) + possessive
    for noun in tuple(SINGLE_PEOPLE)
    for possessive in ("ه", "ها", "هم")
}
# Relatives, one person each, bare or with a possessive (اصابه اخيه, مقتل زوجته وابنها).
_KIN = (
    "اخ", "اخت", "ابن", "ابنه", "بنت", "زوج", "زوجه", "والد", "والده", "ام", "اب",
    "شقيق", "شقيقه", "عم", "عمه", "خال", "خاله", "جد", "جده", "حفيد", "حفيده", "صهر",
    "نجل", "نجله",  # a son, a daughter (اختطفوا مسنا ونجله)
)  # fmt: skip
# Bare, these are other words too: ام "or", اب "August", عم "prevailed", خال "free of".
_KIN_ONLY_WITH_A_POSSESSIVE = frozenset({"ام", "اب", "عم", "خال"})
_POSSESSIVES = ("ه", "ها", "هما", "هم", "هن", "ي", "ك", "نا")
_KIN_FORMS = {"اخو", "اخا", "اخي", "ابو", "ابا", "ابي"}  # اخوه, اخاه, اخيه: the five nouns
KIN = {
    *(noun for noun in _KIN if noun not in _KIN_ONLY_WITH_A_POSSESSIVE),
    *(
        (noun[:-1] + "ت" if noun.endswith("ه") else noun) + possessive
        for noun in (*_KIN, *_KIN_FORMS)
        for possessive in _POSSESSIVES
    ),
}
SINGLE_PEOPLE |= KIN
FOLLOW_ON_AFTER = {"اخرون", "اخرين", "اخري", "اخريات"}
# One more person, after others counted (مقتل عنصرين واصابه ثالث, اصيب اخر بجروح): one,
# where no noun follows (not مقتل اخر قادة التنظيم, the last of them).
ANOTHER_ONE = frozenset({
    "اخر", "ثالث", "رابع", "خامس", "سادس",
    "ثالثا", "رابعا", "خامسا", "سادسا",  # the object of an active verb (واعتقلت ثالثا)
})  # fmt: skip
_AFTER_ANOTHER_ONE = frozenset(
    {"بجروح", "جراء", "اثر", "في", "خلال", "بعد", "اثناء", "اصابه", "من", "علي", "قرب"}
)
# One body, and whose (جثه طفل, جثه ذكر بالغ, جثمان شاب): one killed.
_ONE_BODY = frozenset({"جثه", "جثمان"})
# Whose: a person, without the article (جثه الطفل is the child already counted); not
# امام, also "in front of" (جثه امام المنزل).
_BODY_OF = frozenset((SINGLE_PEOPLE | {"ذكر", "انثي"}) - {"امام"})
CLOCK_WORD = "الساعه"

_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال",
             "وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")  # fmt: skip


def _with_proclitics(vocabulary: Iterable[str]) -> frozenset[str]:
    """Every word that is one of ``vocabulary``, bare or with a proclitic (قتلي, وبالقتلي):
    the words whose ``_forms`` meet it, listed once so that a check is one set lookup."""
    words = frozenset(vocabulary)
    with_a_proclitic = (prefix + word for word in words if len(word) >= 2 for prefix in _PREFIXES)
    return words.union(with_a_proclitic)


# The vocabularies the checks read words with, as written.
_PERSON_NOUN_FORMS = _with_proclitics(PERSON_NOUNS)
_SINGLE_PERSON_FORMS = _with_proclitics(SINGLE_PEOPLE)
_ONE_BODY_FORMS = _with_proclitics(_ONE_BODY)
_ONE_AND_TWO_FORMS = _with_proclitics(_ONE_AND_TWO)
_SUBSET_FORMS = _with_proclitics(SUBSET_WORDS)
_LABEL_OR_SUBSET_FORMS = _with_proclitics(LABEL_WORDS | SUBSET_WORDS)
_THING_FORMS = _with_proclitics(THING_WORDS)
_THING_OR_MONTH_FORMS = _with_proclitics(THING_WORDS | MONTHS | _HIJRI_MONTHS)
_HIJRI_MONTH_FORMS = _with_proclitics(_HIJRI_MONTHS)
_HIJRI_YEARS = 1300  # (a number after a Hijri month from here on is its year)
_MONTH_FORMS = _with_proclitics(MONTHS)
_PERSON_OR_PARTICLE_FORMS = _with_proclitics(PERSON_NOUNS | PARTICLES)
_CLOCK_FORMS = _with_proclitics({CLOCK_WORD})

_SENTENCE_MARKS = ".!?؟؛\n\r\u2028\u2029"  # what ends a sentence
_PERCENT = ("%", "٪")
_MAX_WORDS_BEFORE_OUTCOME = 12  # عنصرين من ... قُتلا
_MAX_WORDS_AFTER_OUTCOME = 4  # قُتل على إثره 13 عنصرًا
# An active verb's subject may come between it and a count of people (verb, subject,
# object): اعتقلت دوريه تابعه لفرع المخابرات الجويه 11 شابا.
_MAX_WORDS_AFTER_A_VERB = 10
# The verbs of taking people after ان, without their nun (قبل ان ... ويعتقلوا ثلاثه).
_SUBJUNCTIVE = ("يقتلوا", "يعتقلوا", "يختطفوا", "يخطفوا")
_ACTIVE_VERBS = frozenset({
    "قتل", "قتلت", "قتلوا", "اعتقل", "اعتقلت", "اعتقلوا", "احتجز", "احتجزت", "احتجزوا",
    "اختطف", "اختطفت", "اختطفوا", "خطف", "خطفت", "خطفوا", "اوقف", "اوقفت", "اوقفوا",
    "اغتال", "اغتالت", "اغتالوا", "اعدم", "اعدمت", "اعدموا", "اصاب", "اصابت", "اصابوا",
    # the present of headlines (عبوه ناسفه تقتل ضابطا, الامن يعتقل 11 شابا)
    "تقتل", "يقتل", "تعتقل", "يعتقل", "تختطف", "يختطف", "تغتال", "يغتال",
    "يقتلون", "يعتقلون", "يختطفون", "يخطفون", "يعدمون", "يغتالون",
    *_SUBJUNCTIVE,  # (after ان: ويعتقلوا ثلاثه)
})  # fmt: skip
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
_MAX_WORDS_FOLLOW_ON = 20  # قُتلا إثر اشتباكات ... إضافة إلى خمسة
_MAX_PHRASE_GAP = 8  # words from لقي to حتفهم
_MAX_LIST_WORDS = 4  # بينهم 7 نساء و 10 اطفال
_MAX_PART_WORDS = 6  # و18 after 29 من مقاتلي العشائر: the part before, with its people
_MAX_WORDS_TO_A_VAGUE_OUTCOME = 3  # عشرات ... الجرحي, not a word a sentence away
# ... unless the vague count names people, whose description may come between: عدد من
# اعضاء الكادر التمريضي والطبي تعرضوا للاصابات.
_MAX_WORDS_TO_A_VAGUE_OUTCOME_OF_PEOPLE = 8
_YEARS = range(1900, 2101)


class _Outcome(NamedTuple):  # a tuple: made for every candidate, fast
    first: int  # word index of the outcome word
    last: int
    outcome: str


@dataclass
class _Outcomes:
    """The outcome words of one sentence, in word order."""

    firsts: list[int] = field(default_factory=list)
    outcomes: list[_Outcome] = field(default_factory=list)

    def add(self, outcome: _Outcome) -> None:
        self.firsts.append(outcome.first)
        self.outcomes.append(outcome)

    def near(self, first: int, last: int) -> list[_Outcome]:
        """Those close enough to words ``first``..``last`` to be tied to them."""
        low = bisect_left(self.firsts, first - _MAX_WORDS_FOLLOW_ON - 2)
        high = bisect_right(self.firsts, last + _MAX_WORDS_BEFORE_OUTCOME + 1)
        return self.outcomes[low:high]


class _Link(NamedTuple):  # a tuple: made for every candidate, fast
    outcome: str
    distance: int  # words between the number and its outcome word; -1 if they overlap


def _build_outcome_index() -> dict[str, str]:
    return {word: outcome for outcome, words in OUTCOME_WORDS.items() for word in words}


_OUTCOME_INDEX = _build_outcome_index()


def suggest_casualties(ctx: SuggestContext) -> list[Suggestion]:
    """Casualty suggestions for one article, in text order."""
    text = ctx.normalized.text
    words = letter_and_digit_runs(ctx.normalized)
    # No outcome word, no casualty: most articles stop here, before reading numbers.
    found_outcomes = _find_outcomes(words, text.find("\n"))
    if not found_outcomes:
        return _suicide_bombers(ctx, []) if _BOMBER in text else []
    sentence_ends = char_positions(text, _SENTENCE_MARKS)  # (each sentence's final mark)
    outcomes_by_sentence: dict[int, _Outcomes] = {}
    for outcome in found_outcomes:
        sentence = _sentence_of(sentence_ends, words[outcome.first].start)
        outcomes_by_sentence.setdefault(sentence, _Outcomes()).add(outcome)
    # Numbers are read only in the sentences that have an outcome word.
    mentions = find_numbers(
        ctx.normalized, [_sentence_span(sentence_ends, s, len(text)) for s in outcomes_by_sentence]
    )
    suggestions = (
        _tied_numbers(ctx, words, mentions, outcomes_by_sentence, sentence_ends) if mentions else []
    )
    suggestions += _single_people(ctx, words, found_outcomes, suggestions)
    restated = _restated(ctx, words, found_outcomes, suggestions)
    restated += _people_restated(ctx, words, found_outcomes, [*suggestions, *restated])
    restated += _toll_past_a_round_figure(ctx, words, found_outcomes, [*suggestions, *restated])
    if restated:  # (القتلى الخمسة عشر: the compound restated, not a count of ten)
        spans = TakenSpans((s.start, s.end) for s in restated)
        suggestions = [s for s in suggestions if not spans.overlaps(s.start, s.end)]
    suggestions += restated
    if _BOMBER in text:
        suggestions += _suicide_bombers(ctx, suggestions)
    suggestions.sort(key=lambda s: (s.start, s.end))
    return suggestions


# A suicide bomber who blew himself up is killed, as the codebook counts him (انتحاري
# يفجر نفسه, سيارة مفخخة يقودها انتحاري, فجّر انتحاري من التنظيم عربة مفخخة, مقتل
# الانتحاري الذي كان يقودها); one caught first is detained (القبض على انتحاري ثالث).
# Not the adjective of an attack (تفجير انتحاري استهدف حاجزا, هجوم انتحاري).
_BOMBER = "انتحاري"
_BOMBERS = re.compile(r"(?<!\w)[وف]?(?P<noun>(?:ال)?انتحاري(?:ا|ان|ين|ه)?)(?!\w)")
_ATTACK_BEFORE = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:تفجير|تفجيرات|انفجار|هجوم|هجوما|هجمات|عمليه|عمليات|عمل|عملا"
    r"|حزام|حزاما|احزمه|سياره|عربه|شاحنه|دراجه|الاعتداء|اعتداء|ارهابيا|مفخخه|ناسفه|ضربه|مهمه"
    r"|موجه)\s*$"
)
# ... nor one of those counted before (بينهم الانتحاري), nor one whose attack was only
# tried or foiled (حاول انتحاري تفجير نفسه, أحبطت هجوما بسيارة يقودها انتحاري), unless
# killed (قتلت القوى الأمنية انتحاريا قبل أن يتمكن من تفجير حزامه).
_AMONG_BEFORE = re.compile(r"(?<!\w)(?:بينهم|منهم|بين)\s*$")
_ONLY_TRIED = re.compile(
    r"(?<!\w)[وف]?(?:حاول|يحاول|ينوي|يعد|يخطط|لتفجير|احبط|احبطت|احباط|قبل ان)(?!\w)"
)
_KILLED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:قتل|قتلت|قتلوا|مقتل|اردت|اردوا|تصفيه)(?!\w)")
# ... and one caught near him in his sentence is detained (ضبط انتحاري يرتدي حزاما ناسفا,
# الانتحاري المقبوض عليه, سلم انتحاري نفسه)
_CAUGHT = re.compile(
    r"(?<!\w)[وف]?(?:القبض|قبض|المقبوض|اعتقل|اعتقلت|اعتقلته|اعتقال|اوقف|اوقفت|توقيف|ضبط|ضبطت"
    r"|سلم(?: \S+)? نفسه|تسليم نفسه)(?!\w)"
)
_CAUGHT_REACH = 40  # characters: a car seized later in his sentence leaves him killed
_BOMB_BEFORE = re.compile(r"(?:مفخخه|ناسفه|ناسف)\s*$")
_OF_A_GROUP_AFTER = re.compile(r"\s+(?:من|يتبع|ينتمي|تابع)(?!\w)")
_DETONATION = re.compile(
    r"(?<!\w)[وف]?(?:(?:فجر|يفجر|فجرت|تفجر)(?: \S+){0,2} (?:نفسه|نفسها|نفسيهما|حزامه|حزامها"
    r"|حزاميهما|سياره|عربه|شاحنه)|فجرها|فجره|يقودها|يقوده|يقودهما|حزامه الناسف|مفخخه"
    r"|مفخختين|مفخختان|ناسفا|ناسف"
    r"|الناسف|تفجير نفسه)(?!\w)"
)
_BOMBER_COUNT = {"انتحاري": 1, "انتحاريا": 1, "انتحاريه": 1, "انتحاريان": 2, "انتحاريين": 2}
# ... caught, not where the catch was only tried (حاولت دوريه توقيف انتحاري، لكنه فجر نفسه)
_TRIED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:حاول|حاولت|حاولوا|محاوله|لمحاوله)(?: \S+){0,3}\s*$")


def _caught_near(text: str, bomber: re.Match[str], start: int, end: int) -> bool:
    """Whether a word of catching is near the bomber in his sentence (``_CAUGHT_REACH``)."""
    lo = max(bomber.start() - _CAUGHT_REACH, start)
    return any(
        not _TRIED_BEFORE.search(text, max(catch.start() - _CAUGHT_REACH, start), catch.start())
        for catch in _CAUGHT.finditer(text, lo, min(bomber.end() + _CAUGHT_REACH, end))
    )


def _suicide_bombers(ctx: SuggestContext, found: list[Suggestion]) -> list[Suggestion]:
    text = ctx.normalized.text
    taken = TakenSpans((s.start, s.end) for s in found)
    bombers: list[Suggestion] = []
    for match in _BOMBERS.finditer(text):
        noun = match["noun"]
        count = _BOMBER_COUNT.get(noun.removeprefix("ال"))
        if count is None or (noun.endswith("ين") and not noun.startswith("ال")):
            continue  # (انتحاريين without the article is a plural as often as a dual)
        before = text[max(match.start() - 16, 0) : match.start()]
        if _ATTACK_BEFORE.search(before) and not _OF_A_GROUP_AFTER.match(text, match.end()):
            continue  # تفجير انتحاري: the attack's adjective
        if text.startswith("و", match.start()) and _BOMB_BEFORE.search(before):
            continue  # تفجير سيارة مفخخة وانتحاري: a second attack, its adjective
        if _AMONG_BEFORE.search(before):
            continue
        start, end = sentence_around(text, match.start())
        caught = _caught_near(text, match, start, end)
        if not caught and not _DETONATION.search(text, start, end):
            continue
        if (
            not caught
            and _ONLY_TRIED.search(text, start, end)
            and not _KILLED_BEFORE.search(text, max(match.start() - 30, start), match.start())
        ):
            continue
        first, last = ctx.normalized.span(*match.span("noun"))
        if taken.overlaps(first, last):
            continue
        value = {
            "count": count,
            "outcome": "detained" if caught else "killed",
            "qualifier": "exact",
        }
        bombers.append(ctx.suggestion("casualty", first, last, value, ONE_PERSON_CONFIDENCE))
    return bombers


def _tied_numbers(
    ctx: SuggestContext,
    words: list[Token],
    mentions: list[NumberMention],
    outcomes_by_sentence: dict[int, _Outcomes],
    sentence_ends: list[int],
) -> list[Suggestion]:
    """The numbers tied to an outcome of their sentence."""
    starts = list(map(itemgetter(0), words))  # (map: no Python loop)
    dates = _earlier_date_spans(ctx)
    suggestions = []
    for mention in mentions:
        outcomes = outcomes_by_sentence.get(_sentence_of(sentence_ends, mention.start))
        if outcomes is None:
            continue  # no outcome in the sentence: nothing to tie the number to
        first, last = _word_range(starts, mention.start, mention.end)
        near = outcomes.near(first, last)
        if not near or _not_a_casualty(ctx, words, mention, first, last, dates=dates):
            continue
        link = _link(words, mention, first, last, near)
        if link is None:
            continue
        if mention.kind == "vague" and link.distance > _vague_reach(
            ctx.normalized.text, words, last, link
        ):
            continue  # "many" far from any outcome word counts something else
        qualifier = mention.qualifier
        if qualifier == "exact" and _a_toll_exceeding(words, first):
            qualifier = "at_least"
        value = {"count": mention.value, "outcome": link.outcome, "qualifier": qualifier}
        confidence = _confidence(mention, link, _counts_people(words, last))
        suggestions.append(
            ctx.from_normalized("casualty", mention.start, mention.end, value, confidence)
        )
        joined = _people_joined(ctx, words, last + 1, mention, link.outcome)
        suggestions += _each_joined(ctx, words, joined, link.outcome)
        other = _second_outcome(words, mention, first, last, link)
        if other is not None:
            value = {**value, "outcome": other}
            suggestions.append(
                ctx.from_normalized("casualty", mention.start, mention.end, value, confidence)
            )
    return suggestions


_CLAUSE_STARTS = frozenset({"فيما", "بينما", "حين"})


def _vague_reach(text: str, words: list[Token], last: int, link: _Link) -> int:
    """How far a vague count may stand from its outcome word, in words: further when
    what stands between describes the people counted and then comes their verb (عدد من
    اعضاء الكادر التمريضي والطبي تعرضوا للاصابات), not when it says something else
    (عشرات المدنيين نزحوا بعد مقتل ..., عشرات الاطفال الذين قتل اباؤهم)."""
    outcome_index = last + 1 + link.distance
    outcome = _word_text(words, outcome_index)
    if outcome_of(outcome) != link.outcome:
        # The outcome stands before the count: not across the start of another clause
        # (نحو اربعين جريحا، فيما لجا مئات الاهالي الي ...).
        before = range(max(last - link.distance - 1, 0), last)
        if any(words[index].text in _CLAUSE_STARTS for index in before):
            return 0
        return _MAX_WORDS_TO_A_VAGUE_OUTCOME
    between = [words[index].text for index in range(last + 1, outcome_index)]
    if between[:1] == ["من"]:
        between = between[1:]
    if between and between[-1].endswith("وا"):  # the people's verb: تعرضوا, سقطوا
        between = between[:-1]
    elif not outcome.endswith("وا"):  # or the outcome is it: قتلوا, اصيبوا
        return _MAX_WORDS_TO_A_VAGUE_OUTCOME
    if between and between[0] in _PERSON_NOUN_FORMS:
        if all(
            word.startswith(("ال", "وال")) and word not in _RELATIVE_PRONOUNS
            for word in between[1:]
        ):
            return _MAX_WORDS_TO_A_VAGUE_OUTCOME_OF_PEOPLE
        noun = last + 1 + (words[last + 1].text == "من")
        if _QUOTED_NAMES.fullmatch(text, words[noun].end, words[outcome_index].start):
            return link.distance  # العشرات من مسلحي "جبهه فتح الشام" و"حركه ..." قتلوا
    return _MAX_WORDS_TO_A_VAGUE_OUTCOME


# Names in quotation marks joined by و (normalised: every mark is ").
_QUOTED_NAMES = re.compile(r'\s*"[^"\n]{1,40}"(?:\s*و\s*"[^"\n]{1,40}")*\s*')


# A person counted by a noun, without a number (مقتل شاب, امراه وطفل: each one).
ONE_PERSON_CONFIDENCE = 0.8


def _people_joined(
    ctx: SuggestContext, words: list[Token], index: int, mention: NumberMention, outcome: str
) -> range:
    """The words of the single people joined with و after a count's noun (3 اطفال
    وامراه), or after the party it is of (عنصران من الامن العام ومسلح: a gunman, who
    after a count is no killer)."""
    if mention.qualifier != "exact":
        return range(0)
    if mention.noun_start is None:  # (the counted noun follows the number: 3 اطفال)
        if _word_text(words, index) not in _PERSON_NOUN_FORMS:
            return range(0)
        index += 1
    if _word_text(words, index) == "من":
        index = _after_the_party(ctx, words, index + 1) or index
    elif _word_text(words, index).endswith(_NISBA_PLURAL_ENDINGS):
        index += 1  # (their origin: زائرين عراقيين وسائق سوري)
    last = index
    while (
        last < len(words)
        and (_is_joined_person(words[last].text) or words[last].text in _GUNMAN_JOINED)
        and not _another_outcome_after(words, last, outcome)
    ):
        last += 1
    return range(index, last)


def _another_outcome_after(words: list[Token], index: int, outcome: str) -> bool:
    """Whether a person joined after a count has another outcome of their own right after
    them or their adjective (قتل أربعة ... وطفل جريح, وضابط روسي أصيب بجروح): not the
    count's (إصابة مواطنين وطفل بجروح is one)."""
    return outcome == "killed" and any(
        outcome_of(word) == "injured"
        and not word.startswith(("و", "ف"))  # (a clause of its own: وإصابة سبعة)
        for word in (_word_text(words, index + 1), _word_text(words, index + 2))
    )


_GUNMAN_JOINED = frozenset({"ومسلح", "ومسلحا"})
# The endings of an adjective of origin after people counted (عراقيين, سوريات, اجنبيتين).
_NISBA_PLURAL_ENDINGS = ("يين", "يون", "يان", "يات", "يتين", "يتان")


def _after_the_party(ctx: SuggestContext, words: list[Token], index: int) -> int | None:
    """The index of the word after an actor's name that starts within the two words
    from ``index`` (الامن العام, جهاز الامن العام, عناصر داعش)."""
    if index >= len(words):
        return None
    start, _end = ctx.normalized.span(words[index].start, words[index].end)
    next_word = words[min(index + 1, len(words) - 1)]  # (the name may start a word later)
    _start, reach = ctx.normalized.span(next_word.start, next_word.end)
    party = next(
        (s for s in ctx.earlier if s.kind == "actor" and start <= s.end and s.start < reach),
        None,
    )
    if party is None:
        return None
    end = ctx.normalized.normalized_index(party.end - 1) + 1
    following = index
    while following < len(words) and words[following].start < end:
        following += 1
    return following


def _each_joined(
    ctx: SuggestContext, words: list[Token], joined: range, outcome: str
) -> list[Suggestion]:
    """Each person joined with و (امراه وطفل, 11 مدنيا وصحفي) as a count of one of its
    own, spanned without the و: coders count them one by one, as the news writers do."""
    found = []
    for index in joined:
        start, end = ctx.normalized.span(words[index].start + 1, words[index].end)
        value = {"count": 1, "outcome": outcome, "qualifier": "exact"}
        found.append(ctx.suggestion("casualty", start, end, value, ONE_PERSON_CONFIDENCE))
    return found


def _is_joined_person(word: str) -> bool:
    return len(word) > 2 and word[0] == "و" and word[1:] in _SINGLE_PERSON_FORMS


_OR = frozenset({"او", "ام"})
_KILLED_OR_INJURED = frozenset({"killed", "injured"})


def _second_outcome(
    words: list[Token], mention: NumberMention, first: int, last: int, link: _Link
) -> str | None:
    """عشرات القتلي والجرحي: the second outcome of a vague count of two; قتل وجرح 20 (two
    verbs right before the count): the first verb's outcome too; 130 قتلوا او اصيبوا
    (one or the other): the second's."""
    before, earliest = _word_text(words, first - 1), _word_text(words, first - 2)
    if (
        before.startswith("و")
        and outcome_of(before[1:]) == link.outcome
        and earliest not in COUNTED_OUTCOMES  # (7 قتلى واصابه العديد: the killed counted)
        and not earliest.startswith("ال")  # (كتائب سيد الشهداء واصيب ثلاثه: a name's word)
        and not earliest.endswith(("وا", "ا"))  # (23 مدنيا قتلوا واصيب العشرات: their own)
        and not any(char.isdigit() for char in earliest)
        and not _reported_subject(words, first - 3)  # (ان مدنيا قتل واصيب خمسه: its own)
    ):
        earlier = outcome_of(earliest)
        if earlier not in {None, link.outcome}:
            return earlier
    # (130 طفلا قتلوا او اصيبوا: killed or injured, a count of each, as coders record it)
    outcome_index = last + 1 + link.distance
    if link.distance >= 0 and _word_text(words, outcome_index + 1) in _OR:
        either = outcome_of(_word_text(words, outcome_index + 2))
        if {either, link.outcome} == _KILLED_OR_INJURED:
            return either
    if mention.qualifier != "vague":
        return None
    index = last + 1
    if _word_text(words, index) == "من":
        index += 1
    joined = _word_text(words, index + 1)
    if outcome_of(_word_text(words, index)) != link.outcome or not joined.startswith("و"):
        return None
    other = outcome_of(joined[1:])
    return other if other not in {None, link.outcome} else None


def _single_people(
    ctx: SuggestContext, words: list[Token], outcomes: list[_Outcome], found: list[Suggestion]
) -> list[Suggestion]:
    """مقتل شاب, اصيب طفل ووالده: people named one by one, each a count of one."""
    taken = TakenSpans((s.start, s.end) for s in found)
    people: list[Suggestion] = []
    for outcome in outcomes:
        index = outcome.last + 1
        if (
            outcome.first < outcome.last
            and words[outcome.first + 1].text in _SINGLE_PERSON_FORMS
            and _forms(words[outcome.first].text) & _ONE_INSIDE_PHRASES
        ):
            index = outcome.first + 1  # لقي راعي اغنام حتفه: the one inside a two-word outcome
        if index >= len(words) or _word_text(words, outcome.first - 1) in _AMONG:
            continue  # (بين القتلى امراه: one of those counted before)
        if words[index].text in _IN_WHICH and _word_text(words, index + 1) in SINGLE_PEOPLE:
            index += 1  # المستشفى الذي قتل فيه ممرض: the person after "in it"
        elif words[outcome.last].text == "القبض" and words[index].text == "علي":
            if _word_text(words, outcome.first - 2) in _NOT_DONE_BEFORE_AN_ARREST:
                continue  # (فشلت محاوله القاء القبض, مذكره القاء القبض: no one caught)
            index += 1  # القاء القبض علي شخص: the one caught
            if index >= len(words):
                continue
        one_body = words[outcome.last].text in _ONE_BODY_FORMS
        if words[outcome.last].text.removeprefix("و") in _ONE_OUTCOME_NOUNS:
            people += _one_by_its_noun(ctx, words, outcome, taken)
            continue
        if words[outcome.last].text in COUNTED_OUTCOMES and not one_body:
            continue
        if one_body:
            if words[index].text not in _BODY_OF:  # (as written: no article, no proclitic)
                continue
        elif _another_one(ctx.normalized.text, words, index):
            if words[index].text.endswith("ا") and not _people_counted_before(words, outcome):
                continue  # (دمروا دبابتين واصابوا ثالثا: a third tank)
        elif words[index].text not in _SINGLE_PERSON_FORMS:
            victim = _object_after_agent(words, outcome, index)
            if victim is None:
                continue
            index = victim
        if _the_preposition_before(ctx, words[index]):
            continue  # (استشهد أمام عيني: "before my eyes", no imam)
        last = index
        while last + 1 < len(words) and _is_joined_person(words[last + 1].text):
            last += 1
        if last + 1 < len(words) and words[last + 1].text in _ONE_AND_TWO_FORMS:
            continue  # قتل عنصر واحد: the number is the count
        # (a body and whose, جثة شاب: both words, as coders span one or the other)
        first = outcome.last if one_body else index
        start, end = ctx.normalized.span(words[first].start, words[index].end)
        if taken.overlaps(start, end):
            continue
        value = {"count": 1, "outcome": outcome.outcome, "qualifier": "exact"}
        people.append(ctx.suggestion("casualty", start, end, value, ONE_PERSON_CONFIDENCE))
        people += _each_joined(ctx, words, range(index + 1, last + 1), outcome.outcome)
    return people + _subjects_before(ctx, words, outcomes, taken)


_IMAM = "امام"
_MOSQUES = ("الجامع", "المسجد", "الحرم", "الحسينية")


def _the_preposition_before(ctx: SuggestContext, word: Token) -> bool:
    """Whether امام is written أمام, "in front of", not إمام, an imam (their hamzas
    fold together in the normalised text)."""
    if not word.text.endswith(_IMAM) or word.text.removesuffix(_IMAM) not in ("", "و", "ف"):
        return False
    start, end = ctx.normalized.span(word.start, word.end)
    if ctx.text[start : start + 4].lstrip("وف").startswith("أ"):
        return True
    # (without its hamza: the preposition before a place, not إمام الجامع, an imam)
    after = ctx.text[end : end + 12].split()
    return bool(after) and after[0].startswith("ال") and not after[0].startswith(_MOSQUES)


# Two-word outcomes that hold their one person between the words (لقي راعي حتفه, اودى
# الانفجار بحياه طفل is after them); not القضاء ... علي, whose words may run apart.
_ONE_INSIDE_PHRASES = frozenset(
    word for word, (second, _outcome) in OUTCOME_PHRASES.items() if second in ("حتف", "الحيا")
)


# One person named by the singular outcome noun alone, as headlines count (قتيلة وثلاثة
# جرحى, سقوط قتيل): one, where no number counts it (مئه قتيل), no word makes it any, each,
# more than one or one of those counted (اي قتيل, لكل جريح, اكثر من قتيل, بينهم جريح, بين
# قتيل وجريح), nor a death or a family names it (وفاه جريح, عائله شهيد), and it heads no
# phrase of its own (جريح الحرب).
_ONE_OUTCOME_NOUNS = frozenset({"قتيل", "قتيله", "جريح", "جريحه", "شهيد"})
_NOT_ONE_BEFORE = frozenset({
    "اي", "كل", "لكل", "بكل", "لا", "بلا", "دون", "بدون", "عدد", "اول", "ثاني", "من", "بين",
    "بينهم", "منهم", "وفاه", "توفي", "عائله", "عائلات", "ذوي", "اسر", "اسره", "والد",
    "والده", "ام", "ابو", "قتيل", "قتيله", "جريح", "جريحه", "شهيد",
})  # fmt: skip


def _one_by_its_noun(
    ctx: SuggestContext, words: list[Token], outcome: _Outcome, taken: TakenSpans
) -> list[Suggestion]:
    if outcome.first != outcome.last:
        return []
    word = words[outcome.first]
    before = _word_text(words, outcome.first - 1)
    if before in _NOT_ONE_BEFORE or any(char.isdigit() for char in before):
        return []
    after = _word_text(words, outcome.first + 1)
    if after in _ONE_AND_TWO_FORMS or after.startswith("ال"):
        return []  # (قتيل واحد: the number is the count; جريح الحرب: a phrase)
    if outcome.first > 0:
        previous = words[outcome.first - 1]
        if taken.overlaps(*ctx.normalized.span(previous.start, previous.end)):
            return []  # (مئة قتيل: the number before counts it)
    skip = 1 if word.text.startswith("و") else 0
    start, end = ctx.normalized.span(word.start + skip, word.end)
    if taken.overlaps(start, end):
        return []
    value = {"count": 1, "outcome": outcome.outcome, "qualifier": "exact"}
    return [ctx.suggestion("casualty", start, end, value, ONE_PERSON_CONFIDENCE)]


# An arrest tried or ordered, not made (محاوله القاء القبض, مذكره القاء القبض).
_NOT_DONE_BEFORE_AN_ARREST = frozenset({
    "محاوله", "محاولات", "مذكره", "مذكرات", "بمذكره", "امر", "اوامر", "بامر", "طلب", "مطالبه",
})  # fmt: skip


# The pronoun that points back to where or during what (قتل فيه, اصيب خلالها).
_IN_WHICH = frozenset({"فيه", "فيها", "خلاله", "خلالها"})


def _reported_subject(words: list[Token], index: int) -> bool:
    """Whether word ``index`` names one person (طفلا, امراه) right after the "that" of
    reported speech (قال ان طفلا ...): the subject of the verb after it."""
    person = _word_text(words, index)
    return _word_text(words, index - 1) in _THAT and (
        person in SINGLE_PEOPLE
        or (len(person) > 3 and person.endswith("ا") and person[:-1] in SINGLE_PEOPLE)
    )


# What opens a clause whose subject comes first: reported speech (بان شابا قتل, قال ان
# طفلا اصيب) and a reason (لان طفلا قتل).
_THAT = frozenset({"ان", "بان", "وان", "فان", "لان"})


def _subjects_before(
    ctx: SuggestContext, words: list[Token], outcomes: list[_Outcome], taken: TakenSpans
) -> list[Suggestion]:
    """قال الدفاع المدني ان طفلا قتل, بان امراه وطفلها قتلا: a person named one by one as
    the subject of a reported clause, before its outcome verb, is a count of one."""
    people: list[Suggestion] = []
    for outcome in outcomes:
        head = outcome.first - 1
        while head > 0 and _is_joined_person(words[head].text):
            head -= 1
        if not _reported_subject(words, head):
            continue
        start, end = ctx.normalized.span(words[head].start, words[head].end)
        if taken.overlaps(start, end):
            continue
        value = {"count": 1, "outcome": outcome.outcome, "qualifier": "exact"}
        people.append(ctx.suggestion("casualty", start, end, value, ONE_PERSON_CONFIDENCE))
        people += _each_joined(ctx, words, range(head + 1, outcome.first), outcome.outcome)
    return people


# The dead or hurt named again with their number after them (جثث القتلي الاربعه, جثامين
# الشهداء الثلاثه): the figure restated, which coders mark at each statement.
_RESTATED_NOUNS = frozenset({
    "القتلي", "الشهداء", "الضحايا", "الجرحي", "المصابين", "المعتقلين", "المختطفين",
    "المخطوفين", "الاسري",
})  # fmt: skip
_TEN = 10
_TEENS = frozenset({"عشر", "عشره"})
_RESTATED_NUMBERS = {  # (not the twos: الاثنين is also Monday)
    "ال" + word: count for word, count in (*UNIT_WORDS.items(), *TEN_WORDS.items()) if count > 2
}


# People counted before, named again with their number (اقتادوا الشبان الأربعة, إصابة
# الشبان الثلاثة, قُتل مرافقوه الثلاثة): the count restated, with the outcome its
# sentence gives them right before, else the one of the earlier count of that number.
_MAX_WORDS_FROM_AN_OUTCOME = 3
# ... not one or some of them, their kin, or those spared or set free.
_NOT_ALL_OF_THEM = frozenset({
    "احد", "احدي", "من", "بين", "بعض", "اثنين", "اثنان", "اثنتين", "والد", "والده", "ام", "اب",
    "شقيق", "شقيقه", "عائله", "ذوي", "اسر", "اسره", "اهالي", "اقارب", "جثه", "جثث", "جثمان",
})  # fmt: skip
_SPARED = re.compile(
    r"(?<!\w)[وف]?(?:نجا|نجت|نجوا|نجاه|سلامه|لم يصب|لم تصب|انقذ|انقذت|انقاذ)(?!\w)"
)
_AN_ADJECTIVE = re.compile(r"ال\w+(?:ي|يين|يون|يه)")


def _people_restated(
    ctx: SuggestContext, words: list[Token], outcomes: list[_Outcome], found: list[Suggestion]
) -> list[Suggestion]:
    taken = TakenSpans((s.start, s.end) for s in found)
    earlier = sorted((s for s in found if s.kind == "casualty"), key=lambda s: s.start)
    people: list[Suggestion] = []
    for index in range(1, len(words)):
        count = _RESTATED_NUMBERS.get(words[index].text)
        if count is None:
            continue
        noun = index - 1
        if _AN_ADJECTIVE.fullmatch(words[noun].text) and noun > 0:
            noun -= 1  # (العسكريين السوريين الثلاثة)
        if not _restates_people(words[noun].text):
            continue
        if _word_text(words, noun - 1) in _NOT_ALL_OF_THEM or _SPARED.search(
            ctx.normalized.text, max(words[noun].start - 30, 0), words[noun].start
        ):
            continue  # (مقتل احد الشبان الخمسة, نجاة الاطفال الثلاثة, والد الشبان الاربعة)
        if _word_text(words, index + 1) in _TEENS:
            continue  # (a compound: left to the outcome nouns' rule)
        start, end = ctx.normalized.span(words[index].start, words[index].end)
        if taken.overlaps(start, end):
            continue
        outcome = _outcome_right_before(words, outcomes, noun) or _outcome_of_the_count(
            earlier, count, start
        )
        if outcome is None:
            continue
        value = {"count": count, "outcome": outcome, "qualifier": "exact"}
        people.append(ctx.suggestion("casualty", start, end, value, 0.6))
        taken.add(start, end)
    return people


def _restates_people(word: str) -> bool:
    """A plural people noun with its article (الشبان, المواطنين) or a possessive
    (مرافقوه, اطفالها), as a restated count names them."""
    stem = word.removeprefix("و")
    if stem.startswith("ال"):
        bare = stem[2:]
        return bare in PERSON_NOUNS and bare not in SINGLE_PEOPLE
    for suffix in ("ه", "ها", "هم"):  # (its possessive: مرافقوه, مرافقيه, اطفالها)
        bare = stem.removesuffix(suffix)
        if bare != stem and (bare in PERSON_NOUNS or bare[:-1] + "ين" in PERSON_NOUNS):
            return bare not in SINGLE_PEOPLE
    return False


def _outcome_right_before(words: list[Token], outcomes: list[_Outcome], noun: int) -> str | None:
    near = [o for o in outcomes if 0 <= noun - o.last - 1 <= _MAX_WORDS_FROM_AN_OUTCOME]
    return max(near, key=lambda o: o.last).outcome if near else None  # (the nearest)


# A toll said to reach or go past a round figure written with its article (تجاوز عدد
# الجرحى الأربعين, بلغت حصيلة القتلى المئة): the figure, at least where it went past.
_ROUND_FIGURES = {
    "ال" + word: count
    for word, count in (*TENS_WORDS.items(), *((h, 100) for h in HUNDRED_WORDS))
    if word.endswith(("ين", "ه"))  # (the oblique: تجاوز الأربعين; not الأربعون)
}
_MAX_WORDS_TO_A_ROUND_FIGURE = 4
_NUMBER_WORDS = ordinary_number_words()


def _a_number_joined(word: str) -> bool:
    """Whether a word is a number joined by و (وعشرين, والخمسين, و20)."""
    if not word.startswith("و"):
        return False
    rest = word[1:].removeprefix("ال")
    return rest[:1].isdigit() or rest in _NUMBER_WORDS


_A_PLACE_BETWEEN = frozenset({
    "في", "من", "عند", "قرب", "حي", "شارع", "منطقه", "بلده", "مدينه", "قريه", "دوار", "ساحه",
    "منذ",
})  # fmt: skip


def _toll_past_a_round_figure(
    ctx: SuggestContext, words: list[Token], outcomes: list[_Outcome], found: list[Suggestion]
) -> list[Suggestion]:
    taken = TakenSpans((s.start, s.end) for s in found)
    figures: list[Suggestion] = []
    for outcome in outcomes:
        if _word_text(words, outcome.first - 1) not in _TOLL_NOUNS:
            continue
        stem = _a_toll_s_verb(words, outcome.first - 2)
        last = min(outcome.last + 1 + _MAX_WORDS_TO_A_ROUND_FIGURE, len(words))
        for index in range(outcome.last + 1, last):
            if words[index].text in _A_PLACE_BETWEEN:
                break  # (ارتفع عدد القتلى في حي العشرين: a quarter's name; منذ: a running total)
            stem = stem or _a_toll_s_verb(words, index)  # (عدد المصابين تجاوز العشرين)
            count = _ROUND_FIGURES.get(words[index].text)
            if count is None or stem is None:
                continue
            if _a_number_joined(_word_text(words, index + 1)):
                break  # (المئه والخمسين: a compound, left alone)
            start, end = ctx.normalized.span(words[index].start, words[index].end)
            if not taken.overlaps(start, end):
                qualifier = "at_least" if stem in GOING_PAST else "exact"
                value = {"count": count, "outcome": outcome.outcome, "qualifier": qualifier}
                figures.append(ctx.suggestion("casualty", start, end, value, 0.7))
            break
    return figures


def _a_toll_s_verb(words: list[Token], index: int) -> str | None:
    """The verb of reaching or going past at ``index`` (without و or ف), unless negated,
    only perhaps or not yet (لم يتجاوز, قد يتجاوز, دون ان يتجاوز)."""
    verb = _word_text(words, index)
    stem = verb[1:] if verb[:1] in ("و", "ف") else verb
    if stem not in GOING_PAST and stem not in _REACHED:
        return None
    before = _word_text(words, index - 1)
    if before in NOT_YET or (
        before == "ان" and _word_text(words, index - 2) in _BEFORE_IT_WENT_PAST
    ):
        return None
    return stem


def _outcome_of_the_count(earlier: list[Suggestion], count: int, before: int) -> str | None:
    """The outcome of the last count of ``count`` people before ``before``."""
    for suggestion in reversed(earlier):
        if suggestion.start < before and suggestion.value.get("count") == count:
            return str(suggestion.value["outcome"])
    return None


def _restated(
    ctx: SuggestContext, words: list[Token], outcomes: list[_Outcome], found: list[Suggestion]
) -> list[Suggestion]:
    taken = TakenSpans((s.start, s.end) for s in found)
    restated: list[Suggestion] = []
    for outcome in outcomes:
        noun, index = words[outcome.last].text, outcome.last + 1
        if index >= len(words) or _forms(noun).isdisjoint(_RESTATED_NOUNS):
            continue
        count = _RESTATED_NUMBERS.get(words[index].text)
        if count is None:
            continue
        last = index
        if count < _TEN and _word_text(words, index + 1) in _TEENS:
            count, last = count + _TEN, index + 1  # جثث القتلى الخمسة عشر
        start, end = ctx.normalized.span(words[index].start, words[last].end)
        if taken.overlaps(start, end) and last == index:
            continue
        value = {"count": count, "outcome": outcome.outcome, "qualifier": "exact"}
        restated.append(ctx.suggestion("casualty", start, end, value, 0.7))
    return restated


def _another_one(text: str, words: list[Token], index: int) -> bool:
    """Whether the word after an outcome is one more person (واصابه ثالث)."""
    if words[index].text not in ANOTHER_ONE:
        return False
    if index + 1 == len(words):
        return True
    between = text[words[index].end : words[index + 1].start]
    if any(mark in between for mark in _SENTENCE_MARKS):
        return True
    following = words[index + 1].text
    return (
        any(mark in between for mark in ",،")
        or following in _AFTER_ANOTHER_ONE
        # by what hurt him (اصيب اخر بانفجار لغم, برصاص قناص), not a noun it qualifies
        or (following.startswith("ب") and len(following) > 3)
    )


def _people_counted_before(words: list[Token], outcome: _Outcome) -> bool:
    """Whether people are named in the few words before the outcome (قتلت اثنين من عناصر
    التنظيم واعتقلت ثالثا): the ones a third one is counted after."""
    start = max(outcome.first - _PEOPLE_BEFORE_A_THIRD, 0)
    return any(word.text in _PERSON_NOUN_FORMS for word in words[start : outcome.first])


_PEOPLE_BEFORE_A_THIRD = 8  # words


def _object_after_agent(words: list[Token], outcome: _Outcome, index: int) -> int | None:
    """قتل مسلحون مجهولون مدنيا: after an active verb and its agent (a word or two), the
    one person in the accusative (مدنيا, شابا, طفلا) is who was killed or taken."""
    if _forms(words[outcome.first].text).isdisjoint(_ACTIVE_VERBS):  # (also واغتال)
        return None
    word = words[index].text
    if len(word) > 3 and word.endswith("ا") and word[:-1] in SINGLE_PEOPLE:
        return index  # the subject in the verb: واختطفوا عاملا
    reach = index + _MAX_AGENT_WORDS + 1
    candidate = index
    while candidate + 1 < min(reach, len(words)):
        candidate += 1
        word = words[candidate].text
        if word in _TIME_ASIDE_FORMS:
            reach += 1
            continue
        if word[:1].isdigit() or outcome_of(word) is not None:
            return None
        if len(word) > 3 and word.endswith("ا") and word[:-1] in SINGLE_PEOPLE:
            if _describes_a_thing(words, candidate):
                return None  # استهدفت موقعا عسكريا: the site's adjective, no one
            return candidate
        if word in _TITLES_OF_A_PLACE and _word_text(words, candidate + 1) in _PLACE_HEADS:
            return candidate  # اغتال مسلحون، مساء الأحد، مختار بلدة طفس: whose title it is
        if (  # the one named after his noun: اغتال مسلحون الشاب خالد العلي
            word.startswith("ال")
            and word[2:] in _SINGLE_NOUNS
            and (
                words[candidate - 1].text in _TIME_ASIDE_FORMS
                or not _an_adjective(words, candidate)
            )
            and candidate + 1 < len(words)
            and not words[candidate + 1].text.startswith("ال")
            and words[candidate + 1].text not in PARTICLES
            and outcome_of(words[candidate + 1].text) is None
        ):
            return candidate
    return None


# Titles a person holds of a place, written before it (مختار بلدة اليادودة, إمام مسجد
# الحي, مختار أحد أحياء المدينة): one person, though no accusative marks him.
_TITLES_OF_A_PLACE = frozenset({"مختار", "امام"})
_PLACE_HEADS = frozenset({
    "بلده", "قريه", "مدينه", "حي", "احد", "الحي", "البلده", "القريه", "مسجد", "جامع",
    "المسجد", "الجامع", "مخيم", "المخيم", "ناحيه",
})  # fmt: skip


def _describes_a_thing(words: list[Token], index: int) -> bool:
    """Whether an accusative person noun follows an accusative noun of no person, whose
    adjective it is (موقعا عسكريا, مبني حكوميا)."""
    before = words[index - 1].text
    return before.endswith("ا") and before not in PERSON_NOUNS and before[:-1] not in SINGLE_PEOPLE


_MAX_AGENT_WORDS = 6  # مسلحون مجهولون, عناصر من الامن; فرع الامن العسكري علي حاجز المسميه
# Words of a time set between the verb and who it took (اعتقلت دوريه، صباح اليوم الخميس،
# اربعه شبان): not counted in the distance between them.
_TIME_ASIDE_FORMS = _with_proclitics(
    normalize_key(word)
    for word in (
        "صباح", "مساء", "فجر", "ليل", "ليلة", "ظهر", "عصر", "أمس", "اليوم", "يوم", "الماضي",
        "الفائت", "الجاري", "الحالي", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الثلثاء",
        "الأربعاء", "الخميس", "الجمعة", "السبت",
    )
)  # fmt: skip


_LATIN_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})  # fmt: skip
_MONTH_ORDINALS = frozenset({"الاول", "الثاني"})  # كانون الثاني, تشرين الاول


def _tells_a_time(words: list[Token], index: int) -> bool:
    """Whether the word tells a time of day, a weekday or a date (مساء الاحد 20 كانون
    الثاني 2013): a day's number before its month, a year or an ordinal after it."""
    word = words[index].text
    if word in _TIME_ASIDE_FORMS or word in _MONTH_FORMS:
        return True
    before = words[index - 1].text if index > 0 else ""
    if before in _MONTH_FORMS and (word[:1].isdigit() or word in _MONTH_ORDINALS):
        return True
    return word[:1].isdigit() and index + 1 < len(words) and words[index + 1].text in _MONTH_FORMS


def _time_words(words: list[Token], start: int, end: int) -> int:
    """How many of the words from ``start`` to ``end`` (excluded) tell a time."""
    return sum(1 for index in range(start, end) if _tells_a_time(words, index))


# --- words -------------------------------------------------------------------------------


@lru_cache(maxsize=65536)  # words repeat: an article asks for the same ones many times
def _forms(word: str) -> frozenset[str]:
    """A word and what is left of it without each proclitic (وبالقتلي -> قتلي)."""
    forms = {word}
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            forms.add(word[len(prefix) :])
    return frozenset(forms)


def _build_outcome_forms() -> dict[str, str]:
    """Every word that names an outcome, bare or with a proclitic, and the outcome: the
    one its longest form names (forms are suffixes of the word, of different lengths)."""
    return {
        word: _OUTCOME_INDEX[max(_forms(word) & _OUTCOME_INDEX.keys(), key=len)]
        for word in _with_proclitics(_OUTCOME_INDEX)
    }


_OUTCOME_FORMS = _build_outcome_forms()
# An outcome word, the first word of an outcome phrase (لقي ... حتفهم) or "fell": the few
# words of an article ``_find_outcomes`` looks at.
_MAY_BE_OUTCOME = frozenset(
    {
        *_OUTCOME_FORMS,
        *_with_proclitics(OUTCOME_PHRASES),
        *_with_proclitics(FALLEN),
        *_with_proclitics(CAPTURED),
        *_with_proclitics(REACHING),
    }
)


def is_person_noun(word: str) -> bool:
    """Whether a (normalised) word, with or without its proclitic, names people counted."""
    return word in _PERSON_NOUN_FORMS


def _word_range(starts: list[int], start: int, end: int) -> tuple[int, int]:
    """Indexes of the first and last word that a normalised span touches."""
    first = max(bisect_right(starts, start) - 1, 0)
    last = max(bisect_left(starts, end) - 1, first)
    return first, last


def _sentence_of(sentence_ends: list[int], position: int) -> int:
    return bisect_left(sentence_ends, position)


def _sentence_span(sentence_ends: list[int], sentence: int, size: int) -> tuple[int, int]:
    """The positions ``_sentence_of`` puts in ``sentence`` (its final mark included)."""
    start = sentence_ends[sentence - 1] + 1 if sentence else 0
    end = sentence_ends[sentence] + 1 if sentence < len(sentence_ends) else size
    return start, end


# Dying in the present tense tells a headline's event (طفلان ومسنة يموتون جوعا); in the
# body, what happens year after year (يموت عشرات الأطفال سنوياً في المخيمات).
_DYING_NOW = frozenset({"يموت", "يموتون", "تموت"})
# The verbs after ان without their nun, and what makes them only meant, not done.
_SUBJUNCTIVE_FORMS = _with_proclitics(_SUBJUNCTIVE)
_MEANT = frozenset({
    "يريد", "يريدون", "تريد", "اراد", "ارادوا", "حاول", "حاولت", "حاولوا", "يحاول", "يحاولون",
    "محاوله", "ينوي", "ينوون", "يسعي", "يسعون", "يخطط", "يخططون", "هدد", "هددوا", "يهدد",
    "لن", "لم", "يسمح", "يسمحوا", "منعوا", "منع", "رفض", "رفضوا", "خشيه", "خوفا",
})  # fmt: skip


def _only_meant(words: list[Token], index: int) -> bool:
    """Whether a verb after ان is only wanted, tried, threatened or refused (within the
    few words before it: حاولوا ان يختطفوا)."""
    # (further back for one joined by و: يريدون ان يقتلوا ... ويعتقلوا)
    reach = _MEANT_REACH_JOINED if words[index].text[:1] == "و" else _MEANT_REACH
    return any(words[i].text.lstrip("وف") in _MEANT for i in range(max(index - reach, 0), index))


_MEANT_REACH = 4  # words
_MEANT_REACH_JOINED = 10


def _find_outcomes(words: list[Token], headline_end: int = -1) -> list[_Outcome]:
    outcomes = []
    # The few words that may be outcomes, picked by C-level map and compress.
    for index in compress(count(), map(_MAY_BE_OUTCOME.__contains__, map(itemgetter(2), words))):
        if _negated(words, index):
            continue
        word = words[index]
        outcome = outcome_of(word.text)
        if (
            outcome is not None
            and word.start > headline_end >= 0
            and word.text.lstrip("وف") in _DYING_NOW
        ):
            continue
        if (
            outcome is not None
            and word.text.lstrip("وبل") in _REMAINS
            and not _in_a_grave(words, index)
        ):
            continue
        if outcome is not None and word.text in _SUBJUNCTIVE_FORMS and _only_meant(words, index):
            continue  # (يريدون ان يقتلوا, حاولوا ان يختطفوا طفلين: not done)
        if (
            outcome is not None
            and word.text.lstrip("وف") == _HE_DIED
            and _not_a_death(words, index)
        ):
            continue  # (قضي الشاب خمس سنوات في السجن, قضي الاتفاق بخروج 300 مقاتل)
        if outcome == "detained" and _stopped_a_thing(words, index):
            continue  # (اوقف نزيف الدم, اوقفت القتال: stopped, not arrested)
        if outcome is not None:
            outcomes.append(_Outcome(index, index, outcome))
            continue
        phrase = (
            _she_died(words, index)  # (before قضت ... على: قضت سيدة جراء قصف على الحي)
            or _phrase_outcome(words, index)
            or _fallen(words, index)
            or _captured(words, index)
            or _reaching(words, index, outcomes)
        )
        if phrase is not None:
            outcomes.append(phrase)
    return outcomes


# Remains are the dead of a mass grave found (مقبرة جماعية تضم رفات 19 شخصاً); not those
# handed back or buried long after (أعادت روسيا رفات ثلاثة جنود سوفييت, رفات 12 شخصاً في
# مدفن أثري).
_REMAINS = frozenset({"رفات", "الرفات"})
_GRAVE_WORDS = frozenset({"مقبره", "مقابر", "المقبره", "المقابر", "مقبرتين", "المقبرتين"})
_GRAVE_REACH = 16  # words before the remains (or 8 after: رفات 12 شخصا من مقبرة جماعية)


def _in_a_grave(words: list[Token], index: int) -> bool:
    return any(
        (words[i].text in _GRAVE_WORDS or words[i].text[1:] in _GRAVE_WORDS)
        and i + 1 < len(words)
        and words[i + 1].text.startswith(("جماعي", "الجماعي"))
        for i in range(max(index - _GRAVE_REACH, 0), min(index + _GRAVE_REACH // 2, len(words)))
    )


def _reaching(words: list[Token], index: int, before: list[_Outcome]) -> _Outcome | None:
    """طالت اكثر من 30 شابا: "reached" right before a count, a few words after an
    outcome of taking people (اعتقالات, اختطاف), is that outcome."""
    if _forms(words[index].text).isdisjoint(REACHING) or index + 1 >= len(words):
        return None
    if not _a_count_follows(words, index):
        return None
    last = before[-1] if before else None
    if (
        last is None
        or last.outcome not in ("detained", "abducted")
        or index - last.last > _REACHING_DISTANCE
    ):
        return None
    return _Outcome(index, index, last.outcome)


def _captured(words: list[Token], index: int) -> _Outcome | None:
    """واسر سبعه اخرين: "captured" right before a count (not اسر الضحايا, families)."""
    if _forms(words[index].text).isdisjoint(CAPTURED) or index + 1 >= len(words):
        return None
    if not _a_count_follows(words, index):
        return None
    return _Outcome(index, index, "detained")


def _a_count_follows(words: list[Token], index: int) -> bool:
    """Whether a number, or the qualifier that opens one (نحو, اكثر), follows the word."""
    following = words[index + 1].text
    return may_start_number(following) or following in _QUALIFIER_FIRST_WORDS


def _a_count_right_after(words: list[Token], index: int) -> bool:
    """Whether a number, or a whole qualifier that opens one (ما يزيد على), follows the
    word with a space only between (not across a comma or a line: قتلوا، 3 منهم اطفال),
    nor ما of ما زالوا."""
    if index + 1 >= len(words) or words[index + 1].start - words[index].end > 1:
        return False
    following = words[index + 1].text
    if may_start_number(following) and (
        not following.startswith("ال") or following in _NUMBER_WORDS
    ):
        return True  # (مقتل شابين; not الضحايا المدنيين)
    texts = tuple(token.text for token in words[index + 1 : index + 1 + _LONGEST_QUALIFIER])
    return any(texts[: len(phrase)] == phrase for phrase in QUALIFIERS_BEFORE)


_LONGEST_QUALIFIER = max(map(len, QUALIFIERS_BEFORE))


_SHE_DIED = "قضت"


_HE_DIED = "قضي"
# What قضى means where it is no death: a thing that ruled or provided (قضى الاتفاق, قضى
# الحكم: it stipulated), or time spent (قضى الشاب خمس سنوات).
_STIPULATING = _with_proclitics({
    "الاتفاق", "الاتفاقيه", "القرار", "الحكم", "المرسوم", "البند", "القانون",
    "الامر", "التفاهم",
})  # fmt: skip


def _not_a_death(words: list[Token], index: int) -> bool:
    """Whether قضى at ``index`` rules or spends time rather than dies."""
    following = words[index + 1 : index + 1 + _HE_SPENT_REACH]
    if following and following[0].text in _STIPULATING:
        return True
    return any(word.text in _TIME_SPENT or word.text in _SEASONS for word in following)


# "Stopped" (normalised), which arrests people or stops what is no person.
_STOPPED = frozenset({"اوقف", "اوقفت", "اوقفوا"})  # (read without و/ف)
# What اوقف stops when it does not arrest (normalised, with the article).
_THINGS_STOPPED = frozenset({
    "نزيف", "القتال", "اطلاق", "العمليات", "العمليه", "الهجوم", "الهجمات",
    "التصعيد", "الحرب", "المعارك", "الاشتباكات", "الغارات", "القصف", "العمل", "بث", "البث",
    "تنفيذ", "الدعم", "المفاوضات", "المحادثات", "الحوار", "التقدم", "الزحف", "الحمله",
    "الرحلات", "الملاحه", "الدراسه", "الدوام", "الانتاج", "التصدير", "الضخ", "المساعدات",
    "الاتفاق", "التعامل", "صرف", "الرواتب", "النار", "حمام", "سفك", "الاعمال",
})  # fmt: skip


def _stopped_a_thing(words: list[Token], index: int) -> bool:
    """اوقف نزيف الدم, اوقفت القوات العمليات: "stopped" what is no person (the word right
    after it, or after its subject)."""
    if words[index].text.lstrip("وف") not in _STOPPED:
        return False
    return any(word.text in _THINGS_STOPPED for word in words[index + 1 : index + 4])


_HE_SPENT_REACH = 6  # words: a person, his name and the time (قضى اللاعب عمر السومة 3 مواسم)
_SEASONS = _with_proclitics({"مواسم", "موسما", "موسمين", "الموسم", "موسم"})


def _she_died(words: list[Token], index: int) -> _Outcome | None:
    """قضت سيدة وطفلاها جراء برميلين: "she died", before the person who died, of what
    the clause tells (not قضت المحكمة, a court that ruled, nor قضت سيدة عشرين عاما)."""
    if words[index].text.lstrip("وف") != _SHE_DIED or index + 1 >= len(words):
        return None
    who = words[index + 1].text
    if not (who in _SINGLE_PERSON_FORMS or who in _PERSON_NOUN_FORMS or may_start_number(who)):
        return None
    after = words[index + 2 : index + 2 + _DEATH_CAUSE_REACH]
    if any(word.text in _TIME_SPENT for word in after[:_TIME_SPENT_REACH]):
        return None  # (قضت سيدة ثلاثة اعوام في المخيم, قضت الطفلة ليلتها: she spent them)
    if not any(_DEATH_CAUSE.match(word.text) for word in after):
        return None  # (no cause told: قضت سيدة حياتها في خدمة الجرحي)
    return _Outcome(index, index, "killed")


_TIME_SPENT_REACH = 4  # words after the person: her name, a count, the time
# (not a day or a month named: قضى طفلان يوم الاثنين, ليلة الاحد, شهر اذار)
_TIME_SPENT = _with_proclitics({
    "عاما", "اعوام", "سنوات", "سنتين", "عامين", "ليلتها", "ليلته", "ليلتين", "يوما",
    "ايام", "يومين", "شهرا", "اشهر", "شهور", "شهرين", "ساعات", "ساعتين", "اسابيع",
    "اسبوعين", "حياتها", "حياته", "عمرها", "عمره", "طفولتها", "ايامها",
})  # fmt: skip


_DEATH_CAUSE_REACH = 8  # words after the person
# What she died of (normalised): a strike, fire, a blast, rubble or torture.
_DEATH_CAUSE = re.compile(
    r"(?:جراء|اثر|نتيجه|بسبب|[وب]?قصف|بغار\w*|غار\w*|برصاص|رصاص|بانفجار|انفجار|بقذيف\w*"
    r"|ببرميل|براميل|برميل\w*|بلغم|لغم|تعذيب|التعذيب|الانقاض|الحصار|بشظي\w*)$"
)


def _fallen(words: list[Token], index: int) -> _Outcome | None:
    """سقوط 17 مدنيا: "fell" right before a count of people is killed, unless the people
    are said to be something else (سقوط 5 اشخاص جرحي, سقط 3 عناصر في الاسر)."""
    if _forms(words[index].text).isdisjoint(FALLEN) or index + 2 >= len(words):
        return None
    count_word, noun = words[index + 1].text, words[index + 2].text
    if not (may_start_number(count_word) and noun in _PERSON_NOUN_FORMS):
        return None
    described = _word_text(words, index + 3)
    if outcome_of(described) or described in _CAPTIVES:
        return None  # سقوط 5 اشخاص جرحي, سقط 12 عنصرا اسري
    following = [word.text for word in words[index + 3 : index + 3 + _FALLEN_AS_WORDS]]
    if any(a == "في" and b == "الاسر" for a, b in pairwise(following)):
        return None  # سقط 3 عناصر من الجيش في الاسر
    return _Outcome(index, index, "killed")


_FALLEN_AS_WORDS = 4  # سقط 3 عناصر من الجيش في الاسر
_CAPTIVES = frozenset({"اسري", "اسير", "اسيرا"})


def _phrase_outcome(words: list[Token], index: int) -> _Outcome | None:
    first_word = _forms(words[index].text) & OUTCOME_PHRASES.keys()
    if not first_word:
        return None
    second, outcome = OUTCOME_PHRASES[min(first_word)]
    for last in range(index + 1, min(index + 1 + _MAX_PHRASE_GAP, len(words))):
        if words[last].text.startswith(second):
            if words[last].text.startswith(_FIGHTERS_OF) and not _lost_as_killed(
                words, index, last
            ):
                return None  # (fighters lost otherwise than killed)
            return _Outcome(index, last, outcome)
    return None


# Fighters lost otherwise than killed: the contact or trace lost (فقدت الاتصال مع 5 من
# عناصرها, فقدت اثر عنصرين), or what they were lost as, said after them (جرحي, اسري, بعد
# اعتقالهم, الذين انشقوا, بعد انضمامهم).
_LOST_TRACE = frozenset({"الاتصال", "اتصالها", "اثر", "الاثر"})
_LOST_OTHERWISE = frozenset({
    "جرحي", "مصابين", "اسري", "اسيرا", "معتقلين", "بعد", "الذين", "اثر", "انشقوا",
    "بانشقاق", "بانضمامهم",
})  # fmt: skip


def _lost_as_killed(words: list[Token], verb: int, fighters: int) -> bool:
    """Whether fighters a party lost (فقدت قسد اربعه من مقاتليها) were lost killed."""
    if any(words[i].text in _LOST_TRACE for i in range(verb + 1, min(verb + 3, len(words)))):
        return False
    return words[fighters + 1].text not in _LOST_OTHERWISE if fighters + 1 < len(words) else True


def outcome_of(word: str) -> str | None:
    """The outcome a (normalised) word names, with or without its proclitic, or None."""
    return _OUTCOME_FORMS.get(word)


def _negated(words: list[Token], index: int) -> bool:
    """لم يصب, دون وقوع اصابات: no casualty is asserted."""
    if index == 0:
        return False
    previous = words[index - 1].text
    two_before = words[index - 2].text if index >= 2 else previous
    if previous in _SENTENCED and words[index].text.startswith("بال"):
        return True
    if previous == "عن" and two_before in _REPORTS_OF:
        # (دون ورود انباء عن اصابات, لم ترد انباء عن اصابات: none reported)
        return any(
            word.text in NEGATIONS or word.text in _NEGATIONS_TWO_BEFORE
            for word in words[max(index - 5, 0) : index - 2]
        )
    return previous in NEGATIONS or (
        two_before in _NEGATIONS_TWO_BEFORE and _AGE_UNDER.match(previous) is None
    )


# "Under" an age (بينهم 32 طفلا دون العاشره، قتلوا), not "without": دون before an ordinal.
_AGE_UNDER = re.compile(
    r"(?:ال)?(?:سن|عمر|اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|عشره)$"
)


# --- what a number is not ----------------------------------------------------------------


_ONE_WORDS = frozenset({"واحد", "واحده"})
_SUPERLATIVE = re.compile(r"ا[^\Wا][^\W\d]{1,2}")  # أعنف, أكبر, أشد, أهم (normalised: ا)
# ... of events, not of people (واحد من أبرز قادة الهيئة: one of its commanders, killed).
_EVENT_NOUNS = frozenset({
    "الضربات", "الغارات", "الهجمات", "الهجوم", "المعارك", "الليالي", "ليالي", "الايام", "ايام",
    "المجازر", "الحوادث", "العمليات", "الاعتداءات", "التفجيرات", "القصف", "موجات", "حملات",
    "الحملات", "الاشتباكات", "المواجهات", "التصعيد", "جولات", "الجولات", "الانفجارات",
})  # fmt: skip


def _not_a_casualty(
    ctx: SuggestContext,
    words: list[Token],
    mention: NumberMention,
    first: int,
    last: int,
    *,
    dates: bytearray,
) -> bool:
    if _inside_a_date(ctx, mention, dates):
        return True
    previous = _word_text(words, first - 1)
    if mention.kind == "dual":
        # قتل خمسه بينهم طفلان: of the five; بين القتلى ثلاث نساء وطفلين: so the second
        # بينهم سته اطفال وامراتان: joined to a part, a part too
        joined = words[first].text[:1] == "و"
        return (
            previous in _SUBSET_FORMS
            or any(_among_the_counted(words, index) for index in range(max(first - 3, 0), first))
            or (joined and _joined_to_a_part(words, first, dual=True))
            # بينهم امراه وطفلاها, بينهم رجل وزوجته وطفلاهما: joined to people of the part
            or (joined and _after_a_part(words, first))
        )
    if previous == "ال":  # الفرقه الـ 4
        previous = _word_text(words, first - 2)
        if previous in _PERIODS_FORMS:
            return True
    following = next_word = _word_text(words, last + 1)
    if (
        following == "من"
        and (words[last].text in _ONE_WORDS or words[last].text[1:] in _ONE_WORDS)
        and _SUPERLATIVE.fullmatch(_word_text(words, last + 2))
        and _word_text(words, last + 3) in _EVENT_NOUNS
    ):
        return True  # في واحدة من أعنف الضربات: one of the fiercest, no one hurt
    if following == "من":
        following = _word_text(words, last + 2)
        if following in _ONE_FAMILY and _word_text(words, last + 3) in _ONE_AND_THE_SAME:
            following = ""  # خمسه من عائله واحده: five people of one family
    elif _punctuation_after(ctx.normalized.text, words, last):
        # ما تسبب باصابه العشرات، والحاق اضرار; اصيب 4، منهم طفلان: what follows the
        # comma is neither the noun of the count nor makes it a part of another
        following = next_word = ""
    if mention.kind == "vague" and (
        (following[:1] == "ب" and len(following) > 3) or following in _CAUSE_OR_SETTING
    ):
        following = ""  # اصيب العشرات بغارات / جراء غارات: by what they were hurt
    counted = _word_text(words, last) if mention.noun_start is not None else following
    hurt_of_them = next_word in OF_THEM_WORDS and _hurt_right_before(
        ctx.normalized.text, words, first
    )
    place_s_part = _a_place_s_part(words, mention, first, last)
    return (
        # (not a count of people joined with و after a name that ends in one: الامن العام
        # وثلاثه من المسلحين)
        (
            previous in _LABEL_OR_SUBSET_FORMS
            and not place_s_part
            and not (
                words[first].text[:1] == "و"
                and previous in _LABEL_FORMS_WITH_ARTICLE
                and (next_word == "من" or next_word in _PERSON_NOUN_FORMS)
            )
        )
        or _some_of_the_counted(ctx, mention, previous, following)
        # (not a month's: كانون الثاني ثلاثه ناشطين)
        or (previous in _ORDINAL_UNITS and _word_text(words, first - 2) not in _MONTH_FORMS)
        or (previous in _BREAKDOWN_WORDS and _after_a_count(words, first - 1))
        or _among_the_counted(words, first)
        or _condition_of_some(words, last)
        or (previous in _CONDITION and _of_the_counted(words, last))
        or _relatives_of_the_counted(words, mention, last)
        or (next_word in OF_THEM_WORDS and not hurt_of_them)
        or counted in _THING_FORMS
        # (a count with its noun, 12 قتيلا, is not one of the things after it: بلغم)
        or (mention.noun_start is None and following in _THING_OR_MONTH_FORMS)
        # (a year after its month; not a count in words, يوم الجمعة 15 آذار خمسة مدنيين)
        # (and not a count with its noun: قتل في 18 نيسان 12 شخصا)
        or (
            previous in _MONTH_FORMS
            and mention.kind not in ("words", "dual")
            and mention.noun_start is None
        )
        or next_word.lower() in _LATIN_MONTHS  # (Qamishli, 5 December 2012 –)
        or (previous in _HIJRI_MONTH_FORMS and mention.value >= _HIJRI_YEARS)  # رجب 1434
        or (mention.kind == "vague" and previous in _THING_FORMS)
        or _is_percent(ctx.normalized.text, words, mention, last)
        or _is_adjective_of_a_thing(ctx.normalized.text, words, mention, first)
        or _is_one_of_a_thing(ctx.normalized.text, words, mention, last)
        or _is_clock_time(words, first)
        or _is_year(words, mention, last)
        or (_in_a_list_of_parts(words, first) and not place_s_part)
        # (مقتل واصابه العشرات منهم: of the enemy named before, a figure of its own)
        or (
            mention.kind == "vague"
            and not _counts_people_or_outcomes(counted)
            and not hurt_of_them
            and not _of_a_party(ctx, words, last)
        )
        or _those_who(words, mention, last)
        or _still_alive(words, last)
        or _released(words, first)
        or _released_after(words, first, last)
        or _displaced(words, first)
        or _one_of_a_group_described(words, first, last)
    )


# What a vague count's outcome is told with, not what it counts (اصيب العشرات جراء
# القصف, قتل العشرات في المجزره).
_CAUSE_OR_SETTING = frozenset(
    {"جراء", "بسبب", "نتيجه", "اثر", "عقب", "خلال", "اثناء", "في", "فيها", "فيه", "اليوم", "امس"}
)
_AMONG = frozenset({"بين", "وبين"})
# The first word of an ordinal 11-19 (في الثانيه عشره من عمره, الحادي عشر): عشره after
# it is no count.
_ORDINAL_UNITS = frozenset(
    form
    for word in ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع")
    for form in ("ال" + word, "ال" + word + "ه")
)


# Verbs a relative من may be the subject of (ارتفع عدد من قضوا: the number of those who died).
_PAST_OUTCOME_VERBS = frozenset(
    {"قتل", "قضي", "استشهد", "اصيب", "توفي", "اعتقل", "اختطف", "خطف", "جرح", "سقط"}
)


def _those_who(words: list[Token], mention: NumberMention, last: int) -> bool:
    """عدد من قضوا, عدد من اصيب: "the number of those who", a toll's subject, not a
    vague count of "some" (عدد من المدنيين, عدد من عناصر)."""
    if mention.kind != "vague" or words[last].text != "من":
        return False
    verb = _word_text(words, last + 1)
    return verb in _PAST_OUTCOME_VERBS or (verb.endswith("وا") and outcome_of(verb) is not None)


def _among_the_counted(words: list[Token], first: int) -> bool:
    """من بين القتلى خمسة اطفال, بين الجرحى امراه: a part of a figure given before."""
    outcome = _word_text(words, first - 1)
    return outcome_of(outcome) is not None and _word_text(words, first - 2) in _AMONG


# The kin of those an outcome counts (عشرات النساء من امهات المعتقلين): the people
# counted are their relatives, not held, killed or hurt.
_KIN_OF_MANY = frozenset({
    "امهات", "زوجات", "ذوي", "اهالي", "عائلات", "اسر", "اقارب", "ابناء", "اباء", "اخوات",
    "شقيقات",
})  # fmt: skip


def _relatives_of_the_counted(words: list[Token], mention: NumberMention, last: int) -> bool:
    after = last + 1 if mention.noun_start is not None else last + 2
    return (
        _word_text(words, after) == "من"
        and _word_text(words, after + 1) in _KIN_OF_MANY
        and _word_text(words, after + 2) in _DEFINITE_OUTCOMES
    )


_CONDITION = frozenset({"حاله", "بحاله", "حالتهم", "حالتها", "حالته", "حالات", "اصابات", "اصابه"})


def _of_the_counted(words: list[Token], last: int) -> bool:
    """اربعه من المصابين: a count of some of those an outcome counted (after حاله: how
    they are, no new figure)."""
    group = _word_text(words, last + 2)
    return (
        _word_text(words, last + 1) == "من"
        and group.startswith("ال")
        and outcome_of(group) is not None
    )


def _condition_of_some(words: list[Token], last: int) -> bool:
    """عددا من الجرحى في حاله حرجه: how some of those counted before are, no figure."""
    if _word_text(words, last) != "من":  # (عددا من: the vague count ends with it)
        last += 1
        if _word_text(words, last) != "من":
            return False
    group = _word_text(words, last + 1)
    if outcome_of(group) is None or not group.startswith("ال"):
        return False
    after = {_word_text(words, index) for index in range(last + 2, last + 4)}
    return not after.isdisjoint(_CONDITION)


_ALIVE = frozenset({"احياء", "حيا"})  # (احياء is also "neighbourhoods": see _still_alive)
# "Still" (لا يزالون, ما زالوا): what makes احياء "alive", not "neighbourhoods".
_STILL = frozenset({
    "يزال", "يزالون", "يزالوا", "تزال", "زال", "زالوا", "زالت", "مازال", "مازالوا",
    "لازال", "لازالوا", "ظل", "ظلوا", "بقي", "بقوا",
})  # fmt: skip
_RELATIVE_PRONOUNS = frozenset(
    {"الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي", "التي", "الذي"}
)
_DEFINITE_OUTCOMES = frozenset({
    "القتلي", "الجرحي", "المصابين", "الضحايا", "الشهداء", "المعتقلين", "المختطفين",
    "المخطوفين", "المحتجزين", "الموقوفين", "المفقودين", "الاسري", "الرهائن",
})  # fmt: skip
# The people a text counts by their outcome (احد القتلي: one of those counted).
_COUNTED_GROUPS = frozenset({"القتلي", "الجرحي", "المصابين", "الضحايا", "الشهداء"})
# What is done for the hurt (نقل عدد من الجرحي, اسعاف بعض المصابين): to some of those
# counted, no count of their own.
_TENDING = frozenset({
    "نقل", "نقلت", "نقلوا", "اسعاف", "اسعفت", "اسعفوا", "علاج", "معالجه", "اخلاء", "اجلاء",
})  # fmt: skip
_SOME = frozenset({"بعض", "وبعض"})
_THAT = frozenset({"ان", "وان", "بان", "لان"})
_A_FEW = VAGUE_WORDS["عده"]  # ACLED's figure for عدة, بعض, عدد من


_PLACE_NOUN_FORMS = _with_proclitics({
    "محافظه", "مدينه", "ريف", "بلده", "قريه", "حي", "منطقه", "مخيم", "سجن",
})  # fmt: skip


def _a_place_s_part(words: list[Token], mention: NumberMention, first: int, last: int) -> bool:
    """بينهم 31 في محافظة حمص, بينهم 36 في درعا (و12 في حماة): the part of a total
    one place had, which news coders mark (not بينهم 5 اطفال في ..., a part by who they
    were, nor بينهم 4 في الثلاثين من عمرهم, an age)."""
    if mention.noun_start is not None or _word_text(words, last + 1) != "في":
        return False
    previous = _word_text(words, first - 1)
    if previous not in _SUBSET_FORMS and not _after_a_place_s_part(words, first):
        return False
    place = _word_text(words, last + 2)
    if (
        place in _NUMBER_WORDS
        or place.removeprefix("ال") in _NUMBER_WORDS
        or place in _NOT_PLACES_AFTER_IN
    ):
        return False
    return place in _PLACE_NOUN_FORMS or (
        bool(place)
        and not is_person_noun(place)
        and outcome_of(place) is None
        and place not in _TIME_ASIDE_FORMS
        and not place[:1].isdigit()
    )


def _after_a_place_s_part(words: list[Token], first: int, depth: int = 0) -> bool:
    """و12 في حماة after بينهم 31 في محافظة حمص (و7 في جرابلس after it): joined with و
    to a place's part, or to one joined so."""
    token = words[first].text
    joined = token[:1] == "و" and (token[1:2].isdigit() or token[1:] in _NUMBER_WORDS)
    if depth > _MAX_LIST_WORDS or (not joined and _word_text(words, first - 1) != "و"):
        return False
    for index in range(first - 1, max(first - _MAX_PART_WORDS - 2, 0) - 1, -1):
        word = words[index].text.lstrip("و")
        if word[:1].isdigit() or word in _NUMBER_WORDS:
            if _word_text(words, index + 1) != "في":
                return False
            return _word_text(words, index - 1) in _SUBSET_FORMS or _after_a_place_s_part(
                words, index, depth + 1
            )
    return False


# What a part of a toll "in" is, other than a place: a state, an age, a ward, an attack.
_NOT_PLACES_AFTER_IN = frozenset({
    "صفوف", "حاله", "حالات", "حال", "وضع", "عداد", "المستشفي", "المستشفيات", "المشافي",
    "سن", "عمر", "العنايه", "غيبوبه", "الهجوم", "القصف", "الغاره", "الغارات", "الاشتباكات",
    "المعارك", "الانفجار", "التفجير", "الكمين", "مقتبل", "الاسر", "المعتقلات", "السجون",
    "مراكز", "الاحتجاز", "عام", "العام", "شهر", "الشهر", "سجون", "معتقلات",
})  # fmt: skip


def _some_of_the_counted(
    ctx: SuggestContext, mention: NumberMention, previous: str, following: str
) -> bool:
    """بعض المصابين نقلوا, نقل عدد من الجرحي: some of those the text counted, tended or
    said to be somewhere; not عشرات القتلي, nor اسفر عن سقوط عدد من الجرحي."""
    if mention.kind != "vague" or following not in _COUNTED_GROUPS:
        return False
    some = ctx.normalized.text[mention.start : mention.end] in _SOME
    previous = previous.removeprefix("و") if previous[1:] in _TENDING else previous
    # (a few tended, not the tens: نقل العشرات من الجرحي counts them; some of them in a
    # clause of what was said of them: وان بعض المصابين نقلوا)
    return (previous in _TENDING and mention.value == _A_FEW) or (some and previous in _THAT)


# Kin and friends of "one of" a group (قريب احد المخطوفين, والد احد العناصر): the person
# spoken of is the relative, not one of those hurt.
_RELATED_TO_ONE_OF = frozenset({
    *KIN, "قريب", "قريبه", "اقارب", "عائله", "ذوي", "اهل", "صديق", "اصدقاء", "جار", "جيران",
    "زملاء", "زميل",
})  # fmt: skip


_RELEASE = frozenset({
    "افرج", "افرجت", "افرجوا", "يفرج", "تفرج", "الافراج", "افراج", "سراح", "اطلاق",
})  # fmt: skip


def _released(words: list[Token], first: int) -> bool:
    """A count of people released (افرجت السلطات عن 5 معتقلين, اطلاق سراح 3): no one is
    detained by it."""
    for index in range(first - 1, max(first - 3, 0) - 1, -1):
        word = words[index].text
        if outcome_of(word) is not None:
            return False  # (لاطلاق الصواريخ ومقتل عشرات: the count is the outcome's)
        release = word if word in _RELEASE else word[1:]
        if release in _RELEASE:
            # (اطلاق alone is also firing: اطلاق الصواريخ, اطلاق نار)
            return release != "اطلاق" or _word_text(words, index + 1) == "سراح"
    return False


_ONE_FAMILY = frozenset({"عائله", "اسره", "العائله", "الاسره"})
_ONE_AND_THE_SAME = frozenset({"واحده", "نفسها", "ذاتها"})
_RELEASED_AFTER = frozenset({
    "افرج", "افرجت", "مفرجا", "مفرج", "المفرج", "اطلق", "يفرج", "الافراج",
})  # fmt: skip
_OF_THEM = frozenset({"عنهم", "عنهن", "سراحهم", "سراحهن"})  # (the count's people)


def _released_after(words: list[Token], first: int, last: int) -> bool:
    """A count of people said to be released after it (نحو 60 معتقلا افرج عنهم, 45
    معتقلا مفرجا عنهم): no one is detained by it; not those an arrest before the count
    took (اعتقلت 10 اشخاص افرج عنهم بعد ساعات: detained, then let go)."""
    if any(outcome_of(word.text) is not None for word in words[max(first - 3, 0) : first]):
        return False
    return any(
        (word.text in _RELEASED_AFTER or word.text[1:] in _RELEASED_AFTER)
        and _word_text(words, index + 1) in _OF_THEM
        for index, word in enumerate(words[last + 1 : last + 4], start=last + 1)
    )


# Words of displacement before a count (ونزوح قرابة 38 ألف شخص): the people displaced are
# no casualty of the outcome named before them.
_DISPLACEMENT = frozenset({"نزوح", "نزح", "تهجير", "تشريد", "هجره", "فرار"})


def _displaced(words: list[Token], first: int) -> bool:
    """Whether one of the two words before a count names people displaced."""
    return any(
        word.text in _DISPLACEMENT or word.text[1:] in _DISPLACEMENT
        for word in words[max(first - 2, 0) : first]
    )


def _still_alive(words: list[Token], last: int) -> bool:
    """A count of people said to be still alive within the next few words (ثلاثه اشخاص
    لا يزالون احياء تحت الانقاض; على قيد الحياه); not احياء المدينه, its neighbourhoods."""
    following = [word.text for word in words[last + 1 : last + 6]]
    if _ALIVE.isdisjoint(following) and "قيد" not in following:
        return False  # (as most counts: neither word)
    for index, word in enumerate(following):
        if word in _ALIVE and any(before in _STILL for before in following[:index]):
            return True
    return any(word == "قيد" and after == "الحياه" for word, after in pairwise(following))


# A pronoun before "one of" says who a speaker just named is (وقال X، وهو احد الناجين),
# not a count; one who died may be described so (لقي شخص مصرعه وهو احد العناصر).
_HE_IS = frozenset({"هو", "وهو", "هي", "وهي", "فهو", "فهي"})
_SAID = frozenset(
    {*(normalize_key(word) for word in SPEECH_WORDS), "روي", "روت", "يروي", "تروي", "تحدث"}
)
_SPEAKER_REACH = 8  # words: the speech verb, the speaker's name and title


def _one_of_a_group_described(words: list[Token], first: int, last: int) -> bool:
    """احد الجرحي, احد المدنيين الذين قتلوا: one of a group the text counts or describes,
    not a count of its own (مقتل احد العناصر is, where the outcome comes first); nor is
    one whose relative is spoken of (والد احد العناصر)."""
    if words[first].text not in ("احد", "احدي") or outcome_of(_word_text(words, first - 1)):
        return False
    if _word_text(words, first - 1) in _HE_IS and any(
        words[index].text in _SAID or words[index].text[1:] in _SAID
        for index in range(max(first - _SPEAKER_REACH, 0), first)
    ):
        return True  # who the speaker is (وقال ابو علي، وهو احد ابناء العشيره الذين ...)
    # an outcome verb a few words before (its subject between: اعدم التنظيم احد الاسري;
    # or the kin hurt: قتل والد احد العناصر) makes the count one of its own; not one of
    # those the text counted (وكان احد القتلي, توفي لاحقا احد الجرحي)
    group = _word_text(words, last + 1) if first == last else _word_text(words, last)
    if group not in _COUNTED_GROUPS and any(
        outcome_of(_word_text(words, index)) for index in range(max(first - 4, 0), first)
    ):
        return False
    if _word_text(words, first - 1) in _RELATED_TO_ONE_OF:
        return True
    group = _word_text(words, last + 1) if first == last else _word_text(words, last)
    after = _word_text(words, last + 2) if first == last else _word_text(words, last + 1)
    return group in _DEFINITE_OUTCOMES or (group.startswith("ال") and after in _RELATIVE_PRONOUNS)


def _hurt_right_before(text: str, words: list[Token], first: int) -> bool:
    """مقتل 3 منهم, وقتلوا اربعه منهم: an outcome verb or verbal noun right before the
    count (no mark between) makes "of them" a figure of its own, of a group named before;
    not a counted noun (تسعه قتلي، اربعه منهم اطفال: a part of the nine)."""
    previous = _word_text(words, first - 1)
    return (
        outcome_of(previous) is not None
        and previous not in COUNTED_OUTCOMES
        and not _punctuation_after(text, words, first - 1)
    )


def _punctuation_after(text: str, words: list[Token], last: int) -> bool:
    """Whether punctuation or a line break separates word ``last`` from the next word (not
    a quotation mark that opens: 212 «هدفاً إرهابياً» is a count of targets; one that
    closes does: «عشرات» منهم)."""
    if last + 1 >= len(words):
        return False
    between = text[words[last].end : words[last + 1].start]
    if "\n" in between:
        return True  # (a headline's end: وقتلى بالعشرات, then the dateline)
    return not between.isspace() and _OPENING_QUOTE.fullmatch(between) is None


_OPENING_QUOTE = re.compile(r'\s+["«“]')  # (normalised: every quotation mark is ")


def _after_a_part(words: list[Token], first: int) -> bool:
    """Whether "among them" stands a few words before ``first``, with no outcome between
    (بينهم امراه حامل وطفلاها)."""
    for index in range(first - 1, max(first - _MAX_LIST_WORDS - 1, 0) - 1, -1):
        word = words[index].text
        if word in _SUBSET_FORMS:
            return True
        if outcome_of(word) is not None or may_start_number(word.removeprefix("و")):
            return False
    return False


def _after_a_count(words: list[Token], index: int) -> bool:
    """Whether a number stands among the three words before ``index``."""
    return any(
        may_start_number(word) for word in (words[i].text for i in range(max(index - 3, 0), index))
    )


def _in_a_list_of_parts(words: list[Token], first: int, depth: int = 0) -> bool:
    """بينهم 7 نساء و10 اطفال: a count joined to a part of a count is a part too, also
    where each part names its people (هم 29 من مقاتلي العشائر و18 من عناصر قسد و7);
    not one with an outcome noun of its own (بينهم 9 اطفال، وعشرات الجرحى)."""
    if words[first].text.startswith("و") and _word_text(words, first + 1) in _DEFINITE_OUTCOMES:
        return False
    for index in range(first - 1, max(first - _MAX_LIST_WORDS, 0) - 1, -1):
        word = words[index].text
        if word in _SUBSET_FORMS or (word in _BREAKDOWN_WORDS and _after_a_count(words, index)):
            return True
        if not (word == "و" or word[0].isdigit() or word in _PERSON_NOUN_FORMS):
            break
    token = words[first].text
    joined = (
        token[:1] == "و" and token not in _ONE_AND_TWO and may_start_number(token[1:])
    ) or _word_text(words, first - 1) == "و"  # (و10, وخمس; not واحد)
    return joined and _joined_to_a_part(words, first, depth)


def _joined_to_a_part(
    words: list[Token], first: int, depth: int = 0, *, dual: bool = False
) -> bool:
    """Whether the count at ``first``, joined with و, follows a count that is a part (a
    dual is its own noun: an outcome after it is another clause's)."""
    if depth > 8 or (not dual and outcome_of(_word_text(words, first + 1)) is not None):
        return False  # (وثلاث اصابات من عائله اخري: a count with its own outcome)
    for index in range(first - 1, max(first - _MAX_PART_WORDS, 0) - 1, -1):
        word = words[index].text
        if outcome_of(word) is not None:
            return False  # (فيما قتل عنصر و3 مدنيين: a count of its own verb)
        bare = word.removeprefix("و")
        if bare and may_start_number(bare):
            return _in_a_list_of_parts(words, index, depth + 1)
    return False


# Words for the sides of a fight, and for suspects, that a vague count's من names.
_SIDES = _with_proclitics({"الطرفين", "الجانبين", "المشتبه", "المتهمين"})


def _of_a_party(ctx: SuggestContext, words: list[Token], last: int) -> bool:
    """العشرات من داعش, العشرات من الطرفين, العشرات من المشتبه بهم: people of a party
    the suggesters named (or of the two sides), counted; and عددا من المشاركين, whose
    من ends the vague count itself."""
    party = last + 1 if _word_text(words, last) == "من" else last + 2
    if _word_text(words, party - 1) != "من" or party >= len(words):
        return False
    if words[party].text in _SIDES:
        return True
    start, end = ctx.normalized.span(words[party].start, words[party].end)
    return any(s.kind == "actor" and s.start < end and start < s.end for s in ctx.earlier)


def _counts_people_or_outcomes(counted: str) -> bool:
    """عده فيديوهات لضحايا: a vague count of things is no count of people."""
    return not counted or counted in _PERSON_NOUN_FORMS or outcome_of(counted) is not None


def _word_text(words: list[Token], index: int) -> str:
    return words[index].text if 0 <= index < len(words) else ""


def _is_percent(text: str, words: list[Token], mention: NumberMention, last: int) -> bool:
    if text[mention.end : mention.end + 2].lstrip(" ").startswith(_PERCENT):
        return True
    return _word_text(words, last + 1) == "في" and _word_text(words, last + 2) in {
        "المئه",
        "المائه",
    }


def _is_adjective_of_a_thing(
    text: str, words: list[Token], mention: NumberMention, first: int
) -> bool:
    """غاره جويه واحده, يوم واحد: واحد/اثنين after a noun that is not a person."""
    if text[mention.start : mention.end] not in _ONE_AND_TWO:
        return False
    previous = _word_text(words, first - 1)
    if not previous or words[first].start != mention.start:
        return False  # first word, or written with و (وثلاثه ... واثنين): a count
    return not (previous in _PERSON_OR_PARTICLE_FORMS or outcome_of(previous) is not None)


def _is_one_of_a_thing(text: str, words: list[Token], mention: NumberMention, last: int) -> bool:
    """احد المشافي: "one of" counts a person only before people (احد العناصر, احد الجرحي)."""
    if text[mention.start : mention.end] not in _ONE_OF:
        return False
    following = _word_text(words, last + 1)
    return not (following in _PERSON_NOUN_FORMS or outcome_of(following) is not None)


def _is_clock_time(words: list[Token], first: int) -> bool:
    """الساعه الواحده و30 دقيقه: الساعه a few words before, no outcome in between."""
    for word in reversed(words[max(first - 3, 0) : first]):
        if word.text in _CLOCK_FORMS:
            return True
        if word.text in _OUTCOME_FORMS:  # (an outcome word, as outcome_of tells)
            return False
    return False


def _is_year(words: list[Token], mention: NumberMention, last: int) -> bool:
    if mention.kind != "digits" or mention.value not in _YEARS:
        return False
    return not _counts_people(words, last)


def _counts_people(words: list[Token], last: int) -> bool:
    return (
        _word_text(words, last) in _PERSON_NOUN_FORMS
        or _word_text(words, last + 1) in _PERSON_NOUN_FORMS
    )


def _earlier_date_spans(ctx: SuggestContext) -> bytearray:
    """Which original characters lie inside a date suggestion (one byte a character)."""
    covered = bytearray(len(ctx.text))
    for suggestion in ctx.earlier:
        if suggestion.kind == "date":
            covered[suggestion.start : suggestion.end] = b"\x01" * (
                suggestion.end - suggestion.start
            )
    return covered


def _inside_a_date(ctx: SuggestContext, mention: NumberMention, dates: bytearray) -> bool:
    start, end = ctx.normalized.span(mention.start, mention.end)
    return any(dates[start:end])


# --- tying a number to an outcome ----------------------------------------------------------


def _link(
    words: list[Token], mention: NumberMention, first: int, last: int, outcomes: list[_Outcome]
) -> _Link | None:
    best: _Link | None = None
    best_rank: tuple[int, int, int] | None = None
    for outcome in outcomes:
        rank = _placement(words, mention, first, last, outcome)
        if rank is not None and (best_rank is None or rank < best_rank):
            best, best_rank = _Link(outcome.outcome, rank[1]), rank
    if best is not None and best.outcome == "detained" and best.distance < 0:
        return _held_who_died(words, mention, first, last, outcomes) or best
    if best is not None and best.outcome in ("killed", "injured") and best.distance < 0:
        return _taken_wounded(words, outcomes, first) or best
    return best


def _taken_wounded(words: list[Token], outcomes: list[_Outcome], first: int) -> _Link | None:
    """اعتقلوا عددا من الجرحي, اختطفوا جريحين: the wounded or dead counted right after an
    arrest or abduction are what was done to them."""
    for outcome in outcomes:
        if (
            outcome.outcome in ("detained", "abducted")
            and outcome.last == first - 1
            and outcome.first == outcome.last
            and _forms(words[outcome.first].text).isdisjoint(CAPTURED)  # (لاسر: families)
        ):
            return _Link(outcome.outcome, 0)
    return None


def _held_who_died(
    words: list[Token], mention: NumberMention, first: int, last: int, outcomes: list[_Outcome]
) -> _Link | None:
    """مقتل 37 معتقلا, 37 معتقلا قضوا تحت التعذيب: held people counted by their noun, whose
    death is told right before the count or right after the noun, are killed."""
    noun = last if mention.noun_start is not None else last + 1
    for outcome in outcomes:
        if outcome.outcome == "killed" and outcome.last == first - 1:
            return _Link("killed", 0)
        if (
            outcome.outcome == "killed"
            and outcome.first == noun + 1
            and _word_text(words, outcome.last + 1) not in OF_THEM_WORDS  # (قتل منهم اثنان)
        ):
            return _Link("killed", 0)
    return None


def _counted_outcome(word: str, mention: NumberMention) -> bool:
    """Whether ``word`` is the counted noun of the number: 5 قتلي, or after a vague
    quantity with the article (عشرات الجرحي, مئات القتلي)."""
    return word in COUNTED_OUTCOMES or (
        mention.kind == "vague" and word.startswith("ال") and word[2:] in COUNTED_OUTCOMES
    )


def _placement(
    words: list[Token], mention: NumberMention, first: int, last: int, outcome: _Outcome
) -> tuple[int, int, int] | None:
    """How well an outcome word fits a number: (tier, distance, side); None if it cannot.

    Tier 0: the outcome is the number's own noun (قتيلين, 20 قتيلا, 5 قتلي). Tier 1: an
    outcome before the number, or after it as its verb (عنصرين ... قتلا). Tier 2: an
    outcome after it that opens a new clause with و (13 عنصرا وجرح ...), which belongs to
    the next count. Distance is in words; side 0 (before) wins a tie.
    """
    if outcome.first <= last and outcome.last >= first:
        return 0, -1, 0
    if outcome.first == last + 1 and _counted_outcome(words[outcome.first].text, mention):
        return 0, -1, 1
    if outcome.last < first:
        distance = first - outcome.last - 1
        # (a time set between them does not count: اعتقلت دورية، صباح اليوم، أربعة شبان)
        apart = distance - _time_words(words, outcome.last + 1, first)
        if apart <= _MAX_WORDS_IN_A_TOLL and _a_toll_reaching(words, outcome, first):
            return 0, distance, 0  # حصيله القتلي في ريف ادلب ارتفعت الي 9
        if apart <= _MAX_WORDS_AFTER_OUTCOME:
            return 1, distance, 0
        if (
            apart <= _MAX_WORDS_AFTER_A_VERB
            and not _forms(words[outcome.first].text).isdisjoint(_ACTIVE_VERBS)
            and (mention.kind == "dual" or _counts_people(words, last))
            and not _names_people_between(words, _after_the_subject(words, outcome.last), first)
        ):
            return 1, distance, 0  # اعتقلت دوريه تابعه لفرع المخابرات الجويه 11 شابا
        if distance <= _MAX_WORDS_FOLLOW_ON and _continues_a_count(words, mention, first, last):
            return 1, distance, 0
        if distance <= _MAX_WORDS_FOLLOW_ON and _a_place_s_part(words, mention, first, last):
            return 1, distance, 0  # 68 قتيلا في عموم سوريا، بينهم 31 في محافظه حمص
        return None
    distance = outcome.first - last - 1
    if distance > _MAX_WORDS_BEFORE_OUTCOME:
        return None
    if _a_count_right_after(words, outcome.last):
        return None  # 160 الفا ... حصار اودي بحياه ما يزيد علي 170: the outcome's is its own
    if _released_in_exchange(words, last + 1, outcome.first):
        return None  # بخروج نحو الفي مسلح ... مقابل الافراج عن مخطوفين: another party's
    opens = _opens_a_clause(words[outcome.first].text) or _added_item(words, outcome.first)
    return (2 if opens else 1), distance, 1


_IN_EXCHANGE = frozenset({"مقابل", "ومقابل"})


def _released_in_exchange(words: list[Token], start: int, end: int) -> bool:
    """Whether "in exchange for" stands between a count and an outcome that is not one
    both counts share: none counted after it (مقابل الافراج عن مخطوفين), or the noun of
    the count after it (7 اسري مقابل الافراج عن 10 معتقلين); not 15 مقاتلا مقابل 22
    عنصرا قتلوا, whose verb tells of both."""
    exchange = next((i for i in range(start, end) if words[i].text in _IN_EXCHANGE), None)
    if exchange is None:
        return False
    counts = [i for i in range(exchange + 1, end) if may_start_number(words[i].text)]
    return not counts or end - counts[-1] <= 1


# An outcome after "besides" adds another item (و8 مقاتلين من الفصائل، اضافه الي اصابه
# العشرات): it belongs to the count after it, as one after و does.
_BESIDES = frozenset({"اضافه", "بالاضافه", "وبالاضافه", "علاوه", "فضلا"})
_BESIDES_THEN = frozenset({"الي", "علي", "عن"})


def _added_item(words: list[Token], index: int) -> bool:
    return (
        _word_text(words, index - 1) in _BESIDES_THEN and _word_text(words, index - 2) in _BESIDES
    )


# A toll and the figure it reached (حصيله القتلي في ريف ادلب ارتفعت الي 9): the figure
# counts the toll's outcome, whatever outcome follows it.
_MAX_WORDS_IN_A_TOLL = 8
_TOLL_NOUNS = frozenset({"حصيله", "عدد", "وحصيله", "وعدد"})
_REACHED = frozenset({
    "الي", "ارتفع", "ارتفعت", "بلغ", "بلغت", "وصل", "وصلت", "تجاوز", "تجاوزت", "تخطي", "تخطت",
})  # fmt: skip


def _a_toll_reaching(words: list[Token], outcome: _Outcome, first: int) -> bool:
    """Whether the outcome is a toll's noun (حصيله القتلي) and the number the figure its
    verb says it reached (ارتفعت الي 9, بلغت 9)."""
    return _word_text(words, outcome.first - 1) in _TOLL_NOUNS and (
        _word_text(words, first - 1) in _REACHED
        or _word_text(words, first) in _REACHED  # (the figure's span holds it: تجاوزت 72)
    )


_MAX_WORDS_AFTER_A_TOLL_NOUN = 7  # تجاوزت حصيلة قتلى التفجير الانتحاري في جبلة 70
_BEFORE_IT_WENT_PAST = frozenset({"دون", "قبل", "يتوقع", "يرجح", "يخشي", "متوقع", "يحتمل"})


def _a_toll_exceeding(words: list[Token], first: int) -> bool:
    """Whether the number is the figure a toll went past: تجاوز عدد الجرحى 200, فاق عدد
    القتلى في المدينة 50; not a number the toll only reached (بلغ عدد القتلى 50)."""
    for index in range(first - 1, max(first - 1 - _MAX_WORDS_AFTER_A_TOLL_NOUN, 0), -1):
        word = _word_text(words, index)
        if word in _TOLL_NOUNS:
            return _a_toll_s_verb(words, index - 1) in GOING_PAST
        if word[:1].isdigit():
            return False  # (another figure between: not this one's toll)
    return False


def _after_the_subject(words: list[Token], verb: int) -> int:
    """Where the object may begin after an active verb: past the people right after it,
    its subject (اختطف مسلحون من فرقة الحمزة مزارعا, خطف عناصر من الفرقة شقيقين); a
    number there is a count, not a subject (قتل 3 عناصر في هجوم شنه 20 مسلحا)."""
    subject = _word_text(words, verb + 1)
    return verb + 2 if subject in _PERSON_NOUN_FORMS else verb + 1


def _names_people_between(words: list[Token], start: int, end: int) -> bool:
    """Whether a number, people or a relative clause stand between (قتل 3 عناصر في هجوم
    شنه 20 مسلحا: the verb's count is 3; the 20 launched the attack)."""
    return any(
        (may_start_number(word) and not _tells_a_time(words, index))
        or (word in _PERSON_NOUN_FORMS and not _an_adjective(words, index))
        or word in _RELATIVES
        for index, word in ((index, words[index].text) for index in range(start, end))
    )


def _an_adjective(words: list[Token], index: int) -> bool:
    """العسكري in فرع الامن العسكري: a person noun with the article right after a word with
    it describes that word (military security), naming no people."""
    return (
        index > 0
        and words[index].text.startswith("ال")
        and words[index - 1].text.startswith(("ال", "لل"))
    )


def _opens_a_clause(word: str) -> bool:
    """وجرح, فقتل: the outcome word carries a conjunction."""
    return word[0] in "وف" and outcome_of(word[1:]) is not None


def _continues_a_count(words: list[Token], mention: NumberMention, first: int, last: int) -> bool:
    """اضافه الي خمسه, و18, 18 اخرون: a count that joins the one before."""
    word = words[first]
    if mention.start > word.start and word.text.startswith("و"):
        return True
    return (
        _word_text(words, first - 1) in FOLLOW_ON_WORDS
        or _word_text(words, last + 1) in FOLLOW_ON_AFTER
    )


def _confidence(mention: NumberMention, link: _Link, counts_people: bool) -> float:
    return _confidence_of(
        link.distance, counts_people or mention.kind == "dual", mention.qualifier == "vague"
    )


@lru_cache(maxsize=256)  # a few distances, two flags: round() is slow and asked often
def _confidence_of(distance: int, names_people: bool, vague: bool) -> float:
    confidence = 0.9 if distance <= 2 else max(0.5, 0.9 - 0.03 * (distance - 2))
    if names_people:
        confidence += 0.05
    if vague:
        confidence *= 0.8
    return round(min(confidence, 1.0), 3)
