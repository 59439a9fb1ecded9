#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "domain/Event.h"

namespace certdesk::test {

/// An application another counter took, as it arrives by a pull or an import: every field of
/// the event set, as its writer stamped it (device, clerk2, branch 0101).
inline Event foreignIntake(const QString &device, const QString &receipt, const QString &surname,
    const QString &iin, const QDateTime &at, const QString &caseId = QString(),
    const QString &purpose = QStringLiteral("domestic"))
{
    Event e = Event::make(EventType::Received, caseId.isEmpty() ? Event::newId() : caseId,
        {{QStringLiteral("receipt"), receipt}, {QStringLiteral("purpose"), purpose},
            {QStringLiteral("result_form"),
                purpose == QLatin1String("domestic") ? QStringLiteral("electronic")
                                                     : QStringLiteral("paper")},
            {QStringLiteral("subject"),
                QJsonObject {{QStringLiteral("iin"), iin}, {QStringLiteral("surname"), surname},
                    {QStringLiteral("given_name"), QStringLiteral("Ерлан")}}},
            {QStringLiteral("presenter"), QJsonObject {{QStringLiteral("kind"), QStringLiteral("self")}}},
            {QStringLiteral("due"), at.date().addDays(7).toString(Qt::ISODate)}});
    e.id = Event::newId();
    e.at = at;
    e.by = QStringLiteral("clerk2");
    e.device = device;
    e.branch = QStringLiteral("0101");
    return e;
}

} // namespace certdesk::test
