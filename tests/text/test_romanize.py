"""Arabic personal names get the English spelling news gives them, or none."""

from __future__ import annotations

import pytest

from annotator.text.romanize import may_begin_a_name, romanize_name


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("أبو محمد الحوراني", "Abu Mohammad al-Hourani"),  # a place's nisba
        ("عبد الرحمن الأحمد", "Abdul Rahman al-Ahmad"),
        ("عبدالرحمن الأحمد", "Abdul Rahman al-Ahmad"),
        ("حمد العبد الله", "Hamad al-Abdallah"),
        ("سمير حاج علي", "Samir Haj Ali"),  # (bare حاج is Haj, the family name al-Hajj)
        ("ياسر الحاج", "Yasser al-Hajj"),
        ("قاسم البطاط", "Qasim al-Battat"),
        ("محمد عبيد", "Mohammad Obeid"),
        ("أبو محمد الجاسمي", "Abu Mohammad al-Jasimi"),  # the nisba of a given name
        ("وسيم أبو فخر", "Wasim Abu Fakhr"),
        ("مصطفى بالي", "Mustafa Bali"),
        ("مُصْطَفَى بالي", "Mustafa Bali"),  # tashkeel
        ("أفيخاي أدرعي", "Avichay Adraee"),  # a public figure spelt whole
        ("يحيى رسول", "Yahya Rasool"),  # an Iraqi family name
        ("جورج حداد", "George Haddad"),  # a Christian given name
        ("عدي الخدران", "Uday al-Khadran"),
        ("آزاد حسن", "Azad Hassan"),  # a Kurdish given name
        ("نزار ديب", "Nizar Dib"),
        ("جوان محمد", "Jwan Mohammad"),  # a Kurdish given name
        ("فيصل أبازيد", "Faisal Abazeid"),  # a Daraa family
        ("خالد عيون", "Khaled Oyoun"),
        ("أبو عمر التلّي", "Abu Omar al-Talli"),  # of At Tall
        ("محمد المسالمة", "Mohammad al-Masalmeh"),
        ("بسام الحمود", "Bassam al-Hammoud"),
        ("هوزان إبراهيم", "Hozan Ibrahim"),
        ("سالم الزعبي", "Salem al-Zoubi"),  # a common given name
        ("إيمان العلي", "Iman al-Ali"),
        ("معاوية المحمد", "Muawiya al-Mohammad"),
        ("أبو فهد نصر الدين", "Abu Fahd Nasr al-Din"),  # a name ending in الدين
        ("أبو عمر الميداني", "Abu Omar al-Midani"),  # of the Midan quarter
        ("سمير أبو دياب", "Samir Abu Diab"),
        ("هادي العبدالله", "Hadi al-Abdallah"),  # the servant of God, joined, with ال
        ("طارق عبد الحق", "Tariq Abdul Haq"),
        ("محمد خير الحسين", "Mohammad Kheir al-Hussein"),
        ("أبو أكرم الفلسطيني", "Abu Akram al-Filastini"),
        ("شون رايان", None),  # a foreign family name no table spells
        ("وديع الخوري", "Wadih al-Khoury"),  # a Christian given and family name
        ("الياس جرجس", "Elias Gerges"),
        ("دلوفان شيخموس", "Dilovan Sheikhmous"),  # Kurdish
        ("روجهات حسو", "Rojhat Hasso"),
        ("هفرين خلف", "Hevrin Khalaf"),  # a Kurdish woman
        ("زينب الجبوري", "Zeinab al-Jabouri"),  # an Iraqi woman
        ("رنا المقداد", "Rana al-Miqdad"),
        ("كاظم الساعدي", "Kadhim al-Saadi"),  # Iraqi: dh
        ("مصطفى الكاظمي", "Mustafa al-Kadhimi"),  # the nisba of a new given name
        ("مقتدى الصدر", "Muqtada al-Sadr"),
        ("عبد الحسين الموسوي", "Abdul Hussein al-Mousawi"),  # عبد + a Shia name
        ("سمير جعجع", "Samir Geagea"),  # Lebanese
        ("أبو محمد الشيشاني", "Abu Mohammad al-Shishani"),
        ("ليلى طلاس", "Layla Tlass"),
    ],
)
def test_known_names_are_spelt_as_news_spells_them(arabic: str, english: str | None) -> None:
    assert romanize_name(arabic) == english


@pytest.mark.parametrize(
    "arabic",
    [
        "عصام الشلّي", "محمد قرقوز", "عبد المستشفى", "", "قال إن",
        # words, a feast and factions that read like names are left out
        "عيد الميلاد", "عيد نوروز", "أشرف على", "صباح الجمعة", "نور الدين الزنكي",
        "محمد الفاتح",
    ],
)  # fmt: skip
def test_a_name_with_an_unknown_word_gets_no_guess(arabic: str) -> None:
    assert romanize_name(arabic) is None


def test_what_may_begin_a_name() -> None:
    assert may_begin_a_name("محمد") and may_begin_a_name("ابو") and may_begin_a_name("عبدالله")
    assert not may_begin_a_name("الحوراني") and not may_begin_a_name("قال")
    # given names that are also words before a name are left out (المتحدث باسم «قسد»,
    # يوم الجمعة, خلف خطوط, غالب السكان, صافي الارباح)
    assert not any(map(may_begin_a_name, ("باسم", "جمعه", "خلف", "غالب", "صافي", "هلال")))
    assert all(map(may_begin_a_name, ("وديع", "دلوفان", "جرجس", "زينب", "كاظم", "ادريس")))
