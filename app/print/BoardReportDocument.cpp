#include "print/BoardReportDocument.h"

#include "print/DocumentWriter.h"
#include "print/RegisterTable.h"

#include <utility>

namespace certdesk {

BoardReportDocument::BoardReportDocument(Data data)
    : m_data(std::move(data))
{
}

QString BoardReportDocument::fileName() const
{
    return QStringLiteral("board-%1").arg(m_data.asOf.toString(Qt::ISODate));
}

Document::PageSetup BoardReportDocument::defaultPageSetup() const
{
    PageSetup setup;
    setup.orientation = QPageLayout::Landscape;
    setup.marginsMm = QMarginsF(12, 10, 12, 10);
    return setup;
}

void BoardReportDocument::write(DocumentWriter &w) const
{
    const Data &d = m_data;
    const QString day = d.asOf.toString(QStringLiteral("dd.MM.yyyy"));
    w.setFooter(DocumentText(
        QStringLiteral("%1, %2, %3 (%4 %5)")
            .arg(DocumentText::translate("BoardReportDocument", "Supervisor board").joined(), day,
                d.branchName, DocumentText::translate("BoardReportDocument", "code").joined(),
                d.branchCode),
        QString()));
    w.title(DocumentText::translate("BoardReportDocument", "Custody of paper certificates: supervisor board"));
    w.row(DocumentText::translate("BoardReportDocument", "Date"), day);
    w.row(DocumentText::translate("BoardReportDocument", "Branch"), QStringLiteral("%1 (%2)").arg(d.branchName, d.branchCode));
    if (!d.printedBy.isEmpty())
        w.row(DocumentText::translate("BoardReportDocument", "Printed by"), d.printedBy);
    for (const Section &s : d.sections) {
        w.space(2);
        w.bilingual(DocumentText(QStringLiteral("%1 — %2").arg(s.title.kk).arg(s.rows.size()),
                        QStringLiteral("%1 — %2").arg(s.title.ru).arg(s.rows.size())),
            DocumentWriter::Role::Value);
        if (s.rows.isEmpty())
            continue;
        RegisterTable table({
            {DocumentText::translate("BoardReportDocument", "No."), 0.5, Qt::AlignRight},
            {DocumentText::translate("BoardReportDocument", "Receipt"), 2.2},
            {DocumentText::translate("BoardReportDocument", "Surname, name, patronymic"), 3.6},
            {DocumentText::translate("BoardReportDocument", "Due"), 1.3},
            {DocumentText::translate("BoardReportDocument", "State"), 2.4},
        });
        table.setCellRole(DocumentWriter::Role::Small);
        for (qsizetype i = 0; i < s.rows.size(); ++i) {
            const Row &r = s.rows.at(i);
            table.addRow({QString::number(i + 1), r.receipt, r.name,
                r.due.toString(QStringLiteral("dd.MM.yyyy")),
                r.state.joined(QStringLiteral("\n"))});
        }
        table.write(w);
    }
}

} // namespace certdesk
