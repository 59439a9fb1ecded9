#include "ui/shell/LockScreenWatch.h"

#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QEvent>

namespace certdesk {

LockScreenWatch::LockScreenWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LockScreenWatch::idle);
}

LockScreenWatch::~LockScreenWatch()
{
    stop();
}

int LockScreenWatch::idleMinutes(Database &database)
{
    return SettingsStore(database).intValue(QStringLiteral("security.idle_lock_minutes"),
                                            DefaultMinutes);
}

void LockScreenWatch::start(int idleMilliseconds)
{
    if (idleMilliseconds <= 0) {
        stop();
        return;
    }
    m_timer.setInterval(idleMilliseconds);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

void LockScreenWatch::stop()
{
    m_timer.stop();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool LockScreenWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (m_timer.isActive() || m_timer.interval() > 0)
            m_timer.start(); // a new stretch of inactivity starts now
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace certdesk
