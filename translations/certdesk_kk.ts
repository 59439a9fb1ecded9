<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ApostilleCountries</name>
    <message>
        <source>an apostille certifies a document for use abroad, not in Kazakhstan</source>
        <translation>апостиль құжатты Қазақстанда емес, шетелде пайдалану үшін куәландырады</translation>
    </message>
    <message>
        <source>%1 is not a party to the Hague Apostille Convention: a document for it needs consular legalization, which is not this service</source>
        <translation>%1 апостиль туралы Гаага конвенциясына қатысушы емес: ол үшін құжатқа консулдық заңдастыру қажет, бұл осы қызметке жатпайды</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code</source>
        <translation>«%1» — белгісіз ел коды</translation>
    </message>
    <message>
        <source>the Hague Apostille Convention enters into force between Kazakhstan and %1 on %2; on %3 an apostille would not be recognised there</source>
        <translation>апостиль туралы Гаага конвенциясы Қазақстан мен %1 арасында %2 бастап күшіне енеді; %3 күні қойылған апостиль онда танылмайды</translation>
    </message>
    <message>
        <source>the Minsk Convention of 1993</source>
        <translation>1993 жылғы Минск конвенциясы</translation>
    </message>
    <message>
        <source>the Chisinau Convention of 2002</source>
        <translation>2002 жылғы Кишинев конвенциясы</translation>
    </message>
    <message>
        <source>%1 is a party to the legal-assistance conventions (%2): a certificate for it needs no apostille at all</source>
        <translation>%1 құқықтық көмек туралы конвенцияларға қатысушы (%2): осы елге арналған анықтамаға апостиль мүлдем қажет емес</translation>
    </message>
    <message>
        <source>Kazakhstan (KZ) is not among the Hague parties, so no apostille could be in force with any country</source>
        <translation>Қазақстан (KZ) Гаага конвенциясына қатысушылардың арасында жоқ, сондықтан апостиль ешбір елмен күшінде болмайды</translation>
    </message>
</context>
<context>
    <name>Appeal</name>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Appeal about the service (statement, request, proposal)</source>
        <translation>Қызмет туралы өтініш (арыз, сұрау салу, ұсыныс)</translation>
    </message>
    <message>
        <source>Complaint about a decision</source>
        <translation>Шешімге шағым</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s action</source>
        <translation>Қызметкердің әрекетіне шағым</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s inaction</source>
        <translation>Қызметкердің әрекетсіздігіне шағым</translation>
    </message>
</context>
<context>
    <name>AppealActionDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Competent body</source>
        <translation>Құзыретті &amp;орган</translation>
    </message>
    <message>
        <source>Outgoing N&amp;o.</source>
        <translation>&amp;Шығыс нөмірі</translation>
    </message>
    <message>
        <source>The applicant was &amp;notified the same day</source>
        <translation>&amp;Өтініш берушіге сол күні хабарланды</translation>
    </message>
    <message>
        <source>Notice &amp;about</source>
        <translation>&amp;Хабарлама неге қатысты</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Қалай</translation>
    </message>
    <message>
        <source>letter, e-mail, SMS, in person</source>
        <translation>хат, электрондық пошта, SMS, жеке өзіне</translation>
    </message>
    <message>
        <source>New dead&amp;line</source>
        <translation>Жаңа &amp;мерзім</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Нәтижесі</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Себебі</translation>
    </message>
</context>
<context>
    <name>AppealChecks</name>
    <message>
        <source>Applicant&apos;s full name: missing. State the surname, name and patronymic (if any).</source>
        <translation>Өтініш берушінің тегі, аты, әкесінің аты: көрсетілмеген. Тегін, атын және әкесінің атын (бар болса) көрсетіңіз.</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN: missing. State the 12-digit IIN.</source>
        <translation>Өтініш берушінің ЖСН-і: көрсетілмеген. 12 таңбалы ЖСН-ді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN: the number given is not a valid IIN. State the correct IIN.</source>
        <translation>Өтініш берушінің ЖСН-і: көрсетілген нөмір жарамды ЖСН емес. Дұрыс ЖСН-ді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Name of the legal entity: missing. State its full name.</source>
        <translation>Заңды тұлғаның атауы: көрсетілмеген. Толық атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>BIN of the legal entity: missing. State the 12-digit BIN.</source>
        <translation>Заңды тұлғаның БСН-і: көрсетілмеген. 12 таңбалы БСН-ді көрсетіңіз.</translation>
    </message>
    <message>
        <source>BIN of the legal entity: the number given is not a valid BIN. State the correct BIN.</source>
        <translation>Заңды тұлғаның БСН-і: көрсетілген нөмір жарамды БСН емес. Дұрыс БСН-ді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Postal address: missing. State the address the reply is to be sent to.</source>
        <translation>Пошталық мекенжай: көрсетілмеген. Жауап жіберілетін мекенжайды көрсетіңіз.</translation>
    </message>
    <message>
        <source>Representative of the legal entity: missing. State who acts for it: its head, or a representative with a power of attorney.</source>
        <translation>Заңды тұлғаның өкілі: көрсетілмеген. Оның атынан кім әрекет ететінін көрсетіңіз: басшысы немесе сенімхат бойынша өкілі.</translation>
    </message>
    <message>
        <source>Representative&apos;s full name: missing. State the surname, name and patronymic (if any).</source>
        <translation>Өкілдің тегі, аты, әкесінің аты: көрсетілмеген. Тегін, атын және әкесінің атын (бар болса) көрсетіңіз.</translation>
    </message>
    <message>
        <source>Power of attorney: its number or date is missing. Present the power of attorney of the representative.</source>
        <translation>Сенімхат: нөмірі немесе күні көрсетілмеген. Өкілдің сенімхатын ұсыныңыз.</translation>
    </message>
    <message>
        <source>Power of attorney: dated after the day the appeal was received. Present a valid power of attorney.</source>
        <translation>Сенімхат: өтініш қабылданған күннен кейінгі күнмен жасалған. Жарамды сенімхатты ұсыныңыз.</translation>
    </message>
    <message>
        <source>Body or official addressed: missing. State to whom the appeal is addressed.</source>
        <translation>Мемлекеттік орган немесе лауазымды адам: көрсетілмеген. Өтініш кімге жолданғанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Essence of the appeal: missing. State what the appeal is about.</source>
        <translation>Өтініштің мәні: баяндалмаған. Өтініштің мәнін баяндаңыз.</translation>
    </message>
    <message>
        <source>Date of the appeal: missing. Date the appeal.</source>
        <translation>Өтініштің күні: көрсетілмеген. Өтініштің күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Date of the appeal: later than the day it was received. Correct the date.</source>
        <translation>Өтініштің күні: қабылданған күннен кейін. Күнін түзетіңіз.</translation>
    </message>
    <message>
        <source>Signature: the appeal is not signed. The applicant or the representative signs it.</source>
        <translation>Қолы: өтінішке қол қойылмаған. Өтініш беруші немесе өкілі қол қояды.</translation>
    </message>
    <message>
        <source>Day you learned of the act: missing. State when you learned of the decision, action or inaction complained of.</source>
        <translation>Шағым жасалған актіні білген күн: көрсетілмеген. Шағым жасалған шешім, әрекет (әрекетсіздік) туралы қашан білгеніңізді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Day you learned of the act: later than the day the complaint was received. Correct the date.</source>
        <translation>Шағым жасалған актіні білген күн: шағым қабылданған күннен кейін. Күнін түзетіңіз.</translation>
    </message>
    <message>
        <source>%1: %2. Bring it into compliance.</source>
        <translation>%1: %2. Сәйкестікке келтіріңіз.</translation>
    </message>
</context>
<context>
    <name>AppealDetailText</name>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1, қабылдаған %2, %3</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, БСН %2</translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ЖСН %2</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Пошталық мекенжай</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <source>%1, head of the legal entity</source>
        <translation>%1, заңды тұлғаның басшысы</translation>
    </message>
    <message>
        <source>%1, power of attorney No. %2 of %3</source>
        <translation>%1, %3 берілген № %2 сенімхат</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кімге жолданған</translation>
    </message>
    <message>
        <source> (another body: to be referred)</source>
        <translation> (басқа орган: жолдануы керек)</translation>
    </message>
    <message>
        <source>Appeal dated</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Act complained of</source>
        <translation>Шағым жасалған акт</translation>
    </message>
    <message>
        <source>Learned of it on</source>
        <translation>Ол туралы білген күні</translation>
    </message>
    <message>
        <source>Filing term</source>
        <translation>Беру мерзімі</translation>
    </message>
    <message>
        <source>until %1%2</source>
        <translation>%1 дейін%2</translation>
    </message>
    <message>
        <source> — filed late</source>
        <translation> — кешіктіріп берілген</translation>
    </message>
    <message>
        <source>Term restored</source>
        <translation>Мерзім қалпына келтірілді</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Шешім мерзімі</translation>
    </message>
    <message>
        <source> (originally %1)</source>
        <translation> (бастапқыда %1)</translation>
    </message>
    <message>
        <source>Essence</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Орындалуы тиіс</translation>
    </message>
    <message>
        <source> — missed</source>
        <translation> — мерзімі өтіп кетті</translation>
    </message>
    <message>
        <source>To bring into compliance by %1</source>
        <translation>%1 дейін сәйкестікке келтіру</translation>
    </message>
    <message>
        <source>Brought into compliance on %1.</source>
        <translation>%1 сәйкестікке келтірілді.</translation>
    </message>
    <message>
        <source>Referred on %1 to %2 (No. %3); applicant notified: %4.</source>
        <translation>%1 %2 органына жолданды (№ %3); өтініш берушіге хабарланды: %4.</translation>
    </message>
    <message>
        <source>Extended on %1 until %2: %3. Applicant notified: %4 (due %5).</source>
        <translation>%1 %2 дейін ұзартылды: %3. Өтініш берушіге хабарланды: %4 (мерзімі %5).</translation>
    </message>
    <message>
        <source>Decided on %1: %2. %3</source>
        <translation>%1 шешім қабылданды: %2. %3</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant on %1. %2</source>
        <translation>Өтініш беруші %1 кері қайтарып алды. %2</translation>
    </message>
</context>
<context>
    <name>AppealFilingDialog</name>
    <message>
        <source>New appeal or complaint</source>
        <translation>Жаңа өтініш немесе шағым</translation>
    </message>
    <message>
        <source>An appeal is never refused. Enter what the applicant gives; whatever is missing becomes a point to bring into compliance, printed on the receipt with its term.</source>
        <translation>Өтінішті қабылдаудан ешқашан бас тартылмайды. Өтініш беруші ұсынғанның бәрін енгізіңіз; жетіспейтіні сәйкестікке келтірілетін тармақ болып, мерзімімен бірге қолхатта басылады.</translation>
    </message>
    <message>
        <source>&amp;What it is</source>
        <translation>&amp;Не туралы</translation>
    </message>
    <message>
        <source>Applicant &amp;kind</source>
        <translation>Өтініш беруші &amp;түрі</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>Те&amp;гі</translation>
    </message>
    <message>
        <source>Given &amp;name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>Patr&amp;onymic</source>
        <translation>&amp;Әкесінің аты</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>Ж&amp;СН</translation>
    </message>
    <message>
        <source>&amp;Legal entity</source>
        <translation>&amp;Заңды тұлға</translation>
    </message>
    <message>
        <source>&amp;BIN</source>
        <translation>&amp;БСН</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Т&amp;елефон</translation>
    </message>
    <message>
        <source>Filed by a re&amp;presentative</source>
        <translation>&amp;Өкіл арқылы берілген</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Әрекет етеді</translation>
    </message>
    <message>
        <source>Power of attorney No.</source>
        <translation>Сенімхат №</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>берілген күні</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>issued by (notary)</source>
        <translation>берген (нотариус)</translation>
    </message>
    <message>
        <source>Addressed &amp;to</source>
        <translation>Кімге &amp;жолданған</translation>
    </message>
    <message>
        <source>body or official</source>
        <translation>орган немесе лауазымды адам</translation>
    </message>
    <message>
        <source>Addressed to another bod&amp;y: to be referred to the competent body</source>
        <translation>Басқа &amp;органға жолданған: құзыретті органға жолданады</translation>
    </message>
    <message>
        <source>&amp;Essence</source>
        <translation>&amp;Мәні</translation>
    </message>
    <message>
        <source>Si&amp;gned by the applicant or the representative</source>
        <translation>Өт&amp;ініш беруші немесе өкіл қол қойған</translation>
    </message>
    <message>
        <source>&amp;Case receipt No.</source>
        <translation>Іс бой&amp;ынша қолхат №</translation>
    </message>
    <message>
        <source>when it concerns a case</source>
        <translation>іске қатысты болса</translation>
    </message>
    <message>
        <source>Act complained of (n&amp;umber, date)</source>
        <translation>&amp;Шағым жасалған акт (нөмірі, күні)</translation>
    </message>
    <message>
        <source>Learned o&amp;f it on</source>
        <translation>О&amp;л туралы білген күні</translation>
    </message>
    <message>
        <source>To bring into compliance (printed on the receipt)</source>
        <translation>Сәйкестікке келтіру керек (қолхатта басылады)</translation>
    </message>
    <message>
        <source>Ter&amp;m for the points</source>
        <translation>Та&amp;рмақтар мерзімі</translation>
    </message>
    <message>
        <source>Postal add&amp;ress</source>
        <translation>&amp;Пошталық мекенжай</translation>
    </message>
    <message>
        <source>Appeal &amp;dated</source>
        <translation>Өтініш &amp;күні</translation>
    </message>
</context>
<context>
    <name>AppealFold</name>
    <message>
        <source>A second record of the same appeal&apos;s receipt by %1 on %2.</source>
        <translation>Сол өтініштің қабылданғаны туралы екінші жазба: %1, %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3, but the appeal itself is missing here.</source>
        <translation>«%1» жазбасын %2 %3 күні енгізген, бірақ өтініштің өзі мұнда жоқ.</translation>
    </message>
    <message>
        <source>A second decision recorded by %1 on %2: find out which one was given.</source>
        <translation>Екінші шешім жазылған: %1, %2. Қайсысы шығарылғанын анықтаңыз.</translation>
    </message>
    <message>
        <source>An extension recorded by %1 on %2 after the decision deadline had passed: the appeal was already deemed refused.</source>
        <translation>Мерзімді ұзартуды %1 %2 күні шешім мерзімі өткеннен кейін жазған: өтініш бас тартылған деп саналып қойған.</translation>
    </message>
    <message>
        <source>An extension recorded by %1 on %2 that does not move the deadline.</source>
        <translation>Мерзімді ұзартуды %1 %2 күні жазған, бірақ ол мерзімді жылжытпайды.</translation>
    </message>
    <message>
        <source>An extension recorded by %1 on %2 beyond the two-month limit.</source>
        <translation>Мерзімді ұзартуды %1 %2 күні екі айлық шектен асырып жазған.</translation>
    </message>
    <message>
        <source>A case&apos;s event &quot;%1&quot; (written by %2 on %3) was recorded in this appeal: tell the technician.</source>
        <translation>Істің «%1» оқиғасы (%2, %3 жазған) осы өтінішке жазылып кеткен: техникке хабарлаңыз.</translation>
    </message>
    <message>
        <source>An event of type &quot;%1&quot; that this version does not know (written by %2 on %3). Update CertDesk.</source>
        <translation>Бұл нұсқа білмейтін «%1» түріндегі оқиға (%2, %3 жазған). CertDesk-ті жаңартыңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3 cannot happen at this step of the appeal.</source>
        <translation>%2 %3 күні жазған «%1» өтініштің осы кезеңінде болуы мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>AppealNumber</name>
    <message>
        <source>The branch code &quot;%1&quot; is not 4 digits: a technician must set branch.code before appeals can be numbered</source>
        <translation>«%1» бөлімше коды 4 цифрдан тұрмайды: өтініштерге нөмір беру үшін техник branch.code баптауын орнатуы керек</translation>
    </message>
    <message>
        <source>The workstation number %1 is not between 1 and 99: a technician must set branch.workstation, unique within the branch</source>
        <translation>%1 жұмыс орнының нөмірі 1 мен 99 аралығында емес: техник бөлімше ішінде бірегей branch.workstation баптауын орнатуы керек</translation>
    </message>
    <message>
        <source>The date %1 cannot be written in an appeal number</source>
        <translation>%1 күнін өтініш нөміріне жазу мүмкін емес</translation>
    </message>
    <message>
        <source>The appeal number is empty: type it as printed, A and 16 digits</source>
        <translation>Өтініш нөмірі бос: оны басылғандай, A әрпі және 16 цифр етіп теріңіз</translation>
    </message>
    <message>
        <source>%1 is a case receipt number, not an appeal number: an appeal number starts with A and has 16 digits</source>
        <translation>%1 — өтініш нөмірі емес, іс қолхатының нөмірі: өтініш нөмірі A әрпінен басталып, 16 цифрдан тұрады</translation>
    </message>
    <message>
        <source>The appeal number must start with the letter A, then 16 digits</source>
        <translation>Өтініш нөмірі A әрпінен басталып, одан кейін 16 цифр болуы керек</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the appeal number is not a digit: after the A come 16 digits</source>
        <translation>Өтініш нөмірінің %1-таңбасы («%2») цифр емес: A әрпінен кейін 16 цифр тұрады</translation>
    </message>
    <message>
        <source>The appeal number %1 fails its check digit: a digit was mistyped or two were swapped; check it against the receipt</source>
        <translation>%1 өтініш нөмірі бақылау цифрынан өтпейді: бір цифр қате терілген немесе екі цифрдың орны ауысқан; қолхатпен салыстырыңыз</translation>
    </message>
    <message>
        <source>Digits 7-12 of the appeal number %1 are not a date (YYMMDD)</source>
        <translation>%1 өтініш нөмірінің 7–12 цифрлары күн емес (ЖЖААКК)</translation>
    </message>
    <message>
        <source>The appeal number %1 has a zero workstation or sequence: no workstation issues such a number</source>
        <translation>%1 өтініш нөмірінде жұмыс орны немесе реттік нөмір нөлге тең: мұндай нөмірді ешбір жұмыс орны бермейді</translation>
    </message>
    <message numerus="yes">
        <source>The appeal number has %n digit(s) after the A; it must have 16</source>
        <translation>
            <numerusform>Өтініш нөмірінде A әрпінен кейін %n цифр бар; 16 цифр болуы керек</numerusform>
            <numerusform>Өтініш нөмірінде A әрпінен кейін %n цифр бар; 16 цифр болуы керек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appeal %1 of the day is out of range: a workstation numbers at most %n appeal(s) a day</source>
        <translation>
            <numerusform>Күннің %1-өтініші шектен тыс: бір жұмыс орны күніне ең көбі %n өтінішке нөмір береді</numerusform>
            <numerusform>Күннің %1-өтініші шектен тыс: бір жұмыс орны күніне ең көбі %n өтінішке нөмір береді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppealReceiptDocument</name>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>%1, head</source>
        <translation>%1, басшысы</translation>
    </message>
    <message>
        <source>%1, by power of attorney</source>
        <translation>%1, сенімхат бойынша</translation>
    </message>
    <message>
        <source>%1, power of attorney No. %2 of %3</source>
        <translation>%1, %3 берілген № %2 сенімхат</translation>
    </message>
    <message>
        <source>Receipt for an accepted complaint</source>
        <translation>Шағымды қабылдау туралы қолхат</translation>
    </message>
    <message>
        <source>Receipt for an accepted appeal</source>
        <translation>Өтінішті қабылдау туралы қолхат</translation>
    </message>
    <message>
        <source>Appeal on the delivery of a public service</source>
        <translation>Мемлекеттік қызмет көрсету мәселесі бойынша өтініш</translation>
    </message>
    <message>
        <source>Complaint about a decision</source>
        <translation>Шешімге шағым</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s action</source>
        <translation>Қызметкердің әрекетіне шағым</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s inaction</source>
        <translation>Қызметкердің әрекетсіздігіне шағым</translation>
    </message>
    <message>
        <source>Keep this receipt: the progress of the appeal can be checked by its number</source>
        <translation>Қолхатты сақтаңыз: қарау барысын оның нөмірі бойынша білуге болады</translation>
    </message>
    <message>
        <source>State Corporation &quot;Government for Citizens&quot;</source>
        <translation>«Азаматтарға арналған үкімет» мемлекеттік корпорациясы</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Date and time of acceptance</source>
        <translation>Қабылданған күні мен уақыты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кімге жолданған</translation>
    </message>
    <message>
        <source>Concerns the application (receipt number)</source>
        <translation>Қатысты өтініштің қолхат нөмірі</translation>
    </message>
    <message>
        <source>Date of the appeal</source>
        <translation>Өтініштің күні</translation>
    </message>
    <message>
        <source>Time for consideration</source>
        <translation>Қарау мерзімі</translation>
    </message>
    <message>
        <source>Referral to the competent body</source>
        <translation>Құзыретті органға жолдау</translation>
    </message>
    <message>
        <source>until %1, notifying the applicant</source>
        <translation>%1 ж. дейін, өтініш берушіге хабарлай отырып</translation>
    </message>
    <message>
        <source>The three-month term for filing a complaint ended on %1: for a good reason the term may be restored. This is no ground to refuse accepting the complaint.</source>
        <translation>Шағым берудің үш айлық мерзімі %1 күні аяқталды: дәлелді себеп болған жағдайда мерзім қалпына келтірілуі мүмкін. Бұл шағымды қабылдаудан бас тартуға негіз болып табылмайды.</translation>
    </message>
    <message>
        <source>To be corrected by %1:</source>
        <translation>%1 ж. дейін түзету қажет:</translation>
    </message>
    <message>
        <source>The appeal may be withdrawn by a written application before the decision is taken.</source>
        <translation>Өтінішті шешім қабылданғанға дейін жазбаша арыз беру арқылы кері қайтарып алуға болады.</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Қабылдаған</translation>
    </message>
    <message numerus="yes">
        <source>until %1 (%n working day(s))</source>
        <translation>
            <numerusform>%1 ж. дейін (%n жұмыс күні)</numerusform>
            <numerusform>%1 ж. дейін (%n жұмыс күні)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppealReceiptPrinter</name>
    <message>
        <source>The receipt of appeal %1</source>
        <translation>%1 өтінішінің қолхаты</translation>
    </message>
    <message>
        <source>The appeal is registered: Ctrl+P in the register prints its receipt again.</source>
        <translation>Өтініш тіркелді: тізілімде Ctrl+P оның қолхатын қайта басып шығарады.</translation>
    </message>
</context>
<context>
    <name>AppealRegisterWindow</name>
    <message>
        <source>Appeals and complaints</source>
        <translation>Өтініштер мен шағымдар</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>appeal number, IIN or BIN, case receipt, applicant&apos;s name</source>
        <translation>өтініш нөмірі, ЖСН немесе БСН, іс қолхаты, өтініш берушінің аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Тек мерзімі өткендер</translation>
    </message>
    <message>
        <source>&amp;New appeal…</source>
        <translation>Жаңа &amp;өтініш…</translation>
    </message>
    <message>
        <source>Details &amp;brought…</source>
        <translation>&amp;Әкелінген мәліметтер…</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>&amp;Жолдау…</translation>
    </message>
    <message>
        <source>No&amp;tified…</source>
        <translation>&amp;Хабарланды…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Ұзарту…</translation>
    </message>
    <message>
        <source>Restore ter&amp;m…</source>
        <translation>&amp;Мерзімді қалпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Шешім…</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>Кері &amp;қайтарып алынды…</translation>
    </message>
    <message>
        <source>Not&amp;e…</source>
        <translation>&amp;Ескертпе…</translation>
    </message>
    <message>
        <source>Re&amp;print receipt</source>
        <translation>Қолхатты қайта &amp;басып шығару</translation>
    </message>
</context>
<context>
    <name>AppealService</name>
    <message>
        <source>Term for the missing points: %1 is not between tomorrow and the decision deadline %2; pick a day in between (nothing was saved).</source>
        <translation>Жетіспейтін тармақтар мерзімі: %1 ертеңгі күн мен %2 шешім мерзімі аралығында емес; осы аралықтағы күнді таңдаңыз (ештеңе сақталған жоқ).</translation>
    </message>
    <message>
        <source>The database is busy or read-only; the appeal was not registered. Try again in a moment: its acceptance may not be refused.</source>
        <translation>Дерекқор бос емес немесе тек оқуға арналған; өтініш тіркелген жоқ. Біраздан кейін қайталаңыз: оны қабылдаудан бас тартуға болмайды.</translation>
    </message>
    <message>
        <source>Appeal %1: nobody is owed a notice now (no referral or extension waits for one).</source>
        <translation>%1 өтініші: қазір ешкімге хабарлама жіберу қажет емес (хабарлама күтетін жолдау да, ұзарту да жоқ).</translation>
    </message>
    <message>
        <source>Appeal %1 was filed in time (or its term was already restored): there is no term to restore.</source>
        <translation>%1 өтініші мерзімінде берілген (немесе оның мерзімі бұрын қалпына келтірілген): қалпына келтіретін мерзім жоқ.</translation>
    </message>
    <message>
        <source>Appeal %1 is %2: this cannot be recorded now.</source>
        <translation>%1 өтініші — %2: мұны қазір жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>%1: the date is missing; enter the day it happened.</source>
        <translation>%1: күні көрсетілмеген; оқиға болған күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future; enter the day it happened.</source>
        <translation>%1: %2 — болашақтағы күн; оқиға болған күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>%1: %2 is before the appeal was received (%3).</source>
        <translation>%1: %2 өтініш қабылданғанға дейін (%3).</translation>
    </message>
    <message>
        <source>What the appeal is about and whom it is addressed to stay as accepted: its deadlines were set by them. Register a new appeal instead.</source>
        <translation>Өтініштің мәні мен кімге жолданғаны қабылданған күйінде қалады: мерзімдері солар бойынша белгіленген. Оның орнына жаңа өтініш тіркеңіз.</translation>
    </message>
    <message>
        <source>Nothing was changed: enter the details the applicant brought.</source>
        <translation>Ештеңе өзгертілген жоқ: өтініш беруші әкелген мәліметтерді енгізіңіз.</translation>
    </message>
    <message>
        <source>Competent body: enter the body the appeal is sent to.</source>
        <translation>Құзыретті орган: өтініш жолданатын органды енгізіңіз.</translation>
    </message>
    <message>
        <source>Day of referral</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <source>Day the applicant was notified</source>
        <translation>Өтініш берушіге хабарланған күн</translation>
    </message>
    <message>
        <source>Notice: say whether it is about the referral or the extension.</source>
        <translation>Хабарлама: жолдау туралы ма, әлде ұзарту туралы ма, соны көрсетіңіз.</translation>
    </message>
    <message>
        <source>The appeal was not referred: there is no referral to notify of.</source>
        <translation>Өтініш жолданбаған: хабарлайтын жолдау жоқ.</translation>
    </message>
    <message>
        <source>The appeal was referred: notify the applicant of the referral.</source>
        <translation>Өтініш жолданған: өтініш берушіге жолдау туралы хабарлаңыз.</translation>
    </message>
    <message>
        <source>Reason: an extension is a reasoned decision; write why the term is extended (at least 10 characters).</source>
        <translation>Себебі: ұзарту — дәлелді шешім; мерзім неге ұзартылатынын жазыңыз (кемінде 10 таңба).</translation>
    </message>
    <message>
        <source>Day of the extension decision</source>
        <translation>Ұзарту туралы шешім күні</translation>
    </message>
    <message>
        <source>The decision deadline %1 has passed: the appeal is deemed refused and can no longer be extended. Record the decision.</source>
        <translation>%1 шешім мерзімі өтті: өтініш бас тартылған деп саналады және енді ұзартылмайды. Шешімді жазыңыз.</translation>
    </message>
    <message>
        <source>New deadline: it must be later than the current deadline %1.</source>
        <translation>Жаңа мерзім: қазіргі %1 мерзімінен кейін болуы керек.</translation>
    </message>
    <message>
        <source>New deadline: %1 is not a working day; pick a working day.</source>
        <translation>Жаңа мерзім: %1 жұмыс күні емес; жұмыс күнін таңдаңыз.</translation>
    </message>
    <message>
        <source>Reason: write the good reason the term is restored for (at least 5 characters).</source>
        <translation>Себебі: мерзім қалпына келтірілетін дәлелді себепті жазыңыз (кемінде 5 таңба).</translation>
    </message>
    <message>
        <source>Day of restoration</source>
        <translation>Қалпына келтірілген күн</translation>
    </message>
    <message>
        <source>Outcome: choose satisfied, partly satisfied, rejected or left without consideration.</source>
        <translation>Нәтижесі: «қанағаттандырылды», «ішінара қанағаттандырылды», «қанағаттандырудан бас тартылды» немесе «қараусыз қалдырылды» дегеннің бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>Day of the decision</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <source>Day of the written withdrawal</source>
        <translation>Жазбаша кері қайтарып алған күн</translation>
    </message>
    <message>
        <source>Note: write the remark.</source>
        <translation>Ескертпе: ескертпені жазыңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appeal.</source>
        <translation>«%1» — өтініш емес.</translation>
    </message>
    <message>
        <source>No appeal %1 is registered here.</source>
        <translation>Мұнда %1 өтініші тіркелмеген.</translation>
    </message>
    <message>
        <source>Complaint %1: a complaint is decided within its own term (by %2) and is not extended; record the decision by then.</source>
        <translation>%1 шағымы: шағым өз мерзімінде (%2 дейін) қаралады және ұзартылмайды; шешімді осы күнге дейін тіркеңіз.</translation>
    </message>
    <message>
        <source>New deadline: %1 makes the whole term longer than two months from the day the appeal was received (%2); the latest possible is %3.</source>
        <translation>Жаңа мерзім: %1 бүкіл мерзімді өтініш келіп түскен күннен (%2) бастап екі айдан ұзартады; ең кеш мүмкін күн — %3.</translation>
    </message>
</context>
<context>
    <name>AppealState</name>
    <message>
        <source>Satisfied</source>
        <translation>Қанағаттандырылды</translation>
    </message>
    <message>
        <source>Partly satisfied</source>
        <translation>Ішінара қанағаттандырылды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қанағаттандырудан бас тартылды</translation>
    </message>
    <message>
        <source>Left without consideration</source>
        <translation>Қараусыз қалдырылды</translation>
    </message>
    <message>
        <source>Refer to the competent body and notify the applicant</source>
        <translation>Құзыретті органға жолдау және өтініш берушіге хабарлау</translation>
    </message>
    <message>
        <source>Notify the applicant of the referral</source>
        <translation>Өтініш берушіге жолдау туралы хабарлау</translation>
    </message>
    <message>
        <source>Notify the applicant of the extension</source>
        <translation>Өтініш берушіге ұзарту туралы хабарлау</translation>
    </message>
    <message>
        <source>Applicant&apos;s term to bring the appeal into compliance</source>
        <translation>Өтініш берушінің өтінішті сәйкестікке келтіру мерзімі</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>No decision by the deadline: deemed a refusal</source>
        <translation>Мерзімінде шешім жоқ: бас тарту деп саналады</translation>
    </message>
    <message>
        <source>Not referred to the competent body within 3 working days</source>
        <translation>3 жұмыс күні ішінде құзыретті органға жолданбаған</translation>
    </message>
    <message>
        <source>Applicant not notified of the referral</source>
        <translation>Өтініш берушіге жолдау туралы хабарланбаған</translation>
    </message>
    <message>
        <source>Applicant not notified of the extension within 3 working days</source>
        <translation>Өтініш берушіге 3 жұмыс күні ішінде ұзарту туралы хабарланбаған</translation>
    </message>
    <message>
        <source>The applicant&apos;s term to bring the appeal into compliance has passed</source>
        <translation>Өтініш берушінің өтінішті сәйкестікке келтіру мерзімі өтті</translation>
    </message>
    <message>
        <source>Complaint filed after the 3-month term: restoration of the term to be decided</source>
        <translation>Шағым 3 айлық мерзімнен кейін берілген: мерзімді қалпына келтіру шешілуі керек</translation>
    </message>
    <message>
        <source>Impossible sequence of records: see the appeal&apos;s history</source>
        <translation>Жазбалардың мүмкін емес реті: өтініштің тарихын қараңыз</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>the person themselves</source>
        <translation>тұлғаның өзі</translation>
    </message>
    <message>
        <source>a representative with a notarized power of attorney</source>
        <translation>нотариат куәландырған сенімхаты бар өкіл</translation>
    </message>
    <message>
        <source>a parent or guardian of a minor</source>
        <translation>кәмелетке толмаған баланың ата-анасы немесе қорғаншысы</translation>
    </message>
    <message>
        <source>a legal entity&apos;s representative</source>
        <translation>заңды тұлғаның өкілі</translation>
    </message>
    <message>
        <source>for use in Kazakhstan (electronic result)</source>
        <translation>Қазақстанда пайдалану үшін (электрондық нәтиже)</translation>
    </message>
    <message>
        <source>for travel abroad (paper)</source>
        <translation>шетелге шығу үшін (қағаз түрінде)</translation>
    </message>
    <message>
        <source>for travel abroad with an apostille (paper)</source>
        <translation>шетелге шығу үшін, апостильмен (қағаз түрінде)</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>жеке куәлік</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>төлқұжат</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>тұруға ықтиярхат</translation>
    </message>
    <message>
        <source>stateless person&apos;s certificate</source>
        <translation>азаматтығы жоқ адамның куәлігі</translation>
    </message>
    <message>
        <source>e-document (digital documents service)</source>
        <translation>электрондық құжат (цифрлық құжаттар сервисі)</translation>
    </message>
</context>
<context>
    <name>ApplicationDocument</name>
    <message>
        <source>%1, code %2</source>
        <translation>%1, коды %2</translation>
    </message>
    <message>
        <source>%1 № %2%3%4</source>
        <translation>%1 № %2%3%4</translation>
    </message>
    <message>
        <source>, issued %1 by %2</source>
        <translation>, берілген күні %1, кім берген: %2</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, %1 ж. дейін жарамды</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 ж. дейін жарамды</translation>
    </message>
    <message>
        <source>no term stated: valid for one year from the date of issue</source>
        <translation>мерзімі көрсетілмеген: берілген күнінен бастап бір жыл жарамды</translation>
    </message>
    <message>
        <source>notary %1, registration № %2 of the notarial act, issued %3; %4</source>
        <translation>нотариус %1, нотариаттық әрекеттің тіркеу № %2, берілген күні %3; %4</translation>
    </message>
    <message>
        <source>№ %1, issued %2</source>
        <translation>№ %1, берілген күні %2</translation>
    </message>
    <message>
        <source>%1; parent named on it: %2</source>
        <translation>%1; онда көрсетілген ата-анасы: %2</translation>
    </message>
    <message>
        <source>The person the certificate is about, in person</source>
        <translation>Анықтама сұралатын тұлғаның өзі</translation>
    </message>
    <message>
        <source>Representative under a notarized power of attorney</source>
        <translation>Нотариат куәландырған сенімхат бойынша өкіл</translation>
    </message>
    <message>
        <source>Representative of the legal entity</source>
        <translation>Заңды тұлғаның өкілі</translation>
    </message>
    <message>
        <source>I consent to the collection and processing of my personal data, including data held in information systems, to the extent needed to provide this public service, under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V &quot;On personal data and their protection&quot;.</source>
        <translation>«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңына сәйкес мемлекеттік көрсетілетін қызметті көрсету үшін қажетті көлемде менің дербес деректерімді, оның ішінде ақпараттық жүйелердегі деректерді жинауға және өңдеуге келісім беремін.</translation>
    </message>
    <message>
        <source>I consent to the collection and processing of my personal data and of the personal data of the person the certificate is about, including data held in information systems, to the extent needed to provide this public service, under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V &quot;On personal data and their protection&quot;.</source>
        <translation>«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңына сәйкес мемлекеттік көрсетілетін қызметті көрсету үшін қажетті көлемде менің дербес деректерімді және анықтама сұралатын тұлғаның дербес деректерін, оның ішінде ақпараттық жүйелердегі деректерді жинауға және өңдеуге келісім беремін.</translation>
    </message>
    <message>
        <source>Application, receipt № %1</source>
        <translation>Өтініш, қолхат № %1</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>КӨШІРМЕ</translation>
    </message>
    <message>
        <source>Printed again on %1, copy %2</source>
        <translation>%1 қайта басып шығарылды, %2-дана</translation>
    </message>
    <message>
        <source>Person the certificate is about</source>
        <translation>Анықтама сұралатын тұлға</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Previous surname, name, patronymic</source>
        <translation>Бұрынғы тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Previous date of birth</source>
        <translation>Бұрынғы туған күні</translation>
    </message>
    <message>
        <source>Document confirming the change</source>
        <translation>Өзгерісті растайтын құжат</translation>
    </message>
    <message>
        <source>The one at the counter</source>
        <translation>Өтініш беруші тұлға</translation>
    </message>
    <message>
        <source>Applicant (legal entity)</source>
        <translation>Өтініш беруші (заңды тұлға)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Өтінішті кім берді</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Туу туралы куәлік</translation>
    </message>
    <message>
        <source>The certificate requested</source>
        <translation>Сұралатын анықтама</translation>
    </message>
    <message>
        <source>Purpose and form of the result</source>
        <translation>Мақсаты және нәтиже нысаны</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Баратын елі</translation>
    </message>
    <message>
        <source>State fee</source>
        <translation>Мемлекеттік баж</translation>
    </message>
    <message>
        <source>Free of charge (no apostille)</source>
        <translation>Тегін (апостильсіз)</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Хабарламаға арналған телефон</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>I confirm that the information in this application is true and that the documents I have shown are valid.</source>
        <translation>Осы өтініштегі мәліметтердің дұрыс екенін және мен көрсеткен құжаттардың жарамды екенін растаймын.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Applicant&apos;s representative</source>
        <translation>Өтініш берушінің өкілі</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Қабылдаған</translation>
    </message>
    <message>
        <source>, issued %1</source>
        <translation>, берілген күні %1</translation>
    </message>
    <message>
        <source>, issued by %1</source>
        <translation>, кім берген: %1</translation>
    </message>
    <message>
        <source>for the issuance of a certificate of no criminal record</source>
        <translation>соттылығының бар-жоғы туралы анықтама беру туралы</translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation>ӨТІНІШ</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, БСН %2</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>IIN, date of birth</source>
        <translation>ЖСН, туған күні</translation>
    </message>
    <message>
        <source>Surname, name, patronymic; IIN</source>
        <translation>Тегі, аты, әкесінің аты; ЖСН</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Branch, receipt number, date and time</source>
        <translation>Бөлімше, қолхат нөмірі, күні мен уақыты</translation>
    </message>
    <message>
        <source>Parent (guardian), on the birth certificate</source>
        <translation>Ата-анасы (қорғаншысы), туу туралы куәлік бойынша</translation>
    </message>
    <message>
        <source>To the Committee on Legal Statistics and Special Accounts</source>
        <translation>Құқықтық статистика және арнайы есепке алу жөніндегі комитетке</translation>
    </message>
    <message>
        <source>№ %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>agreed, in Russian</source>
        <translation>келісті, орыс тілінде</translation>
    </message>
    <message>
        <source>agreed, in Kazakh</source>
        <translation>келісті, қазақ тілінде</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>келіспеді</translation>
    </message>
    <message>
        <source>%1; SMS: %2</source>
        <translation>%1; SMS: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationPrinter</name>
    <message>
        <source>The application %1</source>
        <translation>%1 өтініші</translation>
    </message>
    <message>
        <source>The application is saved: its case prints it again (marked as a copy once one was printed).</source>
        <translation>Өтініш сақталды: оның ісі оны қайта басып шығарады (бір рет басылғаннан кейін көшірме деп белгіленеді).</translation>
    </message>
    <message>
        <source>the print was not recorded on the case: %1</source>
        <translation>басып шығару іске жазылмады: %1</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>reading the purge records failed: %1</source>
        <translation>тазарту жазбаларын оқу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>reading the events failed: %1</source>
        <translation>оқиғаларды оқу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>row %1 is missing: an event was deleted</source>
        <translation>%1-жол жоқ: оқиға жойылған</translation>
    </message>
    <message>
        <source>rows %1 to %2 are missing: events were deleted</source>
        <translation>%1-жолдан %2-жолға дейін жоқ: оқиғалар жойылған</translation>
    </message>
    <message>
        <source>row %1 (%2 of %3 by %4 at %5) was changed after it was written: its content no longer matches its hash</source>
        <translation>%1-жол (%2, %3, %4, %5) жазылғаннан кейін өзгертілген: мазмұны хэшіне сәйкес келмейді</translation>
    </message>
    <message>
        <source>row %1 claims to be the first event of workstation %2, but row %3 came before it: a row was inserted</source>
        <translation>%1-жол %2 жұмыс орнының бірінші оқиғасы болып саналады, бірақ одан бұрын %3-жол тұр: жол енгізілген</translation>
    </message>
    <message>
        <source>row %1 is stored before row %2, the event it follows: rows were reordered</source>
        <translation>%1-жол өзі жалғасатын %2-жолдан бұрын сақталған: жолдардың реті ауыстырылған</translation>
    </message>
    <message>
        <source>row %1 follows row %2, not row %3 stored before it: rows were inserted or moved in between</source>
        <translation>%1-жол өзінен бұрын сақталған %3-жолдан емес, %2-жолдан кейін жалғасады: арасына жолдар енгізілген немесе жылжытылған</translation>
    </message>
    <message>
        <source>the event that row %1 follows (hash %2) is not in the database: it was deleted, or its row was changed</source>
        <translation>%1-жол жалғасатын оқиға (хэші %2) дерекқорда жоқ: ол жойылған немесе оның жолы өзгертілген</translation>
    </message>
    <message>
        <source>row %1 starts the chain of workstation %2 a second time (row %3 already does): a row was inserted</source>
        <translation>%1-жол %2 жұмыс орнының тізбегін екінші рет бастайды (оны %3-жол бастап қойған): жол енгізілген</translation>
    </message>
    <message>
        <source>rows %1 and %2 both claim to follow the same event of workstation %3: a row was inserted</source>
        <translation>%1 және %2-жолдар %3 жұмыс орнының бір оқиғасынан кейін жалғасады: жол енгізілген</translation>
    </message>
    <message>
        <source>row %1 follows an event of workstation %2 that is not here (hash %3): not received yet, or deleted</source>
        <translation>%1-жол %2 жұмыс орнының мұнда жоқ оқиғасынан кейін жалғасады (хэші %3): әлі алынбаған немесе жойылған</translation>
    </message>
    <message>
        <source>the trigger %1, which makes the event log refuse edits, was removed: the file was changed outside CertDesk</source>
        <translation>оқиғалар журналын өзгертуге жол бермейтін %1 триггері жойылған: файл CertDesk-тен тыс өзгертілген</translation>
    </message>
    <message>
        <source>the trigger %1, which makes the event log refuse edits, was altered: the file was changed outside CertDesk</source>
        <translation>оқиғалар журналын өзгертуге жол бермейтін %1 триггері өзгертілген: файл CertDesk-тен тыс өзгертілген</translation>
    </message>
    <message>
        <source>the purge window is open outside a purge: event data may have been changed through it</source>
        <translation>тазарту терезесі тазартудан тыс ашық: ол арқылы оқиғалар деректері өзгертілуі мүмкін</translation>
    </message>
    <message>
        <source>case %1 has events but no row in the cases table: the row was deleted</source>
        <translation>%1 ісінің оқиғалары бар, бірақ істер кестесінде жолы жоқ: жол жойылған</translation>
    </message>
    <message>
        <source>case %1 has a row in the cases table but no events: its events were deleted or the row inserted</source>
        <translation>%1 ісінің істер кестесінде жолы бар, бірақ оқиғалары жоқ: оқиғалары жойылған немесе жол енгізілген</translation>
    </message>
    <message>
        <source>case %1 in the cases table does not match its events (%2): an event of the case or the row was changed, or an event deleted</source>
        <translation>Істер кестесіндегі %1 ісі оның оқиғаларына сәйкес келмейді (%2): істің оқиғасы немесе жолы өзгертілген, не оқиға жойылған</translation>
    </message>
    <message>
        <source>preparing the check of the %1 table failed: %2</source>
        <translation>%1 кестесін тексеруге дайындау сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>appeal %1 has events but no row in the appeals register: the row was deleted</source>
        <translation>%1 өтінішінің оқиғалары бар, бірақ өтініштер тізілімінде жолы жоқ: жол жойылған</translation>
    </message>
    <message>
        <source>appeal %1 has a row in the appeals register but no events: its events were deleted or the row inserted</source>
        <translation>%1 өтінішінің өтініштер тізілімінде жолы бар, бірақ оқиғалары жоқ: оқиғалары жойылған немесе жол қосылған</translation>
    </message>
    <message>
        <source>appeal %1 in the appeals register does not match its events (%2): an event of the appeal or the row was changed, or an event deleted</source>
        <translation>өтініштер тізіліміндегі %1 өтініші өз оқиғаларымен сәйкес келмейді (%2): өтініш оқиғасы немесе жол өзгертілген, не оқиға жойылған</translation>
    </message>
    <message>
        <source>comparing the %1 table with its events failed: %2</source>
        <translation>%1 кестесін оның оқиғаларымен салыстыру сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>a trigger %1 that CertDesk does not make was added to the event log: the file was changed outside CertDesk</source>
        <translation>оқиғалар журналына CertDesk жасамайтын %1 триггері қосылған: файл CertDesk-тен тыс өзгертілген</translation>
    </message>
    <message>
        <source>%1: the file was changed outside CertDesk</source>
        <translation>%1: файл CertDesk-тен тыс өзгертілген</translation>
    </message>
    <message>
        <source>reading the device renewals failed: %1</source>
        <translation>жұмыс орны идентификаторының ауысуларын оқу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>its file was started on another computer</source>
        <translation>оның файлы басқа компьютерде іске қосылды</translation>
    </message>
    <message>
        <source>its id turned up in events another computer wrote</source>
        <translation>оның идентификаторы басқа компьютер жазған оқиғаларда табылды</translation>
    </message>
    <message>
        <source>it was restored from a backup</source>
        <translation>ол сақтық көшірмеден қалпына келтірілді</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>қолмен</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>басына</translation>
    </message>
    <message>
        <source>this database took the new workstation id %1 on %2 (%3); it continues workstation %4, whose chain up to %5 stays as it was</source>
        <translation>бұл дерекқор %2 жаңа жұмыс орны идентификаторын алды — %1 (%3); ол %4 жұмыс орнын жалғастырады, оның %5 дейінгі тізбегі өзгеріссіз қалады</translation>
    </message>
    <message>
        <source>another database took the new workstation id %1 on %2 (%3); it continues workstation %4, whose chain up to %5 is its past</source>
        <translation>басқа дерекқор %2 жаңа жұмыс орны идентификаторын алды — %1 (%3); ол %4 жұмыс орнын жалғастырады, оның %5 дейінгі тізбегі — сол дерекқордың өткені</translation>
    </message>
    <message>
        <source>the chain of workstation %1 forks after row %2: its database file was copied, both copies wrote as %1, and a renewal of the id tells them apart; each branch is intact</source>
        <translation>%1 жұмыс орнының тізбегі %2-жолдан кейін тармақталады: оның дерекқор файлы көшірілген, екі көшірме де %1 ретінде жазған, ал идентификатордың ауысуы оларды ажыратады; әр тармақ бүтін</translation>
    </message>
    <message>
        <source>events of workstation %1 written by another database continue the chain this database wrote, after row %2: the file was copied or restored, and this database %3</source>
        <translation>%1 жұмыс орнының басқа дерекқор жазған оқиғалары осы дерекқор жазған тізбекті %2-жолдан кейін жалғастырады: файл көшірілген немесе қалпына келтірілген, ал бұл дерекқор %3</translation>
    </message>
    <message>
        <source>left that id</source>
        <translation>ол идентификаторды ауыстырды</translation>
    </message>
    <message>
        <source>still uses that id</source>
        <translation>ол идентификаторды әлі қолданады</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>account %1 has no account_created event: it was added outside CertDesk</source>
        <translation>%1 тіркелгісінде account_created оқиғасы жоқ: ол CertDesk-тен тыс қосылған</translation>
    </message>
    <message>
        <source>role %1 where its events say %2</source>
        <translation>рөлі %1, ал оқиғаларында %2</translation>
    </message>
    <message>
        <source>enabled where its events say disabled</source>
        <translation>қосулы, ал оқиғаларында өшірулі</translation>
    </message>
    <message>
        <source>disabled where its events say enabled</source>
        <translation>өшірулі, ал оқиғаларында қосулы</translation>
    </message>
    <message>
        <source>name or position</source>
        <translation>аты немесе лауазымы</translation>
    </message>
    <message>
        <source>password not set through CertDesk</source>
        <translation>құпиясөз CertDesk арқылы орнатылмаған</translation>
    </message>
    <message>
        <source>account %1 was changed outside CertDesk: %2</source>
        <translation>%1 тіркелгісі CertDesk-тен тыс өзгертілген: %2</translation>
    </message>
    <message>
        <source>account %1 has events but no row in the users table: it was deleted outside CertDesk</source>
        <translation>%1 тіркелгісінің оқиғалары бар, бірақ пайдаланушылар кестесінде жолы жоқ: ол CertDesk-тен тыс жойылған</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Әрекет:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>Receipt or case</source>
        <translation>Қолхат немесе іс</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>Журналды &amp;тексеру</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The database is busy or read-only, so the sign-in cannot be recorded; try again in a moment.</source>
        <translation>Дерекқор бос емес немесе тек оқуға арналған, сондықтан кіруді жазу мүмкін емес; біраздан кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator to enable it.</source>
        <translation>%1 тіркелгісі өшірілген; әкімшіден оны қосуды сұраңыз.</translation>
    </message>
    <message>
        <source>The account %1 no longer exists; sign in again.</source>
        <translation>%1 тіркелгісі енді жоқ; қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The current password is wrong; type it again.</source>
        <translation>Қазіргі құпиясөз қате; оны қайта теріңіз.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one; choose a different one.</source>
        <translation>Жаңа құпиясөз қазіргісімен бірдей; басқасын таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The login or the password is wrong. Check the keyboard layout and Caps Lock; after %n wrong password(s) in a row the account is locked for %1.</source>
        <translation>
            <numerusform>Логин немесе құпиясөз қате. Пернетақта тілін және Caps Lock пернесін тексеріңіз; құпиясөз қатарынан %n рет қате терілсе, тіркелгі %1 бұғатталады.</numerusform>
            <numerusform>Логин немесе құпиясөз қате. Пернетақта тілін және Caps Lock пернесін тексеріңіз; құпиясөз қатарынан %n рет қате терілсе, тіркелгі %1 бұғатталады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минутқа</numerusform>
            <numerusform>%n минутқа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after %n wrong password(s) until %2. Wait until then, or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>Құпиясөз %n рет қате терілгендіктен, %1 тіркелгісі %2 дейін бұғатталған. Сол уақытқа дейін күтіңіз немесе әкімшіден құпиясөзді қалпына келтіруді сұраңыз.</numerusform>
            <numerusform>Құпиясөз %n рет қате терілгендіктен, %1 тіркелгісі %2 дейін бұғатталған. Сол уақытқа дейін күтіңіз немесе әкімшіден құпиясөзді қалпына келтіруді сұраңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row: the account %1 is locked until %2. Wait until then, or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>Құпиясөз қатарынан %n рет қате терілді: %1 тіркелгісі %2 дейін бұғатталды. Сол уақытқа дейін күтіңіз немесе әкімшіден құпиясөзді қалпына келтіруді сұраңыз.</numerusform>
            <numerusform>Құпиясөз қатарынан %n рет қате терілді: %1 тіркелгісі %2 дейін бұғатталды. Сол уақытқа дейін күтіңіз немесе әкімшіден құпиясөзді қалпына келтіруді сұраңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password: enter the password.</source>
        <translation>Құпиясөз: құпиясөзді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>AuthorText</name>
    <message>
        <source>this workstation (automatic)</source>
        <translation>осы жұмыс орны (автоматты түрде)</translation>
    </message>
    <message>
        <source>command line (the database file&apos;s owner)</source>
        <translation>пәрмен жолы (дерекқор файлының иесі)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 бар болып тұр; сақтық көшірме үшін файлдың жаңа атын таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; choose another place for the backup.</source>
        <translation>%1 қалтасын құру мүмкін емес; сақтық көшірме үшін басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); choose another place for the backup.</source>
        <translation>%1 жазу мүмкін емес (%2); сақтық көшірме үшін басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be narrowed to its owner; the backup was not written.</source>
        <translation>%1 файлына қатынауды тек оның иесіне шектеу мүмкін емес; сақтық көшірме жазылған жоқ.</translation>
    </message>
    <message>
        <source>The backup to %1 failed (%2); nothing was written.</source>
        <translation>%1 ішіне сақтық көшірме жасау сәтсіз аяқталды (%2); ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>%1 was written by a newer CertDesk (schema %2; this version knows up to %3). Restore it with the newer CertDesk.</source>
        <translation>%1 файлын CertDesk-тің жаңа нұсқасы жазған (схема %2; бұл нұсқа %3 дейін біледі). Оны жаңа CertDesk арқылы қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 қалтасын құру мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2).</source>
        <translation>%1 жасалмайды (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); nothing was changed.</source>
        <translation>%1 ашылмайды (%2); ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 is in use by a CertDesk (or another program) that has it open: close it, then restore again. Nothing was changed.</source>
        <translation>%1 файлын ашып отырған CertDesk (немесе басқа бағдарлама) пайдаланып отыр: оны жабыңыз, содан кейін қалпына келтіруді қайталаңыз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for the restore (%2); nothing was changed.</source>
        <translation>%1 қалпына келтіру үшін құлыпталмайды (%2); ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 cannot be written; check the free space and permissions. Nothing was changed.</source>
        <translation>%1 жазылмайды; бос орын мен рұқсаттарды тексеріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The database %1 cannot be copied aside before the restore (%2); nothing was changed.</source>
        <translation>%1 дерекқорының көшірмесін қалпына келтіру алдында бөлек сақтау мүмкін емес (%2); ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Copying %1 into %2 failed (%3); the database was left as it was.</source>
        <translation>%1 файлын %2 ішіне көшіру сәтсіз аяқталды (%3); дерекқор бұрынғы күйінде қалды.</translation>
    </message>
    <message>
        <source>%1 cannot be copied aside; check the free space and permissions. Nothing was changed.</source>
        <translation>%1 бөлек көшірілмейді; бос орын мен рұқсаттарды тексеріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 cannot be copied next to %2; check the free space and permissions. Nothing was changed.</source>
        <translation>%1 файлын %2 жанына көшіру мүмкін емес; бос орын мен рұқсаттарды тексеріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>%1 cannot be put in place of %2 (%3); the old file was left as it was.</source>
        <translation>%1 файлын %2 орнына қою мүмкін емес (%3); ескі файл бұрынғы күйінде қалды.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file: choose another backup file.</source>
        <translation>%1 жоқ немесе файл емес: басқа сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a backup. Choose another backup file.</source>
        <translation>%1 бос (0 байт): бұл сақтық көшірме емес. Басқа сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2): choose another backup file.</source>
        <translation>%1 ашу мүмкін емес (%2): басқа сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk backup, or is damaged beyond reading: choose another backup file.</source>
        <translation>%1 — CertDesk сақтық көшірмесі емес немесе оқи алмайтындай бүлінген: басқа сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): choose another backup, an older one.</source>
        <translation>%1 бүлінген (%2): басқа, ескірек сақтық көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is a SQLite file but not a CertDesk backup: choose another backup file.</source>
        <translation>%1 — SQLite файлы, бірақ CertDesk сақтық көшірмесі емес: басқа сақтық көшірме файлын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup %1 was written but does not read back: %2</source>
        <translation>%1 сақтық көшірмесі жазылды, бірақ кері оқылмайды: %2</translation>
    </message>
    <message>
        <source>The backup %1 was written, but it could not be recorded: %2</source>
        <translation>%1 сақтық көшірмесі жазылды, бірақ ол журналға тіркелмеді: %2</translation>
    </message>
</context>
<context>
    <name>BoardReportDocument</name>
    <message>
        <source>Supervisor board</source>
        <translation>Бақылау панелі</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Custody of paper certificates: supervisor board</source>
        <translation>Қағаз анықтамаларды сақтау: бақылау панелі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Басып шығарған қызметкер</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>At the branch</source>
        <translation>Бөлімшеде</translation>
    </message>
    <message>
        <source>To be handed over to the service provider</source>
        <translation>Көрсетілетін қызметті берушіге тапсыру керек</translation>
    </message>
    <message>
        <source>With the service provider</source>
        <translation>Көрсетілетін қызметті берушіде</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Қайтару сұралды</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>Мұрағатқа тапсыру керек</translation>
    </message>
    <message>
        <source>Interim response due</source>
        <translation>Аралық жауап беру керек</translation>
    </message>
    <message>
        <source>Anomalies and exceptions</source>
        <translation>Ауытқулар мен ерекше жағдайлар</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n рұқсат</numerusform>
            <numerusform>%n рұқсат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>мерзімі %n күнге өтіп кетті</numerusform>
            <numerusform>мерзімі %n күнге өтіп кетті</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>мерзімі бүгін</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн қалды</numerusform>
            <numerusform>%n күн қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>мерзімі %n күннен кейін</numerusform>
            <numerusform>мерзімі %n күннен кейін</numerusform>
        </translation>
    </message>
    <message>
        <source> (returned by the provider)</source>
        <translation> (көрсетілетін қызметті беруші қайтарған)</translation>
    </message>
    <message>
        <source>Result not received in time</source>
        <translation>Нәтиже мерзімінде алынбады</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n сағат</numerusform>
            <numerusform>%n сағат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минут</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунд</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>clock moved back by %1; previous record %2</source>
        <translation>сағат %1 кері жылжытылды; алдыңғы жазба %2</translation>
    </message>
    <message numerus="yes">
        <source>result late by %n day(s)</source>
        <translation>
            <numerusform>нәтиже %n күнге кешікті</numerusform>
            <numerusform>нәтиже %n күнге кешікті</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>%1 жұмыс орны</translation>
    </message>
    <message>
        <source>missing at the count of the safe</source>
        <translation>сейфті санау кезінде жоқ</translation>
    </message>
</context>
<context>
    <name>BoardService</name>
    <message>
        <source>The board date is not a valid date; pick a day on the calendar.</source>
        <translation>Бақылау панелінің күні жарамды күн емес; күнтізбеден күнді таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>Supervisor board</source>
        <translation>Бақылау панелі</translation>
    </message>
    <message>
        <source>Board &amp;on</source>
        <translation>Панель &amp;күні</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Transfer to provider…</source>
        <translation>Көрсетілетін &amp;қызметті берушіге тапсыру…</translation>
    </message>
    <message>
        <source>Record &amp;archiving…</source>
        <translation>&amp;Мұрағатқа беруді жазу…</translation>
    </message>
    <message>
        <source>Issuance &amp;journal…</source>
        <translation>&amp;Беру журналы…</translation>
    </message>
    <message>
        <source>&amp;Print board…</source>
        <translation>&amp;Панельді басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV-ге &amp;экспорттау…</translation>
    </message>
</context>
<context>
    <name>BranchSettings</name>
    <message>
        <source>workstation: &quot;%1&quot; is not a number from 1 to 99</source>
        <translation>жұмыс орны: «%1» — 1-ден 99-ға дейінгі сан емес</translation>
    </message>
    <message>
        <source>branch name: it is only spaces; type the name as it is printed</source>
        <translation>бөлімше атауы: тек бос орындардан тұрады; атауды басылып шығатындай етіп жазыңыз</translation>
    </message>
    <message>
        <source>branch name: &quot;%1&quot; holds %2, which is not text; type the name again</source>
        <translation>бөлімше атауы: «%1» ішінде %2 бар, бұл мәтін емес; атауды қайта жазыңыз</translation>
    </message>
    <message>
        <source>category: &quot;%1&quot; is neither regional nor district</source>
        <translation>санат: «%1» — облыстық та, аудандық та емес</translation>
    </message>
</context>
<context>
    <name>CaseActionDateDialog</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
</context>
<context>
    <name>CaseActionIssueDialog</name>
    <message>
        <source>Issue the paper certificate</source>
        <translation>Қағаз анықтаманы беру</translation>
    </message>
    <message>
        <source>Who collects it</source>
        <translation>Кім алады</translation>
    </message>
    <message>
        <source>&amp;Collector</source>
        <translation>А&amp;лушы</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Әкесінің аты</translation>
    </message>
    <message>
        <source>Notarized power of attorney</source>
        <translation>Нотариат куәландырған сенімхат</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>Нотариус</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Principal&apos;s IIN</source>
        <translation>Сенім білдірушінің ЖСН</translation>
    </message>
    <message>
        <source>Identity document of the collector</source>
        <translation>Алушының жеке басын куәландыратын құжаты</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>Тү&amp;рі</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>Нө&amp;мірі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кім берген</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>eGov code</source>
        <translation>eGov коды</translation>
    </message>
    <message>
        <source>Which person is at the counter</source>
        <translation>Терезе алдында қай адам тұр</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; an undated power of attorney is void</source>
        <translation>КК.АА.ЖЖЖЖ; күні жоқ сенімхат жарамсыз</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; empty when it states no term (1 year)</source>
        <translation>КК.АА.ЖЖЖЖ; мерзімі көрсетілмесе бос қалдырыңыз (1 жыл)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>IIN of the person the certificate is &amp;about</source>
        <translation>Анықтама &amp;кім туралы болса, сол адамның ЖСН-і</translation>
    </message>
</context>
<context>
    <name>CaseActionResultDialog</name>
    <message>
        <source>Record the provider&apos;s result</source>
        <translation>Көрсетілетін қызметті берушінің нәтижесін жазу</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>Анықтама &amp;нөмірі</translation>
    </message>
    <message>
        <source>Certificate &amp;date</source>
        <translation>Анықтама &amp;күні</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>No criminal record</source>
        <translation>Соттылығы жоқ</translation>
    </message>
    <message>
        <source>A criminal record was found</source>
        <translation>Соттылығы бар</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;wording</source>
        <translation>Көрсетілетін қызметті берушінің &amp;тұжырымы</translation>
    </message>
    <message>
        <source>Apostille number</source>
        <translation>Апостиль нөмірі</translation>
    </message>
    <message>
        <source>Apostille date</source>
        <translation>Апостиль күні</translation>
    </message>
</context>
<context>
    <name>CaseActionService</name>
    <message>
        <source>There is no case %1 in this branch&apos;s database; check the receipt number and search again.</source>
        <translation>Бұл бөлімшенің дерекқорында %1 ісі жоқ; қолхат нөмірін тексеріп, қайта іздеңіз.</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>әлі қабылданбаған</translation>
    </message>
    <message>
        <source>waiting for the provider&apos;s result</source>
        <translation>көрсетілетін қызметті берушінің нәтижесін күтуде</translation>
    </message>
    <message>
        <source>under an additional identification check</source>
        <translation>қосымша сәйкестендіру тексерісінде</translation>
    </message>
    <message>
        <source>waiting for the paper certificate</source>
        <translation>қағаз анықтаманы күтуде</translation>
    </message>
    <message>
        <source>at the branch</source>
        <translation>бөлімшеде</translation>
    </message>
    <message>
        <source>with the provider</source>
        <translation>көрсетілетін қызметті берушіде</translation>
    </message>
    <message>
        <source>being returned by the provider</source>
        <translation>көрсетілетін қызметті беруші қайтаруда</translation>
    </message>
    <message>
        <source>already issued</source>
        <translation>бұрын берілген</translation>
    </message>
    <message>
        <source>completed electronically</source>
        <translation>электрондық түрде аяқталған</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылған</translation>
    </message>
    <message>
        <source>archived by the provider</source>
        <translation>көрсетілетін қызметті беруші мұрағатқа тапсырған</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>кері қайтарып алынған</translation>
    </message>
    <message>
        <source>Case %1 is %2: &quot;%3&quot; cannot be recorded now. Open the case to see what it is waiting for.</source>
        <translation>%1 ісі — %2: «%3» қазір жазылмайды. Ол нені күтіп тұрғанын көру үшін істі ашыңыз.</translation>
    </message>
    <message>
        <source>%1 %2 is in the future; enter today&apos;s date or an earlier one.</source>
        <translation>%1 %2 — болашақтағы күн; бүгінгі немесе одан бұрынғы күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>%1 %2 is before %3, when the previous step happened; check the date.</source>
        <translation>%1 %2 алдыңғы қадам болған %3 күнінен бұрын; күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>No case is selected; select at least one case.</source>
        <translation>Ешбір іс таңдалмаған; кемінде бір істі таңдаңыз.</translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was saved. Try again in a moment.</source>
        <translation>Дерекқор бос емес немесе тек оқуға арналған; ештеңе сақталған жоқ. Біраздан кейін қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>CaseFold</name>
    <message>
        <source>Issued a second time by %1 on %2 (workstation %3): the certificate had already been issued. Find out which record is right and where the paper is.</source>
        <translation>%1 %2 күні (%3 жұмыс орны) екінші рет берген: анықтама бұрын берілген болатын. Қай жазба дұрыс екенін және қағаз анықтаманың қайда екенін анықтаңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3 while the paper was not at the branch.</source>
        <translation>«%1» жазбасын %2 %3 күні қағаз анықтама бөлімшеде жоқ кезде енгізген.</translation>
    </message>
    <message>
        <source>A second application record by %1 on %2 for the same case.</source>
        <translation>Сол іс бойынша өтінішті екінші рет жазған: %1, %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3, but the application itself is missing here.</source>
        <translation>«%1» жазбасын %2 %3 күні жазған, бірақ өтініштің өзі мұнда жоқ.</translation>
    </message>
    <message>
        <source>An appeal&apos;s event &quot;%1&quot; (written by %2 on %3) was recorded in this case instead of in its appeal: tell the technician.</source>
        <translation>Өтініштің «%1» оқиғасы (%2, %3 жазған) өз өтінішіне емес, осы іске жазылған: техникке хабарлаңыз.</translation>
    </message>
    <message>
        <source>An event of type &quot;%1&quot; that this version does not know (written by %2 on %3). Update CertDesk.</source>
        <translation>Бұл нұсқа білмейтін «%1» түріндегі оқиға (%2, %3 жазған). CertDesk-ті жаңартыңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3 cannot happen at this step of the case.</source>
        <translation>%2 %3 күні жазған «%1» істің осы кезеңінде болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>issued twice</source>
        <translation>екі рет берілген</translation>
    </message>
    <message>
        <source>recorded while the paper was not at the branch</source>
        <translation>қағаз анықтама бөлімшеде жоқ кезде жазылған</translation>
    </message>
    <message>
        <source>the application recorded twice</source>
        <translation>өтініш екі рет жазылған</translation>
    </message>
    <message>
        <source>recorded before the application</source>
        <translation>өтініштен бұрын жазылған</translation>
    </message>
    <message>
        <source>an appeal&apos;s event in the case</source>
        <translation>іс ішіндегі өтініш оқиғасы</translation>
    </message>
    <message>
        <source>an event this version does not know</source>
        <translation>бұл нұсқа білмейтін оқиға</translation>
    </message>
    <message>
        <source>an action impossible at that step</source>
        <translation>сол кезеңде мүмкін емес әрекет</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>IIN: %1 is a BIN of a legal entity; search by the IIN of the person</source>
        <translation>ЖСН: %1 — заңды тұлғаның БСН-і; адамның ЖСН-і бойынша іздеңіз</translation>
    </message>
    <message>
        <source>IIN: %1</source>
        <translation>ЖСН: %1</translation>
    </message>
    <message>
        <source>Search: &quot;%1&quot; %2. Type a receipt number, an IIN or the start of a surname.</source>
        <translation>Іздеу: «%1» %2. Қолхат нөмірін, ЖСН-ді немесе тегінің басын теріңіз.</translation>
    </message>
    <message>
        <source>Case %1 is not in this database.</source>
        <translation>%1 ісі бұл дерекқорда жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s): a receipt number has 17 digits, an IIN 12. Check the number.</source>
        <translation>
            <numerusform>%n цифр: қолхат нөмірі 17 цифрдан, ЖСН 12 цифрдан тұрады. Нөмірді тексеріңіз.</numerusform>
            <numerusform>%n цифр: қолхат нөмірі 17 цифрдан, ЖСН 12 цифрдан тұрады. Нөмірді тексеріңіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt %1 is on %n cases (%2): two workstations issued the same number. Each case stays as it is; ask for the IIN of the person the certificate is about and open the case with that IIN. The supervisor sees both on the board.</source>
        <translation>
            <numerusform>%1 қолхаты %n іске тиесілі (%2): екі жұмыс орны бірдей нөмір берген. Әр іс өз күйінде қалады; анықтама кім туралы болса, сол адамның ЖСН-ін сұраңыз да, істі сол ЖСН бойынша ашыңыз. Супервайзер екеуін де тақтадан көреді.</numerusform>
            <numerusform>%1 қолхаты %n іске тиесілі (%2): екі жұмыс орны бірдей нөмір берген. Әр іс өз күйінде қалады; анықтама кім туралы болса, сол адамның ЖСН-ін сұраңыз да, істі сол ЖСН бойынша ашыңыз. Супервайзер екеуін де тақтадан көреді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTexts</name>
    <message>
        <source>not received</source>
        <translation>әлі қабылданбаған</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>additional check</source>
        <translation>қосымша тексеріс</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>нәтиже дайын</translation>
    </message>
    <message>
        <source>at the branch</source>
        <translation>бөлімшеде</translation>
    </message>
    <message>
        <source>with the provider</source>
        <translation>көрсетілетін қызметті берушіде</translation>
    </message>
    <message>
        <source>return requested</source>
        <translation>қайтару сұралды</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>берілді</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылған</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>мұрағатта</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>кері қайтарып алынған</translation>
    </message>
    <message>
        <source>domestic</source>
        <translation>ел ішінде</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>шетелге</translation>
    </message>
    <message>
        <source>abroad, apostille</source>
        <translation>шетелге, апостильмен</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Өтініш қабылданды</translation>
    </message>
    <message>
        <source>Online order for this branch</source>
        <translation>Осы бөлімшеге онлайн тапсырыс</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Нәтиже жазылды</translation>
    </message>
    <message>
        <source>Additional identification check</source>
        <translation>Қосымша сәйкестендіру тексерісі</translation>
    </message>
    <message>
        <source>Interim response given</source>
        <translation>Аралық жауап берілді</translation>
    </message>
    <message>
        <source>Refused by the provider</source>
        <translation>Көрсетілетін қызметті беруші бас тартты</translation>
    </message>
    <message>
        <source>Paper arrived at the branch</source>
        <translation>Қағаз анықтама бөлімшеге келді</translation>
    </message>
    <message>
        <source>Certificate printed</source>
        <translation>Анықтама басып шығарылды</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Transferred to the provider</source>
        <translation>Көрсетілетін қызметті берушіге тапсырылды</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Қайтару сұралды</translation>
    </message>
    <message>
        <source>Returned to the branch</source>
        <translation>Бөлімшеге қайтарылды</translation>
    </message>
    <message>
        <source>Archived by the provider</source>
        <translation>Көрсетілетін қызметті беруші мұрағатқа тапсырды</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кері қайтарып алынды</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Супервайзердің рұқсаты</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Record result</source>
        <translation>Нәтижені жазу</translation>
    </message>
    <message>
        <source>Additional check</source>
        <translation>Қосымша тексеріс</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Бас тартуды жазу</translation>
    </message>
    <message>
        <source>Paper arrived</source>
        <translation>Қағаз анықтама келді</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Анықтаманы басып шығару</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Беру</translation>
    </message>
    <message>
        <source>Transfer to provider</source>
        <translation>Көрсетілетін қызметті берушіге тапсыру</translation>
    </message>
    <message>
        <source>Request return</source>
        <translation>Қайтаруды сұрау</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Мұрағатқа тапсырылды</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Кері қайтарып алу</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ескертпе қосу</translation>
    </message>
    <message>
        <source>Receipt %1.</source>
        <translation>Қолхат № %1.</translation>
    </message>
    <message>
        <source>Certificate № %1 of %2.</source>
        <translation>%2 берілген № %1 анықтама.</translation>
    </message>
    <message>
        <source>No criminal record.</source>
        <translation>Соттылығы жоқ.</translation>
    </message>
    <message>
        <source>A criminal record was found.</source>
        <translation>Соттылығы бар.</translation>
    </message>
    <message>
        <source>Apostille № %1 of %2.</source>
        <translation>%2 қойылған № %1 апостиль.</translation>
    </message>
    <message>
        <source>Result due %1.</source>
        <translation>Нәтиже беру мерзімі: %1.</translation>
    </message>
    <message>
        <source>Interim response due %1.</source>
        <translation>Аралық жауап беру мерзімі: %1.</translation>
    </message>
    <message>
        <source>May apply again from %1.</source>
        <translation>Қайта жүгінуге болатын күн: %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <source>Duplicate: copy %1.</source>
        <translation>Телнұсқа: %1-дана.</translation>
    </message>
    <message>
        <source>Handed over to %1.</source>
        <translation>Берілді: %1.</translation>
    </message>
    <message>
        <source>Handed over to %1, %2.</source>
        <translation>Берілді: %1, %2.</translation>
    </message>
    <message>
        <source>Transfer act № %1.</source>
        <translation>Қабылдау-тапсыру актісі № %1.</translation>
    </message>
    <message>
        <source>Due back at the branch %1.</source>
        <translation>Бөлімшеге қайтару мерзімі: %1.</translation>
    </message>
    <message>
        <source>Registered record № %1.</source>
        <translation>Тіркелген іс № %1.</translation>
    </message>
    <message>
        <source>%1: allowed by %2. Reason: %3</source>
        <translation>%1: рұқсат берген — %2. Себебі: %3</translation>
    </message>
    <message>
        <source>Dated %1.</source>
        <translation>Күні: %1.</translation>
    </message>
    <message>
        <source>Application printed</source>
        <translation>Өтініш басып шығарылды</translation>
    </message>
    <message>
        <source>Copy %1.</source>
        <translation>Көшірме: %1-дана.</translation>
    </message>
    <message>
        <source>SMS notice queued</source>
        <translation>SMS-хабарлама кезекке қойылды</translation>
    </message>
    <message>
        <source>SMS notice sent</source>
        <translation>SMS-хабарлама жіберілді</translation>
    </message>
    <message>
        <source>SMS notice not sent: gateway failed</source>
        <translation>SMS-хабарлама жіберілмеді: шлюз жауап бермеді</translation>
    </message>
    <message>
        <source>%1, to %2: «%3»</source>
        <translation>%1, %2 нөміріне: «%3»</translation>
    </message>
    <message>
        <source>To %1; the gateway&apos;s reference %2.</source>
        <translation>%1 нөміріне; шлюздегі нөмірі %2.</translation>
    </message>
    <message>
        <source>Attempt %1: %2.</source>
        <translation>%1-әрекет: %2.</translation>
    </message>
    <message>
        <source>the certificate is at the branch</source>
        <translation>анықтама бөлімшеде</translation>
    </message>
    <message>
        <source>reminder: the branch keeps it one more week</source>
        <translation>еске салу: бөлімше тағы бір апта сақтайды</translation>
    </message>
    <message>
        <source>the certificate is back at the branch</source>
        <translation>анықтама бөлімшеге қайтарылды</translation>
    </message>
    <message numerus="yes">
        <source>sent %1 to %2 (%n times: an SMS went twice)</source>
        <translation>
            <numerusform>%1 %2 нөміріне жіберілді (%n рет: SMS екі рет кетті)</numerusform>
            <numerusform>%1 %2 нөміріне жіберілді (%n рет: SMS екі рет кетті)</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1 to %2</source>
        <translation>%1 %2 нөміріне жіберілді</translation>
    </message>
    <message numerus="yes">
        <source>not sent yet: %n attempt(s) failed (%1); next try %2</source>
        <translation>
            <numerusform>әлі жіберілмеді: %n әрекет сәтсіз (%1); келесі әрекет %2</numerusform>
            <numerusform>әлі жіберілмеді: %n әрекет сәтсіз (%1); келесі әрекет %2</numerusform>
        </translation>
    </message>
    <message>
        <source>queued %1, waiting for the notifier workstation</source>
        <translation>%1 кезекке қойылды, хабарлама жіберетін жұмыс орнын күтуде</translation>
    </message>
    <message>
        <source>the SMS gateway did not accept the login and secret, HTTP %1: check them in Tools → SMS notices</source>
        <translation>SMS шлюзі логин мен құпия сөзді қабылдамады, HTTP %1: оларды Құралдар → SMS-хабарламалар мәзірінде тексеріңіз</translation>
    </message>
    <message>
        <source>the SMS gateway refused it, HTTP %1</source>
        <translation>SMS шлюзі қабылдамады, HTTP %1</translation>
    </message>
    <message>
        <source>the SMS gateway did not answer in time</source>
        <translation>SMS шлюзі уақытында жауап бермеді</translation>
    </message>
    <message>
        <source>the SMS gateway could not be reached</source>
        <translation>SMS шлюзіне қосылу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Actions</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>CentralRules</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 орындалмады: %2</translation>
    </message>
    <message>
        <source>Creating the database %1</source>
        <translation>%1 дерекқорын құру</translation>
    </message>
    <message>
        <source>Reading the database %1</source>
        <translation>%1 дерекқорын оқу</translation>
    </message>
    <message>
        <source>Limiting %1 to the workstations</source>
        <translation>%1 дерекқорына қолжетімділікті жұмыс орындарымен шектеу</translation>
    </message>
    <message>
        <source>Writing the validate function of %1</source>
        <translation>%1 тексеру функциясын жазу</translation>
    </message>
    <message>
        <source>The central rules database holds the rules of %1, the file those of %2.</source>
        <translation>Орталық ережелер дерекқорында %1 ережелері, файлда %2 ережелері.</translation>
    </message>
    <message>
        <source>Reading the central rules failed: %1</source>
        <translation>Орталық ережелерді оқу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>The rules were not published: %n problem(s).</source>
        <translation>
            <numerusform>Ережелер жарияланбады: %n мәселе.</numerusform>
            <numerusform>Ережелер жарияланбады: %n мәселе.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the central rules failed: %1</source>
        <translation>Орталық ережелерді жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Nothing is published in %1: there is nothing to take back.</source>
        <translation>%1 ішінде ештеңе жарияланбаған: кері алатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1 is not published in %2 (nothing was changed): the ids are those of rules export --layer central.</source>
        <translation>%1 %2 ішінде жарияланбаған (ештеңе өзгертілмеді): идентификаторлар rules export --layer central шығарған тізімдегідей.</translation>
    </message>
    <message numerus="yes">
        <source>The rules were not taken back: %n problem(s).</source>
        <translation>
            <numerusform>Ережелер кері алынбады: %n мәселе.</numerusform>
            <numerusform>Ережелер кері алынбады: %n мәселе.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>For travel abroad, with an apostille</source>
        <translation>Шетелге шығу үшін, апостильмен</translation>
    </message>
    <message>
        <source>For travel abroad</source>
        <translation>Шетелге шығу үшін</translation>
    </message>
    <message>
        <source>For use in the Republic of Kazakhstan</source>
        <translation>Қазақстан Республикасында пайдалану үшін</translation>
    </message>
    <message>
        <source>According to the records of the Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan, there is information about a criminal record.</source>
        <translation>Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитетінің арнайы есепке алу деректері бойынша соттылығы туралы мәліметтер бар.</translation>
    </message>
    <message>
        <source>According to the records of the Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan, there is no information about a criminal record.</source>
        <translation>Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитетінің арнайы есепке алу деректері бойынша соттылығы туралы мәліметтер жоқ.</translation>
    </message>
    <message>
        <source>duplicate No. %1</source>
        <translation>телнұсқа № %1</translation>
    </message>
    <message>
        <source>Printed at the branch</source>
        <translation>Бөлімшеде басып шығарылды</translation>
    </message>
    <message>
        <source>Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan</source>
        <translation>Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитеті</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>ТЕЛНҰСҚА</translation>
    </message>
    <message>
        <source>Printed again, copy %1</source>
        <translation>Қайта басып шығару, %1-дана</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Анықтаманың нөмірі</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Анықтаманың берілген күні</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Баратын елі</translation>
    </message>
    <message>
        <source>Application (receipt)</source>
        <translation>Өтініш (қолхат) нөмірі</translation>
    </message>
    <message>
        <source>The authenticity of the certificate can be checked by its QR code.</source>
        <translation>Анықтаманың түпнұсқалығын QR-код арқылы тексеруге болады.</translation>
    </message>
    <message>
        <source>Place for the apostille</source>
        <translation>Апостиль қою орны</translation>
    </message>
    <message>
        <source>CERTIFICATE OF NO CRIMINAL RECORD</source>
        <translation>СОТТЫЛЫҒЫНЫҢ БАР-ЖОҒЫ ТУРАЛЫ АНЫҚТАМА</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>event %1 is of version %2, written by a newer CertDesk (this one reads up to version %3)</source>
        <translation>%1 оқиғасы %2 нұсқасында, оны CertDesk-тің жаңарақ нұсқасы жазған (бұл нұсқа %3 нұсқаға дейін оқиды)</translation>
    </message>
    <message>
        <source>the server sent change %1 without its document</source>
        <translation>сервер %1 өзгерісін оның құжатынсыз жіберді</translation>
    </message>
</context>
<context>
    <name>CheckTexts</name>
    <message>
        <source>IIN is valid</source>
        <translation>ЖСН жарамды</translation>
    </message>
    <message>
        <source>BIN is valid</source>
        <translation>БСН жарамды</translation>
    </message>
    <message>
        <source>identity document valid on the day</source>
        <translation>жеке басын куәландыратын құжат сол күні жарамды</translation>
    </message>
    <message>
        <source>identity document not dated in the future</source>
        <translation>жеке басын куәландыратын құжаттың күні болашақта емес</translation>
    </message>
    <message>
        <source>e-document code given</source>
        <translation>электрондық құжаттың коды берілді</translation>
    </message>
    <message>
        <source>notarized power of attorney presented</source>
        <translation>нотариат куәландырған сенімхат ұсынылды</translation>
    </message>
    <message>
        <source>power of attorney is dated</source>
        <translation>сенімхатта күні бар</translation>
    </message>
    <message>
        <source>power of attorney within its term</source>
        <translation>сенімхат мерзімі ішінде</translation>
    </message>
    <message>
        <source>principal of the power of attorney is the person</source>
        <translation>сенімхаттағы сенім білдіруші — анықтама сұралатын тұлға</translation>
    </message>
    <message>
        <source>agent of the power of attorney is the one at the counter</source>
        <translation>сенімхаттағы сенім білдірілген адам — өтініш беруші тұлға</translation>
    </message>
    <message>
        <source>birth certificate links the minor and the parent</source>
        <translation>туу туралы куәлік кәмелетке толмаған бала мен ата-анасын байланыстырады</translation>
    </message>
    <message>
        <source>Apostille Convention in force for the country</source>
        <translation>апостиль конвенциясы ел үшін күшінде</translation>
    </message>
    <message>
        <source>recipient told that no apostille is needed</source>
        <translation>алушыға апостиль қажет емес екені түсіндірілді</translation>
    </message>
    <message>
        <source>state fee for the apostille paid</source>
        <translation>апостиль үшін мемлекеттік баж төленді</translation>
    </message>
    <message>
        <source>phone for notices</source>
        <translation>хабарламаға арналған телефон</translation>
    </message>
    <message>
        <source>identity document the one recorded at intake</source>
        <translation>жеке басын куәландыратын құжат өтінішті қабылдау кезінде тіркелген құжат</translation>
    </message>
    <message>
        <source>IIN of the person is valid</source>
        <translation>Анықтама сұралатын тұлғаның ЖСН-і жарамды</translation>
    </message>
    <message>
        <source>IIN of the one at the counter is valid</source>
        <translation>Өтініш беруші тұлғаның ЖСН-і жарамды</translation>
    </message>
    <message>
        <source>IIN of the principal in the power of attorney is valid</source>
        <translation>Сенімхаттағы сенім білдірушінің ЖСН-і жарамды</translation>
    </message>
    <message>
        <source>IIN of the agent in the power of attorney is valid</source>
        <translation>Сенімхаттағы сенім білдірілген адамның ЖСН-і жарамды</translation>
    </message>
    <message>
        <source>IIN of the child in the birth certificate is valid</source>
        <translation>Туу туралы куәліктегі баланың ЖСН-і жарамды</translation>
    </message>
    <message>
        <source>IIN of the parent in the birth certificate is valid</source>
        <translation>Туу туралы куәліктегі ата-ананың ЖСН-і жарамды</translation>
    </message>
</context>
<context>
    <name>CouchResponse</name>
    <message>
        <source>the request was cancelled</source>
        <translation>сұрау тоқтатылды</translation>
    </message>
    <message>
        <source>the server stopped answering (nothing arrived for too long)</source>
        <translation>сервер жауап беруді тоқтатты (ұзақ уақыт бойы ештеңе келмеді)</translation>
    </message>
    <message>
        <source>the server refused the connection (it may be stopped)</source>
        <translation>сервер қосылудан бас тартты (ол тоқтатылған болуы мүмкін)</translation>
    </message>
    <message>
        <source>the server&apos;s name cannot be found (no network, or a wrong address)</source>
        <translation>сервердің атауы табылмады (желі жоқ немесе мекенжай қате)</translation>
    </message>
    <message>
        <source>the connection was cut before the server answered</source>
        <translation>сервер жауап бергенге дейін байланыс үзілді</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1)</source>
        <translation>сервердің сертификатына сенім жоқ (%1)</translation>
    </message>
    <message>
        <source>the network failed (%1)</source>
        <translation>желі істен шықты (%1)</translation>
    </message>
    <message>
        <source>the server refused the sync account&apos;s name or password</source>
        <translation>сервер синхрондау тіркелгісінің атын немесе құпиясөзін қабылдамады</translation>
    </message>
    <message>
        <source>the server refused: %1</source>
        <translation>сервер бас тартты: %1</translation>
    </message>
    <message>
        <source>the branch database does not exist on the server</source>
        <translation>серверде бөлімшенің дерекқоры жоқ</translation>
    </message>
    <message>
        <source>the server refused a request as too large</source>
        <translation>сервер сұрауды тым үлкен деп қабылдамады</translation>
    </message>
    <message>
        <source>the server failed with HTTP %1</source>
        <translation>сервер HTTP %1 қатесімен істен шықты</translation>
    </message>
    <message>
        <source>the server&apos;s answer cannot be read (HTTP %1, not JSON)</source>
        <translation>сервердің жауабын оқу мүмкін емес (HTTP %1, JSON емес)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1: %2</source>
        <translation>сервер HTTP %1 жауабын берді: %2</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>сервер HTTP %1 жауабын берді</translation>
    </message>
    <message>
        <source>the connection was cut while the server was answering</source>
        <translation>сервер жауап беріп жатқанда байланыс үзілді</translation>
    </message>
    <message>
        <source>the network failed while the server was answering (%1)</source>
        <translation>сервер жауап беріп жатқанда желі істен шықты (%1)</translation>
    </message>
    <message>
        <source>the server refused the administrator&apos;s name or password</source>
        <translation>сервер әкімшінің атын немесе құпиясөзін қабылдамады</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No sync password is stored for %1 (%2): enter it.</source>
        <translation>%1 (%2) үшін синхрондау құпиясөзі сақталмаған: оны енгізіңіз.</translation>
    </message>
    <message>
        <source>This CertDesk has no access to a credential store: enter the sync password each time.</source>
        <translation>Бұл CertDesk тіркелгі деректері қоймасына қол жеткізе алмайды: синхрондау құпиясөзін әр жолы енгізіңіз.</translation>
    </message>
    <message>
        <source>The sync password cannot be kept in the credential store (%1); it will be asked for at sign-in.</source>
        <translation>Синхрондау құпиясөзін тіркелгі деректері қоймасында сақтау мүмкін емес (%1); ол кіру кезінде сұралады.</translation>
    </message>
    <message>
        <source>This CertDesk has no access to a credential store; the sync password will be asked for at sign-in.</source>
        <translation>Бұл CertDesk тіркелгі деректері қоймасына қол жеткізе алмайды; синхрондау құпиясөзі кіру кезінде сұралады.</translation>
    </message>
</context>
<context>
    <name>CustodyService</name>
    <message>
        <source>Arrival date</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Қайтарылған күні</translation>
    </message>
    <message>
        <source>Archiving date</source>
        <translation>Мұрағатқа тапсырылған күні</translation>
    </message>
    <message>
        <source>Case %1: the provider keeps the paper until %2; it can be archived from %3. Leave it in the provider&apos;s custody.</source>
        <translation>%1 ісі: көрсетілетін қызметті беруші қағаз анықтаманы %2 дейін сақтайды; оны %3 бастап мұрағатқа тапсыруға болады. Оны көрсетілетін қызметті берушінің сақтауында қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 was changed outside CertDesk (%2), so CertDesk does not use it. See what else was changed with certdeskctl --db %1 audit verify, then restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this).</source>
        <translation>%1 CertDesk-тен тыс өзгертілген (%2), сондықтан CertDesk оны пайдаланбайды. Тағы не өзгергенін certdeskctl --db %1 audit verify арқылы қараңыз, содан кейін соңғы сақтық көшірмені қалпына келтіріңіз (certdeskctl --db %1 restore BACKUP немесе осы туралы хабарлайтын терезедегі «Қалпына келтіру»).</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 жасалмады: %2</translation>
    </message>
    <message>
        <source>%1 could not be created: the new database, made as %2, kept its journal (%3). Nothing was written to %1 and %2 was removed; try again.</source>
        <translation>%1 жасалмады: %2 ретінде жасалған жаңа дерекқор өз журналын сақтап қалды (%3). %1 ішіне ештеңе жазылмады, %2 жойылды; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>%1 could not be created: the new database was made whole as %2 but could not be renamed to %1 (%3). Nothing was written to %1 and %2 was removed. Check that the folder %4 is writable and has free space, and that no other program (an antivirus scan, a backup tool) holds the file; then try again.</source>
        <translation>%1 жасалмады: жаңа дерекқор %2 ретінде толық жасалды, бірақ %1 атауына ауыстырылмады (%3). %1 ішіне ештеңе жазылмады, %2 жойылды. %4 қалтасына жазуға болатынын және бос орын барын, файлды басқа бағдарлама (антивирустық тексеру, сақтық көшірме құралы) ұстап тұрмағанын тексеріңіз; содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>the rename was refused</source>
        <translation>атауын ауыстыруға рұқсат берілмеді</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>%1 is damaged (%2) and was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this), then run certdeskctl --db %1 audit verify.</source>
        <translation>%1 бүлінген (%2) және пайдаланылмады. Ең соңғы сақтық көшірмені қалпына келтіріңіз (certdeskctl --db %1 restore BACKUP немесе осыны хабарлаған терезедегі «Қалпына келтіру»), содан кейін certdeskctl --db %1 audit verify орындаңыз.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it holds no CertDesk data, as after a write cut short. It was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this), or delete the empty file to start a new database.</source>
        <translation>%1 бос (0 байт): жазу үзіліп қалғандағыдай, онда CertDesk деректері жоқ. Ол пайдаланылмады. Ең соңғы сақтық көшірмені қалпына келтіріңіз (certdeskctl --db %1 restore BACKUP немесе осыны хабарлаған терезедегі «Қалпына келтіру») немесе жаңа дерекқор бастау үшін бос файлды жойыңыз.</translation>
    </message>
    <message>
        <source>%1, the journal of recent changes beside %2, does not belong to it: it comes from another database or another copy of this one. Nothing was changed. If it was copied in by mistake, move %1 (and %2-shm) out of the folder and open %2 again; otherwise restore the latest backup (certdeskctl --db %2 restore BACKUP).</source>
        <translation>%1 — %2 жанындағы соңғы өзгерістер журналы — оған тиесілі емес: ол басқа дерекқордан немесе осы дерекқордың басқа көшірмесінен алынған. Ештеңе өзгертілген жоқ. Егер ол қателесіп көшірілсе, %1 (және %2-shm) файлын қалтадан шығарып, %2 қайта ашыңыз; әйтпесе ең соңғы сақтық көшірмені қалпына келтіріңіз (certdeskctl --db %2 restore BACKUP).</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk database or is damaged: it cannot be read, and was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this).</source>
        <translation>%1 — CertDesk дерекқоры емес немесе бүлінген: оны оқу мүмкін емес, ол пайдаланылмады. Ең соңғы сақтық көшірмені қалпына келтіріңіз (certdeskctl --db %1 restore BACKUP немесе осыны хабарлаған терезедегі «Қалпына келтіру»).</translation>
    </message>
    <message>
        <source>%1 was written by a newer CertDesk (schema %2; this version knows up to %3). Install the newer CertDesk; the file was left untouched.</source>
        <translation>%1 файлын CertDesk-тің жаңа нұсқасы жазған (схема %2; бұл нұсқа %3 дейін біледі). CertDesk-тің жаңа нұсқасын орнатыңыз; файл өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>&quot;%1&quot; is not a date: enter it as DD.MM.YYYY</source>
        <translation>«%1» — күн емес: оны КК.АА.ЖЖЖЖ түрінде енгізіңіз</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the year with 4 digits (DD.MM.YYYY)</source>
        <translation>«%1»: жылды 4 цифрмен жазыңыз (КК.АА.ЖЖЖЖ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2</source>
        <translation>«%1» — күн емес: %2-ай жоқ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the year %2 is out of range</source>
        <translation>«%1» — күн емес: %2 жыл рұқсат етілген аралықтан тыс</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a date: %2 %3 has %n day(s)</source>
        <translation>
            <numerusform>«%1» — күн емес: %3 жылғы %2 айында %n күн бар</numerusform>
            <numerusform>«%1» — күн емес: %3 жылғы %2 айында %n күн бар</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>The printer does not accept the page %1 with these margins; choose another paper size.</source>
        <translation>Принтер %1 бетін осы жиектермен қабылдамайды; басқа қағаз өлшемін таңдаңыз.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written; check the folder and the free space.</source>
        <translation>%1 PDF файлын жазу мүмкін болмады; қалтаны және бос орынды тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Printed on %1.</source>
        <translation>%1 принтерінде басып шығарылды.</translation>
    </message>
    <message>
        <source>Not printed; saved as the PDF file %1.</source>
        <translation>Басып шығарылмады; %1 PDF файлы ретінде сақталды.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Ештеңе басып шығарылмады.</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Ештеңе басып шығарылмады: %1</translation>
    </message>
    <message>
        <source>No printer is chosen for this paper and the computer has no default printer: choose one.</source>
        <translation>Бұл қағазға принтер таңдалмаған, ал компьютерде әдепкі принтер жоқ: принтерді таңдаңыз.</translation>
    </message>
    <message>
        <source>The printer %1 refused the document.</source>
        <translation>%1 принтері құжатты қабылдамады.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Printed on %1, but %2</source>
        <translation>%1 принтерінде басып шығарылды, бірақ %2</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>The printer or the PDF file could not be opened for drawing.</source>
        <translation>Принтерді немесе PDF файлын сызу үшін ашу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The printer or the PDF file failed while the document was drawn.</source>
        <translation>Құжат сызылып жатқанда принтер немесе PDF файлы істен шықты.</translation>
    </message>
</context>
<context>
    <name>EventLines</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>not valid UTF-8 (an overlong, cut or invalid byte sequence): save the file as UTF-8</source>
        <translation>жарамды UTF-8 емес (артық ұзын, үзілген немесе жарамсыз байттар тізбегі): файлды UTF-8 ретінде сақтаңыз</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>the field &quot;%1&quot; holds %2 at character %3: not text CertDesk can store as written</source>
        <translation>«%1» өрісінде %3-таңбада %2 бар: бұл CertDesk жазылғандай сақтай алатын мәтін емес</translation>
    </message>
    <message>
        <source>%1 (half of a surrogate pair without its other half)</source>
        <translation>%1 (суррогат жұбының екінші жартысы жоқ жартысы)</translation>
    </message>
    <message>
        <source>%1 (a byte-order mark)</source>
        <translation>%1 (байт ретінің белгісі)</translation>
    </message>
    <message>
        <source>%1 (a noncharacter)</source>
        <translation>%1 (таңба емес код)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON объектісі емес</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>JSON объектісі емес (%2-байтта %1)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>CertDesk — first start</source>
        <translation>CertDesk — бірінші іске қосу</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator then adds the clerks and supervisors of this branch.</source>
        <translation>Бұл дерекқорда әлі тіркелгілер жоқ. Әкімшінің тіркелгісін құрыңыз: содан кейін әкімші осы бөлімшенің операторлары мен супервайзерлерін қосады.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Л&amp;огин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Құп&amp;иясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Қа&amp;йталау:</translation>
    </message>
</context>
<context>
    <name>FirstRunRestoreDialog</name>
    <message>
        <source>CertDesk — the database cannot be used</source>
        <translation>CertDesk — дерекқорды пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>Choose the latest backup to put in its place. The damaged file is kept beside it, renamed, for an inquiry.</source>
        <translation>Оның орнына қою үшін ең соңғы сақтық көшірмені таңдаңыз. Бүлінген файл тексеру үшін атауы өзгертіліп, жанында сақталады.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Сақтық көшірме файлы</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>the number is empty: enter 12 digits</source>
        <translation>нөмір бос: 12 цифр енгізіңіз</translation>
    </message>
    <message>
        <source>character %1 (&quot;%2&quot;) is not a digit: the number has digits only</source>
        <translation>%1-таңба («%2») цифр емес: нөмір тек цифрлардан тұрады</translation>
    </message>
    <message>
        <source>digits 3-4 give registration month %1, which does not exist</source>
        <translation>3–4-цифрлар тіркеудің %1-айын береді, ондай ай жоқ</translation>
    </message>
    <message>
        <source>digit 6 is %1; a BIN&apos;s attribute digit must be 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm)</source>
        <translation>6-цифр — %1; БСН белгісінің цифры 0 (бас кеңсе), 1 (филиал), 2 (өкілдік) немесе 3 (шаруа қожалығы) болуы керек</translation>
    </message>
    <message>
        <source>no check digit exists for these first 11 digits: the number was mistyped</source>
        <translation>осы алғашқы 11 цифр үшін бақылау цифры болмайды: нөмір қате терілген</translation>
    </message>
    <message>
        <source>the check digit (the last) does not match: the number was mistyped</source>
        <translation>бақылау цифры (соңғысы) сәйкес келмейді: нөмір қате терілген</translation>
    </message>
    <message>
        <source>digit 5 is %1: it is neither the day of birth of an IIN (0-3) nor a BIN&apos;s type (4-6)</source>
        <translation>5-цифр — %1: бұл ЖСН-дегі туған күн (0–3) де, БСН түрі (4–6) де емес</translation>
    </message>
    <message>
        <source>digit 7 is %1; the century-and-sex digit must be 1 to 6</source>
        <translation>7-цифр — %1; ғасыр мен жынысты көрсететін цифр 1-ден 6-ға дейін болуы керек</translation>
    </message>
    <message>
        <source>the first six digits give the birth date %1.%2.%3, which does not exist</source>
        <translation>алғашқы алты цифр %1.%2.%3 туған күнін береді, ондай күн жоқ</translation>
    </message>
    <message>
        <source>resident legal entity</source>
        <translation>резидент заңды тұлға</translation>
    </message>
    <message>
        <source>non-resident legal entity</source>
        <translation>резидент емес заңды тұлға</translation>
    </message>
    <message>
        <source>individual entrepreneur in joint business</source>
        <translation>бірлескен кәсіпкерлік түріндегі жеке кәсіпкер</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>бас кеңсе</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <source>representative office</source>
        <translation>өкілдік</translation>
    </message>
    <message>
        <source>peasant farm</source>
        <translation>шаруа қожалығы</translation>
    </message>
    <message>
        <source>••••</source>
        <translation>••••</translation>
    </message>
    <message numerus="yes">
        <source>the number has %n digit(s); it must have exactly 12</source>
        <translation>
            <numerusform>нөмірде %n цифр бар; дәл 12 цифр болуы керек</numerusform>
            <numerusform>нөмірде %n цифр бар; дәл 12 цифр болуы керек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeApplicantPage</name>
    <message>
        <source>A &amp;legal entity, through its representative</source>
        <translation>&amp;Заңды тұлға, өкілі арқылы</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>&amp;An individual: the person the certificate is about, in person or through a representative</source>
        <translation>&amp;Жеке тұлға: анықтама сұралатын тұлғаның өзі немесе өкілі арқылы</translation>
    </message>
    <message>
        <source>B&amp;IN:</source>
        <translation>&amp;БСН:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>А&amp;тауы:</translation>
    </message>
</context>
<context>
    <name>IntakeChecks</name>
    <message>
        <source>is empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>Fill it in.</source>
        <translation>Толтырыңыз.</translation>
    </message>
    <message>
        <source>Enter the date as DD.MM.YYYY.</source>
        <translation>Күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the 12 digits of the IIN.</source>
        <translation>ЖСН-нің 12 цифрын енгізіңіз.</translation>
    </message>
    <message>
        <source>Check the IIN against the document.</source>
        <translation>ЖСН-ді құжатпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>%1 is a BIN of a legal entity, not an IIN</source>
        <translation>%1 — ЖСН емес, заңды тұлғаның БСН-і</translation>
    </message>
    <message>
        <source>Enter the IIN of the person.</source>
        <translation>Адамның ЖСН-ін енгізіңіз.</translation>
    </message>
    <message>
        <source>the IIN gives the birth date %1, which is after today</source>
        <translation>ЖСН бойынша туған күні %1, бұл бүгіннен кейін</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Ереже: %1.</translation>
    </message>
    <message>
        <source>Enter the 12 digits of the BIN.</source>
        <translation>БСН-нің 12 цифрын енгізіңіз.</translation>
    </message>
    <message>
        <source>Check the BIN against the registration certificate.</source>
        <translation>БСН-ді тіркеу туралы куәлікпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>%1 is the IIN of an individual, not a BIN</source>
        <translation>%1 — БСН емес, жеке тұлғаның ЖСН-і</translation>
    </message>
    <message>
        <source>Enter the legal entity&apos;s BIN.</source>
        <translation>Заңды тұлғаның БСН-ін енгізіңіз.</translation>
    </message>
    <message>
        <source>nothing is entered</source>
        <translation>ештеңе енгізілмеген</translation>
    </message>
    <message>
        <source>%1 is after today</source>
        <translation>%1 бүгіннен кейін</translation>
    </message>
    <message>
        <source>Check the date.</source>
        <translation>Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>Enter the document confirming the change (e.g. marriage certificate).</source>
        <translation>Өзгерісті растайтын құжатты енгізіңіз (мысалы, неке қию туралы куәлік).</translation>
    </message>
    <message>
        <source>a certificate about another adult is issued only on a notarized power of attorney issued by that person</source>
        <translation>басқа кәмелетке толған адам туралы анықтама тек сол адам берген нотариат куәландырған сенімхат бойынша беріледі</translation>
    </message>
    <message>
        <source>Ask for the power of attorney, or for the person to come.</source>
        <translation>Сенімхатты сұраңыз немесе тұлғаның өзі жүгінуін ұсыныңыз.</translation>
    </message>
    <message>
        <source>the power of attorney has no date of issue</source>
        <translation>сенімхатта берілген күні жоқ</translation>
    </message>
    <message>
        <source>an undated power of attorney is void (Civil Code art. 170)</source>
        <translation>күні жоқ сенімхат жарамсыз (Азаматтық кодекстің 170-бабы)</translation>
    </message>
    <message>
        <source>Ask for a dated notarized power of attorney.</source>
        <translation>Нотариат куәландырған, күні көрсетілген сенімхатты сұраңыз.</translation>
    </message>
    <message>
        <source>%1 is before the date of issue %2</source>
        <translation>%1 берілген %2 күнінен бұрын</translation>
    </message>
    <message>
        <source>Check both dates against the power of attorney.</source>
        <translation>Екі күнді де сенімхатпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>the power of attorney is dated %1, after today</source>
        <translation>сенімхат %1 күнімен жасалған, бұл бүгіннен кейін</translation>
    </message>
    <message>
        <source>a power of attorney acts from its date of issue</source>
        <translation>сенімхат берілген күнінен бастап әрекет етеді</translation>
    </message>
    <message>
        <source>Check the date; a power of attorney from the future cannot be accepted.</source>
        <translation>Күнді тексеріңіз: болашақ күнмен жасалған сенімхат қабылданбайды.</translation>
    </message>
    <message>
        <source>it states no term, so it lasted 1 year from %1 and ended on %2</source>
        <translation>онда мерзім көрсетілмеген, сондықтан ол %1 бастап 1 жыл әрекет етіп, %2 аяқталды</translation>
    </message>
    <message>
        <source>its term to %1 is longer than the 3 years the law allows, so it ended on %2</source>
        <translation>оның %1 дейінгі мерзімі заң рұқсат ететін 3 жылдан ұзақ, сондықтан ол %2 аяқталды</translation>
    </message>
    <message>
        <source>its term ended on %1</source>
        <translation>оның мерзімі %1 аяқталды</translation>
    </message>
    <message>
        <source>the power of attorney has expired: %1</source>
        <translation>сенімхаттың мерзімі өтті: %1</translation>
    </message>
    <message>
        <source>a power of attorney lasts its stated term, at most 3 years, and 1 year when no term is stated (Civil Code art. 170)</source>
        <translation>сенімхат көрсетілген мерзімге, ең көбі 3 жылға, мерзімі көрсетілмесе 1 жылға жарамды (Азаматтық кодекстің 170-бабы)</translation>
    </message>
    <message>
        <source>Ask for a new notarized power of attorney.</source>
        <translation>Нотариат куәландырған жаңа сенімхатты сұраңыз.</translation>
    </message>
    <message>
        <source>the power of attorney was issued by IIN %1, not by the person the certificate is about (IIN %2)</source>
        <translation>сенімхатты анықтама сұралатын тұлға (ЖСН %2) емес, ЖСН %1 иесі берген</translation>
    </message>
    <message>
        <source>the principal must be the person the certificate is about</source>
        <translation>сенім білдіруші анықтама сұралатын тұлға болуы керек</translation>
    </message>
    <message>
        <source>Ask for a power of attorney issued by that person.</source>
        <translation>Сол адам берген сенімхатты сұраңыз.</translation>
    </message>
    <message>
        <source>the power of attorney names IIN %1 as the agent, but the one at the counter has IIN %2</source>
        <translation>сенімхатта сенім білдірілген адам ретінде ЖСН %1 көрсетілген, ал өтініш беруші тұлғаның ЖСН-і %2</translation>
    </message>
    <message>
        <source>the agent named in the power of attorney must be the one at the counter</source>
        <translation>сенімхатта аталған сенім білдірілген адам өтініш беруші тұлға болуы керек</translation>
    </message>
    <message>
        <source>Only the agent it names may apply with it.</source>
        <translation>Онымен тек онда аталған сенім білдірілген адам ғана өтініш бере алады.</translation>
    </message>
    <message>
        <source>a certificate about a minor is taken from another person only with a birth certificate linking them as parent and child</source>
        <translation>кәмелетке толмаған бала туралы анықтама басқа адамға тек оларды ата-анасы мен баласы ретінде байланыстыратын туу туралы куәлік болғанда беріледі</translation>
    </message>
    <message>
        <source>A parent or guardian must come with the child&apos;s birth certificate.</source>
        <translation>Ата-анасы немесе қорғаншысы баланың туу туралы куәлігімен келуі керек.</translation>
    </message>
    <message>
        <source>the birth certificate is for the child with IIN %1, not for the person the certificate is about (IIN %2)</source>
        <translation>туу туралы куәлік анықтама сұралатын тұлғаға (ЖСН %2) емес, ЖСН %1 баланың атына берілген</translation>
    </message>
    <message>
        <source>Ask for this child&apos;s birth certificate.</source>
        <translation>Осы баланың туу туралы куәлігін сұраңыз.</translation>
    </message>
    <message>
        <source>the parent on the birth certificate has IIN %1, but the one at the counter has IIN %2</source>
        <translation>туу туралы куәліктегі ата-ананың ЖСН-і %1, ал өтініш беруші тұлғаның ЖСН-і %2</translation>
    </message>
    <message>
        <source>Only a parent named on it may apply with it.</source>
        <translation>Онымен тек онда аталған ата-ана ғана өтініш бере алады.</translation>
    </message>
    <message>
        <source>Enter the parent named on the birth certificate.</source>
        <translation>Туу туралы куәлікте аталған ата-ананы енгізіңіз.</translation>
    </message>
    <message>
        <source>the birth certificate names %1 as the parent, but %2 is at the counter</source>
        <translation>туу туралы куәлікте ата-анасы ретінде %1 аталған, ал өтініш беруші тұлға — %2</translation>
    </message>
    <message>
        <source>a legal entity&apos;s application is brought by its representative</source>
        <translation>заңды тұлғаның өтінішін оның өкілі тапсырады</translation>
    </message>
    <message>
        <source>Choose &quot;a legal entity&apos;s representative&quot;.</source>
        <translation>«Заңды тұлғаның өкілі» дегенді таңдаңыз.</translation>
    </message>
    <message>
        <source>the applicant is an individual, not a legal entity</source>
        <translation>өтініш беруші — заңды тұлға емес, жеке тұлға</translation>
    </message>
    <message>
        <source>Choose another option, or make the applicant a legal entity.</source>
        <translation>Басқа нұсқаны таңдаңыз немесе өтініш берушіні заңды тұлға етіңіз.</translation>
    </message>
    <message>
        <source>is the IIN of the person the certificate is about</source>
        <translation>анықтама сұралатын тұлғаның ЖСН-і</translation>
    </message>
    <message>
        <source>When the person applies themselves, choose &quot;the person themselves&quot;.</source>
        <translation>Тұлға өзі жүгінсе, «тұлғаның өзі» дегенді таңдаңыз.</translation>
    </message>
    <message>
        <source>Ask the person for the code shown in the eGov mobile app.</source>
        <translation>Адамнан eGov mobile қосымшасында көрсетілген кодты сұраңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of the digital documents service (4 to 8 digits)</source>
        <translation>«%1» — цифрлық құжаттар сервисінің коды емес (4–8 цифр)</translation>
    </message>
    <message>
        <source>Ask the person to read the code again.</source>
        <translation>Адамнан кодты қайта оқуды сұраңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number (5 to 20 letters and digits)</source>
        <translation>«%1» — құжат нөмірі емес (5–20 әріп пен цифр)</translation>
    </message>
    <message>
        <source>Copy it from the document.</source>
        <translation>Оны құжаттан көшіріңіз.</translation>
    </message>
    <message>
        <source>the document is dated %1, after today</source>
        <translation>құжат %1 күнімен берілген, бұл бүгіннен кейін</translation>
    </message>
    <message>
        <source>an identity document cannot be issued in the future</source>
        <translation>жеке басын куәландыратын құжат болашақ күнмен берілмейді</translation>
    </message>
    <message>
        <source>Check the date against the document.</source>
        <translation>Күнді құжатпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Check both dates against the document.</source>
        <translation>Екі күнді де құжатпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>the document expired on %1</source>
        <translation>құжаттың мерзімі %1 өтті</translation>
    </message>
    <message>
        <source>the identity document must be valid on the day of application</source>
        <translation>жеке басын куәландыратын құжат өтініш берген күні жарамды болуы керек</translation>
    </message>
    <message>
        <source>Ask for a valid document or an e-document from the eGov app.</source>
        <translation>Жарамды құжатты немесе eGov қосымшасындағы электрондық құжатты сұраңыз.</translation>
    </message>
    <message>
        <source>Choose the country of destination from the list.</source>
        <translation>Тізімнен баратын елді таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the country where the apostilled certificate will be used.</source>
        <translation>Апостиль қойылған анықтама пайдаланылатын елді таңдаңыз.</translation>
    </message>
    <message>
        <source>an apostille is affixed only for countries where the Hague Convention is in force on the day</source>
        <translation>апостиль сол күні Гаага конвенциясы күшінде болатын елдер үшін ғана қойылады</translation>
    </message>
    <message>
        <source>Apply on or after %1, or without an apostille.</source>
        <translation>%1 бастап немесе апостильсіз өтініш беріңіз.</translation>
    </message>
    <message>
        <source>The recipient was told and still wants the apostille.</source>
        <translation>Алушыға түсіндірілді, бірақ ол апостиль қоюды сұрайды.</translation>
    </message>
    <message>
        <source>Tell the recipient before taking any fee; tick &quot;The recipient was told&quot; only if they still want the apostille, or choose &quot;abroad&quot; without one.</source>
        <translation>Ақы алмас бұрын алушыға түсіндіріңіз; «Алушыға түсіндірілді» белгісін ол апостиль қоюды сұраса ғана қойыңыз, әйтпесе апостильсіз «шетелге» дегенді таңдаңыз.</translation>
    </message>
    <message>
        <source>no payment of the state fee of %1 tenge is recorded</source>
        <translation>%1 теңге мемлекеттік баждың төленгені жазылмаған</translation>
    </message>
    <message>
        <source>the apostille is affixed only after the state fee is paid</source>
        <translation>апостиль мемлекеттік баж төленгеннен кейін ғана қойылады</translation>
    </message>
    <message>
        <source>Enter the reference of the payment.</source>
        <translation>Төлем нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter a phone number for notices.</source>
        <translation>Хабарламаға арналған телефон нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter it as +7 7XX XXX XX XX.</source>
        <translation>Оны +7 7XX XXX XX XX түрінде енгізіңіз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a phone number</source>
        <translation>Телефон нөмірінде «%1» болмайды</translation>
    </message>
    <message>
        <source>a number of Kazakhstan has 11 digits with the 7; this one has %1</source>
        <translation>Қазақстан нөмірі 7-мен бірге 11 цифрдан тұрады; мұнда %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>«%1» — телефон нөмірі емес</translation>
    </message>
    <message>
        <source>BIN of the legal entity</source>
        <translation>Заңды тұлғаның БСН-і</translation>
    </message>
    <message>
        <source>Name of the legal entity</source>
        <translation>Заңды тұлғаның атауы</translation>
    </message>
    <message>
        <source>IIN of the person</source>
        <translation>Адамның ЖСН-і</translation>
    </message>
    <message>
        <source>Surname of the person</source>
        <translation>Адамның тегі</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Тұлғаның аты</translation>
    </message>
    <message>
        <source>Patronymic of the person</source>
        <translation>Адамның әкесінің аты</translation>
    </message>
    <message>
        <source>Previous data</source>
        <translation>Бұрынғы деректер</translation>
    </message>
    <message>
        <source>Previous surname</source>
        <translation>Бұрынғы тегі</translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation>Бұрынғы аты</translation>
    </message>
    <message>
        <source>Previous patronymic</source>
        <translation>Бұрынғы әкесінің аты</translation>
    </message>
    <message>
        <source>Previous date of birth</source>
        <translation>Бұрынғы туған күні</translation>
    </message>
    <message>
        <source>Document confirming the change</source>
        <translation>Өзгерісті растайтын құжат</translation>
    </message>
    <message>
        <source>Number of the document confirming the change</source>
        <translation>Өзгерісті растайтын құжаттың нөмірі</translation>
    </message>
    <message>
        <source>Date of the document confirming the change</source>
        <translation>Өзгерісті растайтын құжаттың күні</translation>
    </message>
    <message>
        <source>Who is at the counter</source>
        <translation>Өтініш беруші тұлға</translation>
    </message>
    <message>
        <source>IIN of the one at the counter</source>
        <translation>Өтініш беруші тұлғаның ЖСН-і</translation>
    </message>
    <message>
        <source>Surname of the one at the counter</source>
        <translation>Өтініш беруші тұлғаның тегі</translation>
    </message>
    <message>
        <source>Name of the one at the counter</source>
        <translation>Өтініш беруші тұлғаның аты</translation>
    </message>
    <message>
        <source>Patronymic of the one at the counter</source>
        <translation>Өтініш беруші тұлғаның әкесінің аты</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <source>Power of attorney: notary</source>
        <translation>Сенімхат: нотариус</translation>
    </message>
    <message>
        <source>Power of attorney: registration number of the notarial act</source>
        <translation>Сенімхат: нотариаттық әрекеттің тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Power of attorney: date of issue</source>
        <translation>Сенімхат: берілген күні</translation>
    </message>
    <message>
        <source>Power of attorney: term</source>
        <translation>Сенімхат: мерзімі</translation>
    </message>
    <message>
        <source>Power of attorney: IIN of the principal</source>
        <translation>Сенімхат: сенім білдірушінің ЖСН-і</translation>
    </message>
    <message>
        <source>Power of attorney: IIN of the agent</source>
        <translation>Сенімхат: сенім білдірілген адамның ЖСН-і</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Туу туралы куәлік</translation>
    </message>
    <message>
        <source>Birth certificate: number</source>
        <translation>Туу туралы куәлік: нөмірі</translation>
    </message>
    <message>
        <source>Birth certificate: date of issue</source>
        <translation>Туу туралы куәлік: берілген күні</translation>
    </message>
    <message>
        <source>Birth certificate: IIN of the child</source>
        <translation>Туу туралы куәлік: баланың ЖСН-і</translation>
    </message>
    <message>
        <source>Birth certificate: IIN of the parent</source>
        <translation>Туу туралы куәлік: ата-ананың ЖСН-і</translation>
    </message>
    <message>
        <source>Birth certificate: parent</source>
        <translation>Туу туралы куәлік: ата-анасы</translation>
    </message>
    <message>
        <source>Birth certificate: parent&apos;s surname</source>
        <translation>Туу туралы куәлік: ата-ананың тегі</translation>
    </message>
    <message>
        <source>Birth certificate: parent&apos;s name</source>
        <translation>Туу туралы куәлік: ата-ананың аты</translation>
    </message>
    <message>
        <source>Birth certificate: parent&apos;s patronymic</source>
        <translation>Туу туралы куәлік: ата-ананың әкесінің аты</translation>
    </message>
    <message>
        <source>Identity document: type</source>
        <translation>Жеке басын куәландыратын құжат: түрі</translation>
    </message>
    <message>
        <source>Identity document: number</source>
        <translation>Жеке басын куәландыратын құжат: нөмірі</translation>
    </message>
    <message>
        <source>Identity document: issued by</source>
        <translation>Жеке басын куәландыратын құжат: кім берген</translation>
    </message>
    <message>
        <source>Identity document: date of issue</source>
        <translation>Жеке басын куәландыратын құжат: берілген күні</translation>
    </message>
    <message>
        <source>Identity document: valid until</source>
        <translation>Жеке басын куәландыратын құжат: жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>E-document code</source>
        <translation>Электрондық құжаттың коды</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Баратын елі</translation>
    </message>
    <message>
        <source>State fee: payment reference</source>
        <translation>Мемлекеттік баж: төлем нөмірі</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Хабарламаға арналған телефон</translation>
    </message>
    <message numerus="yes">
        <source>none is recorded, and the person is an adult (%n year(s) old) presented by someone else</source>
        <translation>
            <numerusform>сенімхат көрсетілмеген, ал тұлға кәмелетке толған (%n жаста) және оның атынан басқа адам жүгінді</numerusform>
            <numerusform>сенімхат көрсетілмеген, ал тұлға кәмелетке толған (%n жаста) және оның атынан басқа адам жүгінді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the person is a minor (%n year(s) old today) and the one at the counter shows no birth certificate linking them</source>
        <translation>
            <numerusform>тұлға кәмелетке толмаған (бүгін %n жаста), ал өтініш беруші тұлға олардың туыстығын растайтын туу туралы куәлікті көрсетпеді</numerusform>
            <numerusform>тұлға кәмелетке толмаған (бүгін %n жаста), ал өтініш беруші тұлға олардың туыстығын растайтын туу туралы куәлікті көрсетпеді</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the previous surname, name, patronymic or birth date that changed, or untick &quot;The surname, name, patronymic or date of birth changed&quot;.</source>
        <translation>Өзгерген бұрынғы тегін, атын, әкесінің атын немесе туған күнін енгізіңіз не «Тегі, аты, әкесінің аты немесе туған күні өзгерген» белгісін алып тастаңыз.</translation>
    </message>
    <message>
        <source>an apostille is affixed only for countries where the Hague Convention of 5 October 1961 is in force; no override applies</source>
        <translation>апостиль 1961 жылғы 5 қазандағы Гаага конвенциясы күшінде болатын елдер үшін ғана қойылады; супервайзердің рұқсаты қолданылмайды</translation>
    </message>
    <message>
        <source>Take it for travel abroad without an apostille: the consulate legalizes the paper certificate; no state fee is taken.</source>
        <translation>Өтінішті шетелге шығу үшін апостильсіз қабылдаңыз: қағаз анықтаманы консулдық заңдастырады; мемлекеттік баж алынбайды.</translation>
    </message>
</context>
<context>
    <name>IntakeIdentityPage</name>
    <message>
        <source>Document &amp;type:</source>
        <translation>Құжат &amp;түрі:</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>&amp;Берілген күні:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Жарамдылық мерзімі:</translation>
    </message>
    <message>
        <source>E-document &amp;code:</source>
        <translation>&amp;Электрондық құжат коды:</translation>
    </message>
    <message>
        <source>the code the person reads from the eGov mobile app</source>
        <translation>адам eGov mobile қосымшасынан оқитын код</translation>
    </message>
    <message>
        <source>Record the details only: collecting paper copies of identity documents is banned (Law 44-VIII).</source>
        <translation>Тек деректемелерін жазыңыз: жеке басын куәландыратын құжаттардың қағаз көшірмелерін жинауға тыйым салынған (44-VIII Заң).</translation>
    </message>
    <message>
        <source>Numbe&amp;r:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>Issue&amp;d by:</source>
        <translation>К&amp;ім берген:</translation>
    </message>
</context>
<context>
    <name>IntakePresenterPage</name>
    <message>
        <source>&amp;Who is at the counter:</source>
        <translation>&amp;Өтініш беруші тұлға:</translation>
    </message>
    <message>
        <source>The one at the counter</source>
        <translation>Өтініш беруші тұлға</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Ат&amp;ы:</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>бар болса</translation>
    </message>
    <message>
        <source>Notarized power of attorney</source>
        <translation>Нотариат куәландырған сенімхат</translation>
    </message>
    <message>
        <source>No&amp;tary:</source>
        <translation>Н&amp;отариус:</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>Берілген к&amp;үні:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; an undated power of attorney is void</source>
        <translation>КК.АА.ЖЖЖЖ; күні жоқ сенімхат жарамсыз</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Жарамдылық &amp;мерзімі:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; empty when it states no term (1 year)</source>
        <translation>КК.АА.ЖЖЖЖ; мерзімі көрсетілмесе бос қалдырыңыз (1 жыл)</translation>
    </message>
    <message>
        <source>who gave it, as written in it</source>
        <translation>кім берген, онда жазылғандай</translation>
    </message>
    <message>
        <source>IIN of the a&amp;gent:</source>
        <translation>Сенім біл&amp;дірілген адамның ЖСН-і:</translation>
    </message>
    <message>
        <source>who it is given to, as written in it</source>
        <translation>кімге берілген, онда жазылғандай</translation>
    </message>
    <message>
        <source>The child&apos;s birth certificate</source>
        <translation>Баланың туу туралы куәлігі</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>&amp;Child&apos;s IIN:</source>
        <translation>Ба&amp;ланың ЖСН-і:</translation>
    </message>
    <message>
        <source>as written in it</source>
        <translation>онда жазылғандай</translation>
    </message>
    <message>
        <source>if written in it</source>
        <translation>онда жазылған болса</translation>
    </message>
    <message>
        <source>Parent&apos;s su&amp;rname:</source>
        <translation>Ата-ананың т&amp;егі:</translation>
    </message>
    <message>
        <source>the parent named in it</source>
        <translation>онда аталған ата-анасы</translation>
    </message>
    <message>
        <source>Parent&apos;s na&amp;me:</source>
        <translation>Ата-ананың а&amp;ты:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>Те&amp;гі:</translation>
    </message>
    <message>
        <source>Patron&amp;ymic:</source>
        <translation>&amp;Әкесінің аты:</translation>
    </message>
    <message>
        <source>Registration number of the notaria&amp;l act:</source>
        <translation>Нотариатты&amp;қ әрекеттің тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>IIN of t&amp;he principal:</source>
        <translation>Сенім білдірушінің ЖСН-&amp;і:</translation>
    </message>
    <message>
        <source>Numb&amp;er:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>Date o&amp;f issue:</source>
        <translation>&amp;Берілген күні:</translation>
    </message>
    <message>
        <source>&amp;Parent&apos;s IIN:</source>
        <translation>Ата-ананы&amp;ң ЖСН-і:</translation>
    </message>
</context>
<context>
    <name>IntakePurposePage</name>
    <message>
        <source>For use in &amp;Kazakhstan: electronic result</source>
        <translation>&amp;Қазақстанда пайдалану үшін: электрондық нәтиже</translation>
    </message>
    <message>
        <source>For travel &amp;abroad: paper certificate</source>
        <translation>&amp;Шетелге шығу үшін: қағаз анықтама</translation>
    </message>
    <message>
        <source>Abroad with an a&amp;postille: paper certificate, state fee</source>
        <translation>Апостильмен шетелге: қағаз анықтама, &amp;мемлекеттік баж</translation>
    </message>
    <message>
        <source>&amp;Country of destination:</source>
        <translation>&amp;Баратын елі:</translation>
    </message>
    <message>
        <source>The recipient was &amp;told that no apostille is needed and still wants one</source>
        <translation>Алушыға апостиль қажет емес екені &amp;түсіндірілді, бірақ ол апостиль қоюды сұрайды</translation>
    </message>
    <message>
        <source>State fee:</source>
        <translation>Мемлекеттік баж:</translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation>Төлем &amp;нөмірі:</translation>
    </message>
    <message>
        <source>receipt or transaction number of the paid fee</source>
        <translation>төленген баждың түбіртек немесе транзакция нөмірі</translation>
    </message>
    <message>
        <source>P&amp;hone for notices:</source>
        <translation>Хабарламаға арналған т&amp;елефон:</translation>
    </message>
    <message>
        <source>+7 7XX XXX XX XX</source>
        <translation>+7 7XX XXX XX XX</translation>
    </message>
    <message>
        <source>Take it abroad &amp;without an apostille</source>
        <translation>Апостильсі&amp;з шетелге ресімдеу</translation>
    </message>
    <message>
        <source>Notice lang&amp;uage:</source>
        <translation>Хабарлама т&amp;ілі:</translation>
    </message>
    <message>
        <source>A&amp;grees to SMS notices to this phone</source>
        <translation>Осы нөмірге SMS-хабарламаға келісе&amp;ді</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>There is no refused check to override.</source>
        <translation>Рұқсат етуге болатын өтпеген тексеріс жоқ.</translation>
    </message>
    <message>
        <source>%1 This is an error in what was entered, not a rule a supervisor may waive: correct it.</source>
        <translation>%1 Бұл — енгізілген деректердегі қате, супервайзер рұқсат бере алатын ереже емес: оны түзетіңіз.</translation>
    </message>
    <message>
        <source>Reason: write why the check may be passed (at least 5 characters); it is recorded with the case.</source>
        <translation>Себебі: тексерістен неге өтуге болатынын жазыңыз (кемінде 5 таңба); ол іспен бірге жазылады.</translation>
    </message>
    <message>
        <source>Supervisor: enter the supervisor&apos;s login and password.</source>
        <translation>Супервайзер: супервайзердің логині мен құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>%1 has the role %2, which may not override a check; ask a supervisor.</source>
        <translation>%1 пайдаланушысының рөлі — %2, ол тексерістен өткізуге рұқсат бере алмайды; супервайзерден сұраңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n problem(s) remain.</source>
        <translation>
            <numerusform>Ештеңе сақталған жоқ: %n мәселе қалды.</numerusform>
            <numerusform>Ештеңе сақталған жоқ: %n мәселе қалды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was saved. Try again in a moment.</source>
        <translation>Дерекқор бос емес немесе тек оқуға арналған; ештеңе сақталған жоқ. Біраздан кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Ештеңе сақталған жоқ. %1</translation>
    </message>
    <message>
        <source>%1 The law makes it useless, so no supervisor may let it pass.</source>
        <translation>%1 Заң бойынша бұл пайдасыз, сондықтан оған ешбір супервайзер рұқсат бере алмайды.</translation>
    </message>
    <message>
        <source>%1 ₸ (%2 MCI; MCI %3 = %4 ₸)</source>
        <translation>%1 ₸ (%2 АЕК; %3 жылғы АЕК = %4 ₸)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ештеңе сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>IntakeSubjectPage</name>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>12 digits; birth date and sex come from it</source>
        <translation>12 цифр; туған күні мен жынысы соған қарап анықталады</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Әкесінің аты:</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>бар болса</translation>
    </message>
    <message>
        <source>The surname, name, patronymic or date of birth &amp;changed (the information systems may not know it)</source>
        <translation>Тегі, аты, әкесінің аты немесе туған күні &amp;өзгерген (ақпараттық жүйелер мұны білмеуі мүмкін)</translation>
    </message>
    <message>
        <source>Previous data and the document confirming the change</source>
        <translation>Бұрынғы деректер және өзгерісті растайтын құжат</translation>
    </message>
    <message>
        <source>Previous surname:</source>
        <translation>Бұрынғы тегі:</translation>
    </message>
    <message>
        <source>only what changed</source>
        <translation>тек өзгергенін ғана</translation>
    </message>
    <message>
        <source>Previous name:</source>
        <translation>Бұрынғы аты:</translation>
    </message>
    <message>
        <source>Previous patronymic:</source>
        <translation>Бұрынғы әкесінің аты:</translation>
    </message>
    <message>
        <source>Previous date of birth:</source>
        <translation>Бұрынғы туған күні:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Confirming document:</source>
        <translation>Растайтын құжат:</translation>
    </message>
    <message>
        <source>Its number:</source>
        <translation>Оның нөмірі:</translation>
    </message>
    <message>
        <source>Its date:</source>
        <translation>Оның күні:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кім берген:</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Ат&amp;ы:</translation>
    </message>
</context>
<context>
    <name>InterimNoticeDocument</name>
    <message>
        <source>State Corporation &quot;Government for Citizens&quot;</source>
        <translation>«Азаматтарға арналған үкімет» мемлекеттік корпорациясы</translation>
    </message>
    <message>
        <source>Interim response</source>
        <translation>Аралық жауап</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Қолхат нөмірі</translation>
    </message>
    <message>
        <source>Date the application was submitted</source>
        <translation>Өтініш берілген күн</translation>
    </message>
    <message>
        <source>Person the certificate is about</source>
        <translation>Анықтама сұралатын тұлға</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>The service provider is carrying out an additional identification check of persons with similar personal data, so the certificate cannot be issued within the set time.</source>
        <translation>Көрсетілетін қызметті беруші дербес деректері ұқсас адамдар бойынша қосымша сәйкестендіру тексерісін жүргізуде, сондықтан анықтама белгіленген мерзімде берілмейді.</translation>
    </message>
    <message>
        <source>May apply again from</source>
        <translation>Қайта жүгінуге болатын күн</translation>
    </message>
    <message>
        <source>Interim response due</source>
        <translation>Аралық жауап беру мерзімі</translation>
    </message>
    <message>
        <source>Interim response given</source>
        <translation>Аралық жауап берілген күн</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Берген</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Алған</translation>
    </message>
    <message>
        <source>You may apply again from %1: the working days of the term are counted from the day the service provider received the application.</source>
        <translation>%1 ж. бастап қайта жүгінуге болады: мерзімнің жұмыс күндері көрсетілетін қызметті беруші өтінішті алған күннен бастап есептеледі.</translation>
    </message>
</context>
<context>
    <name>IssuanceChecks</name>
    <message>
        <source>%1 № %2</source>
        <translation>%1 № %2</translation>
    </message>
    <message>
        <source>%1 was recorded at intake; %2 is shown now</source>
        <translation>өтінішті қабылдау кезінде жазылғаны: %1; қазір көрсетілгені: %2</translation>
    </message>
    <message>
        <source>A renewed document is normal: check that it is the same person. Both numbers are recorded with the handing over.</source>
        <translation>Құжаттың жаңартылуы қалыпты жағдай: бұл сол тұлға екенін тексеріңіз. Екі нөмір де анықтаманы беру кезінде тіркеледі.</translation>
    </message>
</context>
<context>
    <name>IssuanceJournalDocument</name>
    <message>
        <source>representative</source>
        <translation>өкілі</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>ата-анасы</translation>
    </message>
    <message>
        <source>legal entity&apos;s representative</source>
        <translation>заңды тұлға өкілі</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>өзі</translation>
    </message>
    <message>
        <source>Journal of issued certificates</source>
        <translation>Анықтамаларды беру журналы</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Journal of issued certificates of no criminal record</source>
        <translation>Соттылығының бар-жоғы туралы анықтамаларды беру журналы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date, time</source>
        <translation>Күні, уақыты</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Certificate about</source>
        <translation>Анықтама берілген тұлға</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген қызметкер</translation>
    </message>
    <message>
        <source>Collector&apos;s signature</source>
        <translation>Алушының қолы</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <source>Total issued: %1</source>
        <translation>Барлығы берілді: %1</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>жеке куәлік</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>тұруға ықтиярхат</translation>
    </message>
    <message>
        <source>stateless person&apos;s certificate</source>
        <translation>азаматтығы жоқ адамның куәлігі</translation>
    </message>
    <message>
        <source>digital document</source>
        <translation>цифрлық құжат</translation>
    </message>
    <message>
        <source>notary</source>
        <translation>нотариус</translation>
    </message>
    <message>
        <source>Document (type, No., issued by, valid to), power of attorney</source>
        <translation>Құжат (түрі, №, кім берген, жарамдылық мерзімі), сенімхат</translation>
    </message>
</context>
<context>
    <name>IssuanceService</name>
    <message>
        <source>Receipt number %1 is not valid (%2); scan the receipt again or retype the number.</source>
        <translation>%1 қолхат нөмірі жарамсыз (%2); қолхатты қайта сканерлеңіз немесе нөмірді қайта теріңіз.</translation>
    </message>
    <message>
        <source>No case matches &quot;%1&quot;; scan the receipt&apos;s QR code, type the receipt number, or type the person&apos;s 12-digit IIN.</source>
        <translation>«%1» бойынша іс табылмады; қолхаттың QR кодын сканерлеңіз, қолхат нөмірін немесе адамның 12 таңбалы ЖСН-ін теріңіз.</translation>
    </message>
    <message>
        <source>No case matches &quot;%1&quot;.</source>
        <translation>«%1» бойынша іс табылмады.</translation>
    </message>
    <message>
        <source>Case %1 is %2: a paper certificate is issued only while it is at the branch.</source>
        <translation>%1 ісі — %2: қағаз анықтама ол бөлімшеде болғанда ғана беріледі.</translation>
    </message>
    <message>
        <source>The certificate cannot be handed over: %1</source>
        <translation>Анықтаманы беру мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Case %1 has no paper certificate to print: record the provider&apos;s certificate first.</source>
        <translation>%1 ісінде басып шығаратын қағаз анықтама жоқ: алдымен көрсетілетін қызметті берушінің анықтамасын жазыңыз.</translation>
    </message>
    <message>
        <source>The journal&apos;s period is not valid; choose a first day on or before the last day.</source>
        <translation>Журнал кезеңі жарамсыз; бірінші күнді соңғы күнге дейін немесе сол күні таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Receipt %1 is on %n cases (%2): two workstations issued the same number. Type the IIN of the person the certificate is about, from their documents, to be sure this is their case.</source>
        <translation>
            <numerusform>%1 қолхаты %n іске тиесілі (%2): екі жұмыс орны бірдей нөмір берген. Бұл сол адамның ісі екеніне көз жеткізу үшін анықтама кім туралы болса, сол адамның ЖСН-ін оның құжаттарынан енгізіңіз.</numerusform>
            <numerusform>%1 қолхаты %n іске тиесілі (%2): екі жұмыс орны бірдей нөмір берген. Бұл сол адамның ісі екеніне көз жеткізу үшін анықтама кім туралы болса, сол адамның ЖСН-ін оның құжаттарынан енгізіңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIN %1 is the IIN of %2, whose case has the same receipt number: open that case (search by the IIN) and issue its certificate there.</source>
        <translation>%1 — %2 адамның ЖСН-і, оның ісінің қолхат нөмірі осындай: сол істі ашып (ЖСН бойынша іздеңіз), анықтаманы сонда беріңіз.</translation>
    </message>
    <message>
        <source>IIN %1 is the IIN of neither person with receipt %2 (%3): check the IIN on the documents.</source>
        <translation>%1 ЖСН-і %2 қолхаты бар адамдардың ешқайсысына тиесілі емес (%3): құжаттардағы ЖСН-ді тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>CertDesk — locked</source>
        <translation>CertDesk — бұғатталған</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Қ&amp;ұпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Бұғаттан шығару</translation>
    </message>
    <message>
        <source>Another person at this counter</source>
        <translation>Осы терезедегі басқа адам</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>І&amp;здеу:</translation>
    </message>
    <message>
        <source>Receipt number (scan it), IIN or surname — then Enter</source>
        <translation>Қолхат нөмірі (сканерлеңіз), ЖСН немесе тегі — содан кейін Enter</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>Su&amp;bmitted:</source>
        <translation>Қа&amp;былданған:</translation>
    </message>
</context>
<context>
    <name>NameNormalizer</name>
    <message>
        <source>contains the digit &quot;%1&quot;: a name has letters only</source>
        <translation>«%1» цифры бар: аты-жөні тек әріптерден тұрады</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which is not a letter, a hyphen or an apostrophe</source>
        <translation>құрамында әріп, дефис немесе апостроф емес «%1» бар</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, a letter of neither the Cyrillic nor the Latin alphabet</source>
        <translation>құрамында кириллица да, латын әліпбиі де емес «%1» әрпі бар</translation>
    </message>
    <message>
        <source>mixes Cyrillic (&quot;%1&quot;) and Latin (&quot;%2&quot;) letters: retype it in one alphabet, as in the identity document</source>
        <translation>кириллица («%1») мен латын («%2») әріптері аралас: жеке басын куәландыратын құжаттағыдай бір әліпбимен қайта теріңіз</translation>
    </message>
    <message>
        <source>Cyrillic letters that look Latin (%1) were made Latin</source>
        <translation>Латын әрпіне ұқсайтын кириллица әріптері (%1) латынға ауыстырылды</translation>
    </message>
    <message>
        <source>Latin letters that look Cyrillic (%1) were made Cyrillic</source>
        <translation>кириллицаға ұқсайтын латын әріптері (%1) кириллицаға ауыстырылды</translation>
    </message>
    <message>
        <source>spaces and punctuation were tidied</source>
        <translation>бос орындар мен тыныс белгілері реттелді</translation>
    </message>
    <message numerus="yes">
        <source>is %n character(s) long; a name has at most %1</source>
        <translation>
            <numerusform>ұзындығы %n таңба; аты-жөнінде ең көбі %1 таңба болады</numerusform>
            <numerusform>ұзындығы %n таңба; аты-жөнінде ең көбі %1 таңба болады</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>Workstation &quot;%1&quot; is not a device id: copy it from &quot;certdeskctl device show&quot; on that workstation.</source>
        <translation>«%1» — жұмыс орнының идентификаторы емес: оны сол жұмыс орнында «certdeskctl device show» арқылы көшіріп алыңыз.</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <source>SMS notices</source>
        <translation>SMS-хабарламалар</translation>
    </message>
    <message>
        <source>The branch&apos;s SMS gateway, as its provider gave it. Only the notifier workstation sends; the secret is kept in the system&apos;s credential store, never in the database.</source>
        <translation>Бөлімшенің SMS шлюзі, провайдер бергендей. Хабарламаларды тек жіберуші жұмыс орны жібереді; құпия сөз деректер қорында емес, жүйенің тіркелгі деректері қоймасында сақталады.</translation>
    </message>
    <message>
        <source>Gateway &amp;address:</source>
        <translation>Шлюз &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Жіберуші &amp;атауы:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>&amp;Құпия сөз:</translation>
    </message>
    <message>
        <source>Make this workstation the no&amp;tifier</source>
        <translation>Хабарламаларды осы жұмыс орны &amp;жіберсін</translation>
    </message>
</context>
<context>
    <name>NoticeStore</name>
    <message>
        <source>The notice %1 was already sent.</source>
        <translation>%1 хабарламасы бұрын жіберілген.</translation>
    </message>
    <message>
        <source>There is no notice %1.</source>
        <translation>%1 хабарламасы жоқ.</translation>
    </message>
</context>
<context>
    <name>NotifierDesignation</name>
    <message>
        <source>No workstation of the branch is set to send the notices.</source>
        <translation>Бөлімшеде хабарлама жіберетін жұмыс орны белгіленбеген.</translation>
    </message>
    <message>
        <source>Workstation %1 sends the notices, not this one.</source>
        <translation>Хабарламаларды осы емес, %1 жұмыс орны жібереді.</translation>
    </message>
    <message numerus="yes">
        <source>This workstation has not exchanged with the server for over %n minute(s): it sends no notice until it does, since another workstation may have been made the notifier meanwhile.</source>
        <translation>
            <numerusform>Бұл жұмыс орны сервермен %n минуттан астам алмаспады: алмасқанша хабарлама жібермейді, өйткені осы уақытта басқа жұмыс орны жіберуші болып белгіленуі мүмкін.</numerusform>
            <numerusform>Бұл жұмыс орны сервермен %n минуттан астам алмаспады: алмасқанша хабарлама жібермейді, өйткені осы уақытта басқа жұмыс орны жіберуші болып белгіленуі мүмкін.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation was made the notifier; it starts once the change has reached the server.</source>
        <translation>Бұл жұмыс орны хабарлама жіберуші болып белгіленді; өзгеріс серверге жеткенде бастайды.</translation>
    </message>
    <message numerus="yes">
        <source>This workstation was made the notifier; it starts in %n minute(s), when the previous one has surely stopped.</source>
        <translation>
            <numerusform>Бұл жұмыс орны хабарлама жіберуші болып белгіленді; %n минуттан кейін, алдыңғысы міндетті түрде тоқтағанда бастайды.</numerusform>
            <numerusform>Бұл жұмыс орны хабарлама жіберуші болып белгіленді; %n минуттан кейін, алдыңғысы міндетті түрде тоқтағанда бастайды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Supervisor override</source>
        <translation>Супервайзердің рұқсаты</translation>
    </message>
    <message>
        <source>Supervisor &amp;login:</source>
        <translation>Супервайзер &amp;логині:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>why the check may be passed; recorded with the case</source>
        <translation>тексерістен неге өтуге болатыны; іспен бірге жазылады</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password contains a control character; use letters, digits and punctuation only.</source>
        <translation>Құпиясөзде басқару таңбасы бар; тек әріптерді, цифрларды және тыныс белгілерін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The password needs at least one letter and one digit; add the missing kind.</source>
        <translation>Құпиясөзде кемінде бір әріп және бір цифр болуы керек; жетіспейтінін қосыңыз.</translation>
    </message>
    <message>
        <source>The password repeats too few different characters; choose one with at least four different characters.</source>
        <translation>Құпиясөзде әртүрлі таңбалар тым аз; кемінде төрт түрлі таңбасы бар құпиясөз таңдаңыз.</translation>
    </message>
    <message>
        <source>The password contains the login &quot;%1&quot;; choose one that does not.</source>
        <translation>Құпиясөзде «%1» логині бар; онсыз құпиясөз таңдаңыз.</translation>
    </message>
    <message>
        <source>The password is on every list of common passwords; choose another one.</source>
        <translation>Бұл құпиясөз жиі қолданылатын құпиясөздердің бәрінің тізімінде бар; басқасын таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s), with at least one letter and one digit, not containing the login.</source>
        <translation>
            <numerusform>Кемінде %n таңба, кемінде бір әріп және бір цифр, логинсіз.</numerusform>
            <numerusform>Кемінде %n таңба, кемінде бір әріп және бір цифр, логинсіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password has %n character(s); use at least %1, with letters and digits.</source>
        <translation>
            <numerusform>Құпиясөзде %n таңба бар; әріптер мен цифрлардан кемінде %1 таңба пайдаланыңыз.</numerusform>
            <numerusform>Құпиясөзде %n таңба бар; әріптер мен цифрлардан кемінде %1 таңба пайдаланыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is longer than %n character(s); choose a shorter one.</source>
        <translation>
            <numerusform>Құпиясөз %n таңбадан ұзын; қысқарағын таңдаңыз.</numerusform>
            <numerusform>Құпиясөз %n таңбадан ұзын; қысқарағын таңдаңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printers</source>
        <translation>Принтерлер</translation>
    </message>
    <message>
        <source>Documents go straight to these printers of this computer, one key each.</source>
        <translation>Құжаттар бір пернемен бірден осы компьютердің мына принтерлеріне жіберіледі.</translation>
    </message>
    <message>
        <source>&amp;Receipts and notices (A5):</source>
        <translation>&amp;Қолхаттар мен аралық жауаптар (A5):</translation>
    </message>
    <message>
        <source>Show a pre&amp;view before printing</source>
        <translation>&amp;Басып шығару алдында алдын ала көрсету</translation>
    </message>
    <message>
        <source>&amp;Applications, certificates, acts, journals (A4):</source>
        <translation>&amp;Өтініштер, анықтамалар, актілер, журналдар (A4):</translation>
    </message>
</context>
<context>
    <name>PurgeService</name>
    <message>
        <source>%1 is signed in as %2; removing personal data is for a supervisor or an administrator.</source>
        <translation>%1 %2 ретінде кірген; дербес деректерді жою супервайзерге немесе әкімшіге ғана рұқсат.</translation>
    </message>
    <message>
        <source>The retention setting privacy.retention_months is %1; set it to a number of months of at least 1.</source>
        <translation>privacy.retention_months сақтау баптауы %1; ай санын кемінде 1 етіп орнатыңыз.</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>For use in Kazakhstan, in electronic form</source>
        <translation>Қазақстанда пайдалану үшін, электрондық түрде</translation>
    </message>
    <message>
        <source>For travel abroad, on paper</source>
        <translation>Шетелге шығу үшін, қағаз түрінде</translation>
    </message>
    <message>
        <source>For travel abroad, with an apostille, on paper</source>
        <translation>Шетелге шығу үшін, апостильмен, қағаз түрінде</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Өтініш берушінің өзі</translation>
    </message>
    <message>
        <source>Representative %1 (notarized power of attorney)</source>
        <translation>Өкіл %1 (нотариат куәландырған сенімхат бойынша)</translation>
    </message>
    <message>
        <source>Parent (guardian) %1</source>
        <translation>Ата-анасы (қорғаншысы) %1</translation>
    </message>
    <message>
        <source>Representative of the legal entity %1</source>
        <translation>Заңды тұлғаның өкілі %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 ж. дейін</translation>
    </message>
    <message>
        <source>The result will be sent to the personal account on the eGov portal; there is no need to come to the branch again.</source>
        <translation>Нәтиже eGov порталындағы жеке кабинетке жіберіледі; бөлімшеге қайта келудің қажеті жоқ.</translation>
    </message>
    <message>
        <source>A notice will be sent to the phone: %1</source>
        <translation>Хабарлама телефон нөміріне жіберіледі: %1</translation>
    </message>
    <message>
        <source>An identity document (or the digital document in the eGov mobile app).</source>
        <translation>Жеке басын куәландыратын құжат (немесе eGov mobile қосымшасындағы цифрлық құжат).</translation>
    </message>
    <message>
        <source>This receipt.</source>
        <translation>Осы қолхат.</translation>
    </message>
    <message>
        <source>If a representative collects it: the representative&apos;s identity document and the notarized power of attorney.</source>
        <translation>Өкіл арқылы алғанда — өкілдің жеке басын куәландыратын құжаты және нотариат куәландырған сенімхат.</translation>
    </message>
    <message>
        <source>The certificate is kept at the branch for one month from the day it arrives, then handed over to the service provider.</source>
        <translation>Анықтама бөлімшеге келген күннен бастап бір ай сақталады, содан кейін көрсетілетін қызметті берушіге жіберіледі.</translation>
    </message>
    <message>
        <source>We will tell you by phone when the certificate arrives: %1</source>
        <translation>Анықтаманың келіп түскені туралы телефон нөміріне хабарланады: %1</translation>
    </message>
    <message>
        <source>Keep this receipt until you receive the result</source>
        <translation>Нәтижені алғанға дейін қолхатты сақтаңыз</translation>
    </message>
    <message>
        <source>State Corporation &quot;Government for Citizens&quot;</source>
        <translation>«Азаматтарға арналған үкімет» мемлекеттік корпорациясы</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Receipt for accepted documents</source>
        <translation>Құжаттарды қабылдау туралы қолхат</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Қолхат нөмірі</translation>
    </message>
    <message>
        <source>Date and time of acceptance</source>
        <translation>Қабылданған күні мен уақыты</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Мемлекеттік көрсетілетін қызмет</translation>
    </message>
    <message>
        <source>Issuance of a certificate of no criminal record</source>
        <translation>Соттылығының бар-жоғы туралы анықтама беру</translation>
    </message>
    <message>
        <source>Applicant (legal entity)</source>
        <translation>Өтініш беруші (заңды тұлға)</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Person the certificate is about</source>
        <translation>Анықтама сұралатын тұлға</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Documents submitted by</source>
        <translation>Құжаттарды тапсырушы</translation>
    </message>
    <message>
        <source>Purpose and form of the result</source>
        <translation>Мақсаты және нәтиже нысаны</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Баратын елі</translation>
    </message>
    <message>
        <source>State fee for the apostille</source>
        <translation>Апостиль үшін мемлекеттік баж</translation>
    </message>
    <message>
        <source>Service delivery time</source>
        <translation>Қызмет көрсету мерзімі</translation>
    </message>
    <message>
        <source>To collect the result</source>
        <translation>Нәтижені алу үшін</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Қабылдаған</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>until %1, %2</source>
        <translation>%1 ж. сағат %2 дейін</translation>
    </message>
    <message>
        <source>%1 ₸ (%2 MCI), payment: %3</source>
        <translation>%1 ₸ (%2 АЕК), төлем нөмірі: %3</translation>
    </message>
</context>
<context>
    <name>ReceiptNumber</name>
    <message>
        <source>The branch code &quot;%1&quot; is not 4 digits: a technician must set branch.code before receipts can be numbered</source>
        <translation>«%1» бөлімше коды 4 цифрдан тұрмайды: қолхаттарға нөмір беру үшін техник branch.code баптауын орнатуы керек</translation>
    </message>
    <message>
        <source>The workstation number %1 is not between 1 and 99: a technician must set branch.workstation, unique within the branch</source>
        <translation>%1 жұмыс орнының нөмірі 1 мен 99 аралығында емес: техник бөлімше ішінде бірегей branch.workstation баптауын орнатуы керек</translation>
    </message>
    <message>
        <source>The date %1 cannot be written in a receipt number</source>
        <translation>%1 күнін қолхат нөміріне жазу мүмкін емес</translation>
    </message>
    <message>
        <source>The receipt number is empty: type or scan its 17 digits</source>
        <translation>Қолхат нөмірі бос: оның 17 цифрын теріңіз немесе сканерлеңіз</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the receipt number is not a digit: a receipt number has 17 digits</source>
        <translation>Қолхат нөмірінің %1-таңбасы («%2») цифр емес: қолхат нөмірі 17 цифрдан тұрады</translation>
    </message>
    <message>
        <source>The receipt number %1 fails its check digit: a digit was mistyped or two were swapped; check it against the receipt</source>
        <translation>%1 қолхат нөмірі бақылау цифрынан өтпейді: бір цифр қате терілген немесе екі цифрдың орны ауысқан; қолхатпен салыстырыңыз</translation>
    </message>
    <message>
        <source>Digits 7-12 of the receipt number %1 are not a date (YYMMDD)</source>
        <translation>%1 қолхат нөмірінің 7–12 цифрлары күн емес (ЖЖААКК)</translation>
    </message>
    <message>
        <source>The receipt number %1 has a zero workstation or sequence: no workstation issues such a number</source>
        <translation>%1 қолхат нөмірінде жұмыс орны немесе реттік нөмір нөлге тең: мұндай нөмірді ешбір жұмыс орны бермейді</translation>
    </message>
    <message numerus="yes">
        <source>The receipt number has %n digit(s); it must have 17</source>
        <translation>
            <numerusform>Қолхат нөмірінде %n цифр бар; 17 цифр болуы керек</numerusform>
            <numerusform>Қолхат нөмірінде %n цифр бар; 17 цифр болуы керек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt number %1 of the day is out of range: a workstation numbers at most %n receipt(s) a day</source>
        <translation>
            <numerusform>Күннің %1-қолхат нөмірі шектен тыс: бір жұмыс орны күніне ең көбі %n қолхатқа нөмір береді</numerusform>
            <numerusform>Күннің %1-қолхат нөмірі шектен тыс: бір жұмыс орны күніне ең көбі %n қолхатқа нөмір береді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>The receipt %1</source>
        <translation>%1 қолхаты</translation>
    </message>
    <message>
        <source>The application is saved: Ctrl+P in its case prints the receipt again.</source>
        <translation>Өтініш сақталды: оның ісінде Ctrl+P қолхатты қайта басып шығарады.</translation>
    </message>
</context>
<context>
    <name>ResultService</name>
    <message>
        <source>no criminal record</source>
        <translation>соттылығы жоқ</translation>
    </message>
    <message>
        <source>a criminal record was found</source>
        <translation>соттылығы бар</translation>
    </message>
    <message>
        <source>Certificate number is empty; type the number printed on the provider&apos;s certificate.</source>
        <translation>Анықтама нөмірі бос; көрсетілетін қызметті беруші анықтамасында басылған нөмірді теріңіз.</translation>
    </message>
    <message>
        <source>Result is not chosen; choose &quot;no criminal record&quot; or &quot;a criminal record was found&quot;.</source>
        <translation>Нәтиже таңдалмаған; «соттылығы жоқ» немесе «соттылығы бар» дегенді таңдаңыз.</translation>
    </message>
    <message>
        <source>Certificate date is missing; enter the date on the provider&apos;s certificate.</source>
        <translation>Анықтама күні жоқ; көрсетілетін қызметті беруші анықтамасындағы күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>Certificate date %1 is in the future; check the date on the provider&apos;s certificate.</source>
        <translation>%1 анықтама күні болашақта; көрсетілетін қызметті беруші анықтамасындағы күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>Certificate date %1 is before the application of %2; check the date on the provider&apos;s certificate.</source>
        <translation>%1 анықтама күні %2 өтінішінен бұрын; көрсетілетін қызметті беруші анықтамасындағы күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>Case %1 is not on the composite service with an apostille: the law gives no grounds to refuse the certificate itself. Record the provider&apos;s certificate instead.</source>
        <translation>%1 ісі апостильмен кешенді қызметке жатпайды: заң анықтаманың өзін беруден бас тартуға негіз көздемейді. Оның орнына көрсетілетін қызметті берушінің анықтамасын жазыңыз.</translation>
    </message>
    <message>
        <source>Reason of refusal is empty or too short; copy the provider&apos;s motivated reasons in full.</source>
        <translation>Бас тарту себебі бос немесе тым қысқа; көрсетілетін қызметті берушінің дәлелді себептерін толық көшіріңіз.</translation>
    </message>
</context>
<context>
    <name>RuleCheck</name>
    <message>
        <source>the MCI of %1 is %2: it must be a positive whole number of tenge</source>
        <translation>%1 жылғы АЕК %2: ол теңгемен оң бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>the MCI of %1 is %2 tenge, which cannot be right: write it in tenge, such as 4325</source>
        <translation>%1 жылғы АЕК — %2 теңге, бұлай болуы мүмкін емес: оны теңгемен жазыңыз, мысалы 4325</translation>
    </message>
    <message>
        <source>the apostille fee must be above 0 and at most 100 MCI (it is %1)</source>
        <translation>апостиль бажы 0-ден жоғары және 100 АЕК-тен аспауы керек (көрсетілгені %1)</translation>
    </message>
    <message>
        <source>the apostille fee %1 MCI has more than two decimals</source>
        <translation>%1 АЕК апостиль бажында үтірден кейін екіден көп таңба бар</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is out of range: minutes from 1 to %2, not %3</source>
        <translation>«%1» мерзімі шектен тыс: минут 1-ден %2-ге дейін, %3 емес</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is out of range: working days from 1 to %2, not %3</source>
        <translation>«%1» мерзімі шектен тыс: жұмыс күндері 1-ден %2-ге дейін, %3 емес</translation>
    </message>
    <message>
        <source>the Hague party %1 needs the date the Convention entered into force</source>
        <translation>Гаага конвенциясына қатысушы %1 үшін конвенцияның күшіне енген күні керек</translation>
    </message>
    <message>
        <source>%1: name the conventions, such as &quot;Minsk 1993; Chisinau 2002&quot;</source>
        <translation>%1: конвенцияларды атаңыз, мысалы «Minsk 1993; Chisinau 2002»</translation>
    </message>
    <message>
        <source>the %1 calendar lists no holiday: a year&apos;s calendar is replaced as a whole, so list every holiday of %1</source>
        <translation>%1 жылғы күнтізбеде бірде-бір мереке жоқ: жыл күнтізбесі толығымен ауыстырылады, сондықтан %1 жылдың барлық мерекелерін көрсетіңіз</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 %2 жылға жатпайды</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 екі рет көрсетілген</translation>
    </message>
    <message>
        <source>the holiday of %1 needs its name in Kazakh, Russian and English (&quot;kk&quot;, &quot;ru&quot;, &quot;en&quot;)</source>
        <translation>%1 мерекесінің қазақ, орыс және ағылшын тілдеріндегі атауы керек («kk», «ru», «en»)</translation>
    </message>
    <message>
        <source>%1 is a holiday, or listed twice: a decree day cannot be on it</source>
        <translation>%1 — мереке немесе екі рет көрсетілген: қаулы бойынша күн оған түспейді</translation>
    </message>
    <message>
        <source>%1 is a %2: a decree makes a working day only of a Saturday or Sunday</source>
        <translation>%1 — %2: қаулы тек сенбіні не жексенбіні жұмыс күні етеді</translation>
    </message>
    <message>
        <source>%1 is a %2, a day off already: a decree day off is a weekday</source>
        <translation>%1 — %2, онсыз да демалыс: қаулы бойынша демалыс күні — жұмыс аптасының күні</translation>
    </message>
    <message>
        <source>the %1 calendar leaves no working day in the year: every deadline in %1 would be impossible</source>
        <translation>%1 жылғы күнтізбе жылда бірде-бір жұмыс күнін қалдырмайды: %1 жылы ешбір мерзімді есептеу мүмкін болмас еді</translation>
    </message>
    <message numerus="yes">
        <source>the %1 calendar leaves %n working day(s) in the year, fewer than half of its weekdays: check the list</source>
        <translation>
            <numerusform>%1 жылғы күнтізбе жылда %n жұмыс күнін қалдырады, бұл жұмыс аптасы күндерінің жартысынан аз: тізімді тексеріңіз</numerusform>
            <numerusform>%1 жылғы күнтізбе жылда %n жұмыс күнін қалдырады, бұл жұмыс аптасы күндерінің жартысынан аз: тізімді тексеріңіз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 calendar leaves no working day from %2 to %3 (%n day(s)): check the list</source>
        <translation>
            <numerusform>%1 жылғы күнтізбе %2 бастап %3 дейін жұмыс күнін қалдырмайды (%n күн): тізімді тексеріңіз</numerusform>
            <numerusform>%1 жылғы күнтізбе %2 бастап %3 дейін жұмыс күнін қалдырмайды (%n күн): тізімді тексеріңіз</numerusform>
        </translation>
    </message>
    <message>
        <source>Kazakhstan (KZ) must stay a Hague party: without its date no apostille could be in force with any country</source>
        <translation>Қазақстан (KZ) Гаага конвенциясына қатысушы болып қалуы керек: оның күнінсіз апостиль ешбір елмен күшінде болмайды</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; would have no value at all: keep at least one</source>
        <translation>«%1» мерзімінің бірде-бір мәні қалмас еді: кемінде біреуін қалдырыңыз</translation>
    </message>
    <message>
        <source>the apostille fee would have no value at all: keep at least one</source>
        <translation>апостиль бажының бірде-бір мәні қалмас еді: кемінде біреуін қалдырыңыз</translation>
    </message>
</context>
<context>
    <name>RuleProblem</name>
    <message>
        <source>Line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>The MCI of %1 is not in the rules, so the apostille fee cannot be computed. A supervisor enters it under Tools → Rules (or the central rules database sends it).</source>
        <translation>Ережелерде %1 жылғы АЕК жоқ, сондықтан апостиль бажын есептеу мүмкін емес. Оны супервайзер Құралдар → Ережелер мәзірінде енгізеді (немесе орталық ережелер дерекқоры жібереді).</translation>
    </message>
    <message>
        <source>No apostille fee is in force on %1 in the rules. A supervisor enters it under Tools → Rules.</source>
        <translation>Ережелер бойынша %1 күні апостиль бажы күшінде емес. Оны супервайзер Құралдар → Ережелер мәзірінде енгізеді.</translation>
    </message>
</context>
<context>
    <name>RuleUnit</name>
    <message>
        <source>&quot;%1&quot; is missing: write the date as YYYY-MM-DD</source>
        <translation>«%1» жоқ: күнді ЖЖЖЖ-АА-КК түрінде жазыңыз</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date in quotes, YYYY-MM-DD</source>
        <translation>«%1» тырнақшадағы күн болуы керек, ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text in quotes</source>
        <translation>«%1» тырнақшадағы мәтін болуы керек</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; and &quot;swaps&quot; must be lists</source>
        <translation>«holidays» мен «swaps» тізім болуы керек</translation>
    </message>
    <message>
        <source>a decree day needs &quot;working&quot;: true (a weekend day worked) or false (a weekday off)</source>
        <translation>қаулы бойынша күнге «working» керек: true (жұмыс істейтін демалыс күні) немесе false (демалыс болған жұмыс күні)</translation>
    </message>
    <message>
        <source>electronic result</source>
        <translation>электрондық нәтиже</translation>
    </message>
    <message>
        <source>additional identification check</source>
        <translation>қосымша сәйкестендіру тексерісі</translation>
    </message>
    <message>
        <source>interim response during the additional check</source>
        <translation>қосымша тексеріс кезіндегі аралық жауап</translation>
    </message>
    <message>
        <source>reapplication after the additional check</source>
        <translation>қосымша тексерістен кейін қайта жүгіну</translation>
    </message>
    <message>
        <source>paper result, branch in a regional centre</source>
        <translation>қағаз нәтиже, облыс орталығындағы бөлімше</translation>
    </message>
    <message>
        <source>paper result, other branch</source>
        <translation>қағаз нәтиже, басқа бөлімше</translation>
    </message>
    <message>
        <source>paper result with an apostille</source>
        <translation>апостилі бар қағаз нәтиже</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <source>MCI</source>
        <translation>АЕК</translation>
    </message>
    <message>
        <source>Apostille fee</source>
        <translation>Апостиль бажы</translation>
    </message>
    <message>
        <source>Service term</source>
        <translation>Қызмет мерзімі</translation>
    </message>
    <message>
        <source>Hague Apostille Convention</source>
        <translation>Апостиль туралы Гаага конвенциясы</translation>
    </message>
    <message>
        <source>Minsk/Chisinau conventions</source>
        <translation>Минск және Кишинев конвенциялары</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a date; write YYYY-MM-DD</source>
        <translation>«%1»: «%2» — күн емес; ЖЖЖЖ-АА-КК түрінде жазыңыз</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 does not exist: there is no month %3</source>
        <translation>«%1»: %2 күні жоқ: %3-ай болмайды</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %2 does not exist: %3 %4 has %n day(s)</source>
        <translation>
            <numerusform>«%1»: %2 күні жоқ: %4 жылғы %3 айында %n күн бар</numerusform>
            <numerusform>«%1»: %2 күні жоқ: %4 жылғы %3 айында %n күн бар</numerusform>
        </translation>
    </message>
    <message>
        <source>a record sets one rule: it has both &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>жазба бір ережені береді, ал онда «%1» де, «%2» де бар</translation>
    </message>
    <message>
        <source>not a rule: a record starts with &quot;holiday&quot;, &quot;swap&quot;, &quot;calendar&quot;, &quot;mci&quot;, &quot;fee&quot;, &quot;term&quot;, &quot;hague&quot; or &quot;legal_assistance&quot;</source>
        <translation>бұл ереже емес: жазба «holiday», «swap», «calendar», «mci», «fee», «term», «hague» немесе «legal_assistance» деп басталады</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a &quot;%2&quot; rule</source>
        <translation>«%1» — «%2» ережесінің өрісі емес</translation>
    </message>
    <message>
        <source>&quot;removed&quot; must be true or false</source>
        <translation>«removed» true не false болуы керек</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a year, such as 2027</source>
        <translation>«%1» жыл болуы керек, мысалы 2027</translation>
    </message>
    <message>
        <source>&quot;fee&quot;: the only fee in the rules is &quot;apostille&quot;</source>
        <translation>«fee»: ережелерде тек «apostille» бажы бар</translation>
    </message>
    <message>
        <source>&quot;term&quot;: &quot;%1&quot; is not a service term; the terms are electronic, additional_check, interim_notice, reapply_after, paper_regional, paper_district and apostille</source>
        <translation>«term»: «%1» — қызмет мерзімі емес; мерзімдер: electronic, additional_check, interim_notice, reapply_after, paper_regional, paper_district және apostille</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a country code in quotes, such as &quot;VN&quot;</source>
        <translation>«%1» тырнақшадағы ел коды болуы керек, мысалы «VN»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (ISO 3166-1, two letters)</source>
        <translation>«%1» — белгісіз ел коды (ISO 3166-1, екі әріп)</translation>
    </message>
    <message>
        <source>&quot;tenge&quot; must be a whole number of tenge, such as 4325</source>
        <translation>«tenge» теңгемен бүтін сан болуы керек, мысалы 4325</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is counted in %2, not in %3</source>
        <translation>«%1» мерзімі %3 емес, %2 бойынша есептеледі</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>«%1» бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>no working-day calendar for %1</source>
        <translation>%1 жылға жұмыс күндерінің күнтізбесі жоқ</translation>
    </message>
    <message>
        <source>no MCI for %1</source>
        <translation>%1 жылға АЕК жоқ</translation>
    </message>
    <message>
        <source>no apostille fee from %1</source>
        <translation>%1 бастап апостиль бажы жоқ</translation>
    </message>
    <message>
        <source>no value of the term &quot;%1&quot; from %2</source>
        <translation>%2 бастап «%1» мерзімінің мәні жоқ</translation>
    </message>
    <message>
        <source>%1 is not a party to the Hague Apostille Convention</source>
        <translation>%1 — Апостиль туралы Гаага конвенциясына қатысушы емес</translation>
    </message>
    <message>
        <source>%1 is not a party to the Minsk/Chisinau conventions</source>
        <translation>%1 — Минск және Кишинев конвенцияларына қатысушы емес</translation>
    </message>
    <message numerus="yes">
        <source>working-day calendar %1: %n holiday(s)</source>
        <translation>
            <numerusform>%1 жылғы жұмыс күндерінің күнтізбесі: %n мереке</numerusform>
            <numerusform>%1 жылғы жұмыс күндерінің күнтізбесі: %n мереке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n decree day(s)</source>
        <translation>
            <numerusform>, қаулы бойынша %n күн</numerusform>
            <numerusform>, қаулы бойынша %n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>MCI %1: %2 ₸</source>
        <translation>%1 жылғы АЕК: %2 ₸</translation>
    </message>
    <message>
        <source>apostille fee from %1: %2 MCI</source>
        <translation>%1 бастап апостиль бажы: %2 АЕК</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2: %n minute(s)</source>
        <translation>
            <numerusform>%1, %2 бастап: %n минут</numerusform>
            <numerusform>%1, %2 бастап: %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2: %n working day(s)</source>
        <translation>
            <numerusform>%1, %2 бастап: %n жұмыс күні</numerusform>
            <numerusform>%1, %2 бастап: %n жұмыс күні</numerusform>
        </translation>
    </message>
    <message>
        <source>Hague Apostille Convention in force for %1 from %2</source>
        <translation>Апостиль туралы Гаага конвенциясы %1 үшін %2 бастап күшінде</translation>
    </message>
    <message>
        <source>%1 needs no apostille from %2 (%3)</source>
        <translation>%1 үшін %2 бастап апостиль керек емес (%3)</translation>
    </message>
    <message>
        <source>%1 needs no apostille (%2)</source>
        <translation>%1 үшін апостиль керек емес (%2)</translation>
    </message>
    <message>
        <source>&quot;mci&quot; must be the fee in MCI as a number, such as 0.5</source>
        <translation>«mci» АЕК-пен берілген баж — сан болуы керек, мысалы 0.5</translation>
    </message>
</context>
<context>
    <name>RulesFile</name>
    <message>
        <source>not a JSON object: %1 at character %2</source>
        <translation>JSON нысаны емес: %2-таңбадағы %1</translation>
    </message>
    <message>
        <source>not a JSON object: write one {…} per line</source>
        <translation>JSON нысаны емес: әр жолға бір {…} жазыңыз</translation>
    </message>
    <message>
        <source>the first line must be the header, such as {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</source>
        <translation>бірінші жол тақырып болуы керек, мысалы {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</translation>
    </message>
    <message>
        <source>format %1 is not one this CertDesk reads (it reads format %2): the file was written by another version</source>
        <translation>бұл CertDesk %1 пішімін оқымайды (ол %2 пішімін оқиды): файлды басқа нұсқа жазған</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the header</source>
        <translation>«%1» — тақырып өрісі емес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code: the header names the country of the rules (ISO 3166-1, two letters, such as &quot;KZ&quot;)</source>
        <translation>«%1» — белгісіз ел коды: тақырыпта ережелердің елі көрсетіледі (ISO 3166-1, екі әріп, мысалы «KZ»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a &quot;%2&quot; line</source>
        <translation>«%1» — «%2» жолының өрісі емес</translation>
    </message>
    <message>
        <source>%1 is listed again (first on line %2)</source>
        <translation>%1 қайта көрсетілген (алғаш %2-жолда)</translation>
    </message>
    <message>
        <source>a decree day needs &quot;working&quot;: true (a weekend day worked) or false (a weekday off)</source>
        <translation>қаулы бойынша күнге «working» керек: true (жұмыс істейтін демалыс күні) немесе false (демалыс болған жұмыс күні)</translation>
    </message>
    <message>
        <source>&quot;carries_over&quot; must be true or false</source>
        <translation>«carries_over» true не false болуы керек</translation>
    </message>
    <message>
        <source>%1 is set again (first on line %2)</source>
        <translation>%1 қайта берілген (алғаш %2-жолда)</translation>
    </message>
    <message>
        <source>the file is empty: its first line must be the header, such as {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</source>
        <translation>файл бос: бірінші жолы тақырып болуы керек, мысалы {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</translation>
    </message>
    <message>
        <source>the %1 calendar is set by line %2 too: give a year&apos;s holidays line by line, or one &quot;calendar&quot; line, not both</source>
        <translation>%1 жылғы күнтізбе %2-жолда да берілген: жыл мерекелерін не жол-жолмен, не бір «calendar» жолымен беріңіз, екеуін бірге емес</translation>
    </message>
</context>
<context>
    <name>RulesService</name>
    <message numerus="yes">
        <source>The rules file was refused: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>Ережелер файлы қабылданбады: %n мәселе; ештеңе өзгертілмеді.</numerusform>
            <numerusform>Ережелер файлы қабылданбады: %n мәселе; ештеңе өзгертілмеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds the rules of %1; this branch follows those of %2</source>
        <translation>файлда %1 ережелері, ал бөлімше %2 ережелерімен жұмыс істейді</translation>
    </message>
    <message>
        <source>The working-day calendar has no holidays for %1: the deadline is counted with weekends alone and may be wrong. A supervisor enters the year under Tools → Rules.</source>
        <translation>Жұмыс күндерінің күнтізбесінде %1 жылға мерекелер жоқ: мерзім тек демалыс күндерімен есептеледі және қате болуы мүмкін. Жылды супервайзер Құралдар → Ережелер мәзірінде енгізеді.</translation>
    </message>
</context>
<context>
    <name>RulesStore</name>
    <message>
        <source>the central rules document has no list of units</source>
        <translation>орталық ережелер құжатында ережелер тізімі жоқ</translation>
    </message>
    <message>
        <source>a central rule cannot be read: %1</source>
        <translation>орталық ережені оқу мүмкін емес: %1</translation>
    </message>
    <message numerus="yes">
        <source>The rules were not changed: %n problem(s).</source>
        <translation>
            <numerusform>Ережелер өзгертілмеді: %n мәселе.</numerusform>
            <numerusform>Ережелер өзгертілмеді: %n мәселе.</numerusform>
        </translation>
    </message>
    <message>
        <source>the central rules are for &quot;%1&quot;, not for %2</source>
        <translation>орталық ережелер %2 үшін емес, «%1» үшін</translation>
    </message>
    <message>
        <source>the central rules were not taken: %1</source>
        <translation>орталық ережелер қабылданбады: %1</translation>
    </message>
</context>
<context>
    <name>SafeCountDialog</name>
    <message>
        <source>Count the safe</source>
        <translation>Сейфті санау</translation>
    </message>
    <message>
        <source>&amp;Scan or receipt number:</source>
        <translation>&amp;Код немесе қолхат нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Finish the count</source>
        <translation>Санауды &amp;аяқтау</translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation>Есепті &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>SafeCountReportDocument</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Қолхат нөмірі</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>According to the records</source>
        <translation>Есепке алу деректері бойынша</translation>
    </message>
    <message>
        <source>no case of the branch</source>
        <translation>бөлімшеде мұндай іс жоқ</translation>
    </message>
    <message>
        <source>issued to the recipient</source>
        <translation>алушыға берілді</translation>
    </message>
    <message>
        <source>handed over to the service provider</source>
        <translation>көрсетілетін қызметті берушіге тапсырылды</translation>
    </message>
    <message>
        <source>archived by the service provider</source>
        <translation>көрсетілетін қызметті беруші мұрағатқа тапсырды</translation>
    </message>
    <message>
        <source>arrival at the branch not recorded</source>
        <translation>бөлімшеге келгені тіркелмеген</translation>
    </message>
    <message>
        <source>not in the branch&apos;s custody</source>
        <translation>бөлімшенің сақтауында емес</translation>
    </message>
    <message>
        <source>Report on the count of the paper certificates in the safe</source>
        <translation>Сейфтегі қағаз анықтамаларды санау туралы есеп</translation>
    </message>
    <message>
        <source>Trial count: not recorded in the ledger.</source>
        <translation>Сынақ санау: есепке алуға жазылмады.</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Count started</source>
        <translation>Санау басталды</translation>
    </message>
    <message>
        <source>Count finished</source>
        <translation>Санау аяқталды</translation>
    </message>
    <message>
        <source>In the branch&apos;s custody according to the records</source>
        <translation>Есепке алу деректері бойынша бөлімшенің сақтауында</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Саналды</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Not expected in the safe</source>
        <translation>Сейфте болмауы тиіс</translation>
    </message>
    <message>
        <source>Missing paper certificates: %1</source>
        <translation>Жоқ қағаз анықтамалар: %1</translation>
    </message>
    <message>
        <source>Paper certificates not expected in the safe: %1</source>
        <translation>Сейфте болмауы тиіс қағаз анықтамалар: %1</translation>
    </message>
    <message>
        <source>Counted paper certificates: %1</source>
        <translation>Саналған қағаз анықтамалар: %1</translation>
    </message>
    <message>
        <source>Counted by (supervisor)</source>
        <translation>Санаған (супервайзер)</translation>
    </message>
</context>
<context>
    <name>SafeCountService</name>
    <message>
        <source>%1, receipt %2</source>
        <translation>%1, қолхат %2</translation>
    </message>
    <message>
        <source>No count is running: start the count of the safe first.</source>
        <translation>Санау жүріп жатқан жоқ: алдымен сейфті санауды бастаңыз.</translation>
    </message>
    <message>
        <source>Counted: %1.</source>
        <translation>Саналды: %1.</translation>
    </message>
    <message>
        <source>Already counted: %1. It counts once.</source>
        <translation>Бұрын саналған: %1. Бір рет саналады.</translation>
    </message>
    <message>
        <source>Not expected in the safe: no case of this branch has &quot;%1&quot;. Put the paper aside; it is listed at the end of the count.</source>
        <translation>Сейфте болмауы тиіс: бөлімшенің ешбір ісінде «%1» жоқ. Анықтаманы бөлек қойыңыз; ол санаудың соңында көрсетіледі.</translation>
    </message>
    <message>
        <source>Not expected in the safe: %1 — the record says %2. Put the paper aside; it is listed at the end of the count.</source>
        <translation>Сейфте болмауы тиіс: %1 — есепке алу бойынша күйі: %2. Анықтаманы бөлек қойыңыз; ол санаудың соңында көрсетіледі.</translation>
    </message>
    <message>
        <source>Already counted (not expected in the safe): %1.</source>
        <translation>Бұрын саналған (сейфте болмауы тиіс): %1.</translation>
    </message>
    <message>
        <source>%1 is not missing at any count of the safe: there is nothing to write off or find.</source>
        <translation>%1 сейфті санаулардың ешқайсысында жоқ деп табылмаған: есептен шығаратын не табатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Reason: write why the paper certificate is written off (for example, the act of its loss); a write-off without a reason is not recorded.</source>
        <translation>Себебі: қағаз анықтаманың неге есептен шығарылатынын жазыңыз (мысалы, жоғалту актісі); себебі жоқ есептен шығару жазылмайды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paper missing at a count of the safe: nothing is recorded.</source>
        <translation>«%1» — сейфті санау кезінде жоқ деп табылған анықтама емес: ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>SafeScan</name>
    <message>
        <source>Nothing was scanned: scan the QR code of the paper certificate or type its receipt number.</source>
        <translation>Ештеңе сканерленбеді: қағаз анықтаманың QR-кодын сканерлеңіз немесе қолхат нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receipt number: %2.</source>
        <translation>«%1» қолхат нөмірі емес: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither the QR code of a paper certificate (CERT, its number and date, or the branch&apos;s verification link) nor a receipt number (17 digits): scan the certificate&apos;s QR code again or type the receipt number.</source>
        <translation>«%1» қағаз анықтаманың QR-коды да (CERT, оның нөмірі мен күні немесе бөлімшенің тексеру сілтемесі), қолхат нөмірі де (17 цифр) емес: анықтаманың QR-кодын қайта сканерлеңіз немесе қолхат нөмірін енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>the index %1 of the table %2 is missing</source>
        <translation>%2 кестесінің %1 индексі жоқ</translation>
    </message>
    <message>
        <source>the index %1 of the table %2 was altered</source>
        <translation>%2 кестесінің %1 индексі өзгертілген</translation>
    </message>
    <message>
        <source>the trigger %1 of the table %2 was removed</source>
        <translation>%2 кестесінің %1 триггері жойылған</translation>
    </message>
    <message>
        <source>the trigger %1 of the table %2 was altered</source>
        <translation>%2 кестесінің %1 триггері өзгертілген</translation>
    </message>
    <message>
        <source>a trigger %1 that CertDesk does not make was added to the table %2</source>
        <translation>%2 кестесіне CertDesk жасамайтын %1 триггері қосылған</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>%1 кестесі жоқ</translation>
    </message>
    <message>
        <source>the columns of the table %1 were changed</source>
        <translation>%1 кестесінің бағандары өзгертілген</translation>
    </message>
</context>
<context>
    <name>ServerDocumentsDialog</name>
    <message>
        <source>Server documents to review</source>
        <translation>Тексерілетін сервер құжаттары</translation>
    </message>
    <message>
        <source>&amp;Set aside: documents of the server this version cannot read</source>
        <translation>&amp;Бөлек қойылғандар: осы нұсқа оқи алмайтын сервер құжаттары</translation>
    </message>
    <message>
        <source>&amp;Changed on the server: events the server holds otherwise than this workstation</source>
        <translation>&amp;Серверде өзгертілгендер: серверде осы жұмыс орнындағыдан өзгеше сақталған оқиғалар</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 орындалмады: %2</translation>
    </message>
    <message>
        <source>Creating the database %1</source>
        <translation>%1 дерекқорын құру</translation>
    </message>
    <message>
        <source>Reading the database %1</source>
        <translation>%1 дерекқорын оқу</translation>
    </message>
    <message>
        <source>Limiting %1 to the role %2</source>
        <translation>%1 қатынауын %2 рөлімен шектеу</translation>
    </message>
    <message>
        <source>Writing the identity of %1</source>
        <translation>%1 сәйкестендіргішін жазу</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>%1 оқу сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>%1 жазу сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>Creating the server account %1 failed: %2</source>
        <translation>%1 сервер тіркелгісін құру сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>Reading the identity of %1</source>
        <translation>%1 сәйкестендіргішін оқу</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 is signed in as %2, who may not %3; ask a %4</source>
        <translation>%1 %2 ретінде кірген, ол %3 алмайды; мұны %4 жасай алады</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The branch&apos;s time offset in %1 (setting %2) is &quot;%3&quot;: not a whole number of minutes from -720 to 840. It was changed outside CertDesk; dates and deadlines cannot be read without it. Restore the latest backup (certdeskctl --db %1 restore BACKUP).</source>
        <translation>%1 ішіндегі филиал уақытының UTC-ден ауытқуы (%2 баптауы) «%3»: -720-дан 840-қа дейінгі бүтін минут емес. Ол CertDesk-тен тыс өзгертілген; онсыз күндер мен мерзімдерді оқу мүмкін емес. Соңғы сақтық көшірмені қалпына келтіріңіз (certdeskctl --db %1 restore BACKUP).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>CertDesk — sign in</source>
        <translation>CertDesk — кіру</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
</context>
<context>
    <name>SmsGatewayConfig</name>
    <message>
        <source>Gateway address: &quot;%1&quot; is not a web address. Write it as https://name/path, as the SMS provider gave it.</source>
        <translation>Шлюз мекенжайы: «%1» — веб-мекенжай емес. SMS провайдері бергендей https://атауы/жолы түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Sender name: &quot;%1&quot; is not one phones show. Use 1 to 11 Latin letters or digits, as registered with the SMS provider.</source>
        <translation>Жіберуші атауы: «%1» телефондарда көрсетілмейді. SMS провайдерінде тіркелгендей 1–11 латын әрпі не цифр жазыңыз.</translation>
    </message>
    <message>
        <source>Gateway login: it is empty. Enter the account the SMS provider gave.</source>
        <translation>Шлюз логині бос. SMS провайдері берген тіркелгіні енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>SyncConfig</name>
    <message>
        <source>Server address: &quot;%1&quot; is not a web address. Write it as https://name:port, as the administrator gave it.</source>
        <translation>Сервер мекенжайы: «%1» — веб-мекенжай емес. Оны әкімші бергендей https://атау:порт түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Branch database: &quot;%1&quot; is not a database name. Use lower-case letters, digits and _ as in certdesk_branch_0101.</source>
        <translation>Бөлімше дерекқоры: «%1» — дерекқор атауы емес. certdesk_branch_0101 сияқты кіші әріптерді, цифрларды және _ таңбасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Account: it is empty. Enter the workstation&apos;s account on the server.</source>
        <translation>Тіркелгі: бос. Жұмыс орнының сервердегі тіркелгісін енгізіңіз.</translation>
    </message>
    <message>
        <source>Account: &quot;%1&quot; holds %2, which is not text. Type the account name again.</source>
        <translation>Тіркелгі: «%1» ішінде %2 бар, бұл мәтін емес. Тіркелгі атын қайта жазыңыз.</translation>
    </message>
    <message>
        <source>CA certificate: the file %1 cannot be read. Choose the file again, or leave the field empty to trust the system&apos;s certificates.</source>
        <translation>CA сертификаты: %1 файлын оқу мүмкін емес. Файлды қайта таңдаңыз немесе жүйенің сертификаттарына сену үшін өрісті бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Sync with the central server</source>
        <translation>Орталық сервермен синхрондау</translation>
    </message>
    <message>
        <source>Leave the server empty to work on this workstation alone. With a server, every event is also sent to the branch database, and the events of the other workstations and of the provider are received from it.</source>
        <translation>Тек осы жұмыс орнында жұмыс істеу үшін серверді бос қалдырыңыз. Сервер болса, әр оқиға бөлімшенің дерекқорына да жіберіледі, ал басқа жұмыс орындары мен көрсетілетін қызметті берушінің оқиғалары одан алынады.</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Сервер мекенжайы</translation>
    </message>
    <message>
        <source>https://couch.example.kz:6984</source>
        <translation>https://couch.example.kz:6984</translation>
    </message>
    <message>
        <source>Branch &amp;database</source>
        <translation>Бөлімше &amp;дерекқоры</translation>
    </message>
    <message>
        <source>certdesk_branch_0101</source>
        <translation>certdesk_branch_0101</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Ті&amp;ркелгі</translation>
    </message>
    <message>
        <source>the workstation&apos;s account on the server</source>
        <translation>жұмыс орнының сервердегі тіркелгісі</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s credential store</source>
        <translation>Құпиясөзді осы компьютердің тіркелгі деректері қоймасында &amp;есте сақтау</translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation>&amp;CA сертификаты</translation>
    </message>
    <message>
        <source>optional: only when the administrator gave you one</source>
        <translation>міндетті емес: әкімші берген жағдайда ғана</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Т&amp;аңдау…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync is off</source>
        <translation>Синхрондау өшірулі</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Қосылуда</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Жіберілуде</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Қабылдануда</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Желіде</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Желіден тыс</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Синхрондау қатесі</translation>
    </message>
</context>
<context>
    <name>SystemPrinters</name>
    <message>
        <source>The printer %1 is out of paper: load paper.</source>
        <translation>%1 принтерінде қағаз бітті: қағаз салыңыз.</translation>
    </message>
    <message>
        <source>The printer %1 has a paper jam: clear it.</source>
        <translation>%1 принтерінде қағаз кептеліп қалды: оны шығарыңыз.</translation>
    </message>
    <message>
        <source>The printer %1 has a cover open: close it.</source>
        <translation>%1 принтерінің қақпағы ашық: оны жабыңыз.</translation>
    </message>
    <message>
        <source>The printer %1 is out of toner or ink: replace it.</source>
        <translation>%1 принтерінде тонер немесе сия бітті: картриджді ауыстырыңыз.</translation>
    </message>
    <message>
        <source>The printer %1 is offline: check that it is switched on and connected.</source>
        <translation>%1 принтері желіде жоқ: оның қосулы және жалғанған екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The printer %1 is paused on this computer: resume it in the printer settings (or ask the administrator).</source>
        <translation>%1 принтері осы компьютерде кідіртілген: принтер баптауларында оны жалғастырыңыз (немесе әкімшіден сұраңыз).</translation>
    </message>
    <message>
        <source>The printer %1 is stopped: check it and its settings.</source>
        <translation>%1 принтері тоқтап тұр: принтерді және оның баптауларын тексеріңіз.</translation>
    </message>
    <message>
        <source>The printer %1 does not accept documents now (it is set to reject them): allow it in the printer settings.</source>
        <translation>%1 принтері қазір құжаттарды қабылдамайды (қабылдамауға бапталған): принтер баптауларында рұқсат етіңіз.</translation>
    </message>
    <message>
        <source>The printer %1 is not installed on this computer (or was renamed): choose a printer, or save the document as a PDF.</source>
        <translation>%1 принтері осы компьютерде орнатылмаған (немесе атауы өзгертілген): принтерді таңдаңыз немесе құжатты PDF ретінде сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or cannot be written; nothing was saved (%1).</source>
        <translation>Дерекқор бос емес немесе оған жазу мүмкін емес; ештеңе сақталған жоқ (%1).</translation>
    </message>
    <message>
        <source>Saving failed; nothing was saved.</source>
        <translation>Сақтау сәтсіз аяқталды; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>Saving failed and nothing was written (%1).</source>
        <translation>Сақтау сәтсіз аяқталды, ештеңе жазылған жоқ (%1).</translation>
    </message>
</context>
<context>
    <name>TransferActDocument</name>
    <message>
        <source>Transfer act</source>
        <translation>Қабылдау-тапсыру актісі</translation>
    </message>
    <message>
        <source>Date of the act</source>
        <translation>Акт жасалған күн</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Тапсырушы</translation>
    </message>
    <message>
        <source>SC &quot;Government for Citizens&quot;, %1 (code %2)</source>
        <translation>«Азаматтарға арналған үкімет» МК, %1 (код %2)</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Қабылдаушы</translation>
    </message>
    <message>
        <source>Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan (service provider)</source>
        <translation>Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитеті (көрсетілетін қызметті беруші)</translation>
    </message>
    <message>
        <source>The certificates were kept at the branch for one month from the day they arrived and are handed over to the service provider for two more months of keeping.</source>
        <translation>Анықтамалар бөлімшеге келген күннен бастап бір ай сақталды және көрсетілетін қызметті берушіге тағы екі ай сақтауға тапсырылады.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Қолхат нөмірі</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Certificate number and date</source>
        <translation>Анықтама нөмірі, күні</translation>
    </message>
    <message>
        <source>Arrived at the branch</source>
        <translation>Бөлімшеге келген күні</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Парақ саны</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s).</source>
        <translation>
            <numerusform>%n парақ.</numerusform>
            <numerusform>%n парақ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Тапсырды</translation>
    </message>
    <message>
        <source>Received (service provider)</source>
        <translation>Қабылдап алды (көрсетілетін қызметті беруші)</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Date of receipt</source>
        <translation>Қабылдап алған күні</translation>
    </message>
    <message numerus="yes">
        <source>Total handed over: %n certificate(s) on %1</source>
        <translation>
            <numerusform>Барлығы тапсырылды: %n анықтама, %1</numerusform>
            <numerusform>Барлығы тапсырылды: %n анықтама, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Acceptance and transfer act No. %1 of the paper certificates of no criminal record not collected at the branch within one month</source>
        <translation>Бөлімшеде бір ай ішінде алынбаған соттылығының бар-жоғы туралы қағаз анықтамаларды қабылдау-тапсыру актісі № %1</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>Case %1: the branch keeps the paper until %2; it can be sent to the provider from %3. Leave it out of this act.</source>
        <translation>%1 ісі: бөлімше қағаз анықтаманы %2 дейін сақтайды; оны %3 бастап көрсетілетін қызметті берушіге тапсыруға болады. Оны бұл актіге қоспаңыз.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The login is empty; enter 2 to 32 Latin letters, digits, dots, hyphens or underscores.</source>
        <translation>Логин бос; 2-ден 32-ге дейін латын әрпін, цифр, нүкте, дефис немесе астыңғы сызықты енгізіңіз.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; may hold only 2 to 32 Latin letters, digits, dots, hyphens and underscores, starting with a letter or digit; change it.</source>
        <translation>«%1» логинінде әріппен немесе цифрмен басталатын 2-ден 32-ге дейін латын әрпі, цифр, нүкте, дефис және астыңғы сызық қана болады; оны өзгертіңіз.</translation>
    </message>
    <message>
        <source>The full name is empty; enter the surname and name of the person who will use the account.</source>
        <translation>Толық аты-жөні бос; тіркелгіні пайдаланатын адамның тегі мен атын енгізіңіз.</translation>
    </message>
    <message>
        <source>The password work factor must be positive.</source>
        <translation>Құпиясөздің жұмыс коэффициенті оң сан болуы керек.</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator adds new ones.</source>
        <translation>Бұл дерекқорда тіркелгілер бар; жаңаларын әкімші қосады.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken; choose another one.</source>
        <translation>«%1» логині бос емес; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;; check the login.</source>
        <translation>«%1» тіркелгісі жоқ; логинді тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another account an administrator first.</source>
        <translation>%1 — соңғы белсенді әкімші; алдымен басқа тіркелгіні әкімші етіңіз.</translation>
    </message>
    <message>
        <source>The full name is empty; enter the surname and name.</source>
        <translation>Толық аты-жөні бос; тегі мен атын енгізіңіз.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>Өз тіркелгіңізді өшіре алмайсыз; басқа әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled; make another account an administrator first.</source>
        <translation>%1 — соңғы белсенді әкімші, оны өшіруге болмайды; алдымен басқа тіркелгіні әкімші етіңіз.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is reserved: it marks what the workstation or its command line records on its own (backups, restores); choose another one.</source>
        <translation>«%1» логині сақталған: ол жұмыс орны немесе оның пәрмен жолы өздігінен жазатын әрекеттерді белгілейді (сақтық көшірмелер, қалпына келтіру); басқасын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Тіркелгілер</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Таңдалған тіркелгі</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Жаңа құпия&amp;сөз:</translation>
    </message>
    <message>
        <source>Repea&amp;t:</source>
        <translation>&amp;Қайталау:</translation>
    </message>
    <message>
        <source>Re&amp;set password</source>
        <translation>Құпиясөзді қалпына &amp;келтіру</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Жаңа тіркелгі</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Рөл&amp;і:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Қ&amp;ұпиясөз:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Қ&amp;айталау:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Тіркелгі&amp;ні қосу</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>Рөлді &amp;өзгерту</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>Лауазы&amp;мы:</translation>
    </message>
</context>
<context>
    <name>WorkstationNumberDialog</name>
    <message>
        <source>Workstation number</source>
        <translation>Жұмыс орнының нөмірі</translation>
    </message>
    <message>
        <source>&amp;Workstation number:</source>
        <translation>&amp;Жұмыс орнының нөмірі:</translation>
    </message>
    <message>
        <source>Supervisor &amp;login:</source>
        <translation>Супервайзер &amp;логині:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
</context>
<context>
    <name>WorkstationService</name>
    <message>
        <source>Receipt numbers are stopped on this workstation.</source>
        <translation>Бұл жұмыс орнында қолхат нөмірлерін беру тоқтатылды.</translation>
    </message>
    <message>
        <source>its last record was written by %1 at %2</source>
        <translation>оның соңғы жазбасын %1 %2 уақытта жазған</translation>
    </message>
    <message>
        <source>its number %1 was written by %2 at %3</source>
        <translation>оның %1 нөмірін %2 %3 уақытта жазған</translation>
    </message>
    <message>
        <source>Another computer issues numbers as workstation %1 of branch %2 (%3). Two counters with one number give two people the same receipt number.</source>
        <translation>Басқа компьютер %2 бөлімшесінің %1 жұмыс орны ретінде нөмір береді (%3). Нөмірі бірдей екі терезе екі адамға бірдей қолхат нөмірін береді.</translation>
    </message>
    <message>
        <source>Another computer wrote events under this database&apos;s own workstation id: the database file was copied and both copies worked. This database took an id of its own (%1) on %2, as certdeskctl device renew does by hand; what it wrote before stays under the old id.</source>
        <translation>Басқа компьютер осы дерекқордың өз жұмыс орны идентификаторымен оқиғалар жазған: дерекқор файлы көшірілген және екі көшірме де жұмыс істеген. Бұл дерекқор %2 өзінің жеке идентификаторын алды (%1), certdeskctl device renew қолмен істейтіндей; бұрын жазғаны ескі идентификатормен қалады.</translation>
    </message>
    <message>
        <source>This database file was used on another computer and was started on this one on %1 (copied or moved here). It took a workstation id of its own (%2), as certdeskctl device renew does by hand; what it wrote before stays under the old id.</source>
        <translation>Бұл дерекқор файлы басқа компьютерде қолданылған, ал осы компьютерде %1 іске қосылды (мұнда көшірілген немесе ауыстырылған). Ол өзінің жеке жұмыс орны идентификаторын алды (%2), certdeskctl device renew қолмен істейтіндей; бұрын жазғаны ескі идентификатормен қалады.</translation>
    </message>
    <message>
        <source>This database was given a new workstation id by hand on %1 (%2).</source>
        <translation>Бұл дерекқорға %1 жаңа жұмыс орны идентификаторы қолмен берілді (%2).</translation>
    </message>
    <message>
        <source>none seen yet</source>
        <translation>әзірге ешқайсысы байқалмады</translation>
    </message>
    <message>
        <source>A supervisor gives this workstation a number no other workstation of the branch uses (Tools → Workstation number…, or certdeskctl branch set --workstation N). Numbers in use: %1.</source>
        <translation>Супервайзер бұл жұмыс орнына бөлімшенің басқа бірде-бір жұмыс орны қолданбайтын нөмір береді (Құралдар → Жұмыс орнының нөмірі…, немесе certdeskctl branch set --workstation N). Қолданыстағы нөмірлер: %1.</translation>
    </message>
    <message>
        <source>If the other computer still takes applications, a supervisor gives this one another workstation number; if it does not, the supervisor confirms number %1 (Tools → Workstation number…, or certdeskctl branch set --workstation %1). Numbers in use: %2.</source>
        <translation>Егер басқа компьютер әлі өтініш қабылдаса, супервайзер бұл жұмыс орнына басқа нөмір береді; қабылдамаса, супервайзер %1 нөмірін растайды (Құралдар → Жұмыс орнының нөмірі…, немесе certdeskctl branch set --workstation %1). Қолданыстағы нөмірлер: %2.</translation>
    </message>
    <message>
        <source>Category: &quot;%1&quot; is neither regional nor district.</source>
        <translation>Санат: «%1» облыстық та, аудандық та емес.</translation>
    </message>
    <message>
        <source>Workstation %1 of branch %2 is already used by another computer (%3). Two workstations with one number would give two people the same receipt number: choose a number no other workstation of the branch uses (in use: %4).</source>
        <translation>%2 бөлімшесінің %1 жұмыс орнын басқа компьютер қолданып жүр (%3). Нөмірі бірдей екі жұмыс орны екі адамға бірдей қолхат нөмірін берер еді: бөлімшенің басқа бірде-бір жұмыс орны қолданбайтын нөмірді таңдаңыз (қолданыста: %4).</translation>
    </message>
    <message>
        <source>Supervisor: enter the supervisor&apos;s login and password.</source>
        <translation>Супервайзер: супервайзердің логині мен құпиясөзін енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealActionDialog</name>
    <message>
        <source>Refer to the competent body</source>
        <translation>Құзыретті органға жолдау</translation>
    </message>
    <message>
        <source>Applicant notified</source>
        <translation>Өтініш берушіге хабарланды</translation>
    </message>
    <message>
        <source>Extend the term</source>
        <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
        <source>Restore the missed term</source>
        <translation>Өткізіп алған мерзімді қалпына келтіру</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Шешімді жазу</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Өтініш беруші кері қайтарып алды</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>%1 — appeal %2</source>
        <translation>%1 — %2 өтініші</translation>
    </message>
    <message>
        <source>the referral</source>
        <translation>жолдау туралы</translation>
    </message>
    <message>
        <source>the extension</source>
        <translation>ұзарту туралы</translation>
    </message>
    <message>
        <source>Not within this body&apos;s authority: send it to the competent body by &lt;b&gt;%1&lt;/b&gt; and notify the applicant at the same time.</source>
        <translation>Бұл органның құзыретіне жатпайды: оны &lt;b&gt;%1&lt;/b&gt; дейін құзыретті органға жолдап, сонымен бір мезгілде өтініш берушіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>Record that the applicant was told.</source>
        <translation>Өтініш берушіге хабарланғанын жазыңыз.</translation>
    </message>
    <message>
        <source>The complaint was filed after the 3-month term (ended %1). Restore the term for a good reason.</source>
        <translation>Шағым 3 айлық мерзімнен кейін берілген (%1 аяқталған). Мерзімді дәлелді себеппен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>The deadline %1 has passed: the appeal already counts as refused. Record the decision as given.</source>
        <translation>%1 мерзімі өтті: өтініш бас тартылған деп саналады. Шешімді қабылданған күйінде жазыңыз.</translation>
    </message>
    <message>
        <source>Decision due by &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Шешім мерзімі — &lt;b&gt;%1&lt;/b&gt; дейін.</translation>
    </message>
    <message>
        <source>The applicant&apos;s written application to withdraw, before the decision.</source>
        <translation>Өтініш берушінің шешімге дейін кері қайтарып алу туралы жазбаша арызы.</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <source>A remark kept with the appeal.</source>
        <translation>Өтініште сақталатын ескертпе.</translation>
    </message>
    <message>
        <source>Appeal %1 of %2, %3.&lt;br&gt;%4</source>
        <translation>%1 өтініші, %2, %3.&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Жазу</translation>
    </message>
    <message>
        <source>Rea&amp;son (optional)</source>
        <translation>&amp;Себебі (міндетті емес)</translation>
    </message>
    <message>
        <source>A reasoned decision, taken before the deadline &lt;b&gt;%1&lt;/b&gt; runs out; the new deadline is at most &lt;b&gt;%2&lt;/b&gt; (two months from the day of receipt, %3). The applicant must be told within 3 working days.</source>
        <translation>Дәлелді шешім &lt;b&gt;%1&lt;/b&gt; мерзімі өткенге дейін қабылданады; жаңа мерзім ең көбі &lt;b&gt;%2&lt;/b&gt; (өтініш келіп түскен %3 күннен бастап екі ай). Өтініш берушіге 3 жұмыс күні ішінде хабарлану керек.</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealBoardPanel</name>
    <message>
        <source>Appeals re&amp;gister…</source>
        <translation>Өтініштер &amp;тізілімі…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Appeals and complaints&lt;/b&gt;: %n with something owed</source>
        <translation>
            <numerusform>&lt;b&gt;Өтініштер мен шағымдар&lt;/b&gt;: орындалуы күтілуде: %n</numerusform>
            <numerusform>&lt;b&gt;Өтініштер мен шағымдар&lt;/b&gt;: орындалуы күтілуде: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;мерзімі өткен %n&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;мерзімі өткен %n&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::AppealFilingDialog</name>
    <message>
        <source>Details brought for appeal %1</source>
        <translation>%1 өтініші бойынша әкелінген мәліметтер</translation>
    </message>
    <message>
        <source>Enter the details the applicant brought. What the appeal is about and whom it is addressed to stay as accepted.</source>
        <translation>Өтініш беруші әкелген мәліметтерді енгізіңіз. Өтініштің мәні мен кімге жолданғаны қабылданған күйінде қалады.</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <source>by power of attorney</source>
        <translation>сенімхат бойынша</translation>
    </message>
    <message>
        <source>as head of the legal entity</source>
        <translation>заңды тұлғаның басшысы ретінде</translation>
    </message>
    <message>
        <source>&amp;Accept and print the receipt</source>
        <translation>&amp;Қабылдау және қолхатты басып шығару</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Appeal dated</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <source>Learned of it on</source>
        <translation>Ол туралы білген күні</translation>
    </message>
    <message>
        <source>Power of attorney issued on</source>
        <translation>Сенімхат берілген күні</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (DD.MM.YYYY); as it stands it is recorded as missing.</source>
        <translation>%1: «%2» — күн емес (КК.АА.ЖЖЖЖ); осы күйінде ол жоқ деп жазылады.</translation>
    </message>
    <message>
        <source>Refer it to the competent body, notifying the applicant, by &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Оны &lt;b&gt;%1&lt;/b&gt; дейін өтініш берушіге хабарлап, құзыретті органға жолдаңыз.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;Filed after the 3-month term, which ended on %1: accepted all the same and flagged for the restoration of the term.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;%1 аяқталған 3 айлық мерзімнен кейін берілген: бәрібір қабылданды және мерзімді қалпына келтіру үшін белгіленді.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Filed within the 3-month term (until %1).</source>
        <translation>3 айлық мерзім ішінде берілген (%1 дейін).</translation>
    </message>
    <message>
        <source>Received %1. Decision due by &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>%1 қабылданды. Шешім мерзімі — &lt;b&gt;%2&lt;/b&gt; дейін.</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Жетіспейтін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>To bring into compliance: nothing</source>
        <translation>Сәйкестікке келтіру керек: ештеңе</translation>
    </message>
    <message numerus="yes">
        <source>To bring into compliance (printed on the receipt): %n point(s)</source>
        <translation>
            <numerusform>Түзетілетін тармақтар (қолхатта басылады): %n</numerusform>
            <numerusform>Түзетілетін тармақтар (қолхатта басылады): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Term for the points: &quot;%1&quot; is not a date; type it as DD.MM.YYYY or clear it for the default term.</source>
        <translation>Тармақтар мерзімі: «%1» — күн емес; оны КК.АА.ЖЖЖЖ түрінде теріңіз немесе әдепкі мерзім үшін тазалаңыз.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the details</source>
        <translation>Мәліметтерді &amp;сақтау</translation>
    </message>
    <message numerus="yes">
        <source>Received today, %1. Decision due by &lt;b&gt;%2&lt;/b&gt; (%n working day(s)); no decision by then counts as a refusal.</source>
        <translation>
            <numerusform>Бүгін, %1 қабылданды. Шешім мерзімі — &lt;b&gt;%2&lt;/b&gt; ж. дейін (%n жұмыс күні); осы мерзімге дейін шешім қабылданбаса, бас тарту деп саналады.</numerusform>
            <numerusform>Бүгін, %1 қабылданды. Шешім мерзімі — &lt;b&gt;%2&lt;/b&gt; ж. дейін (%n жұмыс күні); осы мерзімге дейін шешім қабылданбаса, бас тарту деп саналады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Throw away the appeal typed so far? Nothing has been registered yet.</source>
        <translation>Осы уақытқа дейін енгізілген өтінішті өшіру керек пе? Әзірге ештеңе тіркелген жоқ.</translation>
    </message>
    <message>
        <source>Throw away the details typed so far? Nothing has been recorded yet.</source>
        <translation>Енгізілген мәліметтерді өшіру керек пе? Әзірге ештеңе жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealListModel</name>
    <message>
        <source>being considered</source>
        <translation>қаралуда</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>жолданды</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>шешілді</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>кері қайтарып алынған</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to bring into compliance</source>
        <translation>
            <numerusform>түзетілетін тармақтар: %n</numerusform>
            <numerusform>түзетілетін тармақтар: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>filed late</source>
        <translation>кешіктіріп берілген</translation>
    </message>
    <message>
        <source>impossible records</source>
        <translation>мүмкін емес жазбалар</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (мерзімі өткен)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Next term</source>
        <translation>Келесі мерзім</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Complaint: decision</source>
        <translation>Шағым: шешімге</translation>
    </message>
    <message>
        <source>Complaint: action</source>
        <translation>Шағым: әрекетке</translation>
    </message>
    <message>
        <source>Complaint: inaction</source>
        <translation>Шағым: әрекетсіздікке</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Өтініш</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealRegisterWindow</name>
    <message>
        <source>with something owed</source>
        <translation>орындалуы күтілуде</translation>
    </message>
    <message>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>decided or withdrawn</source>
        <translation>шешілген немесе кері қайтарылған</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Appeals and complaints</source>
        <translation>&amp;Өтініштер мен шағымдар</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 жағдайы бойынша</translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) listed</source>
        <translation>
            <numerusform>%n өтініш көрсетілген</numerusform>
            <numerusform>%n өтініш көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <source>The details brought for appeal %1 were recorded.</source>
        <translation>%1 өтініші бойынша әкелінген мәліметтер жазылды.</translation>
    </message>
    <message>
        <source>%1: recorded for appeal %2.</source>
        <translation>%1: %2 өтініші бойынша жазылды.</translation>
    </message>
    <message>
        <source>Appeal %1 registered. Its receipt: %2</source>
        <translation>%1 өтініші тіркелді. Оның қолхаты: %2</translation>
    </message>
    <message>
        <source>The receipt of appeal %1: %2</source>
        <translation>%1 өтінішінің қолхаты: %2</translation>
    </message>
    <message>
        <source>No appeal is chosen: choose it in the list (Ctrl+L), then Ctrl+P prints its receipt.</source>
        <translation>Өтініш таңдалмаған: оны тізімнен таңдаңыз (Ctrl+L), содан кейін Ctrl+P оның қолхатын басып шығарады.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n appeals are listed, in the order shown, and there are more: narrow the list (which appeals, overdue only, or search) to see the others.</source>
        <translation>
            <numerusform>Көрсетілген ретпен алғашқы %n өтініш берілді, басқалары да бар: қалғандарын көру үшін тізімді тарылтыңыз («Көрсету» өрісі, «Тек мерзімі өткендер» немесе іздеу).</numerusform>
            <numerusform>Көрсетілген ретпен алғашқы %n өтініш берілді, басқалары да бар: қалғандарын көру үшін тізімді тарылтыңыз («Көрсету» өрісі, «Тек мерзімі өткендер» немесе іздеу).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::AuditView</name>
    <message>
        <source>anyone</source>
        <translation>кез келген адам</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>кез келген әрекет</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n жол.</numerusform>
            <numerusform>%n жол.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s) of other workstations are not complete yet (not received yet).</source>
        <translation>
            <numerusform>Басқа жұмыс орындарының %n тізбегі әлі толық емес (әлі алынбаған).</numerusform>
            <numerusform>Басқа жұмыс орындарының %n тізбегі әлі толық емес (әлі алынбаған).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log was changed outside CertDesk: %n problem(s). Report it to the administrator as a personal data breach (within one working day).</source>
        <translation>
            <numerusform>Журнал CertDesk-тен тыс өзгертілген: %n мәселе. Бұл туралы әкімшіге дербес деректердің қауіпсіздігін бұзу ретінде хабарлаңыз (бір жұмыс күні ішінде).</numerusform>
            <numerusform>Журнал CertDesk-тен тыс өзгертілген: %n мәселе. Бұл туралы әкімшіге дербес деректердің қауіпсіздігін бұзу ретінде хабарлаңыз (бір жұмыс күні ішінде).</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the log of every workstation… This reads every event; the window can be used meanwhile.</source>
        <translation>Барлық жұмыс орындарының журналы тексерілуде… Әр оқиға оқылады; осы уақытта терезені пайдалануға болады.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n line(s); narrow the filter to see older ones.</source>
        <translation>
            <numerusform>Ең соңғы %n жол; ескірек жолдарды көру үшін сүзгіні тарылтыңыз.</numerusform>
            <numerusform>Ең соңғы %n жол; ескірек жолдарды көру үшін сүзгіні тарылтыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %n event(s) in %1: no sign of tampering.</source>
        <translation>
            <numerusform>%1 ішіндегі %n оқиға тексерілді: өзгерту белгілері жоқ.</numerusform>
            <numerusform>%1 ішіндегі %n оқиға тексерілді: өзгерту белгілері жоқ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n тізбек</numerusform>
            <numerusform>%n тізбек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::AuditViewModel</name>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Receipt or case</source>
        <translation>Қолхат немесе іс</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>certdesk::BoardModel</name>
    <message>
        <source>At the branch</source>
        <translation>Бөлімшеде</translation>
    </message>
    <message>
        <source>Due for transfer</source>
        <translation>Тапсыру мерзімі жетті</translation>
    </message>
    <message>
        <source>With the provider</source>
        <translation>Көрсетілетін қызметті берушіде</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Қайтару сұралды</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>Мұрағатқа тапсырылатын</translation>
    </message>
    <message>
        <source>Interim notice due</source>
        <translation>Аралық жауап беру мерзімі жетті</translation>
    </message>
    <message>
        <source>Anomalies and overrides</source>
        <translation>Ауытқулар мен рұқсаттар</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n рұқсат</numerusform>
            <numerusform>%n рұқсат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>мерзімі %n күнге өтіп кетті</numerusform>
            <numerusform>мерзімі %n күнге өтіп кетті</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>мерзімі бүгін</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн қалды</numerusform>
            <numerusform>%n күн қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>мерзімі %n күннен кейін</numerusform>
            <numerusform>мерзімі %n күннен кейін</numerusform>
        </translation>
    </message>
    <message>
        <source> (returned by the provider)</source>
        <translation> (көрсетілетін қызметті беруші қайтарған)</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Істі ашу</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Flagged on</source>
        <translation>Белгіленген күні</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>the same receipt number as %1</source>
        <translation>қолхат нөмірі %1 адаммен бірдей</translation>
    </message>
    <message>
        <source>Late results</source>
        <translation>Кешіккен нәтижелер</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n сағат</numerusform>
            <numerusform>%n сағат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минут</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунд</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>clock moved back by %1 (previous record %2): check the date and time</source>
        <translation>сағат %1 кері жылжытылды (алдыңғы жазба %2): күн мен уақытты тексеріңіз</translation>
    </message>
    <message numerus="yes">
        <source>result late by %n day(s)</source>
        <translation>
            <numerusform>нәтиже %n күнге кешікті</numerusform>
            <numerusform>нәтиже %n күнге кешікті</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>%1 жұмыс орны</translation>
    </message>
    <message>
        <source>Computer clock (signed in: %1)</source>
        <translation>Компьютер сағаты (жүйеде: %1)</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Кешіккен күн</translation>
    </message>
    <message>
        <source>missing at the count of the safe on %1</source>
        <translation>%1 сейфті санау кезінде жоқ</translation>
    </message>
</context>
<context>
    <name>certdesk::BoardWidget</name>
    <message>
        <source>Supervisor board</source>
        <translation>Бақылау панелі</translation>
    </message>
    <message numerus="yes">
        <source> — %n due</source>
        <translation>
            <numerusform> — мерзімі жеткені: %n</numerusform>
            <numerusform> — мерзімі жеткені: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No paper is due for transfer; select the cases to transfer.</source>
        <translation>Тапсыру мерзімі жеткен қағаз анықтама жоқ; тапсырылатын істерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Transfer to the provider</source>
        <translation>Көрсетілетін қызметті берушіге тапсыру</translation>
    </message>
    <message numerus="yes">
        <source>%n paper certificate(s) leave for the provider under one transfer act, printed now for both sides to sign.</source>
        <translation>
            <numerusform>%n қағаз анықтама бір қабылдау-тапсыру актісімен көрсетілетін қызметті берушіге тапсырылады; акт екі тарап қол қоюы үшін қазір басылады.</numerusform>
            <numerusform>%n қағаз анықтама бір қабылдау-тапсыру актісімен көрсетілетін қызметті берушіге тапсырылады; акт екі тарап қол қоюы үшін қазір басылады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n paper(s) under act %1.</source>
        <translation>
            <numerusform>%1 актісімен %n қағаз анықтама тапсырылды.</numerusform>
            <numerusform>%1 актісімен %n қағаз анықтама тапсырылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>No paper is due for archiving; select the cases the provider archived.</source>
        <translation>Мұрағатқа тапсыру мерзімі жеткен қағаз анықтама жоқ; көрсетілетін қызметті беруші мұрағатқа тапсырған істерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Record the provider&apos;s archiving</source>
        <translation>Көрсетілетін қызметті берушінің мұрағатқа тапсыруын жазу</translation>
    </message>
    <message numerus="yes">
        <source>The provider filed %n paper certificate(s) into its registered record; the cases are closed.</source>
        <translation>
            <numerusform>Көрсетілетін қызметті беруші %n қағаз анықтаманы өзінің тіркелген жинағына тапсырды; істер жабылады.</numerusform>
            <numerusform>Көрсетілетін қызметті беруші %n қағаз анықтаманы өзінің тіркелген жинағына тапсырды; істер жабылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Мұрағатқа тапсырылған күні</translation>
    </message>
    <message>
        <source>Registered record number</source>
        <translation>Тіркелген жинақтың нөмірі</translation>
    </message>
    <message numerus="yes">
        <source>Recorded the archiving of %n paper(s).</source>
        <translation>
            <numerusform>%n қағаз анықтаманың мұрағатқа тапсырылуы жазылды.</numerusform>
            <numerusform>%n қағаз анықтаманың мұрағатқа тапсырылуы жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuance journal</source>
        <translation>Беру журналы</translation>
    </message>
    <message>
        <source>The journal of the certificates handed over on a day.</source>
        <translation>Бір күнде берілген анықтамалар журналы.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Export the board</source>
        <translation>Бақылау панелін экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2. Choose another folder.</source>
        <translation>%1 файлын жазу мүмкін емес: %2. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The file %1 could not be written completely.</source>
        <translation>%1 файлын толық жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The board was saved to %1.</source>
        <translation>Бақылау панелі %1 ішіне сақталды.</translation>
    </message>
    <message>
        <source>Supervisor &amp;board</source>
        <translation>&amp;Бақылау панелі</translation>
    </message>
    <message>
        <source>Board on %1 — need action today: %2; %3.</source>
        <translation>Бақылау панелі, %1 — бүгін әрекет қажет: %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) or complaint(s)</source>
        <translation>
            <numerusform>%n өтініш немесе шағым</numerusform>
            <numerusform>%n өтініш немесе шағым</numerusform>
        </translation>
    </message>
    <message>
        <source>Board on %1 — need action today: %2.</source>
        <translation>Бақылау панелі, %1 — бүгін әрекет қажет: %2.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 бастап %2 дейін</translation>
    </message>
    <message>
        <source>The issuance journal of %1</source>
        <translation>%1 күнгі беру журналы</translation>
    </message>
    <message>
        <source>The issuance journal: %1</source>
        <translation>Беру журналы: %1</translation>
    </message>
    <message>
        <source>The board report</source>
        <translation>Бақылау панелінің есебі</translation>
    </message>
    <message>
        <source>The board report: %1</source>
        <translation>Бақылау панелінің есебі: %1</translation>
    </message>
    <message>
        <source>&amp;Safe</source>
        <translation>&amp;Сейф</translation>
    </message>
    <message>
        <source>&amp;Count the safe…</source>
        <translation>Сейфті &amp;санау…</translation>
    </message>
    <message>
        <source>&amp;Write off a missing paper…</source>
        <translation>Жоқ анықтаманы &amp;есептен шығару…</translation>
    </message>
    <message>
        <source>No paper is missing at a count of the safe: there is nothing to write off.</source>
        <translation>Сейфті санау кезінде жоқ анықтама жоқ: есептен шығаратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Choose the missing paper in the list (arrows), then Safe → Write off again.</source>
        <translation>Тізімнен жоқ анықтаманы таңдаңыз (бағыттауыштармен), содан кейін қайтадан Сейф → Есептен шығару.</translation>
    </message>
    <message>
        <source>A missing paper &amp;found…</source>
        <translation>Жоқ анықтама &amp;табылды…</translation>
    </message>
</context>
<context>
    <name>certdesk::CaseActionDateDialog</name>
    <message>
        <source>%1 is empty; fill it in.</source>
        <translation>%1 бос; толтырыңыз.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Ештеңе жазылған жоқ.</translation>
    </message>
</context>
<context>
    <name>certdesk::CaseActionIssueDialog</name>
    <message>
        <source>Press OK again to hand it over.</source>
        <translation>Анықтаманы беру үшін OK батырмасын тағы басыңыз.</translation>
    </message>
</context>
<context>
    <name>certdesk::CaseActions</name>
    <message>
        <source>Not recorded</source>
        <translation>Жазылмады</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Жазылды</translation>
    </message>
    <message>
        <source>Case %1: %2, %3.</source>
        <translation>%1 ісі: %2, %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custody action.</source>
        <translation>«%1» — сақтау әрекеті емес.</translation>
    </message>
    <message>
        <source>Record the provider&apos;s refusal</source>
        <translation>Көрсетілетін қызметті берушінің бас тартуын жазу</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s motivated reasons in full: they are printed for the person.</source>
        <translation>Көрсетілетін қызметті берушінің дәлелді себептерін толық көшіріңіз: олар адамға басып беріледі.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Себептері</translation>
    </message>
    <message>
        <source>Issued. The handing over is in today&apos;s issuance journal (Board → Issuance journal).</source>
        <translation>Берілді. Беру бүгінгі беру журналына жазылды (Бақылау панелі → Беру журналы).</translation>
    </message>
    <message>
        <source>The paper certificate arrived</source>
        <translation>Қағаз анықтама келді</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>The provider returned the paper</source>
        <translation>Көрсетілетін қызметті беруші қағаз анықтаманы қайтарды</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Қайтарылған күні</translation>
    </message>
    <message>
        <source>The provider archived the paper</source>
        <translation>Көрсетілетін қызметті беруші қағаз анықтаманы мұрағатқа тапсырды</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Мұрағатқа тапсырылған күні</translation>
    </message>
    <message>
        <source>Registered record number</source>
        <translation>Тіркелген жинақтың нөмірі</translation>
    </message>
    <message>
        <source>Additional identification check</source>
        <translation>Қосымша сәйкестендіру тексерісі</translation>
    </message>
    <message>
        <source>Give the interim response</source>
        <translation>Аралық жауап беру</translation>
    </message>
    <message>
        <source>The interim notice is printed for the person: they may reapply from %1.</source>
        <translation>Аралық жауап тұлғаға басып беріледі: ол %1 бастап қайта жүгіне алады.</translation>
    </message>
    <message>
        <source>Print the paper certificate</source>
        <translation>Қағаз анықтаманы басып шығару</translation>
    </message>
    <message numerus="yes">
        <source>It was printed %n time(s): this copy is marked as a duplicate and counted on the case.</source>
        <translation>
            <numerusform>Ол %n рет басылды: бұл дана телнұсқа деп белгіленіп, іске есептеледі.</numerusform>
            <numerusform>Ол %n рет басылды: бұл дана телнұсқа деп белгіленіп, іске есептеледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first print starts the branch&apos;s month of custody when the paper did not come from the provider.</source>
        <translation>Қағаз анықтама көрсетілетін қызметті берушіден келмеген болса, бірінші басып шығару бөлімшедегі бір айлық сақтау мерзімін бастайды.</translation>
    </message>
    <message>
        <source>Transfer to the provider</source>
        <translation>Көрсетілетін қызметті берушіге тапсыру</translation>
    </message>
    <message>
        <source>The paper leaves for the provider under a new transfer act, printed now.</source>
        <translation>Қағаз анықтама көрсетілетін қызметті берушіге қазір басылатын жаңа қабылдау-тапсыру актісімен тапсырылады.</translation>
    </message>
    <message>
        <source>Ask the provider for the paper</source>
        <translation>Көрсетілетін қызметті берушіден қағаз анықтаманы сұрау</translation>
    </message>
    <message>
        <source>The provider sends the paper back within one working day.</source>
        <translation>Көрсетілетін қызметті беруші қағаз анықтаманы бір жұмыс күні ішінде қайтарады.</translation>
    </message>
    <message>
        <source>Recorded. Interim response due on %1; the person may reapply from %2.</source>
        <translation>Жазылды. Аралық жауап мерзімі — %1; адам %2 бастап қайта өтініш бере алады.</translation>
    </message>
    <message>
        <source>Return requested. The provider owes the paper by %1; tell the person to come from then on.</source>
        <translation>Қайтару сұралды. Көрсетілетін қызметті беруші қағаз анықтаманы %1 дейін қайтаруы тиіс; тұлғаға сол күннен бастап келуін хабарлаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Receipt %1 is on %n cases: %2. Two workstations issued the same number; each case is a person of its own. Read the IIN of the person the certificate is about from their documents and type it here.</source>
        <translation>
            <numerusform>%1 қолхаты %n іске тиесілі: %2. Екі жұмыс орны бірдей нөмір берген; әр іс — жеке адам. Анықтама кім туралы болса, сол адамның ЖСН-ін оның құжаттарынан оқып, осында енгізіңіз.</numerusform>
            <numerusform>%1 қолхаты %n іске тиесілі: %2. Екі жұмыс орны бірдей нөмір берген; әр іс — жеке адам. Анықтама кім туралы болса, сол адамның ЖСН-ін оның құжаттарынан оқып, осында енгізіңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transferred under act %1. The act: %2</source>
        <translation>%1 актісімен тапсырылды. Акт: %2</translation>
    </message>
    <message>
        <source>The certificate № %1</source>
        <translation>№ %1 анықтама</translation>
    </message>
    <message>
        <source>The print is recorded on the case; a new print is marked as a duplicate.</source>
        <translation>Басып шығару іске жазылды; келесі басып шығару телнұсқа деп белгіленеді.</translation>
    </message>
    <message>
        <source>The certificate: %1</source>
        <translation>Анықтама: %1</translation>
    </message>
    <message>
        <source>The interim notice</source>
        <translation>Аралық жауап</translation>
    </message>
    <message>
        <source>The interim response is recorded on the case.</source>
        <translation>Аралық жауап іске жазылды.</translation>
    </message>
    <message>
        <source>The interim notice: %1</source>
        <translation>Аралық жауап: %1</translation>
    </message>
    <message>
        <source>The transfer act %1</source>
        <translation>%1 қабылдау-тапсыру актісі</translation>
    </message>
    <message>
        <source>The transfer is recorded.</source>
        <translation>Тапсыру жазылды.</translation>
    </message>
    <message numerus="yes">
        <source>The provider checks persons with similar data. The interim response is due in %n working day(s);</source>
        <translation>
            <numerusform>Көрсетілетін қызметті беруші деректері ұқсас адамдарды тексеруде. Аралық жауап %n жұмыс күні ішінде беріледі;</numerusform>
            <numerusform>Көрсетілетін қызметті беруші деректері ұқсас адамдарды тексеруде. Аралық жауап %n жұмыс күні ішінде беріледі;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the person may reapply after %n working day(s).</source>
        <translation>
            <numerusform>адам %n жұмыс күнінен кейін қайта өтініш бере алады.</numerusform>
            <numerusform>адам %n жұмыс күнінен кейін қайта өтініш бере алады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::CaseListModel</name>
    <message numerus="yes">
        <source>This case has %n anomaly(ies) for the supervisor.</source>
        <translation>
            <numerusform>Бұл істе супервайзерге арналған %n ауытқу бар.</numerusform>
            <numerusform>Бұл істе супервайзерге арналған %n ауытқу бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Қабылданған</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message numerus="yes">
        <source>This period holds more than %n case(s), so it is listed by submission time. Narrow the period to sort it by another column.</source>
        <translation>
            <numerusform>Бұл кезеңде %n-ден астам іс бар, сондықтан олар берілген уақыты бойынша көрсетілді. Басқа баған бойынша сұрыптау үшін кезеңді қысқартыңыз.</numerusform>
            <numerusform>Бұл кезеңде %n-ден астам іс бар, сондықтан олар берілген уақыты бойынша көрсетілді. Басқа баған бойынша сұрыптау үшін кезеңді қысқартыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search finds %n or more cases, so they are listed by surname. Type more of the surname to sort them by another column.</source>
        <translation>
            <numerusform>Іздеу %n немесе одан көп іс табады, сондықтан олар тегі бойынша көрсетілді. Басқа баған бойынша сұрыптау үшін тегін толығырақ енгізіңіз.</numerusform>
            <numerusform>Іздеу %n немесе одан көп іс табады, сондықтан олар тегі бойынша көрсетілді. Басқа баған бойынша сұрыптау үшін тегін толығырақ енгізіңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::CaseView</name>
    <message>
        <source>No case open</source>
        <translation>Ашық іс жоқ</translation>
    </message>
    <message>
        <source>Type or scan a receipt number, an IIN or a surname in the search box (Ctrl+F), or take a new application (Ctrl+N).</source>
        <translation>Іздеу жолына (Ctrl+F) қолхат нөмірін, ЖСН-ді немесе тегін теріңіз не сканерлеңіз, немесе жаңа өтініш қабылдаңыз (Ctrl+N).</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>%1 ісі</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>%1 қолхаты</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(ies): see the timeline</source>
        <translation>
            <numerusform>%n ауытқу: уақыт желісін қараңыз</numerusform>
            <numerusform>%n ауытқу: уақыт желісін қараңыз</numerusform>
        </translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>Previously</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>Change confirmed by</source>
        <translation>Өзгерісті растаған құжат</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, БСН %2</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Өтініш беруші тұлға</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <source>notary %1, act № %2, issued %3, valid to %4</source>
        <translation>нотариус %1, әрекет № %2, берілген күні %3, %4 дейін жарамды</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Туу туралы куәлік</translation>
    </message>
    <message>
        <source>№ %1 of %2, parent %3</source>
        <translation>№ %1, %2, ата-анасы %3</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Хабарламаға арналған телефон</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>State fee</source>
        <translation>Мемлекеттік баж</translation>
    </message>
    <message>
        <source>%1 ₸, payment %2</source>
        <translation>%1 ₸, төлем %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Қабылданған</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>№ %1 of %2</source>
        <translation>№ %1, %2</translation>
    </message>
    <message>
        <source>Arrived at the branch</source>
        <translation>Бөлімшеге келді</translation>
    </message>
    <message>
        <source>Branch keeps it until</source>
        <translation>Бөлімше сақтайтын мерзім</translation>
    </message>
    <message>
        <source>Provider keeps it until</source>
        <translation>Көрсетілетін қызметті беруші сақтайтын мерзім</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Қайтару мерзімі</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ өтті</translation>
    </message>
    <message>
        <source>⚠ recipient warned</source>
        <translation>⚠ алушыға түсіндірілді</translation>
    </message>
    <message>
        <source>⚠ overridden</source>
        <translation>⚠ рұқсат берілді</translation>
    </message>
    <message>
        <source>⚠ overridden by %1: %2</source>
        <translation>⚠ рұқсат берген %1: %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Documents at the counter</source>
        <translation>Өтініш беруші тұлғаның құжаттары</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Тексерілген құжаттар</translation>
    </message>
    <message>
        <source>Service and deadline</source>
        <translation>Қызмет және мерзім</translation>
    </message>
    <message>
        <source>Anomalies for the supervisor</source>
        <translation>Супервайзерге арналған ауытқулар</translation>
    </message>
    <message>
        <source>Print receipt (%1)</source>
        <translation>Қолхатты басып шығару (%1)</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>коды %1</translation>
    </message>
    <message>
        <source>№ %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>берілген күні %1</translation>
    </message>
    <message>
        <source>valid to %1</source>
        <translation>%1 дейін жарамды</translation>
    </message>
    <message>
        <source>This action is recorded by the provider&apos;s systems or from certdeskctl, not at the counter.</source>
        <translation>Бұл әрекетті терезеде емес, көрсетілетін қызметті берушінің жүйелері немесе certdeskctl жазады.</translation>
    </message>
    <message>
        <source>Note on the case:</source>
        <translation>Іс бойынша ескертпе:</translation>
    </message>
    <message>
        <source>Reason the applicant gives for withdrawing:</source>
        <translation>Өтініш берушінің кері қайтарып алу себебі:</translation>
    </message>
    <message>
        <source>Note: it is empty; nothing was recorded.</source>
        <translation>Ескертпе: бос; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Reason: it is empty; the withdrawal was not recorded.</source>
        <translation>Себебі: бос; кері қайтарып алу жазылған жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s) old today)</source>
        <translation>
            <numerusform>%1 (бүгін %n жаста)</numerusform>
            <numerusform>%1 (бүгін %n жаста)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ЖСН %2</translation>
    </message>
    <message>
        <source>the receipt number is also on another person&apos;s case</source>
        <translation>бұл қолхат нөмірі басқа адамның ісінде де бар</translation>
    </message>
    <message>
        <source>Same receipt number</source>
        <translation>Бірдей қолхат нөмірі</translation>
    </message>
    <message>
        <source>%1 has a case with this receipt number too: two workstations issued it. The two cases stay apart; at issuance the IIN of the person decides.</source>
        <translation>%1 адамның да осы қолхат нөмірімен ісі бар: оны екі жұмыс орны берген. Екі іс бөлек қалады; беру кезінде адамның ЖСН-і шешеді.</translation>
    </message>
    <message>
        <source>The receipt %1: %2</source>
        <translation>%1 қолхаты: %2</translation>
    </message>
    <message>
        <source>Print application (%1)</source>
        <translation>Өтінішті басып шығару (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The application was printed %n time(s): this print is marked as a copy.</source>
        <translation>
            <numerusform>Өтініш %n рет басылды: бұл дана көшірме деп белгіленеді.</numerusform>
            <numerusform>Өтініш %n рет басылды: бұл дана көшірме деп белгіленеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application has not been printed yet: this print is the original for signature.</source>
        <translation>Өтініш әлі басылмаған: бұл — қол қоюға арналған түпнұсқа.</translation>
    </message>
    <message>
        <source>The application %1: %2</source>
        <translation>%1 өтініші: %2</translation>
    </message>
    <message>
        <source>%1: receipt %2.</source>
        <translation>%1: %2 қолхаты.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>agreed, in Russian, to %1</source>
        <translation>келісті, орыс тілінде, %1 нөміріне</translation>
    </message>
    <message>
        <source>agreed, in Kazakh, to %1</source>
        <translation>келісті, қазақ тілінде, %1 нөміріне</translation>
    </message>
    <message>
        <source>not agreed: nothing is sent</source>
        <translation>келіспеді: ештеңе жіберілмейді</translation>
    </message>
    <message>
        <source>SMS notices</source>
        <translation>SMS-хабарламалар</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
</context>
<context>
    <name>certdesk::CouchClient</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate: choose the CA certificate file the administrator gave you.</source>
        <translation>%1 CA файлын оқу мүмкін емес немесе онда PEM сертификаты жоқ: әкімші берген CA сертификатының файлын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>certdesk::CounterTools</name>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Жоспарлы сақтық көшірме жасалмады: %1</translation>
    </message>
    <message>
        <source>&amp;Sync settings…</source>
        <translation>&amp;Синхрондау баптаулары…</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Синхрондау құпиясөзі</translation>
    </message>
    <message>
        <source>%1
The password of the sync account %2:</source>
        <translation>%1
%2 синхрондау тіркелгісінің құпиясөзі:</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Синхрондау баптаулары</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Тіркелгілер</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Кірген: %1 (%2)</translation>
    </message>
    <message>
        <source>Writing the scheduled backup…</source>
        <translation>Жоспарлы сақтық көшірме жазылуда…</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>&amp;Аудит журналы…</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>Тір&amp;келгілер…</translation>
    </message>
    <message>
        <source>Server documents to re&amp;view…</source>
        <translation>Сервер &amp;құжаттарын тексеру…</translation>
    </message>
    <message>
        <source>Server documents</source>
        <translation>Сервер құжаттары</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>&amp;Принтерлер…</translation>
    </message>
    <message>
        <source>SMS &amp;notices…</source>
        <translation>SMS-&amp;хабарламалар…</translation>
    </message>
    <message>
        <source>The SMS gateway did not take a notice; it is tried again later (see the board).</source>
        <translation>SMS шлюзі хабарламаны қабылдамады; кейінірек қайта жіберіледі (тақтаны қараңыз).</translation>
    </message>
    <message>
        <source>SMS notices</source>
        <translation>SMS-хабарламалар</translation>
    </message>
</context>
<context>
    <name>certdesk::DocumentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Алдын ала қарау: %1</translation>
    </message>
    <message>
        <source>Enter or Ctrl+P prints on the computer&apos;s default printer; Ctrl+S saves a PDF; Esc closes without printing.</source>
        <translation>Enter немесе Ctrl+P компьютердің әдепкі принтерінде басып шығарады; Ctrl+S PDF сақтайды; Esc басып шығармай жабады.</translation>
    </message>
    <message>
        <source>Enter or Ctrl+P prints on %1; Ctrl+S saves a PDF; Esc closes without printing.</source>
        <translation>Enter немесе Ctrl+P %1 принтерінде басып шығарады; Ctrl+S PDF сақтайды; Esc басып шығармай жабады.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1-бет, барлығы %2</translation>
    </message>
</context>
<context>
    <name>certdesk::FirstRunDialog</name>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Құру және кіру</translation>
    </message>
    <message>
        <source>Repeat: the two passwords differ; type the same password twice.</source>
        <translation>Қайталау: екі құпиясөз әртүрлі; бір құпиясөзді екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>certdesk::FirstRunRestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Сақтық көшірмені таңдаңыз</translation>
    </message>
    <message>
        <source>CertDesk databases (*.db);;All files (*)</source>
        <translation>CertDesk дерекқорлары (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>This backup is intact: cases: %1, events: %2, accounts: %3; saved %4.</source>
        <translation>Бұл сақтық көшірме бүтін: істер саны: %1, оқиғалар саны: %2, тіркелгілер саны: %3; сақталған уақыты: %4.</translation>
    </message>
</context>
<context>
    <name>certdesk::FoundPaperDialog</name>
    <message>
        <source>Found: %1, receipt %2 (missing at the count of %3). Recorded; it leaves the board&apos;s anomalies. Put it back in the safe.</source>
        <translation>Табылды: %1, қолхат %2 (%3 санау кезінде жоқ болған). Жазылды; бақылау панеліндегі ауытқулардан алынады. Оны сейфке қайта салыңыз.</translation>
    </message>
    <message>
        <source>A missing paper found</source>
        <translation>Жоқ анықтама табылды</translation>
    </message>
    <message>
        <source>Scan the QR code of a paper certificate missing at a count of the safe, or type its receipt number and press Enter: it is recorded as found with your name. A paper that is not missing is refused and nothing is recorded.</source>
        <translation>Сейфті санау кезінде жоқ болған қағаз анықтаманың QR-кодын сканерлеңіз немесе қолхат нөмірін енгізіп, Enter басыңыз: ол сіздің атыңызбен табылды деп жазылады. Жоқ деп табылмаған анықтама қабылданбайды, ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>&amp;QR code or receipt number:</source>
        <translation>&amp;QR-код немесе қолхат нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeApplicantPage</name>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Who applies for the certificate.</source>
        <translation>Анықтамаға кім өтініш береді.</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeIdentityPage</name>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>The identity document of %1, the person applying.</source>
        <translation>Өтініш беруші %1 адамның жеке басын куәландыратын құжаты.</translation>
    </message>
    <message>
        <source>The identity document of %1, who is at the counter.</source>
        <translation>Өтініш берушінің (%1) жеке басын куәландыратын құжаты.</translation>
    </message>
    <message>
        <source>MIA RK</source>
        <comment>issuer: the Ministry of Internal Affairs, as abbreviated on the card</comment>
        <translation>ҚР ІІМ</translation>
    </message>
    <message>
        <source>MoJ RK</source>
        <comment>issuer: the Ministry of Justice, as abbreviated on the card</comment>
        <translation>ҚР ӘМ</translation>
    </message>
    <message>
        <source>MFA RK</source>
        <comment>issuer: the Ministry of Foreign Affairs, as abbreviated on the card</comment>
        <translation>ҚР СІМ</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakePage</name>
    <message>
        <source>Supervisor &amp;override… (Ctrl+O)</source>
        <translation>Супервайзердің &amp;рұқсаты… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Correct the input first; the refused checks can then be passed only by a supervisor override (Ctrl+O).</source>
        <translation>Алдымен енгізілгенді түзетіңіз; өтпеген тексерістерден содан кейін тек супервайзердің рұқсатымен өтуге болады (Ctrl+O).</translation>
    </message>
    <message>
        <source>Only a supervisor can let the application pass: Supervisor override (Ctrl+O). Otherwise correct the data or cancel (Esc).</source>
        <translation>Өтінішті тек супервайзер өткізе алады: Супервайзердің рұқсаты (Ctrl+O). Әйтпесе деректерді түзетіңіз немесе бас тартыңыз (Esc).</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakePresenterPage</name>
    <message>
        <source>Who is at the counter</source>
        <translation>Өтініш беруші тұлға</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n year(s) old: a minor. Another person needs the child&apos;s birth certificate.</source>
        <translation>
            <numerusform>%1 — %n жаста, кәмелетке толмаған. Басқа адамға баланың туу туралы куәлігі қажет.</numerusform>
            <numerusform>%1 — %n жаста, кәмелетке толмаған. Басқа адамға баланың туу туралы куәлігі қажет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n year(s) old: an adult. Another person needs a notarized power of attorney from them.</source>
        <translation>
            <numerusform>%1 — %n жаста, кәмелетке толған. Басқа адамға одан нотариат куәландырған сенімхат қажет.</numerusform>
            <numerusform>%1 — %n жаста, кәмелетке толған. Басқа адамға одан нотариат куәландырған сенімхат қажет.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::IntakePurposePage</name>
    <message>
        <source>Purpose and phone</source>
        <translation>Мақсаты және телефон</translation>
    </message>
    <message>
        <source>Electronic result due by %1.</source>
        <translation>Электрондық нәтиже мерзімі — %1 дейін.</translation>
    </message>
    <message>
        <source>Paper certificate due by %1 (working days; the day of submission is not counted).</source>
        <translation>Қағаз анықтама мерзімі — %1 дейін (жұмыс күндері; өтініш берілген күн есептелмейді).</translation>
    </message>
    <message>
        <source>Country of destination: &quot;%1&quot; is not in the list. Choose the country from the list (type part of its name).</source>
        <translation>Баратын елі: «%1» тізімде жоқ. Елді тізімнен таңдаңыз (атауының бір бөлігін теріңіз).</translation>
    </message>
    <message>
        <source>%1. Tell the recipient before taking any fee.</source>
        <translation>%1. Ақы алмас бұрын алушыға түсіндіріңіз.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, БСН %2</translation>
    </message>
    <message>
        <source>an individual</source>
        <translation>жеке тұлға</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>Previously</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Растаған құжат</translation>
    </message>
    <message>
        <source>%1 № %2 of %3</source>
        <translation>%1 № %2, %3</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Өтініш беруші тұлға</translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ЖСН %2</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <source>notary %1, act № %2, issued %3, valid to %4; principal %5, agent %6</source>
        <translation>нотариус %1, әрекет № %2, берілген күні %3, %4 дейін жарамды; сенім білдіруші %5, сенім білдірілген адам %6</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Туу туралы куәлік</translation>
    </message>
    <message>
        <source>№ %1 of %2, child %3, parent %4</source>
        <translation>№ %1, %2, баласы %3, ата-анасы %4</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, коды %2</translation>
    </message>
    <message>
        <source>%1 № %2, %3, issued %4, valid until %5</source>
        <translation>%1 № %2, %3, берілген күні %4, %5 дейін жарамды</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>State fee</source>
        <translation>Мемлекеттік баж</translation>
    </message>
    <message>
        <source>%1 ₸, payment %2</source>
        <translation>%1 ₸, төлем %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Хабарламаға арналған телефон</translation>
    </message>
    <message>
        <source>passed by %1 (%2): %3</source>
        <translation>%1 (%2) рұқсат берді: %3</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Supervisor overrides</source>
        <translation>Супервайзердің рұқсаттары</translation>
    </message>
    <message>
        <source>Cleaned up on entry</source>
        <translation>Енгізу кезінде реттелді</translation>
    </message>
    <message>
        <source>SMS notices</source>
        <translation>SMS-хабарламалар</translation>
    </message>
    <message>
        <source>agreed, in Russian</source>
        <translation>келісті, орыс тілінде</translation>
    </message>
    <message>
        <source>agreed, in Kazakh</source>
        <translation>келісті, қазақ тілінде</translation>
    </message>
    <message>
        <source>not agreed: nothing will be sent</source>
        <translation>келіспеді: ештеңе жіберілмейді</translation>
    </message>
    <message>
        <source>Read it to the person. Enter saves and prints the receipt and the application for signature; %1 goes back to correct.</source>
        <translation>Оны адамға оқып беріңіз. Enter сақтайды және қолхат пен қол қоюға арналған өтінішті басып шығарады; %1 түзету үшін артқа қайтарады.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeSubjectPage</name>
    <message>
        <source>The person the certificate is about</source>
        <translation>Анықтама сұралатын тұлға</translation>
    </message>
    <message>
        <source>As written in the identity document.</source>
        <translation>Жеке басын куәландыратын құжатта жазылғандай.</translation>
    </message>
    <message>
        <source>marriage certificate</source>
        <translation>неке қию туралы куәлік</translation>
    </message>
    <message>
        <source>divorce certificate</source>
        <translation>некені бұзу туралы куәлік</translation>
    </message>
    <message>
        <source>certificate of change of name</source>
        <translation>атын өзгерту туралы куәлік</translation>
    </message>
    <message>
        <source>court decision</source>
        <translation>сот шешімі</translation>
    </message>
    <message>
        <source>This is a BIN of a legal entity, not an IIN.</source>
        <translation>Бұл — ЖСН емес, заңды тұлғаның БСН-і.</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>The IIN gives the birth date %1, which is after today: check the IIN against the document.</source>
        <translation>ЖСН бойынша туған күні %1, бұл бүгіннен кейінгі күн: ЖСН-ді құжатпен салыстырып тексеріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Born %1, %2, %n year(s) old: a minor (from the IIN)</source>
        <translation>
            <numerusform>Туған күні %1, %2, %n жаста: кәмелетке толмаған (ЖСН бойынша)</numerusform>
            <numerusform>Туған күні %1, %2, %n жаста: кәмелетке толмаған (ЖСН бойынша)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Born %1, %2, %n year(s) old (from the IIN)</source>
        <translation>
            <numerusform>Туған күні %1, %2, %n жаста (ЖСН бойынша)</numerusform>
            <numerusform>Туған күні %1, %2, %n жаста (ЖСН бойынша)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeWizard</name>
    <message>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>Cancel the application</source>
        <translation>Өтінішті енгізуді тоқтату</translation>
    </message>
    <message>
        <source>Throw away what was entered? Nothing has been saved yet.</source>
        <translation>Енгізілген деректерді жою керек пе? Әзірге ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>&amp;Save and print</source>
        <translation>&amp;Сақтау және басып шығару</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
</context>
<context>
    <name>certdesk::IntegrityWatch</name>
    <message>
        <source>Checking the database file…</source>
        <translation>Дерекқор файлы тексерілуде…</translation>
    </message>
    <message>
        <source>Database damaged: nothing is saved</source>
        <translation>Дерекқор зақымдалған: ештеңе сақталмайды</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Дерекқор зақымдалған</translation>
    </message>
    <message>
        <source>%1

CertDesk saves nothing more to %2 from now on: what is done now is not kept. Close CertDesk and start it again: it checks the file first and offers to restore the latest backup. (Or: certdeskctl --db %2 restore BACKUP.)</source>
        <translation>%1

Осы сәттен бастап CertDesk %2 файлына ештеңе жазбайды: қазір істелетін ештеңе сақталмайды. CertDesk-ті жауып, қайта іске қосыңыз: ол алдымен файлды тексеріп, соңғы сақтық көшірмені қалпына келтіруді ұсынады. (Немесе: certdeskctl --db %2 restore САҚТЫҚ_КӨШІРМЕ.)</translation>
    </message>
</context>
<context>
    <name>certdesk::Language</name>
    <message>
        <source>Language: &quot;%1&quot; is not one of Kazakh (kk), Russian (ru) or English (en); choose one of them.</source>
        <translation>Тіл: «%1» қазақ (kk), орыс (ru) немесе ағылшын (en) тілдерінің бірі емес; солардың бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>Language: the %1 translation is missing from this build of CertDesk; reinstall CertDesk or choose another language.</source>
        <translation>Тіл: %1 аудармасы CertDesk-тің бұл құрастыруында жоқ; CertDesk-ті қайта орнатыңыз немесе басқа тілді таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>certdesk::LockScreen</name>
    <message>
        <source>This counter is locked. %1 (%2) was signed in.</source>
        <translation>Бұл терезе бұғатталған. %1 (%2) кірген болатын.</translation>
    </message>
    <message>
        <source>Continue as %1</source>
        <translation>%1 ретінде жалғастыру</translation>
    </message>
    <message>
        <source>Login: enter the login of the person signing in.</source>
        <translation>Логин: кіріп жатқан адамның логинін енгізіңіз.</translation>
    </message>
    <message>
        <source>Password: type your password to continue.</source>
        <translation>Құпиясөз: жалғастыру үшін құпиясөзіңізді теріңіз.</translation>
    </message>
    <message>
        <source>Password: enter the password of the person signing in.</source>
        <translation>Құпиясөз: кіретін қызметкердің құпиясөзін енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>certdesk::LockScreenGuard</name>
    <message>
        <source>&amp;Lock the counter</source>
        <translation>&amp;Терезені бұғаттау</translation>
    </message>
</context>
<context>
    <name>certdesk::MainWindow</name>
    <message>
        <source>CertDesk — counter</source>
        <translation>CertDesk — қабылдау терезесі</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Жаңа өтініш…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>Істер &amp;тізімі</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ж&amp;аңарту</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Пернетақта</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Пернетақта</translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation>CertDesk &amp;туралы</translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation>CertDesk туралы</translation>
    </message>
    <message>
        <source>CertDesk %1: the counter for the certificate of no criminal record.</source>
        <translation>CertDesk %1: соттылығының бар-жоғы туралы анықтамаға өтініш қабылдау терезесі.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>кез келген уақыт</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>соңғы 7 күн</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>соңғы 30 күн</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>биылғы жыл</translation>
    </message>
    <message>
        <source>between…</source>
        <translation>аралығында…</translation>
    </message>
    <message>
        <source>No case has receipt %1 in this database.</source>
        <translation>Бұл дерекқорда %1 қолхаты бар іс жоқ.</translation>
    </message>
    <message>
        <source>No case about IIN %1.</source>
        <translation>ЖСН %1 бойынша іс табылмады.</translation>
    </message>
    <message>
        <source>No surname starts with &quot;%1&quot;.</source>
        <translation>«%1» деп басталатын тегі жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found. Clear the search box to see the whole list.</source>
        <translation>
            <numerusform>%n іс табылды. Бүкіл тізімді көру үшін іздеу жолын тазалаңыз.</numerusform>
            <numerusform>%n іс табылды. Бүкіл тізімді көру үшін іздеу жолын тазалаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: receipt %1.</source>
        <translation>Сақталды: %1 қолхаты.</translation>
    </message>
    <message>
        <source>&amp;Workstation number…</source>
        <translation>&amp;Жұмыс орнының нөмірі…</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>%1 (%2) · branch %3 %4 · workstation %5</source>
        <translation>%1 (%2) · бөлімше %3 %4 · жұмыс орны %5</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Find: a receipt number, an IIN or a surname, then Enter (a scanner does it for you).</source>
        <translation>Іздеу: қолхат нөмірі, ЖСН немесе тегі, содан кейін Enter (сканер мұны өзі жасайды).</translation>
    </message>
    <message>
        <source>In a print preview: Enter or Ctrl+P prints, Ctrl+S saves a PDF, Esc closes without printing.</source>
        <translation>Алдын ала қарауда: Enter немесе Ctrl+P басып шығарады, Ctrl+S PDF сақтайды, Esc басып шығармай жабады.</translation>
    </message>
    <message>
        <source>On the supervisor board: Esc closes it.</source>
        <translation>Бақылау панелінде: Esc оны жабады.</translation>
    </message>
    <message>
        <source>In the case view: the shortcut on each action button; Ctrl+P prints the receipt again, Ctrl+Shift+E the application (marked as a copy).</source>
        <translation>Істі қарағанда: әр әрекет батырмасындағы пернелер тіркесімі; Ctrl+P қолхатты, Ctrl+Shift+E өтінішті (көшірме деп белгіленген) қайта басып шығарады.</translation>
    </message>
    <message>
        <source>Saved: receipt %1. The receipt: %2 The application: %3</source>
        <translation>Сақталды: %1 қолхаты. Қолхат: %2 Өтініш: %3</translation>
    </message>
    <message>
        <source>In the wizard: Enter next page, %1 back, Ctrl+O supervisor override, Esc cancel.</source>
        <translation>Шеберде: Enter келесі бет, %1 артқа, Ctrl+O супервайзердің рұқсаты, Esc бас тарту.</translation>
    </message>
    <message numerus="yes">
        <source>%n or more cases found, listed by surname. Type more of the surname to narrow them, or clear the search box to see the whole list.</source>
        <translation>
            <numerusform>%n немесе одан көп іс табылды, олар тегі бойынша көрсетілді. Іздеуді тарылту үшін тегін толығырақ енгізіңіз немесе бүкіл тізімді көру үшін іздеу жолын тазалаңыз.</numerusform>
            <numerusform>%n немесе одан көп іс табылды, олар тегі бойынша көрсетілді. Іздеуді тарылту үшін тегін толығырақ енгізіңіз немесе бүкіл тізімді көру үшін іздеу жолын тазалаңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeBoardPanel</name>
    <message>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <source>SMS &amp;notices</source>
        <translation>SMS-&amp;хабарламалар</translation>
    </message>
    <message>
        <source>SMS &amp;notices — waiting: %1; sent: %2</source>
        <translation>SMS-&amp;хабарламалар — күтуде: %1; жіберілді: %2</translation>
    </message>
    <message>
        <source>This workstation (no. %1) sends the notices.</source>
        <translation>Хабарламаларды осы жұмыс орны (№ %1) жібереді.</translation>
    </message>
    <message>
        <source>Workstation no. %1 sends the notices.</source>
        <translation>Хабарламаларды № %1 жұмыс орны жібереді.</translation>
    </message>
    <message>
        <source>Workstation no. %1 takes over at %2.</source>
        <translation>№ %1 жұмыс орны %2 бастап жібереді.</translation>
    </message>
    <message>
        <source>No workstation is set to send the notices: a supervisor sets one in Tools → SMS notices, on that workstation.</source>
        <translation>Хабарлама жіберетін жұмыс орны белгіленбеген: супервайзер оны сол жұмыс орнында Құралдар → SMS-хабарламалар арқылы белгілейді.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer: %1</source>
        <translation>Шлюздің жауабы: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeController</name>
    <message>
        <source>The settings are saved, but the secret could not be kept in the system&apos;s credential store (%1): this window sends with it until it is closed.</source>
        <translation>Баптаулар сақталды, бірақ құпия сөзді жүйенің тіркелгі деректері қоймасына сақтау мүмкін болмады (%1): бұл терезе жабылғанша онымен жібереді.</translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeSender</name>
    <message>
        <source>No SMS gateway is set up on this workstation.</source>
        <translation>Бұл жұмыс орнында SMS шлюзі бапталмаған.</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s secret is not known on this workstation: a supervisor enters it in Tools → SMS notices.</source>
        <translation>Бұл жұмыс орнында SMS шлюзінің құпия сөзі белгісіз: оны супервайзер Құралдар → SMS-хабарламалар мәзірінде енгізеді.</translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeSettingsDialog</name>
    <message>
        <source>leave empty to keep the stored one</source>
        <translation>сақталғанын қалдыру үшін бос қалдырыңыз</translation>
    </message>
</context>
<context>
    <name>certdesk::OverrideDialog</name>
    <message>
        <source>A supervisor is asked to let these refused checks pass:</source>
        <translation>Супервайзерден мына өтпеген тексерістерден өткізуге рұқсат сұралады:</translation>
    </message>
    <message>
        <source>The override, the supervisor and the reason are recorded with the case.</source>
        <translation>Рұқсат, супервайзер және себеп іспен бірге жазылады.</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Рұқсат беру</translation>
    </message>
</context>
<context>
    <name>certdesk::PrintProblemDialog</name>
    <message>
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
    <message>
        <source>%1 was not printed.</source>
        <translation>Басып шығарылмады: %1.</translation>
    </message>
    <message>
        <source>Enter tries again; or save it as a PDF, or choose another printer.</source>
        <translation>Enter қайта байқап көреді; немесе PDF ретінде сақтаңыз, не басқа принтерді таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>&amp;Choose a printer…</source>
        <translation>Принтерді &amp;таңдау…</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t print</source>
        <translation>Басып &amp;шығармау</translation>
    </message>
</context>
<context>
    <name>certdesk::PrinterSettingsDialog</name>
    <message>
        <source>the computer&apos;s default printer (none is set)</source>
        <translation>компьютердің әдепкі принтері (орнатылмаған)</translation>
    </message>
    <message>
        <source>the computer&apos;s default printer (%1)</source>
        <translation>компьютердің әдепкі принтері (%1)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (орнатылмаған)</translation>
    </message>
    <message>
        <source>This computer has no default printer: choose one.</source>
        <translation>Бұл компьютерде әдепкі принтер жоқ: принтерді таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>certdesk::Pusher</name>
    <message>
        <source>the event is too large for the server</source>
        <translation>оқиға сервер үшін тым үлкен</translation>
    </message>
</context>
<context>
    <name>certdesk::ReceiptStopBanner</name>
    <message>
        <source>Workstation &amp;number… (supervisor)</source>
        <translation>Жұмыс орнының &amp;нөмірі… (супервайзер)</translation>
    </message>
</context>
<context>
    <name>certdesk::Replicator</name>
    <message>
        <source>No sync server is set: enter the server address and the branch database in Settings → Sync.</source>
        <translation>Синхрондау сервері орнатылмаған: Баптаулар → Синхрондау бөлімінде сервер мекенжайы мен бөлімше дерекқорын енгізіңіз.</translation>
    </message>
    <message>
        <source>The sync server address &quot;%1&quot; must start with https:// (or http:// on a test network).</source>
        <translation>«%1» синхрондау сервері мекенжайы https:// деп басталуы керек (сынақ желісінде http://).</translation>
    </message>
    <message>
        <source>This workstation&apos;s database cannot be written (%1).</source>
        <translation>Бұл жұмыс орнының дерекқорына жазу мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>Close other CertDesk windows and check the disk, then press &quot;Sync now&quot;.</source>
        <translation>Басқа CertDesk терезелерін жауып, дискіні тексеріңіз, содан кейін «Қазір синхрондау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>The server refused event %1: %2</source>
        <translation>Сервер %1 оқиғасын қабылдамады: %2</translation>
    </message>
    <message>
        <source>Received events cannot be saved on this workstation (%1).</source>
        <translation>Алынған оқиғаларды бұл жұмыс орнында сақтау мүмкін емес (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n event(s); they stay on this workstation.</source>
        <translation>
            <numerusform>Сервер %n оқиғаны қабылдамады; олар осы жұмыс орнында қалады.</numerusform>
            <numerusform>Сервер %n оқиғаны қабылдамады; олар осы жұмыс орнында қалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything else was exchanged. Tell the branch administrator: the refused events are listed in the sync log.</source>
        <translation>Қалғанының бәрі алмасылды. Бөлімше әкімшісіне хабарлаңыз: қабылданбаған оқиғалар синхрондау журналында көрсетілген.</translation>
    </message>
    <message>
        <source>Everything is sent and received.</source>
        <translation>Бәрі жіберілді және алынды.</translation>
    </message>
    <message>
        <source>The central server cannot be reached: %1.</source>
        <translation>Орталық серверге қосылу мүмкін емес: %1.</translation>
    </message>
    <message>
        <source>Check the sync account and password in Settings → Sync, or ask the administrator to check the account on the server.</source>
        <translation>Баптаулар → Синхрондау бөлімінде синхрондау тіркелгісі мен құпиясөзін тексеріңіз немесе әкімшіден сервердегі тіркелгіні тексеруді сұраңыз.</translation>
    </message>
    <message>
        <source>Ask the administrator to give this workstation&apos;s account access to the branch database.</source>
        <translation>Әкімшіден осы жұмыс орнының тіркелгісіне бөлімше дерекқорына қатынау құқығын беруді сұраңыз.</translation>
    </message>
    <message>
        <source>Ask the administrator to run &quot;certdeskctl sync init&quot; for this branch.</source>
        <translation>Әкімшіден осы бөлімше үшін «certdeskctl sync init» командасын іске қосуды сұраңыз.</translation>
    </message>
    <message>
        <source>Sync failed: %1.</source>
        <translation>Синхрондау сәтсіз аяқталды: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Work goes on here; %n event(s) not yet sent are kept. Next try at %1.</source>
        <translation>
            <numerusform>Жұмыс осында жалғасады; әлі жіберілмеген %n оқиға сақталады. Келесі әрекет — %1.</numerusform>
            <numerusform>Жұмыс осында жалғасады; әлі жіберілмеген %n оқиға сақталады. Келесі әрекет — %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Work goes on here; %n event(s) not yet sent are kept. Try again later.</source>
        <translation>
            <numerusform>Жұмыс осында жалғасады; әлі жіберілмеген %n оқиға сақталады. Кейінірек қайталаңыз.</numerusform>
            <numerusform>Жұмыс осында жалғасады; әлі жіберілмеген %n оқиға сақталады. Кейінірек қайталаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>the document is no longer on the server</source>
        <translation>құжат серверде енді жоқ</translation>
    </message>
    <message>
        <source>A document on the server is not a readable event and was set aside: %1</source>
        <translation>Сервердегі құжат оқылатын оқиға емес және бөлек қойылды: %1</translation>
    </message>
    <message>
        <source>The central rules could not be taken: %1</source>
        <translation>Орталық ережелерді қабылдау мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::Role</name>
    <message>
        <source>clerk</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>супервайзер</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <source>take applications</source>
        <translation>өтініштерді қабылдай</translation>
    </message>
    <message>
        <source>record results and arrivals</source>
        <translation>нәтижелер мен қағаз анықтамалардың келуін жаза</translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation>анықтамаларды бере</translation>
    </message>
    <message>
        <source>override a check</source>
        <translation>тексеруге супервайзердің рұқсатын бере</translation>
    </message>
    <message>
        <source>transfer documents to the provider</source>
        <translation>құжаттарды көрсетілетін қызметті берушіге тапсыра</translation>
    </message>
    <message>
        <source>record archiving</source>
        <translation>мұрағатқа беруді жаза</translation>
    </message>
    <message>
        <source>edit the working-day calendar</source>
        <translation>жұмыс күндерінің күнтізбесін өзгерте</translation>
    </message>
    <message>
        <source>edit settings</source>
        <translation>баптауларды өзгерте</translation>
    </message>
    <message>
        <source>see the supervisor board</source>
        <translation>бақылау панелін көре</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>аудит журналын көре</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>тіркелгілерді басқара</translation>
    </message>
    <message>
        <source>back up and restore</source>
        <translation>сақтық көшірме жасап, одан қалпына келтіре</translation>
    </message>
    <message>
        <source>accept appeals and complaints</source>
        <translation>өтініштер мен шағымдарды қабылдай</translation>
    </message>
    <message>
        <source>record referrals, extensions and decisions on appeals</source>
        <translation>өтініштер бойынша жолдауды, мерзімді ұзартуды және шешімді жаза</translation>
    </message>
    <message>
        <source>count the paper certificates in the safe</source>
        <translation>сейфтегі қағаз анықтамаларды санау</translation>
    </message>
</context>
<context>
    <name>certdesk::RulesDialog</name>
    <message>
        <source>&amp;Rules: calendar, MCI, terms…</source>
        <translation>&amp;Ережелер: күнтізбе, АЕК, мерзімдер…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Ережелер</translation>
    </message>
    <message>
        <source>Rules that change by decree</source>
        <translation>Қаулылармен өзгеретін ережелер</translation>
    </message>
    <message>
        <source>The rules in force at this branch. A value of this branch applies only where the central rules have none; every change is recorded with your name and reaches every workstation of the branch.</source>
        <translation>Бөлімшеде күшіндегі ережелер. Бөлімшенің мәні орталық ережелерде жоқ жерде ғана қолданылады; әр өзгеріс сіздің атыңызбен жазылып, бөлімшенің барлық жұмыс орнына жетеді.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Мерекелер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>Moves off a weekend</source>
        <translation>Демалыс күнінен ауысады</translation>
    </message>
    <message>
        <source>Days swapped by Government decree</source>
        <translation>Үкімет қаулысымен ауыстырылған күндер</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <source>Monthly calculation index (MCI) of each year</source>
        <translation>Жылдар бойынша айлық есептік көрсеткіш (АЕК)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Tenge</source>
        <translation>Теңге</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>Apostille state fee</source>
        <translation>Апостиль үшін мемлекеттік баж</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Күнінен бастап</translation>
    </message>
    <message>
        <source>MCI</source>
        <translation>АЕК</translation>
    </message>
    <message>
        <source>MCI and fee</source>
        <translation>АЕК және баж</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Working days (minutes: electronic)</source>
        <translation>Жұмыс күндері (электрондық үшін — минут)</translation>
    </message>
    <message>
        <source>Service terms</source>
        <translation>Қызмет мерзімдері</translation>
    </message>
    <message>
        <source>Hague Apostille Convention: the parties and the day it is in force with each</source>
        <translation>Апостиль туралы Гаага конвенциясы: қатысушылар және әрқайсысымен күшіне енген күні</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <source>Minsk/Chisinau conventions: no apostille needed</source>
        <translation>Минск және Кишинев конвенциялары: апостиль керек емес</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Конвенциялар</translation>
    </message>
    <message>
        <source>Apostille countries</source>
        <translation>Апостиль елдері</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Жол &amp;қосу</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Жолды &amp;өшіру</translation>
    </message>
    <message>
        <source>&amp;Back to the central or built-in value</source>
        <translation>Орталық не кірістірілген мәнге &amp;оралу</translation>
    </message>
    <message>
        <source>&amp;Save this tab</source>
        <translation>Қойындыны &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>Файлды &amp;импорттау…</translation>
    </message>
    <message>
        <source>E&amp;xport file…</source>
        <translation>Файлды &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>central rules (this branch&apos;s value does not apply)</source>
        <translation>орталық ережелер (бөлімше мәні қолданылмайды)</translation>
    </message>
    <message>
        <source>central rules</source>
        <translation>орталық ережелер</translation>
    </message>
    <message>
        <source>this branch</source>
        <translation>осы бөлімше</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>бағдарламаға кірістірілген</translation>
    </message>
    <message>
        <source>No calendar data for %1: deadlines in it are counted with weekends alone. Enter every holiday of the year and save.</source>
        <translation>%1 жылға күнтізбе жоқ: ондағы мерзімдер тек демалыс күндерімен есептеледі. Жылдың барлық мерекелерін енгізіп, сақтаңыз.</translation>
    </message>
    <message>
        <source>Comes from: %1.</source>
        <translation>Қайдан: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Ештеңе өзгертілмеді:</translation>
    </message>
    <message>
        <source>the chosen value is not this branch&apos;s own; choose a row that comes from this branch.</source>
        <translation>таңдалған мән бөлімшенікі емес; қайнары «осы бөлімше» болатын жолды таңдаңыз.</translation>
    </message>
    <message>
        <source>Holidays, row %1: %2</source>
        <translation>Мерекелер, %1-жол: %2</translation>
    </message>
    <message>
        <source>Decree days, row %1: %2</source>
        <translation>Қаулы бойынша күндер, %1-жол: %2</translation>
    </message>
    <message>
        <source>the MCI must be a whole number of tenge, such as 4325</source>
        <translation>АЕК — теңгемен бүтін сан, мысалы 4325</translation>
    </message>
    <message>
        <source>the fee must be a number of MCI, such as 0.5</source>
        <translation>баж — АЕК саны, мысалы 0,5</translation>
    </message>
    <message>
        <source>the term must be a whole number</source>
        <translation>мерзім — бүтін сан</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (ISO 3166-1, two letters)</source>
        <translation>«%1» — белгісіз ел коды (ISO 3166-1, екі әріп)</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, %2-жол: %3</translation>
    </message>
    <message>
        <source>%1, row %2: %3 is given twice</source>
        <translation>%1, %2-жол: %3 екі рет берілген</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Ештеңе сақталмады:</translation>
    </message>
    <message>
        <source>Nothing to save: the rules are as shown.</source>
        <translation>Сақтайтын ештеңе жоқ: ережелер көрсетілгендей.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n rule(s) changed.</source>
        <translation>
            <numerusform>Сақталды: %n ереже өзгертілді.</numerusform>
            <numerusform>Сақталды: %n ереже өзгертілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read:</source>
        <translation>Файлды оқу мүмкін емес:</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n rule(s) changed.</source>
        <translation>
            <numerusform>Импортталды: %n ереже өзгертілді.</numerusform>
            <numerusform>Импортталды: %n ереже өзгертілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a rules file</source>
        <translation>Ережелер файлын импорттау</translation>
    </message>
    <message>
        <source>Rules files (*.rules);;All files (*)</source>
        <translation>Ережелер файлдары (*.rules);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Export the rules in force</source>
        <translation>Күшіндегі ережелерді экспорттау</translation>
    </message>
    <message>
        <source>The file cannot be written:</source>
        <translation>Файлды жазу мүмкін емес:</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 файлына экспортталды.</translation>
    </message>
    <message>
        <source>the year must be from 1900 to 2200, such as 2027</source>
        <translation>жыл 1900-ден 2200-ге дейін болады, мысалы 2027</translation>
    </message>
    <message>
        <source>the calendar of %1</source>
        <translation>%1 жылғы күнтізбе</translation>
    </message>
    <message>
        <source>Changes to %1 are not saved. Save them now?</source>
        <translation>«%1»: өзгерістер сақталмаған. Оларды қазір сақтайсыз ба?</translation>
    </message>
</context>
<context>
    <name>certdesk::SafeCountDialog</name>
    <message>
        <source>no case of the branch</source>
        <translation>бөлімшеде мұндай іс жоқ</translation>
    </message>
    <message>
        <source>issued to the recipient</source>
        <translation>алушыға берілді</translation>
    </message>
    <message>
        <source>handed over to the service provider</source>
        <translation>көрсетілетін қызметті берушіге тапсырылды</translation>
    </message>
    <message>
        <source>archived by the service provider</source>
        <translation>көрсетілетін қызметті беруші мұрағатқа тапсырды</translation>
    </message>
    <message>
        <source>arrival at the branch not recorded</source>
        <translation>бөлімшеге келгені тіркелмеген</translation>
    </message>
    <message>
        <source>not in the branch&apos;s custody</source>
        <translation>бөлімшенің сақтауында емес</translation>
    </message>
    <message>
        <source>Scan the QR code of every paper certificate in the safe, or type its receipt number and press Enter. The number the records expect is not shown. When every paper was presented, press Finish the count: the missing and the unexpected papers are listed and the count is recorded. Esc drops the count without recording anything.</source>
        <translation>Сейфтегі әр қағаз анықтаманың QR-кодын сканерлеңіз немесе қолхат нөмірін енгізіп, Enter басыңыз. Есепке алу бойынша қанша болуы тиіс екені көрсетілмейді. Барлық анықтама ұсынылғанда «Санауды аяқтау» басыңыз: жоқ және болмауы тиіс анықтамалар тізімделеді, санау жазылады. Esc санауды ештеңе жазбай тоқтатады.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Қолхат</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>According to the records</source>
        <translation>Есепке алу деректері бойынша</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Саналды: %1</translation>
    </message>
    <message>
        <source>Count the safe</source>
        <translation>Сейфті санау</translation>
    </message>
    <message numerus="yes">
        <source>Finish the count with %n paper certificate(s) presented? Every paper in the branch&apos;s custody that was not presented is recorded as missing.</source>
        <translation>
            <numerusform>%n қағаз анықтама ұсынылып санау аяқталсын ба? Бөлімшенің сақтауындағы ұсынылмаған әр анықтама жоқ деп жазылады.</numerusform>
            <numerusform>%n қағаз анықтама ұсынылып санау аяқталсын ба? Бөлімшенің сақтауындағы ұсынылмаған әр анықтама жоқ деп жазылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>The count is recorded (%1). In the branch&apos;s custody according to the records: %2; counted: %3; missing: %4; not expected in the safe: %5.</source>
        <translation>Санау жазылды (%1). Есепке алу бойынша бөлімшенің сақтауында: %2; саналды: %3; жоқ: %4; сейфте болмауы тиіс: %5.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>in the safe</source>
        <translation>сейфте</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Болмауы тиіс</translation>
    </message>
    <message>
        <source>The report of the count of the safe</source>
        <translation>Сейфті санау туралы есеп</translation>
    </message>
    <message>
        <source>The count is recorded whatever the printer does.</source>
        <translation>Принтер не істесе де, санау жазылды.</translation>
    </message>
    <message>
        <source>The report: %1</source>
        <translation>Есеп: %1</translation>
    </message>
    <message numerus="yes">
        <source>Drop this count? The %n paper certificate(s) counted so far are not recorded; a new count starts from nothing.</source>
        <translation>
            <numerusform>Бұл санау тоқтатылсын ба? Осы уақытқа дейін саналған %n қағаз анықтама жазылмайды; жаңа санау басынан басталады.</numerusform>
            <numerusform>Бұл санау тоқтатылсын ба? Осы уақытқа дейін саналған %n қағаз анықтама жазылмайды; жаңа санау басынан басталады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ServerDocumentsDialog</name>
    <message>
        <source>First seen</source>
        <translation>Алғаш байқалды</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Case or stream</source>
        <translation>Іс немесе ағын</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>What the server did</source>
        <translation>Сервер не істеді</translation>
    </message>
    <message>
        <source>deleted it</source>
        <translation>жойды</translation>
    </message>
    <message>
        <source>changed it (%1)</source>
        <translation>өзгертті (%1)</translation>
    </message>
    <message>
        <source>Nothing here was applied: this workstation keeps its own events as they are. Documents set aside are read again after CertDesk is upgraded; tell the branch administrator about changes made on the server.</source>
        <translation>Мұнда ештеңе қолданылған жоқ: бұл жұмыс орны өз оқиғаларын сол күйінде сақтайды. Бөлек қойылған құжаттар CertDesk жаңартылғаннан кейін қайта оқылады; серверде жасалған өзгерістер туралы бөлімше әкімшісіне хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>certdesk::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>Branch %1, workstation %2</source>
        <translation>%1 бөлімшесі, %2 жұмыс орны</translation>
    </message>
    <message>
        <source>Login: enter your login.</source>
        <translation>Логин: логиніңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Құпиясөз: құпиясөзіңізді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>certdesk::SingleInstance</name>
    <message>
        <source>CertDesk is already open on %1: its window was brought forward. Work there; a second window on the same database is not opened.</source>
        <translation>CertDesk %1 дерекқорымен ашық тұр: оның терезесі алдыға шығарылды. Сонда жұмыс істеңіз; бір дерекқорға екінші терезе ашылмайды.</translation>
    </message>
    <message>
        <source>CertDesk is already open on %1 (in another window or by another person signed in to this computer). Use that window, or close it and start CertDesk again.</source>
        <translation>CertDesk %1 дерекқорымен ашық тұр (басқа терезеде немесе осы компьютерге кірген басқа пайдаланушыда). Сол терезені пайдаланыңыз немесе оны жауып, CertDesk-ті қайта іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncController</name>
    <message>
        <source>Open Settings → Sync and correct it.</source>
        <translation>Баптаулар → Синхрондау бөлімін ашып, оны түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncRunner</name>
    <message>
        <source>Sync cannot open the branch database (%1).</source>
        <translation>Синхрондау бөлімшенің дерекқорын аша алмайды (%1).</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncSettingsPage</name>
    <message>
        <source>The password is kept only in this computer&apos;s credential store, never in CertDesk&apos;s files. Without it, CertDesk asks for the password after sign-in.</source>
        <translation>Құпиясөз CertDesk файлдарында емес, тек осы компьютердің тіркелгі деректері қоймасында сақталады. Онсыз CertDesk кіргеннен кейін құпиясөзді сұрайды.</translation>
    </message>
    <message>
        <source>This CertDesk cannot use a credential store, so the password is never saved: it is asked for after each sign-in.</source>
        <translation>Бұл CertDesk тіркелгі деректері қоймасын пайдалана алмайды, сондықтан құпиясөз ешқашан сақталмайды: ол әр кіргеннен кейін сұралады.</translation>
    </message>
    <message>
        <source>CA certificate of the central server</source>
        <translation>Орталық сервердің CA сертификаты</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаттар (*.pem *.crt *.cer);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>Send and receive events now instead of waiting</source>
        <translation>Күтпей, оқиғаларды қазір жіберу және алу</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <source>Server, branch database and account of sync</source>
        <translation>Синхрондау сервері, бөлімше дерекқоры және тіркелгісі</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>ешқашан синхрондалмаған</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>соңғы синхрондау %1</translation>
    </message>
    <message>
        <source>last sync yesterday %1</source>
        <translation>соңғы синхрондау кеше %1</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>бәрі жіберілді</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not yet sent</source>
        <translation>
            <numerusform>әлі жіберілмеген %n оқиға</numerusform>
            <numerusform>әлі жіберілмеген %n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation works on its own. To sync with the branch&apos;s other workstations, enter the server in Settings.</source>
        <translation>Бұл жұмыс орны дербес жұмыс істейді. Бөлімшенің басқа жұмыс орындарымен синхрондау үшін Баптауларда серверді енгізіңіз.</translation>
    </message>
    <message>
        <source>work goes on; next try at %1</source>
        <translation>жұмыс жалғасады; келесі әрекет — %1</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Қарау…</translation>
    </message>
    <message>
        <source>The server&apos;s documents this workstation set aside or found changed</source>
        <translation>Осы жұмыс орны бөлек қойған немесе өзгертілген деп тапқан сервер құжаттары</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received</source>
        <translation>
            <numerusform>%n оқиға алынды</numerusform>
            <numerusform>%n оқиға алынды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received (%1 %)</source>
        <translation>
            <numerusform>%n оқиға алынды (%1 %)</numerusform>
            <numerusform>%n оқиға алынды (%1 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) set aside</source>
        <translation>
            <numerusform>%n құжат бөлек қойылды</numerusform>
            <numerusform>%n құжат бөлек қойылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed on the server</source>
        <translation>
            <numerusform>серверде %n оқиға өзгертілген</numerusform>
            <numerusform>серверде %n оқиға өзгертілген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::UpgradeWindow</name>
    <message>
        <source>CertDesk: bringing the database up to date</source>
        <translation>CertDesk: дерекқорды жаңарту</translation>
    </message>
    <message>
        <source>The database %1 was written by an older version of CertDesk. It is being checked and brought up to date for this version.

This is done once. On a large branch it takes a few minutes; the counter opens by itself when it is over. Do not switch the computer off meanwhile.</source>
        <translation>%1 дерекқорын CertDesk-тің ескі нұсқасы жазған. Қазір ол тексеріліп, осы нұсқаға жаңартылуда.

Бұл бір рет жасалады. Үлкен бөлімшеде бірнеше минут алады; аяқталғанда бағдарлама өзі ашылады. Осы уақытта компьютерді өшірмеңіз.</translation>
    </message>
    <message>
        <source>Bringing the database up to date</source>
        <translation>Дерекқорды жаңарту</translation>
    </message>
</context>
<context>
    <name>certdesk::UsersDialog</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>қосулы</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірулі</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>%1 дейін бұғатталған</translation>
    </message>
    <message>
        <source>Selected account: %1</source>
        <translation>Таңдалған тіркелгі: %1</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>Repeat: the two passwords differ; type the same password twice.</source>
        <translation>Қайталау: екі құпиясөз әртүрлі; бір құпиясөзді екі рет теріңіз.</translation>
    </message>
    <message>
        <source>The account %1 was added.</source>
        <translation>%1 тіркелгісі құрылды.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; give it to them in person.</source>
        <translation>%1 құпиясөзі қалпына келтірілді; оны иесіне жеке өзіне беріңіз.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 енді — %2.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>%1 тіркелгісі өшірілді.</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>%1 тіркелгісі қосылды.</translation>
    </message>
</context>
<context>
    <name>certdesk::WorkstationAlertPanel</name>
    <message numerus="yes">
        <source>This workstation and the other computers (%n alert(s)): receipt numbers wait for a supervisor</source>
        <translation>
            <numerusform>Бұл жұмыс орны және басқа компьютерлер (%n ескерту): қолхат нөмірлері супервайзерді күтеді</numerusform>
            <numerusform>Бұл жұмыс орны және басқа компьютерлер (%n ескерту): қолхат нөмірлері супервайзерді күтеді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::WorkstationNumberDialog</name>
    <message>
        <source>Workstation %1 of branch %2. Receipt numbers are made of this number: no other workstation of the branch may use it.</source>
        <translation>%2 бөлімшесінің %1 жұмыс орны. Қолхат нөмірлері осы нөмірден құралады: бөлімшенің басқа жұмыс орны оны қолдана алмайды.</translation>
    </message>
    <message>
        <source>&amp;Set the number</source>
        <translation>Нөмірді &amp;бекіту</translation>
    </message>
</context>
<context>
    <name>certdesk::WriteOffDialog</name>
    <message>
        <source>Write off a missing paper certificate</source>
        <translation>Жоқ қағаз анықтаманы есептен шығару</translation>
    </message>
    <message>
        <source>%1, receipt %2: missing at the count of the safe on %3 (counted by %4). A write-off ends the search for it on the board; it stays in the log with your name and the reason.</source>
        <translation>%1, қолхат %2: %3 сейфті санау кезінде жоқ (санаған: %4). Есептен шығару оны бақылау панелінде іздеуді аяқтайды; журналда сіздің атыңызбен және себебімен сақталады.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Себебі (міндетті):</translation>
    </message>
    <message>
        <source>for example, the act of loss No. and date</source>
        <translation>мысалы, жоғалту актісінің нөмірі мен күні</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>&amp;Есептен шығару</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <source>The counter for the certificate of no criminal record.</source>
        <translation>Соттылығының бар-жоғы туралы анықтамаға өтініш қабылдау терезесі.</translation>
    </message>
    <message>
        <source>The branch database (default: %1).</source>
        <translation>Бөлімше дерекқоры (әдепкі: %1).</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>%1 дерекқорын ашу мүмкін емес: %2</translation>
    </message>
</context>
</TS>
