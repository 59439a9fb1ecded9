#pragma once

#include <QWidget>

#include <memory>

#include "storage/AuditChain.h"

namespace Ui {
class AuditView;
}

namespace certdesk {

class AuditViewModel;
class DatabaseJob;
class Session;

/// The audit for supervisors: the log of who did what, filtered by user, dates, case and
/// action, and the verification of the hash chains. For anyone without the ViewAudit
/// permission it shows the core's refusal and nothing else.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(Session &session, QWidget *parent = nullptr);
    ~AuditView() override;

    AuditViewModel *model() const { return m_model; }
    QString status() const;
    /// Filters (tests and callers that open the view on a case).
    void setUser(const QString &login);
    void setAction(const QString &type);
    void setCase(const QString &caseOrReceipt);
    void setDates(const QDate &from, const QDate &to);

public Q_SLOTS:
    void refresh();
    /// Starts the verification of the whole log on a worker thread: it reads every event, so
    /// it takes seconds on a big branch; the window stays usable and says it is verifying.
    void verify();

Q_SIGNALS:
    /// The verification finished; status() says what it found.
    void verified();

protected:
    /// Another language was chosen: the form's texts and what is shown, in it (docs/translations.md).
    void changeEvent(QEvent *event) override;

private:
    void loadChoices();
    void showVerification(bool ran, const QString &error);

    std::unique_ptr<Ui::AuditView> m_ui;
    Session &m_session;
    AuditViewModel *m_model;
    DatabaseJob *m_verification;
    /// Written by the verification's worker, read here once it has finished.
    std::shared_ptr<AuditReport> m_report;
};

} // namespace certdesk
