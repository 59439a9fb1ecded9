#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace certdesk {

/// Dates as clerks type them: DD.MM.YYYY (dots, slashes, hyphens or spaces between, or eight
/// digits in a row). A date that does not exist (31.02) is refused with the reason instead of
/// being moved to another day.
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(DateText)

public:
    /// True with an invalid date for empty text; false with the reason for anything that is
    /// not a real date.
    static bool parse(const QString &text, QDate *date, QString *error);
    static QString format(const QDate &date);
    static QString placeholder();
};

} // namespace certdesk
