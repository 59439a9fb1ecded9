#include "print/SafeCountReportDocument.h"

#include "domain/Clock.h"
#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"
#include "print/ReceiptDocument.h"
#include "print/RegisterTable.h"

#include <utility>

namespace certdesk {

namespace {

QString dmyHm(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

/// The receipt number grouped, or for a paper of no case what was presented.
QString paperCell(const SafePaper &p)
{
    if (!p.receipt.isEmpty())
        return ReceiptNumber::format(p.receipt);
    return p.scanned;
}

void papersTable(DocumentWriter &w, const DocumentText &heading, const QList<SafePaper> &papers,
    bool withWhere)
{
    w.heading(heading.arg(QString::number(papers.size())));
    if (papers.isEmpty())
        return;
    QList<RegisterTable::Column> columns {
        {DocumentText::translate("SafeCountReportDocument", "No."), 0.45, Qt::AlignRight},
        {DocumentText::translate("SafeCountReportDocument", "Receipt number"), 2.4},
        {DocumentText::translate("SafeCountReportDocument", "Surname, name, patronymic"), 3.2},
    };
    if (withWhere)
        columns.append(
            {DocumentText::translate("SafeCountReportDocument", "According to the records"), 2.6});
    RegisterTable table(columns);
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const SafePaper &p = papers.at(i);
        QStringList cells {QString::number(i + 1), paperCell(p), p.name};
        if (withWhere)
            cells.append(SafeCountReportDocument::whereText(p).joined(QStringLiteral("\n")));
        table.addRow(cells);
    }
    table.write(w);
}

} // namespace

SafeCountReportDocument::Data SafeCountReportDocument::Data::from(
    const SafeCountReport &report, const Clock &clock)
{
    Data d;
    d.branchName = report.branchName;
    d.branchCode = report.branchCode;
    d.startedLocal = clock.toLocal(report.startedAt);
    d.finishedLocal = clock.toLocal(report.finishedAt);
    d.supervisorName = report.supervisorName;
    d.supervisorPosition = report.supervisorPosition;
    d.expected = report.expected;
    d.counted = report.counted;
    d.missing = report.missing;
    d.unexpected = report.unexpected;
    d.recorded = report.recorded();
    return d;
}

SafeCountReportDocument::SafeCountReportDocument(Data data)
    : m_data(std::move(data))
{
}

QString SafeCountReportDocument::fileName() const
{
    return QStringLiteral("safe-count-%1")
        .arg(m_data.finishedLocal.toString(QStringLiteral("yyyy-MM-dd-HHmm")));
}

DocumentText SafeCountReportDocument::whereText(const SafePaper &p)
{
    const QString &s = p.status;
    if (p.caseId.isEmpty())
        return DocumentText::translate("SafeCountReportDocument", "no case of the branch");
    if (s == QLatin1String("issued"))
        return DocumentText::translate("SafeCountReportDocument", "issued to the recipient");
    if (s == QLatin1String("at_provider") || s == QLatin1String("return_requested"))
        return DocumentText::translate("SafeCountReportDocument", "handed over to the service provider");
    if (s == QLatin1String("archived"))
        return DocumentText::translate("SafeCountReportDocument", "archived by the service provider");
    if (s == QLatin1String("result_ready"))
        return DocumentText::translate("SafeCountReportDocument", "arrival at the branch not recorded");
    return DocumentText::translate("SafeCountReportDocument", "not in the branch's custody");
}

void SafeCountReportDocument::write(DocumentWriter &w) const
{
    const Data &d = m_data;
    const DocumentText title = DocumentText::translate(
        "SafeCountReportDocument", "Report on the count of the paper certificates in the safe");
    w.setFooter(DocumentText(QStringLiteral("%1, %2, %3 (%4)")
                                 .arg(title.joined(), dmyHm(d.finishedLocal), d.branchName,
                                     d.branchCode),
        QString()));
    w.title(title);
    if (!d.recorded)
        w.bilingual(DocumentText::translate("SafeCountReportDocument",
                        "Trial count: not recorded in the ledger."),
            DocumentWriter::Role::Value);
    w.row(DocumentText::translate("SafeCountReportDocument", "Branch"),
        QStringLiteral("%1 (%2)").arg(d.branchName, d.branchCode));
    w.row(DocumentText::translate("SafeCountReportDocument", "Count started"), dmyHm(d.startedLocal));
    w.row(DocumentText::translate("SafeCountReportDocument", "Count finished"), dmyHm(d.finishedLocal));
    w.row(DocumentText::translate("SafeCountReportDocument", "In the branch's custody according to the records"),
        QString::number(d.expected));
    w.row(DocumentText::translate("SafeCountReportDocument", "Counted"),
        QString::number(d.counted.size()));
    w.row(DocumentText::translate("SafeCountReportDocument", "Missing"),
        QString::number(d.missing.size()));
    w.row(DocumentText::translate("SafeCountReportDocument", "Not expected in the safe"),
        QString::number(d.unexpected.size()));
    w.space(3);

    papersTable(w, DocumentText::translate("SafeCountReportDocument", "Missing paper certificates: %1"),
        d.missing, false);
    papersTable(w,
        DocumentText::translate("SafeCountReportDocument", "Paper certificates not expected in the safe: %1"),
        d.unexpected, true);
    papersTable(w, DocumentText::translate("SafeCountReportDocument", "Counted paper certificates: %1"),
        d.counted, false);

    w.space(4);
    const QString who = d.supervisorPosition.isEmpty()
        ? ReceiptDocument::surnameInitials(d.supervisorName)
        : QStringLiteral("%1, %2").arg(
            ReceiptDocument::surnameInitials(d.supervisorName), d.supervisorPosition);
    w.signature(DocumentText::translate("SafeCountReportDocument", "Counted by (supervisor)"), who);
}

} // namespace certdesk
