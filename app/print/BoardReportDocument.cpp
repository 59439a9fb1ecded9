#include "print/BoardReportDocument.h"

#include "print/DocumentWriter.h"
#include "print/RegisterTable.h"

#include <utility>

namespace certdesk {

namespace {

DocumentText label(const char *kk, const char *ru)
{
    return DocumentText(QString::fromUtf8(kk), QString::fromUtf8(ru));
}

} // namespace

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
    w.setFooter(DocumentText(QString::fromUtf8("Бақылау тақтасы / Панель контроля, %1, %2 (код %3)")
                                 .arg(day, d.branchName, d.branchCode),
        QString()));
    w.title(label("Қағаз анықтамаларды сақтау: бақылау тақтасы",
        "Хранение бумажных справок: панель контроля"));
    w.row(label("Күні", "Дата"), day);
    w.row(label("Бөлімше", "Отделение"), QStringLiteral("%1 (%2)").arg(d.branchName, d.branchCode));
    if (!d.printedBy.isEmpty())
        w.row(label("Басып шығарған", "Распечатал"), d.printedBy);
    for (const Section &s : d.sections) {
        w.space(2);
        w.bilingual(DocumentText(QStringLiteral("%1 — %2").arg(s.title.kk).arg(s.rows.size()),
                        QStringLiteral("%1 — %2").arg(s.title.ru).arg(s.rows.size())),
            DocumentWriter::Role::Value);
        if (s.rows.isEmpty())
            continue;
        RegisterTable table({
            {label("№", "№"), 0.5, Qt::AlignRight},
            {label("Қолхат", "Расписка"), 2.2},
            {label("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"), 3.6},
            {label("Мерзімі", "Срок"), 1.3},
            {label("Жағдайы", "Состояние"), 2.4},
        });
        table.setCellRole(DocumentWriter::Role::Small);
        for (qsizetype i = 0; i < s.rows.size(); ++i)
            table.addRow(QStringList {QString::number(i + 1)} + s.rows.at(i));
        table.write(w);
    }
}

} // namespace certdesk
