"""Arabic personal names in the Latin spelling English-language news gives them.

``romanize_name("أبو محمد الحوراني")`` is ``"Abu Mohammad al-Hourani"``: the spelling
ACLED's source column and English-language Syria reporting use (Mohammad, Hussein,
al- joined by a hyphen, Abdul Rahman, a place's nisba as al-Doumani). Arabic writes no
short vowels, so a word is spelt only where this table knows it: a given name, a
family name, the nisba of a known place or name (الجاسمي from جاسم), or a public
figure's full name. A name with any word it does not know gives None, and the caller
keeps the name as written; no letter-by-letter guess (قرقوز as "Qrqwz") is offered.
"""

from __future__ import annotations

from collections.abc import Mapping

from annotator.text.normalize import normalize_key

# Words of names, normalised (ة is ه, ى is ي, أ/إ/آ are ا, no tashkeel) -> the spelling.
_GIVEN: Mapping[str, str] = {
    # given names, men
    "محمد": "Mohammad", "احمد": "Ahmad", "محمود": "Mahmoud", "علي": "Ali", "عمر": "Omar",
    "عثمان": "Othman", "حسين": "Hussein", "حسن": "Hassan", "خالد": "Khaled",
    "خليل": "Khalil", "ابراهيم": "Ibrahim", "اسماعيل": "Ismail", "يوسف": "Youssef",
    "يونس": "Younes", "موسي": "Musa", "عيسي": "Issa", "سليمان": "Suleiman",
    "داود": "Dawoud", "مصطفي": "Mustafa", "سامي": "Sami", "سامر": "Samer", "سمير": "Samir",
    "سعيد": "Saeed", "سعد": "Saad", "سعود": "Saoud", "فيصل": "Faisal", "فهد": "Fahd",
    "فراس": "Firas", "فادي": "Fadi", "فارس": "Fares", "فايز": "Fayez", "فياض": "Fayyad",
    "فرهاد": "Farhad", "زياد": "Ziad", "زيد": "Zaid", "زكريا": "Zakaria", "طارق": "Tariq",
    "طلال": "Talal", "عادل": "Adel", "عدنان": "Adnan", "عماد": "Imad", "عصام": "Issam",
    "عمار": "Ammar", "عامر": "Amer", "علاء": "Alaa", "عيد": "Eid", "عيدو": "Eido",
    "ماهر": "Maher", "مازن": "Mazen", "مالك": "Malek", "مجد": "Majd", "مهند": "Muhannad",
    "منذر": "Munther", "مروان": "Marwan", "معاذ": "Moaz", "مؤيد": "Moayad", "ناصر": "Nasser",
    "نبيل": "Nabil", "نزار": "Nizar", "نضال": "Nidal", "نادر": "Nader", "هاشم": "Hashem",
    "هاني": "Hani", "هشام": "Hisham", "وائل": "Wael", "وسيم": "Wasim", "وليد": "Walid",
    "ياسر": "Yasser", "ياسين": "Yassin", "يحيي": "Yahya", "بشار": "Bashar", "بشير": "Bashir",
    "باسل": "Basel", "بلال": "Bilal", "جميل": "Jamil", "جمال": "Jamal", "جاسم": "Jasim",
    "جابر": "Jaber", "حمد": "Hamad", "حمزه": "Hamza", "حامد": "Hamed", "حازم": "Hazem",
    "حسام": "Hussam", "رامي": "Rami", "رائد": "Raed", "رياض": "Riad", "رضوان": "Radwan",
    "رشيد": "Rashid", "ريان": "Rayan", "صالح": "Saleh", "صلاح": "Salah", "صبحي": "Subhi",
    "ضياء": "Diaa", "غسان": "Ghassan", "قاسم": "Qasim", "كمال": "Kamal", "كريم": "Karim",
    "لؤي": "Louay", "نور": "Nour", "انس": "Anas", "اسامه": "Osama", "اياد": "Iyad",
    "ايمن": "Ayman", "امجد": "Amjad", "اكرم": "Akram", "ادهم": "Adham", "ثائر": "Thaer",
    "شادي": "Shadi", "شريف": "Sharif", "عبيده": "Obaida", "عمرو": "Amr", "مصعب": "Musab",
    "منير": "Munir", "نواف": "Nawaf", "هيثم": "Haitham", "جهاد": "Jihad", "رعد": "Raad",
    "سلمان": "Salman", "سلام": "Salam", "شاهر": "Shaher", "محسن": "Mohsen", "مراد": "Murad",
    "مهدي": "Mahdi", "نعيم": "Naim", "وحيد": "Wahid", "يزن": "Yazan", "حمدان": "Hamdan",
    "ادم": "Adam", "مرهف": "Murhaf", "حكمت": "Hikmat", "نجيب": "Najib",
    "عارف": "Aref", "عاطف": "Atef", "فؤاد": "Fouad", "فواز": "Fawaz", "فتحي": "Fathi",
    "حيدر": "Haidar", "رضا": "Rida", "سهيل": "Suhail", "شفيق": "Shafiq",
    "طه": "Taha", "عبدو": "Abdo", "عرفات": "Arafat", "غازي": "Ghazi", "كامل": "Kamel",
    "لطفي": "Lutfi", "ماجد": "Majed", "محي": "Muhi", "معن": "Maan",
    "ممدوح": "Mamdouh", "ناجي": "Naji",
    "نبيه": "Nabih", "نزيه": "Nazih", "وفيق": "Wafiq", "يعقوب": "Yaqoub",
    "امين": "Amin", "صادر": "Sader", "صادق": "Sadiq", "توفيق": "Tawfiq", "رفعت": "Rifaat",
    "عزت": "Izzat",
    "غياث": "Ghiath", "قصي": "Qusay", "كنان": "Kinan", "مثني": "Muthanna", "معتز": "Moataz",
    "منصور": "Mansour", "نصر": "Nasr", "هادي": "Hadi", "وسام": "Wissam", "يامن": "Yamen",
    "ابو": "Abu", "ام": "Umm", "بن": "bin", "ابن": "Ibn",
    "عواد": "Awad", "معين": "Moin", "عدي": "Uday", "نوري": "Nouri", "صبري": "Sabri",
    "تيسير": "Tayseer", "ثامر": "Thamer", "جلال": "Jalal", "حاتم": "Hatem", "راشد": "Rashid",
    "رامز": "Ramez", "زاهر": "Zaher", "زهير": "Zuhair", "شحاده": "Shehadeh", "شوقي": "Shawqi",
    "صفوان": "Safwan", "عاصم": "Asem", "عباس": "Abbas", "عزام": "Azzam", "فاضل": "Fadel",
    "فرحان": "Farhan", "فهمي": "Fahmi", "قتيبه": "Qutaiba", "قيس": "Qais", "ليث": "Laith",
    "مجدي": "Majdi", "مشعل": "Mashaal", "معتصم": "Mutasim", "منهل": "Manhal", "نايف": "Nayef",
    "نديم": "Nadim", "همام": "Hammam", "وضاح": "Waddah", "يمان": "Yaman", "صهيب": "Suhaib",
    "بهاء": "Bahaa", "جواد": "Jawad", "حيان": "Hayyan", "خلدون": "Khaldoun", "سامح": "Sameh",
    "سراج": "Siraj", "نهاد": "Nihad", "انور": "Anwar", "حمدي": "Hamdi", "زكي": "Zaki",
    "سليم": "Salim", "صابر": "Saber", "ظافر": "Zafer", "عوض": "Awad", "فاروق": "Farouk",
    "مامون": "Mamoun", "موفق": "Mowaffaq", "نعمان": "Nouman", "عمران": "Imran", "مضر": "Mudar",
    "نائل": "Nael", "اسحاق": "Ishaq", "بهجت": "Bahjat", "جودت": "Jawdat", "رافت": "Raafat",
    "بسام": "Bassam", "تامر": "Tamer", "راتب": "Rateb", "رستم": "Rustom", "شوكت": "Shawkat",
    "لبيب": "Labib", "وجيه": "Wajih", "يعرب": "Yarob", "عز": "Ezz", "بدر": "Badr",
    "خير": "Kheir", "نقولا": "Nicola",
    "سيف": "Saif",
    # Kurdish given names
    "هوزان": "Hozan", "دلير": "Diler",  # (not آلان: الآن, "now", reads the same)
    "ازاد": "Azad", "ريزان": "Rezan", "ريدور": "Redur", "شيار": "Shiyar", "دلشاد": "Dilshad",
    "هفال": "Heval", "كاوا": "Kawa", "بروسك": "Brusk", "سيبان": "Siban", "جوان": "Jwan",
    "شيروان": "Shirwan", "هوشنك": "Hoshang",
    # given names, women
    "فاطمه": "Fatima", "عائشه": "Aisha", "مريم": "Maryam", "زينب": "Zeinab", "هناء": "Hanaa",
    "رنا": "Rana", "ريم": "Reem", "سلمي": "Salma", "هبه": "Hiba", "لينا": "Lina",
    "ديما": "Dima", "رهف": "Rahaf", "ساره": "Sara", "اسماء": "Asmaa", "امل": "Amal",
    "مني": "Mona", "رزان": "Razan", "سعاد": "Suad", "خديجه": "Khadija", "نسرين": "Nisreen",
    "ريما": "Rima", "رانيا": "Rania",
    # Christian given names
    "جورج": "George", "ميشيل": "Michel", "حنا": "Hanna", "جوزيف": "Joseph",
    "رشا": "Rasha", "رغد": "Raghad", "سوسن": "Sawsan", "عبير": "Abeer", "غاده": "Ghada",
    "ياسمين": "Yasmin", "سميره": "Samira", "ليلي": "Layla",
    # more given names, men and women
    "سالم": "Salem", "سلامه": "Salameh", "سلطان": "Sultan", "شاكر": "Shaker",
    "شعبان": "Shaaban", "ضرار": "Dirar", "طلحه": "Talha", "عزيز": "Aziz", "عقيل": "Aqeel",
    "علوان": "Alwan", "عوني": "Awni", "فريد": "Farid", "محيي": "Muhyi", "مخلص": "Mukhlis",
    "مرعي": "Marei", "مسعود": "Massoud", "مطيع": "Mutee", "مفيد": "Mufid", "مقداد": "Miqdad",
    "ميسر": "Mayser", "نبهان": "Nabhan", "نمر": "Nimr", "اسعد": "Asaad", "ايهم": "Ayham",
    "ايهاب": "Ihab", "بكر": "Bakr", "حافظ": "Hafez", "حبيب": "Habib", "حسان": "Hassan",
    "حميد": "Hamid", "خضر": "Khader", "دريد": "Duraid", "ربيع": "Rabie", "رمضان": "Ramadan",
    "سعدو": "Saado", "سفيان": "Sufyan", "صخر": "Sakhr", "صقر": "Saqr", "طالب": "Taleb",
    "كاسر": "Kasser", "مؤمن": "Moamen", "معاويه": "Muawiya", "هدي": "Huda", "دعاء": "Duaa",
    "امنه": "Amina", "ناديه": "Nadia", "سمر": "Samar", "ايمان": "Iman", "جميله": "Jamila",
    "صفا": "Safa", "شهاب": "Shihab", "تسنيم": "Tasnim", "روناهي": "Ronahi",
    # more men's names of Syria, Iraq and Lebanon (Iraqi ones with dh: Kadhim, Muntadhar);
    # not خليفة, أشرف, ملاك, صباح, فلاح, ميلاد, فاتح: words (أشرف على, عيد الميلاد) and factions
    "جعفر": "Jaafar", "وديع": "Wadih", "كاظم": "Kadhim", "ناظم": "Nazem", "مهيب": "Muhib",
    "باقر": "Baqir", "كرار": "Karrar", "مرتضي": "Murtada", "مقتدي": "Muqtada",
    "منتظر": "Muntadhar", "سجاد": "Sajjad", "حسنين": "Hassanein", "ضرغام": "Dirgham",
    "قحطان": "Qahtan", "فالح": "Faleh", "جبار": "Jabbar", "ستار": "Sattar", "صدام": "Saddam",
    "ضاري": "Dhari", "فائق": "Faiq", "رافع": "Rafi", "مظلوم": "Mazloum", "لطيف": "Latif",
    "خضير": "Khudair", "احسان": "Ihsan", "اديب": "Adib", "ادريس": "Idris", "اياس": "Iyas",
    "اويس": "Owais", "براء": "Baraa", "تمام": "Tammam", "تيم": "Taim", "جبران": "Gebran",
    "حارث": "Harith", "حذيفه": "Hudhaifa", "حسيب": "Hasib", "حسني": "Husni", "حمادي": "Hammadi",
    "دهام": "Daham", "راضي": "Radi", "رجب": "Rajab", "رشاد": "Rashad", "ركان": "Rakan",
    "رفيق": "Rafiq", "رؤوف": "Raouf", "زاهي": "Zahi", "سعدون": "Saadoun", "سطام": "Sattam",
    "سنان": "Sinan", "سومر": "Somar", "شكري": "Shukri", "شكيب": "Shakib", "صفوت": "Safwat",
    "طاهر": "Taher", "طريف": "Tarif", "عصمت": "Ismat", "عفيف": "Afif", "غانم": "Ghanem",
    "غطفان": "Ghatfan", "غيث": "Ghaith", "فخري": "Fakhri", "فوزي": "Fawzi", "قدري": "Qadri",
    "مجيد": "Majid", "محفوظ": "Mahfouz", "مدحت": "Medhat", "مناف": "Manaf", "منيب": "Munib",
    "منيف": "Munif", "ناهض": "Nahed", "نصوح": "Nasouh", "هايل": "Hayel", "هزاع": "Hazza",
    "واصف": "Wasef", "وجدي": "Wajdi", "وهيب": "Wahib", "وئام": "Wiam", "تيمور": "Taymour",
    "اصف": "Assef", "فهيم": "Fahim", "رحيم": "Rahim", "شعيب": "Shoaib",
    "فايق": "Faiq", "رائف": "Raef", "نجدت": "Najdat", "ثروت": "Tharwat", "مهنا": "Muhanna",
    "نصير": "Naseer", "زاهد": "Zahed", "حقي": "Haqqi", "صائب": "Saeb", "نوار": "Nawar",
    "نورس": "Nawras", "منتصر": "Muntasir", "انيس": "Anis", "ساهر": "Saher", "لقمان": "Luqman",
    # Turkmen given names
    "ارسلان": "Arslan", "اورهان": "Orhan", "يلماز": "Yilmaz", "ارشد": "Arshad",
    # more Christian, Syriac and Assyrian given names
    "الياس": "Elias", "جرجس": "Gerges", "يوحنا": "Youhanna", "بطرس": "Boutros", "بولس": "Boulos",
    "ميخائيل": "Mikhail", "سركيس": "Sarkis", "انطون": "Antoun", "انطوان": "Antoine",
    "ايلي": "Elie", "بيار": "Pierre", "شربل": "Charbel", "طوني": "Tony", "ميشال": "Michel",
    "ريمون": "Raymond", "كميل": "Camille", "اغناطيوس": "Ignatius", "افرام": "Aphrem",
    "يونان": "Younan", "لويس": "Louis", "بهنام": "Behnam", "بنيامين": "Benyamin",
    "يونادم": "Yonadam", "داؤود": "Dawoud", "ارام": "Aram",
    "نيقولا": "Nicola", "غطاس": "Ghattas", "متري": "Mitri", "اسكندر": "Iskandar",
    "ادوار": "Edouard", "وليم": "William",
    # more Kurdish given names, as Kurdish news writes them in Latin (not نوروز: the feast)
    "دلوفان": "Dilovan", "دلشير": "Dilshir", "روجهات": "Rojhat", "زانا": "Zana", "رودي": "Rodi",
    "برزان": "Barzan", "شفان": "Shivan", "ريبوار": "Rebwar", "ريباز": "Rebaz", "سيروان": "Sirwan",
    "كارزان": "Karzan", "هيمن": "Hemin", "بختيار": "Bakhtiyar", "نيجيرفان": "Nechirvan",
    "مسرور": "Masrour", "هوشيار": "Hoshyar", "كوسرت": "Kosrat", "اراس": "Aras",
    "سيامند": "Siyamend", "ريناس": "Renas", "دلدار": "Dildar", "هوكر": "Hogir", "بوزان": "Bozan",
    "ديلان": "Dilan", "شورش": "Shorish", "كاميران": "Kamiran", "خبات": "Khabat", "ريبين": "Rebin",
    "سربست": "Sarbast", "دارا": "Dara", "ولات": "Welat",
    # more women's names
    "نادين": "Nadine", "لمي": "Lama", "ميس": "Mais", "ديانا": "Diana", "هيفاء": "Haifaa",
    "رهام": "Reham", "الاء": "Alaa", "وفاء": "Wafaa", "سهام": "Siham", "منال": "Manal",
    "نجلاء": "Najlaa", "نجوي": "Najwa", "سحر": "Sahar", "صفاء": "Safaa", "مها": "Maha",
    "منيره": "Munira", "نوال": "Nawal", "هاله": "Hala", "هيام": "Hiyam", "سناء": "Sanaa",
    "رولا": "Rola", "لميس": "Lamis", "ميسون": "Maysoun", "سوزان": "Suzan", "شيماء": "Shaimaa",
    "اسراء": "Israa", "بتول": "Batoul", "زهراء": "Zahraa", "كوثر": "Kawthar", "حنان": "Hanan",
    "سميه": "Sumaya", "رقيه": "Ruqaya", "حليمه": "Halima", "لبني": "Lubna", "جني": "Jana",
    "هند": "Hind", "دلال": "Dalal", "ابتسام": "Ibtisam", "سلوي": "Salwa", "سماح": "Samah",
    "عفاف": "Afaf", "فدوي": "Fadwa", "فريده": "Farida", "ماجده": "Majida", "نهي": "Nuha",
    "هنادي": "Hanadi", "ريهام": "Riham", "جمانه": "Joumana", "روان": "Rawan", "زينه": "Zeina",
    "شذي": "Shatha", "عفراء": "Afraa", "لجين": "Lujain", "مرام": "Maram", "ميرنا": "Mirna",
    "ميساء": "Maysaa", "نغم": "Nagham", "يارا": "Yara", "خلود": "Kholoud", "فرح": "Farah",
    "نوره": "Noura", "سهير": "Suhair", "بسمه": "Basma", "كنده": "Kinda", "مياده": "Mayada",
    "ايناس": "Enas", "فوزيه": "Fawzia", "زكيه": "Zakia", "رندا": "Randa", "ربا": "Ruba",
    "حنين": "Hanin", "اسيل": "Aseel", "ليان": "Layan", "لانا": "Lana", "وداد": "Widad",
    "نبيله": "Nabila", "فاتن": "Faten", "سهي": "Suha", "زهره": "Zahra", "كلثوم": "Kulthum",
    "صفيه": "Safiya", "حفصه": "Hafsa", "حسناء": "Hasnaa", "لطيفه": "Latifa", "نعيمه": "Naima",
    "كريمه": "Karima", "خوله": "Khawla", "فيروز": "Fairuz", "ماري": "Marie", "ريتا": "Rita",
    "ليندا": "Linda", "ماريا": "Maria",
    "رحاب": "Rehab", "غنوه": "Ghinwa", "ساميه": "Samia", "انعام": "Inaam", "ناهد": "Nahed",
    "فايزه": "Fayza", "ميرفت": "Mervat", "نرمين": "Nermin", "وصال": "Wisal", "ندي": "Nada",
    "عبله": "Abla",
    # Kurdish women's names
    "شيرين": "Shirin", "هفرين": "Hevrin", "بيريفان": "Berivan", "هيفي": "Hevi", "هيفين": "Hevin",
    "جيهان": "Jihan", "روجين": "Rojin", "زوزان": "Zozan", "فيان": "Vian", "جيان": "Jiyan",
    "افين": "Avin", "هيلين": "Helin", "الهام": "Ilham", "فوزه": "Fawza", "ارين": "Arin",
    "نارين": "Narin", "هيرو": "Hero", "شيلان": "Shilan", "ايفين": "Evin", "زيلان": "Zilan",
    "روناك": "Ronak",
    # given names of foreign officials news quotes
    "ديفيد": "David", "مايكل": "Michael", "تيد": "Ted", "فيكتور": "Viktor", "سيرغي": "Sergei",
    "ايغور": "Igor", "شون": "Sean", "مورغان": "Morgan", "جون": "John", "بيتر": "Peter",
    "رحمي": "Rahmi", "سركون": "Sargon", "يوخنا": "Youkhana",
}  # fmt: skip
_FAMILY: Mapping[str, str] = {
    # family names and the stems of family names written with ال
    "خطيب": "Khatib", "حاج": "Haj", "الحاج": "al-Hajj", "ضاهر": "Daher", "ظاهر": "Daher",
    "اسعد": "Asaad",
    "ديب": "Dib", "نعمه": "Nemeh", "حسو": "Hasso", "ديوب": "Dayoub",
    "سلو": "Silo", "يوخنا": "Youkhana", "دوغان": "Dogan", "غباش": "Ghabbash",
    "حجيري": "Hujeiri", "شمعون": "Shamoun",
    "علوش": "Alloush", "صياصنه": "Sayasneh", "خدران": "Khadran", "حبيب": "Habib",
    "عيون": "Oyoun", "ابازيد": "Abazeid", "مسالمه": "Masalmeh", "تلي": "Talli",
    # Iraqi tribes' and families' names, and more of Syria's
    "رسول": "Rasool", "عوادي": "Awadi", "عساف": "Assaf", "موسوي": "Mousawi",
    "دليمي": "Dulaimi", "عبيدي": "Obaidi", "شمري": "Shammari", "زبيدي": "Zubaidi",
    "جنابي": "Janabi", "تميمي": "Tamimi", "عزاوي": "Azzawi", "حسيني": "Husseini",
    "خالدي": "Khalidi", "شهابي": "Shehabi", "نجم": "Najm", "حناوي": "Hennawi",
    "بلعوس": "Balous", "شيخو": "Sheikho", "حمود": "Hammoud", "سعدي": "Saadi", "مرعي": "Marei",
    "عبيد": "Obeid", "فرج": "Faraj", "شامي": "Shami", "بالي": "Bali", "حجازي": "Hijazi",
    "حلاق": "Hallaq", "عبدي": "Abdi", "فخر": "Fakhr", "راس": "Ras", "حريري": "Hariri",
    "زعبي": "Zoubi", "مقداد": "Miqdad", "شرع": "Sharaa", "جولاني": "Jolani", "اسد": "Assad",
    "مملوك": "Mamlouk", "نابلسي": "Nabulsi", "عكيدي": "Okaidi", "بكور": "Bakkour",
    "عاصي": "Assi", "خضر": "Khodr", "يوسفي": "Youssefi", "جبوري": "Jabouri", "دقه": "Daqqa",
    "هجري": "Hijri", "قصره": "Qasra", "هنيه": "Haniyeh", "مولي": "Moula", "شيخ": "Sheikh",
    "عمري": "Omari", "حمصي": "Homsi", "زين": "Zein", "خوري": "Khoury", "حداد": "Haddad",
    "نجار": "Najjar", "عطار": "Attar", "صباغ": "Sabbagh", "حلو": "Helou", "مصري": "Masri",
    "سوري": "Souri",
    "جبر": "Jabr", "نعسان": "Naasan", "عكله": "Akla", "بكري": "Bakri", "سلامه": "Salameh",
    "سويد": "Suwaid", "عبود": "Abboud", "عموري": "Ammouri", "ادريس": "Idris",
    "دياب": "Diab", "صاوي": "Sawi", "شوفي": "Shoufi", "بطاط": "Battat", "دقر": "Daqqar",
    "خلف": "Khalaf", "زيدان": "Zeidan", "ملا": "Mulla", "قباني": "Qabbani", "عظمه": "Azmeh",
    "كيالي": "Kayyali", "سقا": "Saqqa", "طحان": "Tahhan", "خياط": "Khayyat", "حسون": "Hassoun",
    "جراح": "Jarrah", "حرب": "Harb", "بيطار": "Bitar", "زعيم": "Zaim", "عطيه": "Atiyeh",
    "نصار": "Nassar", "ملحم": "Melhem", "كنعان": "Kanaan", "معروف": "Maarouf", "نوفل": "Nofal",
    "جمعه": "Jumaa", "رحال": "Rahhal", "بدوي": "Badawi", "عنزي": "Anazi", "شعار": "Shaar",
    "سباعي": "Sibai", "اتاسي": "Atassi", "جندي": "Jundi", "قدور": "Qaddour",
    "دين": "Din",  # (نصر الدين, نور الدين, عز الدين: Nasr al-Din)
    "مجاهد": "Mujahid", "زير": "Zeer", "حيالي": "Hayali", "ساعدي": "Saadi", "كعبي": "Kaabi",
    "سمعان": "Samaan", "حمو": "Hamo", "حلبوني": "Halbouni", "جدعان": "Jadaan",
    "بلعاس": "Bilaas", "فلسطيني": "Filastini", "كوباني": "Kobani",
    # more families of Syria: Damascus, Aleppo, Homs, Hama, Daraa, the coast, the tribes
    "مخلوف": "Makhlouf", "طلاس": "Tlass", "خدام": "Khaddam", "شاليش": "Shalish", "حمشو": "Hamsho",
    "قاطرجي": "Katerji", "مردم": "Mardam", "قوتلي": "Quwatli", "بكداش": "Bakdash",
    "شيشكلي": "Shishakli", "حفار": "Haffar", "دواليبي": "Dawalibi", "غزي": "Ghazzi",
    "نحاس": "Nahhas", "دباغ": "Dabbagh", "طباع": "Tabbaa", "سمان": "Samman", "خانجي": "Khanji",
    "منجد": "Munajjed", "شربجي": "Sharbaji", "كزبري": "Kuzbari", "عطري": "Otri",
    "بيرقدار": "Bayraqdar", "ونوس": "Wannous", "مرهج": "Merhej", "دروبي": "Droubi",
    "فاخوري": "Fakhouri", "طرابلسي": "Trabulsi", "برازي": "Barazi", "كيلاني": "Kilani",
    "عظم": "Azm", "صابوني": "Sabouni", "طيفور": "Tayfour", "قدسي": "Qudsi", "كواكبي": "Kawakibi",
    "عقاد": "Akkad", "عنتابي": "Antabi", "رفاعي": "Rifai", "كيوان": "Kiwan", "قداح": "Qaddah",
    "جهماني": "Jahmani", "حلقي": "Halqi", "غزالي": "Ghazali", "رشدان": "Rashdan",
    "محاميد": "Mahamid", "عوده": "Awda", "جربا": "Jarba", "مطر": "Matar", "شعيطات": "Shaitat",
    "حديدي": "Hadidi", "بكاره": "Baggara", "عكيدات": "Akidat", "جبور": "Jabbour",
    "نعيمي": "Nuaimi", "طائي": "Taie", "صواف": "Sawwaf", "جزائري": "Jazairi", "عبسي": "Absi",
    "داغستاني": "Daghestani", "زركلي": "Zirikli", "مارديني": "Mardini", "عجلاني": "Ajlani",
    "عابدين": "Abdin", "ملوحي": "Malouhi", "دالاتي": "Dalati", "فتال": "Fattal",
    "نشواتي": "Nashawati", "قضماني": "Qadmani", "بستاني": "Boustani", "صحناوي": "Sahnawi",
    "خولي": "Khouli", "دوبا": "Duba", "ناصيف": "Nassif", "اصلان": "Aslan", "حبش": "Habash",
    "رحمون": "Rahmoun", "خضور": "Khaddour", "سويدان": "Suwaidan", "قنبر": "Qanbar",
    "غنام": "Ghannam", "غنيم": "Ghoneim", "حمدو": "Hamdo", "عكاش": "Akkash", "حلوم": "Halloum",
    "شلهوب": "Shalhoub", "مخول": "Makhoul", "صايغ": "Sayegh", "صائغ": "Sayegh", "نصور": "Nassour",
    "ديبو": "Dibo", "سلوم": "Salloum", "حجار": "Hajjar",
    "بركات": "Barakat", "قبلان": "Qablan", "شقير": "Shukair", "زريق": "Zureiq", "معلوف": "Maalouf",
    "بشاره": "Bishara", "طعمه": "Tohme", "عازار": "Azar",
    # Druze and Lebanese families
    "جربوع": "Jarbou", "جنبلاط": "Jumblatt", "وهاب": "Wahhab", "عريضي": "Aridi", "قنطار": "Kantar",
    "اطرش": "Atrash", "جعجع": "Geagea", "عون": "Aoun", "بري": "Berri", "فرنجيه": "Frangieh",
    "باسيل": "Bassil", "ميقاتي": "Mikati", "سنيوره": "Siniora", "نصرالله": "Nasrallah",
    "حماده": "Hamadeh", "زعيتر": "Zeaiter", "حميه": "Hamieh", "ياغي": "Yaghi", "بزي": "Bazzi",
    "عاملي": "Amili", "صيداوي": "Saidawi", "بيروتي": "Beiruti", "كرامي": "Karami",
    "معوض": "Moawad", "صفدي": "Safadi", "سكاف": "Skaff", "تويني": "Tueni", "غصن": "Ghosn",
    # Christian, Syriac and Assyrian families
    "يازجي": "Yazigi", "لحام": "Laham", "صليبا": "Saliba", "كرم": "Karam", "برصوم": "Barsoum",
    "توما": "Touma", "ساكو": "Sako", "سليوا": "Sliwa", "خوشابا": "Khoshaba", "اوشانا": "Oshana",
    # Iraqi families and tribes
    "مالكي": "Maliki", "عامري": "Amiri", "حلبوسي": "Halbousi", "سوداني": "Sudani", "صدر": "Sadr",
    "حكيم": "Hakim", "خزعلي": "Khazali", "مهندس": "Muhandis", "عبادي": "Abadi", "علاوي": "Allawi",
    "صالحي": "Salihi", "بياتي": "Bayati", "نجيفي": "Nujaifi", "كربولي": "Karbouli",
    "عيساوي": "Issawi", "مطلك": "Mutlaq", "خنجر": "Khanjar", "سامرائي": "Samarrai",
    "تكريتي": "Tikriti", "موصلي": "Mousili", "بغدادي": "Baghdadi", "دوري": "Douri", "عاني": "Ani",
    "راوي": "Rawi", "فهداوي": "Fahdawi", "محلاوي": "Mahlawi", "كبيسي": "Kubaisi", "هيتي": "Hiti",
    "جميلي": "Jumaili", "مشهداني": "Mashhadani", "لامي": "Lami", "خفاجي": "Khafaji",
    "زوبعي": "Zobaie", "مياحي": "Mayahi", "ركابي": "Rikabi", "غراوي": "Gharawi",
    "حسناوي": "Hasnawi", "قريشي": "Qurashi", "خالصي": "Khalisi", "شيباني": "Shaibani",
    "بهادلي": "Bahadli", "ربيعي": "Rubaie", "لهيبي": "Luhaibi", "محمداوي": "Mohammadawi",
    "اعرجي": "Araji", "نجفي": "Najafi", "كربلائي": "Karbalai", "مرسومي": "Marsoumi",
    "عتابي": "Attabi", "اسدي": "Asadi", "هلالي": "Hilali",
    # Kurdish families
    "شيخموس": "Sheikhmous", "عيسو": "Eisso", "حاجو": "Hajo", "سيدو": "Sido", "تمو": "Tammo",
    "ميرزا": "Mirza", "درويش": "Darwish", "شاهين": "Shaheen", "مسلم": "Muslim", "زيباري": "Zebari",
    "طالباني": "Talabani", "بارزاني": "Barzani", "دوسكي": "Doski", "برواري": "Berwari",
    "هركي": "Harki", "ميراني": "Mirani", "سورجي": "Surchi", "خوشناو": "Khoshnaw",
    "هورامي": "Hawrami", "نقشبندي": "Naqshbandi", "خزنوي": "Khaznawi", "رشو": "Rasho",
    "اغا": "Agha", "بدرخان": "Badirkhan",
    # nisbas of peoples and countries borne as names (أبو X الشيشاني, أبو X التونسي)
    "انصاري": "Ansari", "شيشاني": "Shishani", "تونسي": "Tunisi", "اردني": "Urduni", "ليبي": "Libi",
    "تركستاني": "Turkistani",
    # nisbas of places and peoples (الحلبي, الحوراني)
    "حلبي": "Halabi", "ادلبي": "Idlibi", "حموي": "Hamawi",
    "حوراني": "Hourani", "دوماني": "Doumani", "ديري": "Deiri", "معراوي": "Maarawi",
    "رقاوي": "Raqqawi", "درعاوي": "Daraawi", "دمشقي": "Dimashqi",
    "كردي": "Kurdi", "تركماني": "Turkmani", "عراقي": "Iraqi", "لبناني": "Lebnani",
    "حسكاوي": "Hasakawi", "قلموني": "Qalamouni", "غوطاني": "Ghoutani", "جزراوي": "Jazrawi",
    "قصيراوي": "Qusayrawi", "حمصاوي": "Homsawi", "سيد": "Sayyed",
    "داراني": "Darani", "ميادني": "Mayadini", "بوكمالي": "Boukamali", "منبجي": "Manbiji",
    "عفريني": "Afrini", "قامشلاوي": "Qamishlawi", "سراقبي": "Saraqbi", "زبداني": "Zabadani",
    "تدمري": "Tadmuri", "دراني": "Darani", "ميداني": "Midani", "سلموني": "Salmouni",
}  # fmt: skip
# After عبد (the servant of): the name of God it takes, spelt as one English word with
# عبد (عبد الرحمن: Abdul Rahman; عبد الله: Abdallah).
_GOD_NAMES: Mapping[str, str] = {
    "الرحمن": "Rahman", "الرحيم": "Rahim", "الكريم": "Karim", "العزيز": "Aziz",
    "السلام": "Salam", "القادر": "Qader", "الرزاق": "Razzaq", "الحميد": "Hamid",
    "المجيد": "Majid", "الناصر": "Nasser", "الباسط": "Basit", "الحكيم": "Hakim",
    "الغني": "Ghani", "اللطيف": "Latif", "المنعم": "Moneim", "الوهاب": "Wahab",
    "الجبار": "Jabbar", "الاله": "Ilah", "الحي": "Hai", "الفتاح": "Fattah",
    "الرؤوف": "Raouf", "الغفور": "Ghafour", "الهادي": "Hadi", "الستار": "Sattar",
    "الحق": "Haq", "الحليم": "Halim", "المالك": "Malik", "الملك": "Malik",
    "الواحد": "Wahed", "الصمد": "Samad", "الباري": "Bari", "الجليل": "Jalil",
    "الخالق": "Khaliq", "المحسن": "Mohsen", "الغفار": "Ghaffar", "الحفيظ": "Hafiz",
    "الباقي": "Baqi", "العليم": "Alim", "العظيم": "Azim", "المعطي": "Moti",
    # not God's but taken after عبد the same way: Shia (عبد الحسين) and Christian names
    "الحسين": "Hussein", "الامير": "Amir", "الزهره": "Zahra", "المهدي": "Mahdi",
    "النبي": "Nabi", "الرسول": "Rasoul", "المسيح": "Masih",
}  # fmt: skip
# Public figures news cites by name whose names no word table spells.
_PEOPLE: Mapping[str, str] = {
    "رامي عبد الرحمن": "Rami Abdul Rahman", "افيخاي ادرعي": "Avichay Adraee",
    "لويد اوستن": "Lloyd Austin", "ايغور كوناشنكوف": "Igor Konashenkov",
    "مظلوم عبدي": "Mazloum Abdi", "سيرغي لافروف": "Sergei Lavrov",
    "فلاديمير بوتين": "Vladimir Putin", "رجب طيب اردوغان": "Recep Tayyip Erdogan",
    "غير بيدرسون": "Geir Pedersen", "جير بيدرسن": "Geir Pedersen",
    "انطونيو غوتيريش": "Antonio Guterres", "خلوصي اكار": "Hulusi Akar",
    "ستيفان دي ميستورا": "Staffan de Mistura", "ديمتري بيسكوف": "Dmitry Peskov",
    "ماريا زاخاروفا": "Maria Zakharova", "جون كيربي": "John Kirby",
    "ماثيو ميلر": "Matthew Miller", "نيد برايس": "Ned Price",
    "روبرت مود": "Robert Mood", "كوفي عنان": "Kofi Annan", "حسين اكبري": "Hossein Akbari",
    "الاخضر الابراهيمي": "Lakhdar Brahimi", "ستيفان دوجاريك": "Stephane Dujarric",
    "الهام احمد": "Ilham Ahmed", "حسن نصر الله": "Hassan Nasrallah",
}  # fmt: skip
_ABD = "عبد"
_WORDS: Mapping[str, str] = {**_FAMILY, **_GIVEN}
_FIRST_WORDS = frozenset({*_GIVEN, _ABD, *(name.split()[0] for name in _PEOPLE)})


def may_begin_a_name(word: str) -> bool:
    """Whether a normalised word can be a name's first: a given name, أبو, عبد (عبدالله)."""
    return word in _FIRST_WORDS or (word.startswith(_ABD) and len(word) > 5)


def romanize_name(name: str) -> str | None:
    """The Latin spelling of an Arabic personal name, or None where a word is unknown."""
    key = " ".join(normalize_key(name).split())
    if key in _PEOPLE:
        return _PEOPLE[key]
    words = key.split()
    if not words:
        return None
    spelt: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        # عبد الرحمن, عبدالرحمن, العبد الله, العبدالله: the servant of one of God's names
        definite = word.startswith("ال" + _ABD)
        bare = word[2:] if definite else word
        god_name = bare[len(_ABD) :]
        if bare == _ABD and index + 1 < len(words):
            servant = _servant_of(words[index + 1], definite=definite)
            index += 2
        elif bare.startswith(_ABD) and len(bare) > 5 and god_name.startswith("ال"):
            servant = _servant_of(god_name, definite=definite)
            index += 1
        else:
            servant = None
            part = _word(word)
            if part is None:
                return None
            spelt.append(part)
            index += 1
            continue
        if servant is None:
            return None
        spelt.append(servant)
    return " ".join(spelt)


def _servant_of(god_name: str, *, definite: bool) -> str | None:
    """عبد + a name of God: Abdul Rahman, Abdallah; with ال before عبد, al-Abdallah."""
    if god_name in ("الله", "لله"):
        servant = "Abdallah"
    elif god_name in _GOD_NAMES:
        servant = f"Abdul {_GOD_NAMES[god_name]}"
    else:
        return None
    return f"al-{servant}" if definite else servant


def _word(word: str) -> str | None:
    """One word of a name: known, or ال + known (al-X), or the nisba of a known name."""
    if word in _WORDS:
        return _WORDS[word]
    if word.startswith("ال") and len(word) > 3:
        stem = _stem(word[2:])
        return f"al-{stem}" if stem is not None else None
    return _stem(word)


def _stem(word: str) -> str | None:
    if word in _WORDS:
        return _WORDS[word]
    if word.endswith("ي") and word[:-1] in _WORDS:  # الجاسمي: the nisba of جاسم
        stem = _WORDS[word[:-1]]
        return stem[:1].upper() + stem[1:] + "i"  # (البني: al-Bini, not the particle bin)
    return None
