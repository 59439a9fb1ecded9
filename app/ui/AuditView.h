#pragma once

#include <QWidget>

#include <memory>

#include "storage/AuditChain.h"

namespace Ui {
class AuditView;
}

namespace certdesk {

class AuditViewModel;
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
    void verify();

protected:
    /// Another language was chosen: the form's texts and what is shown, in it (docs/translations.md).
    void changeEvent(QEvent *event) override;

private:
    void loadChoices();

    std::unique_ptr<Ui::AuditView> m_ui;
    Session &m_session;
    AuditViewModel *m_model;
};

} // namespace certdesk
