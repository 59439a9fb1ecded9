<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ApostilleCountries</name>
    <message>
        <source>an apostille certifies a document for use abroad, not in Kazakhstan</source>
        <translation>апостиль удостоверяет документ для использования за рубежом, а не в Казахстане</translation>
    </message>
    <message>
        <source>%1 is not a party to the Hague Apostille Convention: a document for it needs consular legalization, which is not this service</source>
        <translation>%1 не является участником Гаагской конвенции об апостиле: документу для этой страны нужна консульская легализация, это не данная услуга</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code</source>
        <translation>«%1» — неизвестный код страны</translation>
    </message>
    <message>
        <source>the Hague Apostille Convention enters into force between Kazakhstan and %1 on %2; on %3 an apostille would not be recognised there</source>
        <translation>Гаагская конвенция об апостиле вступает в силу между Казахстаном и %1 с %2; апостиль на дату %3 там не будет признан</translation>
    </message>
    <message>
        <source>the Minsk Convention of 1993</source>
        <translation>Минская конвенция 1993 года</translation>
    </message>
    <message>
        <source>the Chisinau Convention of 2002</source>
        <translation>Кишинёвская конвенция 2002 года</translation>
    </message>
    <message>
        <source>%1 is a party to the legal-assistance conventions (%2): a certificate for it needs no apostille at all</source>
        <translation>%1 — участник конвенций о правовой помощи (%2): справке для этой страны апостиль не нужен</translation>
    </message>
    <message>
        <source>Kazakhstan (KZ) is not among the Hague parties, so no apostille could be in force with any country</source>
        <translation>Казахстана (KZ) нет среди участников Гаагской конвенции, поэтому апостиль не действовал бы ни с одной страной</translation>
    </message>
</context>
<context>
    <name>Appeal</name>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Appeal about the service (statement, request, proposal)</source>
        <translation>Обращение по вопросу оказания услуги (заявление, запрос, предложение)</translation>
    </message>
    <message>
        <source>Complaint about a decision</source>
        <translation>Жалоба на решение</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s action</source>
        <translation>Жалоба на действия работника</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s inaction</source>
        <translation>Жалоба на бездействие работника</translation>
    </message>
</context>
<context>
    <name>AppealActionDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Competent body</source>
        <translation>Компете&amp;нтный орган</translation>
    </message>
    <message>
        <source>Outgoing N&amp;o.</source>
        <translation>Исходящий &amp;№</translation>
    </message>
    <message>
        <source>The applicant was &amp;notified the same day</source>
        <translation>Заявитель &amp;уведомлён в тот же день</translation>
    </message>
    <message>
        <source>Notice &amp;about</source>
        <translation>Уведомление &amp;о чём</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Как</translation>
    </message>
    <message>
        <source>letter, e-mail, SMS, in person</source>
        <translation>письмо, электронная почта, SMS, лично</translation>
    </message>
    <message>
        <source>New dead&amp;line</source>
        <translation>Новый &amp;срок</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Итог</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Причина</translation>
    </message>
</context>
<context>
    <name>AppealChecks</name>
    <message>
        <source>Applicant&apos;s full name: missing. State the surname, name and patronymic (if any).</source>
        <translation>ФИО заявителя: не указаны. Укажите фамилию, имя и отчество (при наличии).</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN: missing. State the 12-digit IIN.</source>
        <translation>ИИН заявителя: не указан. Укажите 12-значный ИИН.</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN: the number given is not a valid IIN. State the correct IIN.</source>
        <translation>ИИН заявителя: указанный номер не является действительным ИИН. Укажите верный ИИН.</translation>
    </message>
    <message>
        <source>Name of the legal entity: missing. State its full name.</source>
        <translation>Наименование юридического лица: не указано. Укажите полное наименование.</translation>
    </message>
    <message>
        <source>BIN of the legal entity: missing. State the 12-digit BIN.</source>
        <translation>БИН юридического лица: не указан. Укажите 12-значный БИН.</translation>
    </message>
    <message>
        <source>BIN of the legal entity: the number given is not a valid BIN. State the correct BIN.</source>
        <translation>БИН юридического лица: указанный номер не является действительным БИН. Укажите верный БИН.</translation>
    </message>
    <message>
        <source>Postal address: missing. State the address the reply is to be sent to.</source>
        <translation>Почтовый адрес: не указан. Укажите адрес для направления ответа.</translation>
    </message>
    <message>
        <source>Representative of the legal entity: missing. State who acts for it: its head, or a representative with a power of attorney.</source>
        <translation>Представитель юридического лица: не указан. Укажите, кто действует от его имени: руководитель или представитель по доверенности.</translation>
    </message>
    <message>
        <source>Representative&apos;s full name: missing. State the surname, name and patronymic (if any).</source>
        <translation>ФИО представителя: не указаны. Укажите фамилию, имя и отчество (при наличии).</translation>
    </message>
    <message>
        <source>Power of attorney: its number or date is missing. Present the power of attorney of the representative.</source>
        <translation>Доверенность: не указаны номер или дата. Представьте доверенность представителя.</translation>
    </message>
    <message>
        <source>Power of attorney: dated after the day the appeal was received. Present a valid power of attorney.</source>
        <translation>Доверенность: датирована позже дня принятия обращения. Представьте действительную доверенность.</translation>
    </message>
    <message>
        <source>Body or official addressed: missing. State to whom the appeal is addressed.</source>
        <translation>Орган или должностное лицо: не указаны. Укажите, кому адресовано обращение.</translation>
    </message>
    <message>
        <source>Essence of the appeal: missing. State what the appeal is about.</source>
        <translation>Суть обращения: не изложена. Изложите суть обращения.</translation>
    </message>
    <message>
        <source>Date of the appeal: missing. Date the appeal.</source>
        <translation>Дата обращения: не указана. Укажите дату обращения.</translation>
    </message>
    <message>
        <source>Date of the appeal: later than the day it was received. Correct the date.</source>
        <translation>Дата обращения: позже дня его принятия. Исправьте дату.</translation>
    </message>
    <message>
        <source>Signature: the appeal is not signed. The applicant or the representative signs it.</source>
        <translation>Подпись: обращение не подписано. Подпишите его (заявитель или представитель).</translation>
    </message>
    <message>
        <source>Day you learned of the act: missing. State when you learned of the decision, action or inaction complained of.</source>
        <translation>Дата, когда стало известно об обжалуемом решении, действии (бездействии): не указана. Укажите, когда вам стало известно об обжалуемом решении, действии (бездействии).</translation>
    </message>
    <message>
        <source>Day you learned of the act: later than the day the complaint was received. Correct the date.</source>
        <translation>Дата, когда стало известно об обжалуемом решении, действии (бездействии): позже дня принятия жалобы. Исправьте дату.</translation>
    </message>
    <message>
        <source>%1: %2. Bring it into compliance.</source>
        <translation>%1: %2. Приведите в соответствие.</translation>
    </message>
</context>
<context>
    <name>AppealDetailText</name>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1, принял %2, %3</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, БИН %2</translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ИИН %2</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>%1, head of the legal entity</source>
        <translation>%1, руководитель юридического лица</translation>
    </message>
    <message>
        <source>%1, power of attorney No. %2 of %3</source>
        <translation>%1, доверенность № %2 от %3</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кому адресовано</translation>
    </message>
    <message>
        <source> (another body: to be referred)</source>
        <translation> (другой орган: подлежит направлению)</translation>
    </message>
    <message>
        <source>Appeal dated</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Act complained of</source>
        <translation>Обжалуемый акт</translation>
    </message>
    <message>
        <source>Learned of it on</source>
        <translation>Стало известно</translation>
    </message>
    <message>
        <source>Filing term</source>
        <translation>Срок подачи</translation>
    </message>
    <message>
        <source>until %1%2</source>
        <translation>до %1%2</translation>
    </message>
    <message>
        <source> — filed late</source>
        <translation> — подана с опозданием</translation>
    </message>
    <message>
        <source>Term restored</source>
        <translation>Срок восстановлен</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <source> (originally %1)</source>
        <translation> (первоначально %1)</translation>
    </message>
    <message>
        <source>Essence</source>
        <translation>Суть</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Предстоит</translation>
    </message>
    <message>
        <source> — missed</source>
        <translation> — пропущено</translation>
    </message>
    <message>
        <source>To bring into compliance by %1</source>
        <translation>Привести в соответствие до %1</translation>
    </message>
    <message>
        <source>Brought into compliance on %1.</source>
        <translation>Приведено в соответствие %1.</translation>
    </message>
    <message>
        <source>Referred on %1 to %2 (No. %3); applicant notified: %4.</source>
        <translation>Направлено %1 в %2 (№ %3); заявитель уведомлён: %4.</translation>
    </message>
    <message>
        <source>Extended on %1 until %2: %3. Applicant notified: %4 (due %5).</source>
        <translation>Продлено %1 до %2: %3. Заявитель уведомлён: %4 (срок %5).</translation>
    </message>
    <message>
        <source>Decided on %1: %2. %3</source>
        <translation>Решено %1: %2. %3</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant on %1. %2</source>
        <translation>Отозвано заявителем %1. %2</translation>
    </message>
</context>
<context>
    <name>AppealFilingDialog</name>
    <message>
        <source>New appeal or complaint</source>
        <translation>Новое обращение или жалоба</translation>
    </message>
    <message>
        <source>An appeal is never refused. Enter what the applicant gives; whatever is missing becomes a point to bring into compliance, printed on the receipt with its term.</source>
        <translation>В приёме обращения не отказывают никогда. Введите то, что принёс заявитель; недостающее станет пунктом для приведения в соответствие и будет напечатано в расписке со сроком.</translation>
    </message>
    <message>
        <source>&amp;What it is</source>
        <translation>&amp;Что это</translation>
    </message>
    <message>
        <source>Applicant &amp;kind</source>
        <translation>&amp;Вид заявителя</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>Given &amp;name</source>
        <translation>Им&amp;я</translation>
    </message>
    <message>
        <source>Patr&amp;onymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <source>&amp;Legal entity</source>
        <translation>&amp;Юридическое лицо</translation>
    </message>
    <message>
        <source>&amp;BIN</source>
        <translation>&amp;БИН</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Т&amp;елефон</translation>
    </message>
    <message>
        <source>Filed by a re&amp;presentative</source>
        <translation>Подано представите&amp;лем</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Power of attorney No.</source>
        <translation>Доверенность №</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>выдана</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>issued by (notary)</source>
        <translation>кем выдана (нотариус)</translation>
    </message>
    <message>
        <source>Addressed &amp;to</source>
        <translation>Ком&amp;у адресовано</translation>
    </message>
    <message>
        <source>body or official</source>
        <translation>орган или должностное лицо</translation>
    </message>
    <message>
        <source>Addressed to another bod&amp;y: to be referred to the competent body</source>
        <translation>Адресовано другому органу: будет &amp;направлено в компетентный орган</translation>
    </message>
    <message>
        <source>&amp;Essence</source>
        <translation>&amp;Суть</translation>
    </message>
    <message>
        <source>Si&amp;gned by the applicant or the representative</source>
        <translation>Подписано &amp;заявителем или представителем</translation>
    </message>
    <message>
        <source>&amp;Case receipt No.</source>
        <translation>&amp;Расписка по делу №</translation>
    </message>
    <message>
        <source>when it concerns a case</source>
        <translation>если касается дела</translation>
    </message>
    <message>
        <source>Act complained of (n&amp;umber, date)</source>
        <translation>Обжалуемый акт (но&amp;мер, дата)</translation>
    </message>
    <message>
        <source>Learned o&amp;f it on</source>
        <translation>С&amp;тало известно</translation>
    </message>
    <message>
        <source>To bring into compliance (printed on the receipt)</source>
        <translation>Привести в соответствие (печатается в расписке)</translation>
    </message>
    <message>
        <source>Ter&amp;m for the points</source>
        <translation>Сро&amp;к для пунктов</translation>
    </message>
    <message>
        <source>Postal add&amp;ress</source>
        <translation>Почтовый &amp;адрес</translation>
    </message>
    <message>
        <source>Appeal &amp;dated</source>
        <translation>&amp;Дата обращения</translation>
    </message>
</context>
<context>
    <name>AppealFold</name>
    <message>
        <source>A second record of the same appeal&apos;s receipt by %1 on %2.</source>
        <translation>Повторная запись о приёме того же обращения: %1, %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3, but the appeal itself is missing here.</source>
        <translation>«%1»: записал(а) %2, %3, но самого обращения здесь нет.</translation>
    </message>
    <message>
        <source>A second decision recorded by %1 on %2: find out which one was given.</source>
        <translation>Записано второе решение: %1, %2. Выясните, какое из них принято.</translation>
    </message>
    <message>
        <source>An extension recorded by %1 on %2 after the decision deadline had passed: the appeal was already deemed refused.</source>
        <translation>Продление записано %1 %2 после истечения срока решения: обращение уже считалось отклонённым.</translation>
    </message>
    <message>
        <source>An extension recorded by %1 on %2 that does not move the deadline.</source>
        <translation>Продление, записанное %1 %2, не переносит срок.</translation>
    </message>
    <message>
        <source>An extension recorded by %1 on %2 beyond the two-month limit.</source>
        <translation>Продление, записанное %1 %2, выходит за двухмесячный предел.</translation>
    </message>
    <message>
        <source>A case&apos;s event &quot;%1&quot; (written by %2 on %3) was recorded in this appeal: tell the technician.</source>
        <translation>Событие дела «%1» (записал %2, %3) попало в это обращение: сообщите технику.</translation>
    </message>
    <message>
        <source>An event of type &quot;%1&quot; that this version does not know (written by %2 on %3). Update CertDesk.</source>
        <translation>Событие типа «%1», неизвестное этой версии (записал %2, %3). Обновите CertDesk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3 cannot happen at this step of the appeal.</source>
        <translation>«%1»: записал(а) %2, %3 — это невозможно на данном этапе обращения.</translation>
    </message>
</context>
<context>
    <name>AppealNumber</name>
    <message>
        <source>The branch code &quot;%1&quot; is not 4 digits: a technician must set branch.code before appeals can be numbered</source>
        <translation>Код отделения «%1» не из 4 цифр: чтобы нумеровать обращения, техник должен задать branch.code</translation>
    </message>
    <message>
        <source>The workstation number %1 is not between 1 and 99: a technician must set branch.workstation, unique within the branch</source>
        <translation>Номер рабочего места %1 не от 1 до 99: техник должен задать branch.workstation, уникальный в пределах отделения</translation>
    </message>
    <message>
        <source>The date %1 cannot be written in an appeal number</source>
        <translation>Дату %1 нельзя записать в номер обращения</translation>
    </message>
    <message>
        <source>The appeal number is empty: type it as printed, A and 16 digits</source>
        <translation>Номер обращения пуст: наберите его как напечатано — буква A и 16 цифр</translation>
    </message>
    <message>
        <source>%1 is a case receipt number, not an appeal number: an appeal number starts with A and has 16 digits</source>
        <translation>%1 — номер расписки по делу, а не номер обращения: номер обращения начинается с A и содержит 16 цифр</translation>
    </message>
    <message>
        <source>The appeal number must start with the letter A, then 16 digits</source>
        <translation>Номер обращения должен начинаться с буквы A, затем 16 цифр</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the appeal number is not a digit: after the A come 16 digits</source>
        <translation>Символ %1 («%2») номера обращения не цифра: после A идут 16 цифр</translation>
    </message>
    <message>
        <source>The appeal number %1 fails its check digit: a digit was mistyped or two were swapped; check it against the receipt</source>
        <translation>Номер обращения %1 не проходит проверку контрольной цифры: одна цифра набрана неверно или две переставлены; сверьте с распиской</translation>
    </message>
    <message>
        <source>Digits 7-12 of the appeal number %1 are not a date (YYMMDD)</source>
        <translation>Цифры 7–12 номера обращения %1 не являются датой (ГГММДД)</translation>
    </message>
    <message>
        <source>The appeal number %1 has a zero workstation or sequence: no workstation issues such a number</source>
        <translation>В номере обращения %1 нулевое рабочее место или порядковый номер: такой номер не выдаёт ни одно рабочее место</translation>
    </message>
    <message numerus="yes">
        <source>The appeal number has %n digit(s) after the A; it must have 16</source>
        <translation>
            <numerusform>В номере обращения после буквы A %n цифра; должно быть 16</numerusform>
            <numerusform>В номере обращения после буквы A %n цифры; должно быть 16</numerusform>
            <numerusform>В номере обращения после буквы A %n цифр; должно быть 16</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appeal %1 of the day is out of range: a workstation numbers at most %n appeal(s) a day</source>
        <translation>
            <numerusform>Обращение %1 за день вне диапазона: рабочее место нумерует не более %n обращения в день</numerusform>
            <numerusform>Обращение %1 за день вне диапазона: рабочее место нумерует не более %n обращений в день</numerusform>
            <numerusform>Обращение %1 за день вне диапазона: рабочее место нумерует не более %n обращений в день</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppealReceiptDocument</name>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>%1, head</source>
        <translation>%1, руководитель</translation>
    </message>
    <message>
        <source>%1, by power of attorney</source>
        <translation>%1, по доверенности</translation>
    </message>
    <message>
        <source>%1, power of attorney No. %2 of %3</source>
        <translation>%1, доверенность № %2 от %3</translation>
    </message>
    <message>
        <source>Receipt for an accepted complaint</source>
        <translation>Расписка о приёме жалобы</translation>
    </message>
    <message>
        <source>Receipt for an accepted appeal</source>
        <translation>Расписка о приёме обращения</translation>
    </message>
    <message>
        <source>Appeal on the delivery of a public service</source>
        <translation>Обращение по вопросу оказания государственной услуги</translation>
    </message>
    <message>
        <source>Complaint about a decision</source>
        <translation>Жалоба на решение</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s action</source>
        <translation>Жалоба на действия работника</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s inaction</source>
        <translation>Жалоба на бездействие работника</translation>
    </message>
    <message>
        <source>Keep this receipt: the progress of the appeal can be checked by its number</source>
        <translation>Сохраните расписку: о ходе рассмотрения можно узнать по её номеру</translation>
    </message>
    <message>
        <source>State Corporation &quot;Government for Citizens&quot;</source>
        <translation>Государственная корпорация «Правительство для граждан»</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Date and time of acceptance</source>
        <translation>Дата и время приёма</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кому адресовано</translation>
    </message>
    <message>
        <source>Concerns the application (receipt number)</source>
        <translation>Номер расписки по заявлению</translation>
    </message>
    <message>
        <source>Date of the appeal</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Time for consideration</source>
        <translation>Срок рассмотрения</translation>
    </message>
    <message>
        <source>Referral to the competent body</source>
        <translation>Направление в компетентный орган</translation>
    </message>
    <message>
        <source>until %1, notifying the applicant</source>
        <translation>до %1 с уведомлением заявителя</translation>
    </message>
    <message>
        <source>The three-month term for filing a complaint ended on %1: for a good reason the term may be restored. This is no ground to refuse accepting the complaint.</source>
        <translation>Трёхмесячный срок подачи жалобы истёк %1: при наличии уважительной причины срок может быть восстановлен. Это не является основанием для отказа в приёме жалобы.</translation>
    </message>
    <message>
        <source>To be corrected by %1:</source>
        <translation>Необходимо устранить до %1:</translation>
    </message>
    <message>
        <source>The appeal may be withdrawn by a written application before the decision is taken.</source>
        <translation>Обращение можно отозвать письменным заявлением до принятия решения.</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Принял</translation>
    </message>
    <message numerus="yes">
        <source>until %1 (%n working day(s))</source>
        <translation>
            <numerusform>до %1 (%n рабочий день)</numerusform>
            <numerusform>до %1 (%n рабочих дня)</numerusform>
            <numerusform>до %1 (%n рабочих дней)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppealReceiptPrinter</name>
    <message>
        <source>The receipt of appeal %1</source>
        <translation>Расписка по обращению %1</translation>
    </message>
    <message>
        <source>The appeal is registered: Ctrl+P in the register prints its receipt again.</source>
        <translation>Обращение зарегистрировано: Ctrl+P в реестре повторно печатает его расписку.</translation>
    </message>
</context>
<context>
    <name>AppealRegisterWindow</name>
    <message>
        <source>Appeals and complaints</source>
        <translation>Обращения и жалобы</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>appeal number, IIN or BIN, case receipt, applicant&apos;s name</source>
        <translation>номер обращения, ИИН или БИН, расписка по делу, имя заявителя</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Пок&amp;азать</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Только просроченные</translation>
    </message>
    <message>
        <source>&amp;New appeal…</source>
        <translation>Ново&amp;е обращение…</translation>
    </message>
    <message>
        <source>Details &amp;brought…</source>
        <translation>Принесённые &amp;сведения…</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>Направ&amp;ить…</translation>
    </message>
    <message>
        <source>No&amp;tified…</source>
        <translation>&amp;Уведомлён…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Про&amp;длить…</translation>
    </message>
    <message>
        <source>Restore ter&amp;m…</source>
        <translation>&amp;Восстановить срок…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Решение…</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>&amp;Отозвано…</translation>
    </message>
    <message>
        <source>Not&amp;e…</source>
        <translation>При&amp;мечание…</translation>
    </message>
    <message>
        <source>Re&amp;print receipt</source>
        <translation>&amp;Повторно распечатать расписку</translation>
    </message>
</context>
<context>
    <name>AppealService</name>
    <message>
        <source>Term for the missing points: %1 is not between tomorrow and the decision deadline %2; pick a day in between (nothing was saved).</source>
        <translation>Срок для недостающих пунктов: %1 не между завтрашним днём и сроком решения %2; выберите день в этом промежутке (ничего не сохранено).</translation>
    </message>
    <message>
        <source>The database is busy or read-only; the appeal was not registered. Try again in a moment: its acceptance may not be refused.</source>
        <translation>База данных занята или открыта только для чтения; обращение не зарегистрировано. Повторите через минуту: в его приёме нельзя отказать.</translation>
    </message>
    <message>
        <source>Appeal %1: nobody is owed a notice now (no referral or extension waits for one).</source>
        <translation>Обращение %1: сейчас никого не нужно уведомлять (нет направления или продления, ожидающего уведомления).</translation>
    </message>
    <message>
        <source>Appeal %1 was filed in time (or its term was already restored): there is no term to restore.</source>
        <translation>Обращение %1 подано в срок (или срок уже восстановлен): восстанавливать нечего.</translation>
    </message>
    <message>
        <source>Appeal %1 is %2: this cannot be recorded now.</source>
        <translation>Обращение %1 — %2: записать это сейчас нельзя.</translation>
    </message>
    <message>
        <source>%1: the date is missing; enter the day it happened.</source>
        <translation>%1: нет даты; введите день, когда это произошло.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future; enter the day it happened.</source>
        <translation>%1: %2 — дата в будущем; введите день, когда это произошло.</translation>
    </message>
    <message>
        <source>%1: %2 is before the appeal was received (%3).</source>
        <translation>%1: %2 раньше приёма обращения (%3).</translation>
    </message>
    <message>
        <source>What the appeal is about and whom it is addressed to stay as accepted: its deadlines were set by them. Register a new appeal instead.</source>
        <translation>Суть обращения и адресат остаются такими, как при приёме: по ним установлены сроки. Вместо этого зарегистрируйте новое обращение.</translation>
    </message>
    <message>
        <source>Nothing was changed: enter the details the applicant brought.</source>
        <translation>Ничего не изменено: введите сведения, которые принёс заявитель.</translation>
    </message>
    <message>
        <source>Competent body: enter the body the appeal is sent to.</source>
        <translation>Компетентный орган: введите орган, в который направляется обращение.</translation>
    </message>
    <message>
        <source>Day of referral</source>
        <translation>День направления</translation>
    </message>
    <message>
        <source>Day the applicant was notified</source>
        <translation>День уведомления заявителя</translation>
    </message>
    <message>
        <source>Notice: say whether it is about the referral or the extension.</source>
        <translation>Уведомление: укажите, о направлении оно или о продлении.</translation>
    </message>
    <message>
        <source>The appeal was not referred: there is no referral to notify of.</source>
        <translation>Обращение не направлялось: уведомлять о направлении не о чем.</translation>
    </message>
    <message>
        <source>The appeal was referred: notify the applicant of the referral.</source>
        <translation>Обращение направлено: уведомите заявителя о направлении.</translation>
    </message>
    <message>
        <source>Reason: an extension is a reasoned decision; write why the term is extended (at least 10 characters).</source>
        <translation>Причина: продление — мотивированное решение; напишите, почему срок продлевается (не менее 10 символов).</translation>
    </message>
    <message>
        <source>Day of the extension decision</source>
        <translation>День решения о продлении</translation>
    </message>
    <message>
        <source>The decision deadline %1 has passed: the appeal is deemed refused and can no longer be extended. Record the decision.</source>
        <translation>Срок решения %1 истёк: обращение считается отклонённым, продлить его уже нельзя. Запишите решение.</translation>
    </message>
    <message>
        <source>New deadline: it must be later than the current deadline %1.</source>
        <translation>Новый срок: должен быть позже текущего срока %1.</translation>
    </message>
    <message>
        <source>New deadline: %1 is not a working day; pick a working day.</source>
        <translation>Новый срок: %1 — не рабочий день; выберите рабочий день.</translation>
    </message>
    <message>
        <source>Reason: write the good reason the term is restored for (at least 5 characters).</source>
        <translation>Причина: напишите уважительную причину восстановления срока (не менее 5 символов).</translation>
    </message>
    <message>
        <source>Day of restoration</source>
        <translation>День восстановления</translation>
    </message>
    <message>
        <source>Outcome: choose satisfied, partly satisfied, rejected or left without consideration.</source>
        <translation>Итог: выберите «удовлетворено», «удовлетворено частично», «отказано в удовлетворении» или «оставлено без рассмотрения».</translation>
    </message>
    <message>
        <source>Day of the decision</source>
        <translation>День решения</translation>
    </message>
    <message>
        <source>Day of the written withdrawal</source>
        <translation>День письменного отзыва</translation>
    </message>
    <message>
        <source>Note: write the remark.</source>
        <translation>Примечание: напишите замечание.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appeal.</source>
        <translation>«%1» — не обращение.</translation>
    </message>
    <message>
        <source>No appeal %1 is registered here.</source>
        <translation>Обращение %1 здесь не зарегистрировано.</translation>
    </message>
    <message>
        <source>Complaint %1: a complaint is decided within its own term (by %2) and is not extended; record the decision by then.</source>
        <translation>Жалоба %1: жалоба рассматривается в свой срок (до %2) и не продлевается; запишите решение не позднее этого дня.</translation>
    </message>
    <message>
        <source>New deadline: %1 makes the whole term longer than two months from the day the appeal was received (%2); the latest possible is %3.</source>
        <translation>Новый срок: %1 делает весь срок длиннее двух месяцев со дня поступления обращения (%2); самый поздний возможный — %3.</translation>
    </message>
</context>
<context>
    <name>AppealState</name>
    <message>
        <source>Satisfied</source>
        <translation>Удовлетворено</translation>
    </message>
    <message>
        <source>Partly satisfied</source>
        <translation>Удовлетворено частично</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отказано в удовлетворении</translation>
    </message>
    <message>
        <source>Left without consideration</source>
        <translation>Оставлено без рассмотрения</translation>
    </message>
    <message>
        <source>Refer to the competent body and notify the applicant</source>
        <translation>Направить в компетентный орган и уведомить заявителя</translation>
    </message>
    <message>
        <source>Notify the applicant of the referral</source>
        <translation>Уведомить заявителя о направлении</translation>
    </message>
    <message>
        <source>Notify the applicant of the extension</source>
        <translation>Уведомить заявителя о продлении</translation>
    </message>
    <message>
        <source>Applicant&apos;s term to bring the appeal into compliance</source>
        <translation>Срок заявителю для приведения обращения в соответствие</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>No decision by the deadline: deemed a refusal</source>
        <translation>Нет решения в срок: считается отказом</translation>
    </message>
    <message>
        <source>Not referred to the competent body within 3 working days</source>
        <translation>Не направлено в компетентный орган в течение 3 рабочих дней</translation>
    </message>
    <message>
        <source>Applicant not notified of the referral</source>
        <translation>Заявитель не уведомлён о направлении</translation>
    </message>
    <message>
        <source>Applicant not notified of the extension within 3 working days</source>
        <translation>Заявитель не уведомлён о продлении в течение 3 рабочих дней</translation>
    </message>
    <message>
        <source>The applicant&apos;s term to bring the appeal into compliance has passed</source>
        <translation>Истёк срок заявителя для приведения обращения в соответствие</translation>
    </message>
    <message>
        <source>Complaint filed after the 3-month term: restoration of the term to be decided</source>
        <translation>Жалоба подана после 3-месячного срока: нужно решить вопрос о восстановлении срока</translation>
    </message>
    <message>
        <source>Impossible sequence of records: see the appeal&apos;s history</source>
        <translation>Невозможная последовательность записей: смотрите историю обращения</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>the person themselves</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>a representative with a notarized power of attorney</source>
        <translation>представитель по нотариальной доверенности</translation>
    </message>
    <message>
        <source>a parent or guardian of a minor</source>
        <translation>родитель или опекун несовершеннолетнего</translation>
    </message>
    <message>
        <source>a legal entity&apos;s representative</source>
        <translation>представитель юридического лица</translation>
    </message>
    <message>
        <source>for use in Kazakhstan (electronic result)</source>
        <translation>для использования в Казахстане (электронный результат)</translation>
    </message>
    <message>
        <source>for travel abroad (paper)</source>
        <translation>для выезда за рубеж (на бумаге)</translation>
    </message>
    <message>
        <source>for travel abroad with an apostille (paper)</source>
        <translation>для выезда за рубеж с апостилем (на бумаге)</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>удостоверение личности</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>вид на жительство</translation>
    </message>
    <message>
        <source>stateless person&apos;s certificate</source>
        <translation>удостоверение лица без гражданства</translation>
    </message>
    <message>
        <source>e-document (digital documents service)</source>
        <translation>электронный документ (сервис цифровых документов)</translation>
    </message>
</context>
<context>
    <name>ApplicationDocument</name>
    <message>
        <source>%1, code %2</source>
        <translation>%1, код %2</translation>
    </message>
    <message>
        <source>%1 № %2%3%4</source>
        <translation>%1 № %2%3%4</translation>
    </message>
    <message>
        <source>, issued %1 by %2</source>
        <translation>, дата выдачи %1, кем выдан: %2</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, срок действия до %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>действительна до %1</translation>
    </message>
    <message>
        <source>no term stated: valid for one year from the date of issue</source>
        <translation>срок не указан: действительна один год со дня выдачи</translation>
    </message>
    <message>
        <source>notary %1, registration № %2 of the notarial act, issued %3; %4</source>
        <translation>нотариус %1, регистрационный № %2 нотариального действия, дата выдачи %3; %4</translation>
    </message>
    <message>
        <source>№ %1, issued %2</source>
        <translation>№ %1, дата выдачи %2</translation>
    </message>
    <message>
        <source>%1; parent named on it: %2</source>
        <translation>%1; указанный в нём родитель: %2</translation>
    </message>
    <message>
        <source>The person the certificate is about, in person</source>
        <translation>Лицо, в отношении которого запрашивается справка, лично</translation>
    </message>
    <message>
        <source>Representative under a notarized power of attorney</source>
        <translation>Представитель по нотариально удостоверенной доверенности</translation>
    </message>
    <message>
        <source>Representative of the legal entity</source>
        <translation>Представитель юридического лица</translation>
    </message>
    <message>
        <source>I consent to the collection and processing of my personal data, including data held in information systems, to the extent needed to provide this public service, under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V &quot;On personal data and their protection&quot;.</source>
        <translation>Даю согласие на сбор и обработку моих персональных данных, в том числе содержащихся в информационных системах, в объёме, необходимом для оказания государственной услуги, в соответствии с Законом Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите».</translation>
    </message>
    <message>
        <source>I consent to the collection and processing of my personal data and of the personal data of the person the certificate is about, including data held in information systems, to the extent needed to provide this public service, under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V &quot;On personal data and their protection&quot;.</source>
        <translation>Даю согласие на сбор и обработку моих персональных данных и персональных данных лица, в отношении которого запрашивается справка, в том числе содержащихся в информационных системах, в объёме, необходимом для оказания государственной услуги, в соответствии с Законом Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите».</translation>
    </message>
    <message>
        <source>Application, receipt № %1</source>
        <translation>Заявление, расписка № %1</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <source>Printed again on %1, copy %2</source>
        <translation>Напечатано повторно %1, экземпляр %2</translation>
    </message>
    <message>
        <source>Person the certificate is about</source>
        <translation>Лицо, в отношении которого запрашивается справка</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Previous surname, name, patronymic</source>
        <translation>Прежние фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Previous date of birth</source>
        <translation>Прежняя дата рождения</translation>
    </message>
    <message>
        <source>Document confirming the change</source>
        <translation>Документ, подтверждающий изменение</translation>
    </message>
    <message>
        <source>The one at the counter</source>
        <translation>Обратившееся лицо</translation>
    </message>
    <message>
        <source>Applicant (legal entity)</source>
        <translation>Заявитель (юридическое лицо)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Кем подано</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Свидетельство о рождении</translation>
    </message>
    <message>
        <source>The certificate requested</source>
        <translation>Запрашиваемая справка</translation>
    </message>
    <message>
        <source>Purpose and form of the result</source>
        <translation>Цель и форма результата</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <source>State fee</source>
        <translation>Госпошлина</translation>
    </message>
    <message>
        <source>Free of charge (no apostille)</source>
        <translation>Бесплатно (без апостиля)</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Телефон для уведомлений</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>I confirm that the information in this application is true and that the documents I have shown are valid.</source>
        <translation>Подтверждаю, что сведения в настоящем заявлении достоверны, а предъявленные мной документы действительны.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Applicant&apos;s representative</source>
        <translation>Представитель заявителя</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>, issued %1</source>
        <translation>, дата выдачи %1</translation>
    </message>
    <message>
        <source>, issued by %1</source>
        <translation>, кем выдан: %1</translation>
    </message>
    <message>
        <source>for the issuance of a certificate of no criminal record</source>
        <translation>о выдаче справки о наличии либо отсутствии судимости</translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation>ЗАЯВЛЕНИЕ</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, БИН %2</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>IIN, date of birth</source>
        <translation>ИИН, дата рождения</translation>
    </message>
    <message>
        <source>Surname, name, patronymic; IIN</source>
        <translation>Фамилия, имя, отчество; ИИН</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Branch, receipt number, date and time</source>
        <translation>Отделение, номер расписки, дата и время</translation>
    </message>
    <message>
        <source>Parent (guardian), on the birth certificate</source>
        <translation>Родитель (опекун), по свидетельству о рождении</translation>
    </message>
    <message>
        <source>To the Committee on Legal Statistics and Special Accounts</source>
        <translation>В Комитет по правовой статистике и специальным учётам</translation>
    </message>
    <message>
        <source>№ %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>agreed, in Russian</source>
        <translation>согласие дано, на русском</translation>
    </message>
    <message>
        <source>agreed, in Kazakh</source>
        <translation>согласие дано, на казахском</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>согласия нет</translation>
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
        <translation>Заявление %1</translation>
    </message>
    <message>
        <source>The application is saved: its case prints it again (marked as a copy once one was printed).</source>
        <translation>Заявление сохранено: в его деле его можно напечатать снова (после первой печати — с отметкой «копия»).</translation>
    </message>
    <message>
        <source>the print was not recorded on the case: %1</source>
        <translation>печать не отмечена в деле: %1</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>reading the purge records failed: %1</source>
        <translation>не удалось прочитать записи об очистке: %1</translation>
    </message>
    <message>
        <source>reading the events failed: %1</source>
        <translation>не удалось прочитать события: %1</translation>
    </message>
    <message>
        <source>row %1 is missing: an event was deleted</source>
        <translation>строка %1 отсутствует: событие удалено</translation>
    </message>
    <message>
        <source>rows %1 to %2 are missing: events were deleted</source>
        <translation>строки с %1 по %2 отсутствуют: события удалены</translation>
    </message>
    <message>
        <source>row %1 (%2 of %3 by %4 at %5) was changed after it was written: its content no longer matches its hash</source>
        <translation>строка %1 (%2 из %3, %4, %5) изменена после записи: содержимое больше не совпадает с хешем</translation>
    </message>
    <message>
        <source>row %1 claims to be the first event of workstation %2, but row %3 came before it: a row was inserted</source>
        <translation>строка %1 заявлена первым событием рабочего места %2, но перед ней стоит строка %3: вставлена строка</translation>
    </message>
    <message>
        <source>row %1 is stored before row %2, the event it follows: rows were reordered</source>
        <translation>строка %1 хранится раньше строки %2, за событием которой она следует: строки переставлены</translation>
    </message>
    <message>
        <source>row %1 follows row %2, not row %3 stored before it: rows were inserted or moved in between</source>
        <translation>строка %1 следует за строкой %2, а не за строкой %3, хранящейся перед ней: строки вставлены или перемещены</translation>
    </message>
    <message>
        <source>the event that row %1 follows (hash %2) is not in the database: it was deleted, or its row was changed</source>
        <translation>событие, за которым следует строка %1 (хеш %2), отсутствует в базе: оно удалено или его строка изменена</translation>
    </message>
    <message>
        <source>row %1 starts the chain of workstation %2 a second time (row %3 already does): a row was inserted</source>
        <translation>строка %1 второй раз начинает цепочку рабочего места %2 (это уже делает строка %3): вставлена строка</translation>
    </message>
    <message>
        <source>rows %1 and %2 both claim to follow the same event of workstation %3: a row was inserted</source>
        <translation>строки %1 и %2 обе следуют за одним событием рабочего места %3: вставлена строка</translation>
    </message>
    <message>
        <source>row %1 follows an event of workstation %2 that is not here (hash %3): not received yet, or deleted</source>
        <translation>строка %1 следует за событием рабочего места %2, которого здесь нет (хеш %3): ещё не получено или удалено</translation>
    </message>
    <message>
        <source>the trigger %1, which makes the event log refuse edits, was removed: the file was changed outside CertDesk</source>
        <translation>триггер %1, запрещающий правку журнала событий, удалён: файл изменён в обход CertDesk</translation>
    </message>
    <message>
        <source>the trigger %1, which makes the event log refuse edits, was altered: the file was changed outside CertDesk</source>
        <translation>триггер %1, запрещающий правку журнала событий, изменён: файл изменён в обход CertDesk</translation>
    </message>
    <message>
        <source>the purge window is open outside a purge: event data may have been changed through it</source>
        <translation>окно очистки открыто вне очистки: через него могли быть изменены данные событий</translation>
    </message>
    <message>
        <source>case %1 has events but no row in the cases table: the row was deleted</source>
        <translation>у дела %1 есть события, но нет строки в таблице дел: строка удалена</translation>
    </message>
    <message>
        <source>case %1 has a row in the cases table but no events: its events were deleted or the row inserted</source>
        <translation>у дела %1 есть строка в таблице дел, но нет событий: события удалены или строка вставлена</translation>
    </message>
    <message>
        <source>case %1 in the cases table does not match its events (%2): an event of the case or the row was changed, or an event deleted</source>
        <translation>дело %1 в таблице дел не совпадает со своими событиями (%2): изменено событие дела или строка, либо удалено событие</translation>
    </message>
    <message>
        <source>preparing the check of the %1 table failed: %2</source>
        <translation>не удалось подготовить проверку таблицы %1: %2</translation>
    </message>
    <message>
        <source>appeal %1 has events but no row in the appeals register: the row was deleted</source>
        <translation>у обращения %1 есть события, но нет строки в реестре обращений: строка удалена</translation>
    </message>
    <message>
        <source>appeal %1 has a row in the appeals register but no events: its events were deleted or the row inserted</source>
        <translation>у обращения %1 есть строка в реестре обращений, но нет событий: события удалены или строка вставлена</translation>
    </message>
    <message>
        <source>appeal %1 in the appeals register does not match its events (%2): an event of the appeal or the row was changed, or an event deleted</source>
        <translation>обращение %1 в реестре обращений не совпадает со своими событиями (%2): изменено событие обращения или строка, либо удалено событие</translation>
    </message>
    <message>
        <source>comparing the %1 table with its events failed: %2</source>
        <translation>не удалось сравнить таблицу %1 с её событиями: %2</translation>
    </message>
    <message>
        <source>a trigger %1 that CertDesk does not make was added to the event log: the file was changed outside CertDesk</source>
        <translation>в журнал событий добавлен триггер %1, которого CertDesk не создаёт: файл изменён в обход CertDesk</translation>
    </message>
    <message>
        <source>%1: the file was changed outside CertDesk</source>
        <translation>%1: файл изменён в обход CertDesk</translation>
    </message>
    <message>
        <source>reading the device renewals failed: %1</source>
        <translation>не удалось прочитать смены идентификатора рабочего места: %1</translation>
    </message>
    <message>
        <source>its file was started on another computer</source>
        <translation>её файл запущен на другом компьютере</translation>
    </message>
    <message>
        <source>its id turned up in events another computer wrote</source>
        <translation>её идентификатор найден в событиях, записанных другим компьютером</translation>
    </message>
    <message>
        <source>it was restored from a backup</source>
        <translation>она восстановлена из резервной копии</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>её начала</translation>
    </message>
    <message>
        <source>this database took the new workstation id %1 on %2 (%3); it continues workstation %4, whose chain up to %5 stays as it was</source>
        <translation>эта база данных %2 получила новый идентификатор рабочего места %1 (%3); он продолжает рабочее место %4, чья цепочка до %5 остаётся как была</translation>
    </message>
    <message>
        <source>another database took the new workstation id %1 on %2 (%3); it continues workstation %4, whose chain up to %5 is its past</source>
        <translation>другая база данных %2 получила новый идентификатор рабочего места %1 (%3); он продолжает рабочее место %4, чья цепочка до %5 — её прошлое</translation>
    </message>
    <message>
        <source>the chain of workstation %1 forks after row %2: its database file was copied, both copies wrote as %1, and a renewal of the id tells them apart; each branch is intact</source>
        <translation>цепочка рабочего места %1 разветвляется после строки %2: файл его базы данных скопировали, обе копии писали как %1, а смена идентификатора различает их; каждая ветвь цела</translation>
    </message>
    <message>
        <source>events of workstation %1 written by another database continue the chain this database wrote, after row %2: the file was copied or restored, and this database %3</source>
        <translation>события рабочего места %1, записанные другой базой данных, продолжают цепочку, записанную этой базой, после строки %2: файл скопировали или восстановили, и эта база данных %3</translation>
    </message>
    <message>
        <source>left that id</source>
        <translation>сменила этот идентификатор</translation>
    </message>
    <message>
        <source>still uses that id</source>
        <translation>всё ещё использует этот идентификатор</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>account %1 has no account_created event: it was added outside CertDesk</source>
        <translation>у учётной записи %1 нет события account_created: она добавлена в обход CertDesk</translation>
    </message>
    <message>
        <source>role %1 where its events say %2</source>
        <translation>роль %1, а по событиям %2</translation>
    </message>
    <message>
        <source>enabled where its events say disabled</source>
        <translation>включена, а по событиям отключена</translation>
    </message>
    <message>
        <source>disabled where its events say enabled</source>
        <translation>отключена, а по событиям включена</translation>
    </message>
    <message>
        <source>name or position</source>
        <translation>имя или должность</translation>
    </message>
    <message>
        <source>password not set through CertDesk</source>
        <translation>пароль задан не через CertDesk</translation>
    </message>
    <message>
        <source>account %1 was changed outside CertDesk: %2</source>
        <translation>учётная запись %1 изменена в обход CertDesk: %2</translation>
    </message>
    <message>
        <source>account %1 has events but no row in the users table: it was deleted outside CertDesk</source>
        <translation>у учётной записи %1 есть события, но нет строки в таблице пользователей: она удалена в обход CertDesk</translation>
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
        <translation>П&amp;ользователь:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Receipt or case</source>
        <translation>Расписка или дело</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>По&amp;казать</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>Проверить &amp;журнал</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The database is busy or read-only, so the sign-in cannot be recorded; try again in a moment.</source>
        <translation>База данных занята или открыта только для чтения, поэтому вход не может быть записан; повторите через минуту.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator to enable it.</source>
        <translation>Учётная запись %1 отключена; попросите администратора включить её.</translation>
    </message>
    <message>
        <source>The account %1 no longer exists; sign in again.</source>
        <translation>Учётной записи %1 больше нет; войдите заново.</translation>
    </message>
    <message>
        <source>The current password is wrong; type it again.</source>
        <translation>Текущий пароль неверен; наберите его ещё раз.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one; choose a different one.</source>
        <translation>Новый пароль совпадает с текущим; выберите другой.</translation>
    </message>
    <message numerus="yes">
        <source>The login or the password is wrong. Check the keyboard layout and Caps Lock; after %n wrong password(s) in a row the account is locked for %1.</source>
        <translation>
            <numerusform>Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock; после %n неверного пароля подряд учётная запись блокируется на %1.</numerusform>
            <numerusform>Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock; после %n неверных паролей подряд учётная запись блокируется на %1.</numerusform>
            <numerusform>Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock; после %n неверных паролей подряд учётная запись блокируется на %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after %n wrong password(s) until %2. Wait until then, or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>Учётная запись %1 заблокирована до %2 после %n неверного пароля. Дождитесь этого времени или попросите администратора сбросить пароль.</numerusform>
            <numerusform>Учётная запись %1 заблокирована до %2 после %n неверных паролей. Дождитесь этого времени или попросите администратора сбросить пароль.</numerusform>
            <numerusform>Учётная запись %1 заблокирована до %2 после %n неверных паролей. Дождитесь этого времени или попросите администратора сбросить пароль.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row: the account %1 is locked until %2. Wait until then, or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>%n неверный пароль подряд: учётная запись %1 заблокирована до %2. Дождитесь этого времени или попросите администратора сбросить пароль.</numerusform>
            <numerusform>%n неверных пароля подряд: учётная запись %1 заблокирована до %2. Дождитесь этого времени или попросите администратора сбросить пароль.</numerusform>
            <numerusform>%n неверных паролей подряд: учётная запись %1 заблокирована до %2. Дождитесь этого времени или попросите администратора сбросить пароль.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password: enter the password.</source>
        <translation>Пароль: введите пароль.</translation>
    </message>
</context>
<context>
    <name>AuthorText</name>
    <message>
        <source>this workstation (automatic)</source>
        <translation>это рабочее место (автоматически)</translation>
    </message>
    <message>
        <source>command line (the database file&apos;s owner)</source>
        <translation>командная строка (владелец файла базы данных)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 уже существует; выберите для резервной копии новое имя файла.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; choose another place for the backup.</source>
        <translation>Не удаётся создать папку %1; выберите для резервной копии другое место.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); choose another place for the backup.</source>
        <translation>Не удаётся записать %1 (%2); выберите для резервной копии другое место.</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be narrowed to its owner; the backup was not written.</source>
        <translation>Не удаётся ограничить права на %1 только владельцем; резервная копия не записана.</translation>
    </message>
    <message>
        <source>The backup to %1 failed (%2); nothing was written.</source>
        <translation>Резервное копирование в %1 не удалось (%2); ничего не записано.</translation>
    </message>
    <message>
        <source>%1 was written by a newer CertDesk (schema %2; this version knows up to %3). Restore it with the newer CertDesk.</source>
        <translation>%1 записан более новой версией CertDesk (схема %2; эта версия знает до %3). Восстановите его в новой версии CertDesk.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2).</source>
        <translation>%1 не удаётся создать (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); nothing was changed.</source>
        <translation>%1 не удаётся открыть (%2); ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is in use by a CertDesk (or another program) that has it open: close it, then restore again. Nothing was changed.</source>
        <translation>%1 используется: его держит открытым CertDesk (или другая программа). Закройте её и повторите восстановление. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for the restore (%2); nothing was changed.</source>
        <translation>%1 не удаётся заблокировать для восстановления (%2); ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be written; check the free space and permissions. Nothing was changed.</source>
        <translation>%1 не удаётся записать; проверьте свободное место и права доступа. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database %1 cannot be copied aside before the restore (%2); nothing was changed.</source>
        <translation>Базу данных %1 не удаётся сохранить в сторону перед восстановлением (%2); ничего не изменено.</translation>
    </message>
    <message>
        <source>Copying %1 into %2 failed (%3); the database was left as it was.</source>
        <translation>Копирование %1 в %2 не удалось (%3); база данных осталась как была.</translation>
    </message>
    <message>
        <source>%1 cannot be copied aside; check the free space and permissions. Nothing was changed.</source>
        <translation>%1 не удаётся скопировать в сторону; проверьте свободное место и права доступа. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be copied next to %2; check the free space and permissions. Nothing was changed.</source>
        <translation>%1 не удаётся скопировать рядом с %2; проверьте свободное место и права доступа. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be put in place of %2 (%3); the old file was left as it was.</source>
        <translation>%1 не удаётся поставить на место %2 (%3); старый файл оставлен как был.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file: choose another backup file.</source>
        <translation>%1 не существует или не является файлом: выберите другой файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a backup. Choose another backup file.</source>
        <translation>%1 пуст (0 байт): это не резервная копия. Выберите другой файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2): choose another backup file.</source>
        <translation>Не удаётся открыть %1 (%2): выберите другой файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk backup, or is damaged beyond reading: choose another backup file.</source>
        <translation>%1 — не резервная копия CertDesk или повреждён настолько, что не читается: выберите другой файл резервной копии.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): choose another backup, an older one.</source>
        <translation>%1 повреждён (%2): выберите другую, более старую резервную копию.</translation>
    </message>
    <message>
        <source>%1 is a SQLite file but not a CertDesk backup: choose another backup file.</source>
        <translation>%1 — файл SQLite, но не резервная копия CertDesk: выберите другой файл резервной копии.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup %1 was written but does not read back: %2</source>
        <translation>Резервная копия %1 записана, но не читается обратно: %2</translation>
    </message>
    <message>
        <source>The backup %1 was written, but it could not be recorded: %2</source>
        <translation>Резервная копия %1 записана, но её не удалось зарегистрировать: %2</translation>
    </message>
</context>
<context>
    <name>BoardReportDocument</name>
    <message>
        <source>Supervisor board</source>
        <translation>Панель контроля</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Custody of paper certificates: supervisor board</source>
        <translation>Хранение бумажных справок: панель контроля</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Распечатано</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>At the branch</source>
        <translation>В отделении</translation>
    </message>
    <message>
        <source>To be handed over to the service provider</source>
        <translation>Подлежат передаче услугодателю</translation>
    </message>
    <message>
        <source>With the service provider</source>
        <translation>У услугодателя</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Запрошен возврат</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>Подлежат сдаче в архив</translation>
    </message>
    <message>
        <source>Interim response due</source>
        <translation>Нужен промежуточный ответ</translation>
    </message>
    <message>
        <source>Anomalies and exceptions</source>
        <translation>Аномалии и исключения</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n разрешение</numerusform>
            <numerusform>%n разрешения</numerusform>
            <numerusform>%n разрешений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>срок через %n день</numerusform>
            <numerusform>срок через %n дня</numerusform>
            <numerusform>срок через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source> (returned by the provider)</source>
        <translation> (возвращено услугодателем)</translation>
    </message>
    <message>
        <source>Result not received in time</source>
        <translation>Результат не получен в срок</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>clock moved back by %1; previous record %2</source>
        <translation>часы переведены назад на %1; предыдущая запись %2</translation>
    </message>
    <message numerus="yes">
        <source>result late by %n day(s)</source>
        <translation>
            <numerusform>результат просрочен на %n день</numerusform>
            <numerusform>результат просрочен на %n дня</numerusform>
            <numerusform>результат просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Рабочее место %1</translation>
    </message>
    <message>
        <source>missing at the count of the safe</source>
        <translation>отсутствует при пересчёте сейфа</translation>
    </message>
</context>
<context>
    <name>BoardService</name>
    <message>
        <source>The board date is not a valid date; pick a day on the calendar.</source>
        <translation>Дата панели контроля недопустима; выберите день в календаре.</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>Supervisor board</source>
        <translation>Панель контроля</translation>
    </message>
    <message>
        <source>Board &amp;on</source>
        <translation>Панель контроля &amp;на</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Transfer to provider…</source>
        <translation>&amp;Передать услугодателю…</translation>
    </message>
    <message>
        <source>Record &amp;archiving…</source>
        <translation>Записать &amp;архивирование…</translation>
    </message>
    <message>
        <source>Issuance &amp;journal…</source>
        <translation>&amp;Журнал выдачи…</translation>
    </message>
    <message>
        <source>&amp;Print board…</source>
        <translation>Печать панели &amp;контроля…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
</context>
<context>
    <name>BranchSettings</name>
    <message>
        <source>workstation: &quot;%1&quot; is not a number from 1 to 99</source>
        <translation>рабочее место: «%1» — не число от 1 до 99</translation>
    </message>
    <message>
        <source>branch name: it is only spaces; type the name as it is printed</source>
        <translation>название отделения: состоит из одних пробелов; введите название так, как оно печатается</translation>
    </message>
    <message>
        <source>branch name: &quot;%1&quot; holds %2, which is not text; type the name again</source>
        <translation>название отделения: «%1» содержит %2, это не текст; введите название заново</translation>
    </message>
    <message>
        <source>category: &quot;%1&quot; is neither regional nor district</source>
        <translation>категория: «%1» — ни областная, ни районная</translation>
    </message>
</context>
<context>
    <name>CaseActionDateDialog</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>CaseActionIssueDialog</name>
    <message>
        <source>Issue the paper certificate</source>
        <translation>Выдача бумажной справки</translation>
    </message>
    <message>
        <source>Who collects it</source>
        <translation>Кто получает</translation>
    </message>
    <message>
        <source>&amp;Collector</source>
        <translation>&amp;Получатель</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>ИИ&amp;Н</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>Notarized power of attorney</source>
        <translation>Нотариальная доверенность</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>Нотариус</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действительна до</translation>
    </message>
    <message>
        <source>Principal&apos;s IIN</source>
        <translation>ИИН доверителя</translation>
    </message>
    <message>
        <source>Identity document of the collector</source>
        <translation>Документ, удостоверяющий личность получателя</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>Но&amp;мер</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>eGov code</source>
        <translation>Код eGov</translation>
    </message>
    <message>
        <source>Which person is at the counter</source>
        <translation>Кто из них у окна</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; an undated power of attorney is void</source>
        <translation>ДД.ММ.ГГГГ; доверенность без даты ничтожна</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; empty when it states no term (1 year)</source>
        <translation>ДД.ММ.ГГГГ; пусто, если срок не указан (1 год)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>IIN of the person the certificate is &amp;about</source>
        <translation>ИИН &amp;лица, о котором справка</translation>
    </message>
</context>
<context>
    <name>CaseActionResultDialog</name>
    <message>
        <source>Record the provider&apos;s result</source>
        <translation>Запись результата услугодателя</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>&amp;Номер справки</translation>
    </message>
    <message>
        <source>Certificate &amp;date</source>
        <translation>&amp;Дата справки</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>No criminal record</source>
        <translation>Судимость отсутствует</translation>
    </message>
    <message>
        <source>A criminal record was found</source>
        <translation>Имеется судимость</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;wording</source>
        <translation>&amp;Формулировка услугодателя</translation>
    </message>
    <message>
        <source>Apostille number</source>
        <translation>Номер апостиля</translation>
    </message>
    <message>
        <source>Apostille date</source>
        <translation>Дата апостиля</translation>
    </message>
</context>
<context>
    <name>CaseActionService</name>
    <message>
        <source>There is no case %1 in this branch&apos;s database; check the receipt number and search again.</source>
        <translation>В базе данных этого отделения нет дела %1; проверьте номер расписки и повторите поиск.</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>ещё не принято</translation>
    </message>
    <message>
        <source>waiting for the provider&apos;s result</source>
        <translation>ожидает результата услугодателя</translation>
    </message>
    <message>
        <source>under an additional identification check</source>
        <translation>на дополнительной проверке идентификации</translation>
    </message>
    <message>
        <source>waiting for the paper certificate</source>
        <translation>ожидает бумажную справку</translation>
    </message>
    <message>
        <source>at the branch</source>
        <translation>в отделении</translation>
    </message>
    <message>
        <source>with the provider</source>
        <translation>у услугодателя</translation>
    </message>
    <message>
        <source>being returned by the provider</source>
        <translation>возвращается услугодателем</translation>
    </message>
    <message>
        <source>already issued</source>
        <translation>уже выдано</translation>
    </message>
    <message>
        <source>completed electronically</source>
        <translation>завершено в электронной форме</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>archived by the provider</source>
        <translation>сдано в архив услугодателем</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <source>Case %1 is %2: &quot;%3&quot; cannot be recorded now. Open the case to see what it is waiting for.</source>
        <translation>Дело %1 — %2: «%3» сейчас записать нельзя. Откройте дело, чтобы увидеть, чего оно ожидает.</translation>
    </message>
    <message>
        <source>%1 %2 is in the future; enter today&apos;s date or an earlier one.</source>
        <translation>%1 %2 — дата в будущем; введите сегодняшнюю или более раннюю дату.</translation>
    </message>
    <message>
        <source>%1 %2 is before %3, when the previous step happened; check the date.</source>
        <translation>%1 %2 раньше %3, когда был предыдущий шаг; проверьте дату.</translation>
    </message>
    <message>
        <source>No case is selected; select at least one case.</source>
        <translation>Не выбрано ни одного дела; выберите хотя бы одно.</translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was saved. Try again in a moment.</source>
        <translation>База данных занята или открыта только для чтения; ничего не сохранено. Повторите через минуту.</translation>
    </message>
</context>
<context>
    <name>CaseFold</name>
    <message>
        <source>Issued a second time by %1 on %2 (workstation %3): the certificate had already been issued. Find out which record is right and where the paper is.</source>
        <translation>Повторная выдача: %1, %2 (рабочее место %3): справка уже была выдана. Выясните, какая запись верна и где бумажная справка.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3 while the paper was not at the branch.</source>
        <translation>«%1»: записал(а) %2, %3, когда бумажной справки не было в отделении.</translation>
    </message>
    <message>
        <source>A second application record by %1 on %2 for the same case.</source>
        <translation>Повторная запись заявления по тому же делу: %1, %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3, but the application itself is missing here.</source>
        <translation>«%1»: записал(а) %2, %3, но самого заявления здесь нет.</translation>
    </message>
    <message>
        <source>An appeal&apos;s event &quot;%1&quot; (written by %2 on %3) was recorded in this case instead of in its appeal: tell the technician.</source>
        <translation>Событие обращения «%1» (записал %2, %3) попало в это дело, а не в своё обращение: сообщите технику.</translation>
    </message>
    <message>
        <source>An event of type &quot;%1&quot; that this version does not know (written by %2 on %3). Update CertDesk.</source>
        <translation>Событие типа «%1», неизвестное этой версии (записал %2, %3). Обновите CertDesk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3 cannot happen at this step of the case.</source>
        <translation>«%1»: записал(а) %2, %3 — это невозможно на данном этапе дела.</translation>
    </message>
    <message>
        <source>issued twice</source>
        <translation>выдана дважды</translation>
    </message>
    <message>
        <source>recorded while the paper was not at the branch</source>
        <translation>записано, когда бумажной справки не было в отделении</translation>
    </message>
    <message>
        <source>the application recorded twice</source>
        <translation>заявление записано дважды</translation>
    </message>
    <message>
        <source>recorded before the application</source>
        <translation>записано раньше заявления</translation>
    </message>
    <message>
        <source>an appeal&apos;s event in the case</source>
        <translation>событие обращения в деле</translation>
    </message>
    <message>
        <source>an event this version does not know</source>
        <translation>событие, неизвестное этой версии</translation>
    </message>
    <message>
        <source>an action impossible at that step</source>
        <translation>действие, невозможное на том этапе</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>IIN: %1 is a BIN of a legal entity; search by the IIN of the person</source>
        <translation>ИИН: %1 — БИН юридического лица; ищите по ИИН физического лица</translation>
    </message>
    <message>
        <source>IIN: %1</source>
        <translation>ИИН: %1</translation>
    </message>
    <message>
        <source>Search: &quot;%1&quot; %2. Type a receipt number, an IIN or the start of a surname.</source>
        <translation>Поиск: «%1» %2. Наберите номер расписки, ИИН или начало фамилии.</translation>
    </message>
    <message>
        <source>Case %1 is not in this database.</source>
        <translation>Дела %1 нет в этой базе данных.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s): a receipt number has 17 digits, an IIN 12. Check the number.</source>
        <translation>
            <numerusform>%n цифра: в номере расписки 17 цифр, в ИИН — 12. Проверьте номер.</numerusform>
            <numerusform>%n цифры: в номере расписки 17 цифр, в ИИН — 12. Проверьте номер.</numerusform>
            <numerusform>%n цифр: в номере расписки 17 цифр, в ИИН — 12. Проверьте номер.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt %1 is on %n cases (%2): two workstations issued the same number. Each case stays as it is; ask for the IIN of the person the certificate is about and open the case with that IIN. The supervisor sees both on the board.</source>
        <translation>
            <numerusform>Расписка %1 относится к %n делу (%2): два рабочих места выдали один и тот же номер. Каждое дело остаётся как есть; спросите ИИН лица, о котором справка, и откройте дело по этому ИИН. Супервайзер видит оба на доске.</numerusform>
            <numerusform>Расписка %1 относится к %n делам (%2): два рабочих места выдали один и тот же номер. Каждое дело остаётся как есть; спросите ИИН лица, о котором справка, и откройте дело по этому ИИН. Супервайзер видит оба на доске.</numerusform>
            <numerusform>Расписка %1 относится к %n делам (%2): два рабочих места выдали один и тот же номер. Каждое дело остаётся как есть; спросите ИИН лица, о котором справка, и откройте дело по этому ИИН. Супервайзер видит оба на доске.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTexts</name>
    <message>
        <source>not received</source>
        <translation>ещё не принято</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>additional check</source>
        <translation>дополнительная проверка</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>результат готов</translation>
    </message>
    <message>
        <source>at the branch</source>
        <translation>в отделении</translation>
    </message>
    <message>
        <source>with the provider</source>
        <translation>у услугодателя</translation>
    </message>
    <message>
        <source>return requested</source>
        <translation>запрошен возврат</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выдано</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <source>domestic</source>
        <translation>для Казахстана</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>за рубеж</translation>
    </message>
    <message>
        <source>abroad, apostille</source>
        <translation>за рубеж, с апостилем</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Заявление принято</translation>
    </message>
    <message>
        <source>Online order for this branch</source>
        <translation>Онлайн-заказ в это отделение</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Результат записан</translation>
    </message>
    <message>
        <source>Additional identification check</source>
        <translation>Дополнительная проверка идентификации</translation>
    </message>
    <message>
        <source>Interim response given</source>
        <translation>Дан промежуточный ответ</translation>
    </message>
    <message>
        <source>Refused by the provider</source>
        <translation>Отказ услугодателя</translation>
    </message>
    <message>
        <source>Paper arrived at the branch</source>
        <translation>Бумажная справка поступила в отделение</translation>
    </message>
    <message>
        <source>Certificate printed</source>
        <translation>Справка распечатана</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Transferred to the provider</source>
        <translation>Передано услугодателю</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Запрошен возврат</translation>
    </message>
    <message>
        <source>Returned to the branch</source>
        <translation>Возвращено в отделение</translation>
    </message>
    <message>
        <source>Archived by the provider</source>
        <translation>Сдано в архив услугодателем</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Разрешение супервайзера</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Record result</source>
        <translation>Записать результат</translation>
    </message>
    <message>
        <source>Additional check</source>
        <translation>Дополнительная проверка</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Записать отказ</translation>
    </message>
    <message>
        <source>Paper arrived</source>
        <translation>Бумажная справка поступила</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Распечатать справку</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <source>Transfer to provider</source>
        <translation>Передать услугодателю</translation>
    </message>
    <message>
        <source>Request return</source>
        <translation>Запросить возврат</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Сдано в архив</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить примечание</translation>
    </message>
    <message>
        <source>Receipt %1.</source>
        <translation>Расписка № %1.</translation>
    </message>
    <message>
        <source>Certificate № %1 of %2.</source>
        <translation>Справка № %1 от %2.</translation>
    </message>
    <message>
        <source>No criminal record.</source>
        <translation>Судимость отсутствует.</translation>
    </message>
    <message>
        <source>A criminal record was found.</source>
        <translation>Имеется судимость.</translation>
    </message>
    <message>
        <source>Apostille № %1 of %2.</source>
        <translation>Апостиль № %1 от %2.</translation>
    </message>
    <message>
        <source>Result due %1.</source>
        <translation>Срок выдачи результата: %1.</translation>
    </message>
    <message>
        <source>Interim response due %1.</source>
        <translation>Срок промежуточного ответа: %1.</translation>
    </message>
    <message>
        <source>May apply again from %1.</source>
        <translation>Повторное обращение — с %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Duplicate: copy %1.</source>
        <translation>Дубликат: экземпляр %1.</translation>
    </message>
    <message>
        <source>Handed over to %1.</source>
        <translation>Выдана: %1.</translation>
    </message>
    <message>
        <source>Handed over to %1, %2.</source>
        <translation>Выдана: %1, %2.</translation>
    </message>
    <message>
        <source>Transfer act № %1.</source>
        <translation>Акт приёма-передачи № %1.</translation>
    </message>
    <message>
        <source>Due back at the branch %1.</source>
        <translation>Срок возврата в отделение: %1.</translation>
    </message>
    <message>
        <source>Registered record № %1.</source>
        <translation>Зарегистрированное дело № %1.</translation>
    </message>
    <message>
        <source>%1: allowed by %2. Reason: %3</source>
        <translation>%1: разрешил(а) %2. Причина: %3</translation>
    </message>
    <message>
        <source>Dated %1.</source>
        <translation>Дата: %1.</translation>
    </message>
    <message>
        <source>Application printed</source>
        <translation>Заявление распечатано</translation>
    </message>
    <message>
        <source>Copy %1.</source>
        <translation>Копия: экземпляр %1.</translation>
    </message>
    <message>
        <source>SMS notice queued</source>
        <translation>SMS-уведомление поставлено в очередь</translation>
    </message>
    <message>
        <source>SMS notice sent</source>
        <translation>SMS-уведомление отправлено</translation>
    </message>
    <message>
        <source>SMS notice not sent: gateway failed</source>
        <translation>SMS-уведомление не отправлено: сбой шлюза</translation>
    </message>
    <message>
        <source>%1, to %2: «%3»</source>
        <translation>%1, на номер %2: «%3»</translation>
    </message>
    <message>
        <source>To %1; the gateway&apos;s reference %2.</source>
        <translation>На номер %1; номер в шлюзе %2.</translation>
    </message>
    <message>
        <source>Attempt %1: %2.</source>
        <translation>Попытка %1: %2.</translation>
    </message>
    <message>
        <source>the certificate is at the branch</source>
        <translation>справка в отделении</translation>
    </message>
    <message>
        <source>reminder: the branch keeps it one more week</source>
        <translation>напоминание: отделение хранит её ещё неделю</translation>
    </message>
    <message>
        <source>the certificate is back at the branch</source>
        <translation>справка возвращена в отделение</translation>
    </message>
    <message numerus="yes">
        <source>sent %1 to %2 (%n times: an SMS went twice)</source>
        <translation>
            <numerusform>отправлено %1 на номер %2 (%n раз: SMS ушло дважды)</numerusform>
            <numerusform>отправлено %1 на номер %2 (%n раза: SMS ушло дважды)</numerusform>
            <numerusform>отправлено %1 на номер %2 (%n раз: SMS ушло дважды)</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1 to %2</source>
        <translation>отправлено %1 на номер %2</translation>
    </message>
    <message numerus="yes">
        <source>not sent yet: %n attempt(s) failed (%1); next try %2</source>
        <translation>
            <numerusform>ещё не отправлено: %n попытка не удалась (%1); следующая %2</numerusform>
            <numerusform>ещё не отправлено: %n попытки не удались (%1); следующая %2</numerusform>
            <numerusform>ещё не отправлено: %n попыток не удались (%1); следующая %2</numerusform>
        </translation>
    </message>
    <message>
        <source>queued %1, waiting for the notifier workstation</source>
        <translation>в очереди с %1, ждёт рабочее место, отправляющее уведомления</translation>
    </message>
    <message>
        <source>the SMS gateway did not accept the login and secret, HTTP %1: check them in Tools → SMS notices</source>
        <translation>SMS-шлюз не принял логин и секрет, HTTP %1: проверьте их в меню Инструменты → SMS-уведомления</translation>
    </message>
    <message>
        <source>the SMS gateway refused it, HTTP %1</source>
        <translation>SMS-шлюз отказал, HTTP %1</translation>
    </message>
    <message>
        <source>the SMS gateway did not answer in time</source>
        <translation>SMS-шлюз не ответил вовремя</translation>
    </message>
    <message>
        <source>the SMS gateway could not be reached</source>
        <translation>SMS-шлюз недоступен</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>CentralRules</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: не удалось: %2</translation>
    </message>
    <message>
        <source>Creating the database %1</source>
        <translation>Создание базы %1</translation>
    </message>
    <message>
        <source>Reading the database %1</source>
        <translation>Чтение базы %1</translation>
    </message>
    <message>
        <source>Limiting %1 to the workstations</source>
        <translation>Ограничение доступа к %1 рабочими местами</translation>
    </message>
    <message>
        <source>Writing the validate function of %1</source>
        <translation>Запись функции проверки %1</translation>
    </message>
    <message>
        <source>The central rules database holds the rules of %1, the file those of %2.</source>
        <translation>В центральной базе правил — правила %1, в файле — правила %2.</translation>
    </message>
    <message>
        <source>Reading the central rules failed: %1</source>
        <translation>Не удалось прочитать центральные правила: %1</translation>
    </message>
    <message numerus="yes">
        <source>The rules were not published: %n problem(s).</source>
        <translation>
            <numerusform>Правила не опубликованы: %n проблема.</numerusform>
            <numerusform>Правила не опубликованы: %n проблемы.</numerusform>
            <numerusform>Правила не опубликованы: %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the central rules failed: %1</source>
        <translation>Не удалось записать центральные правила: %1</translation>
    </message>
    <message>
        <source>Nothing is published in %1: there is nothing to take back.</source>
        <translation>В %1 ничего не опубликовано: отзывать нечего.</translation>
    </message>
    <message>
        <source>%1 is not published in %2 (nothing was changed): the ids are those of rules export --layer central.</source>
        <translation>%1 не опубликовано в %2 (ничего не изменено): идентификаторы — как в выводе rules export --layer central.</translation>
    </message>
    <message numerus="yes">
        <source>The rules were not taken back: %n problem(s).</source>
        <translation>
            <numerusform>Правила не отозваны: %n проблема.</numerusform>
            <numerusform>Правила не отозваны: %n проблемы.</numerusform>
            <numerusform>Правила не отозваны: %n проблем.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>For travel abroad, with an apostille</source>
        <translation>Для выезда за рубеж, с апостилем</translation>
    </message>
    <message>
        <source>For travel abroad</source>
        <translation>Для выезда за рубеж</translation>
    </message>
    <message>
        <source>For use in the Republic of Kazakhstan</source>
        <translation>Для использования в Республике Казахстан</translation>
    </message>
    <message>
        <source>According to the records of the Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan, there is information about a criminal record.</source>
        <translation>По учётам Комитета по правовой статистике и специальным учётам Генеральной прокуратуры Республики Казахстан имеются сведения о судимости.</translation>
    </message>
    <message>
        <source>According to the records of the Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan, there is no information about a criminal record.</source>
        <translation>По учётам Комитета по правовой статистике и специальным учётам Генеральной прокуратуры Республики Казахстан сведения о судимости отсутствуют.</translation>
    </message>
    <message>
        <source>duplicate No. %1</source>
        <translation>дубликат № %1</translation>
    </message>
    <message>
        <source>Printed at the branch</source>
        <translation>Распечатано в отделении</translation>
    </message>
    <message>
        <source>Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan</source>
        <translation>Комитет по правовой статистике и специальным учётам Генеральной прокуратуры Республики Казахстан</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>ДУБЛИКАТ</translation>
    </message>
    <message>
        <source>Printed again, copy %1</source>
        <translation>Повторная печать, экземпляр %1</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер справки</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Дата выдачи справки</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <source>Application (receipt)</source>
        <translation>Номер заявления (расписки)</translation>
    </message>
    <message>
        <source>The authenticity of the certificate can be checked by its QR code.</source>
        <translation>Подлинность справки можно проверить по QR-коду.</translation>
    </message>
    <message>
        <source>Place for the apostille</source>
        <translation>Место для апостиля</translation>
    </message>
    <message>
        <source>CERTIFICATE OF NO CRIMINAL RECORD</source>
        <translation>СПРАВКА О НАЛИЧИИ ЛИБО ОТСУТСТВИИ СУДИМОСТИ</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>event %1 is of version %2, written by a newer CertDesk (this one reads up to version %3)</source>
        <translation>событие %1 версии %2 записано более новой версией CertDesk (эта читает версии до %3)</translation>
    </message>
    <message>
        <source>the server sent change %1 without its document</source>
        <translation>сервер прислал изменение %1 без его документа</translation>
    </message>
</context>
<context>
    <name>CheckTexts</name>
    <message>
        <source>IIN is valid</source>
        <translation>ИИН действителен</translation>
    </message>
    <message>
        <source>BIN is valid</source>
        <translation>БИН действителен</translation>
    </message>
    <message>
        <source>identity document valid on the day</source>
        <translation>документ, удостоверяющий личность, действителен на день обращения</translation>
    </message>
    <message>
        <source>identity document not dated in the future</source>
        <translation>документ, удостоверяющий личность, не датирован будущим числом</translation>
    </message>
    <message>
        <source>e-document code given</source>
        <translation>код электронного документа указан</translation>
    </message>
    <message>
        <source>notarized power of attorney presented</source>
        <translation>нотариальная доверенность предъявлена</translation>
    </message>
    <message>
        <source>power of attorney is dated</source>
        <translation>доверенность датирована</translation>
    </message>
    <message>
        <source>power of attorney within its term</source>
        <translation>доверенность в пределах срока</translation>
    </message>
    <message>
        <source>principal of the power of attorney is the person</source>
        <translation>доверитель по доверенности — лицо, в отношении которого запрашивается справка</translation>
    </message>
    <message>
        <source>agent of the power of attorney is the one at the counter</source>
        <translation>поверенный по доверенности — обратившееся лицо</translation>
    </message>
    <message>
        <source>birth certificate links the minor and the parent</source>
        <translation>свидетельство о рождении связывает несовершеннолетнего и родителя</translation>
    </message>
    <message>
        <source>Apostille Convention in force for the country</source>
        <translation>конвенция об апостиле действует для страны</translation>
    </message>
    <message>
        <source>recipient told that no apostille is needed</source>
        <translation>получатель проинформирован, что апостиль не нужен</translation>
    </message>
    <message>
        <source>state fee for the apostille paid</source>
        <translation>госпошлина за апостиль оплачена</translation>
    </message>
    <message>
        <source>phone for notices</source>
        <translation>телефон для уведомлений</translation>
    </message>
    <message>
        <source>identity document the one recorded at intake</source>
        <translation>документ, удостоверяющий личность, тот же, что записан при приёме</translation>
    </message>
    <message>
        <source>IIN of the person is valid</source>
        <translation>ИИН лица, в отношении которого запрашивается справка, действителен</translation>
    </message>
    <message>
        <source>IIN of the one at the counter is valid</source>
        <translation>ИИН обратившегося лица действителен</translation>
    </message>
    <message>
        <source>IIN of the principal in the power of attorney is valid</source>
        <translation>ИИН доверителя в доверенности действителен</translation>
    </message>
    <message>
        <source>IIN of the agent in the power of attorney is valid</source>
        <translation>ИИН поверенного в доверенности действителен</translation>
    </message>
    <message>
        <source>IIN of the child in the birth certificate is valid</source>
        <translation>ИИН ребёнка в свидетельстве о рождении действителен</translation>
    </message>
    <message>
        <source>IIN of the parent in the birth certificate is valid</source>
        <translation>ИИН родителя в свидетельстве о рождении действителен</translation>
    </message>
</context>
<context>
    <name>CouchResponse</name>
    <message>
        <source>the request was cancelled</source>
        <translation>запрос отменён</translation>
    </message>
    <message>
        <source>the server stopped answering (nothing arrived for too long)</source>
        <translation>сервер перестал отвечать (слишком долго ничего не приходило)</translation>
    </message>
    <message>
        <source>the server refused the connection (it may be stopped)</source>
        <translation>сервер отклонил подключение (возможно, он остановлен)</translation>
    </message>
    <message>
        <source>the server&apos;s name cannot be found (no network, or a wrong address)</source>
        <translation>имя сервера не найдено (нет сети или неверный адрес)</translation>
    </message>
    <message>
        <source>the connection was cut before the server answered</source>
        <translation>соединение прервалось до ответа сервера</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1)</source>
        <translation>сертификату сервера нет доверия (%1)</translation>
    </message>
    <message>
        <source>the network failed (%1)</source>
        <translation>сбой сети (%1)</translation>
    </message>
    <message>
        <source>the server refused the sync account&apos;s name or password</source>
        <translation>сервер отклонил имя или пароль учётной записи синхронизации</translation>
    </message>
    <message>
        <source>the server refused: %1</source>
        <translation>сервер отказал: %1</translation>
    </message>
    <message>
        <source>the branch database does not exist on the server</source>
        <translation>базы данных отделения нет на сервере</translation>
    </message>
    <message>
        <source>the server refused a request as too large</source>
        <translation>сервер отклонил запрос как слишком большой</translation>
    </message>
    <message>
        <source>the server failed with HTTP %1</source>
        <translation>сбой сервера: HTTP %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer cannot be read (HTTP %1, not JSON)</source>
        <translation>ответ сервера не читается (HTTP %1, не JSON)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1: %2</source>
        <translation>сервер ответил HTTP %1: %2</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>сервер ответил HTTP %1</translation>
    </message>
    <message>
        <source>the connection was cut while the server was answering</source>
        <translation>соединение прервалось, пока сервер отвечал</translation>
    </message>
    <message>
        <source>the network failed while the server was answering (%1)</source>
        <translation>сбой сети, пока сервер отвечал (%1)</translation>
    </message>
    <message>
        <source>the server refused the administrator&apos;s name or password</source>
        <translation>сервер отклонил имя или пароль администратора</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No sync password is stored for %1 (%2): enter it.</source>
        <translation>Пароль синхронизации для %1 (%2) не сохранён: введите его.</translation>
    </message>
    <message>
        <source>This CertDesk has no access to a credential store: enter the sync password each time.</source>
        <translation>У этого CertDesk нет доступа к хранилищу учётных данных: вводите пароль синхронизации каждый раз.</translation>
    </message>
    <message>
        <source>The sync password cannot be kept in the credential store (%1); it will be asked for at sign-in.</source>
        <translation>Пароль синхронизации нельзя сохранить в хранилище учётных данных (%1); он будет запрошен при входе.</translation>
    </message>
    <message>
        <source>This CertDesk has no access to a credential store; the sync password will be asked for at sign-in.</source>
        <translation>У этого CertDesk нет доступа к хранилищу учётных данных; пароль синхронизации будет запрошен при входе.</translation>
    </message>
</context>
<context>
    <name>CustodyService</name>
    <message>
        <source>Arrival date</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Дата возврата</translation>
    </message>
    <message>
        <source>Archiving date</source>
        <translation>Дата сдачи в архив</translation>
    </message>
    <message>
        <source>Case %1: the provider keeps the paper until %2; it can be archived from %3. Leave it in the provider&apos;s custody.</source>
        <translation>Дело %1: услугодатель хранит бумажную справку до %2; сдать в архив её можно с %3. Оставьте её на хранении у услугодателя.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 was changed outside CertDesk (%2), so CertDesk does not use it. See what else was changed with certdeskctl --db %1 audit verify, then restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this).</source>
        <translation>%1 изменён в обход CertDesk (%2), поэтому CertDesk его не использует. Посмотрите, что ещё изменено, командой certdeskctl --db %1 audit verify, затем восстановите последнюю резервную копию (certdeskctl --db %1 restore BACKUP или «Восстановить» в окне, которое об этом сообщает).</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>Не удалось создать %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be created: the new database, made as %2, kept its journal (%3). Nothing was written to %1 and %2 was removed; try again.</source>
        <translation>Не удалось создать %1: новая база данных, созданная как %2, сохранила свой журнал (%3). В %1 ничего не записано, %2 удалён; повторите попытку.</translation>
    </message>
    <message>
        <source>%1 could not be created: the new database was made whole as %2 but could not be renamed to %1 (%3). Nothing was written to %1 and %2 was removed. Check that the folder %4 is writable and has free space, and that no other program (an antivirus scan, a backup tool) holds the file; then try again.</source>
        <translation>Не удалось создать %1: новая база данных полностью создана как %2, но её не удалось переименовать в %1 (%3). В %1 ничего не записано, %2 удалён. Проверьте, что в папку %4 можно записывать и в ней есть свободное место и что файл не удерживает другая программа (антивирусная проверка, средство резервного копирования); затем повторите попытку.</translation>
    </message>
    <message>
        <source>the rename was refused</source>
        <translation>переименование отклонено</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>%1 is damaged (%2) and was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this), then run certdeskctl --db %1 audit verify.</source>
        <translation>%1 повреждён (%2) и не использовался. Восстановите последнюю резервную копию (certdeskctl --db %1 restore BACKUP или «Восстановить» в окне, которое об этом сообщает), затем выполните certdeskctl --db %1 audit verify.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it holds no CertDesk data, as after a write cut short. It was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this), or delete the empty file to start a new database.</source>
        <translation>%1 пуст (0 байт): в нём нет данных CertDesk, как после прерванной записи. Он не использовался. Восстановите последнюю резервную копию (certdeskctl --db %1 restore BACKUP или «Восстановить» в окне, которое об этом сообщает) или удалите пустой файл, чтобы начать новую базу данных.</translation>
    </message>
    <message>
        <source>%1, the journal of recent changes beside %2, does not belong to it: it comes from another database or another copy of this one. Nothing was changed. If it was copied in by mistake, move %1 (and %2-shm) out of the folder and open %2 again; otherwise restore the latest backup (certdeskctl --db %2 restore BACKUP).</source>
        <translation>%1 — журнал последних изменений рядом с %2 — ему не принадлежит: он от другой базы данных или от другой копии этой. Ничего не изменено. Если он скопирован по ошибке, уберите %1 (и %2-shm) из папки и откройте %2 снова; иначе восстановите последнюю резервную копию (certdeskctl --db %2 restore BACKUP).</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk database or is damaged: it cannot be read, and was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this).</source>
        <translation>%1 — не база данных CertDesk или повреждён: его нельзя прочитать, он не использовался. Восстановите последнюю резервную копию (certdeskctl --db %1 restore BACKUP или «Восстановить» в окне, которое об этом сообщает).</translation>
    </message>
    <message>
        <source>%1 was written by a newer CertDesk (schema %2; this version knows up to %3). Install the newer CertDesk; the file was left untouched.</source>
        <translation>%1 записан более новой версией CertDesk (схема %2; эта версия знает до %3). Установите новую версию CertDesk; файл не тронут.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>&quot;%1&quot; is not a date: enter it as DD.MM.YYYY</source>
        <translation>«%1» — не дата: введите её как ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the year with 4 digits (DD.MM.YYYY)</source>
        <translation>«%1»: напишите год четырьмя цифрами (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2</source>
        <translation>«%1» — не дата: месяца %2 не бывает</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the year %2 is out of range</source>
        <translation>«%1» — не дата: год %2 вне допустимого диапазона</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a date: %2 %3 has %n day(s)</source>
        <translation>
            <numerusform>«%1» — не дата: в месяце «%2» %3 г. %n день</numerusform>
            <numerusform>«%1» — не дата: в месяце «%2» %3 г. %n дня</numerusform>
            <numerusform>«%1» — не дата: в месяце «%2» %3 г. %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>The printer does not accept the page %1 with these margins; choose another paper size.</source>
        <translation>Принтер не принимает страницу %1 с такими полями; выберите другой формат бумаги.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written; check the folder and the free space.</source>
        <translation>Не удалось записать PDF-файл %1; проверьте папку и свободное место.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Printed on %1.</source>
        <translation>Напечатано на принтере %1.</translation>
    </message>
    <message>
        <source>Not printed; saved as the PDF file %1.</source>
        <translation>Не напечатано; сохранено как PDF-файл %1.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Ничего не напечатано.</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Ничего не напечатано: %1</translation>
    </message>
    <message>
        <source>No printer is chosen for this paper and the computer has no default printer: choose one.</source>
        <translation>Для этой бумаги не выбран принтер, а принтера по умолчанию на компьютере нет: выберите принтер.</translation>
    </message>
    <message>
        <source>The printer %1 refused the document.</source>
        <translation>Принтер %1 не принял документ.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed on %1, but %2</source>
        <translation>Напечатано на принтере %1, но %2</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>The printer or the PDF file could not be opened for drawing.</source>
        <translation>Не удалось открыть принтер или PDF-файл для вывода.</translation>
    </message>
    <message>
        <source>The printer or the PDF file failed while the document was drawn.</source>
        <translation>Сбой принтера или PDF-файла во время вывода документа.</translation>
    </message>
</context>
<context>
    <name>EventLines</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>not valid UTF-8 (an overlong, cut or invalid byte sequence): save the file as UTF-8</source>
        <translation>недопустимый UTF-8 (избыточная, оборванная или неверная последовательность байтов): сохраните файл в UTF-8</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>the field &quot;%1&quot; holds %2 at character %3: not text CertDesk can store as written</source>
        <translation>поле «%1» содержит %2 в символе %3: это не текст, который CertDesk может сохранить как написан</translation>
    </message>
    <message>
        <source>%1 (half of a surrogate pair without its other half)</source>
        <translation>%1 (половина суррогатной пары без второй половины)</translation>
    </message>
    <message>
        <source>%1 (a byte-order mark)</source>
        <translation>%1 (метка порядка байтов)</translation>
    </message>
    <message>
        <source>%1 (a noncharacter)</source>
        <translation>%1 (несимвол)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>не объект JSON (%1 в байте %2)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>CertDesk — first start</source>
        <translation>CertDesk — первый запуск</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator then adds the clerks and supervisors of this branch.</source>
        <translation>В этой базе данных ещё нет учётных записей. Создайте учётную запись администратора: затем администратор добавит операторов и супервайзеров этого отделения.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Полное &amp;имя:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Пар&amp;оль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
</context>
<context>
    <name>FirstRunRestoreDialog</name>
    <message>
        <source>CertDesk — the database cannot be used</source>
        <translation>CertDesk — базу данных нельзя использовать</translation>
    </message>
    <message>
        <source>Choose the latest backup to put in its place. The damaged file is kept beside it, renamed, for an inquiry.</source>
        <translation>Выберите последнюю резервную копию, чтобы поставить её на место. Повреждённый файл сохраняется рядом, переименованным, для разбирательства.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Выбрат&amp;ь…</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>the number is empty: enter 12 digits</source>
        <translation>номер пуст: введите 12 цифр</translation>
    </message>
    <message>
        <source>character %1 (&quot;%2&quot;) is not a digit: the number has digits only</source>
        <translation>символ %1 («%2») не цифра: номер состоит только из цифр</translation>
    </message>
    <message>
        <source>digits 3-4 give registration month %1, which does not exist</source>
        <translation>цифры 3–4 дают месяц регистрации %1, которого не бывает</translation>
    </message>
    <message>
        <source>digit 6 is %1; a BIN&apos;s attribute digit must be 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm)</source>
        <translation>цифра 6 — %1; признак БИН должен быть 0 (головное подразделение), 1 (филиал), 2 (представительство) или 3 (крестьянское хозяйство)</translation>
    </message>
    <message>
        <source>no check digit exists for these first 11 digits: the number was mistyped</source>
        <translation>для этих первых 11 цифр контрольной цифры не существует: номер набран с ошибкой</translation>
    </message>
    <message>
        <source>the check digit (the last) does not match: the number was mistyped</source>
        <translation>контрольная цифра (последняя) не совпадает: номер набран с ошибкой</translation>
    </message>
    <message>
        <source>digit 5 is %1: it is neither the day of birth of an IIN (0-3) nor a BIN&apos;s type (4-6)</source>
        <translation>цифра 5 — %1: это ни день рождения в ИИН (0–3), ни тип БИН (4–6)</translation>
    </message>
    <message>
        <source>digit 7 is %1; the century-and-sex digit must be 1 to 6</source>
        <translation>цифра 7 — %1; цифра века и пола должна быть от 1 до 6</translation>
    </message>
    <message>
        <source>the first six digits give the birth date %1.%2.%3, which does not exist</source>
        <translation>первые шесть цифр дают дату рождения %1.%2.%3, которой не существует</translation>
    </message>
    <message>
        <source>resident legal entity</source>
        <translation>юридическое лицо — резидент</translation>
    </message>
    <message>
        <source>non-resident legal entity</source>
        <translation>юридическое лицо — нерезидент</translation>
    </message>
    <message>
        <source>individual entrepreneur in joint business</source>
        <translation>индивидуальный предприниматель в совместном предпринимательстве</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>головное подразделение</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>филиал</translation>
    </message>
    <message>
        <source>representative office</source>
        <translation>представительство</translation>
    </message>
    <message>
        <source>peasant farm</source>
        <translation>крестьянское хозяйство</translation>
    </message>
    <message>
        <source>••••</source>
        <translation>••••</translation>
    </message>
    <message numerus="yes">
        <source>the number has %n digit(s); it must have exactly 12</source>
        <translation>
            <numerusform>в номере %n цифра; должно быть ровно 12</numerusform>
            <numerusform>в номере %n цифры; должно быть ровно 12</numerusform>
            <numerusform>в номере %n цифр; должно быть ровно 12</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeApplicantPage</name>
    <message>
        <source>A &amp;legal entity, through its representative</source>
        <translation>&amp;Юридическое лицо, через представителя</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>&amp;An individual: the person the certificate is about, in person or through a representative</source>
        <translation>&amp;Физическое лицо: лицо, в отношении которого запрашивается справка, лично или через представителя</translation>
    </message>
    <message>
        <source>B&amp;IN:</source>
        <translation>&amp;БИН:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Наимено&amp;вание:</translation>
    </message>
</context>
<context>
    <name>IntakeChecks</name>
    <message>
        <source>is empty</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <source>Fill it in.</source>
        <translation>Заполните.</translation>
    </message>
    <message>
        <source>Enter the date as DD.MM.YYYY.</source>
        <translation>Введите дату как ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>Enter the 12 digits of the IIN.</source>
        <translation>Введите 12 цифр ИИН.</translation>
    </message>
    <message>
        <source>Check the IIN against the document.</source>
        <translation>Сверьте ИИН с документом.</translation>
    </message>
    <message>
        <source>%1 is a BIN of a legal entity, not an IIN</source>
        <translation>%1 — БИН юридического лица, а не ИИН</translation>
    </message>
    <message>
        <source>Enter the IIN of the person.</source>
        <translation>Введите ИИН лица.</translation>
    </message>
    <message>
        <source>the IIN gives the birth date %1, which is after today</source>
        <translation>по ИИН дата рождения %1, позже сегодняшнего дня</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Правило: %1.</translation>
    </message>
    <message>
        <source>Enter the 12 digits of the BIN.</source>
        <translation>Введите 12 цифр БИН.</translation>
    </message>
    <message>
        <source>Check the BIN against the registration certificate.</source>
        <translation>Сверьте БИН со свидетельством о регистрации.</translation>
    </message>
    <message>
        <source>%1 is the IIN of an individual, not a BIN</source>
        <translation>%1 — ИИН физического лица, а не БИН</translation>
    </message>
    <message>
        <source>Enter the legal entity&apos;s BIN.</source>
        <translation>Введите БИН юридического лица.</translation>
    </message>
    <message>
        <source>nothing is entered</source>
        <translation>ничего не введено</translation>
    </message>
    <message>
        <source>%1 is after today</source>
        <translation>%1 позже сегодняшнего дня</translation>
    </message>
    <message>
        <source>Check the date.</source>
        <translation>Проверьте дату.</translation>
    </message>
    <message>
        <source>Enter the document confirming the change (e.g. marriage certificate).</source>
        <translation>Введите документ, подтверждающий изменение (например, свидетельство о браке).</translation>
    </message>
    <message>
        <source>a certificate about another adult is issued only on a notarized power of attorney issued by that person</source>
        <translation>справка о другом совершеннолетнем лице выдаётся только по нотариально удостоверенной доверенности, выданной этим лицом</translation>
    </message>
    <message>
        <source>Ask for the power of attorney, or for the person to come.</source>
        <translation>Запросите доверенность либо предложите лицу обратиться лично.</translation>
    </message>
    <message>
        <source>the power of attorney has no date of issue</source>
        <translation>в доверенности нет даты выдачи</translation>
    </message>
    <message>
        <source>an undated power of attorney is void (Civil Code art. 170)</source>
        <translation>доверенность без даты недействительна (ст. 170 Гражданского кодекса РК)</translation>
    </message>
    <message>
        <source>Ask for a dated notarized power of attorney.</source>
        <translation>Попросите датированную нотариальную доверенность.</translation>
    </message>
    <message>
        <source>%1 is before the date of issue %2</source>
        <translation>%1 раньше даты выдачи %2</translation>
    </message>
    <message>
        <source>Check both dates against the power of attorney.</source>
        <translation>Сверьте обе даты с доверенностью.</translation>
    </message>
    <message>
        <source>the power of attorney is dated %1, after today</source>
        <translation>доверенность датирована %1, позже сегодняшнего дня</translation>
    </message>
    <message>
        <source>a power of attorney acts from its date of issue</source>
        <translation>доверенность действует с даты выдачи</translation>
    </message>
    <message>
        <source>Check the date; a power of attorney from the future cannot be accepted.</source>
        <translation>Проверьте дату: доверенность, датированная будущим числом, не принимается.</translation>
    </message>
    <message>
        <source>it states no term, so it lasted 1 year from %1 and ended on %2</source>
        <translation>срок в ней не указан, поэтому она действовала 1 год с %1 и истекла %2</translation>
    </message>
    <message>
        <source>its term to %1 is longer than the 3 years the law allows, so it ended on %2</source>
        <translation>её срок до %1 длиннее разрешённых законом 3 лет, поэтому она истекла %2</translation>
    </message>
    <message>
        <source>its term ended on %1</source>
        <translation>её срок истёк %1</translation>
    </message>
    <message>
        <source>the power of attorney has expired: %1</source>
        <translation>срок доверенности истёк: %1</translation>
    </message>
    <message>
        <source>a power of attorney lasts its stated term, at most 3 years, and 1 year when no term is stated (Civil Code art. 170)</source>
        <translation>доверенность действует указанный срок, не более 3 лет, а если срок не указан — 1 год (ст. 170 Гражданского кодекса)</translation>
    </message>
    <message>
        <source>Ask for a new notarized power of attorney.</source>
        <translation>Попросите новую нотариальную доверенность.</translation>
    </message>
    <message>
        <source>the power of attorney was issued by IIN %1, not by the person the certificate is about (IIN %2)</source>
        <translation>доверенность выдана лицом с ИИН %1, а не лицом, в отношении которого запрашивается справка (ИИН %2)</translation>
    </message>
    <message>
        <source>the principal must be the person the certificate is about</source>
        <translation>доверителем должно быть лицо, в отношении которого запрашивается справка</translation>
    </message>
    <message>
        <source>Ask for a power of attorney issued by that person.</source>
        <translation>Запросите доверенность, выданную этим лицом.</translation>
    </message>
    <message>
        <source>the power of attorney names IIN %1 as the agent, but the one at the counter has IIN %2</source>
        <translation>в доверенности поверенным указан ИИН %1, а у обратившегося лица ИИН %2</translation>
    </message>
    <message>
        <source>the agent named in the power of attorney must be the one at the counter</source>
        <translation>поверенным, указанным в доверенности, должно быть обратившееся лицо</translation>
    </message>
    <message>
        <source>Only the agent it names may apply with it.</source>
        <translation>Обратиться по ней может только указанный в ней поверенный.</translation>
    </message>
    <message>
        <source>a certificate about a minor is taken from another person only with a birth certificate linking them as parent and child</source>
        <translation>справка о несовершеннолетнем выдаётся другому лицу только при свидетельстве о рождении, связывающем их как родителя и ребёнка</translation>
    </message>
    <message>
        <source>A parent or guardian must come with the child&apos;s birth certificate.</source>
        <translation>Родитель или опекун должен прийти со свидетельством о рождении ребёнка.</translation>
    </message>
    <message>
        <source>the birth certificate is for the child with IIN %1, not for the person the certificate is about (IIN %2)</source>
        <translation>свидетельство о рождении выдано на ребёнка с ИИН %1, а не на лицо, в отношении которого запрашивается справка (ИИН %2)</translation>
    </message>
    <message>
        <source>Ask for this child&apos;s birth certificate.</source>
        <translation>Попросите свидетельство о рождении этого ребёнка.</translation>
    </message>
    <message>
        <source>the parent on the birth certificate has IIN %1, but the one at the counter has IIN %2</source>
        <translation>у родителя в свидетельстве о рождении ИИН %1, а у обратившегося лица ИИН %2</translation>
    </message>
    <message>
        <source>Only a parent named on it may apply with it.</source>
        <translation>Обратиться по нему может только указанный в нём родитель.</translation>
    </message>
    <message>
        <source>Enter the parent named on the birth certificate.</source>
        <translation>Введите родителя, указанного в свидетельстве о рождении.</translation>
    </message>
    <message>
        <source>the birth certificate names %1 as the parent, but %2 is at the counter</source>
        <translation>в свидетельстве о рождении родителем указан(а) %1, а обратилось лицо %2</translation>
    </message>
    <message>
        <source>a legal entity&apos;s application is brought by its representative</source>
        <translation>заявление юридического лица подаёт его представитель</translation>
    </message>
    <message>
        <source>Choose &quot;a legal entity&apos;s representative&quot;.</source>
        <translation>Выберите «представитель юридического лица».</translation>
    </message>
    <message>
        <source>the applicant is an individual, not a legal entity</source>
        <translation>заявитель — физическое лицо, а не юридическое</translation>
    </message>
    <message>
        <source>Choose another option, or make the applicant a legal entity.</source>
        <translation>Выберите другой вариант или укажите заявителем юридическое лицо.</translation>
    </message>
    <message>
        <source>is the IIN of the person the certificate is about</source>
        <translation>это ИИН лица, в отношении которого запрашивается справка</translation>
    </message>
    <message>
        <source>When the person applies themselves, choose &quot;the person themselves&quot;.</source>
        <translation>Если лицо обращается само, выберите «лично».</translation>
    </message>
    <message>
        <source>Ask the person for the code shown in the eGov mobile app.</source>
        <translation>Запросите у лица код, показанный в приложении eGov mobile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of the digital documents service (4 to 8 digits)</source>
        <translation>«%1» — не код сервиса цифровых документов (от 4 до 8 цифр)</translation>
    </message>
    <message>
        <source>Ask the person to read the code again.</source>
        <translation>Попросите лицо назвать код ещё раз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number (5 to 20 letters and digits)</source>
        <translation>«%1» — не номер документа (от 5 до 20 букв и цифр)</translation>
    </message>
    <message>
        <source>Copy it from the document.</source>
        <translation>Перепишите его с документа.</translation>
    </message>
    <message>
        <source>the document is dated %1, after today</source>
        <translation>документ датирован %1, позже сегодняшнего дня</translation>
    </message>
    <message>
        <source>an identity document cannot be issued in the future</source>
        <translation>документ, удостоверяющий личность, не может быть выдан будущим числом</translation>
    </message>
    <message>
        <source>Check the date against the document.</source>
        <translation>Сверьте дату с документом.</translation>
    </message>
    <message>
        <source>Check both dates against the document.</source>
        <translation>Сверьте обе даты с документом.</translation>
    </message>
    <message>
        <source>the document expired on %1</source>
        <translation>срок документа истёк %1</translation>
    </message>
    <message>
        <source>the identity document must be valid on the day of application</source>
        <translation>документ, удостоверяющий личность, должен быть действителен в день обращения</translation>
    </message>
    <message>
        <source>Ask for a valid document or an e-document from the eGov app.</source>
        <translation>Попросите действительный документ или электронный документ из приложения eGov.</translation>
    </message>
    <message>
        <source>Choose the country of destination from the list.</source>
        <translation>Выберите страну назначения из списка.</translation>
    </message>
    <message>
        <source>Choose the country where the apostilled certificate will be used.</source>
        <translation>Выберите страну, где будет использоваться справка с апостилем.</translation>
    </message>
    <message>
        <source>an apostille is affixed only for countries where the Hague Convention is in force on the day</source>
        <translation>апостиль проставляется только для стран, где Гаагская конвенция действует на этот день</translation>
    </message>
    <message>
        <source>Apply on or after %1, or without an apostille.</source>
        <translation>Подайте заявление с %1 или без апостиля.</translation>
    </message>
    <message>
        <source>The recipient was told and still wants the apostille.</source>
        <translation>Получатель проинформирован, но настаивает на апостиле.</translation>
    </message>
    <message>
        <source>Tell the recipient before taking any fee; tick &quot;The recipient was told&quot; only if they still want the apostille, or choose &quot;abroad&quot; without one.</source>
        <translation>Сообщите получателю до взимания оплаты; отметьте «Получатель проинформирован», только если он настаивает на апостиле, иначе выберите «за рубеж» без апостиля.</translation>
    </message>
    <message>
        <source>no payment of the state fee of %1 tenge is recorded</source>
        <translation>оплата госпошлины %1 тенге не записана</translation>
    </message>
    <message>
        <source>the apostille is affixed only after the state fee is paid</source>
        <translation>апостиль проставляется только после оплаты госпошлины</translation>
    </message>
    <message>
        <source>Enter the reference of the payment.</source>
        <translation>Введите номер платежа.</translation>
    </message>
    <message>
        <source>Enter a phone number for notices.</source>
        <translation>Введите номер телефона для уведомлений.</translation>
    </message>
    <message>
        <source>Enter it as +7 7XX XXX XX XX.</source>
        <translation>Введите его как +7 7XX XXX XX XX.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a phone number</source>
        <translation>«%1» недопустимо в номере телефона</translation>
    </message>
    <message>
        <source>a number of Kazakhstan has 11 digits with the 7; this one has %1</source>
        <translation>номер Казахстана содержит 11 цифр вместе с 7; в этом %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>«%1» — не номер телефона</translation>
    </message>
    <message>
        <source>BIN of the legal entity</source>
        <translation>БИН юридического лица</translation>
    </message>
    <message>
        <source>Name of the legal entity</source>
        <translation>Наименование юридического лица</translation>
    </message>
    <message>
        <source>IIN of the person</source>
        <translation>ИИН лица</translation>
    </message>
    <message>
        <source>Surname of the person</source>
        <translation>Фамилия лица</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Имя лица</translation>
    </message>
    <message>
        <source>Patronymic of the person</source>
        <translation>Отчество лица</translation>
    </message>
    <message>
        <source>Previous data</source>
        <translation>Прежние данные</translation>
    </message>
    <message>
        <source>Previous surname</source>
        <translation>Прежняя фамилия</translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation>Прежнее имя</translation>
    </message>
    <message>
        <source>Previous patronymic</source>
        <translation>Прежнее отчество</translation>
    </message>
    <message>
        <source>Previous date of birth</source>
        <translation>Прежняя дата рождения</translation>
    </message>
    <message>
        <source>Document confirming the change</source>
        <translation>Документ, подтверждающий изменение</translation>
    </message>
    <message>
        <source>Number of the document confirming the change</source>
        <translation>Номер документа, подтверждающего изменение</translation>
    </message>
    <message>
        <source>Date of the document confirming the change</source>
        <translation>Дата документа, подтверждающего изменение</translation>
    </message>
    <message>
        <source>Who is at the counter</source>
        <translation>Обратившееся лицо</translation>
    </message>
    <message>
        <source>IIN of the one at the counter</source>
        <translation>ИИН обратившегося лица</translation>
    </message>
    <message>
        <source>Surname of the one at the counter</source>
        <translation>Фамилия обратившегося лица</translation>
    </message>
    <message>
        <source>Name of the one at the counter</source>
        <translation>Имя обратившегося лица</translation>
    </message>
    <message>
        <source>Patronymic of the one at the counter</source>
        <translation>Отчество обратившегося лица</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <source>Power of attorney: notary</source>
        <translation>Доверенность: нотариус</translation>
    </message>
    <message>
        <source>Power of attorney: registration number of the notarial act</source>
        <translation>Доверенность: регистрационный номер нотариального действия</translation>
    </message>
    <message>
        <source>Power of attorney: date of issue</source>
        <translation>Доверенность: дата выдачи</translation>
    </message>
    <message>
        <source>Power of attorney: term</source>
        <translation>Доверенность: срок</translation>
    </message>
    <message>
        <source>Power of attorney: IIN of the principal</source>
        <translation>Доверенность: ИИН доверителя</translation>
    </message>
    <message>
        <source>Power of attorney: IIN of the agent</source>
        <translation>Доверенность: ИИН поверенного</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Свидетельство о рождении</translation>
    </message>
    <message>
        <source>Birth certificate: number</source>
        <translation>Свидетельство о рождении: номер</translation>
    </message>
    <message>
        <source>Birth certificate: date of issue</source>
        <translation>Свидетельство о рождении: дата выдачи</translation>
    </message>
    <message>
        <source>Birth certificate: IIN of the child</source>
        <translation>Свидетельство о рождении: ИИН ребёнка</translation>
    </message>
    <message>
        <source>Birth certificate: IIN of the parent</source>
        <translation>Свидетельство о рождении: ИИН родителя</translation>
    </message>
    <message>
        <source>Birth certificate: parent</source>
        <translation>Свидетельство о рождении: родитель</translation>
    </message>
    <message>
        <source>Birth certificate: parent&apos;s surname</source>
        <translation>Свидетельство о рождении: фамилия родителя</translation>
    </message>
    <message>
        <source>Birth certificate: parent&apos;s name</source>
        <translation>Свидетельство о рождении: имя родителя</translation>
    </message>
    <message>
        <source>Birth certificate: parent&apos;s patronymic</source>
        <translation>Свидетельство о рождении: отчество родителя</translation>
    </message>
    <message>
        <source>Identity document: type</source>
        <translation>Документ, удостоверяющий личность: вид</translation>
    </message>
    <message>
        <source>Identity document: number</source>
        <translation>Документ, удостоверяющий личность: номер</translation>
    </message>
    <message>
        <source>Identity document: issued by</source>
        <translation>Документ, удостоверяющий личность: кем выдан</translation>
    </message>
    <message>
        <source>Identity document: date of issue</source>
        <translation>Документ, удостоверяющий личность: дата выдачи</translation>
    </message>
    <message>
        <source>Identity document: valid until</source>
        <translation>Документ, удостоверяющий личность: действителен до</translation>
    </message>
    <message>
        <source>E-document code</source>
        <translation>Код электронного документа</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <source>State fee: payment reference</source>
        <translation>Госпошлина: номер платежа</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Телефон для уведомлений</translation>
    </message>
    <message numerus="yes">
        <source>none is recorded, and the person is an adult (%n year(s) old) presented by someone else</source>
        <translation>
            <numerusform>доверенность не указана, а лицо совершеннолетнее (%n год), и за него обратилось другое лицо</numerusform>
            <numerusform>доверенность не указана, а лицо совершеннолетнее (%n года), и за него обратилось другое лицо</numerusform>
            <numerusform>доверенность не указана, а лицо совершеннолетнее (%n лет), и за него обратилось другое лицо</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the person is a minor (%n year(s) old today) and the one at the counter shows no birth certificate linking them</source>
        <translation>
            <numerusform>лицо несовершеннолетнее (сегодня %n год), а обратившееся лицо не предъявило свидетельство о рождении, подтверждающее родство</numerusform>
            <numerusform>лицо несовершеннолетнее (сегодня %n года), а обратившееся лицо не предъявило свидетельство о рождении, подтверждающее родство</numerusform>
            <numerusform>лицо несовершеннолетнее (сегодня %n лет), а обратившееся лицо не предъявило свидетельство о рождении, подтверждающее родство</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the previous surname, name, patronymic or birth date that changed, or untick &quot;The surname, name, patronymic or date of birth changed&quot;.</source>
        <translation>Введите прежние фамилию, имя, отчество или дату рождения, которые изменились, или снимите отметку «Фамилия, имя, отчество или дата рождения менялись».</translation>
    </message>
    <message>
        <source>an apostille is affixed only for countries where the Hague Convention of 5 October 1961 is in force; no override applies</source>
        <translation>апостиль проставляется только для стран, где действует Гаагская конвенция от 5 октября 1961 года; разрешение супервайзера не применяется</translation>
    </message>
    <message>
        <source>Take it for travel abroad without an apostille: the consulate legalizes the paper certificate; no state fee is taken.</source>
        <translation>Примите заявление для выезда за рубеж без апостиля: бумажную справку легализует консульство; госпошлина не взимается.</translation>
    </message>
</context>
<context>
    <name>IntakeIdentityPage</name>
    <message>
        <source>Document &amp;type:</source>
        <translation>&amp;Вид документа:</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>Дата в&amp;ыдачи:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Действ&amp;ителен до:</translation>
    </message>
    <message>
        <source>E-document &amp;code:</source>
        <translation>&amp;Код электронного документа:</translation>
    </message>
    <message>
        <source>the code the person reads from the eGov mobile app</source>
        <translation>код, который лицо называет из приложения eGov mobile</translation>
    </message>
    <message>
        <source>Record the details only: collecting paper copies of identity documents is banned (Law 44-VIII).</source>
        <translation>Записывайте только реквизиты: собирать бумажные копии документов, удостоверяющих личность, запрещено (Закон 44-VIII).</translation>
    </message>
    <message>
        <source>Numbe&amp;r:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>Issue&amp;d by:</source>
        <translation>К&amp;ем выдан:</translation>
    </message>
</context>
<context>
    <name>IntakePresenterPage</name>
    <message>
        <source>&amp;Who is at the counter:</source>
        <translation>Обратившееся &amp;лицо:</translation>
    </message>
    <message>
        <source>The one at the counter</source>
        <translation>Обратившееся лицо</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>при наличии</translation>
    </message>
    <message>
        <source>Notarized power of attorney</source>
        <translation>Нотариальная доверенность</translation>
    </message>
    <message>
        <source>No&amp;tary:</source>
        <translation>Нотари&amp;ус:</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>Дата &amp;выдачи:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; an undated power of attorney is void</source>
        <translation>ДД.ММ.ГГГГ; доверенность без даты недействительна</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Де&amp;йствителен до:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; empty when it states no term (1 year)</source>
        <translation>ДД.ММ.ГГГГ; пусто, если срок не указан (1 год)</translation>
    </message>
    <message>
        <source>who gave it, as written in it</source>
        <translation>кто её выдал, как написано в ней</translation>
    </message>
    <message>
        <source>IIN of the a&amp;gent:</source>
        <translation>ИИН &amp;поверенного:</translation>
    </message>
    <message>
        <source>who it is given to, as written in it</source>
        <translation>кому она выдана, как написано в ней</translation>
    </message>
    <message>
        <source>The child&apos;s birth certificate</source>
        <translation>Свидетельство о рождении ребёнка</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>&amp;Child&apos;s IIN:</source>
        <translation>ИИН ре&amp;бёнка:</translation>
    </message>
    <message>
        <source>as written in it</source>
        <translation>как написано в нём</translation>
    </message>
    <message>
        <source>if written in it</source>
        <translation>если указан в нём</translation>
    </message>
    <message>
        <source>Parent&apos;s su&amp;rname:</source>
        <translation>Ф&amp;амилия родителя:</translation>
    </message>
    <message>
        <source>the parent named in it</source>
        <translation>родитель, указанный в нём</translation>
    </message>
    <message>
        <source>Parent&apos;s na&amp;me:</source>
        <translation>Им&amp;я родителя:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>И&amp;ИН:</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>Patron&amp;ymic:</source>
        <translation>От&amp;чество:</translation>
    </message>
    <message>
        <source>Registration number of the notaria&amp;l act:</source>
        <translation>Ре&amp;гистрационный номер нотариального действия:</translation>
    </message>
    <message>
        <source>IIN of t&amp;he principal:</source>
        <translation>ИИН дов&amp;ерителя:</translation>
    </message>
    <message>
        <source>Numb&amp;er:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>Date o&amp;f issue:</source>
        <translation>Дата в&amp;ыдачи:</translation>
    </message>
    <message>
        <source>&amp;Parent&apos;s IIN:</source>
        <translation>ИИН роди&amp;теля:</translation>
    </message>
</context>
<context>
    <name>IntakePurposePage</name>
    <message>
        <source>For use in &amp;Kazakhstan: electronic result</source>
        <translation>Для использования в &amp;Казахстане: электронный результат</translation>
    </message>
    <message>
        <source>For travel &amp;abroad: paper certificate</source>
        <translation>Для &amp;выезда за рубеж: бумажная справка</translation>
    </message>
    <message>
        <source>Abroad with an a&amp;postille: paper certificate, state fee</source>
        <translation>За рубеж с а&amp;постилем: бумажная справка, госпошлина</translation>
    </message>
    <message>
        <source>&amp;Country of destination:</source>
        <translation>С&amp;трана назначения:</translation>
    </message>
    <message>
        <source>The recipient was &amp;told that no apostille is needed and still wants one</source>
        <translation>Получатель пр&amp;оинформирован, что апостиль не нужен, но настаивает на нём</translation>
    </message>
    <message>
        <source>State fee:</source>
        <translation>Госпошлина:</translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation>Но&amp;мер платежа:</translation>
    </message>
    <message>
        <source>receipt or transaction number of the paid fee</source>
        <translation>номер квитанции или транзакции оплаченной пошлины</translation>
    </message>
    <message>
        <source>P&amp;hone for notices:</source>
        <translation>Т&amp;елефон для уведомлений:</translation>
    </message>
    <message>
        <source>+7 7XX XXX XX XX</source>
        <translation>+7 7XX XXX XX XX</translation>
    </message>
    <message>
        <source>Take it abroad &amp;without an apostille</source>
        <translation>Оформить за рубеж &amp;без апостиля</translation>
    </message>
    <message>
        <source>Notice lang&amp;uage:</source>
        <translation>&amp;Язык уведомлений:</translation>
    </message>
    <message>
        <source>A&amp;grees to SMS notices to this phone</source>
        <translation>Со&amp;гласен на SMS-уведомления на этот номер</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>There is no refused check to override.</source>
        <translation>Нет непройденной проверки, которую можно разрешить.</translation>
    </message>
    <message>
        <source>%1 This is an error in what was entered, not a rule a supervisor may waive: correct it.</source>
        <translation>%1 Это ошибка во введённых данных, а не правило, которое может разрешить супервайзер: исправьте её.</translation>
    </message>
    <message>
        <source>Reason: write why the check may be passed (at least 5 characters); it is recorded with the case.</source>
        <translation>Причина: напишите, почему проверку можно пропустить (не менее 5 символов); она записывается в дело.</translation>
    </message>
    <message>
        <source>Supervisor: enter the supervisor&apos;s login and password.</source>
        <translation>Супервайзер: введите логин и пароль супервайзера.</translation>
    </message>
    <message>
        <source>%1 has the role %2, which may not override a check; ask a supervisor.</source>
        <translation>У %1 роль %2, которая не может разрешать проверки; попросите супервайзера.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n problem(s) remain.</source>
        <translation>
            <numerusform>Ничего не сохранено: осталась %n проблема.</numerusform>
            <numerusform>Ничего не сохранено: осталось %n проблемы.</numerusform>
            <numerusform>Ничего не сохранено: осталось %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was saved. Try again in a moment.</source>
        <translation>База данных занята или открыта только для чтения; ничего не сохранено. Повторите через минуту.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Ничего не сохранено. %1</translation>
    </message>
    <message>
        <source>%1 The law makes it useless, so no supervisor may let it pass.</source>
        <translation>%1 По закону это бесполезно, поэтому никакой супервайзер не может это разрешить.</translation>
    </message>
    <message>
        <source>%1 ₸ (%2 MCI; MCI %3 = %4 ₸)</source>
        <translation>%1 ₸ (%2 МРП; МРП %3 = %4 ₸)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>IntakeSubjectPage</name>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ИИН:</translation>
    </message>
    <message>
        <source>12 digits; birth date and sex come from it</source>
        <translation>12 цифр; из него берутся дата рождения и пол</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>при наличии</translation>
    </message>
    <message>
        <source>The surname, name, patronymic or date of birth &amp;changed (the information systems may not know it)</source>
        <translation>Фамилия, имя, отчество или дата рождения менялись (информационные системы могут &amp;этого не знать)</translation>
    </message>
    <message>
        <source>Previous data and the document confirming the change</source>
        <translation>Прежние данные и документ, подтверждающий изменение</translation>
    </message>
    <message>
        <source>Previous surname:</source>
        <translation>Прежняя фамилия:</translation>
    </message>
    <message>
        <source>only what changed</source>
        <translation>только то, что изменилось</translation>
    </message>
    <message>
        <source>Previous name:</source>
        <translation>Прежнее имя:</translation>
    </message>
    <message>
        <source>Previous patronymic:</source>
        <translation>Прежнее отчество:</translation>
    </message>
    <message>
        <source>Previous date of birth:</source>
        <translation>Прежняя дата рождения:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Confirming document:</source>
        <translation>Подтверждающий документ:</translation>
    </message>
    <message>
        <source>Its number:</source>
        <translation>Его номер:</translation>
    </message>
    <message>
        <source>Its date:</source>
        <translation>Его дата:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>И&amp;мя:</translation>
    </message>
</context>
<context>
    <name>InterimNoticeDocument</name>
    <message>
        <source>State Corporation &quot;Government for Citizens&quot;</source>
        <translation>Государственная корпорация «Правительство для граждан»</translation>
    </message>
    <message>
        <source>Interim response</source>
        <translation>Промежуточный ответ</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер расписки</translation>
    </message>
    <message>
        <source>Date the application was submitted</source>
        <translation>Дата подачи заявления</translation>
    </message>
    <message>
        <source>Person the certificate is about</source>
        <translation>Лицо, в отношении которого запрашивается справка</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>The service provider is carrying out an additional identification check of persons with similar personal data, so the certificate cannot be issued within the set time.</source>
        <translation>Услугодатель проводит дополнительную идентификационную проверку по лицам со схожими персональными данными, поэтому справка не может быть выдана в установленный срок.</translation>
    </message>
    <message>
        <source>May apply again from</source>
        <translation>Дата, с которой можно обратиться повторно</translation>
    </message>
    <message>
        <source>Interim response due</source>
        <translation>Срок промежуточного ответа</translation>
    </message>
    <message>
        <source>Interim response given</source>
        <translation>Дата выдачи промежуточного ответа</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Выдал</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Получил</translation>
    </message>
    <message>
        <source>You may apply again from %1: the working days of the term are counted from the day the service provider received the application.</source>
        <translation>Повторно обратиться можно, начиная с %1: рабочие дни срока считаются со дня получения заявления услугодателем.</translation>
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
        <translation>при приёме записано: %1; сейчас предъявлено: %2</translation>
    </message>
    <message>
        <source>A renewed document is normal: check that it is the same person. Both numbers are recorded with the handing over.</source>
        <translation>Обновлённый документ — обычное дело: проверьте, что это то же лицо. Оба номера записываются при выдаче.</translation>
    </message>
</context>
<context>
    <name>IssuanceJournalDocument</name>
    <message>
        <source>representative</source>
        <translation>представитель</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <source>legal entity&apos;s representative</source>
        <translation>представитель юр. лица</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>Journal of issued certificates</source>
        <translation>Журнал выдачи справок</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Journal of issued certificates of no criminal record</source>
        <translation>Журнал выдачи справок о наличии либо отсутствии судимости</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date, time</source>
        <translation>Дата, время</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Certificate about</source>
        <translation>Лицо, в отношении которого выдана справка</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Выдал</translation>
    </message>
    <message>
        <source>Collector&apos;s signature</source>
        <translation>Подпись получателя</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <source>Total issued: %1</source>
        <translation>Всего выдано: %1</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>удостоверение личности</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>вид на жительство</translation>
    </message>
    <message>
        <source>stateless person&apos;s certificate</source>
        <translation>удостоверение лица без гражданства</translation>
    </message>
    <message>
        <source>digital document</source>
        <translation>цифровой документ</translation>
    </message>
    <message>
        <source>notary</source>
        <translation>нотариус</translation>
    </message>
    <message>
        <source>Document (type, No., issued by, valid to), power of attorney</source>
        <translation>Документ (вид, №, кем выдан, срок действия), доверенность</translation>
    </message>
</context>
<context>
    <name>IssuanceService</name>
    <message>
        <source>Receipt number %1 is not valid (%2); scan the receipt again or retype the number.</source>
        <translation>Номер расписки %1 недействителен (%2); отсканируйте расписку ещё раз или наберите номер заново.</translation>
    </message>
    <message>
        <source>No case matches &quot;%1&quot;; scan the receipt&apos;s QR code, type the receipt number, or type the person&apos;s 12-digit IIN.</source>
        <translation>По «%1» дел не найдено; отсканируйте QR-код расписки, наберите номер расписки или 12-значный ИИН лица.</translation>
    </message>
    <message>
        <source>No case matches &quot;%1&quot;.</source>
        <translation>По «%1» дел не найдено.</translation>
    </message>
    <message>
        <source>Case %1 is %2: a paper certificate is issued only while it is at the branch.</source>
        <translation>Дело %1 — %2: бумажная справка выдаётся, только пока она в отделении.</translation>
    </message>
    <message>
        <source>The certificate cannot be handed over: %1</source>
        <translation>Справку выдать нельзя: %1</translation>
    </message>
    <message>
        <source>Case %1 has no paper certificate to print: record the provider&apos;s certificate first.</source>
        <translation>В деле %1 нет бумажной справки для печати: сначала запишите справку услугодателя.</translation>
    </message>
    <message>
        <source>The journal&apos;s period is not valid; choose a first day on or before the last day.</source>
        <translation>Период журнала недопустим; выберите первый день не позже последнего.</translation>
    </message>
    <message numerus="yes">
        <source>Receipt %1 is on %n cases (%2): two workstations issued the same number. Type the IIN of the person the certificate is about, from their documents, to be sure this is their case.</source>
        <translation>
            <numerusform>Расписка %1 относится к %n делу (%2): два рабочих места выдали один и тот же номер. Введите ИИН лица, о котором справка, по его документам, чтобы убедиться, что это его дело.</numerusform>
            <numerusform>Расписка %1 относится к %n делам (%2): два рабочих места выдали один и тот же номер. Введите ИИН лица, о котором справка, по его документам, чтобы убедиться, что это его дело.</numerusform>
            <numerusform>Расписка %1 относится к %n делам (%2): два рабочих места выдали один и тот же номер. Введите ИИН лица, о котором справка, по его документам, чтобы убедиться, что это его дело.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIN %1 is the IIN of %2, whose case has the same receipt number: open that case (search by the IIN) and issue its certificate there.</source>
        <translation>ИИН %1 — это ИИН %2, у дела которого тот же номер расписки: откройте то дело (поиск по ИИН) и выдайте справку там.</translation>
    </message>
    <message>
        <source>IIN %1 is the IIN of neither person with receipt %2 (%3): check the IIN on the documents.</source>
        <translation>ИИН %1 не принадлежит ни одному из лиц с распиской %2 (%3): проверьте ИИН по документам.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>CertDesk — locked</source>
        <translation>CertDesk — заблокировано</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Another person at this counter</source>
        <translation>Другой сотрудник за этим рабочим местом</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>Л&amp;огин:</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
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
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Receipt number (scan it), IIN or surname — then Enter</source>
        <translation>Номер расписки (отсканируйте), ИИН или фамилия — затем Enter</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>Su&amp;bmitted:</source>
        <translation>&amp;Принято:</translation>
    </message>
</context>
<context>
    <name>NameNormalizer</name>
    <message>
        <source>contains the digit &quot;%1&quot;: a name has letters only</source>
        <translation>содержит цифру «%1»: имя состоит только из букв</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which is not a letter, a hyphen or an apostrophe</source>
        <translation>содержит «%1» — не букву, не дефис и не апостроф</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, a letter of neither the Cyrillic nor the Latin alphabet</source>
        <translation>содержит «%1» — букву ни кириллицы, ни латиницы</translation>
    </message>
    <message>
        <source>mixes Cyrillic (&quot;%1&quot;) and Latin (&quot;%2&quot;) letters: retype it in one alphabet, as in the identity document</source>
        <translation>смешаны кириллица («%1») и латиница («%2»): наберите заново одним алфавитом, как в документе, удостоверяющем личность</translation>
    </message>
    <message>
        <source>Cyrillic letters that look Latin (%1) were made Latin</source>
        <translation>кириллические буквы, похожие на латинские (%1), заменены латинскими</translation>
    </message>
    <message>
        <source>Latin letters that look Cyrillic (%1) were made Cyrillic</source>
        <translation>латинские буквы, похожие на кириллические (%1), заменены кириллическими</translation>
    </message>
    <message>
        <source>spaces and punctuation were tidied</source>
        <translation>пробелы и знаки препинания приведены в порядок</translation>
    </message>
    <message numerus="yes">
        <source>is %n character(s) long; a name has at most %1</source>
        <translation>
            <numerusform>длина %n символ; допустимо не более %1</numerusform>
            <numerusform>длина %n символа; допустимо не более %1</numerusform>
            <numerusform>длина %n символов; допустимо не более %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>Workstation &quot;%1&quot; is not a device id: copy it from &quot;certdeskctl device show&quot; on that workstation.</source>
        <translation>«%1» — не идентификатор рабочего места: скопируйте его из «certdeskctl device show» на том рабочем месте.</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <source>SMS notices</source>
        <translation>SMS-уведомления</translation>
    </message>
    <message>
        <source>The branch&apos;s SMS gateway, as its provider gave it. Only the notifier workstation sends; the secret is kept in the system&apos;s credential store, never in the database.</source>
        <translation>SMS-шлюз отделения, как его выдал провайдер. Уведомления отправляет только назначенное рабочее место; секрет хранится в хранилище учётных данных системы, никогда в базе данных.</translation>
    </message>
    <message>
        <source>Gateway &amp;address:</source>
        <translation>&amp;Адрес шлюза:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Имя отправителя:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>&amp;Секрет:</translation>
    </message>
    <message>
        <source>Make this workstation the no&amp;tifier</source>
        <translation>Назначить это рабочее место &amp;отправителем</translation>
    </message>
</context>
<context>
    <name>NoticeStore</name>
    <message>
        <source>The notice %1 was already sent.</source>
        <translation>Уведомление %1 уже отправлено.</translation>
    </message>
    <message>
        <source>There is no notice %1.</source>
        <translation>Уведомления %1 нет.</translation>
    </message>
</context>
<context>
    <name>NotifierDesignation</name>
    <message>
        <source>No workstation of the branch is set to send the notices.</source>
        <translation>В отделении не назначено рабочее место, отправляющее уведомления.</translation>
    </message>
    <message>
        <source>Workstation %1 sends the notices, not this one.</source>
        <translation>Уведомления отправляет рабочее место %1, а не это.</translation>
    </message>
    <message numerus="yes">
        <source>This workstation has not exchanged with the server for over %n minute(s): it sends no notice until it does, since another workstation may have been made the notifier meanwhile.</source>
        <translation>
            <numerusform>Это рабочее место не обменивалось с сервером более %n минуты: оно не отправит уведомлений, пока не обменяется, ведь за это время отправителем могли назначить другое рабочее место.</numerusform>
            <numerusform>Это рабочее место не обменивалось с сервером более %n минут: оно не отправит уведомлений, пока не обменяется, ведь за это время отправителем могли назначить другое рабочее место.</numerusform>
            <numerusform>Это рабочее место не обменивалось с сервером более %n минут: оно не отправит уведомлений, пока не обменяется, ведь за это время отправителем могли назначить другое рабочее место.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation was made the notifier; it starts once the change has reached the server.</source>
        <translation>Это рабочее место назначено отправлять уведомления; оно начнёт, когда изменение дойдёт до сервера.</translation>
    </message>
    <message numerus="yes">
        <source>This workstation was made the notifier; it starts in %n minute(s), when the previous one has surely stopped.</source>
        <translation>
            <numerusform>Это рабочее место назначено отправлять уведомления; оно начнёт через %n минуту, когда предыдущее наверняка остановится.</numerusform>
            <numerusform>Это рабочее место назначено отправлять уведомления; оно начнёт через %n минуты, когда предыдущее наверняка остановится.</numerusform>
            <numerusform>Это рабочее место назначено отправлять уведомления; оно начнёт через %n минут, когда предыдущее наверняка остановится.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Supervisor override</source>
        <translation>Разрешение супервайзера</translation>
    </message>
    <message>
        <source>Supervisor &amp;login:</source>
        <translation>&amp;Логин супервайзера:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Пар&amp;оль:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>why the check may be passed; recorded with the case</source>
        <translation>почему проверку можно пропустить; записывается в дело</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password contains a control character; use letters, digits and punctuation only.</source>
        <translation>В пароле есть управляющий символ; используйте только буквы, цифры и знаки препинания.</translation>
    </message>
    <message>
        <source>The password needs at least one letter and one digit; add the missing kind.</source>
        <translation>В пароле нужна хотя бы одна буква и одна цифра; добавьте недостающее.</translation>
    </message>
    <message>
        <source>The password repeats too few different characters; choose one with at least four different characters.</source>
        <translation>В пароле слишком мало разных символов; выберите пароль хотя бы с четырьмя разными символами.</translation>
    </message>
    <message>
        <source>The password contains the login &quot;%1&quot;; choose one that does not.</source>
        <translation>Пароль содержит логин «%1»; выберите пароль без него.</translation>
    </message>
    <message>
        <source>The password is on every list of common passwords; choose another one.</source>
        <translation>Этот пароль есть во всех списках распространённых паролей; выберите другой.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s), with at least one letter and one digit, not containing the login.</source>
        <translation>
            <numerusform>Не менее %n символа, хотя бы одна буква и одна цифра, без логина.</numerusform>
            <numerusform>Не менее %n символов, хотя бы одна буква и одна цифра, без логина.</numerusform>
            <numerusform>Не менее %n символов, хотя бы одна буква и одна цифра, без логина.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password has %n character(s); use at least %1, with letters and digits.</source>
        <translation>
            <numerusform>В пароле %n символ; используйте не менее %1, с буквами и цифрами.</numerusform>
            <numerusform>В пароле %n символа; используйте не менее %1, с буквами и цифрами.</numerusform>
            <numerusform>В пароле %n символов; используйте не менее %1, с буквами и цифрами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is longer than %n character(s); choose a shorter one.</source>
        <translation>
            <numerusform>Пароль длиннее %n символа; выберите покороче.</numerusform>
            <numerusform>Пароль длиннее %n символов; выберите покороче.</numerusform>
            <numerusform>Пароль длиннее %n символов; выберите покороче.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printers</source>
        <translation>Принтеры</translation>
    </message>
    <message>
        <source>Documents go straight to these printers of this computer, one key each.</source>
        <translation>Документы одной клавишей сразу уходят на эти принтеры компьютера.</translation>
    </message>
    <message>
        <source>&amp;Receipts and notices (A5):</source>
        <translation>&amp;Расписки и промежуточные ответы (A5):</translation>
    </message>
    <message>
        <source>Show a pre&amp;view before printing</source>
        <translation>Показывать пред&amp;варительный просмотр перед печатью</translation>
    </message>
    <message>
        <source>&amp;Applications, certificates, acts, journals (A4):</source>
        <translation>&amp;Заявления, справки, акты, журналы (A4):</translation>
    </message>
</context>
<context>
    <name>PurgeService</name>
    <message>
        <source>%1 is signed in as %2; removing personal data is for a supervisor or an administrator.</source>
        <translation>%1 вошёл как %2; удалять персональные данные может только супервайзер или администратор.</translation>
    </message>
    <message>
        <source>The retention setting privacy.retention_months is %1; set it to a number of months of at least 1.</source>
        <translation>Настройка хранения privacy.retention_months равна %1; задайте число месяцев не меньше 1.</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>For use in Kazakhstan, in electronic form</source>
        <translation>Для использования в Казахстане, в электронной форме</translation>
    </message>
    <message>
        <source>For travel abroad, on paper</source>
        <translation>Для выезда за рубеж, на бумаге</translation>
    </message>
    <message>
        <source>For travel abroad, with an apostille, on paper</source>
        <translation>Для выезда за рубеж, с апостилем, на бумаге</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Representative %1 (notarized power of attorney)</source>
        <translation>Представитель %1 (по нотариально удостоверенной доверенности)</translation>
    </message>
    <message>
        <source>Parent (guardian) %1</source>
        <translation>Родитель (опекун) %1</translation>
    </message>
    <message>
        <source>Representative of the legal entity %1</source>
        <translation>Представитель юридического лица %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>The result will be sent to the personal account on the eGov portal; there is no need to come to the branch again.</source>
        <translation>Результат будет направлен в личный кабинет на портале eGov; приходить в отделение повторно не нужно.</translation>
    </message>
    <message>
        <source>A notice will be sent to the phone: %1</source>
        <translation>Уведомление будет направлено на номер телефона: %1</translation>
    </message>
    <message>
        <source>An identity document (or the digital document in the eGov mobile app).</source>
        <translation>Документ, удостоверяющий личность (или цифровой документ в приложении eGov mobile).</translation>
    </message>
    <message>
        <source>This receipt.</source>
        <translation>Настоящая расписка.</translation>
    </message>
    <message>
        <source>If a representative collects it: the representative&apos;s identity document and the notarized power of attorney.</source>
        <translation>Если получает представитель — его документ, удостоверяющий личность, и нотариально удостоверенная доверенность.</translation>
    </message>
    <message>
        <source>The certificate is kept at the branch for one month from the day it arrives, then handed over to the service provider.</source>
        <translation>Справка хранится в отделении один месяц со дня поступления, затем передаётся услугодателю.</translation>
    </message>
    <message>
        <source>We will tell you by phone when the certificate arrives: %1</source>
        <translation>О поступлении справки будет сообщено по номеру телефона: %1</translation>
    </message>
    <message>
        <source>Keep this receipt until you receive the result</source>
        <translation>Сохраните расписку до получения результата</translation>
    </message>
    <message>
        <source>State Corporation &quot;Government for Citizens&quot;</source>
        <translation>Государственная корпорация «Правительство для граждан»</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Receipt for accepted documents</source>
        <translation>Расписка о приёме документов</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер расписки</translation>
    </message>
    <message>
        <source>Date and time of acceptance</source>
        <translation>Дата и время приёма</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Государственная услуга</translation>
    </message>
    <message>
        <source>Issuance of a certificate of no criminal record</source>
        <translation>Выдача справки о наличии либо отсутствии судимости</translation>
    </message>
    <message>
        <source>Applicant (legal entity)</source>
        <translation>Заявитель (юридическое лицо)</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Person the certificate is about</source>
        <translation>Лицо, в отношении которого запрашивается справка</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Documents submitted by</source>
        <translation>Кем поданы документы</translation>
    </message>
    <message>
        <source>Purpose and form of the result</source>
        <translation>Цель и форма результата</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <source>State fee for the apostille</source>
        <translation>Государственная пошлина за апостиль</translation>
    </message>
    <message>
        <source>Service delivery time</source>
        <translation>Срок оказания услуги</translation>
    </message>
    <message>
        <source>To collect the result</source>
        <translation>Для получения результата</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>until %1, %2</source>
        <translation>до %1 %2</translation>
    </message>
    <message>
        <source>%1 ₸ (%2 MCI), payment: %3</source>
        <translation>%1 ₸ (%2 МРП), № платежа: %3</translation>
    </message>
</context>
<context>
    <name>ReceiptNumber</name>
    <message>
        <source>The branch code &quot;%1&quot; is not 4 digits: a technician must set branch.code before receipts can be numbered</source>
        <translation>Код отделения «%1» не из 4 цифр: чтобы нумеровать расписки, техник должен задать branch.code</translation>
    </message>
    <message>
        <source>The workstation number %1 is not between 1 and 99: a technician must set branch.workstation, unique within the branch</source>
        <translation>Номер рабочего места %1 не от 1 до 99: техник должен задать branch.workstation, уникальный в пределах отделения</translation>
    </message>
    <message>
        <source>The date %1 cannot be written in a receipt number</source>
        <translation>Дату %1 нельзя записать в номер расписки</translation>
    </message>
    <message>
        <source>The receipt number is empty: type or scan its 17 digits</source>
        <translation>Номер расписки пуст: наберите или отсканируйте его 17 цифр</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the receipt number is not a digit: a receipt number has 17 digits</source>
        <translation>Символ %1 («%2») номера расписки не цифра: в номере расписки 17 цифр</translation>
    </message>
    <message>
        <source>The receipt number %1 fails its check digit: a digit was mistyped or two were swapped; check it against the receipt</source>
        <translation>Номер расписки %1 не проходит проверку контрольной цифры: одна цифра набрана неверно или две переставлены; сверьте с распиской</translation>
    </message>
    <message>
        <source>Digits 7-12 of the receipt number %1 are not a date (YYMMDD)</source>
        <translation>Цифры 7–12 номера расписки %1 не являются датой (ГГММДД)</translation>
    </message>
    <message>
        <source>The receipt number %1 has a zero workstation or sequence: no workstation issues such a number</source>
        <translation>В номере расписки %1 нулевое рабочее место или порядковый номер: такой номер не выдаёт ни одно рабочее место</translation>
    </message>
    <message numerus="yes">
        <source>The receipt number has %n digit(s); it must have 17</source>
        <translation>
            <numerusform>В номере расписки %n цифра; должно быть 17</numerusform>
            <numerusform>В номере расписки %n цифры; должно быть 17</numerusform>
            <numerusform>В номере расписки %n цифр; должно быть 17</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt number %1 of the day is out of range: a workstation numbers at most %n receipt(s) a day</source>
        <translation>
            <numerusform>Номер расписки %1 за день вне диапазона: рабочее место нумерует не более %n расписки в день</numerusform>
            <numerusform>Номер расписки %1 за день вне диапазона: рабочее место нумерует не более %n расписок в день</numerusform>
            <numerusform>Номер расписки %1 за день вне диапазона: рабочее место нумерует не более %n расписок в день</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>The receipt %1</source>
        <translation>Расписка %1</translation>
    </message>
    <message>
        <source>The application is saved: Ctrl+P in its case prints the receipt again.</source>
        <translation>Заявление сохранено: Ctrl+P в его деле повторно печатает расписку.</translation>
    </message>
</context>
<context>
    <name>ResultService</name>
    <message>
        <source>no criminal record</source>
        <translation>судимость отсутствует</translation>
    </message>
    <message>
        <source>a criminal record was found</source>
        <translation>имеется судимость</translation>
    </message>
    <message>
        <source>Certificate number is empty; type the number printed on the provider&apos;s certificate.</source>
        <translation>Номер справки пуст; наберите номер, напечатанный на справке услугодателя.</translation>
    </message>
    <message>
        <source>Result is not chosen; choose &quot;no criminal record&quot; or &quot;a criminal record was found&quot;.</source>
        <translation>Результат не выбран; выберите «судимость отсутствует» или «имеется судимость».</translation>
    </message>
    <message>
        <source>Certificate date is missing; enter the date on the provider&apos;s certificate.</source>
        <translation>Нет даты справки; введите дату со справки услугодателя.</translation>
    </message>
    <message>
        <source>Certificate date %1 is in the future; check the date on the provider&apos;s certificate.</source>
        <translation>Дата справки %1 в будущем; проверьте дату на справке услугодателя.</translation>
    </message>
    <message>
        <source>Certificate date %1 is before the application of %2; check the date on the provider&apos;s certificate.</source>
        <translation>Дата справки %1 раньше заявления от %2; проверьте дату на справке услугодателя.</translation>
    </message>
    <message>
        <source>Case %1 is not on the composite service with an apostille: the law gives no grounds to refuse the certificate itself. Record the provider&apos;s certificate instead.</source>
        <translation>Дело %1 не относится к композитной услуге с апостилем: закон не даёт оснований отказать в самой справке. Запишите вместо этого справку услугодателя.</translation>
    </message>
    <message>
        <source>Reason of refusal is empty or too short; copy the provider&apos;s motivated reasons in full.</source>
        <translation>Причина отказа пуста или слишком коротка; перепишите мотивированные причины услугодателя полностью.</translation>
    </message>
</context>
<context>
    <name>RuleCheck</name>
    <message>
        <source>the MCI of %1 is %2: it must be a positive whole number of tenge</source>
        <translation>МРП за %1 г. равен %2: он должен быть целым положительным числом тенге</translation>
    </message>
    <message>
        <source>the MCI of %1 is %2 tenge, which cannot be right: write it in tenge, such as 4325</source>
        <translation>МРП за %1 г. — %2 тенге, так быть не может: укажите его в тенге, например 4325</translation>
    </message>
    <message>
        <source>the apostille fee must be above 0 and at most 100 MCI (it is %1)</source>
        <translation>пошлина за апостиль должна быть больше 0 и не больше 100 МРП (указано %1)</translation>
    </message>
    <message>
        <source>the apostille fee %1 MCI has more than two decimals</source>
        <translation>в пошлине за апостиль %1 МРП больше двух знаков после запятой</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is out of range: minutes from 1 to %2, not %3</source>
        <translation>срок «%1» вне допустимого: минут от 1 до %2, а не %3</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is out of range: working days from 1 to %2, not %3</source>
        <translation>срок «%1» вне допустимого: рабочих дней от 1 до %2, а не %3</translation>
    </message>
    <message>
        <source>the Hague party %1 needs the date the Convention entered into force</source>
        <translation>для участника Гаагской конвенции %1 нужна дата вступления конвенции в силу</translation>
    </message>
    <message>
        <source>%1: name the conventions, such as &quot;Minsk 1993; Chisinau 2002&quot;</source>
        <translation>%1: назовите конвенции, например «Minsk 1993; Chisinau 2002»</translation>
    </message>
    <message>
        <source>the %1 calendar lists no holiday: a year&apos;s calendar is replaced as a whole, so list every holiday of %1</source>
        <translation>в календаре на %1 г. нет ни одного праздника: календарь года заменяется целиком, поэтому перечислите все праздники %1 г.</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 — не в %2 г.</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 указан дважды</translation>
    </message>
    <message>
        <source>the holiday of %1 needs its name in Kazakh, Russian and English (&quot;kk&quot;, &quot;ru&quot;, &quot;en&quot;)</source>
        <translation>у праздника %1 должно быть название на казахском, русском и английском («kk», «ru», «en»)</translation>
    </message>
    <message>
        <source>%1 is a holiday, or listed twice: a decree day cannot be on it</source>
        <translation>%1 — праздник или указан дважды: день по постановлению не может приходиться на него</translation>
    </message>
    <message>
        <source>%1 is a %2: a decree makes a working day only of a Saturday or Sunday</source>
        <translation>%1 — это %2: постановление делает рабочим только субботу или воскресенье</translation>
    </message>
    <message>
        <source>%1 is a %2, a day off already: a decree day off is a weekday</source>
        <translation>%1 — это %2, уже выходной: выходным по постановлению становится будний день</translation>
    </message>
    <message>
        <source>the %1 calendar leaves no working day in the year: every deadline in %1 would be impossible</source>
        <translation>календарь на %1 г. не оставляет в году ни одного рабочего дня: ни один срок в %1 г. нельзя было бы рассчитать</translation>
    </message>
    <message numerus="yes">
        <source>the %1 calendar leaves %n working day(s) in the year, fewer than half of its weekdays: check the list</source>
        <translation>
            <numerusform>календарь на %1 г. оставляет в году %n рабочий день — меньше половины будних дней: проверьте список</numerusform>
            <numerusform>календарь на %1 г. оставляет в году %n рабочих дня — меньше половины будних дней: проверьте список</numerusform>
            <numerusform>календарь на %1 г. оставляет в году %n рабочих дней — меньше половины будних дней: проверьте список</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 calendar leaves no working day from %2 to %3 (%n day(s)): check the list</source>
        <translation>
            <numerusform>календарь на %1 г. не оставляет рабочих дней с %2 по %3 (%n день): проверьте список</numerusform>
            <numerusform>календарь на %1 г. не оставляет рабочих дней с %2 по %3 (%n дня): проверьте список</numerusform>
            <numerusform>календарь на %1 г. не оставляет рабочих дней с %2 по %3 (%n дней): проверьте список</numerusform>
        </translation>
    </message>
    <message>
        <source>Kazakhstan (KZ) must stay a Hague party: without its date no apostille could be in force with any country</source>
        <translation>Казахстан (KZ) должен оставаться участником Гаагской конвенции: без его даты апостиль не действовал бы ни с одной страной</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; would have no value at all: keep at least one</source>
        <translation>у срока «%1» не осталось бы ни одного значения: оставьте хотя бы одно</translation>
    </message>
    <message>
        <source>the apostille fee would have no value at all: keep at least one</source>
        <translation>у пошлины за апостиль не осталось бы ни одного значения: оставьте хотя бы одно</translation>
    </message>
</context>
<context>
    <name>RuleProblem</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>The MCI of %1 is not in the rules, so the apostille fee cannot be computed. A supervisor enters it under Tools → Rules (or the central rules database sends it).</source>
        <translation>МРП за %1 г. нет в правилах, поэтому пошлину за апостиль рассчитать нельзя. Супервайзер вносит его в меню Инструменты → Правила (или его присылает центральная база правил).</translation>
    </message>
    <message>
        <source>No apostille fee is in force on %1 in the rules. A supervisor enters it under Tools → Rules.</source>
        <translation>По правилам на %1 не действует пошлина за апостиль. Супервайзер вносит её в меню Инструменты → Правила.</translation>
    </message>
</context>
<context>
    <name>RuleUnit</name>
    <message>
        <source>&quot;%1&quot; is missing: write the date as YYYY-MM-DD</source>
        <translation>нет поля «%1»: укажите дату в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date in quotes, YYYY-MM-DD</source>
        <translation>«%1» должно быть датой в кавычках, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text in quotes</source>
        <translation>«%1» должно быть текстом в кавычках</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; and &quot;swaps&quot; must be lists</source>
        <translation>«holidays» и «swaps» должны быть списками</translation>
    </message>
    <message>
        <source>a decree day needs &quot;working&quot;: true (a weekend day worked) or false (a weekday off)</source>
        <translation>для дня по постановлению нужно «working»: true (рабочий выходной) или false (выходной будний день)</translation>
    </message>
    <message>
        <source>electronic result</source>
        <translation>электронный результат</translation>
    </message>
    <message>
        <source>additional identification check</source>
        <translation>дополнительная идентификационная проверка</translation>
    </message>
    <message>
        <source>interim response during the additional check</source>
        <translation>промежуточный ответ при дополнительной проверке</translation>
    </message>
    <message>
        <source>reapplication after the additional check</source>
        <translation>повторное обращение после дополнительной проверки</translation>
    </message>
    <message>
        <source>paper result, branch in a regional centre</source>
        <translation>бумажный результат, отделение в областном центре</translation>
    </message>
    <message>
        <source>paper result, other branch</source>
        <translation>бумажный результат, другое отделение</translation>
    </message>
    <message>
        <source>paper result with an apostille</source>
        <translation>бумажный результат с апостилем</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <source>MCI</source>
        <translation>МРП</translation>
    </message>
    <message>
        <source>Apostille fee</source>
        <translation>Пошлина за апостиль</translation>
    </message>
    <message>
        <source>Service term</source>
        <translation>Срок услуги</translation>
    </message>
    <message>
        <source>Hague Apostille Convention</source>
        <translation>Гаагская конвенция об апостиле</translation>
    </message>
    <message>
        <source>Minsk/Chisinau conventions</source>
        <translation>Минская и Кишинёвская конвенции</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a date; write YYYY-MM-DD</source>
        <translation>«%1»: «%2» — не дата; укажите ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 does not exist: there is no month %3</source>
        <translation>«%1»: даты %2 не существует: месяца %3 нет</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %2 does not exist: %3 %4 has %n day(s)</source>
        <translation>
            <numerusform>«%1»: даты %2 не существует: в месяце %3 %4 года %n день</numerusform>
            <numerusform>«%1»: даты %2 не существует: в месяце %3 %4 года %n дня</numerusform>
            <numerusform>«%1»: даты %2 не существует: в месяце %3 %4 года %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>a record sets one rule: it has both &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>запись задаёт одно правило, а в ней и «%1», и «%2»</translation>
    </message>
    <message>
        <source>not a rule: a record starts with &quot;holiday&quot;, &quot;swap&quot;, &quot;calendar&quot;, &quot;mci&quot;, &quot;fee&quot;, &quot;term&quot;, &quot;hague&quot; or &quot;legal_assistance&quot;</source>
        <translation>это не правило: запись начинается с «holiday», «swap», «calendar», «mci», «fee», «term», «hague» или «legal_assistance»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a &quot;%2&quot; rule</source>
        <translation>«%1» — не поле правила «%2»</translation>
    </message>
    <message>
        <source>&quot;removed&quot; must be true or false</source>
        <translation>«removed» должно быть true или false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a year, such as 2027</source>
        <translation>«%1» должно быть годом, например 2027</translation>
    </message>
    <message>
        <source>&quot;fee&quot;: the only fee in the rules is &quot;apostille&quot;</source>
        <translation>«fee»: в правилах есть только пошлина «apostille»</translation>
    </message>
    <message>
        <source>&quot;term&quot;: &quot;%1&quot; is not a service term; the terms are electronic, additional_check, interim_notice, reapply_after, paper_regional, paper_district and apostille</source>
        <translation>«term»: «%1» — не срок услуги; сроки: electronic, additional_check, interim_notice, reapply_after, paper_regional, paper_district и apostille</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a country code in quotes, such as &quot;VN&quot;</source>
        <translation>«%1» должно быть кодом страны в кавычках, например «VN»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (ISO 3166-1, two letters)</source>
        <translation>«%1» — неизвестный код страны (ISO 3166-1, две буквы)</translation>
    </message>
    <message>
        <source>&quot;tenge&quot; must be a whole number of tenge, such as 4325</source>
        <translation>«tenge» должно быть целым числом тенге, например 4325</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is counted in %2, not in %3</source>
        <translation>срок «%1» считается в %2, а не в %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>«%1» должно быть целым числом</translation>
    </message>
    <message>
        <source>no working-day calendar for %1</source>
        <translation>нет производственного календаря на %1 г.</translation>
    </message>
    <message>
        <source>no MCI for %1</source>
        <translation>нет МРП за %1 г.</translation>
    </message>
    <message>
        <source>no apostille fee from %1</source>
        <translation>нет пошлины за апостиль с %1</translation>
    </message>
    <message>
        <source>no value of the term &quot;%1&quot; from %2</source>
        <translation>нет значения срока «%1» с %2</translation>
    </message>
    <message>
        <source>%1 is not a party to the Hague Apostille Convention</source>
        <translation>%1 — не участник Гаагской конвенции об апостиле</translation>
    </message>
    <message>
        <source>%1 is not a party to the Minsk/Chisinau conventions</source>
        <translation>%1 — не участник Минской и Кишинёвской конвенций</translation>
    </message>
    <message numerus="yes">
        <source>working-day calendar %1: %n holiday(s)</source>
        <translation>
            <numerusform>производственный календарь %1: %n праздник</numerusform>
            <numerusform>производственный календарь %1: %n праздника</numerusform>
            <numerusform>производственный календарь %1: %n праздников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n decree day(s)</source>
        <translation>
            <numerusform>, %n день по постановлению</numerusform>
            <numerusform>, %n дня по постановлению</numerusform>
            <numerusform>, %n дней по постановлению</numerusform>
        </translation>
    </message>
    <message>
        <source>MCI %1: %2 ₸</source>
        <translation>МРП %1: %2 ₸</translation>
    </message>
    <message>
        <source>apostille fee from %1: %2 MCI</source>
        <translation>пошлина за апостиль с %1: %2 МРП</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2: %n minute(s)</source>
        <translation>
            <numerusform>%1 с %2: %n минута</numerusform>
            <numerusform>%1 с %2: %n минуты</numerusform>
            <numerusform>%1 с %2: %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2: %n working day(s)</source>
        <translation>
            <numerusform>%1 с %2: %n рабочий день</numerusform>
            <numerusform>%1 с %2: %n рабочих дня</numerusform>
            <numerusform>%1 с %2: %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Hague Apostille Convention in force for %1 from %2</source>
        <translation>Гаагская конвенция об апостиле действует для страны %1 с %2</translation>
    </message>
    <message>
        <source>%1 needs no apostille from %2 (%3)</source>
        <translation>для страны %1 апостиль не нужен с %2 (%3)</translation>
    </message>
    <message>
        <source>%1 needs no apostille (%2)</source>
        <translation>для страны %1 апостиль не нужен (%2)</translation>
    </message>
    <message>
        <source>&quot;mci&quot; must be the fee in MCI as a number, such as 0.5</source>
        <translation>«mci» должно быть пошлиной в МРП — числом, например 0.5</translation>
    </message>
</context>
<context>
    <name>RulesFile</name>
    <message>
        <source>not a JSON object: %1 at character %2</source>
        <translation>не объект JSON: %1 в символе %2</translation>
    </message>
    <message>
        <source>not a JSON object: write one {…} per line</source>
        <translation>не объект JSON: пишите по одному {…} в строке</translation>
    </message>
    <message>
        <source>the first line must be the header, such as {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</source>
        <translation>первая строка должна быть заголовком, например {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</translation>
    </message>
    <message>
        <source>format %1 is not one this CertDesk reads (it reads format %2): the file was written by another version</source>
        <translation>формат %1 этот CertDesk не читает (он читает формат %2): файл записан другой версией</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the header</source>
        <translation>«%1» — не поле заголовка</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code: the header names the country of the rules (ISO 3166-1, two letters, such as &quot;KZ&quot;)</source>
        <translation>«%1» — неизвестный код страны: в заголовке указывается страна правил (ISO 3166-1, две буквы, например «KZ»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a &quot;%2&quot; line</source>
        <translation>«%1» — не поле строки «%2»</translation>
    </message>
    <message>
        <source>%1 is listed again (first on line %2)</source>
        <translation>%1 указан повторно (впервые в строке %2)</translation>
    </message>
    <message>
        <source>a decree day needs &quot;working&quot;: true (a weekend day worked) or false (a weekday off)</source>
        <translation>для дня по постановлению нужно «working»: true (рабочий выходной) или false (выходной будний день)</translation>
    </message>
    <message>
        <source>&quot;carries_over&quot; must be true or false</source>
        <translation>«carries_over» должно быть true или false</translation>
    </message>
    <message>
        <source>%1 is set again (first on line %2)</source>
        <translation>%1 задано повторно (впервые в строке %2)</translation>
    </message>
    <message>
        <source>the file is empty: its first line must be the header, such as {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</source>
        <translation>файл пуст: первой строкой должен быть заголовок, например {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</translation>
    </message>
    <message>
        <source>the %1 calendar is set by line %2 too: give a year&apos;s holidays line by line, or one &quot;calendar&quot; line, not both</source>
        <translation>календарь на %1 г. задан ещё и строкой %2: укажите праздники года либо построчно, либо одной строкой «calendar», но не так и так</translation>
    </message>
</context>
<context>
    <name>RulesService</name>
    <message numerus="yes">
        <source>The rules file was refused: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>Файл правил отклонён: %n проблема; ничего не изменено.</numerusform>
            <numerusform>Файл правил отклонён: %n проблемы; ничего не изменено.</numerusform>
            <numerusform>Файл правил отклонён: %n проблем; ничего не изменено.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds the rules of %1; this branch follows those of %2</source>
        <translation>в файле правила %1, а отделение работает по правилам %2</translation>
    </message>
    <message>
        <source>The working-day calendar has no holidays for %1: the deadline is counted with weekends alone and may be wrong. A supervisor enters the year under Tools → Rules.</source>
        <translation>В производственном календаре нет праздников на %1 г.: срок считается только с учётом выходных и может быть неверным. Супервайзер вносит год в меню Инструменты → Правила.</translation>
    </message>
</context>
<context>
    <name>RulesStore</name>
    <message>
        <source>the central rules document has no list of units</source>
        <translation>в документе центральных правил нет списка правил</translation>
    </message>
    <message>
        <source>a central rule cannot be read: %1</source>
        <translation>центральное правило не читается: %1</translation>
    </message>
    <message numerus="yes">
        <source>The rules were not changed: %n problem(s).</source>
        <translation>
            <numerusform>Правила не изменены: %n проблема.</numerusform>
            <numerusform>Правила не изменены: %n проблемы.</numerusform>
            <numerusform>Правила не изменены: %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>the central rules are for &quot;%1&quot;, not for %2</source>
        <translation>центральные правила — для «%1», а не для %2</translation>
    </message>
    <message>
        <source>the central rules were not taken: %1</source>
        <translation>центральные правила не приняты: %1</translation>
    </message>
</context>
<context>
    <name>SafeCountDialog</name>
    <message>
        <source>Count the safe</source>
        <translation>Пересчёт сейфа</translation>
    </message>
    <message>
        <source>&amp;Scan or receipt number:</source>
        <translation>&amp;Код или номер расписки:</translation>
    </message>
    <message>
        <source>&amp;Finish the count</source>
        <translation>&amp;Завершить пересчёт</translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation>&amp;Печать отчёта…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Номер расписки</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>According to the records</source>
        <translation>По данным учёта</translation>
    </message>
    <message>
        <source>no case of the branch</source>
        <translation>такого дела в отделении нет</translation>
    </message>
    <message>
        <source>issued to the recipient</source>
        <translation>выдана получателю</translation>
    </message>
    <message>
        <source>handed over to the service provider</source>
        <translation>передана услугодателю</translation>
    </message>
    <message>
        <source>archived by the service provider</source>
        <translation>сдана услугодателем в архив</translation>
    </message>
    <message>
        <source>arrival at the branch not recorded</source>
        <translation>поступление в отделение не записано</translation>
    </message>
    <message>
        <source>not in the branch&apos;s custody</source>
        <translation>не на хранении в отделении</translation>
    </message>
    <message>
        <source>Report on the count of the paper certificates in the safe</source>
        <translation>Отчёт о пересчёте бумажных справок в сейфе</translation>
    </message>
    <message>
        <source>Trial count: not recorded in the ledger.</source>
        <translation>Пробный пересчёт: в учёт не записан.</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Count started</source>
        <translation>Начало пересчёта</translation>
    </message>
    <message>
        <source>Count finished</source>
        <translation>Окончание пересчёта</translation>
    </message>
    <message>
        <source>In the branch&apos;s custody according to the records</source>
        <translation>На хранении в отделении по данным учёта</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Пересчитано</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствуют</translation>
    </message>
    <message>
        <source>Not expected in the safe</source>
        <translation>Не должны быть в сейфе</translation>
    </message>
    <message>
        <source>Missing paper certificates: %1</source>
        <translation>Отсутствующие бумажные справки: %1</translation>
    </message>
    <message>
        <source>Paper certificates not expected in the safe: %1</source>
        <translation>Бумажные справки, которых не должно быть в сейфе: %1</translation>
    </message>
    <message>
        <source>Counted paper certificates: %1</source>
        <translation>Пересчитанные бумажные справки: %1</translation>
    </message>
    <message>
        <source>Counted by (supervisor)</source>
        <translation>Пересчитал(а) (супервайзер)</translation>
    </message>
</context>
<context>
    <name>SafeCountService</name>
    <message>
        <source>%1, receipt %2</source>
        <translation>%1, расписка %2</translation>
    </message>
    <message>
        <source>No count is running: start the count of the safe first.</source>
        <translation>Пересчёт не идёт: сначала начните пересчёт сейфа.</translation>
    </message>
    <message>
        <source>Counted: %1.</source>
        <translation>Пересчитана: %1.</translation>
    </message>
    <message>
        <source>Already counted: %1. It counts once.</source>
        <translation>Уже пересчитана: %1. Считается один раз.</translation>
    </message>
    <message>
        <source>Not expected in the safe: no case of this branch has &quot;%1&quot;. Put the paper aside; it is listed at the end of the count.</source>
        <translation>Не должна быть в сейфе: ни в одном деле отделения нет «%1». Отложите справку отдельно; она будет указана в конце пересчёта.</translation>
    </message>
    <message>
        <source>Not expected in the safe: %1 — the record says %2. Put the paper aside; it is listed at the end of the count.</source>
        <translation>Не должна быть в сейфе: %1 — по учёту статус: %2. Отложите справку отдельно; она будет указана в конце пересчёта.</translation>
    </message>
    <message>
        <source>Already counted (not expected in the safe): %1.</source>
        <translation>Уже пересчитана (не должна быть в сейфе): %1.</translation>
    </message>
    <message>
        <source>%1 is not missing at any count of the safe: there is nothing to write off or find.</source>
        <translation>%1 не числится отсутствующей ни по одному пересчёту сейфа: списывать или отмечать найденной нечего.</translation>
    </message>
    <message>
        <source>Reason: write why the paper certificate is written off (for example, the act of its loss); a write-off without a reason is not recorded.</source>
        <translation>Причина: напишите, почему бумажная справка списывается (например, акт об утрате); списание без причины не записывается.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paper missing at a count of the safe: nothing is recorded.</source>
        <translation>«%1» — не справка, отсутствовавшая при пересчёте сейфа: ничего не записано.</translation>
    </message>
</context>
<context>
    <name>SafeScan</name>
    <message>
        <source>Nothing was scanned: scan the QR code of the paper certificate or type its receipt number.</source>
        <translation>Ничего не отсканировано: отсканируйте QR-код бумажной справки или введите номер расписки.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receipt number: %2.</source>
        <translation>«%1» — не номер расписки: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither the QR code of a paper certificate (CERT, its number and date, or the branch&apos;s verification link) nor a receipt number (17 digits): scan the certificate&apos;s QR code again or type the receipt number.</source>
        <translation>«%1» — ни QR-код бумажной справки (CERT, её номер и дата или ссылка проверки отделения), ни номер расписки (17 цифр): отсканируйте QR-код справки ещё раз или введите номер расписки.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>the index %1 of the table %2 is missing</source>
        <translation>нет индекса %1 таблицы %2</translation>
    </message>
    <message>
        <source>the index %1 of the table %2 was altered</source>
        <translation>индекс %1 таблицы %2 изменён</translation>
    </message>
    <message>
        <source>the trigger %1 of the table %2 was removed</source>
        <translation>триггер %1 таблицы %2 удалён</translation>
    </message>
    <message>
        <source>the trigger %1 of the table %2 was altered</source>
        <translation>триггер %1 таблицы %2 изменён</translation>
    </message>
    <message>
        <source>a trigger %1 that CertDesk does not make was added to the table %2</source>
        <translation>в таблицу %2 добавлен триггер %1, которого CertDesk не создаёт</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>нет таблицы %1</translation>
    </message>
    <message>
        <source>the columns of the table %1 were changed</source>
        <translation>столбцы таблицы %1 изменены</translation>
    </message>
</context>
<context>
    <name>ServerDocumentsDialog</name>
    <message>
        <source>Server documents to review</source>
        <translation>Документы сервера для проверки</translation>
    </message>
    <message>
        <source>&amp;Set aside: documents of the server this version cannot read</source>
        <translation>&amp;Отложенные: документы сервера, которые эта версия не может прочитать</translation>
    </message>
    <message>
        <source>&amp;Changed on the server: events the server holds otherwise than this workstation</source>
        <translation>&amp;Изменённые на сервере: события, которые на сервере хранятся иначе, чем на этом рабочем месте</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: не удалось: %2</translation>
    </message>
    <message>
        <source>Creating the database %1</source>
        <translation>Создание базы %1</translation>
    </message>
    <message>
        <source>Reading the database %1</source>
        <translation>Чтение базы %1</translation>
    </message>
    <message>
        <source>Limiting %1 to the role %2</source>
        <translation>Ограничение %1 ролью %2</translation>
    </message>
    <message>
        <source>Writing the identity of %1</source>
        <translation>Запись идентификатора %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Creating the server account %1 failed: %2</source>
        <translation>Не удалось создать учётную запись сервера %1: %2</translation>
    </message>
    <message>
        <source>Reading the identity of %1</source>
        <translation>Чтение идентификатора %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 is signed in as %2, who may not %3; ask a %4</source>
        <translation>%1 вошёл как %2, которому нельзя %3; это может сделать %4</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The branch&apos;s time offset in %1 (setting %2) is &quot;%3&quot;: not a whole number of minutes from -720 to 840. It was changed outside CertDesk; dates and deadlines cannot be read without it. Restore the latest backup (certdeskctl --db %1 restore BACKUP).</source>
        <translation>Смещение времени филиала от UTC в %1 (настройка %2) равно «%3»: это не целое число минут от -720 до 840. Оно изменено в обход CertDesk; без него нельзя прочитать даты и сроки. Восстановите последнюю резервную копию (certdeskctl --db %1 restore BACKUP).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>CertDesk — sign in</source>
        <translation>CertDesk — вход</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>SmsGatewayConfig</name>
    <message>
        <source>Gateway address: &quot;%1&quot; is not a web address. Write it as https://name/path, as the SMS provider gave it.</source>
        <translation>Адрес шлюза: «%1» — не веб-адрес. Запишите его как https://имя/путь, как дал SMS-провайдер.</translation>
    </message>
    <message>
        <source>Sender name: &quot;%1&quot; is not one phones show. Use 1 to 11 Latin letters or digits, as registered with the SMS provider.</source>
        <translation>Имя отправителя: «%1» телефоны не покажут. Используйте от 1 до 11 латинских букв или цифр, как зарегистрировано у SMS-провайдера.</translation>
    </message>
    <message>
        <source>Gateway login: it is empty. Enter the account the SMS provider gave.</source>
        <translation>Логин шлюза пуст. Введите учётную запись, выданную SMS-провайдером.</translation>
    </message>
</context>
<context>
    <name>SyncConfig</name>
    <message>
        <source>Server address: &quot;%1&quot; is not a web address. Write it as https://name:port, as the administrator gave it.</source>
        <translation>Адрес сервера: «%1» — не веб-адрес. Запишите его как https://имя:порт, как дал администратор.</translation>
    </message>
    <message>
        <source>Branch database: &quot;%1&quot; is not a database name. Use lower-case letters, digits and _ as in certdesk_branch_0101.</source>
        <translation>База данных отделения: «%1» — не имя базы данных. Используйте строчные буквы, цифры и _, как в certdesk_branch_0101.</translation>
    </message>
    <message>
        <source>Account: it is empty. Enter the workstation&apos;s account on the server.</source>
        <translation>Учётная запись: пусто. Введите учётную запись рабочего места на сервере.</translation>
    </message>
    <message>
        <source>Account: &quot;%1&quot; holds %2, which is not text. Type the account name again.</source>
        <translation>Учётная запись: «%1» содержит %2, это не текст. Введите имя учётной записи заново.</translation>
    </message>
    <message>
        <source>CA certificate: the file %1 cannot be read. Choose the file again, or leave the field empty to trust the system&apos;s certificates.</source>
        <translation>Сертификат CA: файл %1 не читается. Выберите файл ещё раз или оставьте поле пустым, чтобы доверять сертификатам системы.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Sync with the central server</source>
        <translation>Синхронизация с центральным сервером</translation>
    </message>
    <message>
        <source>Leave the server empty to work on this workstation alone. With a server, every event is also sent to the branch database, and the events of the other workstations and of the provider are received from it.</source>
        <translation>Оставьте сервер пустым, чтобы работать только на этом рабочем месте. С сервером каждое событие отправляется и в базу данных отделения, а события других рабочих мест и услугодателя принимаются из неё.</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>https://couch.example.kz:6984</source>
        <translation>https://couch.example.kz:6984</translation>
    </message>
    <message>
        <source>Branch &amp;database</source>
        <translation>&amp;База данных отделения</translation>
    </message>
    <message>
        <source>certdesk_branch_0101</source>
        <translation>certdesk_branch_0101</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>the workstation&apos;s account on the server</source>
        <translation>учётная запись рабочего места на сервере</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s credential store</source>
        <translation>&amp;Запомнить пароль в хранилище учётных данных этого компьютера</translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation>Сертификат &amp;CA</translation>
    </message>
    <message>
        <source>optional: only when the administrator gave you one</source>
        <translation>необязательно: только если его выдал администратор</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync is off</source>
        <translation>Синхронизация выключена</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Получение</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Ошибка синхронизации</translation>
    </message>
</context>
<context>
    <name>SystemPrinters</name>
    <message>
        <source>The printer %1 is out of paper: load paper.</source>
        <translation>В принтере %1 закончилась бумага: загрузите бумагу.</translation>
    </message>
    <message>
        <source>The printer %1 has a paper jam: clear it.</source>
        <translation>В принтере %1 замялась бумага: извлеките её.</translation>
    </message>
    <message>
        <source>The printer %1 has a cover open: close it.</source>
        <translation>У принтера %1 открыта крышка: закройте её.</translation>
    </message>
    <message>
        <source>The printer %1 is out of toner or ink: replace it.</source>
        <translation>В принтере %1 закончился тонер или чернила: замените картридж.</translation>
    </message>
    <message>
        <source>The printer %1 is offline: check that it is switched on and connected.</source>
        <translation>Принтер %1 не в сети: проверьте, что он включён и подключён.</translation>
    </message>
    <message>
        <source>The printer %1 is paused on this computer: resume it in the printer settings (or ask the administrator).</source>
        <translation>Принтер %1 приостановлен на этом компьютере: возобновите его в настройках принтера (или обратитесь к администратору).</translation>
    </message>
    <message>
        <source>The printer %1 is stopped: check it and its settings.</source>
        <translation>Принтер %1 остановлен: проверьте принтер и его настройки.</translation>
    </message>
    <message>
        <source>The printer %1 does not accept documents now (it is set to reject them): allow it in the printer settings.</source>
        <translation>Принтер %1 сейчас не принимает документы (настроен отклонять их): разрешите приём в настройках принтера.</translation>
    </message>
    <message>
        <source>The printer %1 is not installed on this computer (or was renamed): choose a printer, or save the document as a PDF.</source>
        <translation>Принтер %1 не установлен на этом компьютере (или переименован): выберите принтер или сохраните документ как PDF.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or cannot be written; nothing was saved (%1).</source>
        <translation>База данных занята или недоступна для записи; ничего не сохранено (%1).</translation>
    </message>
    <message>
        <source>Saving failed; nothing was saved.</source>
        <translation>Сохранить не удалось; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Saving failed and nothing was written (%1).</source>
        <translation>Сохранить не удалось, ничего не записано (%1).</translation>
    </message>
</context>
<context>
    <name>TransferActDocument</name>
    <message>
        <source>Transfer act</source>
        <translation>Акт приёма-передачи</translation>
    </message>
    <message>
        <source>Date of the act</source>
        <translation>Дата составления акта</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Передающая сторона</translation>
    </message>
    <message>
        <source>SC &quot;Government for Citizens&quot;, %1 (code %2)</source>
        <translation>ГК «Правительство для граждан», %1 (код %2)</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan (service provider)</source>
        <translation>Комитет по правовой статистике и специальным учётам Генеральной прокуратуры Республики Казахстан (услугодатель)</translation>
    </message>
    <message>
        <source>The certificates were kept at the branch for one month from the day they arrived and are handed over to the service provider for two more months of keeping.</source>
        <translation>Справки хранились в отделении один месяц со дня поступления и передаются услугодателю на хранение ещё на два месяца.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер расписки</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Certificate number and date</source>
        <translation>Номер и дата справки</translation>
    </message>
    <message>
        <source>Arrived at the branch</source>
        <translation>Дата поступления в отделение</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Листов</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s).</source>
        <translation>
            <numerusform>%n листе.</numerusform>
            <numerusform>%n листах.</numerusform>
            <numerusform>%n листах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передал</translation>
    </message>
    <message>
        <source>Received (service provider)</source>
        <translation>Принял (услугодатель)</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>Ф.И.О.</translation>
    </message>
    <message>
        <source>Date of receipt</source>
        <translation>Дата приёма</translation>
    </message>
    <message numerus="yes">
        <source>Total handed over: %n certificate(s) on %1</source>
        <translation>
            <numerusform>Всего передано: %n справка на %1</numerusform>
            <numerusform>Всего передано: %n справки на %1</numerusform>
            <numerusform>Всего передано: %n справок на %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Acceptance and transfer act No. %1 of the paper certificates of no criminal record not collected at the branch within one month</source>
        <translation>Акт приёма-передачи № %1 бумажных справок о наличии либо отсутствии судимости, не полученных в отделении в течение одного месяца</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>Case %1: the branch keeps the paper until %2; it can be sent to the provider from %3. Leave it out of this act.</source>
        <translation>Дело %1: отделение хранит бумажную справку до %2; передать её услугодателю можно с %3. Не включайте её в этот акт.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The login is empty; enter 2 to 32 Latin letters, digits, dots, hyphens or underscores.</source>
        <translation>Логин пуст; введите от 2 до 32 латинских букв, цифр, точек, дефисов или подчёркиваний.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; may hold only 2 to 32 Latin letters, digits, dots, hyphens and underscores, starting with a letter or digit; change it.</source>
        <translation>Логин «%1» может содержать только от 2 до 32 латинских букв, цифр, точек, дефисов и подчёркиваний и начинаться с буквы или цифры; измените его.</translation>
    </message>
    <message>
        <source>The full name is empty; enter the surname and name of the person who will use the account.</source>
        <translation>Полное имя не указано; введите фамилию и имя сотрудника, который будет пользоваться учётной записью.</translation>
    </message>
    <message>
        <source>The password work factor must be positive.</source>
        <translation>Коэффициент сложности пароля должен быть положительным.</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator adds new ones.</source>
        <translation>В этой базе данных уже есть учётные записи; новые добавляет администратор.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken; choose another one.</source>
        <translation>Логин «%1» занят; выберите другой.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;; check the login.</source>
        <translation>Учётной записи «%1» нет; проверьте логин.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another account an administrator first.</source>
        <translation>%1 — последний активный администратор; сначала сделайте администратором другую учётную запись.</translation>
    </message>
    <message>
        <source>The full name is empty; enter the surname and name.</source>
        <translation>Полное имя пусто; введите фамилию и имя.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>Свою учётную запись отключить нельзя; попросите другого администратора.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled; make another account an administrator first.</source>
        <translation>%1 — последний активный администратор, его нельзя отключить; сначала сделайте администратором другую учётную запись.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is reserved: it marks what the workstation or its command line records on its own (backups, restores); choose another one.</source>
        <translation>Логин «%1» зарезервирован: им отмечается то, что рабочее место или его командная строка записывает само (резервные копии, восстановление); выберите другой.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Выбранная учётная запись</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>Repea&amp;t:</source>
        <translation>По&amp;втор:</translation>
    </message>
    <message>
        <source>Re&amp;set password</source>
        <translation>&amp;Сбросить пароль</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Отклю&amp;чить</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Полно&amp;е имя:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Рол&amp;ь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Добавить учётную &amp;запись</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Изменить роль</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>&amp;Должность:</translation>
    </message>
</context>
<context>
    <name>WorkstationNumberDialog</name>
    <message>
        <source>Workstation number</source>
        <translation>Номер рабочего места</translation>
    </message>
    <message>
        <source>&amp;Workstation number:</source>
        <translation>&amp;Номер рабочего места:</translation>
    </message>
    <message>
        <source>Supervisor &amp;login:</source>
        <translation>&amp;Логин супервайзера:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>WorkstationService</name>
    <message>
        <source>Receipt numbers are stopped on this workstation.</source>
        <translation>На этом рабочем месте выдача номеров расписок остановлена.</translation>
    </message>
    <message>
        <source>its last record was written by %1 at %2</source>
        <translation>его последнюю запись сделал %1 в %2</translation>
    </message>
    <message>
        <source>its number %1 was written by %2 at %3</source>
        <translation>его номер %1 записал %2 в %3</translation>
    </message>
    <message>
        <source>Another computer issues numbers as workstation %1 of branch %2 (%3). Two counters with one number give two people the same receipt number.</source>
        <translation>Другой компьютер выдаёт номера как рабочее место %1 отделения %2 (%3). Два окна с одним номером дают двум людям один и тот же номер расписки.</translation>
    </message>
    <message>
        <source>Another computer wrote events under this database&apos;s own workstation id: the database file was copied and both copies worked. This database took an id of its own (%1) on %2, as certdeskctl device renew does by hand; what it wrote before stays under the old id.</source>
        <translation>Другой компьютер записывал события под собственным идентификатором рабочего места этой базы данных: файл базы скопировали, и работали обе копии. Эта база данных %2 получила собственный идентификатор (%1), как это вручную делает certdeskctl device renew; записанное ранее остаётся под старым идентификатором.</translation>
    </message>
    <message>
        <source>This database file was used on another computer and was started on this one on %1 (copied or moved here). It took a workstation id of its own (%2), as certdeskctl device renew does by hand; what it wrote before stays under the old id.</source>
        <translation>Этот файл базы данных использовался на другом компьютере, а %1 запущен на этом (скопирован или перенесён сюда). Он получил собственный идентификатор рабочего места (%2), как это вручную делает certdeskctl device renew; записанное ранее остаётся под старым идентификатором.</translation>
    </message>
    <message>
        <source>This database was given a new workstation id by hand on %1 (%2).</source>
        <translation>Этой базе данных %1 вручную присвоен новый идентификатор рабочего места (%2).</translation>
    </message>
    <message>
        <source>none seen yet</source>
        <translation>пока не замечены</translation>
    </message>
    <message>
        <source>A supervisor gives this workstation a number no other workstation of the branch uses (Tools → Workstation number…, or certdeskctl branch set --workstation N). Numbers in use: %1.</source>
        <translation>Супервайзер назначает этому рабочему месту номер, которого нет ни у одного другого рабочего места отделения (Инструменты → Номер рабочего места…, или certdeskctl branch set --workstation N). Занятые номера: %1.</translation>
    </message>
    <message>
        <source>If the other computer still takes applications, a supervisor gives this one another workstation number; if it does not, the supervisor confirms number %1 (Tools → Workstation number…, or certdeskctl branch set --workstation %1). Numbers in use: %2.</source>
        <translation>Если другой компьютер ещё принимает заявления, супервайзер назначает этому рабочему месту другой номер; если нет — супервайзер подтверждает номер %1 (Инструменты → Номер рабочего места…, или certdeskctl branch set --workstation %1). Занятые номера: %2.</translation>
    </message>
    <message>
        <source>Category: &quot;%1&quot; is neither regional nor district.</source>
        <translation>Категория: «%1» — ни областная, ни районная.</translation>
    </message>
    <message>
        <source>Workstation %1 of branch %2 is already used by another computer (%3). Two workstations with one number would give two people the same receipt number: choose a number no other workstation of the branch uses (in use: %4).</source>
        <translation>Рабочее место %1 отделения %2 уже использует другой компьютер (%3). Два рабочих места с одним номером дали бы двум людям один и тот же номер расписки: выберите номер, которого нет ни у одного другого рабочего места отделения (заняты: %4).</translation>
    </message>
    <message>
        <source>Supervisor: enter the supervisor&apos;s login and password.</source>
        <translation>Супервайзер: введите логин и пароль супервайзера.</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealActionDialog</name>
    <message>
        <source>Refer to the competent body</source>
        <translation>Направление в компетентный орган</translation>
    </message>
    <message>
        <source>Applicant notified</source>
        <translation>Заявитель уведомлён</translation>
    </message>
    <message>
        <source>Extend the term</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <source>Restore the missed term</source>
        <translation>Восстановление пропущенного срока</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Запись решения</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Отозвано заявителем</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>%1 — appeal %2</source>
        <translation>%1 — обращение %2</translation>
    </message>
    <message>
        <source>the referral</source>
        <translation>о направлении</translation>
    </message>
    <message>
        <source>the extension</source>
        <translation>о продлении</translation>
    </message>
    <message>
        <source>Not within this body&apos;s authority: send it to the competent body by &lt;b&gt;%1&lt;/b&gt; and notify the applicant at the same time.</source>
        <translation>Не относится к полномочиям этого органа: направьте в компетентный орган до &lt;b&gt;%1&lt;/b&gt; и одновременно уведомите заявителя.</translation>
    </message>
    <message>
        <source>Record that the applicant was told.</source>
        <translation>Запишите, что заявителю сообщили.</translation>
    </message>
    <message>
        <source>The complaint was filed after the 3-month term (ended %1). Restore the term for a good reason.</source>
        <translation>Жалоба подана после 3-месячного срока (истёк %1). Восстановите срок по уважительной причине.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Кратко</translation>
    </message>
    <message>
        <source>The deadline %1 has passed: the appeal already counts as refused. Record the decision as given.</source>
        <translation>Срок %1 истёк: обращение уже считается отклонённым. Запишите решение так, как оно принято.</translation>
    </message>
    <message>
        <source>Decision due by &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Решение — до &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The applicant&apos;s written application to withdraw, before the decision.</source>
        <translation>Письменное заявление заявителя об отзыве до принятия решения.</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>A remark kept with the appeal.</source>
        <translation>Замечание, которое хранится с обращением.</translation>
    </message>
    <message>
        <source>Appeal %1 of %2, %3.&lt;br&gt;%4</source>
        <translation>Обращение %1 от %2, %3.&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Rea&amp;son (optional)</source>
        <translation>&amp;Причина (необязательно)</translation>
    </message>
    <message>
        <source>A reasoned decision, taken before the deadline &lt;b&gt;%1&lt;/b&gt; runs out; the new deadline is at most &lt;b&gt;%2&lt;/b&gt; (two months from the day of receipt, %3). The applicant must be told within 3 working days.</source>
        <translation>Мотивированное решение принимается до истечения срока &lt;b&gt;%1&lt;/b&gt;; новый срок — не позже &lt;b&gt;%2&lt;/b&gt; (два месяца со дня поступления, %3). Заявителя нужно уведомить в течение 3 рабочих дней.</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealBoardPanel</name>
    <message>
        <source>Appeals re&amp;gister…</source>
        <translation>&amp;Реестр обращений…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Appeals and complaints&lt;/b&gt;: %n with something owed</source>
        <translation>
            <numerusform>&lt;b&gt;Обращения и жалобы&lt;/b&gt;: ожидают исполнения: %n</numerusform>
            <numerusform>&lt;b&gt;Обращения и жалобы&lt;/b&gt;: ожидают исполнения: %n</numerusform>
            <numerusform>&lt;b&gt;Обращения и жалобы&lt;/b&gt;: ожидают исполнения: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;просрочено %n&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;просрочено %n&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;просрочено %n&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::AppealFilingDialog</name>
    <message>
        <source>Details brought for appeal %1</source>
        <translation>Сведения, принесённые по обращению %1</translation>
    </message>
    <message>
        <source>Enter the details the applicant brought. What the appeal is about and whom it is addressed to stay as accepted.</source>
        <translation>Введите сведения, которые принёс заявитель. Суть обращения и адресат остаются такими, как при приёме.</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <source>by power of attorney</source>
        <translation>по доверенности</translation>
    </message>
    <message>
        <source>as head of the legal entity</source>
        <translation>как руководитель юридического лица</translation>
    </message>
    <message>
        <source>&amp;Accept and print the receipt</source>
        <translation>&amp;Принять и распечатать расписку</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Appeal dated</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Learned of it on</source>
        <translation>Стало известно</translation>
    </message>
    <message>
        <source>Power of attorney issued on</source>
        <translation>Дата выдачи доверенности</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (DD.MM.YYYY); as it stands it is recorded as missing.</source>
        <translation>%1: «%2» — не дата (ДД.ММ.ГГГГ); в таком виде она будет записана как отсутствующая.</translation>
    </message>
    <message>
        <source>Refer it to the competent body, notifying the applicant, by &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Направьте его в компетентный орган, уведомив заявителя, до &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;Filed after the 3-month term, which ended on %1: accepted all the same and flagged for the restoration of the term.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;Подана после 3-месячного срока, истекшего %1: всё равно принята и отмечена для восстановления срока.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Filed within the 3-month term (until %1).</source>
        <translation>Подана в пределах 3-месячного срока (до %1).</translation>
    </message>
    <message>
        <source>Received %1. Decision due by &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Принято %1. Решение — до &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Недостающих сведений нет.</translation>
    </message>
    <message>
        <source>To bring into compliance: nothing</source>
        <translation>Привести в соответствие: ничего</translation>
    </message>
    <message numerus="yes">
        <source>To bring into compliance (printed on the receipt): %n point(s)</source>
        <translation>
            <numerusform>Пунктов к устранению (печатается в расписке): %n</numerusform>
            <numerusform>Пунктов к устранению (печатается в расписке): %n</numerusform>
            <numerusform>Пунктов к устранению (печатается в расписке): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Term for the points: &quot;%1&quot; is not a date; type it as DD.MM.YYYY or clear it for the default term.</source>
        <translation>Срок для пунктов: «%1» — не дата; наберите её как ДД.ММ.ГГГГ или очистите для срока по умолчанию.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the details</source>
        <translation>&amp;Сохранить сведения</translation>
    </message>
    <message numerus="yes">
        <source>Received today, %1. Decision due by &lt;b&gt;%2&lt;/b&gt; (%n working day(s)); no decision by then counts as a refusal.</source>
        <translation>
            <numerusform>Принято сегодня, %1. Решение — до &lt;b&gt;%2&lt;/b&gt; (%n рабочий день); непринятие решения в этот срок считается отказом.</numerusform>
            <numerusform>Принято сегодня, %1. Решение — до &lt;b&gt;%2&lt;/b&gt; (%n рабочих дня); непринятие решения в этот срок считается отказом.</numerusform>
            <numerusform>Принято сегодня, %1. Решение — до &lt;b&gt;%2&lt;/b&gt; (%n рабочих дней); непринятие решения в этот срок считается отказом.</numerusform>
        </translation>
    </message>
    <message>
        <source>Throw away the appeal typed so far? Nothing has been registered yet.</source>
        <translation>Отбросить введённое обращение? Пока ничего не зарегистрировано.</translation>
    </message>
    <message>
        <source>Throw away the details typed so far? Nothing has been recorded yet.</source>
        <translation>Отбросить введённые сведения? Пока ничего не записано.</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealListModel</name>
    <message>
        <source>being considered</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>направлено</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to bring into compliance</source>
        <translation>
            <numerusform>пунктов к устранению: %n</numerusform>
            <numerusform>пунктов к устранению: %n</numerusform>
            <numerusform>пунктов к устранению: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>filed late</source>
        <translation>подана с опозданием</translation>
    </message>
    <message>
        <source>impossible records</source>
        <translation>невозможные записи</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Next term</source>
        <translation>Следующий срок</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Complaint: decision</source>
        <translation>Жалоба: на решение</translation>
    </message>
    <message>
        <source>Complaint: action</source>
        <translation>Жалоба: на действие</translation>
    </message>
    <message>
        <source>Complaint: inaction</source>
        <translation>Жалоба: на бездействие</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealRegisterWindow</name>
    <message>
        <source>with something owed</source>
        <translation>ожидают исполнения</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>decided or withdrawn</source>
        <translation>решённые или отозванные</translation>
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
        <translation>&amp;Обращения и жалобы</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) listed</source>
        <translation>
            <numerusform>показано %n обращение</numerusform>
            <numerusform>показано %n обращения</numerusform>
            <numerusform>показано %n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>The details brought for appeal %1 were recorded.</source>
        <translation>Сведения, принесённые по обращению %1, записаны.</translation>
    </message>
    <message>
        <source>%1: recorded for appeal %2.</source>
        <translation>%1: записано по обращению %2.</translation>
    </message>
    <message>
        <source>Appeal %1 registered. Its receipt: %2</source>
        <translation>Обращение %1 зарегистрировано. Его расписка: %2</translation>
    </message>
    <message>
        <source>The receipt of appeal %1: %2</source>
        <translation>Расписка по обращению %1: %2</translation>
    </message>
    <message>
        <source>No appeal is chosen: choose it in the list (Ctrl+L), then Ctrl+P prints its receipt.</source>
        <translation>Обращение не выбрано: выберите его в списке (Ctrl+L), затем Ctrl+P напечатает его расписку.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n appeals are listed, in the order shown, and there are more: narrow the list (which appeals, overdue only, or search) to see the others.</source>
        <translation>
            <numerusform>Показано первое %n обращение в указанном порядке, есть и другие: сузьте список (поле «Показать», «Только просроченные» или поиск), чтобы увидеть остальные.</numerusform>
            <numerusform>Показаны первые %n обращения в указанном порядке, есть и другие: сузьте список (поле «Показать», «Только просроченные» или поиск), чтобы увидеть остальные.</numerusform>
            <numerusform>Показаны первые %n обращений в указанном порядке, есть и другие: сузьте список (поле «Показать», «Только просроченные» или поиск), чтобы увидеть остальные.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::AuditView</name>
    <message>
        <source>anyone</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>любое действие</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n строка.</numerusform>
            <numerusform>%n строки.</numerusform>
            <numerusform>%n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s) of other workstations are not complete yet (not received yet).</source>
        <translation>
            <numerusform>%n цепочка других рабочих мест ещё не полная (ещё не получена).</numerusform>
            <numerusform>%n цепочки других рабочих мест ещё не полные (ещё не получены).</numerusform>
            <numerusform>%n цепочек других рабочих мест ещё не полные (ещё не получены).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log was changed outside CertDesk: %n problem(s). Report it to the administrator as a personal data breach (within one working day).</source>
        <translation>
            <numerusform>Журнал изменён в обход CertDesk: %n нарушение. Сообщите администратору как о нарушении безопасности персональных данных (в течение одного рабочего дня).</numerusform>
            <numerusform>Журнал изменён в обход CertDesk: %n нарушения. Сообщите администратору как о нарушении безопасности персональных данных (в течение одного рабочего дня).</numerusform>
            <numerusform>Журнал изменён в обход CertDesk: %n нарушений. Сообщите администратору как о нарушении безопасности персональных данных (в течение одного рабочего дня).</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the log of every workstation… This reads every event; the window can be used meanwhile.</source>
        <translation>Проверяется журнал всех рабочих мест… Читается каждое событие; окном можно пользоваться.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n line(s); narrow the filter to see older ones.</source>
        <translation>
            <numerusform>Последняя %n строка; чтобы увидеть более старые, сузьте фильтр.</numerusform>
            <numerusform>Последние %n строки; чтобы увидеть более старые, сузьте фильтр.</numerusform>
            <numerusform>Последние %n строк; чтобы увидеть более старые, сузьте фильтр.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %n event(s) in %1: no sign of tampering.</source>
        <translation>
            <numerusform>Проверено %n событие в %1: признаков подделки нет.</numerusform>
            <numerusform>Проверено %n события в %1: признаков подделки нет.</numerusform>
            <numerusform>Проверено %n событий в %1: признаков подделки нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n цепочке</numerusform>
            <numerusform>%n цепочках</numerusform>
            <numerusform>%n цепочках</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::AuditViewModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Receipt or case</source>
        <translation>Расписка или дело</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>certdesk::BoardModel</name>
    <message>
        <source>At the branch</source>
        <translation>В отделении</translation>
    </message>
    <message>
        <source>Due for transfer</source>
        <translation>Пора передавать</translation>
    </message>
    <message>
        <source>With the provider</source>
        <translation>У услугодателя</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Запрошен возврат</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>К сдаче в архив</translation>
    </message>
    <message>
        <source>Interim notice due</source>
        <translation>Пора дать промежуточный ответ</translation>
    </message>
    <message>
        <source>Anomalies and overrides</source>
        <translation>Аномалии и разрешения</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n разрешение</numerusform>
            <numerusform>%n разрешения</numerusform>
            <numerusform>%n разрешений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>срок через %n день</numerusform>
            <numerusform>срок через %n дня</numerusform>
            <numerusform>срок через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source> (returned by the provider)</source>
        <translation> (возвращено услугодателем)</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Flagged on</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>the same receipt number as %1</source>
        <translation>тот же номер расписки, что у %1</translation>
    </message>
    <message>
        <source>Late results</source>
        <translation>Просроченные результаты</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>clock moved back by %1 (previous record %2): check the date and time</source>
        <translation>часы переведены назад на %1 (предыдущая запись %2): проверьте дату и время</translation>
    </message>
    <message numerus="yes">
        <source>result late by %n day(s)</source>
        <translation>
            <numerusform>результат просрочен на %n день</numerusform>
            <numerusform>результат просрочен на %n дня</numerusform>
            <numerusform>результат просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Рабочее место %1</translation>
    </message>
    <message>
        <source>Computer clock (signed in: %1)</source>
        <translation>Часы компьютера (в системе: %1)</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>missing at the count of the safe on %1</source>
        <translation>отсутствовала при пересчёте сейфа %1</translation>
    </message>
</context>
<context>
    <name>certdesk::BoardWidget</name>
    <message>
        <source>Supervisor board</source>
        <translation>Панель контроля</translation>
    </message>
    <message numerus="yes">
        <source> — %n due</source>
        <translation>
            <numerusform> — срок наступил: %n</numerusform>
            <numerusform> — срок наступил: %n</numerusform>
            <numerusform> — срок наступил: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No paper is due for transfer; select the cases to transfer.</source>
        <translation>Нет бумажных справок, которые пора передавать; выберите дела для передачи.</translation>
    </message>
    <message>
        <source>Transfer to the provider</source>
        <translation>Передача услугодателю</translation>
    </message>
    <message numerus="yes">
        <source>%n paper certificate(s) leave for the provider under one transfer act, printed now for both sides to sign.</source>
        <translation>
            <numerusform>%n бумажная справка передаётся услугодателю по одному акту приёма-передачи, который сейчас распечатается для подписи обеими сторонами.</numerusform>
            <numerusform>%n бумажные справки передаются услугодателю по одному акту приёма-передачи, который сейчас распечатается для подписи обеими сторонами.</numerusform>
            <numerusform>%n бумажных справок передаются услугодателю по одному акту приёма-передачи, который сейчас распечатается для подписи обеими сторонами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n paper(s) under act %1.</source>
        <translation>
            <numerusform>По акту %1 передана %n бумажная справка.</numerusform>
            <numerusform>По акту %1 переданы %n бумажные справки.</numerusform>
            <numerusform>По акту %1 передано %n бумажных справок.</numerusform>
        </translation>
    </message>
    <message>
        <source>No paper is due for archiving; select the cases the provider archived.</source>
        <translation>Нет бумажных справок, которые пора сдавать в архив; выберите дела, которые услугодатель сдал в архив.</translation>
    </message>
    <message>
        <source>Record the provider&apos;s archiving</source>
        <translation>Запись сдачи в архив услугодателем</translation>
    </message>
    <message numerus="yes">
        <source>The provider filed %n paper certificate(s) into its registered record; the cases are closed.</source>
        <translation>
            <numerusform>Услугодатель подшил %n бумажную справку в своё регистрационное дело; дела закрываются.</numerusform>
            <numerusform>Услугодатель подшил %n бумажные справки в своё регистрационное дело; дела закрываются.</numerusform>
            <numerusform>Услугодатель подшил %n бумажных справок в своё регистрационное дело; дела закрываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Сдано в архив</translation>
    </message>
    <message>
        <source>Registered record number</source>
        <translation>Номер регистрационного дела</translation>
    </message>
    <message numerus="yes">
        <source>Recorded the archiving of %n paper(s).</source>
        <translation>
            <numerusform>Записана сдача в архив %n бумажной справки.</numerusform>
            <numerusform>Записана сдача в архив %n бумажных справок.</numerusform>
            <numerusform>Записана сдача в архив %n бумажных справок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuance journal</source>
        <translation>Журнал выдачи</translation>
    </message>
    <message>
        <source>The journal of the certificates handed over on a day.</source>
        <translation>Журнал справок, выданных за день.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Export the board</source>
        <translation>Экспорт панели контроля</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2. Choose another folder.</source>
        <translation>Не удаётся записать файл %1: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The file %1 could not be written completely.</source>
        <translation>Не удалось полностью записать файл %1.</translation>
    </message>
    <message>
        <source>The board was saved to %1.</source>
        <translation>Панель контроля сохранена в %1.</translation>
    </message>
    <message>
        <source>Supervisor &amp;board</source>
        <translation>&amp;Панель контроля</translation>
    </message>
    <message>
        <source>Board on %1 — need action today: %2; %3.</source>
        <translation>Панель контроля на %1 — сегодня требуют действий: %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) or complaint(s)</source>
        <translation>
            <numerusform>%n обращение или жалоба</numerusform>
            <numerusform>%n обращения или жалобы</numerusform>
            <numerusform>%n обращений или жалоб</numerusform>
        </translation>
    </message>
    <message>
        <source>Board on %1 — need action today: %2.</source>
        <translation>Панель контроля на %1 — сегодня требуют действий: %2.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>С %1 по %2</translation>
    </message>
    <message>
        <source>The issuance journal of %1</source>
        <translation>Журнал выдачи за %1</translation>
    </message>
    <message>
        <source>The issuance journal: %1</source>
        <translation>Журнал выдачи: %1</translation>
    </message>
    <message>
        <source>The board report</source>
        <translation>Отчёт панели контроля</translation>
    </message>
    <message>
        <source>The board report: %1</source>
        <translation>Отчёт панели контроля: %1</translation>
    </message>
    <message>
        <source>&amp;Safe</source>
        <translation>&amp;Сейф</translation>
    </message>
    <message>
        <source>&amp;Count the safe…</source>
        <translation>&amp;Пересчёт сейфа…</translation>
    </message>
    <message>
        <source>&amp;Write off a missing paper…</source>
        <translation>&amp;Списать недостающую справку…</translation>
    </message>
    <message>
        <source>No paper is missing at a count of the safe: there is nothing to write off.</source>
        <translation>При пересчётах сейфа недостающих справок нет: списывать нечего.</translation>
    </message>
    <message>
        <source>Choose the missing paper in the list (arrows), then Safe → Write off again.</source>
        <translation>Выберите недостающую справку в списке (стрелками), затем снова Сейф → Списать.</translation>
    </message>
    <message>
        <source>A missing paper &amp;found…</source>
        <translation>&amp;Найдена недостающая справка…</translation>
    </message>
</context>
<context>
    <name>certdesk::CaseActionDateDialog</name>
    <message>
        <source>%1 is empty; fill it in.</source>
        <translation>%1 не заполнено; заполните.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>certdesk::CaseActionIssueDialog</name>
    <message>
        <source>Press OK again to hand it over.</source>
        <translation>Нажмите OK ещё раз, чтобы выдать справку.</translation>
    </message>
</context>
<context>
    <name>certdesk::CaseActions</name>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Case %1: %2, %3.</source>
        <translation>Дело %1: %2, %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custody action.</source>
        <translation>«%1» — не действие хранения.</translation>
    </message>
    <message>
        <source>Record the provider&apos;s refusal</source>
        <translation>Запись отказа услугодателя</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s motivated reasons in full: they are printed for the person.</source>
        <translation>Перепишите мотивированные причины услугодателя полностью: они печатаются для заявителя.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Issued. The handing over is in today&apos;s issuance journal (Board → Issuance journal).</source>
        <translation>Выдано. Выдача записана в сегодняшний журнал выдачи (Панель контроля → Журнал выдачи).</translation>
    </message>
    <message>
        <source>The paper certificate arrived</source>
        <translation>Бумажная справка поступила</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>The provider returned the paper</source>
        <translation>Услугодатель вернул бумажную справку</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Дата возврата</translation>
    </message>
    <message>
        <source>The provider archived the paper</source>
        <translation>Услугодатель сдал бумажную справку в архив</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Сдано в архив</translation>
    </message>
    <message>
        <source>Registered record number</source>
        <translation>Номер регистрационного дела</translation>
    </message>
    <message>
        <source>Additional identification check</source>
        <translation>Дополнительная проверка идентификации</translation>
    </message>
    <message>
        <source>Give the interim response</source>
        <translation>Дать промежуточный ответ</translation>
    </message>
    <message>
        <source>The interim notice is printed for the person: they may reapply from %1.</source>
        <translation>Промежуточный ответ печатается для заявителя: повторно обратиться можно с %1.</translation>
    </message>
    <message>
        <source>Print the paper certificate</source>
        <translation>Печать бумажной справки</translation>
    </message>
    <message numerus="yes">
        <source>It was printed %n time(s): this copy is marked as a duplicate and counted on the case.</source>
        <translation>
            <numerusform>Она уже печаталась %n раз: этот экземпляр помечается как дубликат и учитывается в деле.</numerusform>
            <numerusform>Она уже печаталась %n раза: этот экземпляр помечается как дубликат и учитывается в деле.</numerusform>
            <numerusform>Она уже печаталась %n раз: этот экземпляр помечается как дубликат и учитывается в деле.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first print starts the branch&apos;s month of custody when the paper did not come from the provider.</source>
        <translation>Если бумажная справка поступила не от услугодателя, первая печать начинает месяц хранения в отделении.</translation>
    </message>
    <message>
        <source>Transfer to the provider</source>
        <translation>Передача услугодателю</translation>
    </message>
    <message>
        <source>The paper leaves for the provider under a new transfer act, printed now.</source>
        <translation>Бумажная справка передаётся услугодателю по новому акту приёма-передачи, который сейчас распечатается.</translation>
    </message>
    <message>
        <source>Ask the provider for the paper</source>
        <translation>Запросить бумажную справку у услугодателя</translation>
    </message>
    <message>
        <source>The provider sends the paper back within one working day.</source>
        <translation>Услугодатель возвращает бумажную справку в течение одного рабочего дня.</translation>
    </message>
    <message>
        <source>Recorded. Interim response due on %1; the person may reapply from %2.</source>
        <translation>Записано. Промежуточный ответ — до %1; лицо может обратиться повторно с %2.</translation>
    </message>
    <message>
        <source>Return requested. The provider owes the paper by %1; tell the person to come from then on.</source>
        <translation>Возврат запрошен. Услугодатель должен вернуть бумажную справку до %1; сообщите заявителю, что получить её можно с этого дня.</translation>
    </message>
    <message numerus="yes">
        <source>Receipt %1 is on %n cases: %2. Two workstations issued the same number; each case is a person of its own. Read the IIN of the person the certificate is about from their documents and type it here.</source>
        <translation>
            <numerusform>Расписка %1 относится к %n делу: %2. Два рабочих места выдали один и тот же номер; каждое дело — отдельный человек. Прочитайте ИИН лица, о котором справка, в его документах и введите здесь.</numerusform>
            <numerusform>Расписка %1 относится к %n делам: %2. Два рабочих места выдали один и тот же номер; каждое дело — отдельный человек. Прочитайте ИИН лица, о котором справка, в его документах и введите здесь.</numerusform>
            <numerusform>Расписка %1 относится к %n делам: %2. Два рабочих места выдали один и тот же номер; каждое дело — отдельный человек. Прочитайте ИИН лица, о котором справка, в его документах и введите здесь.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transferred under act %1. The act: %2</source>
        <translation>Передано по акту %1. Акт: %2</translation>
    </message>
    <message>
        <source>The certificate № %1</source>
        <translation>Справка № %1</translation>
    </message>
    <message>
        <source>The print is recorded on the case; a new print is marked as a duplicate.</source>
        <translation>Печать записана в деле; следующая печать помечается как дубликат.</translation>
    </message>
    <message>
        <source>The certificate: %1</source>
        <translation>Справка: %1</translation>
    </message>
    <message>
        <source>The interim notice</source>
        <translation>Промежуточный ответ</translation>
    </message>
    <message>
        <source>The interim response is recorded on the case.</source>
        <translation>Промежуточный ответ записан в деле.</translation>
    </message>
    <message>
        <source>The interim notice: %1</source>
        <translation>Промежуточный ответ: %1</translation>
    </message>
    <message>
        <source>The transfer act %1</source>
        <translation>Акт приёма-передачи %1</translation>
    </message>
    <message>
        <source>The transfer is recorded.</source>
        <translation>Передача записана.</translation>
    </message>
    <message numerus="yes">
        <source>The provider checks persons with similar data. The interim response is due in %n working day(s);</source>
        <translation>
            <numerusform>Услугодатель проверяет лиц со схожими данными. Промежуточный ответ — в течение %n рабочего дня;</numerusform>
            <numerusform>Услугодатель проверяет лиц со схожими данными. Промежуточный ответ — в течение %n рабочих дней;</numerusform>
            <numerusform>Услугодатель проверяет лиц со схожими данными. Промежуточный ответ — в течение %n рабочих дней;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the person may reapply after %n working day(s).</source>
        <translation>
            <numerusform>лицо может обратиться повторно через %n рабочий день.</numerusform>
            <numerusform>лицо может обратиться повторно через %n рабочих дня.</numerusform>
            <numerusform>лицо может обратиться повторно через %n рабочих дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::CaseListModel</name>
    <message numerus="yes">
        <source>This case has %n anomaly(ies) for the supervisor.</source>
        <translation>
            <numerusform>В этом деле %n аномалия для супервайзера.</numerusform>
            <numerusform>В этом деле %n аномалии для супервайзера.</numerusform>
            <numerusform>В этом деле %n аномалий для супервайзера.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message numerus="yes">
        <source>This period holds more than %n case(s), so it is listed by submission time. Narrow the period to sort it by another column.</source>
        <translation>
            <numerusform>За этот период более %n дела, поэтому они показаны по времени подачи. Сузьте период, чтобы сортировать по другому столбцу.</numerusform>
            <numerusform>За этот период более %n дел, поэтому они показаны по времени подачи. Сузьте период, чтобы сортировать по другому столбцу.</numerusform>
            <numerusform>За этот период более %n дел, поэтому они показаны по времени подачи. Сузьте период, чтобы сортировать по другому столбцу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search finds %n or more cases, so they are listed by surname. Type more of the surname to sort them by another column.</source>
        <translation>
            <numerusform>Поиск находит %n дело и более, поэтому они показаны по фамилии. Введите фамилию подробнее, чтобы сортировать по другому столбцу.</numerusform>
            <numerusform>Поиск находит %n дела и более, поэтому они показаны по фамилии. Введите фамилию подробнее, чтобы сортировать по другому столбцу.</numerusform>
            <numerusform>Поиск находит %n дел и более, поэтому они показаны по фамилии. Введите фамилию подробнее, чтобы сортировать по другому столбцу.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::CaseView</name>
    <message>
        <source>No case open</source>
        <translation>Нет открытого дела</translation>
    </message>
    <message>
        <source>Type or scan a receipt number, an IIN or a surname in the search box (Ctrl+F), or take a new application (Ctrl+N).</source>
        <translation>Наберите или отсканируйте в строке поиска (Ctrl+F) номер расписки, ИИН или фамилию либо примите новое заявление (Ctrl+N).</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Расписка %1</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(ies): see the timeline</source>
        <translation>
            <numerusform>%n аномалия: смотрите хронологию</numerusform>
            <numerusform>%n аномалии: смотрите хронологию</numerusform>
            <numerusform>%n аномалий: смотрите хронологию</numerusform>
        </translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Previously</source>
        <translation>Ранее</translation>
    </message>
    <message>
        <source>Change confirmed by</source>
        <translation>Изменение подтверждено</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, БИН %2</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Обратившееся лицо</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <source>notary %1, act № %2, issued %3, valid to %4</source>
        <translation>нотариус %1, действие № %2, выдана %3, действительна до %4</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Свидетельство о рождении</translation>
    </message>
    <message>
        <source>№ %1 of %2, parent %3</source>
        <translation>№ %1 от %2, родитель %3</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Телефон для уведомлений</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>State fee</source>
        <translation>Госпошлина</translation>
    </message>
    <message>
        <source>%1 ₸, payment %2</source>
        <translation>%1 ₸, платёж %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>№ %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <source>Arrived at the branch</source>
        <translation>Поступила в отделение</translation>
    </message>
    <message>
        <source>Branch keeps it until</source>
        <translation>Отделение хранит до</translation>
    </message>
    <message>
        <source>Provider keeps it until</source>
        <translation>Услугодатель хранит до</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ пройдено</translation>
    </message>
    <message>
        <source>⚠ recipient warned</source>
        <translation>⚠ получатель проинформирован</translation>
    </message>
    <message>
        <source>⚠ overridden</source>
        <translation>⚠ разрешено</translation>
    </message>
    <message>
        <source>⚠ overridden by %1: %2</source>
        <translation>⚠ разрешил %1: %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Documents at the counter</source>
        <translation>Документы обратившегося лица</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Проверенные документы</translation>
    </message>
    <message>
        <source>Service and deadline</source>
        <translation>Услуга и срок</translation>
    </message>
    <message>
        <source>Anomalies for the supervisor</source>
        <translation>Аномалии для супервайзера</translation>
    </message>
    <message>
        <source>Print receipt (%1)</source>
        <translation>Печать расписки (%1)</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>код %1</translation>
    </message>
    <message>
        <source>№ %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>выдан %1</translation>
    </message>
    <message>
        <source>valid to %1</source>
        <translation>действителен до %1</translation>
    </message>
    <message>
        <source>This action is recorded by the provider&apos;s systems or from certdeskctl, not at the counter.</source>
        <translation>Это действие записывают системы услугодателя или certdeskctl, а не окно приёма.</translation>
    </message>
    <message>
        <source>Note on the case:</source>
        <translation>Примечание к делу:</translation>
    </message>
    <message>
        <source>Reason the applicant gives for withdrawing:</source>
        <translation>Причина отзыва, которую называет заявитель:</translation>
    </message>
    <message>
        <source>Note: it is empty; nothing was recorded.</source>
        <translation>Примечание: пусто; ничего не записано.</translation>
    </message>
    <message>
        <source>Reason: it is empty; the withdrawal was not recorded.</source>
        <translation>Причина: пусто; отзыв не записан.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s) old today)</source>
        <translation>
            <numerusform>%1 (сегодня %n год)</numerusform>
            <numerusform>%1 (сегодня %n года)</numerusform>
            <numerusform>%1 (сегодня %n лет)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ИИН %2</translation>
    </message>
    <message>
        <source>the receipt number is also on another person&apos;s case</source>
        <translation>этот номер расписки есть и в деле другого человека</translation>
    </message>
    <message>
        <source>Same receipt number</source>
        <translation>Тот же номер расписки</translation>
    </message>
    <message>
        <source>%1 has a case with this receipt number too: two workstations issued it. The two cases stay apart; at issuance the IIN of the person decides.</source>
        <translation>У %1 тоже есть дело с этим номером расписки: его выдали два рабочих места. Дела остаются раздельными; при выдаче решает ИИН человека.</translation>
    </message>
    <message>
        <source>The receipt %1: %2</source>
        <translation>Расписка %1: %2</translation>
    </message>
    <message>
        <source>Print application (%1)</source>
        <translation>Печать заявления (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The application was printed %n time(s): this print is marked as a copy.</source>
        <translation>
            <numerusform>Заявление уже печаталось %n раз: этот экземпляр помечается как копия.</numerusform>
            <numerusform>Заявление уже печаталось %n раза: этот экземпляр помечается как копия.</numerusform>
            <numerusform>Заявление уже печаталось %n раз: этот экземпляр помечается как копия.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application has not been printed yet: this print is the original for signature.</source>
        <translation>Заявление ещё не печаталось: это подлинник для подписи.</translation>
    </message>
    <message>
        <source>The application %1: %2</source>
        <translation>Заявление %1: %2</translation>
    </message>
    <message>
        <source>%1: receipt %2.</source>
        <translation>%1: расписка %2.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>agreed, in Russian, to %1</source>
        <translation>согласие дано, на русском, на номер %1</translation>
    </message>
    <message>
        <source>agreed, in Kazakh, to %1</source>
        <translation>согласие дано, на казахском, на номер %1</translation>
    </message>
    <message>
        <source>not agreed: nothing is sent</source>
        <translation>согласия нет: ничего не отправляется</translation>
    </message>
    <message>
        <source>SMS notices</source>
        <translation>SMS-уведомления</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
</context>
<context>
    <name>certdesk::CouchClient</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate: choose the CA certificate file the administrator gave you.</source>
        <translation>CA-файл %1 не читается или не содержит сертификата PEM: выберите файл сертификата CA, который дал администратор.</translation>
    </message>
</context>
<context>
    <name>certdesk::CounterTools</name>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Плановое резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>&amp;Sync settings…</source>
        <translation>&amp;Настройки синхронизации…</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Пароль синхронизации</translation>
    </message>
    <message>
        <source>%1
The password of the sync account %2:</source>
        <translation>%1
Пароль учётной записи синхронизации %2:</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Настройки синхронизации</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>Writing the scheduled backup…</source>
        <translation>Идёт плановое резервное копирование…</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <source>Server documents to re&amp;view…</source>
        <translation>Документы сервера на про&amp;верку…</translation>
    </message>
    <message>
        <source>Server documents</source>
        <translation>Документы сервера</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>П&amp;ринтеры…</translation>
    </message>
    <message>
        <source>SMS &amp;notices…</source>
        <translation>SMS-уве&amp;домления…</translation>
    </message>
    <message>
        <source>The SMS gateway did not take a notice; it is tried again later (see the board).</source>
        <translation>SMS-шлюз не принял уведомление; оно будет отправлено повторно позже (см. доску).</translation>
    </message>
    <message>
        <source>SMS notices</source>
        <translation>SMS-уведомления</translation>
    </message>
</context>
<context>
    <name>certdesk::DocumentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Предварительный просмотр: %1</translation>
    </message>
    <message>
        <source>Enter or Ctrl+P prints on the computer&apos;s default printer; Ctrl+S saves a PDF; Esc closes without printing.</source>
        <translation>Enter или Ctrl+P — печать на принтере компьютера по умолчанию; Ctrl+S — сохранить PDF; Esc — закрыть без печати.</translation>
    </message>
    <message>
        <source>Enter or Ctrl+P prints on %1; Ctrl+S saves a PDF; Esc closes without printing.</source>
        <translation>Enter или Ctrl+P — печать на принтере %1; Ctrl+S — сохранить PDF; Esc — закрыть без печати.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить как P&amp;DF…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>certdesk::FirstRunDialog</name>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Создать и войти</translation>
    </message>
    <message>
        <source>Repeat: the two passwords differ; type the same password twice.</source>
        <translation>Повтор: пароли различаются; наберите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>certdesk::FirstRunRestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>CertDesk databases (*.db);;All files (*)</source>
        <translation>Базы данных CertDesk (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This backup is intact: cases: %1, events: %2, accounts: %3; saved %4.</source>
        <translation>Эта резервная копия цела: дел — %1, событий — %2, учётных записей — %3; сохранена %4.</translation>
    </message>
</context>
<context>
    <name>certdesk::FoundPaperDialog</name>
    <message>
        <source>Found: %1, receipt %2 (missing at the count of %3). Recorded; it leaves the board&apos;s anomalies. Put it back in the safe.</source>
        <translation>Найдена: %1, расписка %2 (отсутствовала при пересчёте %3). Записано; снята с аномалий панели контроля. Верните её в сейф.</translation>
    </message>
    <message>
        <source>A missing paper found</source>
        <translation>Найдена недостающая справка</translation>
    </message>
    <message>
        <source>Scan the QR code of a paper certificate missing at a count of the safe, or type its receipt number and press Enter: it is recorded as found with your name. A paper that is not missing is refused and nothing is recorded.</source>
        <translation>Отсканируйте QR-код бумажной справки, отсутствовавшей при пересчёте сейфа, или введите номер её расписки и нажмите Enter: она будет записана как найденная с вашим именем. Справка, которая не числится отсутствующей, не принимается, и ничего не записывается.</translation>
    </message>
    <message>
        <source>&amp;QR code or receipt number:</source>
        <translation>&amp;QR-код или номер расписки:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>З&amp;акрыть</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeApplicantPage</name>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Who applies for the certificate.</source>
        <translation>Кто обращается за справкой.</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeIdentityPage</name>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>The identity document of %1, the person applying.</source>
        <translation>Документ, удостоверяющий личность заявителя %1.</translation>
    </message>
    <message>
        <source>The identity document of %1, who is at the counter.</source>
        <translation>Документ, удостоверяющий личность обратившегося лица: %1.</translation>
    </message>
    <message>
        <source>MIA RK</source>
        <comment>issuer: the Ministry of Internal Affairs, as abbreviated on the card</comment>
        <translation>МВД РК</translation>
    </message>
    <message>
        <source>MoJ RK</source>
        <comment>issuer: the Ministry of Justice, as abbreviated on the card</comment>
        <translation>МЮ РК</translation>
    </message>
    <message>
        <source>MFA RK</source>
        <comment>issuer: the Ministry of Foreign Affairs, as abbreviated on the card</comment>
        <translation>МИД РК</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakePage</name>
    <message>
        <source>Supervisor &amp;override… (Ctrl+O)</source>
        <translation>&amp;Разрешение супервайзера… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Correct the input first; the refused checks can then be passed only by a supervisor override (Ctrl+O).</source>
        <translation>Сначала исправьте введённое; непройденные проверки затем можно пропустить только с разрешения супервайзера (Ctrl+O).</translation>
    </message>
    <message>
        <source>Only a supervisor can let the application pass: Supervisor override (Ctrl+O). Otherwise correct the data or cancel (Esc).</source>
        <translation>Пропустить заявление может только супервайзер: Разрешение супервайзера (Ctrl+O). Иначе исправьте данные или отмените (Esc).</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakePresenterPage</name>
    <message>
        <source>Who is at the counter</source>
        <translation>Обратившееся лицо</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n year(s) old: a minor. Another person needs the child&apos;s birth certificate.</source>
        <translation>
            <numerusform>%1: возраст — %n год, несовершеннолетний(-яя). Представителю нужно свидетельство о рождении ребёнка.</numerusform>
            <numerusform>%1: возраст — %n года, несовершеннолетний(-яя). Представителю нужно свидетельство о рождении ребёнка.</numerusform>
            <numerusform>%1: возраст — %n лет, несовершеннолетний(-яя). Представителю нужно свидетельство о рождении ребёнка.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n year(s) old: an adult. Another person needs a notarized power of attorney from them.</source>
        <translation>
            <numerusform>%1: возраст — %n год, совершеннолетний(-яя). Представителю нужна нотариально удостоверенная доверенность от этого лица.</numerusform>
            <numerusform>%1: возраст — %n года, совершеннолетний(-яя). Представителю нужна нотариально удостоверенная доверенность от этого лица.</numerusform>
            <numerusform>%1: возраст — %n лет, совершеннолетний(-яя). Представителю нужна нотариально удостоверенная доверенность от этого лица.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::IntakePurposePage</name>
    <message>
        <source>Purpose and phone</source>
        <translation>Цель и телефон</translation>
    </message>
    <message>
        <source>Electronic result due by %1.</source>
        <translation>Электронный результат — до %1.</translation>
    </message>
    <message>
        <source>Paper certificate due by %1 (working days; the day of submission is not counted).</source>
        <translation>Бумажная справка — до %1 (рабочие дни; день подачи не считается).</translation>
    </message>
    <message>
        <source>Country of destination: &quot;%1&quot; is not in the list. Choose the country from the list (type part of its name).</source>
        <translation>Страна назначения: «%1» нет в списке. Выберите страну из списка (наберите часть названия).</translation>
    </message>
    <message>
        <source>%1. Tell the recipient before taking any fee.</source>
        <translation>%1. Сообщите получателю до взимания оплаты.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>На казахском</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>На русском</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, БИН %2</translation>
    </message>
    <message>
        <source>an individual</source>
        <translation>физическое лицо</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Previously</source>
        <translation>Ранее</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>%1 № %2 of %3</source>
        <translation>%1 № %2 от %3</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Обратившееся лицо</translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ИИН %2</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <source>notary %1, act № %2, issued %3, valid to %4; principal %5, agent %6</source>
        <translation>нотариус %1, действие № %2, выдана %3, действительна до %4; доверитель %5, поверенный %6</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Свидетельство о рождении</translation>
    </message>
    <message>
        <source>№ %1 of %2, child %3, parent %4</source>
        <translation>№ %1 от %2, ребёнок %3, родитель %4</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, код %2</translation>
    </message>
    <message>
        <source>%1 № %2, %3, issued %4, valid until %5</source>
        <translation>%1 № %2, %3, выдан %4, действителен до %5</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>State fee</source>
        <translation>Госпошлина</translation>
    </message>
    <message>
        <source>%1 ₸, payment %2</source>
        <translation>%1 ₸, платёж %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Телефон для уведомлений</translation>
    </message>
    <message>
        <source>passed by %1 (%2): %3</source>
        <translation>разрешил(а): %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Supervisor overrides</source>
        <translation>Разрешения супервайзера</translation>
    </message>
    <message>
        <source>Cleaned up on entry</source>
        <translation>Исправлено при вводе</translation>
    </message>
    <message>
        <source>SMS notices</source>
        <translation>SMS-уведомления</translation>
    </message>
    <message>
        <source>agreed, in Russian</source>
        <translation>согласие дано, на русском</translation>
    </message>
    <message>
        <source>agreed, in Kazakh</source>
        <translation>согласие дано, на казахском</translation>
    </message>
    <message>
        <source>not agreed: nothing will be sent</source>
        <translation>согласия нет: ничего не будет отправлено</translation>
    </message>
    <message>
        <source>Read it to the person. Enter saves and prints the receipt and the application for signature; %1 goes back to correct.</source>
        <translation>Зачитайте данные заявителю. Enter сохраняет и печатает расписку и заявление для подписи; %1 — назад, чтобы исправить.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeSubjectPage</name>
    <message>
        <source>The person the certificate is about</source>
        <translation>Лицо, в отношении которого запрашивается справка</translation>
    </message>
    <message>
        <source>As written in the identity document.</source>
        <translation>Как написано в документе, удостоверяющем личность.</translation>
    </message>
    <message>
        <source>marriage certificate</source>
        <translation>свидетельство о заключении брака</translation>
    </message>
    <message>
        <source>divorce certificate</source>
        <translation>свидетельство о расторжении брака</translation>
    </message>
    <message>
        <source>certificate of change of name</source>
        <translation>свидетельство о перемене имени</translation>
    </message>
    <message>
        <source>court decision</source>
        <translation>решение суда</translation>
    </message>
    <message>
        <source>This is a BIN of a legal entity, not an IIN.</source>
        <translation>Это БИН юридического лица, а не ИИН.</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>The IIN gives the birth date %1, which is after today: check the IIN against the document.</source>
        <translation>По ИИН дата рождения %1 — позже сегодняшнего дня: сверьте ИИН с документом.</translation>
    </message>
    <message numerus="yes">
        <source>Born %1, %2, %n year(s) old: a minor (from the IIN)</source>
        <translation>
            <numerusform>Дата рождения %1, %2, %n год: несовершеннолетний (по ИИН)</numerusform>
            <numerusform>Дата рождения %1, %2, %n года: несовершеннолетний (по ИИН)</numerusform>
            <numerusform>Дата рождения %1, %2, %n лет: несовершеннолетний (по ИИН)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Born %1, %2, %n year(s) old (from the IIN)</source>
        <translation>
            <numerusform>Дата рождения %1, %2, %n год (по ИИН)</numerusform>
            <numerusform>Дата рождения %1, %2, %n года (по ИИН)</numerusform>
            <numerusform>Дата рождения %1, %2, %n лет (по ИИН)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeWizard</name>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>Cancel the application</source>
        <translation>Прервать приём заявления</translation>
    </message>
    <message>
        <source>Throw away what was entered? Nothing has been saved yet.</source>
        <translation>Удалить введённые данные? Пока ничего не сохранено.</translation>
    </message>
    <message>
        <source>&amp;Save and print</source>
        <translation>&amp;Сохранить и распечатать</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
</context>
<context>
    <name>certdesk::IntegrityWatch</name>
    <message>
        <source>Checking the database file…</source>
        <translation>Проверка файла базы данных…</translation>
    </message>
    <message>
        <source>Database damaged: nothing is saved</source>
        <translation>База данных повреждена: ничего не сохраняется</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>%1

CertDesk saves nothing more to %2 from now on: what is done now is not kept. Close CertDesk and start it again: it checks the file first and offers to restore the latest backup. (Or: certdeskctl --db %2 restore BACKUP.)</source>
        <translation>%1

С этого момента CertDesk ничего не записывает в %2: то, что делается сейчас, не сохранится. Закройте CertDesk и запустите снова: он сначала проверит файл и предложит восстановить последнюю резервную копию. (Или: certdeskctl --db %2 restore РЕЗЕРВНАЯ_КОПИЯ.)</translation>
    </message>
</context>
<context>
    <name>certdesk::Language</name>
    <message>
        <source>Language: &quot;%1&quot; is not one of Kazakh (kk), Russian (ru) or English (en); choose one of them.</source>
        <translation>Язык: «%1» — не казахский (kk), не русский (ru) и не английский (en); выберите один из них.</translation>
    </message>
    <message>
        <source>Language: the %1 translation is missing from this build of CertDesk; reinstall CertDesk or choose another language.</source>
        <translation>Язык: перевода «%1» нет в этой сборке CertDesk; переустановите CertDesk или выберите другой язык.</translation>
    </message>
</context>
<context>
    <name>certdesk::LockScreen</name>
    <message>
        <source>This counter is locked. %1 (%2) was signed in.</source>
        <translation>Это окно заблокировано. Был выполнен вход: %1 (%2).</translation>
    </message>
    <message>
        <source>Continue as %1</source>
        <translation>Продолжить как %1</translation>
    </message>
    <message>
        <source>Login: enter the login of the person signing in.</source>
        <translation>Логин: введите логин входящего сотрудника.</translation>
    </message>
    <message>
        <source>Password: type your password to continue.</source>
        <translation>Пароль: введите свой пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Password: enter the password of the person signing in.</source>
        <translation>Пароль: введите пароль входящего сотрудника.</translation>
    </message>
</context>
<context>
    <name>certdesk::LockScreenGuard</name>
    <message>
        <source>&amp;Lock the counter</source>
        <translation>&amp;Заблокировать окно</translation>
    </message>
</context>
<context>
    <name>certdesk::MainWindow</name>
    <message>
        <source>CertDesk — counter</source>
        <translation>CertDesk — окно приёма</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Новое заявление…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Н&amp;айти</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>&amp;Список дел</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Клавиатура</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation>&amp;О программе CertDesk</translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation>О программе CertDesk</translation>
    </message>
    <message>
        <source>CertDesk %1: the counter for the certificate of no criminal record.</source>
        <translation>CertDesk %1: окно приёма заявлений на справку о наличии либо отсутствии судимости.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>за всё время</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>последние 7 дней</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>последние 30 дней</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>этот год</translation>
    </message>
    <message>
        <source>between…</source>
        <translation>в промежутке…</translation>
    </message>
    <message>
        <source>No case has receipt %1 in this database.</source>
        <translation>В этой базе данных нет дела с распиской %1.</translation>
    </message>
    <message>
        <source>No case about IIN %1.</source>
        <translation>Нет дел по ИИН %1.</translation>
    </message>
    <message>
        <source>No surname starts with &quot;%1&quot;.</source>
        <translation>Нет фамилий, начинающихся с «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found. Clear the search box to see the whole list.</source>
        <translation>
            <numerusform>Найдено %n дело. Очистите строку поиска, чтобы увидеть весь список.</numerusform>
            <numerusform>Найдено %n дела. Очистите строку поиска, чтобы увидеть весь список.</numerusform>
            <numerusform>Найдено %n дел. Очистите строку поиска, чтобы увидеть весь список.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: receipt %1.</source>
        <translation>Сохранено: расписка %1.</translation>
    </message>
    <message>
        <source>&amp;Workstation number…</source>
        <translation>Номер рабочего &amp;места…</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>%1 (%2) · branch %3 %4 · workstation %5</source>
        <translation>%1 (%2) · отделение %3 %4 · рабочее место %5</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Find: a receipt number, an IIN or a surname, then Enter (a scanner does it for you).</source>
        <translation>Поиск: номер расписки, ИИН или фамилия, затем Enter (сканер делает это сам).</translation>
    </message>
    <message>
        <source>In a print preview: Enter or Ctrl+P prints, Ctrl+S saves a PDF, Esc closes without printing.</source>
        <translation>В предварительном просмотре: Enter или Ctrl+P — печать, Ctrl+S — сохранить PDF, Esc — закрыть без печати.</translation>
    </message>
    <message>
        <source>On the supervisor board: Esc closes it.</source>
        <translation>На панели контроля: Esc закрывает её.</translation>
    </message>
    <message>
        <source>In the case view: the shortcut on each action button; Ctrl+P prints the receipt again, Ctrl+Shift+E the application (marked as a copy).</source>
        <translation>В карточке дела: сочетание клавиш на каждой кнопке действия; Ctrl+P повторно печатает расписку, Ctrl+Shift+E — заявление (с отметкой «копия»).</translation>
    </message>
    <message>
        <source>Saved: receipt %1. The receipt: %2 The application: %3</source>
        <translation>Сохранено: расписка %1. Расписка: %2 Заявление: %3</translation>
    </message>
    <message>
        <source>In the wizard: Enter next page, %1 back, Ctrl+O supervisor override, Esc cancel.</source>
        <translation>В мастере: Enter — следующая страница, %1 — назад, Ctrl+O — разрешение супервайзера, Esc — отмена.</translation>
    </message>
    <message numerus="yes">
        <source>%n or more cases found, listed by surname. Type more of the surname to narrow them, or clear the search box to see the whole list.</source>
        <translation>
            <numerusform>Найдено %n дело и более, они показаны по фамилии. Введите фамилию подробнее, чтобы сузить поиск, или очистите строку поиска, чтобы увидеть весь список.</numerusform>
            <numerusform>Найдено %n дела и более, они показаны по фамилии. Введите фамилию подробнее, чтобы сузить поиск, или очистите строку поиска, чтобы увидеть весь список.</numerusform>
            <numerusform>Найдено %n дел и более, они показаны по фамилии. Введите фамилию подробнее, чтобы сузить поиск, или очистите строку поиска, чтобы увидеть весь список.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeBoardPanel</name>
    <message>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>SMS &amp;notices</source>
        <translation>SMS-&amp;уведомления</translation>
    </message>
    <message>
        <source>SMS &amp;notices — waiting: %1; sent: %2</source>
        <translation>SMS-&amp;уведомления — ожидают: %1; отправлено: %2</translation>
    </message>
    <message>
        <source>This workstation (no. %1) sends the notices.</source>
        <translation>Уведомления отправляет это рабочее место (№ %1).</translation>
    </message>
    <message>
        <source>Workstation no. %1 sends the notices.</source>
        <translation>Уведомления отправляет рабочее место № %1.</translation>
    </message>
    <message>
        <source>Workstation no. %1 takes over at %2.</source>
        <translation>Рабочее место № %1 начнёт отправлять с %2.</translation>
    </message>
    <message>
        <source>No workstation is set to send the notices: a supervisor sets one in Tools → SMS notices, on that workstation.</source>
        <translation>Рабочее место для отправки уведомлений не назначено: супервайзер назначает его на нём в меню Инструменты → SMS-уведомления.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer: %1</source>
        <translation>Ответ шлюза: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeController</name>
    <message>
        <source>The settings are saved, but the secret could not be kept in the system&apos;s credential store (%1): this window sends with it until it is closed.</source>
        <translation>Настройки сохранены, но секрет не удалось сохранить в хранилище учётных данных системы (%1): это окно отправляет с ним, пока не будет закрыто.</translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeSender</name>
    <message>
        <source>No SMS gateway is set up on this workstation.</source>
        <translation>На этом рабочем месте не настроен SMS-шлюз.</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s secret is not known on this workstation: a supervisor enters it in Tools → SMS notices.</source>
        <translation>Секрет SMS-шлюза на этом рабочем месте неизвестен: его вводит супервайзер в меню Инструменты → SMS-уведомления.</translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeSettingsDialog</name>
    <message>
        <source>leave empty to keep the stored one</source>
        <translation>оставьте пустым, чтобы сохранить прежний</translation>
    </message>
</context>
<context>
    <name>certdesk::OverrideDialog</name>
    <message>
        <source>A supervisor is asked to let these refused checks pass:</source>
        <translation>Супервайзера просят пропустить эти непройденные проверки:</translation>
    </message>
    <message>
        <source>The override, the supervisor and the reason are recorded with the case.</source>
        <translation>Разрешение, супервайзер и причина записываются в дело.</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Разрешить</translation>
    </message>
</context>
<context>
    <name>certdesk::PrintProblemDialog</name>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>%1 was not printed.</source>
        <translation>Не напечатано: %1.</translation>
    </message>
    <message>
        <source>Enter tries again; or save it as a PDF, or choose another printer.</source>
        <translation>Enter — повторить попытку; либо сохраните как PDF, либо выберите другой принтер.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить как P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Choose a printer…</source>
        <translation>&amp;Выбрать принтер…</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t print</source>
        <translation>&amp;Не печатать</translation>
    </message>
</context>
<context>
    <name>certdesk::PrinterSettingsDialog</name>
    <message>
        <source>the computer&apos;s default printer (none is set)</source>
        <translation>принтер компьютера по умолчанию (не задан)</translation>
    </message>
    <message>
        <source>the computer&apos;s default printer (%1)</source>
        <translation>принтер компьютера по умолчанию (%1)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (не установлен)</translation>
    </message>
    <message>
        <source>This computer has no default printer: choose one.</source>
        <translation>На этом компьютере нет принтера по умолчанию: выберите принтер.</translation>
    </message>
</context>
<context>
    <name>certdesk::Pusher</name>
    <message>
        <source>the event is too large for the server</source>
        <translation>событие слишком велико для сервера</translation>
    </message>
</context>
<context>
    <name>certdesk::ReceiptStopBanner</name>
    <message>
        <source>Workstation &amp;number… (supervisor)</source>
        <translation>Номер рабочего &amp;места… (супервайзер)</translation>
    </message>
</context>
<context>
    <name>certdesk::Replicator</name>
    <message>
        <source>No sync server is set: enter the server address and the branch database in Settings → Sync.</source>
        <translation>Сервер синхронизации не задан: введите адрес сервера и базу данных отделения в «Настройки → Синхронизация».</translation>
    </message>
    <message>
        <source>The sync server address &quot;%1&quot; must start with https:// (or http:// on a test network).</source>
        <translation>Адрес сервера синхронизации «%1» должен начинаться с https:// (или http:// в тестовой сети).</translation>
    </message>
    <message>
        <source>This workstation&apos;s database cannot be written (%1).</source>
        <translation>Не удаётся записать в базу данных этого рабочего места (%1).</translation>
    </message>
    <message>
        <source>Close other CertDesk windows and check the disk, then press &quot;Sync now&quot;.</source>
        <translation>Закройте другие окна CertDesk и проверьте диск, затем нажмите «Синхронизировать сейчас».</translation>
    </message>
    <message>
        <source>The server refused event %1: %2</source>
        <translation>Сервер отклонил событие %1: %2</translation>
    </message>
    <message>
        <source>Received events cannot be saved on this workstation (%1).</source>
        <translation>Полученные события не удаётся сохранить на этом рабочем месте (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n event(s); they stay on this workstation.</source>
        <translation>
            <numerusform>Сервер отклонил %n событие; оно остаётся на этом рабочем месте.</numerusform>
            <numerusform>Сервер отклонил %n события; они остаются на этом рабочем месте.</numerusform>
            <numerusform>Сервер отклонил %n событий; они остаются на этом рабочем месте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything else was exchanged. Tell the branch administrator: the refused events are listed in the sync log.</source>
        <translation>Всё остальное передано. Сообщите администратору отделения: отклонённые события перечислены в журнале синхронизации.</translation>
    </message>
    <message>
        <source>Everything is sent and received.</source>
        <translation>Всё отправлено и получено.</translation>
    </message>
    <message>
        <source>The central server cannot be reached: %1.</source>
        <translation>Центральный сервер недоступен: %1.</translation>
    </message>
    <message>
        <source>Check the sync account and password in Settings → Sync, or ask the administrator to check the account on the server.</source>
        <translation>Проверьте учётную запись и пароль синхронизации в «Настройки → Синхронизация» или попросите администратора проверить учётную запись на сервере.</translation>
    </message>
    <message>
        <source>Ask the administrator to give this workstation&apos;s account access to the branch database.</source>
        <translation>Попросите администратора дать учётной записи этого рабочего места доступ к базе данных отделения.</translation>
    </message>
    <message>
        <source>Ask the administrator to run &quot;certdeskctl sync init&quot; for this branch.</source>
        <translation>Попросите администратора выполнить «certdeskctl sync init» для этого отделения.</translation>
    </message>
    <message>
        <source>Sync failed: %1.</source>
        <translation>Синхронизация не удалась: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Work goes on here; %n event(s) not yet sent are kept. Next try at %1.</source>
        <translation>
            <numerusform>Работа здесь продолжается; %n ещё не отправленное событие сохранено. Следующая попытка в %1.</numerusform>
            <numerusform>Работа здесь продолжается; %n ещё не отправленных события сохранены. Следующая попытка в %1.</numerusform>
            <numerusform>Работа здесь продолжается; %n ещё не отправленных событий сохранены. Следующая попытка в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Work goes on here; %n event(s) not yet sent are kept. Try again later.</source>
        <translation>
            <numerusform>Работа здесь продолжается; %n ещё не отправленное событие сохранено. Повторите позже.</numerusform>
            <numerusform>Работа здесь продолжается; %n ещё не отправленных события сохранены. Повторите позже.</numerusform>
            <numerusform>Работа здесь продолжается; %n ещё не отправленных событий сохранены. Повторите позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>the document is no longer on the server</source>
        <translation>документа больше нет на сервере</translation>
    </message>
    <message>
        <source>A document on the server is not a readable event and was set aside: %1</source>
        <translation>Документ на сервере не является читаемым событием и отложен: %1</translation>
    </message>
    <message>
        <source>The central rules could not be taken: %1</source>
        <translation>Центральные правила не удалось принять: %1</translation>
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
        <translation>администратор</translation>
    </message>
    <message>
        <source>take applications</source>
        <translation>принимать заявления</translation>
    </message>
    <message>
        <source>record results and arrivals</source>
        <translation>записывать результаты и поступление бумажных справок</translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation>выдавать справки</translation>
    </message>
    <message>
        <source>override a check</source>
        <translation>давать разрешение супервайзера на проверку</translation>
    </message>
    <message>
        <source>transfer documents to the provider</source>
        <translation>передавать документы услугодателю</translation>
    </message>
    <message>
        <source>record archiving</source>
        <translation>записывать сдачу в архив</translation>
    </message>
    <message>
        <source>edit the working-day calendar</source>
        <translation>изменять календарь рабочих дней</translation>
    </message>
    <message>
        <source>edit settings</source>
        <translation>изменять настройки</translation>
    </message>
    <message>
        <source>see the supervisor board</source>
        <translation>открывать панель контроля</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>открывать журнал аудита</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>управлять учётными записями</translation>
    </message>
    <message>
        <source>back up and restore</source>
        <translation>делать резервные копии и восстанавливать из них</translation>
    </message>
    <message>
        <source>accept appeals and complaints</source>
        <translation>принимать обращения и жалобы</translation>
    </message>
    <message>
        <source>record referrals, extensions and decisions on appeals</source>
        <translation>записывать направление, продление срока и решения по обращениям</translation>
    </message>
    <message>
        <source>count the paper certificates in the safe</source>
        <translation>пересчитывать бумажные справки в сейфе</translation>
    </message>
</context>
<context>
    <name>certdesk::RulesDialog</name>
    <message>
        <source>&amp;Rules: calendar, MCI, terms…</source>
        <translation>Пр&amp;авила: календарь, МРП, сроки…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Rules that change by decree</source>
        <translation>Правила, меняющиеся постановлениями</translation>
    </message>
    <message>
        <source>The rules in force at this branch. A value of this branch applies only where the central rules have none; every change is recorded with your name and reaches every workstation of the branch.</source>
        <translation>Правила, действующие в отделении. Значение отделения действует, только если в центральных правилах его нет; каждое изменение записывается с вашим именем и доходит до всех рабочих мест отделения.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Праздники</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>На казахском</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <source>English</source>
        <translation>На английском</translation>
    </message>
    <message>
        <source>Moves off a weekend</source>
        <translation>Переносится с выходного</translation>
    </message>
    <message>
        <source>Days swapped by Government decree</source>
        <translation>Дни, перенесённые постановлением Правительства</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <source>Monthly calculation index (MCI) of each year</source>
        <translation>Месячный расчётный показатель (МРП) по годам</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Tenge</source>
        <translation>Тенге</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Apostille state fee</source>
        <translation>Госпошлина за апостиль</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>MCI</source>
        <translation>МРП</translation>
    </message>
    <message>
        <source>MCI and fee</source>
        <translation>МРП и пошлина</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Working days (minutes: electronic)</source>
        <translation>Рабочих дней (для электронного — минут)</translation>
    </message>
    <message>
        <source>Service terms</source>
        <translation>Сроки услуги</translation>
    </message>
    <message>
        <source>Hague Apostille Convention: the parties and the day it is in force with each</source>
        <translation>Гаагская конвенция об апостиле: участники и дата вступления в силу для каждого</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Minsk/Chisinau conventions: no apostille needed</source>
        <translation>Минская и Кишинёвская конвенции: апостиль не нужен</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Конвенции</translation>
    </message>
    <message>
        <source>Apostille countries</source>
        <translation>Страны апостиля</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>&amp;Back to the central or built-in value</source>
        <translation>&amp;Вернуть центральное или встроенное значение</translation>
    </message>
    <message>
        <source>&amp;Save this tab</source>
        <translation>&amp;Сохранить вкладку</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <source>E&amp;xport file…</source>
        <translation>&amp;Экспорт файла…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>central rules (this branch&apos;s value does not apply)</source>
        <translation>центральные правила (значение отделения не действует)</translation>
    </message>
    <message>
        <source>central rules</source>
        <translation>центральные правила</translation>
    </message>
    <message>
        <source>this branch</source>
        <translation>это отделение</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>встроено в программу</translation>
    </message>
    <message>
        <source>No calendar data for %1: deadlines in it are counted with weekends alone. Enter every holiday of the year and save.</source>
        <translation>Нет календаря на %1 г.: сроки в этом году считаются только с учётом выходных. Внесите все праздники года и сохраните.</translation>
    </message>
    <message>
        <source>Comes from: %1.</source>
        <translation>Источник: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Ничего не изменено:</translation>
    </message>
    <message>
        <source>the chosen value is not this branch&apos;s own; choose a row that comes from this branch.</source>
        <translation>выбранное значение — не значение отделения; выберите строку с источником «это отделение».</translation>
    </message>
    <message>
        <source>Holidays, row %1: %2</source>
        <translation>Праздники, строка %1: %2</translation>
    </message>
    <message>
        <source>Decree days, row %1: %2</source>
        <translation>Дни по постановлению, строка %1: %2</translation>
    </message>
    <message>
        <source>the MCI must be a whole number of tenge, such as 4325</source>
        <translation>МРП — целое число тенге, например 4325</translation>
    </message>
    <message>
        <source>the fee must be a number of MCI, such as 0.5</source>
        <translation>пошлина — число МРП, например 0,5</translation>
    </message>
    <message>
        <source>the term must be a whole number</source>
        <translation>срок — целое число</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (ISO 3166-1, two letters)</source>
        <translation>«%1» — неизвестный код страны (ISO 3166-1, две буквы)</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>%1, row %2: %3 is given twice</source>
        <translation>%1, строка %2: %3 указано дважды</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Ничего не сохранено:</translation>
    </message>
    <message>
        <source>Nothing to save: the rules are as shown.</source>
        <translation>Сохранять нечего: правила такие, как показано.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n rule(s) changed.</source>
        <translation>
            <numerusform>Сохранено: изменено %n правило.</numerusform>
            <numerusform>Сохранено: изменено %n правила.</numerusform>
            <numerusform>Сохранено: изменено %n правил.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read:</source>
        <translation>Файл не читается:</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n rule(s) changed.</source>
        <translation>
            <numerusform>Импортировано: изменено %n правило.</numerusform>
            <numerusform>Импортировано: изменено %n правила.</numerusform>
            <numerusform>Импортировано: изменено %n правил.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a rules file</source>
        <translation>Импорт файла правил</translation>
    </message>
    <message>
        <source>Rules files (*.rules);;All files (*)</source>
        <translation>Файлы правил (*.rules);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the rules in force</source>
        <translation>Экспорт действующих правил</translation>
    </message>
    <message>
        <source>The file cannot be written:</source>
        <translation>Файл не записывается:</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>the year must be from 1900 to 2200, such as 2027</source>
        <translation>год — от 1900 до 2200, например 2027</translation>
    </message>
    <message>
        <source>the calendar of %1</source>
        <translation>календарь на %1 г.</translation>
    </message>
    <message>
        <source>Changes to %1 are not saved. Save them now?</source>
        <translation>«%1»: изменения не сохранены. Сохранить их сейчас?</translation>
    </message>
</context>
<context>
    <name>certdesk::SafeCountDialog</name>
    <message>
        <source>no case of the branch</source>
        <translation>такого дела в отделении нет</translation>
    </message>
    <message>
        <source>issued to the recipient</source>
        <translation>выдана получателю</translation>
    </message>
    <message>
        <source>handed over to the service provider</source>
        <translation>передана услугодателю</translation>
    </message>
    <message>
        <source>archived by the service provider</source>
        <translation>сдана услугодателем в архив</translation>
    </message>
    <message>
        <source>arrival at the branch not recorded</source>
        <translation>поступление в отделение не записано</translation>
    </message>
    <message>
        <source>not in the branch&apos;s custody</source>
        <translation>не на хранении в отделении</translation>
    </message>
    <message>
        <source>Scan the QR code of every paper certificate in the safe, or type its receipt number and press Enter. The number the records expect is not shown. When every paper was presented, press Finish the count: the missing and the unexpected papers are listed and the count is recorded. Esc drops the count without recording anything.</source>
        <translation>Отсканируйте QR-код каждой бумажной справки в сейфе или введите номер её расписки и нажмите Enter. Сколько справок должно быть по учёту, не показывается. Когда все справки предъявлены, нажмите «Завершить пересчёт»: будут перечислены недостающие и лишние справки, пересчёт будет записан. Esc прерывает пересчёт, ничего не записывая.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Расписка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>According to the records</source>
        <translation>По данным учёта</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>З&amp;акрыть</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Пересчитано: %1</translation>
    </message>
    <message>
        <source>Count the safe</source>
        <translation>Пересчёт сейфа</translation>
    </message>
    <message numerus="yes">
        <source>Finish the count with %n paper certificate(s) presented? Every paper in the branch&apos;s custody that was not presented is recorded as missing.</source>
        <translation>
            <numerusform>Завершить пересчёт: предъявлена %n бумажная справка? Каждая справка на хранении в отделении, которая не была предъявлена, записывается как отсутствующая.</numerusform>
            <numerusform>Завершить пересчёт: предъявлено %n бумажные справки? Каждая справка на хранении в отделении, которая не была предъявлена, записывается как отсутствующая.</numerusform>
            <numerusform>Завершить пересчёт: предъявлено %n бумажных справок? Каждая справка на хранении в отделении, которая не была предъявлена, записывается как отсутствующая.</numerusform>
        </translation>
    </message>
    <message>
        <source>The count is recorded (%1). In the branch&apos;s custody according to the records: %2; counted: %3; missing: %4; not expected in the safe: %5.</source>
        <translation>Пересчёт записан (%1). На хранении в отделении по учёту: %2; пересчитано: %3; отсутствуют: %4; не должны быть в сейфе: %5.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствуют</translation>
    </message>
    <message>
        <source>in the safe</source>
        <translation>в сейфе</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Лишняя</translation>
    </message>
    <message>
        <source>The report of the count of the safe</source>
        <translation>Отчёт о пересчёте сейфа</translation>
    </message>
    <message>
        <source>The count is recorded whatever the printer does.</source>
        <translation>Пересчёт записан независимо от принтера.</translation>
    </message>
    <message>
        <source>The report: %1</source>
        <translation>Отчёт: %1</translation>
    </message>
    <message numerus="yes">
        <source>Drop this count? The %n paper certificate(s) counted so far are not recorded; a new count starts from nothing.</source>
        <translation>
            <numerusform>Прервать этот пересчёт? Уже пересчитанная %n бумажная справка не будет записана; новый пересчёт начнётся с нуля.</numerusform>
            <numerusform>Прервать этот пересчёт? Уже пересчитанные %n бумажные справки не будут записаны; новый пересчёт начнётся с нуля.</numerusform>
            <numerusform>Прервать этот пересчёт? Уже пересчитанные %n бумажных справок не будут записаны; новый пересчёт начнётся с нуля.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ServerDocumentsDialog</name>
    <message>
        <source>First seen</source>
        <translation>Впервые замечено</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Case or stream</source>
        <translation>Дело или поток</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>What the server did</source>
        <translation>Что сделал сервер</translation>
    </message>
    <message>
        <source>deleted it</source>
        <translation>удалил</translation>
    </message>
    <message>
        <source>changed it (%1)</source>
        <translation>изменил (%1)</translation>
    </message>
    <message>
        <source>Nothing here was applied: this workstation keeps its own events as they are. Documents set aside are read again after CertDesk is upgraded; tell the branch administrator about changes made on the server.</source>
        <translation>Здесь ничего не применено: это рабочее место хранит свои события как есть. Отложенные документы будут прочитаны снова после обновления CertDesk; об изменениях на сервере сообщите администратору отделения.</translation>
    </message>
</context>
<context>
    <name>certdesk::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Branch %1, workstation %2</source>
        <translation>Отделение %1, рабочее место %2</translation>
    </message>
    <message>
        <source>Login: enter your login.</source>
        <translation>Логин: введите свой логин.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Пароль: введите свой пароль.</translation>
    </message>
</context>
<context>
    <name>certdesk::SingleInstance</name>
    <message>
        <source>CertDesk is already open on %1: its window was brought forward. Work there; a second window on the same database is not opened.</source>
        <translation>CertDesk уже открыт с базой данных %1: его окно выведено на передний план. Работайте в нём; второе окно с той же базой данных не открывается.</translation>
    </message>
    <message>
        <source>CertDesk is already open on %1 (in another window or by another person signed in to this computer). Use that window, or close it and start CertDesk again.</source>
        <translation>CertDesk уже открыт с базой данных %1 (в другом окне или у другого пользователя этого компьютера). Работайте в том окне или закройте его и запустите CertDesk снова.</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncController</name>
    <message>
        <source>Open Settings → Sync and correct it.</source>
        <translation>Откройте «Настройки → Синхронизация» и исправьте.</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncRunner</name>
    <message>
        <source>Sync cannot open the branch database (%1).</source>
        <translation>Синхронизация не может открыть базу данных отделения (%1).</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncSettingsPage</name>
    <message>
        <source>The password is kept only in this computer&apos;s credential store, never in CertDesk&apos;s files. Without it, CertDesk asks for the password after sign-in.</source>
        <translation>Пароль хранится только в хранилище учётных данных этого компьютера и никогда — в файлах CertDesk. Без него CertDesk спрашивает пароль после входа.</translation>
    </message>
    <message>
        <source>This CertDesk cannot use a credential store, so the password is never saved: it is asked for after each sign-in.</source>
        <translation>Этот CertDesk не может пользоваться хранилищем учётных данных, поэтому пароль не сохраняется никогда: он запрашивается после каждого входа.</translation>
    </message>
    <message>
        <source>CA certificate of the central server</source>
        <translation>Сертификат CA центрального сервера</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Send and receive events now instead of waiting</source>
        <translation>Отправить и получить события сейчас, не дожидаясь</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Server, branch database and account of sync</source>
        <translation>Сервер, база данных отделения и учётная запись синхронизации</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>ни разу не синхронизировано</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>последняя синхронизация %1</translation>
    </message>
    <message>
        <source>last sync yesterday %1</source>
        <translation>последняя синхронизация вчера %1</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>всё отправлено</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not yet sent</source>
        <translation>
            <numerusform>%n событие ещё не отправлено</numerusform>
            <numerusform>%n события ещё не отправлены</numerusform>
            <numerusform>%n событий ещё не отправлено</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation works on its own. To sync with the branch&apos;s other workstations, enter the server in Settings.</source>
        <translation>Это рабочее место работает самостоятельно. Чтобы синхронизироваться с другими рабочими местами отделения, укажите сервер в настройках.</translation>
    </message>
    <message>
        <source>work goes on; next try at %1</source>
        <translation>работа продолжается; следующая попытка в %1</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <source>The server&apos;s documents this workstation set aside or found changed</source>
        <translation>Документы сервера, которые это рабочее место отложило или нашло изменёнными</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received</source>
        <translation>
            <numerusform>получено %n событие</numerusform>
            <numerusform>получено %n события</numerusform>
            <numerusform>получено %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received (%1 %)</source>
        <translation>
            <numerusform>получено %n событие (%1 %)</numerusform>
            <numerusform>получено %n события (%1 %)</numerusform>
            <numerusform>получено %n событий (%1 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) set aside</source>
        <translation>
            <numerusform>%n документ отложен</numerusform>
            <numerusform>%n документа отложено</numerusform>
            <numerusform>%n документов отложено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed on the server</source>
        <translation>
            <numerusform>%n событие изменено на сервере</numerusform>
            <numerusform>%n события изменено на сервере</numerusform>
            <numerusform>%n событий изменено на сервере</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::UpgradeWindow</name>
    <message>
        <source>CertDesk: bringing the database up to date</source>
        <translation>CertDesk: обновление базы данных</translation>
    </message>
    <message>
        <source>The database %1 was written by an older version of CertDesk. It is being checked and brought up to date for this version.

This is done once. On a large branch it takes a few minutes; the counter opens by itself when it is over. Do not switch the computer off meanwhile.</source>
        <translation>База данных %1 записана более старой версией CertDesk. Сейчас она проверяется и обновляется для этой версии.

Это делается один раз. В крупном отделении это занимает несколько минут; по окончании программа откроется сама. Не выключайте компьютер до окончания.</translation>
    </message>
    <message>
        <source>Bringing the database up to date</source>
        <translation>Обновление базы данных</translation>
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
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>включена</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>заблокирована до %1</translation>
    </message>
    <message>
        <source>Selected account: %1</source>
        <translation>Выбранная учётная запись: %1</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Repeat: the two passwords differ; type the same password twice.</source>
        <translation>Повтор: пароли различаются; наберите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>The account %1 was added.</source>
        <translation>Учётная запись %1 добавлена.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; give it to them in person.</source>
        <translation>Пароль %1 сброшен; передайте его владельцу лично.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 теперь — %2.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>Учётная запись %1 включена.</translation>
    </message>
</context>
<context>
    <name>certdesk::WorkstationAlertPanel</name>
    <message numerus="yes">
        <source>This workstation and the other computers (%n alert(s)): receipt numbers wait for a supervisor</source>
        <translation>
            <numerusform>Это рабочее место и другие компьютеры (%n предупреждение): номера расписок ждут супервайзера</numerusform>
            <numerusform>Это рабочее место и другие компьютеры (%n предупреждения): номера расписок ждут супервайзера</numerusform>
            <numerusform>Это рабочее место и другие компьютеры (%n предупреждений): номера расписок ждут супервайзера</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::WorkstationNumberDialog</name>
    <message>
        <source>Workstation %1 of branch %2. Receipt numbers are made of this number: no other workstation of the branch may use it.</source>
        <translation>Рабочее место %1 отделения %2. Из этого номера складываются номера расписок: другое рабочее место отделения не может его использовать.</translation>
    </message>
    <message>
        <source>&amp;Set the number</source>
        <translation>Н&amp;азначить номер</translation>
    </message>
</context>
<context>
    <name>certdesk::WriteOffDialog</name>
    <message>
        <source>Write off a missing paper certificate</source>
        <translation>Списание недостающей бумажной справки</translation>
    </message>
    <message>
        <source>%1, receipt %2: missing at the count of the safe on %3 (counted by %4). A write-off ends the search for it on the board; it stays in the log with your name and the reason.</source>
        <translation>%1, расписка %2: отсутствовала при пересчёте сейфа %3 (пересчитал(а): %4). Списание снимает её с панели контроля; в журнале остаются ваше имя и причина.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>for example, the act of loss No. and date</source>
        <translation>например, номер и дата акта об утрате</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>&amp;Списать</translation>
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
        <translation>Окно приёма заявлений на справку о наличии либо отсутствии судимости.</translation>
    </message>
    <message>
        <source>The branch database (default: %1).</source>
        <translation>База данных отделения (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Не удаётся открыть базу данных %1: %2</translation>
    </message>
</context>
</TS>
