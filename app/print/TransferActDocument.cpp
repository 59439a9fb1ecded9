#include "print/TransferActDocument.h"

#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"
#include "print/ReceiptDocument.h"
#include "print/RegisterTable.h"

#include <utility>

namespace certdesk {

namespace {

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace

TransferActDocument::Line TransferActDocument::Line::fromCase(const CaseState &s)
{
    Line line;
    line.receipt = s.receipt;
    QStringList name {s.surname, s.givenName, s.patronymic};
    name.removeAll(QString());
    line.name = name.join(u' ');
    line.certificateNumber = s.certificateNumber;
    line.certificateDate = s.certificateDate;
    line.arrivedOn = s.arrivedOn;
    return line;
}

TransferActDocument::TransferActDocument(Data data)
    : m_data(std::move(data))
{
}

QString TransferActDocument::fileName() const
{
    return QStringLiteral("transfer-act-%1").arg(m_data.act);
}

void TransferActDocument::write(DocumentWriter &w) const
{
    const Data &d = m_data;
    const DocumentText act = DocumentText::translate("TransferActDocument", "Transfer act");
    w.setFooter(DocumentText(QStringLiteral("%1 № %2").arg(act.joined(), d.act), QString()));
    // One phrase per language in its own word order: in Kazakh what is handed over comes
    // first and "act" last.
    w.titleWithQr(DocumentText::translate("TransferActDocument",
                      "Acceptance and transfer act No. %1 of the paper certificates of no "
                      "criminal record not collected at the branch within one month")
                      .arg(d.act),
        {}, d.act.toUtf8(), 20, d.act);

    w.row(DocumentText::translate("TransferActDocument", "Date of the act"), dmy(d.date));
    w.row(DocumentText::translate("TransferActDocument", "Handed over by"),
        DocumentText::translate("TransferActDocument", "SC \"Government for Citizens\", %1 (code %2)")
            .arg(d.branchName, d.branchCode));
    w.row(DocumentText::translate("TransferActDocument", "Received by"),
        DocumentText::translate("TransferActDocument", "Committee on Legal Statistics and Special Accounts of the Prosecutor General's Office of the Republic of Kazakhstan (service provider)"));
    w.bilingual(DocumentText::translate("TransferActDocument", "The certificates were kept at the branch for one month from the day they arrived and are handed over to the service provider for two more months of keeping."),
        DocumentWriter::Role::Small);

    RegisterTable table({
        {DocumentText::translate("TransferActDocument", "No."), 0.45, Qt::AlignRight},
        {DocumentText::translate("TransferActDocument", "Receipt number"), 2.7},
        {DocumentText::translate("TransferActDocument", "Surname, name, patronymic"), 3.0},
        {DocumentText::translate("TransferActDocument", "Certificate number and date"), 2.0},
        {DocumentText::translate("TransferActDocument", "Arrived at the branch"), 1.6},
        {DocumentText::translate("TransferActDocument", "Sheets"), 1.0, Qt::AlignRight},
    });
    int sheets = 0;
    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        const Line &l = d.lines.at(i);
        table.addRow({QString::number(i + 1), ReceiptNumber::format(l.receipt), l.name,
            QStringLiteral("%1\n%2").arg(l.certificateNumber, dmy(l.certificateDate)),
            dmy(l.arrivedOn), QString::number(l.sheets)});
        sheets += l.sheets;
    }
    table.addRow({QString(), QString(), DocumentText::translate("TransferActDocument", "Total").joined(),
                     QString::number(d.lines.size()), QString(), QString::number(sheets)},
        true);
    table.write(w);

    const int count = static_cast<int>(d.lines.size());
    const DocumentText total = DocumentText::translate(
        "TransferActDocument", "Total handed over: %n certificate(s) on %1", nullptr, count);
    const DocumentText onSheets
        = DocumentText::translate("TransferActDocument", "%n sheet(s).", nullptr, sheets);
    w.bilingual(DocumentText(total.kk.arg(onSheets.kk), total.ru.arg(onSheets.ru)),
        DocumentWriter::Role::Value);
    w.space(4);
    const QString handedBy = d.handedByPosition.isEmpty()
        ? ReceiptDocument::surnameInitials(d.handedByName)
        : QStringLiteral("%1, %2").arg(
            ReceiptDocument::surnameInitials(d.handedByName), d.handedByPosition);
    w.signature(DocumentText::translate("TransferActDocument", "Handed over"), handedBy);
    w.signature(DocumentText::translate("TransferActDocument", "Received (service provider)"),
        QStringLiteral("____________________ (%1)")
            .arg(DocumentText::translate("TransferActDocument", "full name").joined()));
    w.paragraph(QStringLiteral("%1: «____» ____________ 20___")
                    .arg(DocumentText::translate("TransferActDocument", "Date of receipt").joined()),
        DocumentWriter::Role::Body);
}

} // namespace certdesk
