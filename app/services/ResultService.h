#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "domain/CaseState.h"

namespace certdesk {

class Session;

/// The provider's certificate as the clerk records it from the provider's answer.
struct CertificateResult
{
    QString number;
    QDate date;
    QString outcome; ///< no_record | record_found
    QString details; ///< record_found: the provider's wording, printed on the certificate
    QString apostilleNumber; ///< composite service: the apostille's number, when stamped
    QDate apostilleDate;
};

/// Records what the provider answered on a case: the certificate, an additional
/// identification check (with the interim notice dates the calendar gives), the interim
/// notice handed to the person, or a motivated refusal on the composite service.
class ResultService
{
    Q_DECLARE_TR_FUNCTIONS(ResultService)

public:
    explicit ResultService(Session &session);

    static QString outcomeText(const QString &outcome);

    bool recordCertificate(
        const QString &caseId, const CertificateResult &result, CaseState *after, QString *error);
    /// Computes the interim notice's due day (4 working days) and the day from which the
    /// person may reapply (after 20 working days), both from the day of submission.
    bool recordAdditionalCheck(const QString &caseId, CaseState *after, QString *error);
    /// The interim notice was given to the person (printed: InterimNoticeDocument).
    bool recordInterimNotice(const QString &caseId, CaseState *after, QString *error);
    /// Only on the composite service (apostille), and only with the provider's reasons.
    bool recordRefusal(
        const QString &caseId, const QString &reason, CaseState *after, QString *error);

private:
    Session &m_session;
};

} // namespace certdesk
