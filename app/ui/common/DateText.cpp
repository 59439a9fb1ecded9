#include "ui/common/DateText.h"

#include <QLocale>
#include <QRegularExpression>

namespace certdesk {

bool DateText::parse(const QString &text, QDate *date, QString *error)
{
    *date = QDate();
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})[./\\- ]+(\\d{1,2})[./\\- ]+(\\d+)$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    QRegularExpressionMatch m = separated.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (!m.hasMatch()) {
        *error = tr("\"%1\" is not a date: enter it as DD.MM.YYYY").arg(t);
        return false;
    }
    const int day = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const QString yearText = m.captured(3);
    if (yearText.size() != 4) {
        *error = tr("\"%1\": write the year with 4 digits (DD.MM.YYYY)").arg(t);
        return false;
    }
    const int year = yearText.toInt();
    if (month < 1 || month > 12) {
        *error = tr("\"%1\" is not a date: there is no month %2").arg(t).arg(month);
        return false;
    }
    const QDate first(year, month, 1);
    if (year < 1800 || !first.isValid()) {
        *error = tr("\"%1\" is not a date: the year %2 is out of range").arg(t).arg(year);
        return false;
    }
    if (day < 1 || day > first.daysInMonth()) {
        // The month by name in the interface's language, never in English on a kk/ru screen.
        const int days = first.daysInMonth();
        *error = tr("\"%1\" is not a date: %2 %3 has %n day(s)", nullptr, days)
                     .arg(t, QLocale().standaloneMonthName(month), QString::number(year));
        return false;
    }
    *date = QDate(year, month, day);
    return true;
}

QString DateText::format(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString DateText::placeholder()
{
    return tr("DD.MM.YYYY");
}

} // namespace certdesk
