#include "services/CaseService.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "domain/NameNormalizer.h"
#include "domain/ReceiptNumber.h"
#include "services/Session.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"
#include "storage/UserStore.h"
#include "storage/CaseProjection.h"

#include <algorithm>

namespace certdesk {

CaseService::CaseService(Session &session)
    : m_session(session)
{
}

bool CaseService::mayRead(QString *error) const
{
    if (m_session.can(Permission::TakeApplication) || m_session.can(Permission::RecordProgress))
        return true;
    return m_session.require(Permission::RecordProgress, error);
}

CaseService::Search CaseService::search(const QString &text, int limit) const
{
    Search s;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return s;
    if (!mayRead(&s.error)) {
        s.kind = Search::Kind::Invalid;
        return s;
    }
    const QString digits = ReceiptNumber::normalize(trimmed);
    const bool allDigits = std::all_of(digits.cbegin(), digits.cend(),
                                       [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (allDigits) {
        if (digits.size() == ReceiptNumber::Length) {
            const ReceiptNumber r = ReceiptNumber::parse(digits);
            s.query = r.formatted();
            if (!r.isValid()) {
                s.kind = Search::Kind::Invalid;
                s.error = r.errorText();
                return s;
            }
            s.kind = Search::Kind::Receipt;
            s.filter.receipt = r.digits();
            readFound(limit, &s);
            if (s.rows.size() > 1) {
                QStringList names;
                for (const CaseSummary &c : std::as_const(s.rows))
                    names.append(c.fullName());
                s.notice = tr("Receipt %1 is on %n cases (%2): two workstations issued the same "
                              "number. Each case stays as it is; ask for the IIN of the person "
                              "the certificate is about and open the case with that IIN. The "
                              "supervisor sees both on the board.",
                    nullptr, int(s.rows.size()))
                               .arg(s.query, names.join(QStringLiteral("; ")));
            }
            return s;
        }
        if (digits.size() == 12) {
            const IdNumber id = IdNumber::parse(digits);
            s.query = digits;
            if (!id.isValid() || id.kind() != IdNumber::Kind::Individual) {
                s.kind = Search::Kind::Invalid;
                s.error = id.isValid() ? tr("IIN: %1 is a BIN of a legal entity; search by the "
                                            "IIN of the person")
                                             .arg(digits)
                                       : tr("IIN: %1").arg(id.errorText());
                return s;
            }
            s.kind = Search::Kind::Iin;
            s.filter.iin = digits;
            readFound(limit, &s);
            return s;
        }
        s.kind = Search::Kind::Invalid;
        s.error = tr("%n digit(s): a receipt number has 17 digits, an IIN 12. Check the number.",
            nullptr, int(digits.size()));
        return s;
    }
    const NameNormalizer::Result name = NameNormalizer::normalize(trimmed);
    if (!name.ok) {
        s.kind = Search::Kind::Invalid;
        s.error = tr("Search: \"%1\" %2. Type a receipt number, an IIN or the start of a surname.")
                      .arg(trimmed, name.error);
        return s;
    }
    s.kind = Search::Kind::Surname;
    s.query = name.value;
    s.filter.surnamePrefix = name.value;
    readFound(limit, &s);
    return s;
}

void CaseService::readFound(int limit, Search *s) const
{
    const CaseQueries queries(m_session.database());
    if (!queries.countUpTo(
            s->filter, CaseQueries::smallSelection(s->filter), &s->found, &s->error))
        return;
    // The first cases in the order their key's index gives: surnames A to Z, else newest first.
    const CaseSort sort = CaseQueries::indexOrder(s->filter);
    queries.page(s->filter, sort,
        sort == CaseSort::Surname ? Qt::AscendingOrder : Qt::DescendingOrder, {}, limit, &s->rows,
        &s->error);
}

bool CaseService::page(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
                       const CaseCursor &cursor, int limit, QList<CaseSummary> *rows,
                       QString *error) const
{
    if (!mayRead(error))
        return false;
    return CaseQueries(m_session.database())
        .page(inBranchTime(filter), sort, order, cursor, limit, rows, error);
}

CaseFilter CaseService::inBranchTime(CaseFilter filter) const
{
    // The days of a period are the branch's, whoever built the filter.
    filter.utcOffsetSeconds = m_session.clock().utcOffsetSeconds();
    return filter;
}

bool CaseService::servesSort(const CaseFilter &filter, CaseSort sort) const
{
    return CaseQueries(m_session.database()).servesSort(inBranchTime(filter), sort);
}

bool CaseService::summaries(
    const QStringList &caseIds, QList<CaseSummary> *rows, QString *error) const
{
    return mayRead(error) && CaseQueries(m_session.database()).byCaseIds(caseIds, rows, error);
}

bool CaseService::open(const QString &caseId, CaseDetails *details, QString *error) const
{
    if (!mayRead(error))
        return false;
    EventStore store(m_session.database(), m_session.clock());
    QList<Event> events = store.caseEvents(caseId);
    if (events.isEmpty()) {
        if (error)
            *error = tr("Case %1 is not in this database.").arg(caseId);
        return false;
    }
    CaseFold::sortEvents(events);
    CaseDetails d;
    d.state = CaseProjection::foldCase(m_session.database(), events);
    for (const Event &e : std::as_const(events)) {
        if ((e.type == EventType::Received || e.type == EventType::OnlineOrder)
            && d.received.isEmpty()) {
            d.received = e.data;
            d.application = Application::fromJson(e.data);
        } else if (e.type == EventType::Override) {
            d.overrides.append(e);
        }
    }
    CaseQueries(m_session.database()).sharingReceipt(caseId, &d.sharingReceipt, nullptr);
    d.events = std::move(events);
    *details = std::move(d);
    return true;
}

IntakeReceipt CaseService::receiptFor(const CaseDetails &details) const
{
    IntakeReceipt r;
    const CaseState &s = details.state;
    const SettingsStore settings(m_session.database());
    r.caseId = s.caseId;
    r.receipt = s.receipt;
    r.submittedLocal = m_session.clock().toLocal(s.submittedAt);
    r.application = details.application;
    r.due.kind = !s.paper ? ServiceTerms::Kind::Electronic
                          : (s.purpose == QLatin1String("apostille") ? ServiceTerms::Kind::Apostille
                                                                     : ServiceTerms::Kind::Paper);
    r.due.dueDate = s.dueDate;
    if (s.dueAt.isValid())
        r.due.dueAt = m_session.clock().toLocal(s.dueAt);
    r.branchCode = s.branch.isEmpty() ? settings.branchCode() : s.branch;
    r.branchName = settings.branchName();
    r.overrides = s.overrides;
    r.clerkName = s.submittedBy;
    if (const auto clerk = UserStore(m_session.database()).find(s.submittedBy)) {
        r.clerkName = clerk->fullName;
        r.clerkPosition = clerk->position;
    }
    return r;
}

} // namespace certdesk
