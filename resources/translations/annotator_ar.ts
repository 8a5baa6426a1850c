<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <source>annotator</source>
        <translation>annotator</translation>
    </message>
    <message>
        <source>The project cannot be opened.</source>
        <translation>تعذّر فتح المشروع.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article text</source>
        <translation>نص المقالة</translation>
    </message>
    <message>
        <source>Evidence for %s</source>
        <translation>دليل على %s</translation>
    </message>
</context>
<context>
    <name>BackgroundJobs</name>
    <message>
        <source>Articles or ACLED events (*.jsonl *.ndjson *.csv *.txt *.html *.htm);;All files (*)</source>
        <translation>مقالات أو أحداث ACLED (*.jsonl *.ndjson *.csv *.txt *.html *.htm);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Import a folder of .txt/.html articles</source>
        <translation>استيراد مجلد من مقالات ‎.txt/.html</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>جارٍ استيراد المقالات…</translation>
    </message>
    <message>
        <source>Pre-annotating articles…</source>
        <translation>جارٍ الترميز المسبق للمقالات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>annotator</translation>
    </message>
    <message>
        <source>Pre-annotated {0} article(s) with {1} suggestion(s); {2} already up to date.</source>
        <translation>اكتمل الترميز المسبق. المقالات المرمَّزة: {0}، والاقتراحات: {1}، والمقالات المحدَّثة من قبل: {2}.</translation>
    </message>
    <message>
        <source>Pre-annotate</source>
        <translation>الترميز المسبق</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>%d invalid record(s) were skipped.</source>
        <translation>عدد السجلات غير الصالحة التي تُخطِّيت: %d.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورَد أي شيء.</translation>
    </message>
    <message>
        <source>Import the good records and skip these?</source>
        <translation>هل تريد استيراد السجلات السليمة وتخطّي هذه السجلات؟</translation>
    </message>
    <message>
        <source>The import failed unexpectedly: {0}: {1}</source>
        <translation>فشل الاستيراد على نحو غير متوقَّع: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event form</source>
        <translation>استمارة الحدث</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>No event selected: press N to make one from the current sentence</source>
        <translation>لم يُحدَّد أي حدث: اضغط N لإنشاء حدث من الجملة الحالية</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>لم يُحدَّد أي حدث</translation>
    </message>
    <message>
        <source>Read-only event</source>
        <translation>حدث للقراءة فقط</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>Event fields</source>
        <translation>حقول الحدث</translation>
    </message>
    <message>
        <source>Computed from other fields</source>
        <translation>يُحسب من حقول أخرى</translation>
    </message>
    <message>
        <source>Set by the system</source>
        <translation>يحدده النظام</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>مشكلة في {0}</translation>
    </message>
    <message>
        <source>Draft notes</source>
        <translation>صياغة الملاحظات</translation>
    </message>
    <message>
        <source>Draft notes from the coded fields</source>
        <translation>صياغة الملاحظات من الحقول المرمَّزة</translation>
    </message>
    <message>
        <source>Replace the notes with an English draft built from the fields</source>
        <translation>استبدال الملاحظات بمسودة إنجليزية مبنية من الحقول</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} This event is {1}: it cannot be changed. Reopen the document to edit it.</source>
        <translation>{0} حالة هذا الحدث «{1}»: لا يمكن تغييره. أعد فتح المستند لتحريره.</translation>
    </message>
    <message>
        <source>Possible duplicate: {0}</source>
        <translation>تكرار محتمل: {0}</translation>
    </message>
    <message>
        <source>Opens the other event</source>
        <translation>يفتح الحدث الآخر</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>date format</comment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>separate several with &apos;{0}&apos;</source>
        <translation>افصل بين القيم المتعددة بـ &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>{0} (not in the list)</source>
        <translation>{0} (ليست في القائمة)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>a derived field with no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>معرّف الحدث</translation>
    </message>
    <message>
        <source>Country prefix followed by a number, e.g. SYR78126; stays the same when the event is revised. Assigned by the tool when it is not known.</source>
        <translation>بادئة البلد متبوعة برقم، مثل SYR78126؛ يبقى كما هو عند مراجعة الحدث. تعيّنه الأداة إن لم يكن معروفًا.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>The day the event took place, written YYYY-MM-DD.</source>
        <translation>يوم وقوع الحدث، بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>The year of event_date.</source>
        <translation>سنة event_date.</translation>
    </message>
    <message>
        <source>Time precision</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <source>How exactly the date is known: 1 exact day, 2 within a week, 3 within a month.</source>
        <translation>مدى دقة معرفة التاريخ: 1 يوم محدد، 2 خلال أسبوع، 3 خلال شهر.</translation>
    </message>
    <message>
        <source>Disorder type</source>
        <translation>نوع الاضطراب</translation>
    </message>
    <message>
        <source>The broad category implied by the sub-event type; &apos;Political violence; Demonstrations&apos; for excessive force against protesters.</source>
        <translation>الفئة العامة التي يقتضيها نوع الحدث الفرعي؛ &apos;Political violence; Demonstrations&apos; عند الاستخدام المفرط للقوة ضد المحتجين.</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>The kind of event, one of six.</source>
        <translation>نوع الحدث، واحد من ستة أنواع.</translation>
    </message>
    <message>
        <source>Sub-event type</source>
        <translation>نوع الحدث الفرعي</translation>
    </message>
    <message>
        <source>The more specific kind of event; must belong to the event type.</source>
        <translation>النوع الأدق للحدث؛ يجب أن يندرج تحت نوع الحدث.</translation>
    </message>
    <message>
        <source>Actor 1</source>
        <translation>الفاعل 1</translation>
    </message>
    <message>
        <source>The main actor of the event; for violence against civilians, the perpetrator.</source>
        <translation>الفاعل الرئيسي في الحدث؛ وفي العنف ضد المدنيين هو الجاني.</translation>
    </message>
    <message>
        <source>Associated actors of actor 1</source>
        <translation>الفاعلون المرتبطون بالفاعل 1</translation>
    </message>
    <message>
        <source>Allies of actor 1 or groups it is made of, joined by &apos;; &apos;.</source>
        <translation>حلفاء الفاعل 1 أو المجموعات التي يتألف منها، مفصولة بـ &apos;; &apos;.</translation>
    </message>
    <message>
        <source>Actor 1 type</source>
        <translation>نوع الفاعل 1</translation>
    </message>
    <message>
        <source>The type of actor 1.</source>
        <translation>نوع الفاعل 1.</translation>
    </message>
    <message>
        <source>Actor 2</source>
        <translation>الفاعل 2</translation>
    </message>
    <message>
        <source>The other main actor, if any; for violence against civilians, the civilian victims, e.g. &apos;Civilians (Syria)&apos;.</source>
        <translation>الفاعل الرئيسي الآخر إن وُجد؛ وفي العنف ضد المدنيين هم الضحايا المدنيون، مثل &apos;Civilians (Syria)&apos;.</translation>
    </message>
    <message>
        <source>Associated actors of actor 2</source>
        <translation>الفاعلون المرتبطون بالفاعل 2</translation>
    </message>
    <message>
        <source>Allies of actor 2 or groups it is made of, joined by &apos;; &apos;.</source>
        <translation>حلفاء الفاعل 2 أو المجموعات التي يتألف منها، مفصولة بـ &apos;; &apos;.</translation>
    </message>
    <message>
        <source>Actor 2 type</source>
        <translation>نوع الفاعل 2</translation>
    </message>
    <message>
        <source>The type of actor 2; blank when there is no actor 2.</source>
        <translation>نوع الفاعل 2؛ يُترك فارغًا إن لم يوجد فاعل 2.</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>The pair of actor types, lower code first, e.g. &apos;State forces-Civilians&apos;, or &apos;Rebel group only&apos; for a one-sided event.</source>
        <translation>زوج أنواع الفاعلَين، الرمز الأصغر أولًا، مثل &apos;State forces-Civilians&apos;، أو &apos;Rebel group only&apos; للحدث أحادي الطرف.</translation>
    </message>
    <message>
        <source>Civilian targeting</source>
        <translation>استهداف المدنيين</translation>
    </message>
    <message>
        <source>Set when civilians were the main or only target: always for violence against civilians, and by the coder for other events that mainly targeted civilians.</source>
        <translation>يُعيَّن حين يكون المدنيون الهدف الرئيسي أو الوحيد: دائمًا في العنف ضد المدنيين، ويعيّنه المرمِّز في الأحداث الأخرى التي استهدفت المدنيين أساسًا.</translation>
    </message>
    <message>
        <source>ISO country code</source>
        <translation>رمز البلد ISO</translation>
    </message>
    <message>
        <source>The ISO 3166 numeric code of the country.</source>
        <translation>الرمز الرقمي للبلد وفق ISO 3166.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>The ACLED region of the country.</source>
        <translation>منطقة البلد وفق تقسيم ACLED.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>The country where the event took place.</source>
        <translation>البلد الذي وقع فيه الحدث.</translation>
    </message>
    <message>
        <source>Admin 1</source>
        <translation>الوحدة الإدارية 1</translation>
    </message>
    <message>
        <source>The largest subnational unit, e.g. the governorate.</source>
        <translation>أكبر وحدة دون المستوى الوطني، مثل المحافظة.</translation>
    </message>
    <message>
        <source>Admin 2</source>
        <translation>الوحدة الإدارية 2</translation>
    </message>
    <message>
        <source>The second-level administrative unit, e.g. the district.</source>
        <translation>الوحدة الإدارية من المستوى الثاني، مثل المنطقة.</translation>
    </message>
    <message>
        <source>Admin 3</source>
        <translation>الوحدة الإدارية 3</translation>
    </message>
    <message>
        <source>The third-level administrative unit, e.g. the sub-district.</source>
        <translation>الوحدة الإدارية من المستوى الثالث، مثل الناحية.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>The named place the event is coded to.</source>
        <translation>المكان المسمّى الذي يُرمَّز إليه الحدث.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Latitude of the location in decimal degrees (WGS 84), at most 4 decimals.</source>
        <translation>خط عرض الموقع بالدرجات العشرية (WGS 84)، بأربع خانات عشرية على الأكثر.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Longitude of the location in decimal degrees (WGS 84), at most 4 decimals.</source>
        <translation>خط طول الموقع بالدرجات العشرية (WGS 84)، بأربع خانات عشرية على الأكثر.</translation>
    </message>
    <message>
        <source>Geographic precision</source>
        <translation>الدقة الجغرافية</translation>
    </message>
    <message>
        <source>How exactly the place is known: 1 named town, 2 near a town or small area, 3 larger region.</source>
        <translation>مدى دقة معرفة المكان: 1 بلدة مسمّاة، 2 قرب بلدة أو منطقة صغيرة، 3 منطقة أوسع.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>The sources of the report, joined by &apos;; &apos;.</source>
        <translation>مصادر التقرير، مفصولة بـ &apos;; &apos;.</translation>
    </message>
    <message>
        <source>Source scale</source>
        <translation>نطاق المصدر</translation>
    </message>
    <message>
        <source>The scale of the sources, several joined by &apos;-&apos;, e.g. &apos;Local partner-New media&apos;.</source>
        <translation>نطاق المصادر، والمتعدد منها مفصول بـ &apos;-&apos;، مثل &apos;Local partner-New media&apos;.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>A short account of the event, beginning with its date.</source>
        <translation>وصف موجز للحدث يبدأ بتاريخه.</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <source>Reported deaths; the lowest reported figure, 0 when none are reported or the number is unclear.</source>
        <translation>الوفيات المُبلَّغ عنها؛ أدنى رقم مُبلَّغ عنه، و0 إن لم يُبلَّغ عن أي وفيات أو كان العدد غير واضح.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Structured tags joined by &apos;; &apos;, e.g. &apos;crowd size=no report&apos;.</source>
        <translation>وسوم منظّمة مفصولة بـ &apos;; &apos;، مثل &apos;crowd size=no report&apos;.</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>الطابع الزمني</translation>
    </message>
    <message>
        <source>When the event was last written, in seconds since 1970-01-01 UTC.</source>
        <translation>وقت آخر حفظ للحدث، بالثواني منذ 1970-01-01 UTC.</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>تاريخ محدد</translation>
    </message>
    <message>
        <source>Within a week</source>
        <translation>خلال أسبوع</translation>
    </message>
    <message>
        <source>Within a month</source>
        <translation>خلال شهر</translation>
    </message>
    <message>
        <source>Named town</source>
        <translation>بلدة مسمّاة</translation>
    </message>
    <message>
        <source>Near a town or small area</source>
        <translation>قرب بلدة أو منطقة صغيرة</translation>
    </message>
    <message>
        <source>Larger region</source>
        <translation>منطقة أوسع</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>{0}; {1} problem(s) with the codebook</source>
        <translation>{0}؛ عدد المشكلات وفق دليل الترميز: {1}</translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>معيار ذهبي</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>مرجعي</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Gold events</source>
        <translation>أحداث المعيار الذهبي</translation>
    </message>
    <message>
        <source>Submitted events</source>
        <translation>الأحداث المُرسَلة</translation>
    </message>
    <message>
        <source>Reference events (imported ACLED)</source>
        <translation>الأحداث المرجعية (المستوردة من ACLED)</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>كل ما سبق</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(الكل)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>JSONL dataset (everything)</source>
        <translation>مجموعة بيانات JSONL (كل شيء)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المرمِّز</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Only events from</source>
        <translation>الأحداث الواقعة فقط من</translation>
    </message>
    <message>
        <source>Limit dates</source>
        <translation>تقييد التواريخ</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Inter codes as numbers (older exports)</source>
        <translation>رموز inter أرقامًا (كما في الصادرات الأقدم)</translation>
    </message>
    <message>
        <source>Dates as the Export Tool writes them (16 May 2025)</source>
        <translation>التواريخ كما تكتبها أداة Export Tool ‏(16 May 2025)</translation>
    </message>
    <message>
        <source>For spreadsheets (BOM, CRLF, formula-safe text)</source>
        <translation>لجداول البيانات (BOM وCRLF ونص آمن من الصيغ)</translation>
    </message>
    <message>
        <source>Refuse to export if any event fails the codebook</source>
        <translation>رفض التصدير إذا خالف أي حدث دليل الترميز</translation>
    </message>
    <message>
        <source>Draft notes where a coder left them empty</source>
        <translation>صياغة الملاحظات حيث تركها المرمِّز فارغة</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>معاينة الصفوف الأولى</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>ملخص المعاينة</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>One line per article: its text, metadata, suggestions, annotations, events with their evidence, and agreement status (schemas/dataset.schema.json).</source>
        <translation>سطر واحد لكل مقالة: نصها وبياناتها الوصفية والاقتراحات والتوسيمات والأحداث مع أدلتها وحالة الاتفاق (schemas/dataset.schema.json).</translation>
    </message>
    <message>
        <source>First %d row(s) of the export.</source>
        <translation>الصفوف الأولى من التصدير (عددها: %d).</translation>
    </message>
    <message>
        <source>{0} event(s) fail the codebook and will not be exported, e.g. {1}</source>
        <translation>أحداث تخالف دليل الترميز ولن تُصدَّر (عددها: {0})، مثل: {1}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Exported {0} event(s) to {1}.</source>
        <translation>صُدِّرت الأحداث (عددها: {0}) إلى {1}.</translation>
    </message>
    <message>
        <source>{0} event(s) fail the codebook and were not exported; their reasons are in {1}.</source>
        <translation>أحداث تخالف دليل الترميز ولم تُصدَّر (عددها: {0})؛ أسباب ذلك مدوَّنة في {1}.</translation>
    </message>
    <message>
        <source>Exported {0} line(s) to {1}.</source>
        <translation>صُدِّرت الأسطر (عددها: {0}) إلى {1}.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The export failed unexpectedly: {0}: {1}</source>
        <translation>فشل التصدير على نحو غير متوقَّع: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>KindLegend</name>
    <message>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Casualty</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>solid underline</source>
        <translation>خط سفلي متصل</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>خط سفلي متقطع</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>خط سفلي متموج</translation>
    </message>
    <message>
        <source>dotted underline</source>
        <translation>خط سفلي منقّط</translation>
    </message>
    <message>
        <source>dash-dot underline</source>
        <translation>خط سفلي من شرطة ونقطة</translation>
    </message>
    <message>
        <source>dash-dot-dot underline</source>
        <translation>خط سفلي من شرطة ونقطتين</translation>
    </message>
    <message>
        <source>Highlight legend</source>
        <translation>مفتاح الإبراز</translation>
    </message>
</context>
<context>
    <name>LegendEntry</name>
    <message>
        <source>Key {key}: {kind}</source>
        <translation>المفتاح {key}: {kind}</translation>
    </message>
    <message>
        <source>Press {key}: kind “{kind}” for the current suggestion or the selected text</source>
        <translation>اضغط {key}: النوع «{kind}» للاقتراح الحالي أو للنص المحدد</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>annotator: %s</source>
        <translation>annotator: %s</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>عنوان المقالة</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>تفاصيل المقالة</translation>
    </message>
    <message>
        <source>Events of this article</source>
        <translation>أحداث هذه المقالة</translation>
    </message>
    <message>
        <source>New event (N)</source>
        <translation>حدث جديد (N)</translation>
    </message>
    <message>
        <source>New event from the current sentence</source>
        <translation>حدث جديد من الجملة الحالية</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>حذف الحدث</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>حذف الحدث المحدد</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>إرسال (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Submit the article and open the next</source>
        <translation>إرسال المقالة وفتح التالية</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Coder: %s</source>
        <translation>المرمِّز: %s</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>المرمِّز</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Span actions</source>
        <translation>إجراءات المقطع</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>قبول (A)</translation>
    </message>
    <message>
        <source>Reject (X)</source>
        <translation>رفض (X)</translation>
    </message>
    <message>
        <source>Edit value (E)</source>
        <translation>تعديل القيمة (E)</translation>
    </message>
    <message>
        <source>Use as evidence (L)</source>
        <translation>استخدام كدليل (L)</translation>
    </message>
    <message>
        <source>Mark as…</source>
        <translation>تعليم كـ…</translation>
    </message>
    <message>
        <source>Mark the selection or the current span as a kind</source>
        <translation>تعليم التحديد أو المقطع الحالي بنوع</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>ا&amp;ستيراد مقالات…</translation>
    </message>
    <message>
        <source>Import articles (JSONL, CSV, .txt, .html) or ACLED event exports (CSV)</source>
        <translation>استيراد مقالات (JSONL أو CSV أو ‎.txt أو ‎.html) أو صادرات أحداث ACLED ‏(CSV)</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export events as ACLED CSV, or everything as JSONL</source>
        <translation>تصدير الأحداث بصيغة ACLED CSV، أو كل شيء بصيغة JSONL</translation>
    </message>
    <message>
        <source>&amp;Pre-annotate articles</source>
        <translation>الترميز ال&amp;مسبق للمقالات</translation>
    </message>
    <message>
        <source>Suggest actors, places, casualties, dates and sources for new articles</source>
        <translation>اقتراح الفاعلين والأماكن والضحايا والتواريخ والمصادر للمقالات الجديدة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Submit article and open the next</source>
        <translation>إ&amp;رسال المقالة وفتح التالية</translation>
    </message>
    <message>
        <source>Re&amp;open article</source>
        <translation>إعادة &amp;فتح المقالة</translation>
    </message>
    <message>
        <source>Search the &amp;queue</source>
        <translation>البحث في &amp;قائمة المهام</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>إعادة &amp;ضبط التكبير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Accept %s «%s»</source>
        <translation>قبول %s «%s»</translation>
    </message>
    <message>
        <source>Reject %s «%s»</source>
        <translation>رفض %s «%s»</translation>
    </message>
    <message>
        <source>Change %s «%s»</source>
        <translation>تعديل %s «%s»</translation>
    </message>
    <message>
        <source>Add %s «%s»</source>
        <translation>إضافة %s «%s»</translation>
    </message>
    <message>
        <source>used by %s</source>
        <translation>مستخدَم في %s</translation>
    </message>
    <message>
        <source>not yet evidence</source>
        <translation>ليس دليلًا بعد</translation>
    </message>
    <message>
        <source>Use as evidence</source>
        <translation>استخدام كدليل</translation>
    </message>
    <message>
        <source>a rejected span cannot be evidence</source>
        <translation>لا يمكن أن يكون المقطع المرفوض دليلًا</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>تعديل الحدث</translation>
    </message>
    <message>
        <source>Event #%d cannot be shown</source>
        <translation>لا يمكن عرض الحدث رقم %d</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <source>Reopen article</source>
        <translation>إعادة فتح المقالة</translation>
    </message>
    <message>
        <source>select an event first (or press N)</source>
        <translation>حدِّد حدثًا أولًا (أو اضغط N)</translation>
    </message>
    <message>
        <source>Use «%s» as %s</source>
        <translation>استخدام «%s» في %s</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>حدث جديد</translation>
    </message>
    <message>
        <source>New blank event</source>
        <translation>حدث جديد فارغ</translation>
    </message>
    <message>
        <source>Delete event #%d</source>
        <translation>حذف الحدث رقم %d</translation>
    </message>
    <message>
        <source>Set %s</source>
        <translation>تعيين %s</translation>
    </message>
    <message>
        <source>Submit article</source>
        <translation>إرسال المقالة</translation>
    </message>
    <message>
        <source>Submitted. %s</source>
        <translation>أُرسلت. %s</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>unknown source</source>
        <translation>مصدر غير معروف</translation>
    </message>
    <message>
        <source>ID: {external_id}
Source: {source}</source>
        <translation>المعرّف: {external_id}
المصدر: {source}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Search the queue</source>
        <translation>البحث في قائمة المهام</translation>
    </message>
    <message>
        <source>Search title or ID</source>
        <translation>ابحث بالعنوان أو المعرّف</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Document queue</source>
        <translation>قائمة مهام المستندات</translation>
    </message>
    <message>
        <source>Queue progress</source>
        <translation>تقدم قائمة المهام</translation>
    </message>
    <message>
        <source>Submitted documents</source>
        <translation>المستندات المُرسَلة</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v من %m</translation>
    </message>
    <message>
        <source>{submitted} of {total} submitted, {in_progress} in progress</source>
        <translation>أُرسل {submitted} من {total}، و{in_progress} قيد العمل</translation>
    </message>
</context>
<context>
    <name>QueueStatus</name>
    <message>
        <source>To do</source>
        <translation>للإنجاز</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مُرسَل</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Tab / J</source>
        <translation>Tab / J</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>الاقتراح التالي</translation>
    </message>
    <message>
        <source>Shift+Tab / K</source>
        <translation>Shift+Tab / K</translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation>الاقتراح السابق</translation>
    </message>
    <message>
        <source>Enter / A</source>
        <translation>Enter / A</translation>
    </message>
    <message>
        <source>Accept the current suggestion</source>
        <translation>قبول الاقتراح الحالي</translation>
    </message>
    <message>
        <source>X / Delete</source>
        <translation>X / Delete</translation>
    </message>
    <message>
        <source>Reject the current suggestion</source>
        <translation>رفض الاقتراح الحالي</translation>
    </message>
    <message>
        <source>1–6</source>
        <translation>1–6</translation>
    </message>
    <message>
        <source>Change the kind of the current suggestion: 1 actor, 2 location, 3 casualty, 4 date, 5 source, 6 event type</source>
        <translation>تغيير نوع الاقتراح الحالي: 1 الفاعل، 2 الموقع، 3 الضحايا، 4 التاريخ، 5 المصدر، 6 نوع الحدث</translation>
    </message>
    <message>
        <source>1–6 with text selected</source>
        <translation>1–6 مع تحديد نص</translation>
    </message>
    <message>
        <source>Add a span of that kind, snapped to whole words</source>
        <translation>إضافة مقطع من ذلك النوع، مضبوط على كلمات كاملة</translation>
    </message>
    <message>
        <source>Alt+1–6 with text selected</source>
        <translation>Alt+1–6 مع تحديد نص</translation>
    </message>
    <message>
        <source>Add a span of that kind, exactly the selected characters</source>
        <translation>إضافة مقطع من ذلك النوع، بالأحرف المحددة تمامًا</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Edit the value of the current span</source>
        <translation>تعديل قيمة المقطع الحالي</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Link the current confirmed span to the selected event</source>
        <translation>ربط المقطع المؤكَّد الحالي بالحدث المحدد</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>New event from the current sentence&apos;s confirmed evidence</source>
        <translation>حدث جديد من الأدلة المؤكَّدة في الجملة الحالية</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Submit the document and open the next</source>
        <translation>إرسال المستند وفتح التالي</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+- / Ctrl+0</source>
        <translation>Ctrl++ / Ctrl+- / Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom in / zoom out / reset the zoom</source>
        <translation>تكبير / تصغير / إعادة ضبط التكبير</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>البحث في قائمة المهام</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Pre-annotate</source>
        <translation>الترميز المسبق</translation>
    </message>
    <message>
        <source>F1 / ?</source>
        <translation>F1 / ?</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>هذه المساعدة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>الاختصارات</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>SpanValueEditor</name>
    <message>
        <source>Edit the value of the span</source>
        <translation>تعديل قيمة المقطع</translation>
    </message>
    <message>
        <source>Value of the %s span</source>
        <translation>قيمة مقطع %s</translation>
    </message>
    <message>
        <source>Problem with the value</source>
        <translation>مشكلة في القيمة</translation>
    </message>
    <message>
        <source>An actor name, in English or Arabic</source>
        <translation>اسم فاعل، بالإنجليزية أو العربية</translation>
    </message>
    <message>
        <source>A place, in English or Arabic</source>
        <translation>مكان، بالإنجليزية أو العربية</translation>
    </message>
    <message>
        <source>A source name</source>
        <translation>اسم مصدر</translation>
    </message>
    <message>
        <source>e.g. 2 killed, at least 20 injured</source>
        <translation>مثل: مقتل 2، وإصابة 20 على الأقل</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, then the time precision 1-3</source>
        <translation>YYYY-MM-DD، ثم دقة التاريخ 1-3</translation>
    </message>
    <message>
        <source>A sub-event type, e.g. Armed clash</source>
        <translation>نوع حدث فرعي، مثل Armed clash</translation>
    </message>
</context>
</TS>
