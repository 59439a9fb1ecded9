#include "storage/BulkWriter.h"

#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QJsonDocument>

namespace certdesk {

BulkWriter::BulkWriter(Database &database)
    : m_database(database)
    , m_insertEvent(database.db())
{
    m_insertEvent.prepare(QStringLiteral(
        "INSERT INTO events(id, type, case_id, branch, at, by_user, device, v, data, prev, hash, "
        "local) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
}

bool BulkWriter::writeCase(QList<Event> &events, const CaseState &state, QString *error)
{
    for (Event &e : events) {
        e.prev = m_chainHeads.value(e.device);
        const QString hash = QString::fromLatin1(e.hash());
        m_chainHeads.insert(e.device, hash);
        m_insertEvent.addBindValue(e.id);
        m_insertEvent.addBindValue(e.typeName.isEmpty() ? eventTypeName(e.type) : e.typeName);
        m_insertEvent.addBindValue(nonNull(e.caseId));
        m_insertEvent.addBindValue(nonNull(e.branch));
        m_insertEvent.addBindValue(Event::formatTime(e.at));
        m_insertEvent.addBindValue(nonNull(e.by));
        m_insertEvent.addBindValue(nonNull(e.device));
        m_insertEvent.addBindValue(e.v);
        m_insertEvent.addBindValue(
            QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)));
        m_insertEvent.addBindValue(nonNull(e.prev));
        m_insertEvent.addBindValue(hash);
        if (!execOrFail(m_insertEvent, QStringLiteral("storing event %1").arg(e.id), error))
            return false;
    }
    return CaseProjection::store(m_database, state, error);
}

} // namespace certdesk
