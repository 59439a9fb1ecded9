#include "storage/BulkWriter.h"

#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

namespace certdesk {

BulkWriter::BulkWriter(Database &database)
    : m_database(database)
    , m_insertEvent(database.db())
{
    m_insertEvent.prepare(QStringLiteral(
        "INSERT INTO events(id, type, case_id, branch, at, by_user, device, v, data, prev, hash, "
        "local) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
}

bool BulkWriter::write(const BulkCase &bulkCase, QString *error)
{
    for (const QVariantList &values : bulkCase.events) {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_insertEvent.bindValue(int(i), values.at(i));
        // The message is built only on failure: this runs millions of times.
        if (!m_insertEvent.exec()) {
            if (error)
                *error = QStringLiteral("storing event %1 failed: %2")
                             .arg(values.value(0).toString(), m_insertEvent.lastError().text());
            return false;
        }
    }
    return CaseProjection::storeRow(m_database, bulkCase.row, error);
}

} // namespace certdesk
