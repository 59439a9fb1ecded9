#include "print/CertificateDocument.h"

#include "domain/ApostilleCountries.h"
#include "domain/ReceiptNumber.h"
#include "print/DocumentWriter.h"

#include <utility>

namespace certdesk {

namespace {

// Document wording is fixed Kazakh and Russian, not the clerk's interface language.
DocumentText label(const char *kk, const char *ru)
{
    return DocumentText(QString::fromUtf8(kk), QString::fromUtf8(ru));
}

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

DocumentText purposeText(const QString &purpose)
{
    if (purpose == QLatin1String("apostille"))
        return label("Шетелге шығу үшін, апостильмен", "Для выезда за рубеж, с апостилем");
    if (purpose == QLatin1String("abroad"))
        return label("Шетелге шығу үшін", "Для выезда за рубеж");
    return label(
        "Қазақстан Республикасында пайдалану үшін", "Для использования в Республике Казахстан");
}

} // namespace

CertificateDocument::CertificateDocument(Data data)
    : m_data(std::move(data))
{
}

QString CertificateDocument::fileName() const
{
    QString number = m_data.certificateNumber;
    number.replace(u'/', u'-');
    return m_data.copy > 1 ? QStringLiteral("certificate-%1-copy-%2").arg(number).arg(m_data.copy)
                           : QStringLiteral("certificate-%1").arg(number);
}

QByteArray CertificateDocument::verificationPayload(
    const QString &number, const QDate &date, const QString &urlTemplate)
{
    const QString day = date.toString(Qt::ISODate);
    if (urlTemplate.contains(QLatin1String("%1")))
        return QString(urlTemplate)
            .replace(QLatin1String("%1"), number)
            .replace(QLatin1String("%2"), day)
            .toUtf8();
    return QStringLiteral("CERT %1 %2").arg(number, day).toUtf8();
}

DocumentText CertificateDocument::resultText(const QString &outcome)
{
    if (outcome == QLatin1String("record_found"))
        return label("Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және "
                     "арнайы есепке алу жөніндегі комитетінің есептері бойынша соттылығы туралы "
                     "мәліметтер бар.",
            "По учётам Комитета по правовой статистике и специальным учётам Генеральной "
            "прокуратуры Республики Казахстан имеются сведения о судимости.");
    return label("Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы "
                 "есепке алу жөніндегі комитетінің есептері бойынша соттылығы туралы мәліметтер "
                 "жоқ.",
        "По учётам Комитета по правовой статистике и специальным учётам Генеральной "
        "прокуратуры Республики Казахстан сведения о судимости отсутствуют.");
}

void CertificateDocument::write(DocumentWriter &w) const
{
    const Data &d = m_data;
    QString printed
        = QString::fromUtf8("%1 (%2), %3").arg(d.branchName, d.branchCode, dmy(d.printedOn));
    if (d.copy > 1)
        printed += QString::fromUtf8(" — телнұсқа / дубликат №%1").arg(d.copy - 1);
    w.setFooter(DocumentText(QString::fromUtf8("Бөлімшеде басып шығарылды / Распечатано в "
                                               "отделении: %1")
                                 .arg(printed),
        QString()));

    w.titleWithQr(label("АНЫҚТАМА", "СПРАВКА"),
        {QString::fromUtf8("соттылығының бар-жоғы туралы"),
            QString::fromUtf8("о наличии либо отсутствии судимости"),
            QString::fromUtf8("ҚР Бас прокуратурасының Құқықтық статистика және арнайы есепке "
                              "алу жөніндегі комитеті"),
            QString::fromUtf8("Комитет по правовой статистике и специальным учётам Генеральной "
                              "прокуратуры Республики Казахстан")},
        d.verification, 30, d.certificateNumber);
    if (d.copy > 1) {
        w.title(DocumentText(QString::fromUtf8("ТЕЛНҰСҚА"), QString::fromUtf8("ДУБЛИКАТ")));
        w.paragraph(QString::fromUtf8("Қайта басып шығарылған %1-нұсқа / Повторная печать, "
                                      "экземпляр %1")
                        .arg(d.copy),
            DocumentWriter::Role::Small, Qt::AlignHCenter);
    }

    w.row(label("Анықтаманың нөмірі", "Номер справки"), d.certificateNumber);
    w.row(label("Анықтаманың күні", "Дата справки"), dmy(d.certificateDate));
    QStringList name {d.surname, d.givenName, d.patronymic};
    name.removeAll(QString());
    w.row(label("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"), name.join(u' '));
    w.row(label("ЖСН", "ИИН"), d.iin);
    if (d.birthDate.isValid())
        w.row(label("Туған күні", "Дата рождения"), dmy(d.birthDate));
    w.row(label("Мақсаты", "Цель"), purposeText(d.purpose));
    if (!d.country.isEmpty())
        w.row(label("Баратын елі", "Страна назначения"),
            QStringLiteral("%1 (%2)").arg(
                ApostilleCountries::builtIn().countryName(d.country), d.country));
    if (!d.receipt.isEmpty())
        w.row(label("Өтініш (қолхат)", "Заявление (расписка)"), ReceiptNumber::format(d.receipt));
    w.rule();
    w.bilingual(resultText(d.outcome), DocumentWriter::Role::Value);
    if (d.outcome == QLatin1String("record_found") && !d.details.isEmpty())
        w.paragraph(d.details, DocumentWriter::Role::Body);
    w.rule();
    if (d.purpose == QLatin1String("apostille"))
        writeApostilleArea(w);
    w.bilingual(label("Анықтаманың түпнұсқалығын QR-код арқылы тексеруге болады.",
                    "Подлинность справки можно проверить по QR-коду."),
        DocumentWriter::Role::Small);
}

void CertificateDocument::writeApostilleArea(DocumentWriter &w) const
{
    // The stamp goes on paper at the provider; the area keeps room for it and, when the
    // provider reported them, its number and date.
    const qreal height = w.toDevice(62);
    const qreal width = w.toDevice(105);
    w.reserve(height + w.toDevice(4));
    QPainter &p = w.painter();
    const QRectF box(w.width() - width, w.top(), width, height);
    p.save();
    p.setPen(QPen(w.style().line, w.toDevice(0.3), Qt::DashLine));
    p.drawRect(box);
    QFont title = w.style().font(DocumentWriter::Role::Value);
    p.setFont(title);
    p.setPen(w.style().text);
    const QRectF inner = box.adjusted(w.toDevice(3), w.toDevice(3), -w.toDevice(3), -w.toDevice(3));
    p.drawText(inner, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("APOSTILLE"));
    p.setFont(w.style().font(DocumentWriter::Role::Small));
    QStringList lines {QStringLiteral("(Convention de La Haye du 5 octobre 1961)"),
        QString::fromUtf8("Апостиль қою орны / Место для апостиля")};
    if (!m_data.apostilleNumber.isEmpty())
        lines.append(
            QString::fromUtf8("№ %1, %2").arg(m_data.apostilleNumber, dmy(m_data.apostilleDate)));
    p.drawText(
        inner.adjusted(0, w.toDevice(6), 0, 0), Qt::AlignHCenter | Qt::AlignTop, lines.join(u'\n'));
    p.restore();
    w.advance(height + w.toDevice(3));
}

} // namespace certdesk
