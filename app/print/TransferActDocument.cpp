#include "print/TransferActDocument.h"

#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"
#include "print/ReceiptDocument.h"
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
    w.setFooter(DocumentText(
        QString::fromUtf8("Қабылдау-тапсыру актісі / Акт приёма-передачи № %1").arg(d.act),
        QString()));
    w.titleWithQr(DocumentText(QString::fromUtf8("Қабылдау-тапсыру актісі № %1").arg(d.act),
                      QString::fromUtf8("Акт приёма-передачи № %1").arg(d.act)),
        {QString::fromUtf8("соттылығының бар-жоғы туралы анықтамалардың қағаз нұсқалары, "
                           "бөлімшеде бір ай ішінде алынбаған"),
            QString::fromUtf8("бумажных справок о наличии либо отсутствии судимости, не "
                              "полученных в отделении в течение одного месяца")},
        d.act.toUtf8(), 20, d.act);

    w.row(label("Актінің күні", "Дата акта"), dmy(d.date));
    w.row(label("Тапсырушы", "Передающая сторона"),
        DocumentText(QString::fromUtf8("«Азаматтарға арналған үкімет» МК, %1 (код %2)")
                         .arg(d.branchName, d.branchCode),
            QString::fromUtf8("ГК «Правительство для граждан», %1 (код %2)")
                .arg(d.branchName, d.branchCode)));
    w.row(label("Қабылдаушы", "Принимающая сторона"),
        label("ҚР Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі "
              "комитеті (көрсетілетін қызметті беруші)",
            "Комитет по правовой статистике и специальным учётам Генеральной прокуратуры РК "
            "(услугодатель)"));
    w.bilingual(label("Анықтамалар бөлімшеге келген күннен бастап бір ай сақталды және "
                      "көрсетілетін қызметті берушіге тағы екі ай сақтауға тапсырылады.",
                    "Справки хранились в отделении один месяц со дня поступления и передаются "
                    "услугодателю на хранение ещё на два месяца."),
        DocumentWriter::Role::Small);

    RegisterTable table({
        {label("№", "№"), 0.45, Qt::AlignRight},
        {label("Қолхат нөмірі", "Номер расписки"), 2.7},
        {label("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"), 3.0},
        {label("Анықтама нөмірі, күні", "Номер и дата справки"), 2.0},
        {label("Бөлімшеге келді", "Поступила в отделение"), 1.6},
        {label("Парақ саны", "Листов"), 1.0, Qt::AlignRight},
    });
    int sheets = 0;
    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        const Line &l = d.lines.at(i);
        table.addRow({QString::number(i + 1), ReceiptNumber::format(l.receipt), l.name,
            QStringLiteral("%1\n%2").arg(l.certificateNumber, dmy(l.certificateDate)),
            dmy(l.arrivedOn), QString::number(l.sheets)});
        sheets += l.sheets;
    }
    table.addRow({QString(), QString(), QString::fromUtf8("Барлығы / Итого"),
                     QString::number(d.lines.size()), QString(), QString::number(sheets)},
        true);
    table.write(w);

    w.bilingual(DocumentText(QString::fromUtf8("Барлығы тапсырылды: %1 анықтама, %2 парақ.")
                                 .arg(d.lines.size())
                                 .arg(sheets),
                    QString::fromUtf8("Всего передано: %1 справок на %2 листах.")
                        .arg(d.lines.size())
                        .arg(sheets)),
        DocumentWriter::Role::Value);
    w.space(4);
    const QString handedBy = d.handedByPosition.isEmpty()
        ? ReceiptDocument::surnameInitials(d.handedByName)
        : QStringLiteral("%1, %2").arg(
            ReceiptDocument::surnameInitials(d.handedByName), d.handedByPosition);
    w.signature(label("Тапсырды", "Передал"), handedBy);
    w.signature(label("Қабылдап алды (көрсетілетін қызметті беруші)", "Принял (услугодатель)"),
        QString::fromUtf8("____________________ (Т.А.Ә. / Ф.И.О.)"));
    w.paragraph(QString::fromUtf8("Қабылдап алған күні / Дата приёма: «____» ____________ 20___"),
        DocumentWriter::Role::Body);
}

} // namespace certdesk
