#include "storage/AppealProjection.h"

#include "domain/AppealFold.h"
#include "storage/Database.h"
#include "storage/EventRow.h"
#include "storage/ProjectionFold.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace certdesk {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString AppealProjection::nameKey(const QString &name)
{
    QString key = name.simplified().toCaseFolded();
    key.replace(u'ё', u'е');
    return key;
}

AppealState AppealProjection::foldAppeal(Database &database, const QList<Event> &events)
{
    return AppealFold::fold(events, SettingsStore(database).utcOffsetSeconds());
}

qint64 AppealProjection::count(Database &database)
{
    QSqlQuery q(database.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM appeals")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

bool AppealProjection::store(Database &database, const AppealState &s, QString *error)
{
    const QList<AppealDeadline> pending = s.pending();
    QSqlQuery q(database.db());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO appeals(appeal_id, number, kind, about, status, applicant, "
        "applicant_key, iin, bin, addressee, case_receipt, case_id, received_at, received_on, "
        "referral_due, decision_due, next_due, next_what, closed_on, compliance_open, "
        "filed_late, term_restored, anomalies, last_event_at, state) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const Appeal &a = s.appeal;
    const bool received = s.status != AppealStatus::None;
    q.addBindValue(s.appealId);
    q.addBindValue(nonNull(s.number));
    q.addBindValue(received ? Appeal::kindName(a.kind()) : QString());
    q.addBindValue(received ? Appeal::aboutName(a.about) : QString());
    q.addBindValue(appealStatusName(s.status));
    q.addBindValue(nonNull(a.applicantName()));
    q.addBindValue(nonNull(nameKey(a.applicantName())));
    q.addBindValue(nonNull(a.applicant.iin));
    q.addBindValue(nonNull(a.applicant.bin));
    q.addBindValue(nonNull(a.addressee));
    q.addBindValue(nonNull(a.caseReceipt));
    q.addBindValue(nonNull(s.caseId));
    q.addBindValue(s.receivedAt.isValid() ? Event::formatTime(s.receivedAt) : QString());
    q.addBindValue(iso(s.receivedOn));
    q.addBindValue(iso(s.referralDue));
    q.addBindValue(iso(s.decisionDue));
    q.addBindValue(pending.isEmpty() ? QString() : iso(pending.constFirst().due));
    q.addBindValue(pending.isEmpty() ? QString() : pending.constFirst().what);
    q.addBindValue(iso(s.closedOn));
    q.addBindValue(int(s.compliance.size()));
    q.addBindValue(s.filedLate() ? 1 : 0);
    q.addBindValue(s.termRestored ? 1 : 0);
    q.addBindValue(int(s.anomalies.size()));
    q.addBindValue(s.lastEventAt.isValid() ? Event::formatTime(s.lastEventAt) : QString());
    q.addBindValue(QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact)));
    return execOrFail(q, QStringLiteral("updating appeal %1").arg(s.appealId), error);
}

bool AppealProjection::refresh(Transaction &tx, const QSet<QString> &streamIds, QString *error)
{
    Database &database = tx.database();
    QSqlQuery q(database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE case_id = ?")
                  .arg(QLatin1String(kEventColumns)));
    const int offset = SettingsStore(database).utcOffsetSeconds();
    for (const QString &id : streamIds) {
        if (!AppealFold::isAppealStream(id))
            continue;
        q.addBindValue(id);
        if (!execOrFail(q, QStringLiteral("reading appeal %1").arg(id), error))
            return false;
        QList<Event> events;
        while (q.next())
            events.append(eventFromRow(q));
        q.finish();
        if (!store(database, AppealFold::fold(events, offset), error))
            return false;
    }
    return true;
}

bool AppealProjection::rebuild(Database &database, QString *error)
{
    return Transaction::run(database, error, [&](Transaction &) {
        return execOrFail(database.db(), QStringLiteral("DELETE FROM appeals"), error)
            && ProjectionFold::run(database, ProjectionFold::Streams::AppealsOnly, error);
    });
}

} // namespace certdesk
