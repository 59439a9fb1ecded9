#include "print/IssuanceJournalDocument.h"

#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"
#include "print/RegisterTable.h"

#include <utility>

namespace certdesk {

namespace {

DocumentText label(const char *kk, const char *ru)
{
    return DocumentText(QString::fromUtf8(kk), QString::fromUtf8(ru));
}

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("representative"))
        return QString::fromUtf8("өкілі / представитель");
    if (kind == QLatin1String("parent"))
        return QString::fromUtf8("ата-анасы / родитель");
    if (kind == QLatin1String("entity_representative"))
        return QString::fromUtf8("заңды тұлға өкілі / представитель юр. лица");
    return QString::fromUtf8("өзі / лично");
}

} // namespace

IssuanceJournalDocument::IssuanceJournalDocument(Data data)
    : m_data(std::move(data))
{
}

QString IssuanceJournalDocument::fileName() const
{
    if (m_data.from == m_data.to)
        return QStringLiteral("issuance-journal-%1").arg(m_data.from.toString(Qt::ISODate));
    return QStringLiteral("issuance-journal-%1-%2")
        .arg(m_data.from.toString(Qt::ISODate), m_data.to.toString(Qt::ISODate));
}

Document::PageSetup IssuanceJournalDocument::defaultPageSetup() const
{
    PageSetup setup;
    setup.orientation = QPageLayout::Landscape;
    setup.marginsMm = QMarginsF(12, 10, 12, 10);
    return setup;
}

void IssuanceJournalDocument::write(DocumentWriter &w) const
{
    const Data &d = m_data;
    const QString period
        = d.from == d.to ? dmy(d.from) : QStringLiteral("%1 — %2").arg(dmy(d.from), dmy(d.to));
    w.setFooter(DocumentText(QString::fromUtf8("Анықтамаларды беру журналы / Журнал выдачи "
                                               "справок, %1, %2 (код %3)")
                                 .arg(period, d.branchName, d.branchCode),
        QString()));
    w.title(label("Соттылығының бар-жоғы туралы анықтамаларды беру журналы",
        "Журнал выдачи справок о наличии либо отсутствии судимости"));
    w.row(label("Кезең", "Период"), period);
    w.row(label("Бөлімше", "Отделение"), QStringLiteral("%1 (%2)").arg(d.branchName, d.branchCode));

    RegisterTable table({
        {label("№", "№"), 0.4, Qt::AlignRight},
        {label("Күні, уақыты", "Дата, время"), 1.2},
        {label("Қолхат", "Расписка"), 2.0},
        {label("Анықтама", "Справка"), 1.2},
        {label("Анықтама кім туралы", "О ком справка"), 2.1},
        {label("Алушы", "Получатель"), 2.3},
        {label("Құжаты, сенімхат", "Документ, доверенность"), 3.0},
        {label("Берген қызметкер", "Выдал"), 1.3},
        {label("Алушының қолы", "Подпись получателя"), 1.4},
    });
    table.setCellRole(DocumentWriter::Role::Small);
    for (const Line &l : d.lines) {
        QString document = l.document;
        if (!l.poa.isEmpty())
            document += QString::fromUtf8("\nСенімхат / доверенность: ") + l.poa;
        table.addRow(
            {QString::number(l.number), l.atLocal.toString(QStringLiteral("dd.MM.yyyy\nHH:mm")),
                ReceiptNumber::format(l.receipt),
                QStringLiteral("%1\n%2").arg(l.certificateNumber, dmy(l.certificateDate)),
                l.subjectName,
                QStringLiteral("%1\n(%2)").arg(l.collectorName, kindText(l.collectorKind)),
                document, l.clerk, QString()});
    }
    table.write(w);
    w.bilingual(DocumentText(QString::fromUtf8("Барлығы берілді: %1").arg(d.lines.size()),
                    QString::fromUtf8("Всего выдано: %1").arg(d.lines.size())),
        DocumentWriter::Role::Value);
}

} // namespace certdesk
