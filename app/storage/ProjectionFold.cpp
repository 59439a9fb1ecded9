#include "storage/ProjectionFold.h"

#include "domain/AppealFold.h"
#include "domain/CaseState.h"
#include "storage/AppealProjection.h"
#include "storage/CaseProjection.h"
#include "storage/CaseRow.h"
#include "storage/Database.h"
#include "storage/EventRow.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

#include <future>
#include <vector>

namespace certdesk {

namespace {

/// The rows of one stream as read, parsed later on the worker.
struct RawStream
{
    QString id;
    std::vector<EventRowValues> rows;
};

/// What the worker makes of a batch of streams.
struct Folded
{
    std::vector<CaseRow> cases;
    std::vector<AppealState> appeals;
};

/// Reads the next whole stream (its rows are consecutive); false at the end.
bool readStream(QSqlQuery &q, bool *more, RawStream *stream, qint64 *done,
    const std::function<void(qint64)> &counted)
{
    if (!*more)
        return false;
    stream->id = q.value(2).toString();
    stream->rows.clear();
    while (*more && q.value(2).toString() == stream->id) {
        stream->rows.push_back(eventRowValues(q));
        counted(++*done);
        *more = q.next();
    }
    return true;
}

Folded foldBatch(const std::vector<RawStream> &batch, int offset)
{
    Folded out;
    QList<Event> events;
    for (const RawStream &raw : batch) {
        events.clear();
        for (const EventRowValues &values : raw.rows)
            events.append(eventFromValues(values));
        if (AppealFold::isAppealStream(raw.id))
            out.appeals.push_back(AppealFold::fold(events, offset));
        else
            out.cases.push_back(CaseRow::from(CaseFold::fold(events, offset)));
    }
    return out;
}

} // namespace

bool ProjectionFold::run(Database &database, Streams streams, QString *error,
    const std::function<void(qint64, qint64)> &progress)
{
    const int offset = SettingsStore(database).utcOffsetSeconds();
    // The events_by_case index is ordered by stream: reading it gives each stream's rows
    // together, and the appeal streams as one range of it.
    const QString where = streams == Streams::AppealsOnly
        ? QStringLiteral(" WHERE case_id >= 'appeal:' AND case_id < 'appeal;'")
        : QString();
    qint64 total = 0;
    if (progress) {
        QSqlQuery count(database.db());
        if (count.exec(QStringLiteral("SELECT count(*) FROM events") + where) && count.next())
            total = count.value(0).toLongLong();
    }
    QSqlQuery q(database.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM events%2 ORDER BY case_id, at, id")
                    .arg(QLatin1String(kEventColumns), where))) {
        if (error)
            *error = QStringLiteral("reading the events failed: %1").arg(q.lastError().text());
        return false;
    }

    std::future<Folded> folding;
    auto writeFolded = [&]() {
        if (!folding.valid())
            return true;
        const Folded rows = folding.get();
        for (const CaseRow &row : rows.cases) {
            if (!CaseProjection::storeRow(database, row, error))
                return false;
        }
        for (const AppealState &appeal : rows.appeals) {
            if (!AppealProjection::store(database, appeal, error))
                return false;
        }
        return true;
    };
    auto counted = [&](qint64 done) {
        if (progress && done % 10000 == 0)
            progress(done, total);
    };

    constexpr size_t kBatch = 2000;
    std::vector<RawStream> batch;
    qint64 done = 0;
    bool more = q.next();
    RawStream stream;
    while (readStream(q, &more, &stream, &done, counted)) {
        // Accounts ("user:") and the database's own streams ("system:") have no table.
        if (CaseProjection::isCaseStream(stream.id) || AppealFold::isAppealStream(stream.id))
            batch.push_back(std::move(stream));
        stream = RawStream();
        if (batch.size() == kBatch || (!more && !batch.empty())) {
            if (!writeFolded())
                return false;
            folding = std::async(std::launch::async, foldBatch, std::move(batch), offset);
            batch = {};
        }
    }
    if (!writeFolded())
        return false;
    if (progress)
        progress(total, total);
    return true;
}

} // namespace certdesk
