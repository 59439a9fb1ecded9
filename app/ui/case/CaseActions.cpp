#include "ui/case/CaseActions.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"
#include "print/CertificateDocument.h"
#include "print/InterimNoticeDocument.h"
#include "print/TransferActDocument.h"
#include "services/CaseActionService.h"
#include "services/CustodyService.h"
#include "services/IssuanceService.h"
#include "services/ResultService.h"
#include "services/RulesService.h"
#include "services/Session.h"
#include "services/TransferService.h"
#include "ui/case/CaseActionDateDialog.h"
#include "ui/case/CaseActionIssueDialog.h"
#include "ui/case/CaseActionResultDialog.h"
#include "ui/common/DocumentPrinter.h"

#include <QMessageBox>

namespace certdesk {

namespace {

CaseActions::DialogDriver g_driver;

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace

CaseActions::CaseActions(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void CaseActions::setTestDriver(DialogDriver driver)
{
    g_driver = std::move(driver);
}

bool CaseActions::handles(EventType action)
{
    switch (action) {
    case EventType::ResultRecorded:
    case EventType::AdditionalCheck:
    case EventType::InterimNotice:
    case EventType::Refused:
    case EventType::Arrived:
    case EventType::Printed:
    case EventType::Issued:
    case EventType::Transferred:
    case EventType::ReturnRequested:
    case EventType::Returned:
    case EventType::Archived:
        return true;
    default:
        return false;
    }
}

bool CaseActions::isDriven()
{
    return bool(g_driver);
}

bool CaseActions::execDialog(QDialog &dialog)
{
    if (g_driver)
        return g_driver(&dialog);
    return dialog.exec() == QDialog::Accepted;
}

bool CaseActions::fail(QWidget *parent, const QString &error)
{
    m_lastError = error;
    if (!g_driver)
        QMessageBox::warning(parent, tr("Not recorded"), error);
    return false;
}

void CaseActions::tell(QWidget *parent, const QString &message)
{
    m_lastMessage = message;
    if (!g_driver)
        QMessageBox::information(parent, tr("Recorded"), message);
}

QString CaseActions::describe(const CaseState &s) const
{
    QStringList name {s.surname, s.givenName, s.patronymic};
    name.removeAll(QString());
    return tr("Case %1: %2, %3.")
        .arg(CaseActionService::caseLabel(s), name.join(u' '),
            CaseActionService::statusText(s.status));
}

bool CaseActions::run(EventType action, const QString &caseId, QWidget *parent)
{
    m_lastError.clear();
    m_lastMessage.clear();
    if (!handles(action))
        return fail(parent, tr("\"%1\" is not a custody action.").arg(eventTypeName(action)));
    CaseState state;
    QString error;
    if (!CaseActionService(m_session).load(caseId, &state, &error))
        return fail(parent, error);
    bool done = false;
    switch (action) {
    case EventType::ResultRecorded:
        done = recordResult(state, parent);
        break;
    case EventType::Refused:
        done = recordRefusal(state, parent);
        break;
    case EventType::Issued:
        done = recordIssue(state, parent);
        break;
    case EventType::Arrived:
    case EventType::Returned:
    case EventType::Archived:
        done = recordDated(action, state, parent);
        break;
    default:
        done = confirmAndRecord(action, state, parent);
        break;
    }
    if (done)
        Q_EMIT recorded(caseId, action);
    return done;
}

bool CaseActions::recordResult(const CaseState &state, QWidget *parent)
{
    CaseActionResultDialog dialog(parent);
    dialog.setCase(
        describe(state), state.purpose == QLatin1String("apostille"), m_session.clock().today());
    dialog.setSubmit([&](const CertificateResult &result, QString *error) {
        return ResultService(m_session).recordCertificate(state.caseId, result, nullptr, error);
    });
    return execDialog(dialog);
}

bool CaseActions::recordRefusal(const CaseState &state, QWidget *parent)
{
    CaseActionDateDialog dialog(parent);
    dialog.setWindowTitle(tr("Record the provider's refusal"));
    dialog.setMessage(describe(state) + u' '
        + tr("Copy the provider's motivated reasons in full: they are printed for the "
             "person."));
    dialog.showText(tr("Reasons"), true);
    dialog.setSubmit([&](QString *error) {
        return ResultService(m_session).recordRefusal(state.caseId, dialog.text(), nullptr, error);
    });
    return execDialog(dialog);
}

bool CaseActions::recordIssue(const CaseState &state, QWidget *parent)
{
    CaseActionIssueDialog dialog(parent);
    dialog.setCase(describe(state), state.iin, m_session.clock().today());
    const QList<CaseSummary> others = IssuanceService(m_session).sharingReceipt(state.caseId);
    if (!others.isEmpty()) {
        QStringList names {
            PersonName {state.surname, state.givenName, state.patronymic}.fullName()};
        for (const CaseSummary &c : others)
            names.append(c.fullName());
        dialog.askWhichPerson(
            tr("Receipt %1 is on %n cases: %2. Two workstations issued the same number; each "
               "case is a person of its own. Read the IIN of the person the certificate is about "
               "from their documents and type it here.",
                nullptr, int(names.size()))
                .arg(ReceiptNumber::format(state.receipt), names.join(QStringLiteral("; "))));
    }
    dialog.setCheck([&](const Collector &collector) {
        return IssuanceService(m_session).checkCollector(state, collector);
    });
    dialog.setSubmit([&](const Collector &collector, QString *error) {
        return IssuanceService(m_session).issue(state.caseId, collector, nullptr, error);
    });
    if (!execDialog(dialog))
        return false;
    tell(parent,
        tr("Issued. The handing over is in today's issuance journal (Board → "
           "Issuance journal)."));
    return true;
}

bool CaseActions::recordDated(EventType action, const CaseState &state, QWidget *parent)
{
    CaseActionDateDialog dialog(parent);
    const QDate today = m_session.clock().today();
    dialog.setMessage(describe(state));
    CustodyService custody(m_session);
    if (action == EventType::Arrived) {
        dialog.setWindowTitle(tr("The paper certificate arrived"));
        dialog.showDate(tr("Arrived on"), today, today);
        dialog.setSubmit([&](QString *error) {
            return custody.recordArrival(state.caseId, dialog.date(), nullptr, error);
        });
    } else if (action == EventType::Returned) {
        dialog.setWindowTitle(tr("The provider returned the paper"));
        dialog.showDate(tr("Returned on"), today, today);
        dialog.setSubmit([&](QString *error) {
            return custody.recordReturned(state.caseId, dialog.date(), nullptr, error);
        });
    } else {
        dialog.setWindowTitle(tr("The provider archived the paper"));
        dialog.showDate(tr("Archived on"), today, today);
        dialog.showText(tr("Registered record number"), false);
        dialog.setSubmit([&](QString *error) {
            return custody.archive({state.caseId}, dialog.date(), dialog.text(), nullptr, error);
        });
    }
    return execDialog(dialog);
}

bool CaseActions::confirmAndRecord(EventType action, const CaseState &state, QWidget *parent)
{
    CaseActionDateDialog dialog(parent);
    dialog.setMessage(describe(state));
    CaseState after;
    int copy = 0;
    TransferResult transfer;
    switch (action) {
    case EventType::AdditionalCheck: {
        dialog.setWindowTitle(tr("Additional identification check"));
        // The terms in force on the day the application was submitted (docs/rules.md).
        const QDate submitted = state.submittedAt.isValid()
            ? m_session.clock().toLocal(state.submittedAt).date()
            : m_session.clock().today();
        const TermSettings terms = RulesService(m_session).inForce().termsOn(submitted);
        dialog.setMessage(describe(state) + u' '
            + tr("The provider checks persons with similar data. The interim response is due "
                 "in %n working day(s);", nullptr, terms.interimNoticeDays)
            + u' '
            + tr("the person may reapply after %n working day(s).", nullptr,
                terms.reapplyAfterDays));
        dialog.setSubmit([&](QString *error) {
            return ResultService(m_session).recordAdditionalCheck(state.caseId, &after, error);
        });
        break;
    }
    case EventType::InterimNotice:
        dialog.setWindowTitle(tr("Give the interim response"));
        dialog.setMessage(describe(state) + u' '
            + tr("The interim notice is printed for the person: they may reapply from %1.")
                  .arg(dmy(state.reapplyFrom)));
        dialog.setSubmit([&](QString *error) {
            return ResultService(m_session).recordInterimNotice(state.caseId, &after, error);
        });
        break;
    case EventType::Printed:
        dialog.setWindowTitle(tr("Print the paper certificate"));
        dialog.setMessage(describe(state) + u' '
            + (state.prints > 0 ? tr("It was printed %n time(s): this copy is marked as a "
                                     "duplicate and counted on the case.",
                   nullptr, state.prints)
                                : tr("The first print starts the branch's month of custody "
                                     "when the paper did not come from the provider.")));
        dialog.setSubmit([&](QString *error) {
            return IssuanceService(m_session).recordPrint(state.caseId, &copy, &after, error);
        });
        break;
    case EventType::Transferred:
        dialog.setWindowTitle(tr("Transfer to the provider"));
        dialog.setMessage(describe(state) + u' '
            + tr("The paper leaves for the provider under a new transfer act, printed now."));
        dialog.setSubmit([&](QString *error) {
            return TransferService(m_session).transfer({state.caseId}, &transfer, error);
        });
        break;
    case EventType::ReturnRequested:
        dialog.setWindowTitle(tr("Ask the provider for the paper"));
        dialog.setMessage(describe(state) + u' '
            + tr("The provider sends the paper back within one working day."));
        dialog.setSubmit([&](QString *error) {
            return CustodyService(m_session).requestReturn(state.caseId, &after, error);
        });
        break;
    default:
        return false;
    }
    if (!execDialog(dialog))
        return false;
    switch (action) {
    case EventType::AdditionalCheck:
        tell(parent,
            tr("Recorded. Interim response due on %1; the person may reapply from %2.")
                .arg(dmy(after.interimDue), dmy(after.reapplyFrom)));
        break;
    case EventType::InterimNotice:
        if (!printInterimNotice(after, parent))
            return true;
        break;
    case EventType::Printed:
        printCertificate(after, copy, parent);
        break;
    case EventType::Transferred:
        m_lastMessage
            = tr("Transferred under act %1. The act: %2")
                  .arg(transfer.act, printTransferAct(m_session, transfer, parent).summary());
        break;
    case EventType::ReturnRequested:
        tell(parent,
            tr("Return requested. The provider owes the paper by %1; tell the person "
               "to come from then on.")
                .arg(dmy(after.returnDue)));
        break;
    default:
        break;
    }
    return true;
}

bool CaseActions::printCertificate(const CaseState &s, int copy, QWidget *parent)
{
    CaseActionService actions(m_session);
    const QJsonObject result = IssuanceService(m_session).resultData(s.caseId);
    CertificateDocument::Data d;
    d.certificateNumber = s.certificateNumber;
    d.certificateDate = s.certificateDate;
    d.outcome = s.outcome;
    d.details = result.value(QLatin1String("details")).toString();
    d.surname = s.surname;
    d.givenName = s.givenName;
    d.patronymic = s.patronymic;
    d.iin = s.iin;
    d.birthDate = IdNumber::parse(s.iin).birthDate();
    d.purpose = s.purpose;
    d.country = s.country;
    d.apostilleNumber = result.value(QLatin1String("apostille_number")).toString();
    d.apostilleDate
        = QDate::fromString(result.value(QLatin1String("apostille_date")).toString(), Qt::ISODate);
    d.receipt = s.receipt;
    d.branchName = actions.branchName();
    d.branchCode = actions.branchCode();
    d.printedOn = actions.today();
    d.copy = copy;
    d.verification = CertificateDocument::verificationPayload(s.certificateNumber,
        s.certificateDate, actions.setting(QStringLiteral("certificate.verify_url")));
    const PrintResult printed = DocumentPrinter::print(CertificateDocument(d), parent,
        tr("The certificate № %1").arg(s.certificateNumber),
        tr("The print is recorded on the case; a new print is marked as a duplicate."));
    m_lastMessage = tr("The certificate: %1").arg(printed.summary());
    return printed.printed();
}

bool CaseActions::printInterimNotice(const CaseState &s, QWidget *parent)
{
    CaseActionService actions(m_session);
    InterimNoticeDocument::Data d;
    d.receipt = s.receipt;
    d.submittedOn = m_session.clock().toLocal(s.submittedAt).date();
    QStringList name {s.surname, s.givenName, s.patronymic};
    name.removeAll(QString());
    d.subjectName = name.join(u' ');
    d.iin = s.iin;
    d.interimDue = s.interimDue;
    d.reapplyFrom = s.reapplyFrom;
    d.givenOn = actions.today();
    d.branchName = actions.branchName();
    d.branchCode = actions.branchCode();
    d.clerkName = m_session.user().fullName;
    d.clerkPosition = m_session.user().position;
    const PrintResult printed = DocumentPrinter::print(InterimNoticeDocument(d), parent,
        tr("The interim notice"), tr("The interim response is recorded on the case."));
    m_lastMessage = tr("The interim notice: %1").arg(printed.summary());
    return printed.printed();
}

PrintResult CaseActions::printTransferAct(
    Session &session, const TransferResult &transfer, QWidget *parent)
{
    CaseActionService actions(session);
    TransferActDocument::Data d;
    d.act = transfer.act;
    d.date = transfer.date;
    d.branchName = actions.branchName();
    d.branchCode = actions.branchCode();
    d.handedByName = session.user().fullName;
    d.handedByPosition = session.user().position;
    for (const CaseState &s : transfer.cases)
        d.lines.append(TransferActDocument::Line::fromCase(s));
    return DocumentPrinter::print(TransferActDocument(d), parent,
        tr("The transfer act %1").arg(transfer.act), tr("The transfer is recorded."));
}

} // namespace certdesk
