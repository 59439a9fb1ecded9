#pragma once

#include <QObject>
#include <QTimer>

namespace certdesk {

class Database;

/// Watches the input of the whole application and reports idle() after a stretch without
/// any (setting "security.idle_lock_minutes", default 5; 0 switches the lock off). Any key,
/// click, wheel or touch starts the stretch again; mere mouse movement does too, since a
/// person reading a case at the counter moves the mouse without clicking.
class LockScreenWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMinutes = 5;

    explicit LockScreenWatch(QObject *parent = nullptr);
    ~LockScreenWatch() override;

    /// The interval from the database's setting.
    static int idleMinutes(Database &database);

    /// Starts watching with this interval; 0 or less stops watching.
    void start(int idleMilliseconds);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    int interval() const { return m_timer.interval(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace certdesk
