#include "services/IssuanceService.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "domain/IssuanceChecks.h"
#include "domain/ReceiptNumber.h"
#include "services/CaseActionService.h"
#include "services/NoticeService.h"
#include "services/Refusal.h"
#include "services/Session.h"
#include "storage/BoardQueries.h"
#include "storage/CaseProjection.h"
#include "storage/EventStore.h"
#include "storage/UserStore.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace certdesk {

namespace {

/// What a receipt's QR or a scanner gives may be the bare number, a verification link with
/// the number as a query item or last path segment, or a small JSON object.
QString receiptFromScan(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(u'{')) {
        const QJsonObject o = QJsonDocument::fromJson(t.toUtf8()).object();
        for (const char *key : {"receipt", "r", "number"}) {
            const QString v = o.value(QLatin1String(key)).toString();
            if (!v.isEmpty())
                return v;
        }
    }
    if (t.contains(QLatin1String("://"))) {
        const QUrl url(t);
        const QUrlQuery query(url);
        for (const char *key : {"receipt", "r", "number"}) {
            const QString v = query.queryItemValue(QLatin1String(key));
            if (!v.isEmpty())
                return v;
        }
        return url.path().section(u'/', -1, -1, QString::SectionSkipEmpty);
    }
    return t;
}

/// The event the fold applied as the handing over: the first issued event that is not an
/// anomaly of the case.
const Event *appliedIssue(const QList<Event> &events, const CaseState &state)
{
    for (const Event &e : events) {
        if (e.type != EventType::Issued)
            continue;
        const bool anomalous = std::any_of(state.anomalies.cbegin(), state.anomalies.cend(),
            [&e](const Anomaly &a) { return a.eventId == e.id; });
        if (!anomalous)
            return &e;
    }
    return nullptr;
}

} // namespace

IssuanceService::IssuanceService(Session &session)
    : m_session(session)
{
}

Application IssuanceService::applicationOf(const QList<Event> &events)
{
    for (const Event &e : events) {
        if (e.type == EventType::Received || e.type == EventType::OnlineOrder)
            return Application::fromJson(e.data);
    }
    return Application();
}

QJsonObject IssuanceService::resultData(const QString &caseId)
{
    EventStore store(m_session.database(), m_session.clock());
    const QList<Event> events = store.caseEvents(caseId);
    const CaseState state = CaseProjection::foldCase(m_session.database(), events);
    QJsonObject out;
    for (const Event &e : events) {
        if (e.type != EventType::ResultRecorded && e.type != EventType::OnlineOrder)
            continue;
        const bool anomalous = std::any_of(state.anomalies.cbegin(), state.anomalies.cend(),
            [&e](const Anomaly &a) { return a.eventId == e.id; });
        if (!anomalous)
            out = e.data;
    }
    return out;
}

bool IssuanceService::findForPickup(const QString &text, QList<CaseState> *cases, QString *error)
{
    cases->clear();
    if (!m_session.require(Permission::Issue, error))
        return false;
    const QString scanned = receiptFromScan(text);
    const QString digits = ReceiptNumber::normalize(scanned);
    BoardQueries queries(m_session.database());
    QList<BoardRow> rows;
    if (!QUuid::fromString(scanned).isNull()) {
        BoardRow r;
        r.caseId = QUuid::fromString(scanned).toString(QUuid::WithoutBraces);
        rows.append(r);
    } else if (ReceiptNumber::looksLikeReceipt(scanned)) {
        const ReceiptNumber number = ReceiptNumber::parse(scanned);
        if (!number.isValid())
            return refuse(error,
                tr("Receipt number %1 is not valid (%2); scan the receipt again "
                   "or retype the number.")
                    .arg(scanned, number.errorText()));
        if (!queries.byReceipt({digits, number.formatted(), scanned.trimmed()}, &rows, error))
            return false;
    } else if (digits.size() == 12 && IdNumber::parse(digits).isValid()) {
        if (!queries.byIin(digits, &rows, error))
            return false;
    } else if (!scanned.trimmed().isEmpty()) {
        // Receipts of other formats (imported online orders) are looked up as written.
        if (!queries.byReceipt({scanned.trimmed()}, &rows, error))
            return false;
    }
    if (rows.isEmpty())
        return refuse(error,
            tr("No case matches \"%1\"; scan the receipt's QR code, type the "
               "receipt number, or type the person's 12-digit IIN.")
                .arg(text.trimmed()));
    CaseActionService actions(m_session);
    for (const BoardRow &r : std::as_const(rows)) {
        CaseState state;
        if (actions.load(r.caseId, &state, nullptr))
            cases->append(state);
    }
    // The paper waiting at the branch is what the person came for: it comes first.
    std::stable_sort(cases->begin(), cases->end(), [](const CaseState &a, const CaseState &b) {
        return (a.status == CaseStatus::AtBranch) > (b.status == CaseStatus::AtBranch);
    });
    if (cases->isEmpty())
        return refuse(error, tr("No case matches \"%1\".").arg(text.trimmed()));
    return true;
}

QList<CheckResult> IssuanceService::checkCollector(
    const CaseState &state, const Collector &collector)
{
    EventStore store(m_session.database(), m_session.clock());
    IntakeChecks::Context context;
    context.today = m_session.clock().today();
    return IssuanceChecks::run(applicationOf(store.caseEvents(state.caseId)), collector.presenter,
        collector.identity, context);
}

QList<CaseSummary> IssuanceService::sharingReceipt(const QString &caseId) const
{
    QList<CaseSummary> others;
    CaseQueries(m_session.database()).sharingReceipt(caseId, &others, nullptr);
    return others;
}

bool IssuanceService::whichPerson(
    const CaseState &state, const QString &typedIin, QString *error) const
{
    // One receipt number, two people: the paper goes to the one whose IIN was read from the
    // documents at the counter, never to "the case the scan opened first".
    const QList<CaseSummary> others = sharingReceipt(state.caseId);
    if (others.isEmpty())
        return true;
    QStringList names {PersonName {state.surname, state.givenName, state.patronymic}.fullName()};
    for (const CaseSummary &c : others)
        names.append(c.fullName());
    const QString iin = ReceiptNumber::normalize(typedIin);
    if (iin.isEmpty())
        return refuse(error,
            tr("Receipt %1 is on %n cases (%2): two workstations issued the same number. Type "
               "the IIN of the person the certificate is about, from their documents, to be "
               "sure this is their case.",
                nullptr, int(names.size()))
                .arg(ReceiptNumber::format(state.receipt), names.join(QStringLiteral("; "))));
    if (iin == state.iin)
        return true;
    for (const CaseSummary &c : others) {
        if (c.iin == iin)
            return refuse(error,
                tr("IIN %1 is the IIN of %2, whose case has the same receipt number: open that "
                   "case (search by the IIN) and issue its certificate there.")
                    .arg(iin, c.fullName()));
    }
    return refuse(error,
        tr("IIN %1 is the IIN of neither person with receipt %2 (%3): check the IIN on the "
           "documents.")
            .arg(iin, ReceiptNumber::format(state.receipt), names.join(QStringLiteral("; "))));
}

bool IssuanceService::issue(
    const QString &caseId, const Collector &collector, CaseState *after, QString *error)
{
    if (!m_session.require(Permission::Issue, error))
        return false;
    CaseActionService actions(m_session);
    const QDate today = actions.today();
    auto atBranch = [](const CaseState &state, QString *why) {
        if (state.status == CaseStatus::AtBranch)
            return true;
        return refuse(why,
            tr("Case %1 is %2: a paper certificate is issued only while it is at "
               "the branch.")
                .arg(CaseActionService::caseLabel(state),
                    CaseActionService::statusText(state.status)));
    };
    // Said in the clerk's words before the generic check of the transaction says it less well.
    CaseState current;
    if (!actions.load(caseId, &current, error) || !atBranch(current, error)
        || !whichPerson(current, collector.subjectIin, error))
        return false;
    auto build = [&](const CaseState &state, QJsonObject *data, QString *why) {
        if (!atBranch(state, why))
            return false;
        const QList<CheckResult> results = checkCollector(state, collector);
        const QList<CheckResult> problems = IntakeChecks::problems(results);
        if (!problems.isEmpty()) {
            QStringList messages;
            for (const CheckResult &r : problems)
                messages.append(r.message);
            return refuse(why,
                tr("The certificate cannot be handed over: %1")
                    .arg(messages.join(QLatin1Char(' '))));
        }
        EventStore store(m_session.database(), m_session.clock());
        const Application atIntake = applicationOf(store.caseEvents(state.caseId));
        const Application pickup
            = IssuanceChecks::atPickup(atIntake, collector.presenter, collector.identity);
        const QJsonObject json = pickup.toJson();
        data->insert(QStringLiteral("date"), isoDate(today));
        data->insert(QStringLiteral("collector"), json.value(QLatin1String("presenter")));
        data->insert(
            QStringLiteral("identity_document"), json.value(QLatin1String("identity_document")));
        // A renewed document: the one recorded at intake is kept beside the one shown.
        Application::IdentityDocument before;
        if (IssuanceChecks::replaced(atIntake, pickup, &before)) {
            Application intakeDocument;
            intakeDocument.identity = before;
            data->insert(QStringLiteral("intake_identity_document"),
                intakeDocument.toJson().value(QLatin1String("identity_document")));
        }
        data->insert(QStringLiteral("checks"), IntakeChecks::toJson(results));
        return true;
    };
    return actions.act(Permission::Issue, EventType::Issued, caseId, build, after, error);
}

bool IssuanceService::recordPrint(
    const QString &caseId, int *copy, CaseState *after, QString *error)
{
    CaseActionService actions(m_session);
    const QDate today = actions.today();
    int number = 0;
    auto build = [&](const CaseState &state, QJsonObject *data, QString *why) {
        if (!state.paper || state.certificateNumber.isEmpty())
            return refuse(why,
                tr("Case %1 has no paper certificate to print: record the "
                   "provider's certificate first.")
                    .arg(CaseActionService::caseLabel(state)));
        number = state.prints + 1;
        data->insert(QStringLiteral("date"), isoDate(today));
        data->insert(QStringLiteral("copy"), number);
        data->insert(QStringLiteral("duplicate"), number > 1);
        return true;
    };
    if (!actions.act(Permission::RecordProgress, EventType::Printed, caseId, build, after, error))
        return false;
    // The first print of a result starts branch custody: the arrival notice is due.
    NoticeService::queueAfter(m_session, caseId);
    if (copy)
        *copy = number;
    return true;
}

bool IssuanceService::journal(
    const QDate &from, const QDate &to, QList<JournalLine> *lines, QString *error)
{
    lines->clear();
    if (!m_session.require(Permission::Issue, error))
        return false;
    if (!from.isValid() || !to.isValid() || to < from)
        return refuse(error,
            tr("The journal's period is not valid; choose a first day on or "
               "before the last day."));
    QList<BoardRow> rows;
    if (!BoardQueries(m_session.database()).issuedBetween(from, to, &rows, error))
        return false;
    EventStore store(m_session.database(), m_session.clock());
    for (const BoardRow &r : std::as_const(rows)) {
        const QList<Event> events = store.caseEvents(r.caseId);
        const CaseState state = CaseProjection::foldCase(m_session.database(), events);
        const Event *issued = appliedIssue(events, state);
        if (!issued)
            continue;
        const QJsonObject collector = issued->data.value(QLatin1String("collector")).toObject();
        JournalLine line;
        line.date = state.issuedOn;
        line.at = issued->at;
        line.caseId = state.caseId;
        line.receipt = state.receipt;
        line.certificateNumber = state.certificateNumber;
        line.certificateDate = state.certificateDate;
        line.subjectName = PersonName {state.surname, state.givenName, state.patronymic}.fullName();
        line.collectorKind = collector.value(QLatin1String("kind")).toString();
        line.collectorName = PersonName {collector.value(QLatin1String("surname")).toString(),
            collector.value(QLatin1String("given_name")).toString(),
            collector.value(QLatin1String("patronymic")).toString()}
                                 .fullName();
        if (line.collectorName.isEmpty())
            line.collectorName = line.subjectName;
        // The collector in the form of received's presenter, so the application's reader reads it.
        const Application collected
            = Application::fromJson(QJsonObject {{QStringLiteral("presenter"), collector},
                {QStringLiteral("identity_document"),
                    issued->data.value(QLatin1String("identity_document"))}});
        line.document = collected.identity;
        line.poa = collected.presenter.poa;
        line.clerk = issued->by;
        if (const auto clerk = UserStore(m_session.database()).find(issued->by))
            line.clerkName = clerk->fullName;
        lines->append(line);
    }
    std::stable_sort(lines->begin(), lines->end(), [](const JournalLine &a, const JournalLine &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.at < b.at;
    });
    for (qsizetype i = 0; i < lines->size(); ++i)
        (*lines)[i].number = int(i + 1);
    return true;
}

} // namespace certdesk
