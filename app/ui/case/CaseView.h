#pragma once

#include <QWidget>

#include <memory>

#include "services/CaseService.h"

class QAbstractButton;

namespace Ui {
class CaseView;
}

namespace certdesk {

class CaseActions;
class Session;

/// One case at the counter: the person, the documents checked at intake, the deadline and
/// custody dates, the event timeline, and a button for exactly the actions the case's state
/// allows now (CaseState::allowedActions) and the signed-in person may record, each with its
/// shortcut.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    /// The width the counter's window gives the case view beside the case list: the action
    /// buttons keep within it, so the list's columns stay on a 1366×768 screen.
    static constexpr int PreferredWidth = 480;

    explicit CaseView(Session &session, QWidget *parent = nullptr);
    ~CaseView() override;

    bool showCase(const QString &caseId, QString *error);
    void clear();
    QString caseId() const { return m_details.state.caseId; }
    const CaseDetails &details() const { return m_details; }
    /// The action buttons shown now, in allowedActions() order, then "Print receipt".
    QList<QAbstractButton *> actionButtons() const { return m_buttons; }
    /// Everything shown above the timeline, as plain text (tests, screen readers).
    QString detailsText() const;

    /// Prints the intake receipt of the case shown again.
    void printReceipt();
    /// The application for signature again (A4), marked as a copy once one was printed.
    void printApplication();

Q_SIGNALS:
    /// What the clerk should read after an action or a print (what was printed, and where).
    void notice(const QString &text);

protected:
    /// Another language was chosen: the form's texts and what is shown, in it (docs/translations.md).
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void dropButtons();
    void runAction(EventType action);
    /// A note or a withdrawal: one line of text, recorded through CaseActionService.
    bool recordText(EventType action);
    QString detailsHtml() const;
    void fillTimeline();

    std::unique_ptr<Ui::CaseView> m_ui;
    Session &m_session;
    CaseDetails m_details;
    QList<QAbstractButton *> m_buttons;
    CaseActions *m_actions = nullptr; ///< the dialogs of the post-intake actions
};

} // namespace certdesk
