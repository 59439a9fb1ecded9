#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>


#include "domain/IntakeReceipt.h"
#include "domain/Application.h"
#include "domain/ApostilleCountries.h"
#include "domain/IntakeChecks.h"
#include "domain/ServiceTerms.h"

namespace certdesk {

class Session;

/// A supervisor's permission to pass one refused check. Only IntakeService makes one, after
/// AuthService has checked the supervisor's password; the password itself is never kept.
class OverrideGrant
{
public:
    QString rule() const { return m_rule; }
    QString field() const { return m_field; }
    QString reason() const { return m_reason; }
    QString supervisor() const { return m_supervisor; } ///< login
    QString supervisorName() const { return m_supervisorName; }
    /// The same rule on the same field with the same facts: a grant given for one expired
    /// document does not pass another date typed afterwards.
    bool covers(const CheckResult &refusal) const
    {
        return refusal.rule == m_rule && refusal.field == m_field && refusal.message == m_message;
    }

private:
    friend class IntakeService;
    OverrideGrant() = default;

    QString m_rule;
    QString m_field;
    QString m_message;
    QString m_reason;
    QString m_supervisor;
    QString m_supervisorName;
};

/// Taking an application at the counter: the checks, supervisor overrides, the receipt
/// number and the case's first events, all written in one transaction or not at all.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)

public:
    explicit IntakeService(Session &session);

    struct Result
    {
        bool ok = false;
        QString error;                ///< one paragraph for the clerk
        QList<CheckResult> blocking;  ///< the problems that stopped it, each with its message
        IntakeReceipt receipt;        ///< filled when ok
    };

    /// The day the checks run on, and the country lists.
    IntakeChecks::Context context() const;
    /// Normalizes and checks, as submit() will (the wizard shows the problems page by page).
    QList<CheckResult> check(const Application &application) const;
    /// The apostille state fee of today, from the rules in force (the fee in MCI and the MCI
    /// of the year); amount 0 when the rules cannot give it (feeProblem() says why).
    Application::Fee apostilleFee() const;
    /// Why no apostille fee can be computed today (the year's MCI is not in the rules), or
    /// empty.
    QString feeProblem() const;
    /// The fee as the clerk reads it: "2163 ₸ (0.5 MCI; MCI 2026 = 4325 ₸)", or the problem.
    QString feeText() const;
    /// The Hague and Minsk/Chisinau parties in force.
    const ApostilleCountries &countries() const;
    /// The warning for a deadline computed today that falls in a year without a working-day
    /// calendar, or empty.
    QString calendarWarning(const ServiceTerms::Due &due) const;
    /// The deadline the case would get if submitted now.
    ServiceTerms::Due dueNow(const Application &application) const;

    /// Verifies a supervisor once (password through AuthService, Override permission) for
    /// the refused checks shown to them, with the reason they give: one grant per refusal,
    /// or none and the reason why.
    QList<OverrideGrant> authorizeOverrides(const QList<CheckResult> &refusals,
                                            const QString &login, const QString &password,
                                            const QString &reason, QString *error);

    /// The grants that pass a refusal the application has now, one per refusal: a grant
    /// given for data since corrected passes nothing and is neither listed nor recorded.
    QList<OverrideGrant> grantsInUse(
        const Application &application, const QList<OverrideGrant> &grants) const;

    /// Saves the application: every refusal must be covered by a grant and no input error
    /// may remain. Writes `received` and one `override` per grant used, in one transaction.
    Result submit(const Application &application, const QList<OverrideGrant> &grants);

    /// The application of a case was printed for signature as copy number copy (1 = the
    /// original): written once the printer took it, so that the next print is marked as a
    /// copy on every workstation (`application_printed`, docs/events.md). A print that failed
    /// is never recorded, and the next one is still the original.
    bool recordApplicationPrint(const QString &caseId, int copy, QString *error);

private:
    static ServiceTerms::Kind termKind(const Application &application);
    /// The application as it is checked and stored: normalized, with this year's fee.
    Application prepared(const Application &application) const;
    /// Splits the problems of results into those a grant passes (used) and the rest.
    static void match(const QList<CheckResult> &results, const QList<OverrideGrant> &grants,
        QList<const OverrideGrant *> *used, QList<CheckResult> *blocking);

    Session &m_session;
    mutable std::optional<ApostilleCountries> m_countries;
};

} // namespace certdesk
