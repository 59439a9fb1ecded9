#pragma once

#include <QObject>

#include "services/Session.h"

class QAction;
class QWidget;

namespace certdesk {

class Clock;
class Database;
class LockScreen;
class LockScreenWatch;

/// Wires the idle lock to a window in one place: the watch with the database's interval,
/// the lock screen, and a "Lock" action (Ctrl+L) for the window's menu. The window tells it
/// who is signed in (setUser) and follows userChanged() when another person signs in at the
/// lock screen.
class LockScreenGuard : public QObject
{
    Q_OBJECT

public:
    LockScreenGuard(Database &database, const Clock &clock, QWidget *window);
    ~LockScreenGuard() override;

    void setUser(const User &user);
    User user() const { return m_user; }
    QAction *lockAction() const { return m_action; }
    /// Sets the action's text again in the interface's language: this is no widget, so no
    /// LanguageChange reaches it (the window's owner calls it).
    void retranslate();
    LockScreen *lockScreen() const { return m_lock; }
    LockScreenWatch *watch() const { return m_watch; }

public Q_SLOTS:
    void lockNow();

Q_SIGNALS:
    /// Another person signed in at the lock screen; the window switches to them.
    void userChanged(const certdesk::User &user, const certdesk::User &previous);

private:
    User m_user;
    LockScreen *m_lock;
    LockScreenWatch *m_watch;
    QAction *m_action;
};

} // namespace certdesk
