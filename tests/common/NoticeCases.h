#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "domain/Event.h"
#include "storage/EventStore.h"

namespace certdesk::test {

/// The application of a paper result with a phone for notices, as the counter writes it.
inline Event paperIntake(const QString &caseId, const QString &phone, bool consent,
    const QString &language = QStringLiteral("kk"))
{
    QJsonObject data {{QStringLiteral("receipt"), QStringLiteral("01010126120100017")},
        {QStringLiteral("purpose"), QStringLiteral("abroad")},
        {QStringLiteral("result_form"), QStringLiteral("paper")},
        {QStringLiteral("subject"),
            QJsonObject {{QStringLiteral("iin"), QStringLiteral("871008401427")},
                {QStringLiteral("surname"), QStringLiteral("Сейткали")},
                {QStringLiteral("given_name"), QStringLiteral("Айгерим")}}},
        {QStringLiteral("presenter"),
            QJsonObject {{QStringLiteral("kind"), QStringLiteral("self")}}},
        {QStringLiteral("due"), QStringLiteral("2026-12-20")}, {QStringLiteral("phone"), phone}};
    if (!phone.isEmpty()) {
        data.insert(QStringLiteral("notice_consent"), consent);
        data.insert(QStringLiteral("notice_language"), language);
    }
    return Event::make(EventType::Received, caseId, data);
}

/// Writes a paper case that is at the branch since arrived: the application (phone, consent,
/// language), the provider's result and the arrival, as actor.
inline bool paperAtBranch(EventStore &store, const Actor &actor, const QString &caseId,
    const QString &phone, bool consent, const QDate &arrived, QString *error,
    const QString &language = QStringLiteral("kk"))
{
    QList<Event> events {paperIntake(caseId, phone, consent, language),
        Event::make(EventType::ResultRecorded, caseId,
            {{QStringLiteral("certificate_number"), QStringLiteral("7/123")},
                {QStringLiteral("certificate_date"), arrived.addDays(-1).toString(Qt::ISODate)},
                {QStringLiteral("outcome"), QStringLiteral("no_record")}}),
        Event::make(
            EventType::Arrived, caseId, {{QStringLiteral("date"), arrived.toString(Qt::ISODate)}})};
    return store.append(events, actor, error);
}

} // namespace certdesk::test
