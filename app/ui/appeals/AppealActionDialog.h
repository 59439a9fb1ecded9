#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

#include "domain/AppealState.h"

namespace Ui {
class AppealActionDialog;
}

namespace certdesk {

class AppealService;

/// One record on an appeal: its referral, a notice to the applicant, an extension, the
/// restoration of a missed term, the decision, the written withdrawal, or a note. The form
/// shows only the fields of that record; OK records it through AppealService, and a refusal
/// stays in the dialog, in red, naming the field to correct.
class AppealActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Refer, Notify, Extend, RestoreTerm, Decide, Withdraw, Note };

    AppealActionDialog(AppealService &service, const AppealState &appeal, Action action,
                       const QDate &today, QWidget *parent = nullptr);
    ~AppealActionDialog() override;

    static QString actionTitle(Action action);

    // For tests and callers that fill it in.
    void setDate(const QDate &date);
    void setBody(const QString &body);
    void setNotified(bool notified);
    void setUntil(const QDate &date);
    void setOutcome(const QString &outcome);
    void setText(const QString &text);
    QString errorText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::AppealActionDialog> m_ui;
    AppealService &m_service;
    AppealState m_appeal;
    Action m_action;
    QDate m_today;
};

} // namespace certdesk
