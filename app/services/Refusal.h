#pragma once

#include <QDate>
#include <QString>

namespace certdesk {

/// How a use case refuses: the message (when the caller asked for one) and false.
inline bool refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// A date as events and documents store it (yyyy-MM-dd).
inline QString isoDate(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

/// A date as people read it in a message, whatever the interface language (dd.MM.yyyy): the
/// way the counter's forms take dates and its documents print them.
inline QString shownDate(const QDate &day)
{
    return day.toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace certdesk
