<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ApostilleCountries</name>
    <message>
        <source>an apostille certifies a document for use abroad, not in Kazakhstan</source>
        <translation>an apostille certifies a document for use abroad, not in Kazakhstan</translation>
    </message>
    <message>
        <source>%1 is not a party to the Hague Apostille Convention: a document for it needs consular legalization, which is not this service</source>
        <translation>%1 is not a party to the Hague Apostille Convention: a document for it needs consular legalization, which is not this service</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code</source>
        <translation>&quot;%1&quot; is not a known country code</translation>
    </message>
    <message>
        <source>the Hague Apostille Convention enters into force between Kazakhstan and %1 on %2; on %3 an apostille would not be recognised there</source>
        <translation>the Hague Apostille Convention enters into force between Kazakhstan and %1 on %2; on %3 an apostille would not be recognised there</translation>
    </message>
    <message>
        <source>the Minsk Convention of 1993</source>
        <translation>the Minsk Convention of 1993</translation>
    </message>
    <message>
        <source>the Chisinau Convention of 2002</source>
        <translation>the Chisinau Convention of 2002</translation>
    </message>
    <message>
        <source>%1 is a party to the legal-assistance conventions (%2): a certificate for it needs no apostille at all</source>
        <translation>%1 is a party to the legal-assistance conventions (%2): a certificate for it needs no apostille at all</translation>
    </message>
    <message>
        <source>Kazakhstan (KZ) is not among the Hague parties, so no apostille could be in force with any country</source>
        <translation>Kazakhstan (KZ) is not among the Hague parties, so no apostille could be in force with any country</translation>
    </message>
</context>
<context>
    <name>Appeal</name>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>Appeal about the service (statement, request, proposal)</source>
        <translation>Appeal about the service (statement, request, proposal)</translation>
    </message>
    <message>
        <source>Complaint about a decision</source>
        <translation>Complaint about a decision</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s action</source>
        <translation>Complaint about an employee&apos;s action</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s inaction</source>
        <translation>Complaint about an employee&apos;s inaction</translation>
    </message>
</context>
<context>
    <name>AppealActionDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Competent body</source>
        <translation>&amp;Competent body</translation>
    </message>
    <message>
        <source>Outgoing N&amp;o.</source>
        <translation>Outgoing N&amp;o.</translation>
    </message>
    <message>
        <source>The applicant was &amp;notified the same day</source>
        <translation>The applicant was &amp;notified the same day</translation>
    </message>
    <message>
        <source>Notice &amp;about</source>
        <translation>Notice &amp;about</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>letter, e-mail, SMS, in person</source>
        <translation>letter, e-mail, SMS, in person</translation>
    </message>
    <message>
        <source>New dead&amp;line</source>
        <translation>New dead&amp;line</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>O&amp;utcome</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>Rea&amp;son</translation>
    </message>
</context>
<context>
    <name>AppealChecks</name>
    <message>
        <source>Applicant&apos;s full name: missing. State the surname, name and patronymic (if any).</source>
        <translation>Applicant&apos;s full name: missing. State the surname, name and patronymic (if any).</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN: missing. State the 12-digit IIN.</source>
        <translation>Applicant&apos;s IIN: missing. State the 12-digit IIN.</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN: the number given is not a valid IIN. State the correct IIN.</source>
        <translation>Applicant&apos;s IIN: the number given is not a valid IIN. State the correct IIN.</translation>
    </message>
    <message>
        <source>Name of the legal entity: missing. State its full name.</source>
        <translation>Name of the legal entity: missing. State its full name.</translation>
    </message>
    <message>
        <source>BIN of the legal entity: missing. State the 12-digit BIN.</source>
        <translation>BIN of the legal entity: missing. State the 12-digit BIN.</translation>
    </message>
    <message>
        <source>BIN of the legal entity: the number given is not a valid BIN. State the correct BIN.</source>
        <translation>BIN of the legal entity: the number given is not a valid BIN. State the correct BIN.</translation>
    </message>
    <message>
        <source>Postal address: missing. State the address the reply is to be sent to.</source>
        <translation>Postal address: missing. State the address the reply is to be sent to.</translation>
    </message>
    <message>
        <source>Representative of the legal entity: missing. State who acts for it: its head, or a representative with a power of attorney.</source>
        <translation>Representative of the legal entity: missing. State who acts for it: its head, or a representative with a power of attorney.</translation>
    </message>
    <message>
        <source>Representative&apos;s full name: missing. State the surname, name and patronymic (if any).</source>
        <translation>Representative&apos;s full name: missing. State the surname, name and patronymic (if any).</translation>
    </message>
    <message>
        <source>Power of attorney: its number or date is missing. Present the power of attorney of the representative.</source>
        <translation>Power of attorney: its number or date is missing. Present the power of attorney of the representative.</translation>
    </message>
    <message>
        <source>Power of attorney: dated after the day the appeal was received. Present a valid power of attorney.</source>
        <translation>Power of attorney: dated after the day the appeal was received. Present a valid power of attorney.</translation>
    </message>
    <message>
        <source>Body or official addressed: missing. State to whom the appeal is addressed.</source>
        <translation>Body or official addressed: missing. State to whom the appeal is addressed.</translation>
    </message>
    <message>
        <source>Essence of the appeal: missing. State what the appeal is about.</source>
        <translation>Essence of the appeal: missing. State what the appeal is about.</translation>
    </message>
    <message>
        <source>Date of the appeal: missing. Date the appeal.</source>
        <translation>Date of the appeal: missing. Date the appeal.</translation>
    </message>
    <message>
        <source>Date of the appeal: later than the day it was received. Correct the date.</source>
        <translation>Date of the appeal: later than the day it was received. Correct the date.</translation>
    </message>
    <message>
        <source>Signature: the appeal is not signed. The applicant or the representative signs it.</source>
        <translation>Signature: the appeal is not signed. The applicant or the representative signs it.</translation>
    </message>
    <message>
        <source>Day you learned of the act: missing. State when you learned of the decision, action or inaction complained of.</source>
        <translation>Day you learned of the act: missing. State when you learned of the decision, action or inaction complained of.</translation>
    </message>
    <message>
        <source>Day you learned of the act: later than the day the complaint was received. Correct the date.</source>
        <translation>Day you learned of the act: later than the day the complaint was received. Correct the date.</translation>
    </message>
    <message>
        <source>%1: %2. Bring it into compliance.</source>
        <translation>%1: %2. Bring it into compliance.</translation>
    </message>
</context>
<context>
    <name>AppealDetailText</name>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, BIN %2</translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, IIN %2</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>%1, head of the legal entity</source>
        <translation>%1, head of the legal entity</translation>
    </message>
    <message>
        <source>%1, power of attorney No. %2 of %3</source>
        <translation>%1, power of attorney No. %2 of %3</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source> (another body: to be referred)</source>
        <translation> (another body: to be referred)</translation>
    </message>
    <message>
        <source>Appeal dated</source>
        <translation>Appeal dated</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Act complained of</source>
        <translation>Act complained of</translation>
    </message>
    <message>
        <source>Learned of it on</source>
        <translation>Learned of it on</translation>
    </message>
    <message>
        <source>Filing term</source>
        <translation>Filing term</translation>
    </message>
    <message>
        <source>until %1%2</source>
        <translation>until %1%2</translation>
    </message>
    <message>
        <source> — filed late</source>
        <translation> — filed late</translation>
    </message>
    <message>
        <source>Term restored</source>
        <translation>Term restored</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Decision due</translation>
    </message>
    <message>
        <source> (originally %1)</source>
        <translation> (originally %1)</translation>
    </message>
    <message>
        <source>Essence</source>
        <translation>Essence</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source> — missed</source>
        <translation> — missed</translation>
    </message>
    <message>
        <source>To bring into compliance by %1</source>
        <translation>To bring into compliance by %1</translation>
    </message>
    <message>
        <source>Brought into compliance on %1.</source>
        <translation>Brought into compliance on %1.</translation>
    </message>
    <message>
        <source>Referred on %1 to %2 (No. %3); applicant notified: %4.</source>
        <translation>Referred on %1 to %2 (No. %3); applicant notified: %4.</translation>
    </message>
    <message>
        <source>Extended on %1 until %2: %3. Applicant notified: %4 (due %5).</source>
        <translation>Extended on %1 until %2: %3. Applicant notified: %4 (due %5).</translation>
    </message>
    <message>
        <source>Decided on %1: %2. %3</source>
        <translation>Decided on %1: %2. %3</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant on %1. %2</source>
        <translation>Withdrawn by the applicant on %1. %2</translation>
    </message>
</context>
<context>
    <name>AppealFilingDialog</name>
    <message>
        <source>New appeal or complaint</source>
        <translation>New appeal or complaint</translation>
    </message>
    <message>
        <source>An appeal is never refused. Enter what the applicant gives; whatever is missing becomes a point to bring into compliance, printed on the receipt with its term.</source>
        <translation>An appeal is never refused. Enter what the applicant gives; whatever is missing becomes a point to bring into compliance, printed on the receipt with its term.</translation>
    </message>
    <message>
        <source>&amp;What it is</source>
        <translation>&amp;What it is</translation>
    </message>
    <message>
        <source>Applicant &amp;kind</source>
        <translation>Applicant &amp;kind</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>Given &amp;name</source>
        <translation>Given &amp;name</translation>
    </message>
    <message>
        <source>Patr&amp;onymic</source>
        <translation>Patr&amp;onymic</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;IIN</translation>
    </message>
    <message>
        <source>&amp;Legal entity</source>
        <translation>&amp;Legal entity</translation>
    </message>
    <message>
        <source>&amp;BIN</source>
        <translation>&amp;BIN</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>Filed by a re&amp;presentative</source>
        <translation>Filed by a re&amp;presentative</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Acts</translation>
    </message>
    <message>
        <source>Power of attorney No.</source>
        <translation>Power of attorney No.</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>issued on</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>issued by (notary)</source>
        <translation>issued by (notary)</translation>
    </message>
    <message>
        <source>Addressed &amp;to</source>
        <translation>Addressed &amp;to</translation>
    </message>
    <message>
        <source>body or official</source>
        <translation>body or official</translation>
    </message>
    <message>
        <source>Addressed to another bod&amp;y: to be referred to the competent body</source>
        <translation>Addressed to another bod&amp;y: to be referred to the competent body</translation>
    </message>
    <message>
        <source>&amp;Essence</source>
        <translation>&amp;Essence</translation>
    </message>
    <message>
        <source>Si&amp;gned by the applicant or the representative</source>
        <translation>Si&amp;gned by the applicant or the representative</translation>
    </message>
    <message>
        <source>&amp;Case receipt No.</source>
        <translation>&amp;Case receipt No.</translation>
    </message>
    <message>
        <source>when it concerns a case</source>
        <translation>when it concerns a case</translation>
    </message>
    <message>
        <source>Act complained of (n&amp;umber, date)</source>
        <translation>Act complained of (n&amp;umber, date)</translation>
    </message>
    <message>
        <source>Learned o&amp;f it on</source>
        <translation>Learned o&amp;f it on</translation>
    </message>
    <message>
        <source>To bring into compliance (printed on the receipt)</source>
        <translation>To bring into compliance (printed on the receipt)</translation>
    </message>
    <message>
        <source>Ter&amp;m for the points</source>
        <translation>Ter&amp;m for the points</translation>
    </message>
    <message>
        <source>Postal add&amp;ress</source>
        <translation>Postal add&amp;ress</translation>
    </message>
    <message>
        <source>Appeal &amp;dated</source>
        <translation>Appeal &amp;dated</translation>
    </message>
</context>
<context>
    <name>AppealFold</name>
    <message>
        <source>A second record of the same appeal&apos;s receipt by %1 on %2.</source>
        <translation>A second record of the same appeal&apos;s receipt by %1 on %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3, but the appeal itself is missing here.</source>
        <translation>&quot;%1&quot; recorded by %2 on %3, but the appeal itself is missing here.</translation>
    </message>
    <message>
        <source>A second decision recorded by %1 on %2: find out which one was given.</source>
        <translation>A second decision recorded by %1 on %2: find out which one was given.</translation>
    </message>
    <message>
        <source>An extension recorded by %1 on %2 after the decision deadline had passed: the appeal was already deemed refused.</source>
        <translation>An extension recorded by %1 on %2 after the decision deadline had passed: the appeal was already deemed refused.</translation>
    </message>
    <message>
        <source>An extension recorded by %1 on %2 that does not move the deadline.</source>
        <translation>An extension recorded by %1 on %2 that does not move the deadline.</translation>
    </message>
    <message>
        <source>An extension recorded by %1 on %2 beyond the two-month limit.</source>
        <translation>An extension recorded by %1 on %2 beyond the two-month limit.</translation>
    </message>
    <message>
        <source>A case&apos;s event &quot;%1&quot; (written by %2 on %3) was recorded in this appeal: tell the technician.</source>
        <translation>A case&apos;s event &quot;%1&quot; (written by %2 on %3) was recorded in this appeal: tell the technician.</translation>
    </message>
    <message>
        <source>An event of type &quot;%1&quot; that this version does not know (written by %2 on %3). Update CertDesk.</source>
        <translation>An event of type &quot;%1&quot; that this version does not know (written by %2 on %3). Update CertDesk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3 cannot happen at this step of the appeal.</source>
        <translation>&quot;%1&quot; recorded by %2 on %3 cannot happen at this step of the appeal.</translation>
    </message>
</context>
<context>
    <name>AppealNumber</name>
    <message>
        <source>The branch code &quot;%1&quot; is not 4 digits: a technician must set branch.code before appeals can be numbered</source>
        <translation>The branch code &quot;%1&quot; is not 4 digits: a technician must set branch.code before appeals can be numbered</translation>
    </message>
    <message>
        <source>The workstation number %1 is not between 1 and 99: a technician must set branch.workstation, unique within the branch</source>
        <translation>The workstation number %1 is not between 1 and 99: a technician must set branch.workstation, unique within the branch</translation>
    </message>
    <message>
        <source>The date %1 cannot be written in an appeal number</source>
        <translation>The date %1 cannot be written in an appeal number</translation>
    </message>
    <message>
        <source>The appeal number is empty: type it as printed, A and 16 digits</source>
        <translation>The appeal number is empty: type it as printed, A and 16 digits</translation>
    </message>
    <message>
        <source>%1 is a case receipt number, not an appeal number: an appeal number starts with A and has 16 digits</source>
        <translation>%1 is a case receipt number, not an appeal number: an appeal number starts with A and has 16 digits</translation>
    </message>
    <message>
        <source>The appeal number must start with the letter A, then 16 digits</source>
        <translation>The appeal number must start with the letter A, then 16 digits</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the appeal number is not a digit: after the A come 16 digits</source>
        <translation>Character %1 (&quot;%2&quot;) of the appeal number is not a digit: after the A come 16 digits</translation>
    </message>
    <message>
        <source>The appeal number %1 fails its check digit: a digit was mistyped or two were swapped; check it against the receipt</source>
        <translation>The appeal number %1 fails its check digit: a digit was mistyped or two were swapped; check it against the receipt</translation>
    </message>
    <message>
        <source>Digits 7-12 of the appeal number %1 are not a date (YYMMDD)</source>
        <translation>Digits 7-12 of the appeal number %1 are not a date (YYMMDD)</translation>
    </message>
    <message>
        <source>The appeal number %1 has a zero workstation or sequence: no workstation issues such a number</source>
        <translation>The appeal number %1 has a zero workstation or sequence: no workstation issues such a number</translation>
    </message>
    <message numerus="yes">
        <source>The appeal number has %n digit(s) after the A; it must have 16</source>
        <translation>
            <numerusform>The appeal number has %n digit after the A; it must have 16</numerusform>
            <numerusform>The appeal number has %n digits after the A; it must have 16</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appeal %1 of the day is out of range: a workstation numbers at most %n appeal(s) a day</source>
        <translation>
            <numerusform>Appeal %1 of the day is out of range: a workstation numbers at most %n appeal a day</numerusform>
            <numerusform>Appeal %1 of the day is out of range: a workstation numbers at most %n appeals a day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppealReceiptDocument</name>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>%1, head</source>
        <translation>%1, head</translation>
    </message>
    <message>
        <source>%1, by power of attorney</source>
        <translation>%1, by power of attorney</translation>
    </message>
    <message>
        <source>%1, power of attorney No. %2 of %3</source>
        <translation>%1, power of attorney No. %2 of %3</translation>
    </message>
    <message>
        <source>Receipt for an accepted complaint</source>
        <translation>Receipt for an accepted complaint</translation>
    </message>
    <message>
        <source>Receipt for an accepted appeal</source>
        <translation>Receipt for an accepted appeal</translation>
    </message>
    <message>
        <source>Appeal on the delivery of a public service</source>
        <translation>Appeal on the delivery of a public service</translation>
    </message>
    <message>
        <source>Complaint about a decision</source>
        <translation>Complaint about a decision</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s action</source>
        <translation>Complaint about an employee&apos;s action</translation>
    </message>
    <message>
        <source>Complaint about an employee&apos;s inaction</source>
        <translation>Complaint about an employee&apos;s inaction</translation>
    </message>
    <message>
        <source>Keep this receipt: the progress of the appeal can be checked by its number</source>
        <translation>Keep this receipt: the progress of the appeal can be checked by its number</translation>
    </message>
    <message>
        <source>State Corporation &quot;Government for Citizens&quot;</source>
        <translation>State Corporation &quot;Government for Citizens&quot;</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Date and time of acceptance</source>
        <translation>Date and time of acceptance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Concerns the application (receipt number)</source>
        <translation>Concerns the application (receipt number)</translation>
    </message>
    <message>
        <source>Date of the appeal</source>
        <translation>Date of the appeal</translation>
    </message>
    <message>
        <source>Time for consideration</source>
        <translation>Time for consideration</translation>
    </message>
    <message>
        <source>Referral to the competent body</source>
        <translation>Referral to the competent body</translation>
    </message>
    <message>
        <source>until %1, notifying the applicant</source>
        <translation>until %1, notifying the applicant</translation>
    </message>
    <message>
        <source>The three-month term for filing a complaint ended on %1: for a good reason the term may be restored. This is no ground to refuse accepting the complaint.</source>
        <translation>The three-month term for filing a complaint ended on %1: for a good reason the term may be restored. This is no ground to refuse accepting the complaint.</translation>
    </message>
    <message>
        <source>To be corrected by %1:</source>
        <translation>To be corrected by %1:</translation>
    </message>
    <message>
        <source>The appeal may be withdrawn by a written application before the decision is taken.</source>
        <translation>The appeal may be withdrawn by a written application before the decision is taken.</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
    <message numerus="yes">
        <source>until %1 (%n working day(s))</source>
        <translation>
            <numerusform>until %1 (%n working day)</numerusform>
            <numerusform>until %1 (%n working days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppealReceiptPrinter</name>
    <message>
        <source>The receipt of appeal %1</source>
        <translation>The receipt of appeal %1</translation>
    </message>
    <message>
        <source>The appeal is registered: Ctrl+P in the register prints its receipt again.</source>
        <translation>The appeal is registered: Ctrl+P in the register prints its receipt again.</translation>
    </message>
</context>
<context>
    <name>AppealRegisterWindow</name>
    <message>
        <source>Appeals and complaints</source>
        <translation>Appeals and complaints</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>appeal number, IIN or BIN, case receipt, applicant&apos;s name</source>
        <translation>appeal number, IIN or BIN, case receipt, applicant&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;New appeal…</source>
        <translation>&amp;New appeal…</translation>
    </message>
    <message>
        <source>Details &amp;brought…</source>
        <translation>Details &amp;brought…</translation>
    </message>
    <message>
        <source>&amp;Refer…</source>
        <translation>&amp;Refer…</translation>
    </message>
    <message>
        <source>No&amp;tified…</source>
        <translation>No&amp;tified…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <source>Restore ter&amp;m…</source>
        <translation>Restore ter&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>&amp;Withdrawn…</translation>
    </message>
    <message>
        <source>Not&amp;e…</source>
        <translation>Not&amp;e…</translation>
    </message>
    <message>
        <source>Re&amp;print receipt</source>
        <translation>Re&amp;print receipt</translation>
    </message>
</context>
<context>
    <name>AppealService</name>
    <message>
        <source>Term for the missing points: %1 is not between tomorrow and the decision deadline %2; pick a day in between (nothing was saved).</source>
        <translation>Term for the missing points: %1 is not between tomorrow and the decision deadline %2; pick a day in between (nothing was saved).</translation>
    </message>
    <message>
        <source>The database is busy or read-only; the appeal was not registered. Try again in a moment: its acceptance may not be refused.</source>
        <translation>The database is busy or read-only; the appeal was not registered. Try again in a moment: its acceptance may not be refused.</translation>
    </message>
    <message>
        <source>Appeal %1: nobody is owed a notice now (no referral or extension waits for one).</source>
        <translation>Appeal %1: nobody is owed a notice now (no referral or extension waits for one).</translation>
    </message>
    <message>
        <source>Appeal %1 was filed in time (or its term was already restored): there is no term to restore.</source>
        <translation>Appeal %1 was filed in time (or its term was already restored): there is no term to restore.</translation>
    </message>
    <message>
        <source>Appeal %1 is %2: this cannot be recorded now.</source>
        <translation>Appeal %1 is %2: this cannot be recorded now.</translation>
    </message>
    <message>
        <source>%1: the date is missing; enter the day it happened.</source>
        <translation>%1: the date is missing; enter the day it happened.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future; enter the day it happened.</source>
        <translation>%1: %2 is in the future; enter the day it happened.</translation>
    </message>
    <message>
        <source>%1: %2 is before the appeal was received (%3).</source>
        <translation>%1: %2 is before the appeal was received (%3).</translation>
    </message>
    <message>
        <source>What the appeal is about and whom it is addressed to stay as accepted: its deadlines were set by them. Register a new appeal instead.</source>
        <translation>What the appeal is about and whom it is addressed to stay as accepted: its deadlines were set by them. Register a new appeal instead.</translation>
    </message>
    <message>
        <source>Nothing was changed: enter the details the applicant brought.</source>
        <translation>Nothing was changed: enter the details the applicant brought.</translation>
    </message>
    <message>
        <source>Competent body: enter the body the appeal is sent to.</source>
        <translation>Competent body: enter the body the appeal is sent to.</translation>
    </message>
    <message>
        <source>Day of referral</source>
        <translation>Day of referral</translation>
    </message>
    <message>
        <source>Day the applicant was notified</source>
        <translation>Day the applicant was notified</translation>
    </message>
    <message>
        <source>Notice: say whether it is about the referral or the extension.</source>
        <translation>Notice: say whether it is about the referral or the extension.</translation>
    </message>
    <message>
        <source>The appeal was not referred: there is no referral to notify of.</source>
        <translation>The appeal was not referred: there is no referral to notify of.</translation>
    </message>
    <message>
        <source>The appeal was referred: notify the applicant of the referral.</source>
        <translation>The appeal was referred: notify the applicant of the referral.</translation>
    </message>
    <message>
        <source>Reason: an extension is a reasoned decision; write why the term is extended (at least 10 characters).</source>
        <translation>Reason: an extension is a reasoned decision; write why the term is extended (at least 10 characters).</translation>
    </message>
    <message>
        <source>Day of the extension decision</source>
        <translation>Day of the extension decision</translation>
    </message>
    <message>
        <source>The decision deadline %1 has passed: the appeal is deemed refused and can no longer be extended. Record the decision.</source>
        <translation>The decision deadline %1 has passed: the appeal is deemed refused and can no longer be extended. Record the decision.</translation>
    </message>
    <message>
        <source>New deadline: it must be later than the current deadline %1.</source>
        <translation>New deadline: it must be later than the current deadline %1.</translation>
    </message>
    <message>
        <source>New deadline: %1 is not a working day; pick a working day.</source>
        <translation>New deadline: %1 is not a working day; pick a working day.</translation>
    </message>
    <message>
        <source>Reason: write the good reason the term is restored for (at least 5 characters).</source>
        <translation>Reason: write the good reason the term is restored for (at least 5 characters).</translation>
    </message>
    <message>
        <source>Day of restoration</source>
        <translation>Day of restoration</translation>
    </message>
    <message>
        <source>Outcome: choose satisfied, partly satisfied, rejected or left without consideration.</source>
        <translation>Outcome: choose satisfied, partly satisfied, rejected or left without consideration.</translation>
    </message>
    <message>
        <source>Day of the decision</source>
        <translation>Day of the decision</translation>
    </message>
    <message>
        <source>Day of the written withdrawal</source>
        <translation>Day of the written withdrawal</translation>
    </message>
    <message>
        <source>Note: write the remark.</source>
        <translation>Note: write the remark.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appeal.</source>
        <translation>&quot;%1&quot; is not an appeal.</translation>
    </message>
    <message>
        <source>No appeal %1 is registered here.</source>
        <translation>No appeal %1 is registered here.</translation>
    </message>
    <message>
        <source>Complaint %1: a complaint is decided within its own term (by %2) and is not extended; record the decision by then.</source>
        <translation>Complaint %1: a complaint is decided within its own term (by %2) and is not extended; record the decision by then.</translation>
    </message>
    <message>
        <source>New deadline: %1 makes the whole term longer than two months from the day the appeal was received (%2); the latest possible is %3.</source>
        <translation>New deadline: %1 makes the whole term longer than two months from the day the appeal was received (%2); the latest possible is %3.</translation>
    </message>
</context>
<context>
    <name>AppealState</name>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Partly satisfied</source>
        <translation>Partly satisfied</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Left without consideration</source>
        <translation>Left without consideration</translation>
    </message>
    <message>
        <source>Refer to the competent body and notify the applicant</source>
        <translation>Refer to the competent body and notify the applicant</translation>
    </message>
    <message>
        <source>Notify the applicant of the referral</source>
        <translation>Notify the applicant of the referral</translation>
    </message>
    <message>
        <source>Notify the applicant of the extension</source>
        <translation>Notify the applicant of the extension</translation>
    </message>
    <message>
        <source>Applicant&apos;s term to bring the appeal into compliance</source>
        <translation>Applicant&apos;s term to bring the appeal into compliance</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>No decision by the deadline: deemed a refusal</source>
        <translation>No decision by the deadline: deemed a refusal</translation>
    </message>
    <message>
        <source>Not referred to the competent body within 3 working days</source>
        <translation>Not referred to the competent body within 3 working days</translation>
    </message>
    <message>
        <source>Applicant not notified of the referral</source>
        <translation>Applicant not notified of the referral</translation>
    </message>
    <message>
        <source>Applicant not notified of the extension within 3 working days</source>
        <translation>Applicant not notified of the extension within 3 working days</translation>
    </message>
    <message>
        <source>The applicant&apos;s term to bring the appeal into compliance has passed</source>
        <translation>The applicant&apos;s term to bring the appeal into compliance has passed</translation>
    </message>
    <message>
        <source>Complaint filed after the 3-month term: restoration of the term to be decided</source>
        <translation>Complaint filed after the 3-month term: restoration of the term to be decided</translation>
    </message>
    <message>
        <source>Impossible sequence of records: see the appeal&apos;s history</source>
        <translation>Impossible sequence of records: see the appeal&apos;s history</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>the person themselves</source>
        <translation>the person themselves</translation>
    </message>
    <message>
        <source>a representative with a notarized power of attorney</source>
        <translation>a representative with a notarized power of attorney</translation>
    </message>
    <message>
        <source>a parent or guardian of a minor</source>
        <translation>a parent or guardian of a minor</translation>
    </message>
    <message>
        <source>a legal entity&apos;s representative</source>
        <translation>a legal entity&apos;s representative</translation>
    </message>
    <message>
        <source>for use in Kazakhstan (electronic result)</source>
        <translation>for use in Kazakhstan (electronic result)</translation>
    </message>
    <message>
        <source>for travel abroad (paper)</source>
        <translation>for travel abroad (paper)</translation>
    </message>
    <message>
        <source>for travel abroad with an apostille (paper)</source>
        <translation>for travel abroad with an apostille (paper)</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>identity card</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passport</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>residence permit</translation>
    </message>
    <message>
        <source>stateless person&apos;s certificate</source>
        <translation>stateless person&apos;s certificate</translation>
    </message>
    <message>
        <source>e-document (digital documents service)</source>
        <translation>e-document (digital documents service)</translation>
    </message>
</context>
<context>
    <name>ApplicationDocument</name>
    <message>
        <source>%1, code %2</source>
        <translation>%1, code %2</translation>
    </message>
    <message>
        <source>%1 № %2%3%4</source>
        <translation>%1 № %2%3%4</translation>
    </message>
    <message>
        <source>, issued %1 by %2</source>
        <translation>, issued %1 by %2</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, valid until %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>no term stated: valid for one year from the date of issue</source>
        <translation>no term stated: valid for one year from the date of issue</translation>
    </message>
    <message>
        <source>notary %1, registration № %2 of the notarial act, issued %3; %4</source>
        <translation>notary %1, registration № %2 of the notarial act, issued %3; %4</translation>
    </message>
    <message>
        <source>№ %1, issued %2</source>
        <translation>№ %1, issued %2</translation>
    </message>
    <message>
        <source>%1; parent named on it: %2</source>
        <translation>%1; parent named on it: %2</translation>
    </message>
    <message>
        <source>The person the certificate is about, in person</source>
        <translation>The person the certificate is about, in person</translation>
    </message>
    <message>
        <source>Representative under a notarized power of attorney</source>
        <translation>Representative under a notarized power of attorney</translation>
    </message>
    <message>
        <source>Representative of the legal entity</source>
        <translation>Representative of the legal entity</translation>
    </message>
    <message>
        <source>I consent to the collection and processing of my personal data, including data held in information systems, to the extent needed to provide this public service, under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V &quot;On personal data and their protection&quot;.</source>
        <translation>I consent to the collection and processing of my personal data, including data held in information systems, to the extent needed to provide this public service, under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V &quot;On personal data and their protection&quot;.</translation>
    </message>
    <message>
        <source>I consent to the collection and processing of my personal data and of the personal data of the person the certificate is about, including data held in information systems, to the extent needed to provide this public service, under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V &quot;On personal data and their protection&quot;.</source>
        <translation>I consent to the collection and processing of my personal data and of the personal data of the person the certificate is about, including data held in information systems, to the extent needed to provide this public service, under the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V &quot;On personal data and their protection&quot;.</translation>
    </message>
    <message>
        <source>Application, receipt № %1</source>
        <translation>Application, receipt № %1</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPY</translation>
    </message>
    <message>
        <source>Printed again on %1, copy %2</source>
        <translation>Printed again on %1, copy %2</translation>
    </message>
    <message>
        <source>Person the certificate is about</source>
        <translation>Person the certificate is about</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Surname, name, patronymic</translation>
    </message>
    <message>
        <source>Previous surname, name, patronymic</source>
        <translation>Previous surname, name, patronymic</translation>
    </message>
    <message>
        <source>Previous date of birth</source>
        <translation>Previous date of birth</translation>
    </message>
    <message>
        <source>Document confirming the change</source>
        <translation>Document confirming the change</translation>
    </message>
    <message>
        <source>The one at the counter</source>
        <translation>The one at the counter</translation>
    </message>
    <message>
        <source>Applicant (legal entity)</source>
        <translation>Applicant (legal entity)</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>The certificate requested</source>
        <translation>The certificate requested</translation>
    </message>
    <message>
        <source>Purpose and form of the result</source>
        <translation>Purpose and form of the result</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Country of destination</translation>
    </message>
    <message>
        <source>State fee</source>
        <translation>State fee</translation>
    </message>
    <message>
        <source>Free of charge (no apostille)</source>
        <translation>Free of charge (no apostille)</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Phone for notices</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>I confirm that the information in this application is true and that the documents I have shown are valid.</source>
        <translation>I confirm that the information in this application is true and that the documents I have shown are valid.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Applicant&apos;s representative</source>
        <translation>Applicant&apos;s representative</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>, issued %1</source>
        <translation>, issued %1</translation>
    </message>
    <message>
        <source>, issued by %1</source>
        <translation>, issued by %1</translation>
    </message>
    <message>
        <source>for the issuance of a certificate of no criminal record</source>
        <translation>for the issuance of a certificate of no criminal record</translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation>APPLICATION</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, BIN %2</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>IIN, date of birth</source>
        <translation>IIN, date of birth</translation>
    </message>
    <message>
        <source>Surname, name, patronymic; IIN</source>
        <translation>Surname, name, patronymic; IIN</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Branch, receipt number, date and time</source>
        <translation>Branch, receipt number, date and time</translation>
    </message>
    <message>
        <source>Parent (guardian), on the birth certificate</source>
        <translation>Parent (guardian), on the birth certificate</translation>
    </message>
    <message>
        <source>To the Committee on Legal Statistics and Special Accounts</source>
        <translation>To the Committee on Legal Statistics and Special Accounts</translation>
    </message>
    <message>
        <source>№ %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>agreed, in Russian</source>
        <translation>agreed, in Russian</translation>
    </message>
    <message>
        <source>agreed, in Kazakh</source>
        <translation>agreed, in Kazakh</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>not agreed</translation>
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
        <translation>The application %1</translation>
    </message>
    <message>
        <source>The application is saved: its case prints it again (marked as a copy once one was printed).</source>
        <translation>The application is saved: its case prints it again (marked as a copy once one was printed).</translation>
    </message>
    <message>
        <source>the print was not recorded on the case: %1</source>
        <translation>the print was not recorded on the case: %1</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>reading the purge records failed: %1</source>
        <translation>reading the purge records failed: %1</translation>
    </message>
    <message>
        <source>reading the events failed: %1</source>
        <translation>reading the events failed: %1</translation>
    </message>
    <message>
        <source>row %1 is missing: an event was deleted</source>
        <translation>row %1 is missing: an event was deleted</translation>
    </message>
    <message>
        <source>rows %1 to %2 are missing: events were deleted</source>
        <translation>rows %1 to %2 are missing: events were deleted</translation>
    </message>
    <message>
        <source>row %1 (%2 of %3 by %4 at %5) was changed after it was written: its content no longer matches its hash</source>
        <translation>row %1 (%2 of %3 by %4 at %5) was changed after it was written: its content no longer matches its hash</translation>
    </message>
    <message>
        <source>row %1 claims to be the first event of workstation %2, but row %3 came before it: a row was inserted</source>
        <translation>row %1 claims to be the first event of workstation %2, but row %3 came before it: a row was inserted</translation>
    </message>
    <message>
        <source>row %1 is stored before row %2, the event it follows: rows were reordered</source>
        <translation>row %1 is stored before row %2, the event it follows: rows were reordered</translation>
    </message>
    <message>
        <source>row %1 follows row %2, not row %3 stored before it: rows were inserted or moved in between</source>
        <translation>row %1 follows row %2, not row %3 stored before it: rows were inserted or moved in between</translation>
    </message>
    <message>
        <source>the event that row %1 follows (hash %2) is not in the database: it was deleted, or its row was changed</source>
        <translation>the event that row %1 follows (hash %2) is not in the database: it was deleted, or its row was changed</translation>
    </message>
    <message>
        <source>row %1 starts the chain of workstation %2 a second time (row %3 already does): a row was inserted</source>
        <translation>row %1 starts the chain of workstation %2 a second time (row %3 already does): a row was inserted</translation>
    </message>
    <message>
        <source>rows %1 and %2 both claim to follow the same event of workstation %3: a row was inserted</source>
        <translation>rows %1 and %2 both claim to follow the same event of workstation %3: a row was inserted</translation>
    </message>
    <message>
        <source>row %1 follows an event of workstation %2 that is not here (hash %3): not received yet, or deleted</source>
        <translation>row %1 follows an event of workstation %2 that is not here (hash %3): not received yet, or deleted</translation>
    </message>
    <message>
        <source>the trigger %1, which makes the event log refuse edits, was removed: the file was changed outside CertDesk</source>
        <translation>the trigger %1, which makes the event log refuse edits, was removed: the file was changed outside CertDesk</translation>
    </message>
    <message>
        <source>the trigger %1, which makes the event log refuse edits, was altered: the file was changed outside CertDesk</source>
        <translation>the trigger %1, which makes the event log refuse edits, was altered: the file was changed outside CertDesk</translation>
    </message>
    <message>
        <source>the purge window is open outside a purge: event data may have been changed through it</source>
        <translation>the purge window is open outside a purge: event data may have been changed through it</translation>
    </message>
    <message>
        <source>case %1 has events but no row in the cases table: the row was deleted</source>
        <translation>case %1 has events but no row in the cases table: the row was deleted</translation>
    </message>
    <message>
        <source>case %1 has a row in the cases table but no events: its events were deleted or the row inserted</source>
        <translation>case %1 has a row in the cases table but no events: its events were deleted or the row inserted</translation>
    </message>
    <message>
        <source>case %1 in the cases table does not match its events (%2): an event of the case or the row was changed, or an event deleted</source>
        <translation>case %1 in the cases table does not match its events (%2): an event of the case or the row was changed, or an event deleted</translation>
    </message>
    <message>
        <source>preparing the check of the %1 table failed: %2</source>
        <translation>preparing the check of the %1 table failed: %2</translation>
    </message>
    <message>
        <source>appeal %1 has events but no row in the appeals register: the row was deleted</source>
        <translation>appeal %1 has events but no row in the appeals register: the row was deleted</translation>
    </message>
    <message>
        <source>appeal %1 has a row in the appeals register but no events: its events were deleted or the row inserted</source>
        <translation>appeal %1 has a row in the appeals register but no events: its events were deleted or the row inserted</translation>
    </message>
    <message>
        <source>appeal %1 in the appeals register does not match its events (%2): an event of the appeal or the row was changed, or an event deleted</source>
        <translation>appeal %1 in the appeals register does not match its events (%2): an event of the appeal or the row was changed, or an event deleted</translation>
    </message>
    <message>
        <source>comparing the %1 table with its events failed: %2</source>
        <translation>comparing the %1 table with its events failed: %2</translation>
    </message>
    <message>
        <source>a trigger %1 that CertDesk does not make was added to the event log: the file was changed outside CertDesk</source>
        <translation>a trigger %1 that CertDesk does not make was added to the event log: the file was changed outside CertDesk</translation>
    </message>
    <message>
        <source>%1: the file was changed outside CertDesk</source>
        <translation>%1: the file was changed outside CertDesk</translation>
    </message>
    <message>
        <source>reading the device renewals failed: %1</source>
        <translation>reading the device renewals failed: %1</translation>
    </message>
    <message>
        <source>its file was started on another computer</source>
        <translation>its file was started on another computer</translation>
    </message>
    <message>
        <source>its id turned up in events another computer wrote</source>
        <translation>its id turned up in events another computer wrote</translation>
    </message>
    <message>
        <source>it was restored from a backup</source>
        <translation>it was restored from a backup</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>its start</translation>
    </message>
    <message>
        <source>this database took the new workstation id %1 on %2 (%3); it continues workstation %4, whose chain up to %5 stays as it was</source>
        <translation>this database took the new workstation id %1 on %2 (%3); it continues workstation %4, whose chain up to %5 stays as it was</translation>
    </message>
    <message>
        <source>another database took the new workstation id %1 on %2 (%3); it continues workstation %4, whose chain up to %5 is its past</source>
        <translation>another database took the new workstation id %1 on %2 (%3); it continues workstation %4, whose chain up to %5 is its past</translation>
    </message>
    <message>
        <source>the chain of workstation %1 forks after row %2: its database file was copied, both copies wrote as %1, and a renewal of the id tells them apart; each branch is intact</source>
        <translation>the chain of workstation %1 forks after row %2: its database file was copied, both copies wrote as %1, and a renewal of the id tells them apart; each branch is intact</translation>
    </message>
    <message>
        <source>events of workstation %1 written by another database continue the chain this database wrote, after row %2: the file was copied or restored, and this database %3</source>
        <translation>events of workstation %1 written by another database continue the chain this database wrote, after row %2: the file was copied or restored, and this database %3</translation>
    </message>
    <message>
        <source>left that id</source>
        <translation>left that id</translation>
    </message>
    <message>
        <source>still uses that id</source>
        <translation>still uses that id</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>account %1 has no account_created event: it was added outside CertDesk</source>
        <translation>account %1 has no account_created event: it was added outside CertDesk</translation>
    </message>
    <message>
        <source>role %1 where its events say %2</source>
        <translation>role %1 where its events say %2</translation>
    </message>
    <message>
        <source>enabled where its events say disabled</source>
        <translation>enabled where its events say disabled</translation>
    </message>
    <message>
        <source>disabled where its events say enabled</source>
        <translation>disabled where its events say enabled</translation>
    </message>
    <message>
        <source>name or position</source>
        <translation>name or position</translation>
    </message>
    <message>
        <source>password not set through CertDesk</source>
        <translation>password not set through CertDesk</translation>
    </message>
    <message>
        <source>account %1 was changed outside CertDesk: %2</source>
        <translation>account %1 was changed outside CertDesk: %2</translation>
    </message>
    <message>
        <source>account %1 has events but no row in the users table: it was deleted outside CertDesk</source>
        <translation>account %1 has events but no row in the users table: it was deleted outside CertDesk</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Receipt or case</source>
        <translation>Receipt or case</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Verify the log</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The database is busy or read-only, so the sign-in cannot be recorded; try again in a moment.</source>
        <translation>The database is busy or read-only, so the sign-in cannot be recorded; try again in a moment.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator to enable it.</source>
        <translation>The account %1 is disabled; ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>The account %1 no longer exists; sign in again.</source>
        <translation>The account %1 no longer exists; sign in again.</translation>
    </message>
    <message>
        <source>The current password is wrong; type it again.</source>
        <translation>The current password is wrong; type it again.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one; choose a different one.</source>
        <translation>The new password is the same as the current one; choose a different one.</translation>
    </message>
    <message numerus="yes">
        <source>The login or the password is wrong. Check the keyboard layout and Caps Lock; after %n wrong password(s) in a row the account is locked for %1.</source>
        <translation>
            <numerusform>The login or the password is wrong. Check the keyboard layout and Caps Lock; after %n wrong password in a row the account is locked for %1.</numerusform>
            <numerusform>The login or the password is wrong. Check the keyboard layout and Caps Lock; after %n wrong passwords in a row the account is locked for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after %n wrong password(s) until %2. Wait until then, or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>The account %1 is locked after %n wrong password until %2. Wait until then, or ask an administrator to reset the password.</numerusform>
            <numerusform>The account %1 is locked after %n wrong passwords until %2. Wait until then, or ask an administrator to reset the password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row: the account %1 is locked until %2. Wait until then, or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>%n wrong password in a row: the account %1 is locked until %2. Wait until then, or ask an administrator to reset the password.</numerusform>
            <numerusform>%n wrong passwords in a row: the account %1 is locked until %2. Wait until then, or ask an administrator to reset the password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password: enter the password.</source>
        <translation>Password: enter the password.</translation>
    </message>
</context>
<context>
    <name>AuthorText</name>
    <message>
        <source>this workstation (automatic)</source>
        <translation>this workstation (automatic)</translation>
    </message>
    <message>
        <source>command line (the database file&apos;s owner)</source>
        <translation>command line (the database file&apos;s owner)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 already exists; choose a new file name for the backup.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; choose another place for the backup.</source>
        <translation>The folder %1 cannot be created; choose another place for the backup.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); choose another place for the backup.</source>
        <translation>%1 cannot be written (%2); choose another place for the backup.</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be narrowed to its owner; the backup was not written.</source>
        <translation>The permissions of %1 cannot be narrowed to its owner; the backup was not written.</translation>
    </message>
    <message>
        <source>The backup to %1 failed (%2); nothing was written.</source>
        <translation>The backup to %1 failed (%2); nothing was written.</translation>
    </message>
    <message>
        <source>%1 was written by a newer CertDesk (schema %2; this version knows up to %3). Restore it with the newer CertDesk.</source>
        <translation>%1 was written by a newer CertDesk (schema %2; this version knows up to %3). Restore it with the newer CertDesk.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2).</source>
        <translation>%1 cannot be created (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2); nothing was changed.</source>
        <translation>%1 cannot be opened (%2); nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is in use by a CertDesk (or another program) that has it open: close it, then restore again. Nothing was changed.</source>
        <translation>%1 is in use by a CertDesk (or another program) that has it open: close it, then restore again. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for the restore (%2); nothing was changed.</source>
        <translation>%1 cannot be locked for the restore (%2); nothing was changed.</translation>
    </message>
    <message>
        <source>%1 cannot be written; check the free space and permissions. Nothing was changed.</source>
        <translation>%1 cannot be written; check the free space and permissions. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 cannot be copied aside before the restore (%2); nothing was changed.</source>
        <translation>The database %1 cannot be copied aside before the restore (%2); nothing was changed.</translation>
    </message>
    <message>
        <source>Copying %1 into %2 failed (%3); the database was left as it was.</source>
        <translation>Copying %1 into %2 failed (%3); the database was left as it was.</translation>
    </message>
    <message>
        <source>%1 cannot be copied aside; check the free space and permissions. Nothing was changed.</source>
        <translation>%1 cannot be copied aside; check the free space and permissions. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 cannot be copied next to %2; check the free space and permissions. Nothing was changed.</source>
        <translation>%1 cannot be copied next to %2; check the free space and permissions. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 cannot be put in place of %2 (%3); the old file was left as it was.</source>
        <translation>%1 cannot be put in place of %2 (%3); the old file was left as it was.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file: choose another backup file.</source>
        <translation>%1 does not exist or is not a file: choose another backup file.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a backup. Choose another backup file.</source>
        <translation>%1 is empty (0 bytes): it is not a backup. Choose another backup file.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2): choose another backup file.</source>
        <translation>%1 cannot be opened (%2): choose another backup file.</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk backup, or is damaged beyond reading: choose another backup file.</source>
        <translation>%1 is not a CertDesk backup, or is damaged beyond reading: choose another backup file.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): choose another backup, an older one.</source>
        <translation>%1 is damaged (%2): choose another backup, an older one.</translation>
    </message>
    <message>
        <source>%1 is a SQLite file but not a CertDesk backup: choose another backup file.</source>
        <translation>%1 is a SQLite file but not a CertDesk backup: choose another backup file.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup %1 was written but does not read back: %2</source>
        <translation>The backup %1 was written but does not read back: %2</translation>
    </message>
    <message>
        <source>The backup %1 was written, but it could not be recorded: %2</source>
        <translation>The backup %1 was written, but it could not be recorded: %2</translation>
    </message>
</context>
<context>
    <name>BoardReportDocument</name>
    <message>
        <source>Supervisor board</source>
        <translation>Supervisor board</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Custody of paper certificates: supervisor board</source>
        <translation>Custody of paper certificates: supervisor board</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Surname, name, patronymic</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>At the branch</source>
        <translation>At the branch</translation>
    </message>
    <message>
        <source>To be handed over to the service provider</source>
        <translation>To be handed over to the service provider</translation>
    </message>
    <message>
        <source>With the service provider</source>
        <translation>With the service provider</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Return requested</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>To be archived</translation>
    </message>
    <message>
        <source>Interim response due</source>
        <translation>Interim response due</translation>
    </message>
    <message>
        <source>Anomalies and exceptions</source>
        <translation>Anomalies and exceptions</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n override</numerusform>
            <numerusform>%n overrides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source> (returned by the provider)</source>
        <translation> (returned by the provider)</translation>
    </message>
    <message>
        <source>Result not received in time</source>
        <translation>Result not received in time</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>clock moved back by %1; previous record %2</source>
        <translation>clock moved back by %1; previous record %2</translation>
    </message>
    <message numerus="yes">
        <source>result late by %n day(s)</source>
        <translation>
            <numerusform>result late by %n day</numerusform>
            <numerusform>result late by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Workstation %1</translation>
    </message>
    <message>
        <source>missing at the count of the safe</source>
        <translation>missing at the count of the safe</translation>
    </message>
</context>
<context>
    <name>BoardService</name>
    <message>
        <source>The board date is not a valid date; pick a day on the calendar.</source>
        <translation>The board date is not a valid date; pick a day on the calendar.</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>Supervisor board</source>
        <translation>Supervisor board</translation>
    </message>
    <message>
        <source>Board &amp;on</source>
        <translation>Board &amp;on</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Transfer to provider…</source>
        <translation>&amp;Transfer to provider…</translation>
    </message>
    <message>
        <source>Record &amp;archiving…</source>
        <translation>Record &amp;archiving…</translation>
    </message>
    <message>
        <source>Issuance &amp;journal…</source>
        <translation>Issuance &amp;journal…</translation>
    </message>
    <message>
        <source>&amp;Print board…</source>
        <translation>&amp;Print board…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
</context>
<context>
    <name>BranchSettings</name>
    <message>
        <source>workstation: &quot;%1&quot; is not a number from 1 to 99</source>
        <translation>workstation: &quot;%1&quot; is not a number from 1 to 99</translation>
    </message>
    <message>
        <source>branch name: it is only spaces; type the name as it is printed</source>
        <translation>branch name: it is only spaces; type the name as it is printed</translation>
    </message>
    <message>
        <source>branch name: &quot;%1&quot; holds %2, which is not text; type the name again</source>
        <translation>branch name: &quot;%1&quot; holds %2, which is not text; type the name again</translation>
    </message>
    <message>
        <source>category: &quot;%1&quot; is neither regional nor district</source>
        <translation>category: &quot;%1&quot; is neither regional nor district</translation>
    </message>
</context>
<context>
    <name>CaseActionDateDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>CaseActionIssueDialog</name>
    <message>
        <source>Issue the paper certificate</source>
        <translation>Issue the paper certificate</translation>
    </message>
    <message>
        <source>Who collects it</source>
        <translation>Who collects it</translation>
    </message>
    <message>
        <source>&amp;Collector</source>
        <translation>&amp;Collector</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;IIN</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Patronymic</translation>
    </message>
    <message>
        <source>Notarized power of attorney</source>
        <translation>Notarized power of attorney</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>Notary</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Principal&apos;s IIN</source>
        <translation>Principal&apos;s IIN</translation>
    </message>
    <message>
        <source>Identity document of the collector</source>
        <translation>Identity document of the collector</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>eGov code</source>
        <translation>eGov code</translation>
    </message>
    <message>
        <source>Which person is at the counter</source>
        <translation>Which person is at the counter</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; an undated power of attorney is void</source>
        <translation>DD.MM.YYYY; an undated power of attorney is void</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; empty when it states no term (1 year)</source>
        <translation>DD.MM.YYYY; empty when it states no term (1 year)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>IIN of the person the certificate is &amp;about</source>
        <translation>IIN of the person the certificate is &amp;about</translation>
    </message>
</context>
<context>
    <name>CaseActionResultDialog</name>
    <message>
        <source>Record the provider&apos;s result</source>
        <translation>Record the provider&apos;s result</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>Certificate &amp;number</translation>
    </message>
    <message>
        <source>Certificate &amp;date</source>
        <translation>Certificate &amp;date</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>No criminal record</source>
        <translation>No criminal record</translation>
    </message>
    <message>
        <source>A criminal record was found</source>
        <translation>A criminal record was found</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;wording</source>
        <translation>Provider&apos;s &amp;wording</translation>
    </message>
    <message>
        <source>Apostille number</source>
        <translation>Apostille number</translation>
    </message>
    <message>
        <source>Apostille date</source>
        <translation>Apostille date</translation>
    </message>
</context>
<context>
    <name>CaseActionService</name>
    <message>
        <source>There is no case %1 in this branch&apos;s database; check the receipt number and search again.</source>
        <translation>There is no case %1 in this branch&apos;s database; check the receipt number and search again.</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>not received</translation>
    </message>
    <message>
        <source>waiting for the provider&apos;s result</source>
        <translation>waiting for the provider&apos;s result</translation>
    </message>
    <message>
        <source>under an additional identification check</source>
        <translation>under an additional identification check</translation>
    </message>
    <message>
        <source>waiting for the paper certificate</source>
        <translation>waiting for the paper certificate</translation>
    </message>
    <message>
        <source>at the branch</source>
        <translation>at the branch</translation>
    </message>
    <message>
        <source>with the provider</source>
        <translation>with the provider</translation>
    </message>
    <message>
        <source>being returned by the provider</source>
        <translation>being returned by the provider</translation>
    </message>
    <message>
        <source>already issued</source>
        <translation>already issued</translation>
    </message>
    <message>
        <source>completed electronically</source>
        <translation>completed electronically</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>archived by the provider</source>
        <translation>archived by the provider</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Case %1 is %2: &quot;%3&quot; cannot be recorded now. Open the case to see what it is waiting for.</source>
        <translation>Case %1 is %2: &quot;%3&quot; cannot be recorded now. Open the case to see what it is waiting for.</translation>
    </message>
    <message>
        <source>%1 %2 is in the future; enter today&apos;s date or an earlier one.</source>
        <translation>%1 %2 is in the future; enter today&apos;s date or an earlier one.</translation>
    </message>
    <message>
        <source>%1 %2 is before %3, when the previous step happened; check the date.</source>
        <translation>%1 %2 is before %3, when the previous step happened; check the date.</translation>
    </message>
    <message>
        <source>No case is selected; select at least one case.</source>
        <translation>No case is selected; select at least one case.</translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was saved. Try again in a moment.</source>
        <translation>The database is busy or read-only; nothing was saved. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>CaseFold</name>
    <message>
        <source>Issued a second time by %1 on %2 (workstation %3): the certificate had already been issued. Find out which record is right and where the paper is.</source>
        <translation>Issued a second time by %1 on %2 (workstation %3): the certificate had already been issued. Find out which record is right and where the paper is.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3 while the paper was not at the branch.</source>
        <translation>&quot;%1&quot; recorded by %2 on %3 while the paper was not at the branch.</translation>
    </message>
    <message>
        <source>A second application record by %1 on %2 for the same case.</source>
        <translation>A second application record by %1 on %2 for the same case.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3, but the application itself is missing here.</source>
        <translation>&quot;%1&quot; recorded by %2 on %3, but the application itself is missing here.</translation>
    </message>
    <message>
        <source>An appeal&apos;s event &quot;%1&quot; (written by %2 on %3) was recorded in this case instead of in its appeal: tell the technician.</source>
        <translation>An appeal&apos;s event &quot;%1&quot; (written by %2 on %3) was recorded in this case instead of in its appeal: tell the technician.</translation>
    </message>
    <message>
        <source>An event of type &quot;%1&quot; that this version does not know (written by %2 on %3). Update CertDesk.</source>
        <translation>An event of type &quot;%1&quot; that this version does not know (written by %2 on %3). Update CertDesk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded by %2 on %3 cannot happen at this step of the case.</source>
        <translation>&quot;%1&quot; recorded by %2 on %3 cannot happen at this step of the case.</translation>
    </message>
    <message>
        <source>issued twice</source>
        <translation>issued twice</translation>
    </message>
    <message>
        <source>recorded while the paper was not at the branch</source>
        <translation>recorded while the paper was not at the branch</translation>
    </message>
    <message>
        <source>the application recorded twice</source>
        <translation>the application recorded twice</translation>
    </message>
    <message>
        <source>recorded before the application</source>
        <translation>recorded before the application</translation>
    </message>
    <message>
        <source>an appeal&apos;s event in the case</source>
        <translation>an appeal&apos;s event in the case</translation>
    </message>
    <message>
        <source>an event this version does not know</source>
        <translation>an event this version does not know</translation>
    </message>
    <message>
        <source>an action impossible at that step</source>
        <translation>an action impossible at that step</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>IIN: %1 is a BIN of a legal entity; search by the IIN of the person</source>
        <translation>IIN: %1 is a BIN of a legal entity; search by the IIN of the person</translation>
    </message>
    <message>
        <source>IIN: %1</source>
        <translation>IIN: %1</translation>
    </message>
    <message>
        <source>Search: &quot;%1&quot; %2. Type a receipt number, an IIN or the start of a surname.</source>
        <translation>Search: &quot;%1&quot; %2. Type a receipt number, an IIN or the start of a surname.</translation>
    </message>
    <message>
        <source>Case %1 is not in this database.</source>
        <translation>Case %1 is not in this database.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s): a receipt number has 17 digits, an IIN 12. Check the number.</source>
        <translation>
            <numerusform>%n digit: a receipt number has 17 digits, an IIN 12. Check the number.</numerusform>
            <numerusform>%n digits: a receipt number has 17 digits, an IIN 12. Check the number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt %1 is on %n cases (%2): two workstations issued the same number. Each case stays as it is; ask for the IIN of the person the certificate is about and open the case with that IIN. The supervisor sees both on the board.</source>
        <translation>
            <numerusform>Receipt %1 is on %n case (%2): two workstations issued the same number. Each case stays as it is; ask for the IIN of the person the certificate is about and open the case with that IIN. The supervisor sees both on the board.</numerusform>
            <numerusform>Receipt %1 is on %n cases (%2): two workstations issued the same number. Each case stays as it is; ask for the IIN of the person the certificate is about and open the case with that IIN. The supervisor sees both on the board.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTexts</name>
    <message>
        <source>not received</source>
        <translation>not received</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>additional check</source>
        <translation>additional check</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>result ready</translation>
    </message>
    <message>
        <source>at the branch</source>
        <translation>at the branch</translation>
    </message>
    <message>
        <source>with the provider</source>
        <translation>with the provider</translation>
    </message>
    <message>
        <source>return requested</source>
        <translation>return requested</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>domestic</source>
        <translation>domestic</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>abroad</translation>
    </message>
    <message>
        <source>abroad, apostille</source>
        <translation>abroad, apostille</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Application received</translation>
    </message>
    <message>
        <source>Online order for this branch</source>
        <translation>Online order for this branch</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Result recorded</translation>
    </message>
    <message>
        <source>Additional identification check</source>
        <translation>Additional identification check</translation>
    </message>
    <message>
        <source>Interim response given</source>
        <translation>Interim response given</translation>
    </message>
    <message>
        <source>Refused by the provider</source>
        <translation>Refused by the provider</translation>
    </message>
    <message>
        <source>Paper arrived at the branch</source>
        <translation>Paper arrived at the branch</translation>
    </message>
    <message>
        <source>Certificate printed</source>
        <translation>Certificate printed</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Transferred to the provider</source>
        <translation>Transferred to the provider</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Return requested</translation>
    </message>
    <message>
        <source>Returned to the branch</source>
        <translation>Returned to the branch</translation>
    </message>
    <message>
        <source>Archived by the provider</source>
        <translation>Archived by the provider</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Supervisor override</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record result</source>
        <translation>Record result</translation>
    </message>
    <message>
        <source>Additional check</source>
        <translation>Additional check</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Record refusal</translation>
    </message>
    <message>
        <source>Paper arrived</source>
        <translation>Paper arrived</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Print certificate</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Transfer to provider</source>
        <translation>Transfer to provider</translation>
    </message>
    <message>
        <source>Request return</source>
        <translation>Request return</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Receipt %1.</source>
        <translation>Receipt %1.</translation>
    </message>
    <message>
        <source>Certificate № %1 of %2.</source>
        <translation>Certificate № %1 of %2.</translation>
    </message>
    <message>
        <source>No criminal record.</source>
        <translation>No criminal record.</translation>
    </message>
    <message>
        <source>A criminal record was found.</source>
        <translation>A criminal record was found.</translation>
    </message>
    <message>
        <source>Apostille № %1 of %2.</source>
        <translation>Apostille № %1 of %2.</translation>
    </message>
    <message>
        <source>Result due %1.</source>
        <translation>Result due %1.</translation>
    </message>
    <message>
        <source>Interim response due %1.</source>
        <translation>Interim response due %1.</translation>
    </message>
    <message>
        <source>May apply again from %1.</source>
        <translation>May apply again from %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Duplicate: copy %1.</source>
        <translation>Duplicate: copy %1.</translation>
    </message>
    <message>
        <source>Handed over to %1.</source>
        <translation>Handed over to %1.</translation>
    </message>
    <message>
        <source>Handed over to %1, %2.</source>
        <translation>Handed over to %1, %2.</translation>
    </message>
    <message>
        <source>Transfer act № %1.</source>
        <translation>Transfer act № %1.</translation>
    </message>
    <message>
        <source>Due back at the branch %1.</source>
        <translation>Due back at the branch %1.</translation>
    </message>
    <message>
        <source>Registered record № %1.</source>
        <translation>Registered record № %1.</translation>
    </message>
    <message>
        <source>%1: allowed by %2. Reason: %3</source>
        <translation>%1: allowed by %2. Reason: %3</translation>
    </message>
    <message>
        <source>Dated %1.</source>
        <translation>Dated %1.</translation>
    </message>
    <message>
        <source>Application printed</source>
        <translation>Application printed</translation>
    </message>
    <message>
        <source>Copy %1.</source>
        <translation>Copy %1.</translation>
    </message>
    <message>
        <source>SMS notice queued</source>
        <translation>SMS notice queued</translation>
    </message>
    <message>
        <source>SMS notice sent</source>
        <translation>SMS notice sent</translation>
    </message>
    <message>
        <source>SMS notice not sent: gateway failed</source>
        <translation>SMS notice not sent: gateway failed</translation>
    </message>
    <message>
        <source>%1, to %2: «%3»</source>
        <translation>%1, to %2: «%3»</translation>
    </message>
    <message>
        <source>To %1; the gateway&apos;s reference %2.</source>
        <translation>To %1; the gateway&apos;s reference %2.</translation>
    </message>
    <message>
        <source>Attempt %1: %2.</source>
        <translation>Attempt %1: %2.</translation>
    </message>
    <message>
        <source>the certificate is at the branch</source>
        <translation>the certificate is at the branch</translation>
    </message>
    <message>
        <source>reminder: the branch keeps it one more week</source>
        <translation>reminder: the branch keeps it one more week</translation>
    </message>
    <message>
        <source>the certificate is back at the branch</source>
        <translation>the certificate is back at the branch</translation>
    </message>
    <message numerus="yes">
        <source>sent %1 to %2 (%n times: an SMS went twice)</source>
        <translation>
            <numerusform>sent %1 to %2 (%n time: an SMS went twice)</numerusform>
            <numerusform>sent %1 to %2 (%n times: an SMS went twice)</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1 to %2</source>
        <translation>sent %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>not sent yet: %n attempt(s) failed (%1); next try %2</source>
        <translation>
            <numerusform>not sent yet: %n attempt failed (%1); next try %2</numerusform>
            <numerusform>not sent yet: %n attempts failed (%1); next try %2</numerusform>
        </translation>
    </message>
    <message>
        <source>queued %1, waiting for the notifier workstation</source>
        <translation>queued %1, waiting for the notifier workstation</translation>
    </message>
    <message>
        <source>the SMS gateway did not accept the login and secret, HTTP %1: check them in Tools → SMS notices</source>
        <translation>the SMS gateway did not accept the login and secret, HTTP %1: check them in Tools → SMS notices</translation>
    </message>
    <message>
        <source>the SMS gateway refused it, HTTP %1</source>
        <translation>the SMS gateway refused it, HTTP %1</translation>
    </message>
    <message>
        <source>the SMS gateway did not answer in time</source>
        <translation>the SMS gateway did not answer in time</translation>
    </message>
    <message>
        <source>the SMS gateway could not be reached</source>
        <translation>the SMS gateway could not be reached</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CentralRules</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Creating the database %1</source>
        <translation>Creating the database %1</translation>
    </message>
    <message>
        <source>Reading the database %1</source>
        <translation>Reading the database %1</translation>
    </message>
    <message>
        <source>Limiting %1 to the workstations</source>
        <translation>Limiting %1 to the workstations</translation>
    </message>
    <message>
        <source>Writing the validate function of %1</source>
        <translation>Writing the validate function of %1</translation>
    </message>
    <message>
        <source>The central rules database holds the rules of %1, the file those of %2.</source>
        <translation>The central rules database holds the rules of %1, the file those of %2.</translation>
    </message>
    <message>
        <source>Reading the central rules failed: %1</source>
        <translation>Reading the central rules failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>The rules were not published: %n problem(s).</source>
        <translation>
            <numerusform>The rules were not published: %n problem.</numerusform>
            <numerusform>The rules were not published: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the central rules failed: %1</source>
        <translation>Writing the central rules failed: %1</translation>
    </message>
    <message>
        <source>Nothing is published in %1: there is nothing to take back.</source>
        <translation>Nothing is published in %1: there is nothing to take back.</translation>
    </message>
    <message>
        <source>%1 is not published in %2 (nothing was changed): the ids are those of rules export --layer central.</source>
        <translation>%1 is not published in %2 (nothing was changed): the ids are those of rules export --layer central.</translation>
    </message>
    <message numerus="yes">
        <source>The rules were not taken back: %n problem(s).</source>
        <translation>
            <numerusform>The rules were not taken back: %n problem.</numerusform>
            <numerusform>The rules were not taken back: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>For travel abroad, with an apostille</source>
        <translation>For travel abroad, with an apostille</translation>
    </message>
    <message>
        <source>For travel abroad</source>
        <translation>For travel abroad</translation>
    </message>
    <message>
        <source>For use in the Republic of Kazakhstan</source>
        <translation>For use in the Republic of Kazakhstan</translation>
    </message>
    <message>
        <source>According to the records of the Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan, there is information about a criminal record.</source>
        <translation>According to the records of the Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan, there is information about a criminal record.</translation>
    </message>
    <message>
        <source>According to the records of the Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan, there is no information about a criminal record.</source>
        <translation>According to the records of the Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan, there is no information about a criminal record.</translation>
    </message>
    <message>
        <source>duplicate No. %1</source>
        <translation>duplicate No. %1</translation>
    </message>
    <message>
        <source>Printed at the branch</source>
        <translation>Printed at the branch</translation>
    </message>
    <message>
        <source>Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan</source>
        <translation>Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>DUPLICATE</translation>
    </message>
    <message>
        <source>Printed again, copy %1</source>
        <translation>Printed again, copy %1</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Surname, name, patronymic</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Country of destination</translation>
    </message>
    <message>
        <source>Application (receipt)</source>
        <translation>Application (receipt)</translation>
    </message>
    <message>
        <source>The authenticity of the certificate can be checked by its QR code.</source>
        <translation>The authenticity of the certificate can be checked by its QR code.</translation>
    </message>
    <message>
        <source>Place for the apostille</source>
        <translation>Place for the apostille</translation>
    </message>
    <message>
        <source>CERTIFICATE OF NO CRIMINAL RECORD</source>
        <translation>CERTIFICATE OF NO CRIMINAL RECORD</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>event %1 is of version %2, written by a newer CertDesk (this one reads up to version %3)</source>
        <translation>event %1 is of version %2, written by a newer CertDesk (this one reads up to version %3)</translation>
    </message>
    <message>
        <source>the server sent change %1 without its document</source>
        <translation>the server sent change %1 without its document</translation>
    </message>
</context>
<context>
    <name>CheckTexts</name>
    <message>
        <source>IIN is valid</source>
        <translation>IIN is valid</translation>
    </message>
    <message>
        <source>BIN is valid</source>
        <translation>BIN is valid</translation>
    </message>
    <message>
        <source>identity document valid on the day</source>
        <translation>identity document valid on the day</translation>
    </message>
    <message>
        <source>identity document not dated in the future</source>
        <translation>identity document not dated in the future</translation>
    </message>
    <message>
        <source>e-document code given</source>
        <translation>e-document code given</translation>
    </message>
    <message>
        <source>notarized power of attorney presented</source>
        <translation>notarized power of attorney presented</translation>
    </message>
    <message>
        <source>power of attorney is dated</source>
        <translation>power of attorney is dated</translation>
    </message>
    <message>
        <source>power of attorney within its term</source>
        <translation>power of attorney within its term</translation>
    </message>
    <message>
        <source>principal of the power of attorney is the person</source>
        <translation>principal of the power of attorney is the person</translation>
    </message>
    <message>
        <source>agent of the power of attorney is the one at the counter</source>
        <translation>agent of the power of attorney is the one at the counter</translation>
    </message>
    <message>
        <source>birth certificate links the minor and the parent</source>
        <translation>birth certificate links the minor and the parent</translation>
    </message>
    <message>
        <source>Apostille Convention in force for the country</source>
        <translation>Apostille Convention in force for the country</translation>
    </message>
    <message>
        <source>recipient told that no apostille is needed</source>
        <translation>recipient told that no apostille is needed</translation>
    </message>
    <message>
        <source>state fee for the apostille paid</source>
        <translation>state fee for the apostille paid</translation>
    </message>
    <message>
        <source>phone for notices</source>
        <translation>phone for notices</translation>
    </message>
    <message>
        <source>identity document the one recorded at intake</source>
        <translation>identity document the one recorded at intake</translation>
    </message>
    <message>
        <source>IIN of the person is valid</source>
        <translation>IIN of the person is valid</translation>
    </message>
    <message>
        <source>IIN of the one at the counter is valid</source>
        <translation>IIN of the one at the counter is valid</translation>
    </message>
    <message>
        <source>IIN of the principal in the power of attorney is valid</source>
        <translation>IIN of the principal in the power of attorney is valid</translation>
    </message>
    <message>
        <source>IIN of the agent in the power of attorney is valid</source>
        <translation>IIN of the agent in the power of attorney is valid</translation>
    </message>
    <message>
        <source>IIN of the child in the birth certificate is valid</source>
        <translation>IIN of the child in the birth certificate is valid</translation>
    </message>
    <message>
        <source>IIN of the parent in the birth certificate is valid</source>
        <translation>IIN of the parent in the birth certificate is valid</translation>
    </message>
</context>
<context>
    <name>CouchResponse</name>
    <message>
        <source>the request was cancelled</source>
        <translation>the request was cancelled</translation>
    </message>
    <message>
        <source>the server stopped answering (nothing arrived for too long)</source>
        <translation>the server stopped answering (nothing arrived for too long)</translation>
    </message>
    <message>
        <source>the server refused the connection (it may be stopped)</source>
        <translation>the server refused the connection (it may be stopped)</translation>
    </message>
    <message>
        <source>the server&apos;s name cannot be found (no network, or a wrong address)</source>
        <translation>the server&apos;s name cannot be found (no network, or a wrong address)</translation>
    </message>
    <message>
        <source>the connection was cut before the server answered</source>
        <translation>the connection was cut before the server answered</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted (%1)</source>
        <translation>the server&apos;s certificate is not trusted (%1)</translation>
    </message>
    <message>
        <source>the network failed (%1)</source>
        <translation>the network failed (%1)</translation>
    </message>
    <message>
        <source>the server refused the sync account&apos;s name or password</source>
        <translation>the server refused the sync account&apos;s name or password</translation>
    </message>
    <message>
        <source>the server refused: %1</source>
        <translation>the server refused: %1</translation>
    </message>
    <message>
        <source>the branch database does not exist on the server</source>
        <translation>the branch database does not exist on the server</translation>
    </message>
    <message>
        <source>the server refused a request as too large</source>
        <translation>the server refused a request as too large</translation>
    </message>
    <message>
        <source>the server failed with HTTP %1</source>
        <translation>the server failed with HTTP %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer cannot be read (HTTP %1, not JSON)</source>
        <translation>the server&apos;s answer cannot be read (HTTP %1, not JSON)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1: %2</source>
        <translation>the server answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>the server answered HTTP %1</translation>
    </message>
    <message>
        <source>the connection was cut while the server was answering</source>
        <translation>the connection was cut while the server was answering</translation>
    </message>
    <message>
        <source>the network failed while the server was answering (%1)</source>
        <translation>the network failed while the server was answering (%1)</translation>
    </message>
    <message>
        <source>the server refused the administrator&apos;s name or password</source>
        <translation>the server refused the administrator&apos;s name or password</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No sync password is stored for %1 (%2): enter it.</source>
        <translation>No sync password is stored for %1 (%2): enter it.</translation>
    </message>
    <message>
        <source>This CertDesk has no access to a credential store: enter the sync password each time.</source>
        <translation>This CertDesk has no access to a credential store: enter the sync password each time.</translation>
    </message>
    <message>
        <source>The sync password cannot be kept in the credential store (%1); it will be asked for at sign-in.</source>
        <translation>The sync password cannot be kept in the credential store (%1); it will be asked for at sign-in.</translation>
    </message>
    <message>
        <source>This CertDesk has no access to a credential store; the sync password will be asked for at sign-in.</source>
        <translation>This CertDesk has no access to a credential store; the sync password will be asked for at sign-in.</translation>
    </message>
</context>
<context>
    <name>CustodyService</name>
    <message>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Return date</translation>
    </message>
    <message>
        <source>Archiving date</source>
        <translation>Archiving date</translation>
    </message>
    <message>
        <source>Case %1: the provider keeps the paper until %2; it can be archived from %3. Leave it in the provider&apos;s custody.</source>
        <translation>Case %1: the provider keeps the paper until %2; it can be archived from %3. Leave it in the provider&apos;s custody.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 was changed outside CertDesk (%2), so CertDesk does not use it. See what else was changed with certdeskctl --db %1 audit verify, then restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this).</source>
        <translation>%1 was changed outside CertDesk (%2), so CertDesk does not use it. See what else was changed with certdeskctl --db %1 audit verify, then restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this).</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 could not be created: %2</translation>
    </message>
    <message>
        <source>%1 could not be created: the new database, made as %2, kept its journal (%3). Nothing was written to %1 and %2 was removed; try again.</source>
        <translation>%1 could not be created: the new database, made as %2, kept its journal (%3). Nothing was written to %1 and %2 was removed; try again.</translation>
    </message>
    <message>
        <source>%1 could not be created: the new database was made whole as %2 but could not be renamed to %1 (%3). Nothing was written to %1 and %2 was removed. Check that the folder %4 is writable and has free space, and that no other program (an antivirus scan, a backup tool) holds the file; then try again.</source>
        <translation>%1 could not be created: the new database was made whole as %2 but could not be renamed to %1 (%3). Nothing was written to %1 and %2 was removed. Check that the folder %4 is writable and has free space, and that no other program (an antivirus scan, a backup tool) holds the file; then try again.</translation>
    </message>
    <message>
        <source>the rename was refused</source>
        <translation>the rename was refused</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>%1 is damaged (%2) and was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this), then run certdeskctl --db %1 audit verify.</source>
        <translation>%1 is damaged (%2) and was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this), then run certdeskctl --db %1 audit verify.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it holds no CertDesk data, as after a write cut short. It was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this), or delete the empty file to start a new database.</source>
        <translation>%1 is empty (0 bytes): it holds no CertDesk data, as after a write cut short. It was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this), or delete the empty file to start a new database.</translation>
    </message>
    <message>
        <source>%1, the journal of recent changes beside %2, does not belong to it: it comes from another database or another copy of this one. Nothing was changed. If it was copied in by mistake, move %1 (and %2-shm) out of the folder and open %2 again; otherwise restore the latest backup (certdeskctl --db %2 restore BACKUP).</source>
        <translation>%1, the journal of recent changes beside %2, does not belong to it: it comes from another database or another copy of this one. Nothing was changed. If it was copied in by mistake, move %1 (and %2-shm) out of the folder and open %2 again; otherwise restore the latest backup (certdeskctl --db %2 restore BACKUP).</translation>
    </message>
    <message>
        <source>%1 is not a CertDesk database or is damaged: it cannot be read, and was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this).</source>
        <translation>%1 is not a CertDesk database or is damaged: it cannot be read, and was not used. Restore the latest backup (certdeskctl --db %1 restore BACKUP, or Restore in the window that reports this).</translation>
    </message>
    <message>
        <source>%1 was written by a newer CertDesk (schema %2; this version knows up to %3). Install the newer CertDesk; the file was left untouched.</source>
        <translation>%1 was written by a newer CertDesk (schema %2; this version knows up to %3). Install the newer CertDesk; the file was left untouched.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>&quot;%1&quot; is not a date: enter it as DD.MM.YYYY</source>
        <translation>&quot;%1&quot; is not a date: enter it as DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the year with 4 digits (DD.MM.YYYY)</source>
        <translation>&quot;%1&quot;: write the year with 4 digits (DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2</source>
        <translation>&quot;%1&quot; is not a date: there is no month %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: the year %2 is out of range</source>
        <translation>&quot;%1&quot; is not a date: the year %2 is out of range</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a date: %2 %3 has %n day(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; is not a date: %2 %3 has %n day</numerusform>
            <numerusform>&quot;%1&quot; is not a date: %2 %3 has %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>The printer does not accept the page %1 with these margins; choose another paper size.</source>
        <translation>The printer does not accept the page %1 with these margins; choose another paper size.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written; check the folder and the free space.</source>
        <translation>The PDF file %1 could not be written; check the folder and the free space.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Printed on %1.</source>
        <translation>Printed on %1.</translation>
    </message>
    <message>
        <source>Not printed; saved as the PDF file %1.</source>
        <translation>Not printed; saved as the PDF file %1.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Nothing was printed.</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Nothing was printed: %1</translation>
    </message>
    <message>
        <source>No printer is chosen for this paper and the computer has no default printer: choose one.</source>
        <translation>No printer is chosen for this paper and the computer has no default printer: choose one.</translation>
    </message>
    <message>
        <source>The printer %1 refused the document.</source>
        <translation>The printer %1 refused the document.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Printed on %1, but %2</source>
        <translation>Printed on %1, but %2</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>The printer or the PDF file could not be opened for drawing.</source>
        <translation>The printer or the PDF file could not be opened for drawing.</translation>
    </message>
    <message>
        <source>The printer or the PDF file failed while the document was drawn.</source>
        <translation>The printer or the PDF file failed while the document was drawn.</translation>
    </message>
</context>
<context>
    <name>EventLines</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>not valid UTF-8 (an overlong, cut or invalid byte sequence): save the file as UTF-8</source>
        <translation>not valid UTF-8 (an overlong, cut or invalid byte sequence): save the file as UTF-8</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>the field &quot;%1&quot; holds %2 at character %3: not text CertDesk can store as written</source>
        <translation>the field &quot;%1&quot; holds %2 at character %3: not text CertDesk can store as written</translation>
    </message>
    <message>
        <source>%1 (half of a surrogate pair without its other half)</source>
        <translation>%1 (half of a surrogate pair without its other half)</translation>
    </message>
    <message>
        <source>%1 (a byte-order mark)</source>
        <translation>%1 (a byte-order mark)</translation>
    </message>
    <message>
        <source>%1 (a noncharacter)</source>
        <translation>%1 (a noncharacter)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>not a JSON object (%1 at byte %2)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>CertDesk — first start</source>
        <translation>CertDesk — first start</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator then adds the clerks and supervisors of this branch.</source>
        <translation>This database has no accounts yet. Create the administrator&apos;s account: the administrator then adds the clerks and supervisors of this branch.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
</context>
<context>
    <name>FirstRunRestoreDialog</name>
    <message>
        <source>CertDesk — the database cannot be used</source>
        <translation>CertDesk — the database cannot be used</translation>
    </message>
    <message>
        <source>Choose the latest backup to put in its place. The damaged file is kept beside it, renamed, for an inquiry.</source>
        <translation>Choose the latest backup to put in its place. The damaged file is kept beside it, renamed, for an inquiry.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>the number is empty: enter 12 digits</source>
        <translation>the number is empty: enter 12 digits</translation>
    </message>
    <message>
        <source>character %1 (&quot;%2&quot;) is not a digit: the number has digits only</source>
        <translation>character %1 (&quot;%2&quot;) is not a digit: the number has digits only</translation>
    </message>
    <message>
        <source>digits 3-4 give registration month %1, which does not exist</source>
        <translation>digits 3-4 give registration month %1, which does not exist</translation>
    </message>
    <message>
        <source>digit 6 is %1; a BIN&apos;s attribute digit must be 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm)</source>
        <translation>digit 6 is %1; a BIN&apos;s attribute digit must be 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm)</translation>
    </message>
    <message>
        <source>no check digit exists for these first 11 digits: the number was mistyped</source>
        <translation>no check digit exists for these first 11 digits: the number was mistyped</translation>
    </message>
    <message>
        <source>the check digit (the last) does not match: the number was mistyped</source>
        <translation>the check digit (the last) does not match: the number was mistyped</translation>
    </message>
    <message>
        <source>digit 5 is %1: it is neither the day of birth of an IIN (0-3) nor a BIN&apos;s type (4-6)</source>
        <translation>digit 5 is %1: it is neither the day of birth of an IIN (0-3) nor a BIN&apos;s type (4-6)</translation>
    </message>
    <message>
        <source>digit 7 is %1; the century-and-sex digit must be 1 to 6</source>
        <translation>digit 7 is %1; the century-and-sex digit must be 1 to 6</translation>
    </message>
    <message>
        <source>the first six digits give the birth date %1.%2.%3, which does not exist</source>
        <translation>the first six digits give the birth date %1.%2.%3, which does not exist</translation>
    </message>
    <message>
        <source>resident legal entity</source>
        <translation>resident legal entity</translation>
    </message>
    <message>
        <source>non-resident legal entity</source>
        <translation>non-resident legal entity</translation>
    </message>
    <message>
        <source>individual entrepreneur in joint business</source>
        <translation>individual entrepreneur in joint business</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>head office</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>branch</translation>
    </message>
    <message>
        <source>representative office</source>
        <translation>representative office</translation>
    </message>
    <message>
        <source>peasant farm</source>
        <translation>peasant farm</translation>
    </message>
    <message>
        <source>••••</source>
        <translation>••••</translation>
    </message>
    <message numerus="yes">
        <source>the number has %n digit(s); it must have exactly 12</source>
        <translation>
            <numerusform>the number has %n digit; it must have exactly 12</numerusform>
            <numerusform>the number has %n digits; it must have exactly 12</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeApplicantPage</name>
    <message>
        <source>A &amp;legal entity, through its representative</source>
        <translation>A &amp;legal entity, through its representative</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Legal entity</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>&amp;An individual: the person the certificate is about, in person or through a representative</source>
        <translation>&amp;An individual: the person the certificate is about, in person or through a representative</translation>
    </message>
    <message>
        <source>B&amp;IN:</source>
        <translation>B&amp;IN:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
</context>
<context>
    <name>IntakeChecks</name>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>Fill it in.</source>
        <translation>Fill it in.</translation>
    </message>
    <message>
        <source>Enter the date as DD.MM.YYYY.</source>
        <translation>Enter the date as DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>Enter the 12 digits of the IIN.</source>
        <translation>Enter the 12 digits of the IIN.</translation>
    </message>
    <message>
        <source>Check the IIN against the document.</source>
        <translation>Check the IIN against the document.</translation>
    </message>
    <message>
        <source>%1 is a BIN of a legal entity, not an IIN</source>
        <translation>%1 is a BIN of a legal entity, not an IIN</translation>
    </message>
    <message>
        <source>Enter the IIN of the person.</source>
        <translation>Enter the IIN of the person.</translation>
    </message>
    <message>
        <source>the IIN gives the birth date %1, which is after today</source>
        <translation>the IIN gives the birth date %1, which is after today</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Rule: %1.</translation>
    </message>
    <message>
        <source>Enter the 12 digits of the BIN.</source>
        <translation>Enter the 12 digits of the BIN.</translation>
    </message>
    <message>
        <source>Check the BIN against the registration certificate.</source>
        <translation>Check the BIN against the registration certificate.</translation>
    </message>
    <message>
        <source>%1 is the IIN of an individual, not a BIN</source>
        <translation>%1 is the IIN of an individual, not a BIN</translation>
    </message>
    <message>
        <source>Enter the legal entity&apos;s BIN.</source>
        <translation>Enter the legal entity&apos;s BIN.</translation>
    </message>
    <message>
        <source>nothing is entered</source>
        <translation>nothing is entered</translation>
    </message>
    <message>
        <source>%1 is after today</source>
        <translation>%1 is after today</translation>
    </message>
    <message>
        <source>Check the date.</source>
        <translation>Check the date.</translation>
    </message>
    <message>
        <source>Enter the document confirming the change (e.g. marriage certificate).</source>
        <translation>Enter the document confirming the change (e.g. marriage certificate).</translation>
    </message>
    <message>
        <source>a certificate about another adult is issued only on a notarized power of attorney issued by that person</source>
        <translation>a certificate about another adult is issued only on a notarized power of attorney issued by that person</translation>
    </message>
    <message>
        <source>Ask for the power of attorney, or for the person to come.</source>
        <translation>Ask for the power of attorney, or for the person to come.</translation>
    </message>
    <message>
        <source>the power of attorney has no date of issue</source>
        <translation>the power of attorney has no date of issue</translation>
    </message>
    <message>
        <source>an undated power of attorney is void (Civil Code art. 170)</source>
        <translation>an undated power of attorney is void (Civil Code art. 170)</translation>
    </message>
    <message>
        <source>Ask for a dated notarized power of attorney.</source>
        <translation>Ask for a dated notarized power of attorney.</translation>
    </message>
    <message>
        <source>%1 is before the date of issue %2</source>
        <translation>%1 is before the date of issue %2</translation>
    </message>
    <message>
        <source>Check both dates against the power of attorney.</source>
        <translation>Check both dates against the power of attorney.</translation>
    </message>
    <message>
        <source>the power of attorney is dated %1, after today</source>
        <translation>the power of attorney is dated %1, after today</translation>
    </message>
    <message>
        <source>a power of attorney acts from its date of issue</source>
        <translation>a power of attorney acts from its date of issue</translation>
    </message>
    <message>
        <source>Check the date; a power of attorney from the future cannot be accepted.</source>
        <translation>Check the date; a power of attorney from the future cannot be accepted.</translation>
    </message>
    <message>
        <source>it states no term, so it lasted 1 year from %1 and ended on %2</source>
        <translation>it states no term, so it lasted 1 year from %1 and ended on %2</translation>
    </message>
    <message>
        <source>its term to %1 is longer than the 3 years the law allows, so it ended on %2</source>
        <translation>its term to %1 is longer than the 3 years the law allows, so it ended on %2</translation>
    </message>
    <message>
        <source>its term ended on %1</source>
        <translation>its term ended on %1</translation>
    </message>
    <message>
        <source>the power of attorney has expired: %1</source>
        <translation>the power of attorney has expired: %1</translation>
    </message>
    <message>
        <source>a power of attorney lasts its stated term, at most 3 years, and 1 year when no term is stated (Civil Code art. 170)</source>
        <translation>a power of attorney lasts its stated term, at most 3 years, and 1 year when no term is stated (Civil Code art. 170)</translation>
    </message>
    <message>
        <source>Ask for a new notarized power of attorney.</source>
        <translation>Ask for a new notarized power of attorney.</translation>
    </message>
    <message>
        <source>the power of attorney was issued by IIN %1, not by the person the certificate is about (IIN %2)</source>
        <translation>the power of attorney was issued by IIN %1, not by the person the certificate is about (IIN %2)</translation>
    </message>
    <message>
        <source>the principal must be the person the certificate is about</source>
        <translation>the principal must be the person the certificate is about</translation>
    </message>
    <message>
        <source>Ask for a power of attorney issued by that person.</source>
        <translation>Ask for a power of attorney issued by that person.</translation>
    </message>
    <message>
        <source>the power of attorney names IIN %1 as the agent, but the one at the counter has IIN %2</source>
        <translation>the power of attorney names IIN %1 as the agent, but the one at the counter has IIN %2</translation>
    </message>
    <message>
        <source>the agent named in the power of attorney must be the one at the counter</source>
        <translation>the agent named in the power of attorney must be the one at the counter</translation>
    </message>
    <message>
        <source>Only the agent it names may apply with it.</source>
        <translation>Only the agent it names may apply with it.</translation>
    </message>
    <message>
        <source>a certificate about a minor is taken from another person only with a birth certificate linking them as parent and child</source>
        <translation>a certificate about a minor is taken from another person only with a birth certificate linking them as parent and child</translation>
    </message>
    <message>
        <source>A parent or guardian must come with the child&apos;s birth certificate.</source>
        <translation>A parent or guardian must come with the child&apos;s birth certificate.</translation>
    </message>
    <message>
        <source>the birth certificate is for the child with IIN %1, not for the person the certificate is about (IIN %2)</source>
        <translation>the birth certificate is for the child with IIN %1, not for the person the certificate is about (IIN %2)</translation>
    </message>
    <message>
        <source>Ask for this child&apos;s birth certificate.</source>
        <translation>Ask for this child&apos;s birth certificate.</translation>
    </message>
    <message>
        <source>the parent on the birth certificate has IIN %1, but the one at the counter has IIN %2</source>
        <translation>the parent on the birth certificate has IIN %1, but the one at the counter has IIN %2</translation>
    </message>
    <message>
        <source>Only a parent named on it may apply with it.</source>
        <translation>Only a parent named on it may apply with it.</translation>
    </message>
    <message>
        <source>Enter the parent named on the birth certificate.</source>
        <translation>Enter the parent named on the birth certificate.</translation>
    </message>
    <message>
        <source>the birth certificate names %1 as the parent, but %2 is at the counter</source>
        <translation>the birth certificate names %1 as the parent, but %2 is at the counter</translation>
    </message>
    <message>
        <source>a legal entity&apos;s application is brought by its representative</source>
        <translation>a legal entity&apos;s application is brought by its representative</translation>
    </message>
    <message>
        <source>Choose &quot;a legal entity&apos;s representative&quot;.</source>
        <translation>Choose &quot;a legal entity&apos;s representative&quot;.</translation>
    </message>
    <message>
        <source>the applicant is an individual, not a legal entity</source>
        <translation>the applicant is an individual, not a legal entity</translation>
    </message>
    <message>
        <source>Choose another option, or make the applicant a legal entity.</source>
        <translation>Choose another option, or make the applicant a legal entity.</translation>
    </message>
    <message>
        <source>is the IIN of the person the certificate is about</source>
        <translation>is the IIN of the person the certificate is about</translation>
    </message>
    <message>
        <source>When the person applies themselves, choose &quot;the person themselves&quot;.</source>
        <translation>When the person applies themselves, choose &quot;the person themselves&quot;.</translation>
    </message>
    <message>
        <source>Ask the person for the code shown in the eGov mobile app.</source>
        <translation>Ask the person for the code shown in the eGov mobile app.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of the digital documents service (4 to 8 digits)</source>
        <translation>&quot;%1&quot; is not a code of the digital documents service (4 to 8 digits)</translation>
    </message>
    <message>
        <source>Ask the person to read the code again.</source>
        <translation>Ask the person to read the code again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document number (5 to 20 letters and digits)</source>
        <translation>&quot;%1&quot; is not a document number (5 to 20 letters and digits)</translation>
    </message>
    <message>
        <source>Copy it from the document.</source>
        <translation>Copy it from the document.</translation>
    </message>
    <message>
        <source>the document is dated %1, after today</source>
        <translation>the document is dated %1, after today</translation>
    </message>
    <message>
        <source>an identity document cannot be issued in the future</source>
        <translation>an identity document cannot be issued in the future</translation>
    </message>
    <message>
        <source>Check the date against the document.</source>
        <translation>Check the date against the document.</translation>
    </message>
    <message>
        <source>Check both dates against the document.</source>
        <translation>Check both dates against the document.</translation>
    </message>
    <message>
        <source>the document expired on %1</source>
        <translation>the document expired on %1</translation>
    </message>
    <message>
        <source>the identity document must be valid on the day of application</source>
        <translation>the identity document must be valid on the day of application</translation>
    </message>
    <message>
        <source>Ask for a valid document or an e-document from the eGov app.</source>
        <translation>Ask for a valid document or an e-document from the eGov app.</translation>
    </message>
    <message>
        <source>Choose the country of destination from the list.</source>
        <translation>Choose the country of destination from the list.</translation>
    </message>
    <message>
        <source>Choose the country where the apostilled certificate will be used.</source>
        <translation>Choose the country where the apostilled certificate will be used.</translation>
    </message>
    <message>
        <source>an apostille is affixed only for countries where the Hague Convention is in force on the day</source>
        <translation>an apostille is affixed only for countries where the Hague Convention is in force on the day</translation>
    </message>
    <message>
        <source>Apply on or after %1, or without an apostille.</source>
        <translation>Apply on or after %1, or without an apostille.</translation>
    </message>
    <message>
        <source>The recipient was told and still wants the apostille.</source>
        <translation>The recipient was told and still wants the apostille.</translation>
    </message>
    <message>
        <source>Tell the recipient before taking any fee; tick &quot;The recipient was told&quot; only if they still want the apostille, or choose &quot;abroad&quot; without one.</source>
        <translation>Tell the recipient before taking any fee; tick &quot;The recipient was told&quot; only if they still want the apostille, or choose &quot;abroad&quot; without one.</translation>
    </message>
    <message>
        <source>no payment of the state fee of %1 tenge is recorded</source>
        <translation>no payment of the state fee of %1 tenge is recorded</translation>
    </message>
    <message>
        <source>the apostille is affixed only after the state fee is paid</source>
        <translation>the apostille is affixed only after the state fee is paid</translation>
    </message>
    <message>
        <source>Enter the reference of the payment.</source>
        <translation>Enter the reference of the payment.</translation>
    </message>
    <message>
        <source>Enter a phone number for notices.</source>
        <translation>Enter a phone number for notices.</translation>
    </message>
    <message>
        <source>Enter it as +7 7XX XXX XX XX.</source>
        <translation>Enter it as +7 7XX XXX XX XX.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a phone number</source>
        <translation>&quot;%1&quot; is not allowed in a phone number</translation>
    </message>
    <message>
        <source>a number of Kazakhstan has 11 digits with the 7; this one has %1</source>
        <translation>a number of Kazakhstan has 11 digits with the 7; this one has %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; is not a phone number</translation>
    </message>
    <message>
        <source>BIN of the legal entity</source>
        <translation>BIN of the legal entity</translation>
    </message>
    <message>
        <source>Name of the legal entity</source>
        <translation>Name of the legal entity</translation>
    </message>
    <message>
        <source>IIN of the person</source>
        <translation>IIN of the person</translation>
    </message>
    <message>
        <source>Surname of the person</source>
        <translation>Surname of the person</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Name of the person</translation>
    </message>
    <message>
        <source>Patronymic of the person</source>
        <translation>Patronymic of the person</translation>
    </message>
    <message>
        <source>Previous data</source>
        <translation>Previous data</translation>
    </message>
    <message>
        <source>Previous surname</source>
        <translation>Previous surname</translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation>Previous name</translation>
    </message>
    <message>
        <source>Previous patronymic</source>
        <translation>Previous patronymic</translation>
    </message>
    <message>
        <source>Previous date of birth</source>
        <translation>Previous date of birth</translation>
    </message>
    <message>
        <source>Document confirming the change</source>
        <translation>Document confirming the change</translation>
    </message>
    <message>
        <source>Number of the document confirming the change</source>
        <translation>Number of the document confirming the change</translation>
    </message>
    <message>
        <source>Date of the document confirming the change</source>
        <translation>Date of the document confirming the change</translation>
    </message>
    <message>
        <source>Who is at the counter</source>
        <translation>Who is at the counter</translation>
    </message>
    <message>
        <source>IIN of the one at the counter</source>
        <translation>IIN of the one at the counter</translation>
    </message>
    <message>
        <source>Surname of the one at the counter</source>
        <translation>Surname of the one at the counter</translation>
    </message>
    <message>
        <source>Name of the one at the counter</source>
        <translation>Name of the one at the counter</translation>
    </message>
    <message>
        <source>Patronymic of the one at the counter</source>
        <translation>Patronymic of the one at the counter</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>Power of attorney: notary</source>
        <translation>Power of attorney: notary</translation>
    </message>
    <message>
        <source>Power of attorney: registration number of the notarial act</source>
        <translation>Power of attorney: registration number of the notarial act</translation>
    </message>
    <message>
        <source>Power of attorney: date of issue</source>
        <translation>Power of attorney: date of issue</translation>
    </message>
    <message>
        <source>Power of attorney: term</source>
        <translation>Power of attorney: term</translation>
    </message>
    <message>
        <source>Power of attorney: IIN of the principal</source>
        <translation>Power of attorney: IIN of the principal</translation>
    </message>
    <message>
        <source>Power of attorney: IIN of the agent</source>
        <translation>Power of attorney: IIN of the agent</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Birth certificate: number</source>
        <translation>Birth certificate: number</translation>
    </message>
    <message>
        <source>Birth certificate: date of issue</source>
        <translation>Birth certificate: date of issue</translation>
    </message>
    <message>
        <source>Birth certificate: IIN of the child</source>
        <translation>Birth certificate: IIN of the child</translation>
    </message>
    <message>
        <source>Birth certificate: IIN of the parent</source>
        <translation>Birth certificate: IIN of the parent</translation>
    </message>
    <message>
        <source>Birth certificate: parent</source>
        <translation>Birth certificate: parent</translation>
    </message>
    <message>
        <source>Birth certificate: parent&apos;s surname</source>
        <translation>Birth certificate: parent&apos;s surname</translation>
    </message>
    <message>
        <source>Birth certificate: parent&apos;s name</source>
        <translation>Birth certificate: parent&apos;s name</translation>
    </message>
    <message>
        <source>Birth certificate: parent&apos;s patronymic</source>
        <translation>Birth certificate: parent&apos;s patronymic</translation>
    </message>
    <message>
        <source>Identity document: type</source>
        <translation>Identity document: type</translation>
    </message>
    <message>
        <source>Identity document: number</source>
        <translation>Identity document: number</translation>
    </message>
    <message>
        <source>Identity document: issued by</source>
        <translation>Identity document: issued by</translation>
    </message>
    <message>
        <source>Identity document: date of issue</source>
        <translation>Identity document: date of issue</translation>
    </message>
    <message>
        <source>Identity document: valid until</source>
        <translation>Identity document: valid until</translation>
    </message>
    <message>
        <source>E-document code</source>
        <translation>E-document code</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Country of destination</translation>
    </message>
    <message>
        <source>State fee: payment reference</source>
        <translation>State fee: payment reference</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Phone for notices</translation>
    </message>
    <message numerus="yes">
        <source>none is recorded, and the person is an adult (%n year(s) old) presented by someone else</source>
        <translation>
            <numerusform>none is recorded, and the person is an adult (%n year old) presented by someone else</numerusform>
            <numerusform>none is recorded, and the person is an adult (%n years old) presented by someone else</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the person is a minor (%n year(s) old today) and the one at the counter shows no birth certificate linking them</source>
        <translation>
            <numerusform>the person is a minor (%n year old today) and the one at the counter shows no birth certificate linking them</numerusform>
            <numerusform>the person is a minor (%n years old today) and the one at the counter shows no birth certificate linking them</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the previous surname, name, patronymic or birth date that changed, or untick &quot;The surname, name, patronymic or date of birth changed&quot;.</source>
        <translation>Enter the previous surname, name, patronymic or birth date that changed, or untick &quot;The surname, name, patronymic or date of birth changed&quot;.</translation>
    </message>
    <message>
        <source>an apostille is affixed only for countries where the Hague Convention of 5 October 1961 is in force; no override applies</source>
        <translation>an apostille is affixed only for countries where the Hague Convention of 5 October 1961 is in force; no override applies</translation>
    </message>
    <message>
        <source>Take it for travel abroad without an apostille: the consulate legalizes the paper certificate; no state fee is taken.</source>
        <translation>Take it for travel abroad without an apostille: the consulate legalizes the paper certificate; no state fee is taken.</translation>
    </message>
</context>
<context>
    <name>IntakeIdentityPage</name>
    <message>
        <source>Document &amp;type:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>Date of &amp;issue:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>E-document &amp;code:</source>
        <translation>E-document &amp;code:</translation>
    </message>
    <message>
        <source>the code the person reads from the eGov mobile app</source>
        <translation>the code the person reads from the eGov mobile app</translation>
    </message>
    <message>
        <source>Record the details only: collecting paper copies of identity documents is banned (Law 44-VIII).</source>
        <translation>Record the details only: collecting paper copies of identity documents is banned (Law 44-VIII).</translation>
    </message>
    <message>
        <source>Numbe&amp;r:</source>
        <translation>Numbe&amp;r:</translation>
    </message>
    <message>
        <source>Issue&amp;d by:</source>
        <translation>Issue&amp;d by:</translation>
    </message>
</context>
<context>
    <name>IntakePresenterPage</name>
    <message>
        <source>&amp;Who is at the counter:</source>
        <translation>&amp;Who is at the counter:</translation>
    </message>
    <message>
        <source>The one at the counter</source>
        <translation>The one at the counter</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>if any</translation>
    </message>
    <message>
        <source>Notarized power of attorney</source>
        <translation>Notarized power of attorney</translation>
    </message>
    <message>
        <source>No&amp;tary:</source>
        <translation>No&amp;tary:</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>&amp;Date of issue:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; an undated power of attorney is void</source>
        <translation>DD.MM.YYYY; an undated power of attorney is void</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY; empty when it states no term (1 year)</source>
        <translation>DD.MM.YYYY; empty when it states no term (1 year)</translation>
    </message>
    <message>
        <source>who gave it, as written in it</source>
        <translation>who gave it, as written in it</translation>
    </message>
    <message>
        <source>IIN of the a&amp;gent:</source>
        <translation>IIN of the a&amp;gent:</translation>
    </message>
    <message>
        <source>who it is given to, as written in it</source>
        <translation>who it is given to, as written in it</translation>
    </message>
    <message>
        <source>The child&apos;s birth certificate</source>
        <translation>The child&apos;s birth certificate</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>&amp;Child&apos;s IIN:</source>
        <translation>&amp;Child&apos;s IIN:</translation>
    </message>
    <message>
        <source>as written in it</source>
        <translation>as written in it</translation>
    </message>
    <message>
        <source>if written in it</source>
        <translation>if written in it</translation>
    </message>
    <message>
        <source>Parent&apos;s su&amp;rname:</source>
        <translation>Parent&apos;s su&amp;rname:</translation>
    </message>
    <message>
        <source>the parent named in it</source>
        <translation>the parent named in it</translation>
    </message>
    <message>
        <source>Parent&apos;s na&amp;me:</source>
        <translation>Parent&apos;s na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;IIN:</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>S&amp;urname:</translation>
    </message>
    <message>
        <source>Patron&amp;ymic:</source>
        <translation>Patron&amp;ymic:</translation>
    </message>
    <message>
        <source>Registration number of the notaria&amp;l act:</source>
        <translation>Registration number of the notaria&amp;l act:</translation>
    </message>
    <message>
        <source>IIN of t&amp;he principal:</source>
        <translation>IIN of t&amp;he principal:</translation>
    </message>
    <message>
        <source>Numb&amp;er:</source>
        <translation>Numb&amp;er:</translation>
    </message>
    <message>
        <source>Date o&amp;f issue:</source>
        <translation>Date o&amp;f issue:</translation>
    </message>
    <message>
        <source>&amp;Parent&apos;s IIN:</source>
        <translation>&amp;Parent&apos;s IIN:</translation>
    </message>
</context>
<context>
    <name>IntakePurposePage</name>
    <message>
        <source>For use in &amp;Kazakhstan: electronic result</source>
        <translation>For use in &amp;Kazakhstan: electronic result</translation>
    </message>
    <message>
        <source>For travel &amp;abroad: paper certificate</source>
        <translation>For travel &amp;abroad: paper certificate</translation>
    </message>
    <message>
        <source>Abroad with an a&amp;postille: paper certificate, state fee</source>
        <translation>Abroad with an a&amp;postille: paper certificate, state fee</translation>
    </message>
    <message>
        <source>&amp;Country of destination:</source>
        <translation>&amp;Country of destination:</translation>
    </message>
    <message>
        <source>The recipient was &amp;told that no apostille is needed and still wants one</source>
        <translation>The recipient was &amp;told that no apostille is needed and still wants one</translation>
    </message>
    <message>
        <source>State fee:</source>
        <translation>State fee:</translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation>Payment &amp;reference:</translation>
    </message>
    <message>
        <source>receipt or transaction number of the paid fee</source>
        <translation>receipt or transaction number of the paid fee</translation>
    </message>
    <message>
        <source>P&amp;hone for notices:</source>
        <translation>P&amp;hone for notices:</translation>
    </message>
    <message>
        <source>+7 7XX XXX XX XX</source>
        <translation>+7 7XX XXX XX XX</translation>
    </message>
    <message>
        <source>Take it abroad &amp;without an apostille</source>
        <translation>Take it abroad &amp;without an apostille</translation>
    </message>
    <message>
        <source>Notice lang&amp;uage:</source>
        <translation>Notice lang&amp;uage:</translation>
    </message>
    <message>
        <source>A&amp;grees to SMS notices to this phone</source>
        <translation>A&amp;grees to SMS notices to this phone</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>There is no refused check to override.</source>
        <translation>There is no refused check to override.</translation>
    </message>
    <message>
        <source>%1 This is an error in what was entered, not a rule a supervisor may waive: correct it.</source>
        <translation>%1 This is an error in what was entered, not a rule a supervisor may waive: correct it.</translation>
    </message>
    <message>
        <source>Reason: write why the check may be passed (at least 5 characters); it is recorded with the case.</source>
        <translation>Reason: write why the check may be passed (at least 5 characters); it is recorded with the case.</translation>
    </message>
    <message>
        <source>Supervisor: enter the supervisor&apos;s login and password.</source>
        <translation>Supervisor: enter the supervisor&apos;s login and password.</translation>
    </message>
    <message>
        <source>%1 has the role %2, which may not override a check; ask a supervisor.</source>
        <translation>%1 has the role %2, which may not override a check; ask a supervisor.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n problem(s) remain.</source>
        <translation>
            <numerusform>Nothing was saved: %n problem remains.</numerusform>
            <numerusform>Nothing was saved: %n problems remain.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is busy or read-only; nothing was saved. Try again in a moment.</source>
        <translation>The database is busy or read-only; nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Nothing was saved. %1</translation>
    </message>
    <message>
        <source>%1 The law makes it useless, so no supervisor may let it pass.</source>
        <translation>%1 The law makes it useless, so no supervisor may let it pass.</translation>
    </message>
    <message>
        <source>%1 ₸ (%2 MCI; MCI %3 = %4 ₸)</source>
        <translation>%1 ₸ (%2 MCI; MCI %3 = %4 ₸)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>IntakeSubjectPage</name>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;IIN:</translation>
    </message>
    <message>
        <source>12 digits; birth date and sex come from it</source>
        <translation>12 digits; birth date and sex come from it</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <source>if any</source>
        <translation>if any</translation>
    </message>
    <message>
        <source>The surname, name, patronymic or date of birth &amp;changed (the information systems may not know it)</source>
        <translation>The surname, name, patronymic or date of birth &amp;changed (the information systems may not know it)</translation>
    </message>
    <message>
        <source>Previous data and the document confirming the change</source>
        <translation>Previous data and the document confirming the change</translation>
    </message>
    <message>
        <source>Previous surname:</source>
        <translation>Previous surname:</translation>
    </message>
    <message>
        <source>only what changed</source>
        <translation>only what changed</translation>
    </message>
    <message>
        <source>Previous name:</source>
        <translation>Previous name:</translation>
    </message>
    <message>
        <source>Previous patronymic:</source>
        <translation>Previous patronymic:</translation>
    </message>
    <message>
        <source>Previous date of birth:</source>
        <translation>Previous date of birth:</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Confirming document:</source>
        <translation>Confirming document:</translation>
    </message>
    <message>
        <source>Its number:</source>
        <translation>Its number:</translation>
    </message>
    <message>
        <source>Its date:</source>
        <translation>Its date:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>S&amp;urname:</source>
        <translation>S&amp;urname:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
</context>
<context>
    <name>InterimNoticeDocument</name>
    <message>
        <source>State Corporation &quot;Government for Citizens&quot;</source>
        <translation>State Corporation &quot;Government for Citizens&quot;</translation>
    </message>
    <message>
        <source>Interim response</source>
        <translation>Interim response</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Date the application was submitted</source>
        <translation>Date the application was submitted</translation>
    </message>
    <message>
        <source>Person the certificate is about</source>
        <translation>Person the certificate is about</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>The service provider is carrying out an additional identification check of persons with similar personal data, so the certificate cannot be issued within the set time.</source>
        <translation>The service provider is carrying out an additional identification check of persons with similar personal data, so the certificate cannot be issued within the set time.</translation>
    </message>
    <message>
        <source>May apply again from</source>
        <translation>May apply again from</translation>
    </message>
    <message>
        <source>Interim response due</source>
        <translation>Interim response due</translation>
    </message>
    <message>
        <source>Interim response given</source>
        <translation>Interim response given</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>You may apply again from %1: the working days of the term are counted from the day the service provider received the application.</source>
        <translation>You may apply again from %1: the working days of the term are counted from the day the service provider received the application.</translation>
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
        <translation>%1 was recorded at intake; %2 is shown now</translation>
    </message>
    <message>
        <source>A renewed document is normal: check that it is the same person. Both numbers are recorded with the handing over.</source>
        <translation>A renewed document is normal: check that it is the same person. Both numbers are recorded with the handing over.</translation>
    </message>
</context>
<context>
    <name>IssuanceJournalDocument</name>
    <message>
        <source>representative</source>
        <translation>representative</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>legal entity&apos;s representative</source>
        <translation>legal entity&apos;s representative</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>Journal of issued certificates</source>
        <translation>Journal of issued certificates</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Journal of issued certificates of no criminal record</source>
        <translation>Journal of issued certificates of no criminal record</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date, time</source>
        <translation>Date, time</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Certificate about</source>
        <translation>Certificate about</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Collector&apos;s signature</source>
        <translation>Collector&apos;s signature</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>Total issued: %1</source>
        <translation>Total issued: %1</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>identity card</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passport</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>residence permit</translation>
    </message>
    <message>
        <source>stateless person&apos;s certificate</source>
        <translation>stateless person&apos;s certificate</translation>
    </message>
    <message>
        <source>digital document</source>
        <translation>digital document</translation>
    </message>
    <message>
        <source>notary</source>
        <translation>notary</translation>
    </message>
    <message>
        <source>Document (type, No., issued by, valid to), power of attorney</source>
        <translation>Document (type, No., issued by, valid to), power of attorney</translation>
    </message>
</context>
<context>
    <name>IssuanceService</name>
    <message>
        <source>Receipt number %1 is not valid (%2); scan the receipt again or retype the number.</source>
        <translation>Receipt number %1 is not valid (%2); scan the receipt again or retype the number.</translation>
    </message>
    <message>
        <source>No case matches &quot;%1&quot;; scan the receipt&apos;s QR code, type the receipt number, or type the person&apos;s 12-digit IIN.</source>
        <translation>No case matches &quot;%1&quot;; scan the receipt&apos;s QR code, type the receipt number, or type the person&apos;s 12-digit IIN.</translation>
    </message>
    <message>
        <source>No case matches &quot;%1&quot;.</source>
        <translation>No case matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Case %1 is %2: a paper certificate is issued only while it is at the branch.</source>
        <translation>Case %1 is %2: a paper certificate is issued only while it is at the branch.</translation>
    </message>
    <message>
        <source>The certificate cannot be handed over: %1</source>
        <translation>The certificate cannot be handed over: %1</translation>
    </message>
    <message>
        <source>Case %1 has no paper certificate to print: record the provider&apos;s certificate first.</source>
        <translation>Case %1 has no paper certificate to print: record the provider&apos;s certificate first.</translation>
    </message>
    <message>
        <source>The journal&apos;s period is not valid; choose a first day on or before the last day.</source>
        <translation>The journal&apos;s period is not valid; choose a first day on or before the last day.</translation>
    </message>
    <message numerus="yes">
        <source>Receipt %1 is on %n cases (%2): two workstations issued the same number. Type the IIN of the person the certificate is about, from their documents, to be sure this is their case.</source>
        <translation>
            <numerusform>Receipt %1 is on %n case (%2): two workstations issued the same number. Type the IIN of the person the certificate is about, from their documents, to be sure this is their case.</numerusform>
            <numerusform>Receipt %1 is on %n cases (%2): two workstations issued the same number. Type the IIN of the person the certificate is about, from their documents, to be sure this is their case.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIN %1 is the IIN of %2, whose case has the same receipt number: open that case (search by the IIN) and issue its certificate there.</source>
        <translation>IIN %1 is the IIN of %2, whose case has the same receipt number: open that case (search by the IIN) and issue its certificate there.</translation>
    </message>
    <message>
        <source>IIN %1 is the IIN of neither person with receipt %2 (%3): check the IIN on the documents.</source>
        <translation>IIN %1 is the IIN of neither person with receipt %2 (%3): check the IIN on the documents.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>CertDesk — locked</source>
        <translation>CertDesk — locked</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Another person at this counter</source>
        <translation>Another person at this counter</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>L&amp;ogin:</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>P&amp;assword:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
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
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Receipt number (scan it), IIN or surname — then Enter</source>
        <translation>Receipt number (scan it), IIN or surname — then Enter</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Su&amp;bmitted:</source>
        <translation>Su&amp;bmitted:</translation>
    </message>
</context>
<context>
    <name>NameNormalizer</name>
    <message>
        <source>contains the digit &quot;%1&quot;: a name has letters only</source>
        <translation>contains the digit &quot;%1&quot;: a name has letters only</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, which is not a letter, a hyphen or an apostrophe</source>
        <translation>contains &quot;%1&quot;, which is not a letter, a hyphen or an apostrophe</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;, a letter of neither the Cyrillic nor the Latin alphabet</source>
        <translation>contains &quot;%1&quot;, a letter of neither the Cyrillic nor the Latin alphabet</translation>
    </message>
    <message>
        <source>mixes Cyrillic (&quot;%1&quot;) and Latin (&quot;%2&quot;) letters: retype it in one alphabet, as in the identity document</source>
        <translation>mixes Cyrillic (&quot;%1&quot;) and Latin (&quot;%2&quot;) letters: retype it in one alphabet, as in the identity document</translation>
    </message>
    <message>
        <source>Cyrillic letters that look Latin (%1) were made Latin</source>
        <translation>Cyrillic letters that look Latin (%1) were made Latin</translation>
    </message>
    <message>
        <source>Latin letters that look Cyrillic (%1) were made Cyrillic</source>
        <translation>Latin letters that look Cyrillic (%1) were made Cyrillic</translation>
    </message>
    <message>
        <source>spaces and punctuation were tidied</source>
        <translation>spaces and punctuation were tidied</translation>
    </message>
    <message numerus="yes">
        <source>is %n character(s) long; a name has at most %1</source>
        <translation>
            <numerusform>is %n character long; a name has at most %1</numerusform>
            <numerusform>is %n characters long; a name has at most %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>Workstation &quot;%1&quot; is not a device id: copy it from &quot;certdeskctl device show&quot; on that workstation.</source>
        <translation>Workstation &quot;%1&quot; is not a device id: copy it from &quot;certdeskctl device show&quot; on that workstation.</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <source>SMS notices</source>
        <translation>SMS notices</translation>
    </message>
    <message>
        <source>The branch&apos;s SMS gateway, as its provider gave it. Only the notifier workstation sends; the secret is kept in the system&apos;s credential store, never in the database.</source>
        <translation>The branch&apos;s SMS gateway, as its provider gave it. Only the notifier workstation sends; the secret is kept in the system&apos;s credential store, never in the database.</translation>
    </message>
    <message>
        <source>Gateway &amp;address:</source>
        <translation>Gateway &amp;address:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Sender &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret:</translation>
    </message>
    <message>
        <source>Make this workstation the no&amp;tifier</source>
        <translation>Make this workstation the no&amp;tifier</translation>
    </message>
</context>
<context>
    <name>NoticeStore</name>
    <message>
        <source>The notice %1 was already sent.</source>
        <translation>The notice %1 was already sent.</translation>
    </message>
    <message>
        <source>There is no notice %1.</source>
        <translation>There is no notice %1.</translation>
    </message>
</context>
<context>
    <name>NotifierDesignation</name>
    <message>
        <source>No workstation of the branch is set to send the notices.</source>
        <translation>No workstation of the branch is set to send the notices.</translation>
    </message>
    <message>
        <source>Workstation %1 sends the notices, not this one.</source>
        <translation>Workstation %1 sends the notices, not this one.</translation>
    </message>
    <message numerus="yes">
        <source>This workstation has not exchanged with the server for over %n minute(s): it sends no notice until it does, since another workstation may have been made the notifier meanwhile.</source>
        <translation>
            <numerusform>This workstation has not exchanged with the server for over %n minute: it sends no notice until it does, since another workstation may have been made the notifier meanwhile.</numerusform>
            <numerusform>This workstation has not exchanged with the server for over %n minutes: it sends no notice until it does, since another workstation may have been made the notifier meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation was made the notifier; it starts once the change has reached the server.</source>
        <translation>This workstation was made the notifier; it starts once the change has reached the server.</translation>
    </message>
    <message numerus="yes">
        <source>This workstation was made the notifier; it starts in %n minute(s), when the previous one has surely stopped.</source>
        <translation>
            <numerusform>This workstation was made the notifier; it starts in %n minute, when the previous one has surely stopped.</numerusform>
            <numerusform>This workstation was made the notifier; it starts in %n minutes, when the previous one has surely stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Supervisor override</source>
        <translation>Supervisor override</translation>
    </message>
    <message>
        <source>Supervisor &amp;login:</source>
        <translation>Supervisor &amp;login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>why the check may be passed; recorded with the case</source>
        <translation>why the check may be passed; recorded with the case</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password contains a control character; use letters, digits and punctuation only.</source>
        <translation>The password contains a control character; use letters, digits and punctuation only.</translation>
    </message>
    <message>
        <source>The password needs at least one letter and one digit; add the missing kind.</source>
        <translation>The password needs at least one letter and one digit; add the missing kind.</translation>
    </message>
    <message>
        <source>The password repeats too few different characters; choose one with at least four different characters.</source>
        <translation>The password repeats too few different characters; choose one with at least four different characters.</translation>
    </message>
    <message>
        <source>The password contains the login &quot;%1&quot;; choose one that does not.</source>
        <translation>The password contains the login &quot;%1&quot;; choose one that does not.</translation>
    </message>
    <message>
        <source>The password is on every list of common passwords; choose another one.</source>
        <translation>The password is on every list of common passwords; choose another one.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s), with at least one letter and one digit, not containing the login.</source>
        <translation>
            <numerusform>At least %n character, with at least one letter and one digit, not containing the login.</numerusform>
            <numerusform>At least %n characters, with at least one letter and one digit, not containing the login.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password has %n character(s); use at least %1, with letters and digits.</source>
        <translation>
            <numerusform>The password has %n character; use at least %1, with letters and digits.</numerusform>
            <numerusform>The password has %n characters; use at least %1, with letters and digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is longer than %n character(s); choose a shorter one.</source>
        <translation>
            <numerusform>The password is longer than %n character; choose a shorter one.</numerusform>
            <numerusform>The password is longer than %n characters; choose a shorter one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Documents go straight to these printers of this computer, one key each.</source>
        <translation>Documents go straight to these printers of this computer, one key each.</translation>
    </message>
    <message>
        <source>&amp;Receipts and notices (A5):</source>
        <translation>&amp;Receipts and notices (A5):</translation>
    </message>
    <message>
        <source>Show a pre&amp;view before printing</source>
        <translation>Show a pre&amp;view before printing</translation>
    </message>
    <message>
        <source>&amp;Applications, certificates, acts, journals (A4):</source>
        <translation>&amp;Applications, certificates, acts, journals (A4):</translation>
    </message>
</context>
<context>
    <name>PurgeService</name>
    <message>
        <source>%1 is signed in as %2; removing personal data is for a supervisor or an administrator.</source>
        <translation>%1 is signed in as %2; removing personal data is for a supervisor or an administrator.</translation>
    </message>
    <message>
        <source>The retention setting privacy.retention_months is %1; set it to a number of months of at least 1.</source>
        <translation>The retention setting privacy.retention_months is %1; set it to a number of months of at least 1.</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>For use in Kazakhstan, in electronic form</source>
        <translation>For use in Kazakhstan, in electronic form</translation>
    </message>
    <message>
        <source>For travel abroad, on paper</source>
        <translation>For travel abroad, on paper</translation>
    </message>
    <message>
        <source>For travel abroad, with an apostille, on paper</source>
        <translation>For travel abroad, with an apostille, on paper</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Representative %1 (notarized power of attorney)</source>
        <translation>Representative %1 (notarized power of attorney)</translation>
    </message>
    <message>
        <source>Parent (guardian) %1</source>
        <translation>Parent (guardian) %1</translation>
    </message>
    <message>
        <source>Representative of the legal entity %1</source>
        <translation>Representative of the legal entity %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>The result will be sent to the personal account on the eGov portal; there is no need to come to the branch again.</source>
        <translation>The result will be sent to the personal account on the eGov portal; there is no need to come to the branch again.</translation>
    </message>
    <message>
        <source>A notice will be sent to the phone: %1</source>
        <translation>A notice will be sent to the phone: %1</translation>
    </message>
    <message>
        <source>An identity document (or the digital document in the eGov mobile app).</source>
        <translation>An identity document (or the digital document in the eGov mobile app).</translation>
    </message>
    <message>
        <source>This receipt.</source>
        <translation>This receipt.</translation>
    </message>
    <message>
        <source>If a representative collects it: the representative&apos;s identity document and the notarized power of attorney.</source>
        <translation>If a representative collects it: the representative&apos;s identity document and the notarized power of attorney.</translation>
    </message>
    <message>
        <source>The certificate is kept at the branch for one month from the day it arrives, then handed over to the service provider.</source>
        <translation>The certificate is kept at the branch for one month from the day it arrives, then handed over to the service provider.</translation>
    </message>
    <message>
        <source>We will tell you by phone when the certificate arrives: %1</source>
        <translation>We will tell you by phone when the certificate arrives: %1</translation>
    </message>
    <message>
        <source>Keep this receipt until you receive the result</source>
        <translation>Keep this receipt until you receive the result</translation>
    </message>
    <message>
        <source>State Corporation &quot;Government for Citizens&quot;</source>
        <translation>State Corporation &quot;Government for Citizens&quot;</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Receipt for accepted documents</source>
        <translation>Receipt for accepted documents</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Date and time of acceptance</source>
        <translation>Date and time of acceptance</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Public service</translation>
    </message>
    <message>
        <source>Issuance of a certificate of no criminal record</source>
        <translation>Issuance of a certificate of no criminal record</translation>
    </message>
    <message>
        <source>Applicant (legal entity)</source>
        <translation>Applicant (legal entity)</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>BIN</translation>
    </message>
    <message>
        <source>Person the certificate is about</source>
        <translation>Person the certificate is about</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Documents submitted by</source>
        <translation>Documents submitted by</translation>
    </message>
    <message>
        <source>Purpose and form of the result</source>
        <translation>Purpose and form of the result</translation>
    </message>
    <message>
        <source>Country of destination</source>
        <translation>Country of destination</translation>
    </message>
    <message>
        <source>State fee for the apostille</source>
        <translation>State fee for the apostille</translation>
    </message>
    <message>
        <source>Service delivery time</source>
        <translation>Service delivery time</translation>
    </message>
    <message>
        <source>To collect the result</source>
        <translation>To collect the result</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>until %1, %2</source>
        <translation>until %1, %2</translation>
    </message>
    <message>
        <source>%1 ₸ (%2 MCI), payment: %3</source>
        <translation>%1 ₸ (%2 MCI), payment: %3</translation>
    </message>
</context>
<context>
    <name>ReceiptNumber</name>
    <message>
        <source>The branch code &quot;%1&quot; is not 4 digits: a technician must set branch.code before receipts can be numbered</source>
        <translation>The branch code &quot;%1&quot; is not 4 digits: a technician must set branch.code before receipts can be numbered</translation>
    </message>
    <message>
        <source>The workstation number %1 is not between 1 and 99: a technician must set branch.workstation, unique within the branch</source>
        <translation>The workstation number %1 is not between 1 and 99: a technician must set branch.workstation, unique within the branch</translation>
    </message>
    <message>
        <source>The date %1 cannot be written in a receipt number</source>
        <translation>The date %1 cannot be written in a receipt number</translation>
    </message>
    <message>
        <source>The receipt number is empty: type or scan its 17 digits</source>
        <translation>The receipt number is empty: type or scan its 17 digits</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the receipt number is not a digit: a receipt number has 17 digits</source>
        <translation>Character %1 (&quot;%2&quot;) of the receipt number is not a digit: a receipt number has 17 digits</translation>
    </message>
    <message>
        <source>The receipt number %1 fails its check digit: a digit was mistyped or two were swapped; check it against the receipt</source>
        <translation>The receipt number %1 fails its check digit: a digit was mistyped or two were swapped; check it against the receipt</translation>
    </message>
    <message>
        <source>Digits 7-12 of the receipt number %1 are not a date (YYMMDD)</source>
        <translation>Digits 7-12 of the receipt number %1 are not a date (YYMMDD)</translation>
    </message>
    <message>
        <source>The receipt number %1 has a zero workstation or sequence: no workstation issues such a number</source>
        <translation>The receipt number %1 has a zero workstation or sequence: no workstation issues such a number</translation>
    </message>
    <message numerus="yes">
        <source>The receipt number has %n digit(s); it must have 17</source>
        <translation>
            <numerusform>The receipt number has %n digit; it must have 17</numerusform>
            <numerusform>The receipt number has %n digits; it must have 17</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt number %1 of the day is out of range: a workstation numbers at most %n receipt(s) a day</source>
        <translation>
            <numerusform>Receipt number %1 of the day is out of range: a workstation numbers at most %n receipt a day</numerusform>
            <numerusform>Receipt number %1 of the day is out of range: a workstation numbers at most %n receipts a day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>The receipt %1</source>
        <translation>The receipt %1</translation>
    </message>
    <message>
        <source>The application is saved: Ctrl+P in its case prints the receipt again.</source>
        <translation>The application is saved: Ctrl+P in its case prints the receipt again.</translation>
    </message>
</context>
<context>
    <name>ResultService</name>
    <message>
        <source>no criminal record</source>
        <translation>no criminal record</translation>
    </message>
    <message>
        <source>a criminal record was found</source>
        <translation>a criminal record was found</translation>
    </message>
    <message>
        <source>Certificate number is empty; type the number printed on the provider&apos;s certificate.</source>
        <translation>Certificate number is empty; type the number printed on the provider&apos;s certificate.</translation>
    </message>
    <message>
        <source>Result is not chosen; choose &quot;no criminal record&quot; or &quot;a criminal record was found&quot;.</source>
        <translation>Result is not chosen; choose &quot;no criminal record&quot; or &quot;a criminal record was found&quot;.</translation>
    </message>
    <message>
        <source>Certificate date is missing; enter the date on the provider&apos;s certificate.</source>
        <translation>Certificate date is missing; enter the date on the provider&apos;s certificate.</translation>
    </message>
    <message>
        <source>Certificate date %1 is in the future; check the date on the provider&apos;s certificate.</source>
        <translation>Certificate date %1 is in the future; check the date on the provider&apos;s certificate.</translation>
    </message>
    <message>
        <source>Certificate date %1 is before the application of %2; check the date on the provider&apos;s certificate.</source>
        <translation>Certificate date %1 is before the application of %2; check the date on the provider&apos;s certificate.</translation>
    </message>
    <message>
        <source>Case %1 is not on the composite service with an apostille: the law gives no grounds to refuse the certificate itself. Record the provider&apos;s certificate instead.</source>
        <translation>Case %1 is not on the composite service with an apostille: the law gives no grounds to refuse the certificate itself. Record the provider&apos;s certificate instead.</translation>
    </message>
    <message>
        <source>Reason of refusal is empty or too short; copy the provider&apos;s motivated reasons in full.</source>
        <translation>Reason of refusal is empty or too short; copy the provider&apos;s motivated reasons in full.</translation>
    </message>
</context>
<context>
    <name>RuleCheck</name>
    <message>
        <source>the MCI of %1 is %2: it must be a positive whole number of tenge</source>
        <translation>the MCI of %1 is %2: it must be a positive whole number of tenge</translation>
    </message>
    <message>
        <source>the MCI of %1 is %2 tenge, which cannot be right: write it in tenge, such as 4325</source>
        <translation>the MCI of %1 is %2 tenge, which cannot be right: write it in tenge, such as 4325</translation>
    </message>
    <message>
        <source>the apostille fee must be above 0 and at most 100 MCI (it is %1)</source>
        <translation>the apostille fee must be above 0 and at most 100 MCI (it is %1)</translation>
    </message>
    <message>
        <source>the apostille fee %1 MCI has more than two decimals</source>
        <translation>the apostille fee %1 MCI has more than two decimals</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is out of range: minutes from 1 to %2, not %3</source>
        <translation>the term &quot;%1&quot; is out of range: minutes from 1 to %2, not %3</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is out of range: working days from 1 to %2, not %3</source>
        <translation>the term &quot;%1&quot; is out of range: working days from 1 to %2, not %3</translation>
    </message>
    <message>
        <source>the Hague party %1 needs the date the Convention entered into force</source>
        <translation>the Hague party %1 needs the date the Convention entered into force</translation>
    </message>
    <message>
        <source>%1: name the conventions, such as &quot;Minsk 1993; Chisinau 2002&quot;</source>
        <translation>%1: name the conventions, such as &quot;Minsk 1993; Chisinau 2002&quot;</translation>
    </message>
    <message>
        <source>the %1 calendar lists no holiday: a year&apos;s calendar is replaced as a whole, so list every holiday of %1</source>
        <translation>the %1 calendar lists no holiday: a year&apos;s calendar is replaced as a whole, so list every holiday of %1</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 is not in %2</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>the holiday of %1 needs its name in Kazakh, Russian and English (&quot;kk&quot;, &quot;ru&quot;, &quot;en&quot;)</source>
        <translation>the holiday of %1 needs its name in Kazakh, Russian and English (&quot;kk&quot;, &quot;ru&quot;, &quot;en&quot;)</translation>
    </message>
    <message>
        <source>%1 is a holiday, or listed twice: a decree day cannot be on it</source>
        <translation>%1 is a holiday, or listed twice: a decree day cannot be on it</translation>
    </message>
    <message>
        <source>%1 is a %2: a decree makes a working day only of a Saturday or Sunday</source>
        <translation>%1 is a %2: a decree makes a working day only of a Saturday or Sunday</translation>
    </message>
    <message>
        <source>%1 is a %2, a day off already: a decree day off is a weekday</source>
        <translation>%1 is a %2, a day off already: a decree day off is a weekday</translation>
    </message>
    <message>
        <source>the %1 calendar leaves no working day in the year: every deadline in %1 would be impossible</source>
        <translation>the %1 calendar leaves no working day in the year: every deadline in %1 would be impossible</translation>
    </message>
    <message numerus="yes">
        <source>the %1 calendar leaves %n working day(s) in the year, fewer than half of its weekdays: check the list</source>
        <translation>
            <numerusform>the %1 calendar leaves %n working day in the year, fewer than half of its weekdays: check the list</numerusform>
            <numerusform>the %1 calendar leaves %n working days in the year, fewer than half of its weekdays: check the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 calendar leaves no working day from %2 to %3 (%n day(s)): check the list</source>
        <translation>
            <numerusform>the %1 calendar leaves no working day from %2 to %3 (%n day): check the list</numerusform>
            <numerusform>the %1 calendar leaves no working day from %2 to %3 (%n days): check the list</numerusform>
        </translation>
    </message>
    <message>
        <source>Kazakhstan (KZ) must stay a Hague party: without its date no apostille could be in force with any country</source>
        <translation>Kazakhstan (KZ) must stay a Hague party: without its date no apostille could be in force with any country</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; would have no value at all: keep at least one</source>
        <translation>the term &quot;%1&quot; would have no value at all: keep at least one</translation>
    </message>
    <message>
        <source>the apostille fee would have no value at all: keep at least one</source>
        <translation>the apostille fee would have no value at all: keep at least one</translation>
    </message>
</context>
<context>
    <name>RuleProblem</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>The MCI of %1 is not in the rules, so the apostille fee cannot be computed. A supervisor enters it under Tools → Rules (or the central rules database sends it).</source>
        <translation>The MCI of %1 is not in the rules, so the apostille fee cannot be computed. A supervisor enters it under Tools → Rules (or the central rules database sends it).</translation>
    </message>
    <message>
        <source>No apostille fee is in force on %1 in the rules. A supervisor enters it under Tools → Rules.</source>
        <translation>No apostille fee is in force on %1 in the rules. A supervisor enters it under Tools → Rules.</translation>
    </message>
</context>
<context>
    <name>RuleUnit</name>
    <message>
        <source>&quot;%1&quot; is missing: write the date as YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is missing: write the date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date in quotes, YYYY-MM-DD</source>
        <translation>&quot;%1&quot; must be a date in quotes, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text in quotes</source>
        <translation>&quot;%1&quot; must be text in quotes</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; and &quot;swaps&quot; must be lists</source>
        <translation>&quot;holidays&quot; and &quot;swaps&quot; must be lists</translation>
    </message>
    <message>
        <source>a decree day needs &quot;working&quot;: true (a weekend day worked) or false (a weekday off)</source>
        <translation>a decree day needs &quot;working&quot;: true (a weekend day worked) or false (a weekday off)</translation>
    </message>
    <message>
        <source>electronic result</source>
        <translation>electronic result</translation>
    </message>
    <message>
        <source>additional identification check</source>
        <translation>additional identification check</translation>
    </message>
    <message>
        <source>interim response during the additional check</source>
        <translation>interim response during the additional check</translation>
    </message>
    <message>
        <source>reapplication after the additional check</source>
        <translation>reapplication after the additional check</translation>
    </message>
    <message>
        <source>paper result, branch in a regional centre</source>
        <translation>paper result, branch in a regional centre</translation>
    </message>
    <message>
        <source>paper result, other branch</source>
        <translation>paper result, other branch</translation>
    </message>
    <message>
        <source>paper result with an apostille</source>
        <translation>paper result with an apostille</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>MCI</source>
        <translation>MCI</translation>
    </message>
    <message>
        <source>Apostille fee</source>
        <translation>Apostille fee</translation>
    </message>
    <message>
        <source>Service term</source>
        <translation>Service term</translation>
    </message>
    <message>
        <source>Hague Apostille Convention</source>
        <translation>Hague Apostille Convention</translation>
    </message>
    <message>
        <source>Minsk/Chisinau conventions</source>
        <translation>Minsk/Chisinau conventions</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a date; write YYYY-MM-DD</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; is not a date; write YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 does not exist: there is no month %3</source>
        <translation>&quot;%1&quot;: %2 does not exist: there is no month %3</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %2 does not exist: %3 %4 has %n day(s)</source>
        <translation>
            <numerusform>&quot;%1&quot;: %2 does not exist: %3 %4 has %n day</numerusform>
            <numerusform>&quot;%1&quot;: %2 does not exist: %3 %4 has %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>a record sets one rule: it has both &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>a record sets one rule: it has both &quot;%1&quot; and &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not a rule: a record starts with &quot;holiday&quot;, &quot;swap&quot;, &quot;calendar&quot;, &quot;mci&quot;, &quot;fee&quot;, &quot;term&quot;, &quot;hague&quot; or &quot;legal_assistance&quot;</source>
        <translation>not a rule: a record starts with &quot;holiday&quot;, &quot;swap&quot;, &quot;calendar&quot;, &quot;mci&quot;, &quot;fee&quot;, &quot;term&quot;, &quot;hague&quot; or &quot;legal_assistance&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a &quot;%2&quot; rule</source>
        <translation>&quot;%1&quot; is not a field of a &quot;%2&quot; rule</translation>
    </message>
    <message>
        <source>&quot;removed&quot; must be true or false</source>
        <translation>&quot;removed&quot; must be true or false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a year, such as 2027</source>
        <translation>&quot;%1&quot; must be a year, such as 2027</translation>
    </message>
    <message>
        <source>&quot;fee&quot;: the only fee in the rules is &quot;apostille&quot;</source>
        <translation>&quot;fee&quot;: the only fee in the rules is &quot;apostille&quot;</translation>
    </message>
    <message>
        <source>&quot;term&quot;: &quot;%1&quot; is not a service term; the terms are electronic, additional_check, interim_notice, reapply_after, paper_regional, paper_district and apostille</source>
        <translation>&quot;term&quot;: &quot;%1&quot; is not a service term; the terms are electronic, additional_check, interim_notice, reapply_after, paper_regional, paper_district and apostille</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a country code in quotes, such as &quot;VN&quot;</source>
        <translation>&quot;%1&quot; must be a country code in quotes, such as &quot;VN&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (ISO 3166-1, two letters)</source>
        <translation>&quot;%1&quot; is not a known country code (ISO 3166-1, two letters)</translation>
    </message>
    <message>
        <source>&quot;tenge&quot; must be a whole number of tenge, such as 4325</source>
        <translation>&quot;tenge&quot; must be a whole number of tenge, such as 4325</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is counted in %2, not in %3</source>
        <translation>the term &quot;%1&quot; is counted in %2, not in %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; must be a whole number</translation>
    </message>
    <message>
        <source>no working-day calendar for %1</source>
        <translation>no working-day calendar for %1</translation>
    </message>
    <message>
        <source>no MCI for %1</source>
        <translation>no MCI for %1</translation>
    </message>
    <message>
        <source>no apostille fee from %1</source>
        <translation>no apostille fee from %1</translation>
    </message>
    <message>
        <source>no value of the term &quot;%1&quot; from %2</source>
        <translation>no value of the term &quot;%1&quot; from %2</translation>
    </message>
    <message>
        <source>%1 is not a party to the Hague Apostille Convention</source>
        <translation>%1 is not a party to the Hague Apostille Convention</translation>
    </message>
    <message>
        <source>%1 is not a party to the Minsk/Chisinau conventions</source>
        <translation>%1 is not a party to the Minsk/Chisinau conventions</translation>
    </message>
    <message numerus="yes">
        <source>working-day calendar %1: %n holiday(s)</source>
        <translation>
            <numerusform>working-day calendar %1: %n holiday</numerusform>
            <numerusform>working-day calendar %1: %n holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n decree day(s)</source>
        <translation>
            <numerusform>, %n decree day</numerusform>
            <numerusform>, %n decree days</numerusform>
        </translation>
    </message>
    <message>
        <source>MCI %1: %2 ₸</source>
        <translation>MCI %1: %2 ₸</translation>
    </message>
    <message>
        <source>apostille fee from %1: %2 MCI</source>
        <translation>apostille fee from %1: %2 MCI</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2: %n minute(s)</source>
        <translation>
            <numerusform>%1 from %2: %n minute</numerusform>
            <numerusform>%1 from %2: %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2: %n working day(s)</source>
        <translation>
            <numerusform>%1 from %2: %n working day</numerusform>
            <numerusform>%1 from %2: %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Hague Apostille Convention in force for %1 from %2</source>
        <translation>Hague Apostille Convention in force for %1 from %2</translation>
    </message>
    <message>
        <source>%1 needs no apostille from %2 (%3)</source>
        <translation>%1 needs no apostille from %2 (%3)</translation>
    </message>
    <message>
        <source>%1 needs no apostille (%2)</source>
        <translation>%1 needs no apostille (%2)</translation>
    </message>
    <message>
        <source>&quot;mci&quot; must be the fee in MCI as a number, such as 0.5</source>
        <translation>&quot;mci&quot; must be the fee in MCI as a number, such as 0.5</translation>
    </message>
</context>
<context>
    <name>RulesFile</name>
    <message>
        <source>not a JSON object: %1 at character %2</source>
        <translation>not a JSON object: %1 at character %2</translation>
    </message>
    <message>
        <source>not a JSON object: write one {…} per line</source>
        <translation>not a JSON object: write one {…} per line</translation>
    </message>
    <message>
        <source>the first line must be the header, such as {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</source>
        <translation>the first line must be the header, such as {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</translation>
    </message>
    <message>
        <source>format %1 is not one this CertDesk reads (it reads format %2): the file was written by another version</source>
        <translation>format %1 is not one this CertDesk reads (it reads format %2): the file was written by another version</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the header</source>
        <translation>&quot;%1&quot; is not a field of the header</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code: the header names the country of the rules (ISO 3166-1, two letters, such as &quot;KZ&quot;)</source>
        <translation>&quot;%1&quot; is not a known country code: the header names the country of the rules (ISO 3166-1, two letters, such as &quot;KZ&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a &quot;%2&quot; line</source>
        <translation>&quot;%1&quot; is not a field of a &quot;%2&quot; line</translation>
    </message>
    <message>
        <source>%1 is listed again (first on line %2)</source>
        <translation>%1 is listed again (first on line %2)</translation>
    </message>
    <message>
        <source>a decree day needs &quot;working&quot;: true (a weekend day worked) or false (a weekday off)</source>
        <translation>a decree day needs &quot;working&quot;: true (a weekend day worked) or false (a weekday off)</translation>
    </message>
    <message>
        <source>&quot;carries_over&quot; must be true or false</source>
        <translation>&quot;carries_over&quot; must be true or false</translation>
    </message>
    <message>
        <source>%1 is set again (first on line %2)</source>
        <translation>%1 is set again (first on line %2)</translation>
    </message>
    <message>
        <source>the file is empty: its first line must be the header, such as {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</source>
        <translation>the file is empty: its first line must be the header, such as {&quot;certdesk_rules&quot;:1,&quot;country&quot;:&quot;KZ&quot;}</translation>
    </message>
    <message>
        <source>the %1 calendar is set by line %2 too: give a year&apos;s holidays line by line, or one &quot;calendar&quot; line, not both</source>
        <translation>the %1 calendar is set by line %2 too: give a year&apos;s holidays line by line, or one &quot;calendar&quot; line, not both</translation>
    </message>
</context>
<context>
    <name>RulesService</name>
    <message numerus="yes">
        <source>The rules file was refused: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>The rules file was refused: %n problem; nothing was changed.</numerusform>
            <numerusform>The rules file was refused: %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds the rules of %1; this branch follows those of %2</source>
        <translation>the file holds the rules of %1; this branch follows those of %2</translation>
    </message>
    <message>
        <source>The working-day calendar has no holidays for %1: the deadline is counted with weekends alone and may be wrong. A supervisor enters the year under Tools → Rules.</source>
        <translation>The working-day calendar has no holidays for %1: the deadline is counted with weekends alone and may be wrong. A supervisor enters the year under Tools → Rules.</translation>
    </message>
</context>
<context>
    <name>RulesStore</name>
    <message>
        <source>the central rules document has no list of units</source>
        <translation>the central rules document has no list of units</translation>
    </message>
    <message>
        <source>a central rule cannot be read: %1</source>
        <translation>a central rule cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>The rules were not changed: %n problem(s).</source>
        <translation>
            <numerusform>The rules were not changed: %n problem.</numerusform>
            <numerusform>The rules were not changed: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>the central rules are for &quot;%1&quot;, not for %2</source>
        <translation>the central rules are for &quot;%1&quot;, not for %2</translation>
    </message>
    <message>
        <source>the central rules were not taken: %1</source>
        <translation>the central rules were not taken: %1</translation>
    </message>
</context>
<context>
    <name>SafeCountDialog</name>
    <message>
        <source>Count the safe</source>
        <translation>Count the safe</translation>
    </message>
    <message>
        <source>&amp;Scan or receipt number:</source>
        <translation>&amp;Scan or receipt number:</translation>
    </message>
    <message>
        <source>&amp;Finish the count</source>
        <translation>&amp;Finish the count</translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation>&amp;Print the report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SafeCountReportDocument</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Surname, name, patronymic</translation>
    </message>
    <message>
        <source>According to the records</source>
        <translation>According to the records</translation>
    </message>
    <message>
        <source>no case of the branch</source>
        <translation>no case of the branch</translation>
    </message>
    <message>
        <source>issued to the recipient</source>
        <translation>issued to the recipient</translation>
    </message>
    <message>
        <source>handed over to the service provider</source>
        <translation>handed over to the service provider</translation>
    </message>
    <message>
        <source>archived by the service provider</source>
        <translation>archived by the service provider</translation>
    </message>
    <message>
        <source>arrival at the branch not recorded</source>
        <translation>arrival at the branch not recorded</translation>
    </message>
    <message>
        <source>not in the branch&apos;s custody</source>
        <translation>not in the branch&apos;s custody</translation>
    </message>
    <message>
        <source>Report on the count of the paper certificates in the safe</source>
        <translation>Report on the count of the paper certificates in the safe</translation>
    </message>
    <message>
        <source>Trial count: not recorded in the ledger.</source>
        <translation>Trial count: not recorded in the ledger.</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Count started</source>
        <translation>Count started</translation>
    </message>
    <message>
        <source>Count finished</source>
        <translation>Count finished</translation>
    </message>
    <message>
        <source>In the branch&apos;s custody according to the records</source>
        <translation>In the branch&apos;s custody according to the records</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Not expected in the safe</source>
        <translation>Not expected in the safe</translation>
    </message>
    <message>
        <source>Missing paper certificates: %1</source>
        <translation>Missing paper certificates: %1</translation>
    </message>
    <message>
        <source>Paper certificates not expected in the safe: %1</source>
        <translation>Paper certificates not expected in the safe: %1</translation>
    </message>
    <message>
        <source>Counted paper certificates: %1</source>
        <translation>Counted paper certificates: %1</translation>
    </message>
    <message>
        <source>Counted by (supervisor)</source>
        <translation>Counted by (supervisor)</translation>
    </message>
</context>
<context>
    <name>SafeCountService</name>
    <message>
        <source>%1, receipt %2</source>
        <translation>%1, receipt %2</translation>
    </message>
    <message>
        <source>No count is running: start the count of the safe first.</source>
        <translation>No count is running: start the count of the safe first.</translation>
    </message>
    <message>
        <source>Counted: %1.</source>
        <translation>Counted: %1.</translation>
    </message>
    <message>
        <source>Already counted: %1. It counts once.</source>
        <translation>Already counted: %1. It counts once.</translation>
    </message>
    <message>
        <source>Not expected in the safe: no case of this branch has &quot;%1&quot;. Put the paper aside; it is listed at the end of the count.</source>
        <translation>Not expected in the safe: no case of this branch has &quot;%1&quot;. Put the paper aside; it is listed at the end of the count.</translation>
    </message>
    <message>
        <source>Not expected in the safe: %1 — the record says %2. Put the paper aside; it is listed at the end of the count.</source>
        <translation>Not expected in the safe: %1 — the record says %2. Put the paper aside; it is listed at the end of the count.</translation>
    </message>
    <message>
        <source>Already counted (not expected in the safe): %1.</source>
        <translation>Already counted (not expected in the safe): %1.</translation>
    </message>
    <message>
        <source>%1 is not missing at any count of the safe: there is nothing to write off or find.</source>
        <translation>%1 is not missing at any count of the safe: there is nothing to write off or find.</translation>
    </message>
    <message>
        <source>Reason: write why the paper certificate is written off (for example, the act of its loss); a write-off without a reason is not recorded.</source>
        <translation>Reason: write why the paper certificate is written off (for example, the act of its loss); a write-off without a reason is not recorded.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paper missing at a count of the safe: nothing is recorded.</source>
        <translation>&quot;%1&quot; is not a paper missing at a count of the safe: nothing is recorded.</translation>
    </message>
</context>
<context>
    <name>SafeScan</name>
    <message>
        <source>Nothing was scanned: scan the QR code of the paper certificate or type its receipt number.</source>
        <translation>Nothing was scanned: scan the QR code of the paper certificate or type its receipt number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receipt number: %2.</source>
        <translation>&quot;%1&quot; is not a receipt number: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither the QR code of a paper certificate (CERT, its number and date, or the branch&apos;s verification link) nor a receipt number (17 digits): scan the certificate&apos;s QR code again or type the receipt number.</source>
        <translation>&quot;%1&quot; is neither the QR code of a paper certificate (CERT, its number and date, or the branch&apos;s verification link) nor a receipt number (17 digits): scan the certificate&apos;s QR code again or type the receipt number.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>the index %1 of the table %2 is missing</source>
        <translation>the index %1 of the table %2 is missing</translation>
    </message>
    <message>
        <source>the index %1 of the table %2 was altered</source>
        <translation>the index %1 of the table %2 was altered</translation>
    </message>
    <message>
        <source>the trigger %1 of the table %2 was removed</source>
        <translation>the trigger %1 of the table %2 was removed</translation>
    </message>
    <message>
        <source>the trigger %1 of the table %2 was altered</source>
        <translation>the trigger %1 of the table %2 was altered</translation>
    </message>
    <message>
        <source>a trigger %1 that CertDesk does not make was added to the table %2</source>
        <translation>a trigger %1 that CertDesk does not make was added to the table %2</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>the table %1 is missing</translation>
    </message>
    <message>
        <source>the columns of the table %1 were changed</source>
        <translation>the columns of the table %1 were changed</translation>
    </message>
</context>
<context>
    <name>ServerDocumentsDialog</name>
    <message>
        <source>Server documents to review</source>
        <translation>Server documents to review</translation>
    </message>
    <message>
        <source>&amp;Set aside: documents of the server this version cannot read</source>
        <translation>&amp;Set aside: documents of the server this version cannot read</translation>
    </message>
    <message>
        <source>&amp;Changed on the server: events the server holds otherwise than this workstation</source>
        <translation>&amp;Changed on the server: events the server holds otherwise than this workstation</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Creating the database %1</source>
        <translation>Creating the database %1</translation>
    </message>
    <message>
        <source>Reading the database %1</source>
        <translation>Reading the database %1</translation>
    </message>
    <message>
        <source>Limiting %1 to the role %2</source>
        <translation>Limiting %1 to the role %2</translation>
    </message>
    <message>
        <source>Writing the identity of %1</source>
        <translation>Writing the identity of %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
    <message>
        <source>Creating the server account %1 failed: %2</source>
        <translation>Creating the server account %1 failed: %2</translation>
    </message>
    <message>
        <source>Reading the identity of %1</source>
        <translation>Reading the identity of %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 is signed in as %2, who may not %3; ask a %4</source>
        <translation>%1 is signed in as %2, who may not %3; ask a %4</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The branch&apos;s time offset in %1 (setting %2) is &quot;%3&quot;: not a whole number of minutes from -720 to 840. It was changed outside CertDesk; dates and deadlines cannot be read without it. Restore the latest backup (certdeskctl --db %1 restore BACKUP).</source>
        <translation>The branch&apos;s time offset in %1 (setting %2) is &quot;%3&quot;: not a whole number of minutes from -720 to 840. It was changed outside CertDesk; dates and deadlines cannot be read without it. Restore the latest backup (certdeskctl --db %1 restore BACKUP).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>CertDesk — sign in</source>
        <translation>CertDesk — sign in</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>SmsGatewayConfig</name>
    <message>
        <source>Gateway address: &quot;%1&quot; is not a web address. Write it as https://name/path, as the SMS provider gave it.</source>
        <translation>Gateway address: &quot;%1&quot; is not a web address. Write it as https://name/path, as the SMS provider gave it.</translation>
    </message>
    <message>
        <source>Sender name: &quot;%1&quot; is not one phones show. Use 1 to 11 Latin letters or digits, as registered with the SMS provider.</source>
        <translation>Sender name: &quot;%1&quot; is not one phones show. Use 1 to 11 Latin letters or digits, as registered with the SMS provider.</translation>
    </message>
    <message>
        <source>Gateway login: it is empty. Enter the account the SMS provider gave.</source>
        <translation>Gateway login: it is empty. Enter the account the SMS provider gave.</translation>
    </message>
</context>
<context>
    <name>SyncConfig</name>
    <message>
        <source>Server address: &quot;%1&quot; is not a web address. Write it as https://name:port, as the administrator gave it.</source>
        <translation>Server address: &quot;%1&quot; is not a web address. Write it as https://name:port, as the administrator gave it.</translation>
    </message>
    <message>
        <source>Branch database: &quot;%1&quot; is not a database name. Use lower-case letters, digits and _ as in certdesk_branch_0101.</source>
        <translation>Branch database: &quot;%1&quot; is not a database name. Use lower-case letters, digits and _ as in certdesk_branch_0101.</translation>
    </message>
    <message>
        <source>Account: it is empty. Enter the workstation&apos;s account on the server.</source>
        <translation>Account: it is empty. Enter the workstation&apos;s account on the server.</translation>
    </message>
    <message>
        <source>Account: &quot;%1&quot; holds %2, which is not text. Type the account name again.</source>
        <translation>Account: &quot;%1&quot; holds %2, which is not text. Type the account name again.</translation>
    </message>
    <message>
        <source>CA certificate: the file %1 cannot be read. Choose the file again, or leave the field empty to trust the system&apos;s certificates.</source>
        <translation>CA certificate: the file %1 cannot be read. Choose the file again, or leave the field empty to trust the system&apos;s certificates.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Sync with the central server</source>
        <translation>Sync with the central server</translation>
    </message>
    <message>
        <source>Leave the server empty to work on this workstation alone. With a server, every event is also sent to the branch database, and the events of the other workstations and of the provider are received from it.</source>
        <translation>Leave the server empty to work on this workstation alone. With a server, every event is also sent to the branch database, and the events of the other workstations and of the provider are received from it.</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <source>https://couch.example.kz:6984</source>
        <translation>https://couch.example.kz:6984</translation>
    </message>
    <message>
        <source>Branch &amp;database</source>
        <translation>Branch &amp;database</translation>
    </message>
    <message>
        <source>certdesk_branch_0101</source>
        <translation>certdesk_branch_0101</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>the workstation&apos;s account on the server</source>
        <translation>the workstation&apos;s account on the server</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s credential store</source>
        <translation>&amp;Remember the password in this computer&apos;s credential store</translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation>&amp;CA certificate</translation>
    </message>
    <message>
        <source>optional: only when the administrator gave you one</source>
        <translation>optional: only when the administrator gave you one</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Choos&amp;e…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync is off</source>
        <translation>Sync is off</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync error</translation>
    </message>
</context>
<context>
    <name>SystemPrinters</name>
    <message>
        <source>The printer %1 is out of paper: load paper.</source>
        <translation>The printer %1 is out of paper: load paper.</translation>
    </message>
    <message>
        <source>The printer %1 has a paper jam: clear it.</source>
        <translation>The printer %1 has a paper jam: clear it.</translation>
    </message>
    <message>
        <source>The printer %1 has a cover open: close it.</source>
        <translation>The printer %1 has a cover open: close it.</translation>
    </message>
    <message>
        <source>The printer %1 is out of toner or ink: replace it.</source>
        <translation>The printer %1 is out of toner or ink: replace it.</translation>
    </message>
    <message>
        <source>The printer %1 is offline: check that it is switched on and connected.</source>
        <translation>The printer %1 is offline: check that it is switched on and connected.</translation>
    </message>
    <message>
        <source>The printer %1 is paused on this computer: resume it in the printer settings (or ask the administrator).</source>
        <translation>The printer %1 is paused on this computer: resume it in the printer settings (or ask the administrator).</translation>
    </message>
    <message>
        <source>The printer %1 is stopped: check it and its settings.</source>
        <translation>The printer %1 is stopped: check it and its settings.</translation>
    </message>
    <message>
        <source>The printer %1 does not accept documents now (it is set to reject them): allow it in the printer settings.</source>
        <translation>The printer %1 does not accept documents now (it is set to reject them): allow it in the printer settings.</translation>
    </message>
    <message>
        <source>The printer %1 is not installed on this computer (or was renamed): choose a printer, or save the document as a PDF.</source>
        <translation>The printer %1 is not installed on this computer (or was renamed): choose a printer, or save the document as a PDF.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or cannot be written; nothing was saved (%1).</source>
        <translation>The database is busy or cannot be written; nothing was saved (%1).</translation>
    </message>
    <message>
        <source>Saving failed; nothing was saved.</source>
        <translation>Saving failed; nothing was saved.</translation>
    </message>
    <message>
        <source>Saving failed and nothing was written (%1).</source>
        <translation>Saving failed and nothing was written (%1).</translation>
    </message>
</context>
<context>
    <name>TransferActDocument</name>
    <message>
        <source>Transfer act</source>
        <translation>Transfer act</translation>
    </message>
    <message>
        <source>Date of the act</source>
        <translation>Date of the act</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>SC &quot;Government for Citizens&quot;, %1 (code %2)</source>
        <translation>SC &quot;Government for Citizens&quot;, %1 (code %2)</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan (service provider)</source>
        <translation>Committee on Legal Statistics and Special Accounts of the Prosecutor General&apos;s Office of the Republic of Kazakhstan (service provider)</translation>
    </message>
    <message>
        <source>The certificates were kept at the branch for one month from the day they arrived and are handed over to the service provider for two more months of keeping.</source>
        <translation>The certificates were kept at the branch for one month from the day they arrived and are handed over to the service provider for two more months of keeping.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Surname, name, patronymic</source>
        <translation>Surname, name, patronymic</translation>
    </message>
    <message>
        <source>Certificate number and date</source>
        <translation>Certificate number and date</translation>
    </message>
    <message>
        <source>Arrived at the branch</source>
        <translation>Arrived at the branch</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s).</source>
        <translation>
            <numerusform>%n sheet.</numerusform>
            <numerusform>%n sheets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Received (service provider)</source>
        <translation>Received (service provider)</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>Date of receipt</source>
        <translation>Date of receipt</translation>
    </message>
    <message numerus="yes">
        <source>Total handed over: %n certificate(s) on %1</source>
        <translation>
            <numerusform>Total handed over: %n certificate on %1</numerusform>
            <numerusform>Total handed over: %n certificates on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Acceptance and transfer act No. %1 of the paper certificates of no criminal record not collected at the branch within one month</source>
        <translation>Acceptance and transfer act No. %1 of the paper certificates of no criminal record not collected at the branch within one month</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>Case %1: the branch keeps the paper until %2; it can be sent to the provider from %3. Leave it out of this act.</source>
        <translation>Case %1: the branch keeps the paper until %2; it can be sent to the provider from %3. Leave it out of this act.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The login is empty; enter 2 to 32 Latin letters, digits, dots, hyphens or underscores.</source>
        <translation>The login is empty; enter 2 to 32 Latin letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; may hold only 2 to 32 Latin letters, digits, dots, hyphens and underscores, starting with a letter or digit; change it.</source>
        <translation>The login &quot;%1&quot; may hold only 2 to 32 Latin letters, digits, dots, hyphens and underscores, starting with a letter or digit; change it.</translation>
    </message>
    <message>
        <source>The full name is empty; enter the surname and name of the person who will use the account.</source>
        <translation>The full name is empty; enter the surname and name of the person who will use the account.</translation>
    </message>
    <message>
        <source>The password work factor must be positive.</source>
        <translation>The password work factor must be positive.</translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator adds new ones.</source>
        <translation>This database already has accounts; an administrator adds new ones.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken; choose another one.</source>
        <translation>The login &quot;%1&quot; is taken; choose another one.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;; check the login.</source>
        <translation>There is no account &quot;%1&quot;; check the login.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another account an administrator first.</source>
        <translation>%1 is the last active administrator; make another account an administrator first.</translation>
    </message>
    <message>
        <source>The full name is empty; enter the surname and name.</source>
        <translation>The full name is empty; enter the surname and name.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>You cannot disable your own account; ask another administrator.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled; make another account an administrator first.</source>
        <translation>%1 is the last active administrator and cannot be disabled; make another account an administrator first.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is reserved: it marks what the workstation or its command line records on its own (backups, restores); choose another one.</source>
        <translation>The login &quot;%1&quot; is reserved: it marks what the workstation or its command line records on its own (backups, restores); choose another one.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Selected account</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>New pass&amp;word:</translation>
    </message>
    <message>
        <source>Repea&amp;t:</source>
        <translation>Repea&amp;t:</translation>
    </message>
    <message>
        <source>Re&amp;set password</source>
        <translation>Re&amp;set password</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>R&amp;epeat:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Change role</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
</context>
<context>
    <name>WorkstationNumberDialog</name>
    <message>
        <source>Workstation number</source>
        <translation>Workstation number</translation>
    </message>
    <message>
        <source>&amp;Workstation number:</source>
        <translation>&amp;Workstation number:</translation>
    </message>
    <message>
        <source>Supervisor &amp;login:</source>
        <translation>Supervisor &amp;login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>WorkstationService</name>
    <message>
        <source>Receipt numbers are stopped on this workstation.</source>
        <translation>Receipt numbers are stopped on this workstation.</translation>
    </message>
    <message>
        <source>its last record was written by %1 at %2</source>
        <translation>its last record was written by %1 at %2</translation>
    </message>
    <message>
        <source>its number %1 was written by %2 at %3</source>
        <translation>its number %1 was written by %2 at %3</translation>
    </message>
    <message>
        <source>Another computer issues numbers as workstation %1 of branch %2 (%3). Two counters with one number give two people the same receipt number.</source>
        <translation>Another computer issues numbers as workstation %1 of branch %2 (%3). Two counters with one number give two people the same receipt number.</translation>
    </message>
    <message>
        <source>Another computer wrote events under this database&apos;s own workstation id: the database file was copied and both copies worked. This database took an id of its own (%1) on %2, as certdeskctl device renew does by hand; what it wrote before stays under the old id.</source>
        <translation>Another computer wrote events under this database&apos;s own workstation id: the database file was copied and both copies worked. This database took an id of its own (%1) on %2, as certdeskctl device renew does by hand; what it wrote before stays under the old id.</translation>
    </message>
    <message>
        <source>This database file was used on another computer and was started on this one on %1 (copied or moved here). It took a workstation id of its own (%2), as certdeskctl device renew does by hand; what it wrote before stays under the old id.</source>
        <translation>This database file was used on another computer and was started on this one on %1 (copied or moved here). It took a workstation id of its own (%2), as certdeskctl device renew does by hand; what it wrote before stays under the old id.</translation>
    </message>
    <message>
        <source>This database was given a new workstation id by hand on %1 (%2).</source>
        <translation>This database was given a new workstation id by hand on %1 (%2).</translation>
    </message>
    <message>
        <source>none seen yet</source>
        <translation>none seen yet</translation>
    </message>
    <message>
        <source>A supervisor gives this workstation a number no other workstation of the branch uses (Tools → Workstation number…, or certdeskctl branch set --workstation N). Numbers in use: %1.</source>
        <translation>A supervisor gives this workstation a number no other workstation of the branch uses (Tools → Workstation number…, or certdeskctl branch set --workstation N). Numbers in use: %1.</translation>
    </message>
    <message>
        <source>If the other computer still takes applications, a supervisor gives this one another workstation number; if it does not, the supervisor confirms number %1 (Tools → Workstation number…, or certdeskctl branch set --workstation %1). Numbers in use: %2.</source>
        <translation>If the other computer still takes applications, a supervisor gives this one another workstation number; if it does not, the supervisor confirms number %1 (Tools → Workstation number…, or certdeskctl branch set --workstation %1). Numbers in use: %2.</translation>
    </message>
    <message>
        <source>Category: &quot;%1&quot; is neither regional nor district.</source>
        <translation>Category: &quot;%1&quot; is neither regional nor district.</translation>
    </message>
    <message>
        <source>Workstation %1 of branch %2 is already used by another computer (%3). Two workstations with one number would give two people the same receipt number: choose a number no other workstation of the branch uses (in use: %4).</source>
        <translation>Workstation %1 of branch %2 is already used by another computer (%3). Two workstations with one number would give two people the same receipt number: choose a number no other workstation of the branch uses (in use: %4).</translation>
    </message>
    <message>
        <source>Supervisor: enter the supervisor&apos;s login and password.</source>
        <translation>Supervisor: enter the supervisor&apos;s login and password.</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealActionDialog</name>
    <message>
        <source>Refer to the competent body</source>
        <translation>Refer to the competent body</translation>
    </message>
    <message>
        <source>Applicant notified</source>
        <translation>Applicant notified</translation>
    </message>
    <message>
        <source>Extend the term</source>
        <translation>Extend the term</translation>
    </message>
    <message>
        <source>Restore the missed term</source>
        <translation>Restore the missed term</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Withdrawn by the applicant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 — appeal %2</source>
        <translation>%1 — appeal %2</translation>
    </message>
    <message>
        <source>the referral</source>
        <translation>the referral</translation>
    </message>
    <message>
        <source>the extension</source>
        <translation>the extension</translation>
    </message>
    <message>
        <source>Not within this body&apos;s authority: send it to the competent body by &lt;b&gt;%1&lt;/b&gt; and notify the applicant at the same time.</source>
        <translation>Not within this body&apos;s authority: send it to the competent body by &lt;b&gt;%1&lt;/b&gt; and notify the applicant at the same time.</translation>
    </message>
    <message>
        <source>Record that the applicant was told.</source>
        <translation>Record that the applicant was told.</translation>
    </message>
    <message>
        <source>The complaint was filed after the 3-month term (ended %1). Restore the term for a good reason.</source>
        <translation>The complaint was filed after the 3-month term (ended %1). Restore the term for a good reason.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>The deadline %1 has passed: the appeal already counts as refused. Record the decision as given.</source>
        <translation>The deadline %1 has passed: the appeal already counts as refused. Record the decision as given.</translation>
    </message>
    <message>
        <source>Decision due by &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Decision due by &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The applicant&apos;s written application to withdraw, before the decision.</source>
        <translation>The applicant&apos;s written application to withdraw, before the decision.</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>A remark kept with the appeal.</source>
        <translation>A remark kept with the appeal.</translation>
    </message>
    <message>
        <source>Appeal %1 of %2, %3.&lt;br&gt;%4</source>
        <translation>Appeal %1 of %2, %3.&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Rea&amp;son (optional)</source>
        <translation>Rea&amp;son (optional)</translation>
    </message>
    <message>
        <source>A reasoned decision, taken before the deadline &lt;b&gt;%1&lt;/b&gt; runs out; the new deadline is at most &lt;b&gt;%2&lt;/b&gt; (two months from the day of receipt, %3). The applicant must be told within 3 working days.</source>
        <translation>A reasoned decision, taken before the deadline &lt;b&gt;%1&lt;/b&gt; runs out; the new deadline is at most &lt;b&gt;%2&lt;/b&gt; (two months from the day of receipt, %3). The applicant must be told within 3 working days.</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealBoardPanel</name>
    <message>
        <source>Appeals re&amp;gister…</source>
        <translation>Appeals re&amp;gister…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Appeals and complaints&lt;/b&gt;: %n with something owed</source>
        <translation>
            <numerusform>&lt;b&gt;Appeals and complaints&lt;/b&gt;: %n with something owed</numerusform>
            <numerusform>&lt;b&gt;Appeals and complaints&lt;/b&gt;: %n with something owed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;%n overdue&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::AppealFilingDialog</name>
    <message>
        <source>Details brought for appeal %1</source>
        <translation>Details brought for appeal %1</translation>
    </message>
    <message>
        <source>Enter the details the applicant brought. What the appeal is about and whom it is addressed to stay as accepted.</source>
        <translation>Enter the details the applicant brought. What the appeal is about and whom it is addressed to stay as accepted.</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Legal entity</translation>
    </message>
    <message>
        <source>by power of attorney</source>
        <translation>by power of attorney</translation>
    </message>
    <message>
        <source>as head of the legal entity</source>
        <translation>as head of the legal entity</translation>
    </message>
    <message>
        <source>&amp;Accept and print the receipt</source>
        <translation>&amp;Accept and print the receipt</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Appeal dated</source>
        <translation>Appeal dated</translation>
    </message>
    <message>
        <source>Learned of it on</source>
        <translation>Learned of it on</translation>
    </message>
    <message>
        <source>Power of attorney issued on</source>
        <translation>Power of attorney issued on</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (DD.MM.YYYY); as it stands it is recorded as missing.</source>
        <translation>%1: &quot;%2&quot; is not a date (DD.MM.YYYY); as it stands it is recorded as missing.</translation>
    </message>
    <message>
        <source>Refer it to the competent body, notifying the applicant, by &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Refer it to the competent body, notifying the applicant, by &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;Filed after the 3-month term, which ended on %1: accepted all the same and flagged for the restoration of the term.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;Filed after the 3-month term, which ended on %1: accepted all the same and flagged for the restoration of the term.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Filed within the 3-month term (until %1).</source>
        <translation>Filed within the 3-month term (until %1).</translation>
    </message>
    <message>
        <source>Received %1. Decision due by &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Received %1. Decision due by &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Nothing is missing.</translation>
    </message>
    <message>
        <source>To bring into compliance: nothing</source>
        <translation>To bring into compliance: nothing</translation>
    </message>
    <message numerus="yes">
        <source>To bring into compliance (printed on the receipt): %n point(s)</source>
        <translation>
            <numerusform>To bring into compliance (printed on the receipt): %n point</numerusform>
            <numerusform>To bring into compliance (printed on the receipt): %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Term for the points: &quot;%1&quot; is not a date; type it as DD.MM.YYYY or clear it for the default term.</source>
        <translation>Term for the points: &quot;%1&quot; is not a date; type it as DD.MM.YYYY or clear it for the default term.</translation>
    </message>
    <message>
        <source>Sa&amp;ve the details</source>
        <translation>Sa&amp;ve the details</translation>
    </message>
    <message numerus="yes">
        <source>Received today, %1. Decision due by &lt;b&gt;%2&lt;/b&gt; (%n working day(s)); no decision by then counts as a refusal.</source>
        <translation>
            <numerusform>Received today, %1. Decision due by &lt;b&gt;%2&lt;/b&gt; (%n working day); no decision by then counts as a refusal.</numerusform>
            <numerusform>Received today, %1. Decision due by &lt;b&gt;%2&lt;/b&gt; (%n working days); no decision by then counts as a refusal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Throw away the appeal typed so far? Nothing has been registered yet.</source>
        <translation>Throw away the appeal typed so far? Nothing has been registered yet.</translation>
    </message>
    <message>
        <source>Throw away the details typed so far? Nothing has been recorded yet.</source>
        <translation>Throw away the details typed so far? Nothing has been recorded yet.</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealListModel</name>
    <message>
        <source>being considered</source>
        <translation>being considered</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>referred</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to bring into compliance</source>
        <translation>
            <numerusform>%n point to bring into compliance</numerusform>
            <numerusform>%n points to bring into compliance</numerusform>
        </translation>
    </message>
    <message>
        <source>filed late</source>
        <translation>filed late</translation>
    </message>
    <message>
        <source>impossible records</source>
        <translation>impossible records</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Next term</source>
        <translation>Next term</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Complaint: decision</source>
        <translation>Complaint: decision</translation>
    </message>
    <message>
        <source>Complaint: action</source>
        <translation>Complaint: action</translation>
    </message>
    <message>
        <source>Complaint: inaction</source>
        <translation>Complaint: inaction</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
</context>
<context>
    <name>certdesk::AppealRegisterWindow</name>
    <message>
        <source>with something owed</source>
        <translation>with something owed</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>decided or withdrawn</source>
        <translation>decided or withdrawn</translation>
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
        <translation>&amp;Appeals and complaints</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) listed</source>
        <translation>
            <numerusform>%n appeal listed</numerusform>
            <numerusform>%n appeals listed</numerusform>
        </translation>
    </message>
    <message>
        <source>The details brought for appeal %1 were recorded.</source>
        <translation>The details brought for appeal %1 were recorded.</translation>
    </message>
    <message>
        <source>%1: recorded for appeal %2.</source>
        <translation>%1: recorded for appeal %2.</translation>
    </message>
    <message>
        <source>Appeal %1 registered. Its receipt: %2</source>
        <translation>Appeal %1 registered. Its receipt: %2</translation>
    </message>
    <message>
        <source>The receipt of appeal %1: %2</source>
        <translation>The receipt of appeal %1: %2</translation>
    </message>
    <message>
        <source>No appeal is chosen: choose it in the list (Ctrl+L), then Ctrl+P prints its receipt.</source>
        <translation>No appeal is chosen: choose it in the list (Ctrl+L), then Ctrl+P prints its receipt.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n appeals are listed, in the order shown, and there are more: narrow the list (which appeals, overdue only, or search) to see the others.</source>
        <translation>
            <numerusform>The first %n appeal is listed, in the order shown, and there are more: narrow the list (which appeals, overdue only, or search) to see the others.</numerusform>
            <numerusform>The first %n appeals are listed, in the order shown, and there are more: narrow the list (which appeals, overdue only, or search) to see the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::AuditView</name>
    <message>
        <source>anyone</source>
        <translation>anyone</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>any action</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n line.</numerusform>
            <numerusform>%n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s) of other workstations are not complete yet (not received yet).</source>
        <translation>
            <numerusform>%n chain of other workstations are not complete yet (not received yet).</numerusform>
            <numerusform>%n chains of other workstations are not complete yet (not received yet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log was changed outside CertDesk: %n problem(s). Report it to the administrator as a personal data breach (within one working day).</source>
        <translation>
            <numerusform>The log was changed outside CertDesk: %n problem. Report it to the administrator as a personal data breach (within one working day).</numerusform>
            <numerusform>The log was changed outside CertDesk: %n problems. Report it to the administrator as a personal data breach (within one working day).</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the log of every workstation… This reads every event; the window can be used meanwhile.</source>
        <translation>Verifying the log of every workstation… This reads every event; the window can be used meanwhile.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n line(s); narrow the filter to see older ones.</source>
        <translation>
            <numerusform>The newest %n line; narrow the filter to see older ones.</numerusform>
            <numerusform>The newest %n lines; narrow the filter to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %n event(s) in %1: no sign of tampering.</source>
        <translation>
            <numerusform>Verified %n event in %1: no sign of tampering.</numerusform>
            <numerusform>Verified %n events in %1: no sign of tampering.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <translation>
            <numerusform>%n chain</numerusform>
            <numerusform>%n chains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::AuditViewModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Receipt or case</source>
        <translation>Receipt or case</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>certdesk::BoardModel</name>
    <message>
        <source>At the branch</source>
        <translation>At the branch</translation>
    </message>
    <message>
        <source>Due for transfer</source>
        <translation>Due for transfer</translation>
    </message>
    <message>
        <source>With the provider</source>
        <translation>With the provider</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Return requested</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>To be archived</translation>
    </message>
    <message>
        <source>Interim notice due</source>
        <translation>Interim notice due</translation>
    </message>
    <message>
        <source>Anomalies and overrides</source>
        <translation>Anomalies and overrides</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n override</numerusform>
            <numerusform>%n overrides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source> (returned by the provider)</source>
        <translation> (returned by the provider)</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Flagged on</source>
        <translation>Flagged on</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>the same receipt number as %1</source>
        <translation>the same receipt number as %1</translation>
    </message>
    <message>
        <source>Late results</source>
        <translation>Late results</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>clock moved back by %1 (previous record %2): check the date and time</source>
        <translation>clock moved back by %1 (previous record %2): check the date and time</translation>
    </message>
    <message numerus="yes">
        <source>result late by %n day(s)</source>
        <translation>
            <numerusform>result late by %n day</numerusform>
            <numerusform>result late by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Workstation %1</translation>
    </message>
    <message>
        <source>Computer clock (signed in: %1)</source>
        <translation>Computer clock (signed in: %1)</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>missing at the count of the safe on %1</source>
        <translation>missing at the count of the safe on %1</translation>
    </message>
</context>
<context>
    <name>certdesk::BoardWidget</name>
    <message>
        <source>Supervisor board</source>
        <translation>Supervisor board</translation>
    </message>
    <message numerus="yes">
        <source> — %n due</source>
        <translation>
            <numerusform> — %n due</numerusform>
            <numerusform> — %n due</numerusform>
        </translation>
    </message>
    <message>
        <source>No paper is due for transfer; select the cases to transfer.</source>
        <translation>No paper is due for transfer; select the cases to transfer.</translation>
    </message>
    <message>
        <source>Transfer to the provider</source>
        <translation>Transfer to the provider</translation>
    </message>
    <message numerus="yes">
        <source>%n paper certificate(s) leave for the provider under one transfer act, printed now for both sides to sign.</source>
        <translation>
            <numerusform>%n paper certificate leaves for the provider under one transfer act, printed now for both sides to sign.</numerusform>
            <numerusform>%n paper certificates leave for the provider under one transfer act, printed now for both sides to sign.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n paper(s) under act %1.</source>
        <translation>
            <numerusform>Transferred %n paper under act %1.</numerusform>
            <numerusform>Transferred %n papers under act %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No paper is due for archiving; select the cases the provider archived.</source>
        <translation>No paper is due for archiving; select the cases the provider archived.</translation>
    </message>
    <message>
        <source>Record the provider&apos;s archiving</source>
        <translation>Record the provider&apos;s archiving</translation>
    </message>
    <message numerus="yes">
        <source>The provider filed %n paper certificate(s) into its registered record; the cases are closed.</source>
        <translation>
            <numerusform>The provider filed %n paper certificate into its registered record; the cases are closed.</numerusform>
            <numerusform>The provider filed %n paper certificates into its registered record; the cases are closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <source>Registered record number</source>
        <translation>Registered record number</translation>
    </message>
    <message numerus="yes">
        <source>Recorded the archiving of %n paper(s).</source>
        <translation>
            <numerusform>Recorded the archiving of %n paper.</numerusform>
            <numerusform>Recorded the archiving of %n papers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuance journal</source>
        <translation>Issuance journal</translation>
    </message>
    <message>
        <source>The journal of the certificates handed over on a day.</source>
        <translation>The journal of the certificates handed over on a day.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Export the board</source>
        <translation>Export the board</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2. Choose another folder.</source>
        <translation>The file %1 cannot be written: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>The file %1 could not be written completely.</source>
        <translation>The file %1 could not be written completely.</translation>
    </message>
    <message>
        <source>The board was saved to %1.</source>
        <translation>The board was saved to %1.</translation>
    </message>
    <message>
        <source>Supervisor &amp;board</source>
        <translation>Supervisor &amp;board</translation>
    </message>
    <message>
        <source>Board on %1 — need action today: %2; %3.</source>
        <translation>Board on %1 — need action today: %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) or complaint(s)</source>
        <translation>
            <numerusform>%n appeal or complaint</numerusform>
            <numerusform>%n appeals or complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>Board on %1 — need action today: %2.</source>
        <translation>Board on %1 — need action today: %2.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>The issuance journal of %1</source>
        <translation>The issuance journal of %1</translation>
    </message>
    <message>
        <source>The issuance journal: %1</source>
        <translation>The issuance journal: %1</translation>
    </message>
    <message>
        <source>The board report</source>
        <translation>The board report</translation>
    </message>
    <message>
        <source>The board report: %1</source>
        <translation>The board report: %1</translation>
    </message>
    <message>
        <source>&amp;Safe</source>
        <translation>&amp;Safe</translation>
    </message>
    <message>
        <source>&amp;Count the safe…</source>
        <translation>&amp;Count the safe…</translation>
    </message>
    <message>
        <source>&amp;Write off a missing paper…</source>
        <translation>&amp;Write off a missing paper…</translation>
    </message>
    <message>
        <source>No paper is missing at a count of the safe: there is nothing to write off.</source>
        <translation>No paper is missing at a count of the safe: there is nothing to write off.</translation>
    </message>
    <message>
        <source>Choose the missing paper in the list (arrows), then Safe → Write off again.</source>
        <translation>Choose the missing paper in the list (arrows), then Safe → Write off again.</translation>
    </message>
    <message>
        <source>A missing paper &amp;found…</source>
        <translation>A missing paper &amp;found…</translation>
    </message>
</context>
<context>
    <name>certdesk::CaseActionDateDialog</name>
    <message>
        <source>%1 is empty; fill it in.</source>
        <translation>%1 is empty; fill it in.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>certdesk::CaseActionIssueDialog</name>
    <message>
        <source>Press OK again to hand it over.</source>
        <translation>Press OK again to hand it over.</translation>
    </message>
</context>
<context>
    <name>certdesk::CaseActions</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Case %1: %2, %3.</source>
        <translation>Case %1: %2, %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a custody action.</source>
        <translation>&quot;%1&quot; is not a custody action.</translation>
    </message>
    <message>
        <source>Record the provider&apos;s refusal</source>
        <translation>Record the provider&apos;s refusal</translation>
    </message>
    <message>
        <source>Copy the provider&apos;s motivated reasons in full: they are printed for the person.</source>
        <translation>Copy the provider&apos;s motivated reasons in full: they are printed for the person.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Issued. The handing over is in today&apos;s issuance journal (Board → Issuance journal).</source>
        <translation>Issued. The handing over is in today&apos;s issuance journal (Board → Issuance journal).</translation>
    </message>
    <message>
        <source>The paper certificate arrived</source>
        <translation>The paper certificate arrived</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Arrived on</translation>
    </message>
    <message>
        <source>The provider returned the paper</source>
        <translation>The provider returned the paper</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>The provider archived the paper</source>
        <translation>The provider archived the paper</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <source>Registered record number</source>
        <translation>Registered record number</translation>
    </message>
    <message>
        <source>Additional identification check</source>
        <translation>Additional identification check</translation>
    </message>
    <message>
        <source>Give the interim response</source>
        <translation>Give the interim response</translation>
    </message>
    <message>
        <source>The interim notice is printed for the person: they may reapply from %1.</source>
        <translation>The interim notice is printed for the person: they may reapply from %1.</translation>
    </message>
    <message>
        <source>Print the paper certificate</source>
        <translation>Print the paper certificate</translation>
    </message>
    <message numerus="yes">
        <source>It was printed %n time(s): this copy is marked as a duplicate and counted on the case.</source>
        <translation>
            <numerusform>It was printed %n time: this copy is marked as a duplicate and counted on the case.</numerusform>
            <numerusform>It was printed %n times: this copy is marked as a duplicate and counted on the case.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first print starts the branch&apos;s month of custody when the paper did not come from the provider.</source>
        <translation>The first print starts the branch&apos;s month of custody when the paper did not come from the provider.</translation>
    </message>
    <message>
        <source>Transfer to the provider</source>
        <translation>Transfer to the provider</translation>
    </message>
    <message>
        <source>The paper leaves for the provider under a new transfer act, printed now.</source>
        <translation>The paper leaves for the provider under a new transfer act, printed now.</translation>
    </message>
    <message>
        <source>Ask the provider for the paper</source>
        <translation>Ask the provider for the paper</translation>
    </message>
    <message>
        <source>The provider sends the paper back within one working day.</source>
        <translation>The provider sends the paper back within one working day.</translation>
    </message>
    <message>
        <source>Recorded. Interim response due on %1; the person may reapply from %2.</source>
        <translation>Recorded. Interim response due on %1; the person may reapply from %2.</translation>
    </message>
    <message>
        <source>Return requested. The provider owes the paper by %1; tell the person to come from then on.</source>
        <translation>Return requested. The provider owes the paper by %1; tell the person to come from then on.</translation>
    </message>
    <message numerus="yes">
        <source>Receipt %1 is on %n cases: %2. Two workstations issued the same number; each case is a person of its own. Read the IIN of the person the certificate is about from their documents and type it here.</source>
        <translation>
            <numerusform>Receipt %1 is on %n case: %2. Two workstations issued the same number; each case is a person of its own. Read the IIN of the person the certificate is about from their documents and type it here.</numerusform>
            <numerusform>Receipt %1 is on %n cases: %2. Two workstations issued the same number; each case is a person of its own. Read the IIN of the person the certificate is about from their documents and type it here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transferred under act %1. The act: %2</source>
        <translation>Transferred under act %1. The act: %2</translation>
    </message>
    <message>
        <source>The certificate № %1</source>
        <translation>The certificate № %1</translation>
    </message>
    <message>
        <source>The print is recorded on the case; a new print is marked as a duplicate.</source>
        <translation>The print is recorded on the case; a new print is marked as a duplicate.</translation>
    </message>
    <message>
        <source>The certificate: %1</source>
        <translation>The certificate: %1</translation>
    </message>
    <message>
        <source>The interim notice</source>
        <translation>The interim notice</translation>
    </message>
    <message>
        <source>The interim response is recorded on the case.</source>
        <translation>The interim response is recorded on the case.</translation>
    </message>
    <message>
        <source>The interim notice: %1</source>
        <translation>The interim notice: %1</translation>
    </message>
    <message>
        <source>The transfer act %1</source>
        <translation>The transfer act %1</translation>
    </message>
    <message>
        <source>The transfer is recorded.</source>
        <translation>The transfer is recorded.</translation>
    </message>
    <message numerus="yes">
        <source>The provider checks persons with similar data. The interim response is due in %n working day(s);</source>
        <translation>
            <numerusform>The provider checks persons with similar data. The interim response is due in %n working day;</numerusform>
            <numerusform>The provider checks persons with similar data. The interim response is due in %n working days;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the person may reapply after %n working day(s).</source>
        <translation>
            <numerusform>the person may reapply after %n working day.</numerusform>
            <numerusform>the person may reapply after %n working days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::CaseListModel</name>
    <message numerus="yes">
        <source>This case has %n anomaly(ies) for the supervisor.</source>
        <translation>
            <numerusform>This case has %n anomaly for the supervisor.</numerusform>
            <numerusform>This case has %n anomalies for the supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message numerus="yes">
        <source>This period holds more than %n case(s), so it is listed by submission time. Narrow the period to sort it by another column.</source>
        <translation>
            <numerusform>This period holds more than %n case, so it is listed by submission time. Narrow the period to sort it by another column.</numerusform>
            <numerusform>This period holds more than %n cases, so it is listed by submission time. Narrow the period to sort it by another column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search finds %n or more cases, so they are listed by surname. Type more of the surname to sort them by another column.</source>
        <translation>
            <numerusform>The search finds %n or more cases, so they are listed by surname. Type more of the surname to sort them by another column.</numerusform>
            <numerusform>The search finds %n or more cases, so they are listed by surname. Type more of the surname to sort them by another column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::CaseView</name>
    <message>
        <source>No case open</source>
        <translation>No case open</translation>
    </message>
    <message>
        <source>Type or scan a receipt number, an IIN or a surname in the search box (Ctrl+F), or take a new application (Ctrl+N).</source>
        <translation>Type or scan a receipt number, an IIN or a surname in the search box (Ctrl+F), or take a new application (Ctrl+N).</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(ies): see the timeline</source>
        <translation>
            <numerusform>%n anomaly: see the timeline</numerusform>
            <numerusform>%n anomalies: see the timeline</numerusform>
        </translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Previously</source>
        <translation>Previously</translation>
    </message>
    <message>
        <source>Change confirmed by</source>
        <translation>Change confirmed by</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, BIN %2</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>notary %1, act № %2, issued %3, valid to %4</source>
        <translation>notary %1, act № %2, issued %3, valid to %4</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>№ %1 of %2, parent %3</source>
        <translation>№ %1 of %2, parent %3</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Phone for notices</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>State fee</source>
        <translation>State fee</translation>
    </message>
    <message>
        <source>%1 ₸, payment %2</source>
        <translation>%1 ₸, payment %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>№ %1 of %2</source>
        <translation>№ %1 of %2</translation>
    </message>
    <message>
        <source>Arrived at the branch</source>
        <translation>Arrived at the branch</translation>
    </message>
    <message>
        <source>Branch keeps it until</source>
        <translation>Branch keeps it until</translation>
    </message>
    <message>
        <source>Provider keeps it until</source>
        <translation>Provider keeps it until</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Return due</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ passed</translation>
    </message>
    <message>
        <source>⚠ recipient warned</source>
        <translation>⚠ recipient warned</translation>
    </message>
    <message>
        <source>⚠ overridden</source>
        <translation>⚠ overridden</translation>
    </message>
    <message>
        <source>⚠ overridden by %1: %2</source>
        <translation>⚠ overridden by %1: %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Documents at the counter</source>
        <translation>Documents at the counter</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>Service and deadline</source>
        <translation>Service and deadline</translation>
    </message>
    <message>
        <source>Anomalies for the supervisor</source>
        <translation>Anomalies for the supervisor</translation>
    </message>
    <message>
        <source>Print receipt (%1)</source>
        <translation>Print receipt (%1)</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>№ %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>issued %1</translation>
    </message>
    <message>
        <source>valid to %1</source>
        <translation>valid to %1</translation>
    </message>
    <message>
        <source>This action is recorded by the provider&apos;s systems or from certdeskctl, not at the counter.</source>
        <translation>This action is recorded by the provider&apos;s systems or from certdeskctl, not at the counter.</translation>
    </message>
    <message>
        <source>Note on the case:</source>
        <translation>Note on the case:</translation>
    </message>
    <message>
        <source>Reason the applicant gives for withdrawing:</source>
        <translation>Reason the applicant gives for withdrawing:</translation>
    </message>
    <message>
        <source>Note: it is empty; nothing was recorded.</source>
        <translation>Note: it is empty; nothing was recorded.</translation>
    </message>
    <message>
        <source>Reason: it is empty; the withdrawal was not recorded.</source>
        <translation>Reason: it is empty; the withdrawal was not recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s) old today)</source>
        <translation>
            <numerusform>%1 (%n year old today)</numerusform>
            <numerusform>%1 (%n years old today)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, IIN %2</translation>
    </message>
    <message>
        <source>the receipt number is also on another person&apos;s case</source>
        <translation>the receipt number is also on another person&apos;s case</translation>
    </message>
    <message>
        <source>Same receipt number</source>
        <translation>Same receipt number</translation>
    </message>
    <message>
        <source>%1 has a case with this receipt number too: two workstations issued it. The two cases stay apart; at issuance the IIN of the person decides.</source>
        <translation>%1 has a case with this receipt number too: two workstations issued it. The two cases stay apart; at issuance the IIN of the person decides.</translation>
    </message>
    <message>
        <source>The receipt %1: %2</source>
        <translation>The receipt %1: %2</translation>
    </message>
    <message>
        <source>Print application (%1)</source>
        <translation>Print application (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The application was printed %n time(s): this print is marked as a copy.</source>
        <translation>
            <numerusform>The application was printed %n time: this print is marked as a copy.</numerusform>
            <numerusform>The application was printed %n times: this print is marked as a copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application has not been printed yet: this print is the original for signature.</source>
        <translation>The application has not been printed yet: this print is the original for signature.</translation>
    </message>
    <message>
        <source>The application %1: %2</source>
        <translation>The application %1: %2</translation>
    </message>
    <message>
        <source>%1: receipt %2.</source>
        <translation>%1: receipt %2.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>agreed, in Russian, to %1</source>
        <translation>agreed, in Russian, to %1</translation>
    </message>
    <message>
        <source>agreed, in Kazakh, to %1</source>
        <translation>agreed, in Kazakh, to %1</translation>
    </message>
    <message>
        <source>not agreed: nothing is sent</source>
        <translation>not agreed: nothing is sent</translation>
    </message>
    <message>
        <source>SMS notices</source>
        <translation>SMS notices</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>certdesk::CouchClient</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate: choose the CA certificate file the administrator gave you.</source>
        <translation>The CA file %1 cannot be read or holds no PEM certificate: choose the CA certificate file the administrator gave you.</translation>
    </message>
</context>
<context>
    <name>certdesk::CounterTools</name>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>The scheduled backup failed: %1</translation>
    </message>
    <message>
        <source>&amp;Sync settings…</source>
        <translation>&amp;Sync settings…</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Sync password</translation>
    </message>
    <message>
        <source>%1
The password of the sync account %2:</source>
        <translation>%1
The password of the sync account %2:</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Writing the scheduled backup…</source>
        <translation>Writing the scheduled backup…</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>Au&amp;dit log…</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>A&amp;ccounts…</translation>
    </message>
    <message>
        <source>Server documents to re&amp;view…</source>
        <translation>Server documents to re&amp;view…</translation>
    </message>
    <message>
        <source>Server documents</source>
        <translation>Server documents</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>&amp;Printers…</translation>
    </message>
    <message>
        <source>SMS &amp;notices…</source>
        <translation>SMS &amp;notices…</translation>
    </message>
    <message>
        <source>The SMS gateway did not take a notice; it is tried again later (see the board).</source>
        <translation>The SMS gateway did not take a notice; it is tried again later (see the board).</translation>
    </message>
    <message>
        <source>SMS notices</source>
        <translation>SMS notices</translation>
    </message>
</context>
<context>
    <name>certdesk::DocumentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Enter or Ctrl+P prints on the computer&apos;s default printer; Ctrl+S saves a PDF; Esc closes without printing.</source>
        <translation>Enter or Ctrl+P prints on the computer&apos;s default printer; Ctrl+S saves a PDF; Esc closes without printing.</translation>
    </message>
    <message>
        <source>Enter or Ctrl+P prints on %1; Ctrl+S saves a PDF; Esc closes without printing.</source>
        <translation>Enter or Ctrl+P prints on %1; Ctrl+S saves a PDF; Esc closes without printing.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>certdesk::FirstRunDialog</name>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Create and sign in</translation>
    </message>
    <message>
        <source>Repeat: the two passwords differ; type the same password twice.</source>
        <translation>Repeat: the two passwords differ; type the same password twice.</translation>
    </message>
</context>
<context>
    <name>certdesk::FirstRunRestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>CertDesk databases (*.db);;All files (*)</source>
        <translation>CertDesk databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>This backup is intact: cases: %1, events: %2, accounts: %3; saved %4.</source>
        <translation>This backup is intact: cases: %1, events: %2, accounts: %3; saved %4.</translation>
    </message>
</context>
<context>
    <name>certdesk::FoundPaperDialog</name>
    <message>
        <source>Found: %1, receipt %2 (missing at the count of %3). Recorded; it leaves the board&apos;s anomalies. Put it back in the safe.</source>
        <translation>Found: %1, receipt %2 (missing at the count of %3). Recorded; it leaves the board&apos;s anomalies. Put it back in the safe.</translation>
    </message>
    <message>
        <source>A missing paper found</source>
        <translation>A missing paper found</translation>
    </message>
    <message>
        <source>Scan the QR code of a paper certificate missing at a count of the safe, or type its receipt number and press Enter: it is recorded as found with your name. A paper that is not missing is refused and nothing is recorded.</source>
        <translation>Scan the QR code of a paper certificate missing at a count of the safe, or type its receipt number and press Enter: it is recorded as found with your name. A paper that is not missing is refused and nothing is recorded.</translation>
    </message>
    <message>
        <source>&amp;QR code or receipt number:</source>
        <translation>&amp;QR code or receipt number:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeApplicantPage</name>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Who applies for the certificate.</source>
        <translation>Who applies for the certificate.</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeIdentityPage</name>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>The identity document of %1, the person applying.</source>
        <translation>The identity document of %1, the person applying.</translation>
    </message>
    <message>
        <source>The identity document of %1, who is at the counter.</source>
        <translation>The identity document of %1, who is at the counter.</translation>
    </message>
    <message>
        <source>MIA RK</source>
        <comment>issuer: the Ministry of Internal Affairs, as abbreviated on the card</comment>
        <translation>MIA RK</translation>
    </message>
    <message>
        <source>MoJ RK</source>
        <comment>issuer: the Ministry of Justice, as abbreviated on the card</comment>
        <translation>MoJ RK</translation>
    </message>
    <message>
        <source>MFA RK</source>
        <comment>issuer: the Ministry of Foreign Affairs, as abbreviated on the card</comment>
        <translation>MFA RK</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakePage</name>
    <message>
        <source>Supervisor &amp;override… (Ctrl+O)</source>
        <translation>Supervisor &amp;override… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Correct the input first; the refused checks can then be passed only by a supervisor override (Ctrl+O).</source>
        <translation>Correct the input first; the refused checks can then be passed only by a supervisor override (Ctrl+O).</translation>
    </message>
    <message>
        <source>Only a supervisor can let the application pass: Supervisor override (Ctrl+O). Otherwise correct the data or cancel (Esc).</source>
        <translation>Only a supervisor can let the application pass: Supervisor override (Ctrl+O). Otherwise correct the data or cancel (Esc).</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakePresenterPage</name>
    <message>
        <source>Who is at the counter</source>
        <translation>Who is at the counter</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n year(s) old: a minor. Another person needs the child&apos;s birth certificate.</source>
        <translation>
            <numerusform>%1 is %n year old: a minor. Another person needs the child&apos;s birth certificate.</numerusform>
            <numerusform>%1 is %n years old: a minor. Another person needs the child&apos;s birth certificate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n year(s) old: an adult. Another person needs a notarized power of attorney from them.</source>
        <translation>
            <numerusform>%1 is %n year old: an adult. Another person needs a notarized power of attorney from them.</numerusform>
            <numerusform>%1 is %n years old: an adult. Another person needs a notarized power of attorney from them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::IntakePurposePage</name>
    <message>
        <source>Purpose and phone</source>
        <translation>Purpose and phone</translation>
    </message>
    <message>
        <source>Electronic result due by %1.</source>
        <translation>Electronic result due by %1.</translation>
    </message>
    <message>
        <source>Paper certificate due by %1 (working days; the day of submission is not counted).</source>
        <translation>Paper certificate due by %1 (working days; the day of submission is not counted).</translation>
    </message>
    <message>
        <source>Country of destination: &quot;%1&quot; is not in the list. Choose the country from the list (type part of its name).</source>
        <translation>Country of destination: &quot;%1&quot; is not in the list. Choose the country from the list (type part of its name).</translation>
    </message>
    <message>
        <source>%1. Tell the recipient before taking any fee.</source>
        <translation>%1. Tell the recipient before taking any fee.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, BIN %2</translation>
    </message>
    <message>
        <source>an individual</source>
        <translation>an individual</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Previously</source>
        <translation>Previously</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>%1 № %2 of %3</source>
        <translation>%1 № %2 of %3</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, IIN %2</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>notary %1, act № %2, issued %3, valid to %4; principal %5, agent %6</source>
        <translation>notary %1, act № %2, issued %3, valid to %4; principal %5, agent %6</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>№ %1 of %2, child %3, parent %4</source>
        <translation>№ %1 of %2, child %3, parent %4</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, code %2</translation>
    </message>
    <message>
        <source>%1 № %2, %3, issued %4, valid until %5</source>
        <translation>%1 № %2, %3, issued %4, valid until %5</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>State fee</source>
        <translation>State fee</translation>
    </message>
    <message>
        <source>%1 ₸, payment %2</source>
        <translation>%1 ₸, payment %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Phone for notices</source>
        <translation>Phone for notices</translation>
    </message>
    <message>
        <source>passed by %1 (%2): %3</source>
        <translation>passed by %1 (%2): %3</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Supervisor overrides</source>
        <translation>Supervisor overrides</translation>
    </message>
    <message>
        <source>Cleaned up on entry</source>
        <translation>Cleaned up on entry</translation>
    </message>
    <message>
        <source>SMS notices</source>
        <translation>SMS notices</translation>
    </message>
    <message>
        <source>agreed, in Russian</source>
        <translation>agreed, in Russian</translation>
    </message>
    <message>
        <source>agreed, in Kazakh</source>
        <translation>agreed, in Kazakh</translation>
    </message>
    <message>
        <source>not agreed: nothing will be sent</source>
        <translation>not agreed: nothing will be sent</translation>
    </message>
    <message>
        <source>Read it to the person. Enter saves and prints the receipt and the application for signature; %1 goes back to correct.</source>
        <translation>Read it to the person. Enter saves and prints the receipt and the application for signature; %1 goes back to correct.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeSubjectPage</name>
    <message>
        <source>The person the certificate is about</source>
        <translation>The person the certificate is about</translation>
    </message>
    <message>
        <source>As written in the identity document.</source>
        <translation>As written in the identity document.</translation>
    </message>
    <message>
        <source>marriage certificate</source>
        <translation>marriage certificate</translation>
    </message>
    <message>
        <source>divorce certificate</source>
        <translation>divorce certificate</translation>
    </message>
    <message>
        <source>certificate of change of name</source>
        <translation>certificate of change of name</translation>
    </message>
    <message>
        <source>court decision</source>
        <translation>court decision</translation>
    </message>
    <message>
        <source>This is a BIN of a legal entity, not an IIN.</source>
        <translation>This is a BIN of a legal entity, not an IIN.</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>The IIN gives the birth date %1, which is after today: check the IIN against the document.</source>
        <translation>The IIN gives the birth date %1, which is after today: check the IIN against the document.</translation>
    </message>
    <message numerus="yes">
        <source>Born %1, %2, %n year(s) old: a minor (from the IIN)</source>
        <translation>
            <numerusform>Born %1, %2, %n year old: a minor (from the IIN)</numerusform>
            <numerusform>Born %1, %2, %n years old: a minor (from the IIN)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Born %1, %2, %n year(s) old (from the IIN)</source>
        <translation>
            <numerusform>Born %1, %2, %n year old (from the IIN)</numerusform>
            <numerusform>Born %1, %2, %n years old (from the IIN)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::IntakeWizard</name>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Cancel the application</source>
        <translation>Cancel the application</translation>
    </message>
    <message>
        <source>Throw away what was entered? Nothing has been saved yet.</source>
        <translation>Throw away what was entered? Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>&amp;Save and print</source>
        <translation>&amp;Save and print</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
</context>
<context>
    <name>certdesk::IntegrityWatch</name>
    <message>
        <source>Checking the database file…</source>
        <translation>Checking the database file…</translation>
    </message>
    <message>
        <source>Database damaged: nothing is saved</source>
        <translation>Database damaged: nothing is saved</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>%1

CertDesk saves nothing more to %2 from now on: what is done now is not kept. Close CertDesk and start it again: it checks the file first and offers to restore the latest backup. (Or: certdeskctl --db %2 restore BACKUP.)</source>
        <translation>%1

CertDesk saves nothing more to %2 from now on: what is done now is not kept. Close CertDesk and start it again: it checks the file first and offers to restore the latest backup. (Or: certdeskctl --db %2 restore BACKUP.)</translation>
    </message>
</context>
<context>
    <name>certdesk::Language</name>
    <message>
        <source>Language: &quot;%1&quot; is not one of Kazakh (kk), Russian (ru) or English (en); choose one of them.</source>
        <translation>Language: &quot;%1&quot; is not one of Kazakh (kk), Russian (ru) or English (en); choose one of them.</translation>
    </message>
    <message>
        <source>Language: the %1 translation is missing from this build of CertDesk; reinstall CertDesk or choose another language.</source>
        <translation>Language: the %1 translation is missing from this build of CertDesk; reinstall CertDesk or choose another language.</translation>
    </message>
</context>
<context>
    <name>certdesk::LockScreen</name>
    <message>
        <source>This counter is locked. %1 (%2) was signed in.</source>
        <translation>This counter is locked. %1 (%2) was signed in.</translation>
    </message>
    <message>
        <source>Continue as %1</source>
        <translation>Continue as %1</translation>
    </message>
    <message>
        <source>Login: enter the login of the person signing in.</source>
        <translation>Login: enter the login of the person signing in.</translation>
    </message>
    <message>
        <source>Password: type your password to continue.</source>
        <translation>Password: type your password to continue.</translation>
    </message>
    <message>
        <source>Password: enter the password of the person signing in.</source>
        <translation>Password: enter the password of the person signing in.</translation>
    </message>
</context>
<context>
    <name>certdesk::LockScreenGuard</name>
    <message>
        <source>&amp;Lock the counter</source>
        <translation>&amp;Lock the counter</translation>
    </message>
</context>
<context>
    <name>certdesk::MainWindow</name>
    <message>
        <source>CertDesk — counter</source>
        <translation>CertDesk — counter</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>Case &amp;list</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Keyboard</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation>&amp;About CertDesk</translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation>About CertDesk</translation>
    </message>
    <message>
        <source>CertDesk %1: the counter for the certificate of no criminal record.</source>
        <translation>CertDesk %1: the counter for the certificate of no criminal record.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>last 7 days</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>last 30 days</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>this year</translation>
    </message>
    <message>
        <source>between…</source>
        <translation>between…</translation>
    </message>
    <message>
        <source>No case has receipt %1 in this database.</source>
        <translation>No case has receipt %1 in this database.</translation>
    </message>
    <message>
        <source>No case about IIN %1.</source>
        <translation>No case about IIN %1.</translation>
    </message>
    <message>
        <source>No surname starts with &quot;%1&quot;.</source>
        <translation>No surname starts with &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found. Clear the search box to see the whole list.</source>
        <translation>
            <numerusform>%n case found. Clear the search box to see the whole list.</numerusform>
            <numerusform>%n cases found. Clear the search box to see the whole list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: receipt %1.</source>
        <translation>Saved: receipt %1.</translation>
    </message>
    <message>
        <source>&amp;Workstation number…</source>
        <translation>&amp;Workstation number…</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>%1 (%2) · branch %3 %4 · workstation %5</source>
        <translation>%1 (%2) · branch %3 %4 · workstation %5</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Find: a receipt number, an IIN or a surname, then Enter (a scanner does it for you).</source>
        <translation>Find: a receipt number, an IIN or a surname, then Enter (a scanner does it for you).</translation>
    </message>
    <message>
        <source>In a print preview: Enter or Ctrl+P prints, Ctrl+S saves a PDF, Esc closes without printing.</source>
        <translation>In a print preview: Enter or Ctrl+P prints, Ctrl+S saves a PDF, Esc closes without printing.</translation>
    </message>
    <message>
        <source>On the supervisor board: Esc closes it.</source>
        <translation>On the supervisor board: Esc closes it.</translation>
    </message>
    <message>
        <source>In the case view: the shortcut on each action button; Ctrl+P prints the receipt again, Ctrl+Shift+E the application (marked as a copy).</source>
        <translation>In the case view: the shortcut on each action button; Ctrl+P prints the receipt again, Ctrl+Shift+E the application (marked as a copy).</translation>
    </message>
    <message>
        <source>Saved: receipt %1. The receipt: %2 The application: %3</source>
        <translation>Saved: receipt %1. The receipt: %2 The application: %3</translation>
    </message>
    <message>
        <source>In the wizard: Enter next page, %1 back, Ctrl+O supervisor override, Esc cancel.</source>
        <translation>In the wizard: Enter next page, %1 back, Ctrl+O supervisor override, Esc cancel.</translation>
    </message>
    <message numerus="yes">
        <source>%n or more cases found, listed by surname. Type more of the surname to narrow them, or clear the search box to see the whole list.</source>
        <translation>
            <numerusform>%n or more cases found, listed by surname. Type more of the surname to narrow them, or clear the search box to see the whole list.</numerusform>
            <numerusform>%n or more cases found, listed by surname. Type more of the surname to narrow them, or clear the search box to see the whole list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeBoardPanel</name>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <source>SMS &amp;notices</source>
        <translation>SMS &amp;notices</translation>
    </message>
    <message>
        <source>SMS &amp;notices — waiting: %1; sent: %2</source>
        <translation>SMS &amp;notices — waiting: %1; sent: %2</translation>
    </message>
    <message>
        <source>This workstation (no. %1) sends the notices.</source>
        <translation>This workstation (no. %1) sends the notices.</translation>
    </message>
    <message>
        <source>Workstation no. %1 sends the notices.</source>
        <translation>Workstation no. %1 sends the notices.</translation>
    </message>
    <message>
        <source>Workstation no. %1 takes over at %2.</source>
        <translation>Workstation no. %1 takes over at %2.</translation>
    </message>
    <message>
        <source>No workstation is set to send the notices: a supervisor sets one in Tools → SMS notices, on that workstation.</source>
        <translation>No workstation is set to send the notices: a supervisor sets one in Tools → SMS notices, on that workstation.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer: %1</source>
        <translation>The gateway&apos;s answer: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeController</name>
    <message>
        <source>The settings are saved, but the secret could not be kept in the system&apos;s credential store (%1): this window sends with it until it is closed.</source>
        <translation>The settings are saved, but the secret could not be kept in the system&apos;s credential store (%1): this window sends with it until it is closed.</translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeSender</name>
    <message>
        <source>No SMS gateway is set up on this workstation.</source>
        <translation>No SMS gateway is set up on this workstation.</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s secret is not known on this workstation: a supervisor enters it in Tools → SMS notices.</source>
        <translation>The SMS gateway&apos;s secret is not known on this workstation: a supervisor enters it in Tools → SMS notices.</translation>
    </message>
</context>
<context>
    <name>certdesk::NoticeSettingsDialog</name>
    <message>
        <source>leave empty to keep the stored one</source>
        <translation>leave empty to keep the stored one</translation>
    </message>
</context>
<context>
    <name>certdesk::OverrideDialog</name>
    <message>
        <source>A supervisor is asked to let these refused checks pass:</source>
        <translation>A supervisor is asked to let these refused checks pass:</translation>
    </message>
    <message>
        <source>The override, the supervisor and the reason are recorded with the case.</source>
        <translation>The override, the supervisor and the reason are recorded with the case.</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Override</translation>
    </message>
</context>
<context>
    <name>certdesk::PrintProblemDialog</name>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>%1 was not printed.</source>
        <translation>%1 was not printed.</translation>
    </message>
    <message>
        <source>Enter tries again; or save it as a PDF, or choose another printer.</source>
        <translation>Enter tries again; or save it as a PDF, or choose another printer.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Choose a printer…</source>
        <translation>&amp;Choose a printer…</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t print</source>
        <translation>Do&amp;n&apos;t print</translation>
    </message>
</context>
<context>
    <name>certdesk::PrinterSettingsDialog</name>
    <message>
        <source>the computer&apos;s default printer (none is set)</source>
        <translation>the computer&apos;s default printer (none is set)</translation>
    </message>
    <message>
        <source>the computer&apos;s default printer (%1)</source>
        <translation>the computer&apos;s default printer (%1)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (not installed)</translation>
    </message>
    <message>
        <source>This computer has no default printer: choose one.</source>
        <translation>This computer has no default printer: choose one.</translation>
    </message>
</context>
<context>
    <name>certdesk::Pusher</name>
    <message>
        <source>the event is too large for the server</source>
        <translation>the event is too large for the server</translation>
    </message>
</context>
<context>
    <name>certdesk::ReceiptStopBanner</name>
    <message>
        <source>Workstation &amp;number… (supervisor)</source>
        <translation>Workstation &amp;number… (supervisor)</translation>
    </message>
</context>
<context>
    <name>certdesk::Replicator</name>
    <message>
        <source>No sync server is set: enter the server address and the branch database in Settings → Sync.</source>
        <translation>No sync server is set: enter the server address and the branch database in Settings → Sync.</translation>
    </message>
    <message>
        <source>The sync server address &quot;%1&quot; must start with https:// (or http:// on a test network).</source>
        <translation>The sync server address &quot;%1&quot; must start with https:// (or http:// on a test network).</translation>
    </message>
    <message>
        <source>This workstation&apos;s database cannot be written (%1).</source>
        <translation>This workstation&apos;s database cannot be written (%1).</translation>
    </message>
    <message>
        <source>Close other CertDesk windows and check the disk, then press &quot;Sync now&quot;.</source>
        <translation>Close other CertDesk windows and check the disk, then press &quot;Sync now&quot;.</translation>
    </message>
    <message>
        <source>The server refused event %1: %2</source>
        <translation>The server refused event %1: %2</translation>
    </message>
    <message>
        <source>Received events cannot be saved on this workstation (%1).</source>
        <translation>Received events cannot be saved on this workstation (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n event(s); they stay on this workstation.</source>
        <translation>
            <numerusform>The server refused %n event; it stays on this workstation.</numerusform>
            <numerusform>The server refused %n events; they stay on this workstation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything else was exchanged. Tell the branch administrator: the refused events are listed in the sync log.</source>
        <translation>Everything else was exchanged. Tell the branch administrator: the refused events are listed in the sync log.</translation>
    </message>
    <message>
        <source>Everything is sent and received.</source>
        <translation>Everything is sent and received.</translation>
    </message>
    <message>
        <source>The central server cannot be reached: %1.</source>
        <translation>The central server cannot be reached: %1.</translation>
    </message>
    <message>
        <source>Check the sync account and password in Settings → Sync, or ask the administrator to check the account on the server.</source>
        <translation>Check the sync account and password in Settings → Sync, or ask the administrator to check the account on the server.</translation>
    </message>
    <message>
        <source>Ask the administrator to give this workstation&apos;s account access to the branch database.</source>
        <translation>Ask the administrator to give this workstation&apos;s account access to the branch database.</translation>
    </message>
    <message>
        <source>Ask the administrator to run &quot;certdeskctl sync init&quot; for this branch.</source>
        <translation>Ask the administrator to run &quot;certdeskctl sync init&quot; for this branch.</translation>
    </message>
    <message>
        <source>Sync failed: %1.</source>
        <translation>Sync failed: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Work goes on here; %n event(s) not yet sent are kept. Next try at %1.</source>
        <translation>
            <numerusform>Work goes on here; %n event not yet sent is kept. Next try at %1.</numerusform>
            <numerusform>Work goes on here; %n events not yet sent are kept. Next try at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Work goes on here; %n event(s) not yet sent are kept. Try again later.</source>
        <translation>
            <numerusform>Work goes on here; %n event not yet sent is kept. Try again later.</numerusform>
            <numerusform>Work goes on here; %n events not yet sent are kept. Try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>the document is no longer on the server</source>
        <translation>the document is no longer on the server</translation>
    </message>
    <message>
        <source>A document on the server is not a readable event and was set aside: %1</source>
        <translation>A document on the server is not a readable event and was set aside: %1</translation>
    </message>
    <message>
        <source>The central rules could not be taken: %1</source>
        <translation>The central rules could not be taken: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::Role</name>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>take applications</source>
        <translation>take applications</translation>
    </message>
    <message>
        <source>record results and arrivals</source>
        <translation>record results and arrivals</translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation>issue certificates</translation>
    </message>
    <message>
        <source>override a check</source>
        <translation>override a check</translation>
    </message>
    <message>
        <source>transfer documents to the provider</source>
        <translation>transfer documents to the provider</translation>
    </message>
    <message>
        <source>record archiving</source>
        <translation>record archiving</translation>
    </message>
    <message>
        <source>edit the working-day calendar</source>
        <translation>edit the working-day calendar</translation>
    </message>
    <message>
        <source>edit settings</source>
        <translation>edit settings</translation>
    </message>
    <message>
        <source>see the supervisor board</source>
        <translation>see the supervisor board</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>see the audit log</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>back up and restore</source>
        <translation>back up and restore</translation>
    </message>
    <message>
        <source>accept appeals and complaints</source>
        <translation>accept appeals and complaints</translation>
    </message>
    <message>
        <source>record referrals, extensions and decisions on appeals</source>
        <translation>record referrals, extensions and decisions on appeals</translation>
    </message>
    <message>
        <source>count the paper certificates in the safe</source>
        <translation>count the paper certificates in the safe</translation>
    </message>
</context>
<context>
    <name>certdesk::RulesDialog</name>
    <message>
        <source>&amp;Rules: calendar, MCI, terms…</source>
        <translation>&amp;Rules: calendar, MCI, terms…</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Rules that change by decree</source>
        <translation>Rules that change by decree</translation>
    </message>
    <message>
        <source>The rules in force at this branch. A value of this branch applies only where the central rules have none; every change is recorded with your name and reaches every workstation of the branch.</source>
        <translation>The rules in force at this branch. A value of this branch applies only where the central rules have none; every change is recorded with your name and reaches every workstation of the branch.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Moves off a weekend</source>
        <translation>Moves off a weekend</translation>
    </message>
    <message>
        <source>Days swapped by Government decree</source>
        <translation>Days swapped by Government decree</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>Monthly calculation index (MCI) of each year</source>
        <translation>Monthly calculation index (MCI) of each year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tenge</source>
        <translation>Tenge</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Comes from</translation>
    </message>
    <message>
        <source>Apostille state fee</source>
        <translation>Apostille state fee</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>MCI</source>
        <translation>MCI</translation>
    </message>
    <message>
        <source>MCI and fee</source>
        <translation>MCI and fee</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Working days (minutes: electronic)</source>
        <translation>Working days (minutes: electronic)</translation>
    </message>
    <message>
        <source>Service terms</source>
        <translation>Service terms</translation>
    </message>
    <message>
        <source>Hague Apostille Convention: the parties and the day it is in force with each</source>
        <translation>Hague Apostille Convention: the parties and the day it is in force with each</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Minsk/Chisinau conventions: no apostille needed</source>
        <translation>Minsk/Chisinau conventions: no apostille needed</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>Apostille countries</source>
        <translation>Apostille countries</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Remo&amp;ve row</translation>
    </message>
    <message>
        <source>&amp;Back to the central or built-in value</source>
        <translation>&amp;Back to the central or built-in value</translation>
    </message>
    <message>
        <source>&amp;Save this tab</source>
        <translation>&amp;Save this tab</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Import file…</translation>
    </message>
    <message>
        <source>E&amp;xport file…</source>
        <translation>E&amp;xport file…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>central rules (this branch&apos;s value does not apply)</source>
        <translation>central rules (this branch&apos;s value does not apply)</translation>
    </message>
    <message>
        <source>central rules</source>
        <translation>central rules</translation>
    </message>
    <message>
        <source>this branch</source>
        <translation>this branch</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>built in</translation>
    </message>
    <message>
        <source>No calendar data for %1: deadlines in it are counted with weekends alone. Enter every holiday of the year and save.</source>
        <translation>No calendar data for %1: deadlines in it are counted with weekends alone. Enter every holiday of the year and save.</translation>
    </message>
    <message>
        <source>Comes from: %1.</source>
        <translation>Comes from: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Nothing was changed:</translation>
    </message>
    <message>
        <source>the chosen value is not this branch&apos;s own; choose a row that comes from this branch.</source>
        <translation>the chosen value is not this branch&apos;s own; choose a row that comes from this branch.</translation>
    </message>
    <message>
        <source>Holidays, row %1: %2</source>
        <translation>Holidays, row %1: %2</translation>
    </message>
    <message>
        <source>Decree days, row %1: %2</source>
        <translation>Decree days, row %1: %2</translation>
    </message>
    <message>
        <source>the MCI must be a whole number of tenge, such as 4325</source>
        <translation>the MCI must be a whole number of tenge, such as 4325</translation>
    </message>
    <message>
        <source>the fee must be a number of MCI, such as 0.5</source>
        <translation>the fee must be a number of MCI, such as 0.5</translation>
    </message>
    <message>
        <source>the term must be a whole number</source>
        <translation>the term must be a whole number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (ISO 3166-1, two letters)</source>
        <translation>&quot;%1&quot; is not a known country code (ISO 3166-1, two letters)</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <source>%1, row %2: %3 is given twice</source>
        <translation>%1, row %2: %3 is given twice</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Nothing was saved:</translation>
    </message>
    <message>
        <source>Nothing to save: the rules are as shown.</source>
        <translation>Nothing to save: the rules are as shown.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n rule(s) changed.</source>
        <translation>
            <numerusform>Saved: %n rule changed.</numerusform>
            <numerusform>Saved: %n rules changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read:</source>
        <translation>The file cannot be read:</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n rule(s) changed.</source>
        <translation>
            <numerusform>Imported: %n rule changed.</numerusform>
            <numerusform>Imported: %n rules changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a rules file</source>
        <translation>Import a rules file</translation>
    </message>
    <message>
        <source>Rules files (*.rules);;All files (*)</source>
        <translation>Rules files (*.rules);;All files (*)</translation>
    </message>
    <message>
        <source>Export the rules in force</source>
        <translation>Export the rules in force</translation>
    </message>
    <message>
        <source>The file cannot be written:</source>
        <translation>The file cannot be written:</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>the year must be from 1900 to 2200, such as 2027</source>
        <translation>the year must be from 1900 to 2200, such as 2027</translation>
    </message>
    <message>
        <source>the calendar of %1</source>
        <translation>the calendar of %1</translation>
    </message>
    <message>
        <source>Changes to %1 are not saved. Save them now?</source>
        <translation>Changes to %1 are not saved. Save them now?</translation>
    </message>
</context>
<context>
    <name>certdesk::SafeCountDialog</name>
    <message>
        <source>no case of the branch</source>
        <translation>no case of the branch</translation>
    </message>
    <message>
        <source>issued to the recipient</source>
        <translation>issued to the recipient</translation>
    </message>
    <message>
        <source>handed over to the service provider</source>
        <translation>handed over to the service provider</translation>
    </message>
    <message>
        <source>archived by the service provider</source>
        <translation>archived by the service provider</translation>
    </message>
    <message>
        <source>arrival at the branch not recorded</source>
        <translation>arrival at the branch not recorded</translation>
    </message>
    <message>
        <source>not in the branch&apos;s custody</source>
        <translation>not in the branch&apos;s custody</translation>
    </message>
    <message>
        <source>Scan the QR code of every paper certificate in the safe, or type its receipt number and press Enter. The number the records expect is not shown. When every paper was presented, press Finish the count: the missing and the unexpected papers are listed and the count is recorded. Esc drops the count without recording anything.</source>
        <translation>Scan the QR code of every paper certificate in the safe, or type its receipt number and press Enter. The number the records expect is not shown. When every paper was presented, press Finish the count: the missing and the unexpected papers are listed and the count is recorded. Esc drops the count without recording anything.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>According to the records</source>
        <translation>According to the records</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Counted: %1</translation>
    </message>
    <message>
        <source>Count the safe</source>
        <translation>Count the safe</translation>
    </message>
    <message numerus="yes">
        <source>Finish the count with %n paper certificate(s) presented? Every paper in the branch&apos;s custody that was not presented is recorded as missing.</source>
        <translation>
            <numerusform>Finish the count with %n paper certificate presented? Every paper in the branch&apos;s custody that was not presented is recorded as missing.</numerusform>
            <numerusform>Finish the count with %n paper certificates presented? Every paper in the branch&apos;s custody that was not presented is recorded as missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The count is recorded (%1). In the branch&apos;s custody according to the records: %2; counted: %3; missing: %4; not expected in the safe: %5.</source>
        <translation>The count is recorded (%1). In the branch&apos;s custody according to the records: %2; counted: %3; missing: %4; not expected in the safe: %5.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>in the safe</source>
        <translation>in the safe</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Not expected</translation>
    </message>
    <message>
        <source>The report of the count of the safe</source>
        <translation>The report of the count of the safe</translation>
    </message>
    <message>
        <source>The count is recorded whatever the printer does.</source>
        <translation>The count is recorded whatever the printer does.</translation>
    </message>
    <message>
        <source>The report: %1</source>
        <translation>The report: %1</translation>
    </message>
    <message numerus="yes">
        <source>Drop this count? The %n paper certificate(s) counted so far are not recorded; a new count starts from nothing.</source>
        <translation>
            <numerusform>Drop this count? The %n paper certificate counted so far is not recorded; a new count starts from nothing.</numerusform>
            <numerusform>Drop this count? The %n paper certificates counted so far are not recorded; a new count starts from nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ServerDocumentsDialog</name>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Case or stream</source>
        <translation>Case or stream</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>What the server did</source>
        <translation>What the server did</translation>
    </message>
    <message>
        <source>deleted it</source>
        <translation>deleted it</translation>
    </message>
    <message>
        <source>changed it (%1)</source>
        <translation>changed it (%1)</translation>
    </message>
    <message>
        <source>Nothing here was applied: this workstation keeps its own events as they are. Documents set aside are read again after CertDesk is upgraded; tell the branch administrator about changes made on the server.</source>
        <translation>Nothing here was applied: this workstation keeps its own events as they are. Documents set aside are read again after CertDesk is upgraded; tell the branch administrator about changes made on the server.</translation>
    </message>
</context>
<context>
    <name>certdesk::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Branch %1, workstation %2</source>
        <translation>Branch %1, workstation %2</translation>
    </message>
    <message>
        <source>Login: enter your login.</source>
        <translation>Login: enter your login.</translation>
    </message>
    <message>
        <source>Password: enter your password.</source>
        <translation>Password: enter your password.</translation>
    </message>
</context>
<context>
    <name>certdesk::SingleInstance</name>
    <message>
        <source>CertDesk is already open on %1: its window was brought forward. Work there; a second window on the same database is not opened.</source>
        <translation>CertDesk is already open on %1: its window was brought forward. Work there; a second window on the same database is not opened.</translation>
    </message>
    <message>
        <source>CertDesk is already open on %1 (in another window or by another person signed in to this computer). Use that window, or close it and start CertDesk again.</source>
        <translation>CertDesk is already open on %1 (in another window or by another person signed in to this computer). Use that window, or close it and start CertDesk again.</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncController</name>
    <message>
        <source>Open Settings → Sync and correct it.</source>
        <translation>Open Settings → Sync and correct it.</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncRunner</name>
    <message>
        <source>Sync cannot open the branch database (%1).</source>
        <translation>Sync cannot open the branch database (%1).</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncSettingsPage</name>
    <message>
        <source>The password is kept only in this computer&apos;s credential store, never in CertDesk&apos;s files. Without it, CertDesk asks for the password after sign-in.</source>
        <translation>The password is kept only in this computer&apos;s credential store, never in CertDesk&apos;s files. Without it, CertDesk asks for the password after sign-in.</translation>
    </message>
    <message>
        <source>This CertDesk cannot use a credential store, so the password is never saved: it is asked for after each sign-in.</source>
        <translation>This CertDesk cannot use a credential store, so the password is never saved: it is asked for after each sign-in.</translation>
    </message>
    <message>
        <source>CA certificate of the central server</source>
        <translation>CA certificate of the central server</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>certdesk::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send and receive events now instead of waiting</source>
        <translation>Send and receive events now instead of waiting</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Server, branch database and account of sync</source>
        <translation>Server, branch database and account of sync</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>last sync yesterday %1</source>
        <translation>last sync yesterday %1</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>all sent</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not yet sent</source>
        <translation>
            <numerusform>%n event not yet sent</numerusform>
            <numerusform>%n events not yet sent</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation works on its own. To sync with the branch&apos;s other workstations, enter the server in Settings.</source>
        <translation>This workstation works on its own. To sync with the branch&apos;s other workstations, enter the server in Settings.</translation>
    </message>
    <message>
        <source>work goes on; next try at %1</source>
        <translation>work goes on; next try at %1</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>The server&apos;s documents this workstation set aside or found changed</source>
        <translation>The server&apos;s documents this workstation set aside or found changed</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received</source>
        <translation>
            <numerusform>%n event received</numerusform>
            <numerusform>%n events received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received (%1 %)</source>
        <translation>
            <numerusform>%n event received (%1 %)</numerusform>
            <numerusform>%n events received (%1 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) set aside</source>
        <translation>
            <numerusform>%n document set aside</numerusform>
            <numerusform>%n documents set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed on the server</source>
        <translation>
            <numerusform>%n event changed on the server</numerusform>
            <numerusform>%n events changed on the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::UpgradeWindow</name>
    <message>
        <source>CertDesk: bringing the database up to date</source>
        <translation>CertDesk: bringing the database up to date</translation>
    </message>
    <message>
        <source>The database %1 was written by an older version of CertDesk. It is being checked and brought up to date for this version.

This is done once. On a large branch it takes a few minutes; the counter opens by itself when it is over. Do not switch the computer off meanwhile.</source>
        <translation>The database %1 was written by an older version of CertDesk. It is being checked and brought up to date for this version.

This is done once. On a large branch it takes a few minutes; the counter opens by itself when it is over. Do not switch the computer off meanwhile.</translation>
    </message>
    <message>
        <source>Bringing the database up to date</source>
        <translation>Bringing the database up to date</translation>
    </message>
</context>
<context>
    <name>certdesk::UsersDialog</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>Selected account: %1</source>
        <translation>Selected account: %1</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>Repeat: the two passwords differ; type the same password twice.</source>
        <translation>Repeat: the two passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <source>The account %1 was added.</source>
        <translation>The account %1 was added.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; give it to them in person.</source>
        <translation>The password of %1 was reset; give it to them in person.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 is now a %2.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>The account %1 is enabled.</translation>
    </message>
</context>
<context>
    <name>certdesk::WorkstationAlertPanel</name>
    <message numerus="yes">
        <source>This workstation and the other computers (%n alert(s)): receipt numbers wait for a supervisor</source>
        <translation>
            <numerusform>This workstation and the other computers (%n alert): receipt numbers wait for a supervisor</numerusform>
            <numerusform>This workstation and the other computers (%n alerts): receipt numbers wait for a supervisor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::WorkstationNumberDialog</name>
    <message>
        <source>Workstation %1 of branch %2. Receipt numbers are made of this number: no other workstation of the branch may use it.</source>
        <translation>Workstation %1 of branch %2. Receipt numbers are made of this number: no other workstation of the branch may use it.</translation>
    </message>
    <message>
        <source>&amp;Set the number</source>
        <translation>&amp;Set the number</translation>
    </message>
</context>
<context>
    <name>certdesk::WriteOffDialog</name>
    <message>
        <source>Write off a missing paper certificate</source>
        <translation>Write off a missing paper certificate</translation>
    </message>
    <message>
        <source>%1, receipt %2: missing at the count of the safe on %3 (counted by %4). A write-off ends the search for it on the board; it stays in the log with your name and the reason.</source>
        <translation>%1, receipt %2: missing at the count of the safe on %3 (counted by %4). A write-off ends the search for it on the board; it stays in the log with your name and the reason.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>for example, the act of loss No. and date</source>
        <translation>for example, the act of loss No. and date</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>&amp;Write off</translation>
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
        <translation>The counter for the certificate of no criminal record.</translation>
    </message>
    <message>
        <source>The branch database (default: %1).</source>
        <translation>The branch database (default: %1).</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
</context>
</TS>
