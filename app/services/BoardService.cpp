#include "services/BoardService.h"

#include "domain/Clock.h"
#include "domain/Custody.h"
#include "domain/Event.h"
#include "domain/SafeCount.h"
#include "services/Refusal.h"
#include "services/Session.h"
#include "services/WorkstationService.h"
#include "storage/BoardQueries.h"
#include "storage/CalendarStore.h"
#include "storage/EventStore.h"
#include "storage/SafeCountQueries.h"
#include "storage/SettingsStore.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace certdesk {

namespace {

constexpr std::array<const char *, BoardBucketCount> kBucketNames {
    "at_branch",
    "due_for_transfer",
    "at_provider",
    "return_requested",
    "to_archive",
    "interim_notice_due",
    "late_results",
    "anomalies",
};

BoardEntry entryFrom(const BoardRow &row, const QDate &asOf, const QDate &due)
{
    BoardEntry e;
    e.caseId = row.caseId;
    e.receipt = row.receipt;
    e.name = row.fullName();
    e.due = due;
    e.daysLeft = int(asOf.daysTo(due));
    e.overdue = asOf > due;
    e.today = asOf == due;
    e.returned = row.returnedOn.isValid();
    e.arrivedOn = row.arrivedOn;
    e.anomalies = row.anomalies;
    e.overrides = row.overrides;
    e.codes = row.anomalyCodes;
    return e;
}

/// The day a paper at the branch is kept until: the end of branch custody, or for one the
/// provider sent back, the end of the whole custody.
QDate keptUntil(const BoardRow &row)
{
    return row.returnedOn.isValid() ? row.providerCustodyUntil : row.branchCustodyUntil;
}

void sortByDue(QList<BoardEntry> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const BoardEntry &a, const BoardEntry &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.receipt < b.receipt;
    });
}

/// Papers missing at a count of the safe and neither found nor written off: an anomaly each,
/// flagged on the day of the count that missed it (joining the case's line when it has one).
bool addMissingPapers(Database &db, const QDate &asOf, QList<BoardEntry> *anomalies, QString *error)
{
    QList<MissingPaper> open;
    QHash<QString, QString> names;
    if (!SafeCountQueries(db).openMissing(&open, &names, error))
        return false;
    for (const MissingPaper &m : std::as_const(open)) {
        auto same = std::find_if(anomalies->begin(), anomalies->end(),
            [&m](const BoardEntry &e) { return e.caseId == m.caseId; });
        if (same != anomalies->end()) {
            same->codes = same->codes.isEmpty() ? SafeCount::missingCode()
                                                : same->codes + u',' + SafeCount::missingCode();
            ++same->anomalies;
            continue;
        }
        BoardEntry e;
        e.caseId = m.caseId;
        e.receipt = m.receipt;
        e.name = names.value(m.caseId);
        e.due = m.date.isValid() ? m.date : asOf;
        e.daysLeft = int(asOf.daysTo(e.due));
        e.anomalies = 1;
        e.codes = SafeCount::missingCode();
        anomalies->append(e);
    }
    return true;
}

} // namespace

QString boardBucketName(BoardBucket bucket)
{
    return QString::fromLatin1(kBucketNames[size_t(bucket)]);
}

bool boardBucketFromName(const QString &name, BoardBucket *bucket)
{
    for (size_t i = 0; i < kBucketNames.size(); ++i) {
        if (name == QLatin1String(kBucketNames[i])) {
            *bucket = BoardBucket(i);
            return true;
        }
    }
    return false;
}

QJsonObject BoardEntry::toJson(BoardBucket bucket) const
{
    QJsonObject o {{QLatin1String("case_id"), caseId}, {QLatin1String("receipt"), receipt},
        {QLatin1String("due"), isoDate(due)}, {QLatin1String("name"), name}};
    if (bucket == BoardBucket::Anomalies) {
        o.insert(QLatin1String("anomalies"), anomalies);
        o.insert(QLatin1String("overrides"), overrides);
        o.insert(QLatin1String("codes"),
            QJsonArray::fromStringList(codes.isEmpty() ? QStringList() : codes.split(u',')));
        if (!sharedWith.isEmpty()) {
            QJsonArray peers;
            for (const BoardPeer &p : sharedWith)
                peers.append(QJsonObject {
                    {QLatin1String("case_id"), p.caseId}, {QLatin1String("name"), p.name}});
            o.insert(QLatin1String("shared_with"), peers);
        }
        if (isClockStep()) {
            o.insert(QLatin1String("device"), device);
            o.insert(QLatin1String("workstation"), workstation);
            o.insert(QLatin1String("by"), by);
            o.insert(QLatin1String("clock"), Event::formatTime(clockAt));
            o.insert(QLatin1String("previous"), Event::formatTime(previousAt));
            o.insert(QLatin1String("behind_seconds"), behindSeconds);
        }
        return o;
    }
    o.insert(QLatin1String("days_left"), daysLeft);
    o.insert(QLatin1String("overdue"), overdue);
    if (bucket == BoardBucket::LateResults)
        o.insert(QLatin1String("days_overdue"), -daysLeft);
    if (bucket == BoardBucket::DueForTransfer || bucket == BoardBucket::ToArchive
        || bucket == BoardBucket::ReturnRequested || bucket == BoardBucket::InterimNoticeDue)
        o.insert(QLatin1String("today"), today);
    if (arrivedOn.isValid())
        o.insert(QLatin1String("arrived_on"), isoDate(arrivedOn));
    if (returned)
        o.insert(QLatin1String("returned"), true);
    if (calendarUnknown)
        o.insert(QLatin1String("calendar_unknown"), true);
    return o;
}

QList<int> Board::yearsWithoutCalendar() const
{
    QList<int> years;
    for (const QList<BoardEntry> &list : buckets) {
        for (const BoardEntry &e : list) {
            if (e.calendarUnknown && !years.contains(e.due.year()))
                years.append(e.due.year());
        }
    }
    std::sort(years.begin(), years.end());
    return years;
}

QList<BoardBucket> Board::pagedBuckets()
{
    return {BoardBucket::AtBranch, BoardBucket::AtProvider};
}

QList<BoardBucket> Board::actionBuckets()
{
    return {BoardBucket::DueForTransfer, BoardBucket::ReturnRequested, BoardBucket::ToArchive,
        BoardBucket::InterimNoticeDue, BoardBucket::LateResults};
}

QJsonObject Board::toJson() const
{
    QJsonObject o;
    for (int i = 0; i < BoardBucketCount; ++i) {
        if (actionsOnly && !actionBuckets().contains(BoardBucket(i)))
            continue;
        QJsonArray list;
        for (const BoardEntry &e : buckets[size_t(i)])
            list.append(e.toJson(BoardBucket(i)));
        o.insert(boardBucketName(BoardBucket(i)), list);
    }
    // Only while there is one: every board of a workstation in order keeps its seven keys.
    if (!actionsOnly && !workstationAlerts.isEmpty()) {
        QJsonArray alerts;
        for (const BoardAlert &b : workstationAlerts) {
            const WorkstationAlert &a = b.alert;
            QJsonObject entry {{QLatin1String("kind"), a.kind},
                {QLatin1String("detected_at"), Event::formatTime(a.detectedAt)},
                {QLatin1String("branch"), a.branch}, {QLatin1String("workstation"), a.workstation},
                {QLatin1String("device"), a.device}, {QLatin1String("message"), b.message}};
            if (!a.newDevice.isEmpty())
                entry.insert(QLatin1String("new_device"), a.newDevice);
            alerts.append(entry);
        }
        o.insert(QLatin1String("workstation_alerts"), alerts);
    }
    return o;
}

Board Board::sweep() const
{
    Board out;
    out.asOf = asOf;
    out.actionsOnly = true;
    for (BoardBucket b : actionBuckets()) {
        for (const BoardEntry &e : bucket(b)) {
            if (e.due <= asOf)
                out.bucket(b).append(e);
        }
        out.totals[size_t(b)] = out.bucket(b).size();
    }
    return out;
}

QString Board::toCsv() const
{
    auto field = [](const QString &text) {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
            return text;
        return u'"' + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
    };
    auto flag = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    QString out = QStringLiteral(
        "bucket,case_id,receipt,name,due,days_left,overdue,today,returned,arrived_on,codes\r\n");
    for (int i = 0; i < BoardBucketCount; ++i) {
        for (const BoardEntry &e : buckets[size_t(i)]) {
            const QStringList cells {boardBucketName(BoardBucket(i)), e.caseId, e.receipt, e.name,
                isoDate(e.due), QString::number(e.daysLeft), flag(e.overdue), flag(e.today),
                flag(e.returned), isoDate(e.arrivedOn), e.codes};
            QStringList quoted;
            for (const QString &c : cells)
                quoted.append(field(c));
            out += quoted.join(u',') + QStringLiteral("\r\n");
        }
    }
    return out;
}

BoardService::BoardService(Session &session)
    : m_session(session)
{
}

bool BoardService::addSharedReceipts(const BoardQueries &queries, int utcOffset, const QDate &asOf,
    QList<BoardEntry> *anomalies, QHash<QString, QDateTime> *lastEvent, QString *error)
{
    // Two cases with one receipt number stay two cases: both are anomalies, each naming the
    // other person, flagged on the day the later of them was taken.
    QList<BoardRow> shared;
    if (!queries.sharedReceipts(&shared, error))
        return false;
    QHash<QString, QList<BoardRow>> byReceipt;
    for (const BoardRow &r : std::as_const(shared))
        byReceipt[r.receipt].append(r);
    for (const BoardRow &r : std::as_const(shared)) {
        const QList<BoardRow> &group = byReceipt.value(r.receipt);
        QDateTime latest;
        QList<BoardPeer> peers;
        for (const BoardRow &other : group) {
            if (!latest.isValid() || other.submittedAt > latest)
                latest = other.submittedAt;
            if (other.caseId != r.caseId)
                peers.append({other.caseId, other.fullName()});
        }
        auto it = std::find_if(anomalies->begin(), anomalies->end(),
            [&r](const BoardEntry &e) { return e.caseId == r.caseId; });
        if (it == anomalies->end()) {
            const QDate flaggedOn = latest.isValid() ? Clock::dateAt(latest, utcOffset) : asOf;
            BoardEntry e = entryFrom(r, asOf, flaggedOn);
            e.overdue = false;
            e.today = false;
            anomalies->append(e);
            lastEvent->insert(r.caseId, r.lastEventAt);
            it = anomalies->end() - 1;
        }
        QStringList codes = it->codes.isEmpty() ? QStringList() : it->codes.split(u',');
        codes.append(QStringLiteral("receipt_shared"));
        it->codes = codes.join(u',');
        ++it->anomalies;
        it->sharedWith = peers;
    }
    // The most recent event first, as the flagged cases come.
    std::stable_sort(anomalies->begin(), anomalies->end(),
        [lastEvent](const BoardEntry &a, const BoardEntry &b) {
            return lastEvent->value(a.caseId) > lastEvent->value(b.caseId);
        });
    return true;
}

bool BoardService::read(const QDate &asOf, int firstPage, Board *out, QString *error)
{
    if (!m_session.require(Permission::ViewBoard, error))
        return false;
    if (!asOf.isValid()) {
        if (error)
            *error = tr("The board date is not a valid date; pick a day on the calendar.");
        return false;
    }
    Database &db = m_session.database();
    const WorkCalendar calendar = CalendarStore(db).load();
    const int utcOffset = SettingsStore(db).utcOffsetSeconds();
    const BoardQueries queries(db);
    Board board;
    board.asOf = asOf;

    QList<BoardRow> rows;
    // A paper the provider sent back waits for the person who asked for it, up to the end of
    // the whole three-month custody; any other paper, up to the end of branch custody. After
    // that, it is due for transfer on the first working day.
    if (!queries.atBranchKept(asOf, {}, firstPage, &rows, error))
        return false;
    board.bucket(BoardBucket::AtBranch).reserve(rows.size());
    for (const BoardRow &r : std::as_const(rows))
        board.bucket(BoardBucket::AtBranch).append(entryFrom(r, asOf, keptUntil(r)));
    if (!queries.atBranchOver(asOf, &rows, error))
        return false;
    for (const BoardRow &r : std::as_const(rows)) {
        board.bucket(BoardBucket::DueForTransfer)
            .append(entryFrom(r, asOf, calendar.nextWorkingDay(keptUntil(r))));
    }

    if (!queries.atProviderKept(asOf, {}, firstPage, &rows, error))
        return false;
    board.bucket(BoardBucket::AtProvider).reserve(rows.size());
    for (const BoardRow &r : std::as_const(rows))
        board.bucket(BoardBucket::AtProvider).append(entryFrom(r, asOf, r.providerCustodyUntil));
    if (!queries.atProviderOver(asOf, &rows, error))
        return false;
    for (const BoardRow &r : std::as_const(rows)) {
        board.bucket(BoardBucket::ToArchive)
            .append(entryFrom(r, asOf, calendar.nextWorkingDay(r.providerCustodyUntil)));
    }

    if (!queries.returnRequested(&rows, error))
        return false;
    for (const BoardRow &r : std::as_const(rows))
        board.bucket(BoardBucket::ReturnRequested).append(entryFrom(r, asOf, r.returnDue));

    if (!queries.interimPending(&rows, error))
        return false;
    for (const BoardRow &r : std::as_const(rows))
        board.bucket(BoardBucket::InterimNoticeDue).append(entryFrom(r, asOf, r.interimDue));

    if (!queries.lateResults(asOf, &rows, error))
        return false;
    for (const BoardRow &r : std::as_const(rows))
        board.bucket(BoardBucket::LateResults).append(entryFrom(r, asOf, r.dueDate));

    // A workstation whose clock moved back first: every time written around it is in doubt.
    QList<ClockStepRow> steps;
    if (!queries.clockSteps(&steps, error))
        return false;
    for (const ClockStepRow &c : std::as_const(steps)) {
        BoardEntry e;
        e.due = c.date.isValid() ? c.date : Clock::dateAt(c.clock, utcOffset);
        e.daysLeft = int(asOf.daysTo(e.due));
        e.anomalies = 1;
        e.codes = EventStore::clockMovedBack();
        e.device = c.device;
        e.workstation = c.workstation;
        e.by = c.by;
        e.clockAt = c.clock;
        e.previousAt = c.previous;
        e.behindSeconds = c.behindSeconds;
        board.bucket(BoardBucket::Anomalies).append(e);
    }

    if (!queries.flagged(&rows, error))
        return false;
    for (const BoardRow &r : std::as_const(rows)) {
        // "Due" of a flagged case: the day it was flagged (its first anomaly), or for an
        // override alone, the day of the application the override was made on.
        const QDateTime since = r.firstAnomalyAt.isValid() ? r.firstAnomalyAt : r.submittedAt;
        const QDate flaggedOn = since.isValid() ? Clock::dateAt(since, utcOffset) : asOf;
        BoardEntry e = entryFrom(r, asOf, flaggedOn);
        e.overdue = false;
        e.today = false;
        board.bucket(BoardBucket::Anomalies).append(e);
    }
    QHash<QString, QDateTime> lastEvent;
    for (const BoardRow &r : std::as_const(rows))
        lastEvent.insert(r.caseId, r.lastEventAt);
    if (!addSharedReceipts(
            queries, utcOffset, asOf, &board.bucket(BoardBucket::Anomalies), &lastEvent, error))
        return false;
    for (const WorkstationAlert &a : WorkstationAlerts(db).open())
        board.workstationAlerts.append({a, WorkstationService::describe(a, db)});

    // Events the server holds otherwise than this workstation (changed or deleted there) join
    // their case's line, or make one of their own.
    if (!queries.serverAnomalies(&rows, error))
        return false;
    QList<BoardEntry> &flaggedEntries = board.bucket(BoardBucket::Anomalies);
    for (const BoardRow &r : std::as_const(rows)) {
        auto same = std::find_if(flaggedEntries.begin(), flaggedEntries.end(),
            [&r](const BoardEntry &e) { return e.caseId == r.caseId; });
        if (same != flaggedEntries.end()) {
            same->codes
                = same->codes.isEmpty() ? r.anomalyCodes : same->codes + u',' + r.anomalyCodes;
            same->anomalies += r.anomalies;
            continue;
        }
        const QDate seenOn
            = r.firstAnomalyAt.isValid() ? Clock::dateAt(r.firstAnomalyAt, utcOffset) : asOf;
        BoardEntry e = entryFrom(r, asOf, seenOn);
        e.overdue = false;
        e.today = false;
        flaggedEntries.append(e);
    }

    if (!addMissingPapers(db, asOf, &flaggedEntries, error))
        return false;

    // The deadlines counted in working days (the custody ones are calendar months): one in a
    // year without a working-day calendar is marked, so the board says which and where.
    QHash<int, bool> covered;
    for (BoardBucket b :
        {BoardBucket::DueForTransfer, BoardBucket::ToArchive, BoardBucket::ReturnRequested,
            BoardBucket::InterimNoticeDue, BoardBucket::LateResults}) {
        for (BoardEntry &e : board.bucket(b)) {
            const int year = e.due.year();
            auto known = covered.constFind(year);
            if (known == covered.cend())
                known = covered.insert(year, calendar.covers(e.due));
            e.calendarUnknown = !known.value();
        }
    }

    // The two custody buckets come in their order from their indexes.
    for (BoardBucket b : {BoardBucket::DueForTransfer, BoardBucket::ToArchive})
        sortByDue(board.bucket(b));
    for (int i = 0; i < BoardBucketCount; ++i)
        board.totals[size_t(i)] = board.buckets[size_t(i)].size();
    if (firstPage >= 0
        && !queries.keptCounts(asOf, &board.totals[size_t(BoardBucket::AtBranch)],
            &board.totals[size_t(BoardBucket::AtProvider)], error))
        return false;
    *out = board;
    return true;
}

bool BoardService::board(const QDate &asOf, Board *out, QString *error)
{
    return read(asOf, -1, out, error);
}

bool BoardService::overview(const QDate &asOf, int firstPage, Board *out, QString *error)
{
    return read(asOf, std::max(0, firstPage), out, error);
}

bool BoardService::page(BoardBucket bucket, const QDate &asOf, const BoardEntry &after, int limit,
    QList<BoardEntry> *out, QString *error)
{
    // Taken before out is emptied: after may be one of its entries.
    const BoardCursor cursor {after.due, after.receipt, after.caseId};
    out->clear();
    if (!m_session.require(Permission::ViewBoard, error))
        return false;
    if (!Board::pagedBuckets().contains(bucket)) {
        if (error)
            *error = QStringLiteral("the bucket %1 is read whole, never in pages")
                         .arg(boardBucketName(bucket));
        return false;
    }
    const BoardQueries queries(m_session.database());
    QList<BoardRow> rows;
    const bool atBranch = bucket == BoardBucket::AtBranch;
    if (!(atBranch ? queries.atBranchKept(asOf, cursor, limit, &rows, error)
                   : queries.atProviderKept(asOf, cursor, limit, &rows, error)))
        return false;
    out->reserve(rows.size());
    for (const BoardRow &r : std::as_const(rows))
        out->append(entryFrom(r, asOf, atBranch ? keptUntil(r) : r.providerCustodyUntil));
    return true;
}

bool BoardService::sweep(const QDate &asOf, Board *out, QString *error)
{
    Board full;
    if (!board(asOf, &full, error))
        return false;
    *out = full.sweep();
    return true;
}

} // namespace certdesk
