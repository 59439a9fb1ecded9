#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace certdesk {

class Session;

/// The SMS notices on the supervisor board: who sends them, and every notice not sent yet
/// (queued, or failing with the gateway's reason and the next try) above the latest sent ones,
/// with when they went. Enter on a row opens its case.
class NoticeBoardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeBoardPanel(Session &session, QWidget *parent = nullptr);

    void refresh();
    /// Who sends the branch's notices, and why this workstation does not when it should (the
    /// board and Tools → SMS notices say it alike).
    static QString whoSends(Session &session);
    QString headingText() const;
    QTreeWidget *tree() const { return m_tree; }
    /// Notices the person still waits for (queued or failing).
    int waiting() const { return m_waiting; }

Q_SIGNALS:
    void openCase(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    Session &m_session;
    QLabel *m_heading = nullptr;
    QLabel *m_notifier = nullptr;
    QTreeWidget *m_tree = nullptr;
    int m_waiting = 0;
};

} // namespace certdesk
