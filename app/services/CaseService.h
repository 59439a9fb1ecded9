#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "domain/Application.h"
#include "domain/CaseState.h"
#include "domain/Event.h"
#include "services/IntakeService.h"
#include "storage/CaseQueries.h"

namespace certdesk {

class Session;

/// Everything the case view shows about one case.
struct CaseDetails
{
    CaseState state;
    QList<Event> events;      ///< in fold order
    Application application;  ///< from the received event (empty for online orders)
    QJsonObject received;     ///< that event's data as stored
    QList<Event> overrides;
    /// Other cases with the same receipt number (two workstations issued it): each stays a
    /// case of its own, and the view says so.
    QList<CaseSummary> sharingReceipt;
};

/// Finding and opening cases at the counter: one search box that takes a receipt number, an
/// IIN or a surname, the case list's pages, and a case with its events.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    explicit CaseService(Session &session);

    struct Search
    {
        enum class Kind { Empty, Receipt, Iin, Surname, Invalid };
        Kind kind = Kind::Empty;
        QString query;  ///< what was searched: digits, IIN or the cleaned surname
        QString error;  ///< Invalid, or a database failure
        /// Why the rows are what they are, when that is not plain (one receipt number on two
        /// cases: two workstations issued it).
        QString notice;
        /// The cases found, for the case list to page through (CaseQueries::page).
        CaseFilter filter;
        /// How many cases were found, counted up to CaseQueries::smallSelection() (that
        /// number: at least so many).
        int found = 0;
        /// The first of them, up to the limit asked: surnames A to Z, else newest first.
        QList<CaseSummary> rows;
    };

    /// 17 digits (separators allowed) is a receipt and must pass its check digit, 12 digits
    /// an IIN, letters the start of a surname.
    Search search(const QString &text, int limit = 100) const;

    bool page(const CaseFilter &filter, CaseSort sort, Qt::SortOrder order,
              const CaseCursor &cursor, int limit, QList<CaseSummary> *rows,
              QString *error) const;
    /// Whether the list can be sorted so under this filter (CaseQueries::servesSort).
    bool servesSort(const CaseFilter &filter, CaseSort sort) const;

    bool open(const QString &caseId, CaseDetails *details, QString *error) const;
    /// The list rows of these cases as they are now (after an action on them).
    bool summaries(const QStringList &caseIds, QList<CaseSummary> *rows, QString *error) const;

    /// The receipt of a case already taken, to print it again.
    IntakeReceipt receiptFor(const CaseDetails &details) const;

private:
    bool mayRead(QString *error) const;
    /// Counts the cases of a search's filter and reads the first of them into it.
    void readFound(int limit, Search *s) const;
    /// The filter with the branch's UTC offset, which its period is read in.
    CaseFilter inBranchTime(CaseFilter filter) const;

    Session &m_session;
};

} // namespace certdesk
