#include "storage/Purge.h"

#include "domain/AppealFold.h"
#include "domain/Event.h"
#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/EventHash.h"
#include "storage/EventRow.h"
#include "storage/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace certdesk {

namespace {

// The values a purge keeps: none of them names, identifies or describes a person. Kept
// short on purpose: a key nobody listed here (a new field of a new version) is removed, so
// forgetting to list a field costs a statistic, never a person's data.
const QSet<QString> &keptKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("receipt"),      QStringLiteral("purpose"),
        QStringLiteral("result_form"),  QStringLiteral("country"),
        QStringLiteral("channel"),      QStringLiteral("kind"),
        QStringLiteral("type"),         QStringLiteral("outcome"),
        QStringLiteral("certificate_date"), QStringLiteral("due"),
        QStringLiteral("due_at"),       QStringLiteral("interim_due"),
        QStringLiteral("reapply_from"), QStringLiteral("date"),
        QStringLiteral("duplicate"),    QStringLiteral("act"),
        QStringLiteral("record"),       QStringLiteral("rule"),
        QStringLiteral("field"),        QStringLiteral("supervisor"),
        QStringLiteral("fee"),          QStringLiteral("amount"),
        QStringLiteral("currency"),     QStringLiteral("mci"),
        QStringLiteral("branch_category"),
        QStringLiteral("no_apostille_needed_acknowledged"),
    };
    return keys;
}

// What else an appeal's register entry keeps: its number, what it was about and to whom it
// went, and its terms. Top level only, where the appeal events write them: a "number" deeper
// down is an identity document's.
const QSet<QString> &keptAppealKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("number"),          QStringLiteral("about"),
        QStringLiteral("addressee"),       QStringLiteral("to"),
        QStringLiteral("case_receipt"),    QStringLiteral("referral_due"),
        QStringLiteral("decision_due"),    QStringLiteral("extension_limit"),
        QStringLiteral("filing_until"),    QStringLiteral("compliance_due"),
        QStringLiteral("notice_due"),      QStringLiteral("until"),
    };
    return keys;
}

QJsonValue redactValue(const QString &key, const QJsonValue &value, bool *changed);

/// keptHere: keys whose plain values this object keeps besides keptKeys() (not deeper down).
QJsonObject redactObject(const QJsonObject &object, bool *changed,
                         const QSet<QString> &keptHere = {})
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (keptHere.contains(it.key()) && !it.value().isObject() && !it.value().isArray()) {
            out.insert(it.key(), it.value());
            continue;
        }
        const QJsonValue v = redactValue(it.key(), it.value(), changed);
        if (!v.isUndefined())
            out.insert(it.key(), v);
    }
    return out;
}

QJsonValue redactValue(const QString &key, const QJsonValue &value, bool *changed)
{
    if (value.isObject())
        return redactObject(value.toObject(), changed);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonValue v = redactValue(key, item, changed);
            if (!v.isUndefined())
                out.append(v);
        }
        return out;
    }
    if (keptKeys().contains(key))
        return value;
    *changed = true;
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

Purge::Purge(Database &database)
    : m_database(database)
{
}

QJsonObject Purge::redactData(const QJsonObject &data, Stream stream)
{
    bool changed = false;
    QJsonObject out = redactObject(data, &changed,
                                   stream == Stream::Appeal ? keptAppealKeys() : QSet<QString>());
    if (changed)
        out.insert(QStringLiteral("redacted"), true);
    return out;
}

QStringList Purge::dueCases(const QDate &closedOnOrBefore) const
{
    return due(QStringLiteral("SELECT c.case_id, e.data FROM cases c JOIN events e "
                              "ON e.case_id = c.case_id WHERE c.closed_on <> '' "
                              "AND c.closed_on <= ? ORDER BY c.closed_on, c.case_id"),
        closedOnOrBefore, Stream::Case);
}

QStringList Purge::dueAppeals(const QDate &closedOnOrBefore) const
{
    return due(QStringLiteral("SELECT a.appeal_id, e.data FROM appeals a JOIN events e "
                              "ON e.case_id = a.appeal_id WHERE a.closed_on <> '' "
                              "AND a.closed_on <= ? ORDER BY a.closed_on, a.appeal_id"),
        closedOnOrBefore, Stream::Appeal);
}

QStringList Purge::due(const QString &sql, const QDate &closedOnOrBefore, Stream stream) const
{
    // Due while any of its events in this file still holds what a purge removes. Decided from
    // the rows themselves, never from the purge records: those sync like every event, so a
    // record pulled from another workstation — or pulled back into a database restored from a
    // backup older than the purge — says nothing about the copy of the data in this file.
    QStringList out;
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(closedOnOrBefore.toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!out.isEmpty() && out.constLast() == id)
                continue; // already due
            const QJsonObject data = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            if (redactData(data, stream) != data)
                out.append(id);
        }
    }
    return out;
}

bool Purge::redactCase(Transaction &tx, const QString &caseId, QJsonArray *redacted, QString *error)
{
    QList<QPair<qint64, Event>> rows;
    {
        QSqlQuery q(m_database.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1, n FROM events WHERE case_id = ? ORDER BY n")
                      .arg(QLatin1String(kEventColumns)));
        q.addBindValue(caseId);
        if (!execOrFail(q, QStringLiteral("reading case %1").arg(caseId), error))
            return false;
        while (q.next())
            rows.append({q.value(10).toLongLong(), eventFromRow(q)});
    }
    // The event log refuses updates (migration 7) except through this window, which stays
    // open only inside the caller's transaction.
    if (!execOrFail(m_database.db(),
                    QStringLiteral("INSERT INTO purge_window(opened_by) VALUES ('purge')"), error))
        return false;
    QSqlQuery update(m_database.db());
    update.prepare(QStringLiteral("UPDATE events SET data = ? WHERE n = ?"));
    const Stream stream = AppealFold::isAppealStream(caseId) ? Stream::Appeal : Stream::Case;
    for (auto &[n, e] : rows) {
        const QJsonObject data = redactData(e.data, stream);
        if (data == e.data)
            continue;
        e.data = data;
        update.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        update.addBindValue(n);
        if (!execOrFail(update, QStringLiteral("removing personal data of case %1").arg(caseId),
                        error))
            return false;
        redacted->append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("hash"), QString::fromLatin1(EventHash::of(e))}});
    }
    update.finish();
    return execOrFail(m_database.db(), QStringLiteral("DELETE FROM purge_window"), error)
        && CaseProjection::refresh(tx, {caseId}, error);
}

} // namespace certdesk
