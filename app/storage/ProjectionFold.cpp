#include "storage/ProjectionFold.h"

#include "domain/AppealFold.h"
#include "domain/CaseState.h"
#include "storage/AppealProjection.h"
#include "storage/BoundValues.h"
#include "storage/CaseProjection.h"
#include "storage/CaseRow.h"
#include "storage/Database.h"
#include "storage/EventReader.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"

#include <QScopeGuard>
#include <QSqlQuery>

#include <deque>
#include <future>
#include <vector>

namespace certdesk {

namespace {

/// Whole streams as read, parsed later on the worker: rows [first, first + count) of events.
struct RawBatch
{
    struct Stream
    {
        QString id;
        size_t first = 0;
        size_t count = 0;
    };
    EventBatch events;
    std::vector<Stream> streams;
};

/// What the worker makes of a batch of streams (and the batch, handed back to be refilled).
struct Folded
{
    RawBatch batch;
    std::vector<CaseRow> cases;
    std::vector<BoundValues> bound; ///< the same rows ready for the direct write, when used
    std::vector<AppealState> appeals;
};

// The events_by_case index is ordered by stream: reading it gives each stream's rows
// together, and the appeal streams as one range of it.
constexpr const char *kAllEvents = "SELECT id, type, case_id, branch, at, by_user, device, v, "
                                   "data, prev FROM events ORDER BY case_id, at, id";
constexpr const char *kAppealEvents
    = "SELECT id, type, case_id, branch, at, by_user, device, v, data, prev FROM events "
      "WHERE case_id >= 'appeal:' AND case_id < 'appeal;' ORDER BY case_id, at, id";

/// Reads the next whole stream (its rows are consecutive) into the batch, or past it when it
/// has no table (accounts "user:", the database's own "system:"); false at the end.
bool readStream(EventReader &reader, bool *more, RawBatch *batch, qint64 *done,
    const std::function<void(qint64)> &counted)
{
    if (!*more)
        return false;
    const QByteArray id = reader.text(2).toByteArray();
    RawBatch::Stream stream {QString::fromUtf8(id), batch->events.rows.size(), 0};
    const bool kept
        = CaseProjection::isCaseStream(stream.id) || AppealFold::isAppealStream(stream.id);
    while (*more && reader.text(2) == id) {
        if (kept) {
            reader.appendTo(batch->events);
            ++stream.count;
        }
        counted(++*done);
        *more = reader.next();
    }
    if (kept)
        batch->streams.push_back(std::move(stream));
    return true;
}

Folded foldBatch(RawBatch batch, int offset, bool bind)
{
    Folded out;
    QList<Event> events;
    for (const RawBatch::Stream &stream : batch.streams) {
        events.clear();
        for (size_t i = stream.first; i < stream.first + stream.count; ++i)
            events.append(batch.events.event(i));
        if (AppealFold::isAppealStream(stream.id)) {
            out.appeals.push_back(AppealFold::fold(events, offset));
        } else {
            CaseRow row = CaseRow::from(CaseFold::fold(events, offset));
            if (bind)
                out.bound.push_back(BoundValues::from(row.values));
            else
                out.cases.push_back(std::move(row));
        }
    }
    out.batch = std::move(batch);
    return out;
}

} // namespace

bool ProjectionFold::run(Database &database, Streams streams, QString *error,
    const std::function<void(qint64, qint64)> &progress)
{
    const int offset = SettingsStore(database).utcOffsetSeconds();
    qint64 total = 0;
    if (progress) {
        QSqlQuery count(database.db());
        if (count.exec(QStringLiteral("SELECT count(*) FROM events")
                + (streams == Streams::AppealsOnly
                        ? QStringLiteral(" WHERE case_id >= 'appeal:' AND case_id < 'appeal;'")
                        : QString()))
            && count.next())
            total = count.value(0).toLongLong();
    }
    // The rows are read and written through SQLite's own API where this build allows it
    // (EventReader, CaseProjection::storeBound); the worker then also makes each case row's
    // values ready to bind, so this thread only steps SQLite.
    const bool bind = CaseProjection::hasDirectWrites(database);
    // Read through SQLite's ordinary page cache, whatever the caller set (the rebuild's index
    // suspension sets a cache that never evicts, for building indexes): a whole table read
    // through such a cache costs a freshly allocated page for every page read, twice the
    // reading thread's time.
    QString cacheSize;
    {
        QSqlQuery q(database.db());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            cacheSize = q.value(0).toString();
        q.finish();
        if (!execOrFail(database.db(), QStringLiteral("PRAGMA cache_size=-2000"), error))
            return false;
    }
    const auto restoreCache = qScopeGuard([&] {
        if (!cacheSize.isEmpty())
            execOrFail(
                database.db(), QStringLiteral("PRAGMA cache_size=%1").arg(cacheSize), nullptr);
    });
    EventReader reader(database, streams == Streams::AppealsOnly ? kAppealEvents : kAllEvents);
    if (!reader.exec(error)) {
        if (error)
            *error = QStringLiteral("reading the events failed: %1").arg(reader.error());
        return false;
    }

    // The stages overlap: while workers fold the batches before it, this thread reads the next
    // batch and writes the rows of the oldest one folded, in order. Folding costs more than
    // reading and writing together, so two batches are folded at once; the buffers are reused
    // instead of mapped afresh.
    constexpr size_t kFoldedAtOnce = 2;
    std::deque<std::future<Folded>> folding;
    std::vector<RawBatch> spare;
    auto write = [&](const Folded &rows) {
        for (const CaseRow &row : rows.cases) {
            if (!CaseProjection::storeRow(database, row, error))
                return false;
        }
        for (const BoundValues &row : rows.bound) {
            if (!CaseProjection::storeBound(database, row, error))
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

    // The oldest batch's rows, written once folded; its buffer is kept for a next batch.
    auto writeOldest = [&]() {
        Folded rows = folding.front().get();
        folding.pop_front();
        rows.batch.events.clear();
        rows.batch.streams.clear();
        spare.push_back(std::move(rows.batch));
        return write(rows);
    };

    constexpr size_t kBatch = 500;
    RawBatch batch;
    qint64 done = 0;
    bool more = reader.next();
    while (readStream(reader, &more, &batch, &done, counted)) {
        if (batch.streams.size() < kBatch && (more || batch.streams.empty()))
            continue;
        folding.push_back(
            std::async(std::launch::async, foldBatch, std::move(batch), offset, bind));
        batch = RawBatch {};
        if (!spare.empty()) {
            batch = std::move(spare.back());
            spare.pop_back();
        }
        // On a failure the batches still being folded are waited for by their futures.
        if (folding.size() > kFoldedAtOnce && !writeOldest())
            return false;
    }
    if (!reader.error().isEmpty()) {
        if (error)
            *error = QStringLiteral("reading the events failed: %1").arg(reader.error());
        return false;
    }
    reader.finish();
    while (!folding.empty()) {
        if (!writeOldest())
            return false;
    }
    if (progress)
        progress(total, total);
    return true;
}

} // namespace certdesk
