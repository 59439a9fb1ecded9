#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QMainWindow;

namespace certdesk {

class Database;
class DatabaseJob;

/// The start's quick check of the database file, run beside the open window instead of
/// before it (it reads the whole file: seconds at a million cases). The status bar says it is
/// checking. A damaged file is never silently used: the connection stops writing at once, the
/// clerk is told which file, that nothing more is saved and the way out (start again: the
/// restore of a backup is offered then, as for a file found damaged at start), and the finding
/// is remembered beside the file so the next start checks before opening.
class IntegrityWatch : public QObject
{
    Q_OBJECT

public:
    IntegrityWatch(QMainWindow &window, Database &database, QObject *parent = nullptr);
    ~IntegrityWatch() override;

    void start();
    bool isChecking() const;

    /// Whether a check while in use found the file at path damaged (and no start has
    /// checked it since).
    static bool foundDamaged(const QString &path);
    /// A start checked the file at path and found it whole.
    static void clearFound(const QString &path);

Q_SIGNALS:
    void checked();
    void damaged(const QString &problem);

private:
    void finish(bool ok, const QString &error);

    QMainWindow &m_window;
    Database &m_database;
    DatabaseJob *m_job = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace certdesk
