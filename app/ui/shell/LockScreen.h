#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

#include "services/Session.h"

namespace Ui {
class LockScreen;
}

namespace certdesk {

class Clock;
class Database;

/// What the counter shows while it is locked: every other window is hidden (so no personal
/// data stays on screen) until the signed-in person types their password again — or another
/// person signs in at the same counter. The first person's unfinished work (an intake wizard
/// half filled, say) is kept hidden, not closed, and comes back when they unlock again.
///
/// The host keeps one LockScreen for the life of the window, calls lock() when the
/// LockScreenWatch reports idle (or on a "Lock" action), and on unlocked() with a different
/// user switches the main window to that user's session, keeping the first session alive
/// while its windows are parked.
class LockScreen : public QDialog
{
    Q_OBJECT

public:
    /// Why the counter was locked, as the audit log records it.
    enum class Reason { ByHand, Idle };

    LockScreen(Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~LockScreen() override;

    /// Hides every visible top-level window but this one and shows the lock, and records
    /// screen_locked. A no-op while already locked.
    void lock(const User &current, Reason reason = Reason::ByHand);
    bool isLocked() const { return m_locked; }
    /// Who is signed in now (after an unlock, possibly someone else).
    User user() const { return m_user; }
    /// The windows kept hidden for a person who is not at the counter now.
    int parkedCount(const QString &login) const;

Q_SIGNALS:
    /// The counter is open again for user; previous is who locked it.
    void unlocked(const certdesk::User &user, const certdesk::User &previous);

protected:
    void reject() override; ///< Esc does not unlock
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void unlockAsCurrent();
    void signInAnother();
    void open(const User &user);

    std::unique_ptr<Ui::LockScreen> m_ui;
    Database &m_database;
    const Clock &m_clock;
    User m_user;
    bool m_locked = false;
    /// Windows hidden at lock, by the login whose work they are.
    QHash<QString, QList<QPointer<QWidget>>> m_parked;
};

} // namespace certdesk
