#pragma once

#include <QLockFile>
#include <QObject>

#include <memory>

class QLocalServer;

namespace certdesk {

/// One CertDesk window per database: a second start on the same file (a double click while
/// the first is behind another window, a second session of the same user) does not open the
/// database again; it asks the first to come forward and leaves. The first holds a lock file
/// beside the database (kept by the operating system's process, so a crash frees it) and a
/// local socket named after the file, on which it hears the second.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// True when this is the first CertDesk on the database: it holds it from now on. False
    /// when another has it: that one was asked to come forward (otherAnswered()).
    bool claim();
    /// After a refused claim(): whether the CertDesk that has the file answered.
    bool otherAnswered() const { return m_otherAnswered; }
    /// Why the claim was refused, for the person who started the second copy.
    QString refusal() const;

    /// Raises the window the person works in now (a dialog in front, the lock screen, or the
    /// main window) and gives it the keyboard.
    static void bringForward();

Q_SIGNALS:
    /// A second start on the same database asked this one to come forward.
    void activationRequested();

private:
    void answer();

    QString m_path;
    QString m_socketName;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
    bool m_otherAnswered = false;
};

} // namespace certdesk
