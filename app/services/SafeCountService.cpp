#include "services/SafeCountService.h"

#include "domain/CaseState.h"
#include "domain/Clock.h"
#include "domain/ReceiptNumber.h"
#include "services/CaseActionService.h"
#include "services/Refusal.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/SafeCountQueries.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"
#include "storage/UserStore.h"

#include <QJsonArray>

namespace certdesk {

namespace {

/// "Ахметова Айгерим Болатқызы, receipt 0101-03-260302-0001-7": how a paper is named.
QString paperText(const SafePaper &p)
{
    if (p.caseId.isEmpty())
        return p.scanned;
    return SafeCountService::tr("%1, receipt %2").arg(p.name, ReceiptNumber::format(p.receipt));
}

} // namespace

SafeCountService::SafeCountService(Session &session)
    : m_session(session)
{
}

SafeCountService::~SafeCountService() = default;

bool SafeCountService::start(QString *error)
{
    if (!m_session.require(Permission::CountSafe, error))
        return false;
    QList<SafePaper> expected;
    if (!SafeCountQueries(m_session.database()).inBranchCustody(&expected, error))
        return false;
    m_count = std::make_unique<SafeCount>(expected);
    m_startedAt = m_session.clock().nowUtc();
    return true;
}

int SafeCountService::presented() const
{
    return m_count ? m_count->presented() : 0;
}

bool SafeCountService::resolve(const SafeScan &scan, SafePaper *paper, QString *error) const
{
    if (const SafePaper *expected = m_count ? m_count->expectedFor(scan) : nullptr) {
        *paper = *expected;
        paper->scanned = scan.text;
        return true;
    }
    QList<SafePaper> found;
    const SafeCountQueries queries(m_session.database());
    const bool read = scan.kind == SafeScan::Kind::Receipt
        ? queries.byReceipt(scan.receipt, &found, error)
        : queries.byCertificate(scan.certificateNumber, &found, error);
    if (!read)
        return false;
    // Two cases with one receipt number (ReceiptClashes): the one whose paper is at the
    // branch, otherwise the first; the board names both anyway.
    SafePaper chosen;
    for (const SafePaper &p : std::as_const(found)) {
        if (chosen.caseId.isEmpty() || p.status == QLatin1String("at_branch"))
            chosen = p;
    }
    chosen.scanned = scan.text;
    if (chosen.caseId.isEmpty()) {
        chosen.receipt = scan.receipt;
        chosen.certificateNumber = scan.certificateNumber;
    }
    *paper = chosen;
    return true;
}

SafeScanResult SafeCountService::scan(const QString &text)
{
    SafeScanResult r;
    if (!m_count) {
        r.message = tr("No count is running: start the count of the safe first.");
        return r;
    }
    const SafeScan scan = SafeScan::parse(
        text, SettingsStore(m_session.database()).value(QStringLiteral("certificate.verify_url")));
    if (!scan.isValid()) {
        r.message = scan.error;
        return r;
    }
    QString error;
    if (!resolve(scan, &r.paper, &error)) {
        r.message = error;
        return r;
    }
    r.accepted = true;
    r.outcome = m_count->add(r.paper);
    const QString status = r.paper.status.isEmpty()
        ? QString()
        : CaseActionService::statusText(caseStatusFromName(r.paper.status));
    switch (r.outcome) {
    case SafeCount::Outcome::Counted:
        r.message = tr("Counted: %1.").arg(paperText(r.paper));
        break;
    case SafeCount::Outcome::AlreadyCounted:
        r.message = tr("Already counted: %1. It counts once.").arg(paperText(r.paper));
        break;
    case SafeCount::Outcome::Unexpected:
        r.message = r.paper.caseId.isEmpty()
            ? tr("Not expected in the safe: no case of this branch has \"%1\". Put the paper "
                 "aside; it is listed at the end of the count.")
                  .arg(scan.text)
            : tr("Not expected in the safe: %1 — the record says %2. Put the paper aside; it "
                 "is listed at the end of the count.")
                  .arg(paperText(r.paper), status);
        break;
    case SafeCount::Outcome::AlreadyUnexpected:
        r.message = tr("Already counted (not expected in the safe): %1.").arg(paperText(r.paper));
        break;
    }
    return r;
}

bool SafeCountService::finish(SafeCountReport *out, QString *error, bool dryRun)
{
    if (!m_count)
        return refuse(error, tr("No count is running: start the count of the safe first."));
    if (!m_session.require(Permission::CountSafe, error))
        return false;
    Database &db = m_session.database();
    const SettingsStore settings(db);
    SafeCountReport report;
    report.startedAt = m_startedAt;
    report.branchName = settings.branchName();
    report.branchCode = settings.branchCode();
    report.supervisorLogin = m_session.user().login;
    report.supervisorName = m_session.user().fullName;
    report.supervisorPosition = m_session.user().position;
    // The ledger as it stands at the end of the count, read in the writing transaction: a
    // paper issued or arrived while the supervisor counted is judged by where it is now.
    auto reconcile = [&](Transaction *tx, QString *why) {
        QList<SafePaper> expected;
        if (!SafeCountQueries(db).inBranchCustody(&expected, why))
            return false;
        const SafeCount final = m_count->reconciledWith(expected);
        report.finishedAt = m_session.clock().nowUtc();
        report.date = m_session.clock().toLocal(report.finishedAt).date();
        report.expected = final.expectedCount();
        report.counted = final.counted();
        report.missing = final.missing();
        report.unexpected = final.unexpected();
        if (!tx)
            return true;
        Event e;
        e.id = Event::newId();
        e.typeName = SafeCount::countedType();
        e.caseId = SafeCount::stream();
        e.data = final.eventData(report.date, m_startedAt);
        QList<Event> events {e};
        if (!EventStore(db, m_session.clock())
                 .appendInTransaction(*tx, events, m_session.actor(), why))
            return false;
        report.countId = e.id;
        return true;
    };
    const bool ok = dryRun
        ? reconcile(nullptr, error)
        : Transaction::run(db, error, [&](Transaction &tx) { return reconcile(&tx, error); });
    if (!ok)
        return false;
    m_count.reset();
    if (out)
        *out = report;
    return true;
}

void SafeCountService::abandon()
{
    m_count.reset();
    m_startedAt = QDateTime();
}

bool SafeCountService::missingPapers(QList<MissingPaperLine> *out, QString *error)
{
    if (!m_session.require(Permission::ViewBoard, error))
        return false;
    out->clear();
    QList<MissingPaper> open;
    QHash<QString, QString> names;
    if (!SafeCountQueries(m_session.database()).openMissing(&open, &names, error))
        return false;
    const UserStore users(m_session.database());
    QHash<QString, QString> counters;
    for (const MissingPaper &m : std::as_const(open)) {
        if (!counters.contains(m.countedBy)) {
            QString name;
            if (m.countedBy == m_session.user().login) {
                name = m_session.user().fullName;
            } else if (const std::optional<UserRecord> who = users.find(m.countedBy)) {
                name = who->fullName;
            }
            counters.insert(m.countedBy, name.isEmpty() ? m.countedBy : name);
        }
        out->append({m, names.value(m.caseId), counters.value(m.countedBy)});
    }
    return true;
}

bool SafeCountService::openMissing(
    const QString &caseOrReceipt, MissingPaperLine *line, QString *error)
{
    QList<MissingPaperLine> open;
    if (!missingPapers(&open, error))
        return false;
    const QString digits = ReceiptNumber::normalize(caseOrReceipt);
    for (const MissingPaperLine &m : std::as_const(open)) {
        if (m.paper.caseId == caseOrReceipt || m.paper.receipt == digits) {
            *line = m;
            return true;
        }
    }
    return refuse(error,
        tr("%1 is not missing at any count of the safe: there is nothing to write off or find.")
            .arg(ReceiptNumber::looksLikeReceipt(caseOrReceipt) ? ReceiptNumber::format(digits)
                                                                : caseOrReceipt));
}

bool SafeCountService::writeOff(const QString &caseOrReceipt, const QString &reason, QString *error)
{
    if (!m_session.require(Permission::CountSafe, error))
        return false;
    const QString why = reason.simplified();
    if (why.isEmpty())
        return refuse(error,
            tr("Reason: write why the paper certificate is written off (for example, the act "
               "of its loss); a write-off without a reason is not recorded."));
    Database &db = m_session.database();
    return Transaction::run(db, error, [&](Transaction &tx) {
        MissingPaperLine line;
        if (!openMissing(caseOrReceipt.trimmed(), &line, error))
            return false;
        Event e;
        e.id = Event::newId();
        e.typeName = SafeCount::writtenOffType();
        e.caseId = SafeCount::stream();
        e.data = SafeCount::writeOffData(
            line.paper.caseId, line.paper.receipt, line.paper.countId, why);
        QList<Event> events {e};
        return EventStore(db, m_session.clock())
            .appendInTransaction(tx, events, m_session.actor(), error);
    });
}

bool SafeCountService::found(const QString &text, MissingPaperLine *paper, QString *error)
{
    if (!m_session.require(Permission::CountSafe, error))
        return false;
    const SafeScan scan = SafeScan::parse(
        text, SettingsStore(m_session.database()).value(QStringLiteral("certificate.verify_url")));
    if (!scan.isValid())
        return refuse(error, scan.error);
    Database &db = m_session.database();
    return Transaction::run(db, error, [&](Transaction &tx) {
        SafePaper p;
        if (!resolve(scan, &p, error))
            return false;
        MissingPaperLine line;
        if (p.caseId.isEmpty() || !openMissing(p.caseId, &line, nullptr))
            return refuse(error,
                tr("\"%1\" is not a paper missing at a count of the safe: nothing is recorded.")
                    .arg(scan.text));
        Event e;
        e.id = Event::newId();
        e.typeName = SafeCount::foundType();
        e.caseId = SafeCount::stream();
        e.data = QJsonObject {{QLatin1String("case_id"), line.paper.caseId},
            {QLatin1String("receipt"), line.paper.receipt},
            {QLatin1String("count"), line.paper.countId}, {QLatin1String("scanned"), scan.text}};
        QList<Event> events {e};
        if (!EventStore(db, m_session.clock())
                 .appendInTransaction(tx, events, m_session.actor(), error))
            return false;
        if (paper)
            *paper = line;
        return true;
    });
}

} // namespace certdesk
