#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk {

class Database;

/// One line of the appeals register: the projection's columns, no fold.
struct AppealRow
{
    QString appealId;
    QString number; ///< stored form (AppealNumber)
    QString kind;   ///< appeal | complaint
    QString about;  ///< service | decision | action | inaction
    QString status; ///< open | referred | decided | withdrawn
    QString applicant;
    QString iin;
    QString bin;
    QString addressee;
    QString caseReceipt;
    QString caseId;
    QDateTime receivedAt; ///< UTC
    QDate receivedOn;
    QDate referralDue;
    QDate decisionDue;
    QDate nextDue;    ///< the earliest term not met yet; invalid when nothing is owed
    QString nextWhat; ///< referral | referral_notice | extension_notice | compliance | decision
    QDate closedOn;
    int complianceOpen = 0;
    bool filedLate = false;
    bool termRestored = false;
    int anomalies = 0;

    bool isOverdue(const QDate &asOf) const { return nextDue.isValid() && asOf > nextDue; }
    /// Some term falls on asOf or was missed before it: the appeal needs action that day.
    bool isDue(const QDate &asOf) const { return nextDue.isValid() && nextDue <= asOf; }
};

/// Which appeals the register shows.
struct AppealFilter
{
    enum class Scope {
        Pending, ///< something is still owed on them (the default view)
        All,
        Closed, ///< decided or withdrawn
    };
    Scope scope = Scope::Pending;
    /// An appeal number, an IIN or BIN, a case receipt, or part of the applicant's name.
    QString text;
    bool overdueOnly = false;
    QDate receivedFrom; ///< branch dates, inclusive; invalid: open
    QDate receivedTo;
};

/// The register's questions to the appeals table. A branch files a few hundred appeals a year,
/// so the list is one statement with the order the supervisor works in: overdue first (the
/// earliest missed term on top), then the rest by their next term, then those with nothing
/// owed, newest first.
class AppealQueries
{
public:
    explicit AppealQueries(Database &database);

    bool list(const QDate &asOf, const AppealFilter &filter, int limit, QList<AppealRow> *rows,
              QString *error) const;
    /// Appeals with a term missed before asOf, the earliest missed first (the board's bucket).
    bool overdue(const QDate &asOf, QList<AppealRow> *rows, QString *error) const;
    /// The appeal with this number (stored form), if any.
    bool byNumber(const QString &number, AppealRow *row, QString *error) const;
    /// The appeals about one case, newest first.
    bool byCase(const QString &caseId, QList<AppealRow> *rows, QString *error) const;

    /// SQLite's plan for the overdue query, for the test that keeps it on its index.
    QString overduePlan() const;

private:
    bool select(const QString &tail, const QVariantList &binds, QList<AppealRow> *rows,
                QString *error) const;

    Database &m_database;
};

} // namespace certdesk
