#pragma once

#include <QObject>
#include <QString>

#include <functional>

#include "domain/CaseState.h"
#include "domain/Event.h"
#include "ui/common/DocumentPrinter.h"

class QDialog;
class QWidget;

namespace certdesk {

class Session;
struct TransferResult;

/// The actions after intake, as the case view offers them: run() opens the action's dialog,
/// records it through its service, and prints what goes with it (the certificate, the
/// interim notice, the transfer act). Results, arrival, printing, return requests and
/// issuance are open to clerks; transfer and archiving to supervisors, as the services check.
class CaseActions : public QObject
{
    Q_OBJECT

public:
    /// Tests: called instead of showing a dialog; it fills the fields and accepts or rejects
    /// it, and returns whether the dialog ended accepted.
    using DialogDriver = std::function<bool(QDialog *dialog)>;

    explicit CaseActions(Session &session, QObject *parent = nullptr);

    /// Runs action on the case; true when something was recorded. A refusal is shown to the
    /// clerk (and kept in lastError()).
    bool run(EventType action, const QString &caseId, QWidget *parent);
    /// The actions run() knows.
    static bool handles(EventType action);

    QString lastError() const { return m_lastError; }
    /// What the clerk was told after the action (the return's due date, what was printed...).
    QString lastMessage() const { return m_lastMessage; }

    /// Prints the act of a transfer just made (the board's batch transfer uses it too).
    static PrintResult printTransferAct(
        Session &session, const TransferResult &transfer, QWidget *parent);

    /// Shows a dialog modally, or hands it to the test driver; true when it ended accepted.
    static bool execDialog(QDialog &dialog);
    /// Whether dialogs and messages are answered by a test driver.
    static bool isDriven();

    /// Tests: dialogs and messages are not shown; the driver answers dialogs instead.
    static void setTestDriver(DialogDriver driver);

Q_SIGNALS:
    /// The case changed: views showing it should reload it.
    void recorded(const QString &caseId, EventType action);

private:
    bool fail(QWidget *parent, const QString &error);
    void tell(QWidget *parent, const QString &message);
    QString describe(const CaseState &state) const;

    bool recordResult(const CaseState &state, QWidget *parent);
    bool recordRefusal(const CaseState &state, QWidget *parent);
    bool recordIssue(const CaseState &state, QWidget *parent);
    bool recordDated(EventType action, const CaseState &state, QWidget *parent);
    bool confirmAndRecord(EventType action, const CaseState &state, QWidget *parent);
    bool printCertificate(const CaseState &state, int copy, QWidget *parent);
    bool printInterimNotice(const CaseState &state, QWidget *parent);

    Session &m_session;
    QString m_lastError;
    QString m_lastMessage;
};

} // namespace certdesk
