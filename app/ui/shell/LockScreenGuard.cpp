#include "ui/shell/LockScreenGuard.h"

#include "ui/shell/LockScreen.h"
#include "ui/shell/LockScreenWatch.h"

#include <QAction>

namespace certdesk {

void LockScreenGuard::retranslate()
{
    m_action->setText(tr("&Lock the counter"));
}

LockScreenGuard::LockScreenGuard(Database &database, const Clock &clock, QWidget *window)
    : QObject(window)
    , m_lock(new LockScreen(database, clock))
    , m_watch(new LockScreenWatch(this))
    , m_action(new QAction(this))
{
    retranslate();
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_action, &QAction::triggered, this, &LockScreenGuard::lockNow);
    connect(m_watch, &LockScreenWatch::idle, this, [this]() {
        if (!m_user.login.isEmpty())
            m_lock->lock(m_user, LockScreen::Reason::Idle);
    });
    connect(m_lock, &LockScreen::unlocked, this, [this](const User &user, const User &previous) {
        m_user = user;
        if (user.login != previous.login)
            Q_EMIT userChanged(user, previous);
    });
    m_watch->start(LockScreenWatch::idleMinutes(database) * 60 * 1000);
}

LockScreenGuard::~LockScreenGuard()
{
    delete m_lock; // a window of its own, not a child of the guarded one
}

void LockScreenGuard::setUser(const User &user)
{
    m_user = user;
}

void LockScreenGuard::lockNow()
{
    if (!m_user.login.isEmpty())
        m_lock->lock(m_user);
}

} // namespace certdesk
