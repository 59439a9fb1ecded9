#include "storage/EventReader.h"

#include "storage/Database.h"
#include "storage/EventRow.h"
#include "storage/SqliteStatement.h"

#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>

namespace certdesk {

namespace {

/// The one mapping of a row's columns to an Event (eventFromRow() maps QVariants the same way).
template<typename Column> Event eventFrom(const Column &column, qint64 v, bool withData)
{
    Event e;
    e.id = QString::fromUtf8(column(0));
    e.typeName = QString::fromUtf8(column(1));
    e.type = eventTypeFromName(e.typeName);
    e.caseId = QString::fromUtf8(column(2));
    e.branch = QString::fromUtf8(column(3));
    e.at = Event::parseTime(QString::fromUtf8(column(4)));
    e.by = QString::fromUtf8(column(5));
    e.device = QString::fromUtf8(column(6));
    e.v = int(v);
    if (withData) {
        const QByteArrayView data = column(8);
        e.data
            = QJsonDocument::fromJson(QByteArray::fromRawData(data.data(), data.size())).object();
    }
    e.prev = QString::fromUtf8(column(9));
    return e;
}

} // namespace

Event EventBatch::event(size_t row) const
{
    return eventFrom([&](int i) { return column(row, i); }, rows[row].v, true);
}

Event EventBatch::withoutData(size_t row) const
{
    return eventFrom([&](int i) { return column(row, i); }, rows[row].v, false);
}

EventReader::EventReader(Database &database, const char *sql)
    : m_database(database)
    , m_sql(sql)
{
    Q_ASSERT(QByteArrayView(sql).startsWith(QByteArray("SELECT ") + kEventColumns));
    m_direct = database.direct(sql);
    if (!m_direct) {
        m_query.emplace(database.db());
        m_query->setForwardOnly(true);
        m_query->prepare(QString::fromUtf8(sql));
    }
}

EventReader::~EventReader()
{
    finish();
}

void EventReader::bindText(int index, const QString &value)
{
    if (m_direct)
        m_direct->bindText(index, value.toUtf8());
    else
        m_query->bindValue(index, value);
}

bool EventReader::exec(QString *error)
{
    if (m_direct)
        return true; // stepping runs it
    if (m_query->exec())
        return true;
    m_error = m_query->lastError().text();
    if (error)
        *error = m_error;
    return false;
}

bool EventReader::next()
{
    if (m_direct) {
        switch (m_direct->step()) {
        case SqliteStatement::Step::Row:
            return true;
        case SqliteStatement::Step::Done:
            return false;
        case SqliteStatement::Step::Error:
            m_error = m_direct->errorMessage();
            return false;
        }
        return false;
    }
    m_converted.fill(false);
    if (m_query->next())
        return true;
    if (m_query->lastError().isValid())
        m_error = m_query->lastError().text();
    return false;
}

QByteArrayView EventReader::text(int column) const
{
    if (m_direct)
        return m_direct->text(column);
    const auto i = size_t(column);
    if (!m_converted[i]) {
        m_columns[i] = m_query->value(column).toString().toUtf8();
        m_converted[i] = true;
    }
    return m_columns[i];
}

qint64 EventReader::integer(int column) const
{
    return m_direct ? m_direct->integer(column) : m_query->value(column).toLongLong();
}

void EventReader::appendTo(EventBatch &batch) const
{
    EventBatch::Row row;
    std::array<QByteArrayView, EventBatch::Columns> columns;
    qsizetype size = qsizetype(batch.bytes.size());
    for (int i = 0; i < EventBatch::Columns; ++i) {
        // v is read as a number: its text would be made (and allocated) by SQLite.
        if (i != 7)
            columns[size_t(i)] = text(i);
        size += columns[size_t(i)].size();
    }
    if (size_t(size) > batch.bytes.capacity())
        batch.bytes.reserve(std::max(size_t(size), 2 * batch.bytes.capacity()));
    for (int i = 0; i < EventBatch::Columns; ++i) {
        row.offsets[size_t(i)] = int(batch.bytes.size());
        batch.bytes.insert(batch.bytes.end(), columns[size_t(i)].begin(), columns[size_t(i)].end());
    }
    row.offsets[EventBatch::Columns] = int(batch.bytes.size());
    row.v = integer(7);
    batch.rows.push_back(row);
}

Event EventReader::event() const
{
    return eventFrom([&](int i) { return text(i); }, integer(7), true);
}

void EventReader::finish()
{
    if (m_direct)
        m_direct->reset();
    else if (m_query)
        m_query->finish();
}

} // namespace certdesk
