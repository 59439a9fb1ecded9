#include "storage/Migrations.h"

#include "storage/ReceiptClashes.h"
#include "storage/WorkstationSightings.h"

namespace certdesk {

namespace {

// Step 1: the event store and the case projection.
const char *const kStep1[] = {
    R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT,
        updated_by TEXT))",
    R"(CREATE TABLE events (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        case_id TEXT NOT NULL,
        branch TEXT NOT NULL,
        at TEXT NOT NULL,
        by_user TEXT NOT NULL,
        device TEXT NOT NULL,
        v INTEGER NOT NULL,
        data TEXT NOT NULL,
        prev TEXT NOT NULL DEFAULT '',
        hash TEXT NOT NULL,
        local INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE INDEX events_by_case ON events(case_id, at, id))",
    R"(CREATE INDEX events_by_device ON events(device, n))",
    R"(CREATE TABLE outbox (n INTEGER PRIMARY KEY REFERENCES events(n)))",
    R"(CREATE TABLE cases (
        case_id TEXT PRIMARY KEY,
        receipt TEXT NOT NULL DEFAULT '',
        iin TEXT NOT NULL DEFAULT '',
        surname TEXT NOT NULL DEFAULT '',
        surname_key TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL DEFAULT '',
        patronymic TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        purpose TEXT NOT NULL DEFAULT '',
        paper INTEGER NOT NULL DEFAULT 0,
        channel TEXT NOT NULL DEFAULT '',
        submitted_at TEXT NOT NULL DEFAULT '',
        due_date TEXT NOT NULL DEFAULT '',
        arrived_on TEXT NOT NULL DEFAULT '',
        branch_custody_until TEXT NOT NULL DEFAULT '',
        provider_custody_until TEXT NOT NULL DEFAULT '',
        return_due TEXT NOT NULL DEFAULT '',
        interim_due TEXT NOT NULL DEFAULT '',
        interim_given INTEGER NOT NULL DEFAULT 0,
        closed_on TEXT NOT NULL DEFAULT '',
        anomalies INTEGER NOT NULL DEFAULT 0,
        overrides INTEGER NOT NULL DEFAULT 0,
        last_event_at TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL))",
    R"(CREATE INDEX cases_by_receipt ON cases(receipt))",
    R"(CREATE INDEX cases_by_iin ON cases(iin))",
    R"(CREATE INDEX cases_by_surname ON cases(surname_key))",
    R"(CREATE INDEX cases_by_status ON cases(status, due_date))",
    R"(CREATE INDEX cases_by_submitted ON cases(submitted_at))",
};

// Step 2: accounts.
const char *const kStep2[] = {
    R"(CREATE TABLE users (
        login TEXT PRIMARY KEY,
        full_name TEXT NOT NULL,
        position TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'administrator')),
        salt BLOB NOT NULL,
        hash BLOB NOT NULL,
        iterations INTEGER NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL))",
};

// Step 3: the live working-day calendar (seeded from resources, edited by supervisors).
const char *const kStep3[] = {
    R"(CREATE TABLE calendar_holidays (
        date TEXT PRIMARY KEY,
        name_kk TEXT NOT NULL,
        name_ru TEXT NOT NULL,
        name_en TEXT NOT NULL,
        carries_over INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE calendar_swaps (
        date TEXT PRIMARY KEY,
        working INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT ''))",
};

// Step 4: sync checkpoints and the per-day receipt counter of this workstation.
const char *const kStep4[] = {
    R"(CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(CREATE TABLE receipt_counter (day TEXT PRIMARY KEY, last INTEGER NOT NULL))",
};

// Step 5: partial indexes for the supervisor board and the issuance journal. Each covers only
// the cases in one open state (or the issued ones, by day), so they stay small in a branch of
// a million closed cases and every board bucket is an index range, never a scan.
const char *const kStep5[] = {
    R"(CREATE INDEX cases_at_branch ON cases(branch_custody_until) WHERE status = 'at_branch')",
    R"(CREATE INDEX cases_at_provider ON cases(provider_custody_until)
        WHERE status = 'at_provider')",
    R"(CREATE INDEX cases_return_requested ON cases(return_due)
        WHERE status = 'return_requested')",
    R"(CREATE INDEX cases_interim_pending ON cases(interim_due)
        WHERE status = 'additional_check' AND interim_given = 0)",
    R"(CREATE INDEX cases_flagged ON cases(last_event_at) WHERE anomalies > 0 OR overrides > 0)",
    R"(CREATE INDEX cases_issued ON cases(closed_on) WHERE status = 'issued')",
};

// Step 6: the board's partial indexes lead with status. Keyed on the date alone, SQLite
// preferred cases_by_status for "status = ..." and then read every issued case of the branch
// to print one day's journal; with the status in front, each one is chosen for its own query.
const char *const kStep6[] = {
    R"(DROP INDEX cases_at_branch)",
    R"(DROP INDEX cases_at_provider)",
    R"(DROP INDEX cases_return_requested)",
    R"(DROP INDEX cases_interim_pending)",
    R"(DROP INDEX cases_issued)",
    R"(CREATE INDEX cases_at_branch ON cases(status, branch_custody_until)
        WHERE status = 'at_branch')",
    R"(CREATE INDEX cases_at_provider ON cases(status, provider_custody_until)
        WHERE status = 'at_provider')",
    R"(CREATE INDEX cases_return_requested ON cases(status, return_due)
        WHERE status = 'return_requested')",
    R"(CREATE INDEX cases_interim_pending ON cases(status, interim_given, interim_due)
        WHERE status = 'additional_check' AND interim_given = 0)",
    R"(CREATE INDEX cases_issued ON cases(status, closed_on) WHERE status = 'issued')",
};

// Step 7: the event log refuses UPDATE and DELETE, so changing it behind CertDesk's back
// takes removing these triggers first, which audit verification notices (AuditChain). The
// one sanctioned change, a retention purge blanking personal data, opens purge_window for
// its own transaction and may then change nothing but "data".
const char *const kStep7[] = {
    R"(CREATE TABLE purge_window (opened_by TEXT NOT NULL))",
    R"(CREATE TRIGGER events_immutable_update BEFORE UPDATE ON events
        WHEN NOT EXISTS (SELECT 1 FROM purge_window)
          OR NEW.n IS NOT OLD.n OR NEW.id IS NOT OLD.id OR NEW.type IS NOT OLD.type
          OR NEW.case_id IS NOT OLD.case_id OR NEW.branch IS NOT OLD.branch
          OR NEW.at IS NOT OLD.at OR NEW.by_user IS NOT OLD.by_user
          OR NEW.device IS NOT OLD.device OR NEW.v IS NOT OLD.v OR NEW.prev IS NOT OLD.prev
          OR NEW.hash IS NOT OLD.hash OR NEW.local IS NOT OLD.local
        BEGIN
            SELECT RAISE(ABORT, 'events are immutable: a correction is a new event');
        END)",
    R"(CREATE TRIGGER events_immutable_delete BEFORE DELETE ON events
        BEGIN
            SELECT RAISE(ABORT, 'events are immutable: they are never deleted');
        END)",
};

// Step 8: the appeals register, a projection of the "appeal:" event streams (AppealProjection)
// rebuilt like the cases table, and this workstation's per-day appeal counter (AppealNumber).
const char *const kStep8[] = {
    R"(CREATE TABLE appeals (
        appeal_id TEXT PRIMARY KEY,
        number TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        about TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        applicant TEXT NOT NULL DEFAULT '',
        applicant_key TEXT NOT NULL DEFAULT '',
        iin TEXT NOT NULL DEFAULT '',
        bin TEXT NOT NULL DEFAULT '',
        addressee TEXT NOT NULL DEFAULT '',
        case_receipt TEXT NOT NULL DEFAULT '',
        case_id TEXT NOT NULL DEFAULT '',
        received_at TEXT NOT NULL DEFAULT '',
        received_on TEXT NOT NULL DEFAULT '',
        referral_due TEXT NOT NULL DEFAULT '',
        decision_due TEXT NOT NULL DEFAULT '',
        next_due TEXT NOT NULL DEFAULT '',
        next_what TEXT NOT NULL DEFAULT '',
        closed_on TEXT NOT NULL DEFAULT '',
        compliance_open INTEGER NOT NULL DEFAULT 0,
        filed_late INTEGER NOT NULL DEFAULT 0,
        term_restored INTEGER NOT NULL DEFAULT 0,
        anomalies INTEGER NOT NULL DEFAULT 0,
        last_event_at TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL))",
    R"(CREATE INDEX appeals_by_number ON appeals(number))",
    R"(CREATE INDEX appeals_by_received ON appeals(received_at))",
    R"(CREATE INDEX appeals_pending ON appeals(next_due) WHERE next_due <> '')",
    R"(CREATE INDEX appeals_by_iin ON appeals(iin) WHERE iin <> '')",
    R"(CREATE INDEX appeals_by_case ON appeals(case_id) WHERE case_id <> '')",
    R"(CREATE TABLE appeal_counter (day TEXT PRIMARY KEY, last INTEGER NOT NULL))",
};

// Step 9: the case list's every sort, alone and under a status filter, read from an index in
// its own order, so a page costs the same at a million cases as on the first day (before,
// "sort by due date" and "status filter + sort" sorted every matching row for each page).
// A multi-status filter ("Open") asks each status on its own and merges (CaseQueries::page).
const char *const kStep9[] = {
    R"(CREATE INDEX cases_by_due ON cases(due_date))",
    R"(CREATE INDEX cases_by_status_submitted ON cases(status, submitted_at))",
    R"(CREATE INDEX cases_by_status_surname ON cases(status, surname_key))",
    R"(CREATE INDEX cases_by_status_receipt ON cases(status, receipt))",
    // The board's "flagged" bucket: the index held every case ever overridden, closed ones
    // too, and the board walked them all; now only the rows the bucket shows.
    // The audit log, newest first, whole or for one user or one action, and the lists of
    // users and actions its filters offer (read by skip-scan, AuditLog::distinct): before,
    // each sorted or scanned every event of the branch.
    // Without the id: a tie on the millisecond is sorted among its few rows, and the indexes
    // stay about half the size.
    R"(CREATE INDEX events_by_at ON events(at))",
    R"(CREATE INDEX events_by_user ON events(by_user, at))",
    R"(CREATE INDEX events_by_type ON events(type, at))",
    R"(DROP INDEX cases_flagged)",
    R"(CREATE INDEX cases_flagged ON cases(last_event_at)
        WHERE anomalies > 0 OR (overrides > 0 AND closed_on = ''))",
};

template<size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList out;
    for (const char *s : statements)
        out.append(QString::fromUtf8(s));
    return out;
}

// Step 10: the supervisor board reads its buckets from their indexes alone. Each partial
// index carries every column the board shows (and the new returned_on, which the board read
// from the state text of each row), so a board of ten thousand papers in custody is one walk
// over small indexes instead of ten thousand lookups of 1 KB rows scattered over the file.
const char *const kStep10[] = {
    R"(ALTER TABLE cases ADD COLUMN returned_on TEXT NOT NULL DEFAULT '')",
    R"(UPDATE cases SET returned_on = json_extract(state, '$.returned_on')
        WHERE json_extract(state, '$.returned_on') <> '')",
    R"(DROP INDEX cases_at_branch)",
    R"(CREATE INDEX cases_at_branch ON cases(status, branch_custody_until, receipt, case_id,
        surname, given_name, patronymic, arrived_on, provider_custody_until, return_due,
        interim_due, returned_on, submitted_at, last_event_at, anomalies, overrides)
        WHERE status = 'at_branch')",
    R"(DROP INDEX cases_at_provider)",
    R"(CREATE INDEX cases_at_provider ON cases(status, provider_custody_until, receipt,
        case_id, surname, given_name, patronymic, arrived_on, branch_custody_until, return_due,
        interim_due, returned_on, submitted_at, last_event_at, anomalies, overrides)
        WHERE status = 'at_provider')",
    R"(DROP INDEX cases_return_requested)",
    R"(CREATE INDEX cases_return_requested ON cases(status, return_due, receipt, case_id,
        surname, given_name, patronymic, arrived_on, branch_custody_until,
        provider_custody_until, interim_due, returned_on, submitted_at, last_event_at,
        anomalies, overrides)
        WHERE status = 'return_requested')",
    R"(DROP INDEX cases_interim_pending)",
    R"(CREATE INDEX cases_interim_pending ON cases(status, interim_given, interim_due, receipt,
        case_id, surname, given_name, patronymic, arrived_on, branch_custody_until,
        provider_custody_until, return_due, returned_on, submitted_at, last_event_at,
        anomalies, overrides)
        WHERE status = 'additional_check' AND interim_given = 0)",
};

// Step 11: the cases table keeps, of the folded state, only what no column holds: the
// anomaly list the board shows. The whole state as JSON (a kilobyte per case, a gigabyte at
// a million cases) was written on every event and in every rebuild, and read by nothing but
// the board's json_extract: the case view, the actions and the audit fold their events.
const char *const kStep11[] = {
    R"(ALTER TABLE cases RENAME COLUMN state TO anomaly_list)",
    R"(UPDATE cases SET anomaly_list = coalesce(json_extract(anomaly_list, '$.anomalies'), '[]'))",
};

// Step 12: the branch's offset from UTC is a value in the database like any other setting,
// written here with the country's (UTC+5 everywhere in Kazakhstan since 1 March 2024), so no
// code below the services ever assumes one. A value set before is kept.
const char *const kStep12[] = {
    R"(INSERT OR IGNORE INTO settings(key, value, updated_at, updated_by)
        VALUES ('branch.utc_offset_minutes', '300', '', 'migration 12'))",
};

// Step 13: cloned workstations (README, "Receipt numbers"). device_ids: every device id
// this database wrote its audit chain under, and where it left each (DeviceLineage); the id in
// use now is its first row. workstation_sightings: the branch and workstation numbers other
// writers used, from the events (WorkstationSightings, filled below from the events already
// here). workstation_alerts: what this database noticed about a clone, for the board.
// receipt_clashes: receipt numbers with more than one case (ReceiptClashes).
const char *const kStep13[] = {
    R"(CREATE TABLE device_ids (
        device TEXT PRIMARY KEY,
        since TEXT NOT NULL DEFAULT '',
        until TEXT NOT NULL DEFAULT '',
        until_n INTEGER NOT NULL DEFAULT 0,
        reason TEXT NOT NULL DEFAULT ''))",
    R"(INSERT INTO device_ids(device, since)
        SELECT value, coalesce((SELECT at FROM events WHERE device = meta.value AND local = 1
                                ORDER BY n LIMIT 1), '')
        FROM meta WHERE key = 'device_id')",
    R"(CREATE TABLE workstation_sightings (
        branch TEXT NOT NULL,
        workstation INTEGER NOT NULL,
        device TEXT NOT NULL,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL,
        events INTEGER NOT NULL,
        PRIMARY KEY (branch, workstation, device)) WITHOUT ROWID)",
    R"(CREATE TABLE workstation_alerts (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        branch TEXT NOT NULL DEFAULT '',
        workstation INTEGER NOT NULL DEFAULT 0,
        device TEXT NOT NULL DEFAULT '',
        new_device TEXT NOT NULL DEFAULT '',
        event_id TEXT NOT NULL DEFAULT '',
        cleared_at TEXT NOT NULL DEFAULT '',
        cleared_by TEXT NOT NULL DEFAULT '',
        cleared_how TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE receipt_clashes (
        receipt TEXT NOT NULL,
        case_id TEXT NOT NULL,
        PRIMARY KEY (receipt, case_id)) WITHOUT ROWID)",
};

QStringList step13()
{
    // The fill statements are the ones the product runs on every stored batch and rebuild,
    // so a migrated file holds exactly what a rebuilt one would.
    return toList(kStep13)
        + QStringList {
            WorkstationSightings::collectStatement(0), ReceiptClashes::rebuildStatement()};
}

// Step 14: what sync found on the server and would not take as it is. sync_quarantine: the
// documents that are not events this version can read, by id, with the reason and the reader
// that gave up on them (tried again once the reader changes: an upgrade). sync_anomalies: the
// events the server holds otherwise than this database (content changed, deleted), one row
// per server revision; never applied, shown to the supervisor on the board.
const char *const kStep14[] = {
    R"(CREATE TABLE sync_quarantine (
        doc_id TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        reader TEXT NOT NULL))",
    R"(CREATE TABLE sync_anomalies (
        event_id TEXT NOT NULL,
        server_rev TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('changed', 'deleted')),
        case_id TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        first_seen TEXT NOT NULL,
        PRIMARY KEY (event_id, server_rev)))",
};

// Step 15: a paper presented at the count of the safe that the count did not expect is looked
// up by its certificate's number, which only the provider's event holds: without an index
// that was a walk over every result of the branch (47.6 s on a million cases, cold). The
// expression and the condition are the ones SafeCountQueries::byCertificate asks with, word
// for word, so SQLite uses the index; it holds one entry per result, nothing for other events.
const char *const kStep15[] = {
    R"(CREATE INDEX events_by_certificate ON events(json_extract(data, '$.certificate_number'))
        WHERE type IN ('result', 'online_order'))",
};

// Step 16: the workstation sightings counted again from the events. The statement that
// counts them had printf's '%02d' taken by QString::arg as its own marker, so the workstation
// settings and id renewals other computers sent were never counted: a counter stopped by
// another computer's number stayed stopped after that computer was given another one, until
// it took a receipt under it.
QStringList step16()
{
    return {QStringLiteral("DELETE FROM workstation_sightings"),
        WorkstationSightings::collectStatement(0)};
}

} // namespace

int Migrations::latest()
{
    return 16;
}

QStringList Migrations::step(int version)
{
    switch (version) {
    case 1:
        return toList(kStep1);
    case 2:
        return toList(kStep2);
    case 3:
        return toList(kStep3);
    case 4:
        return toList(kStep4);
    case 5:
        return toList(kStep5);
    case 6:
        return toList(kStep6);
    case 7:
        return toList(kStep7);
    case 8:
        return toList(kStep8);
    case 9:
        return toList(kStep9);
    case 10:
        return toList(kStep10);
    case 11:
        return toList(kStep11);
    case 12:
        return toList(kStep12);
    case 13:
        return step13();
    case 14:
        return toList(kStep14);
    case 15:
        return toList(kStep15);
    case 16:
        return step16();
    default:
        return {};
    }
}

} // namespace certdesk
