#include "ui/shell/SingleInstance.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMainWindow>
#include <QWidget>

namespace certdesk {

namespace {

constexpr int AnswerMs = 3000;
const QByteArray comeForward = QByteArrayLiteral("come-forward\n");
const QByteArray cameForward = QByteArrayLiteral("came-forward\n");

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath();
    return real.isEmpty() ? info.absoluteFilePath() : real;
}

} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(canonical(databasePath))
    // Beside the database, so every account on this computer sees the same lock.
    , m_lock(m_path + QStringLiteral(".window-lock"))
{
    Q_ASSERT(!m_path.isEmpty());
    // Socket names are short and flat: the file's path, hashed.
    const QByteArray hash = QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha256);
    m_socketName = QStringLiteral("certdesk-") + QString::fromLatin1(hash.toHex().left(24));
    m_lock.setStaleLockTime(0); // only a dead process's lock is stale, never a slow one's
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

bool SingleInstance::claim()
{
    if (m_lock.tryLock(0)) {
        // The socket of a CertDesk that crashed may be left behind (Unix): ours now.
        QLocalServer::removeServer(m_socketName);
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
        if (!m_server->listen(m_socketName))
            qWarning("CertDesk cannot hear a second start on this database: %s",
                qPrintable(m_server->errorString()));
        return true;
    }
    if (m_lock.error() != QLockFile::LockFailedError) {
        // Not another CertDesk but a folder the lock cannot be written to: the database
        // itself will say what is wrong with the folder.
        qWarning("CertDesk cannot lock %s beside the database", qPrintable(m_lock.fileName()));
        return true;
    }
    QLocalSocket socket;
    socket.connectToServer(m_socketName);
    if (socket.waitForConnected(AnswerMs)) {
        socket.write(comeForward);
        socket.waitForBytesWritten(AnswerMs);
        m_otherAnswered = socket.waitForReadyRead(AnswerMs) && socket.readLine() == cameForward;
    }
    return false;
}

QString SingleInstance::refusal() const
{
    return m_otherAnswered
        ? tr("CertDesk is already open on %1: its window was brought forward. Work there; a "
             "second window on the same database is not opened.")
              .arg(QDir::toNativeSeparators(m_path))
        : tr("CertDesk is already open on %1 (in another window or by another person "
             "signed in to this computer). Use that window, or close it and start "
             "CertDesk again.")
              .arg(QDir::toNativeSeparators(m_path));
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == comeForward) {
                Q_EMIT activationRequested();
                socket->write(cameForward);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}

void SingleInstance::bringForward()
{
    QWidget *window = QApplication::activeModalWidget();
    if (!window) {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (w->isVisible() && (!window || qobject_cast<QMainWindow *>(w)))
                window = w;
        }
    }
    if (!window)
        return;
    if (window->isMinimized())
        window->showNormal();
    window->raise();
    window->activateWindow();
}

} // namespace certdesk
