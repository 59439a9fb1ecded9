#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

#include "domain/Clock.h"
#include "domain/WorkCalendar.h"

namespace certdesk {

class Database;

/// certdeskctl: the same core as the GUI, driven from a shell. JSON on stdout, human
/// messages on stderr; exit 0 = done or yes, 1 = a rule says no, 2 = usage or I/O error.
/// docs/certdeskctl.md is the contract of every command.
class Cli
{
public:
    enum Exit { Done = 0, RuleSaysNo = 1, UsageOrIoError = 2 };

    Cli(const QStringList &args, QTextStream &out, QTextStream &err, QTextStream &in);
    ~Cli();

    static int main(int argc, char *argv[]);
    int run();

    // For commands
    QStringList &args() { return m_args; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QTextStream &in() { return m_in; }
    QString dbPath() const { return m_dbPath; }
    Clock &clock() { return *m_clock; }

    void printJson(const QJsonObject &json);
    /// Prints "certdeskctl: message" on stderr and returns UsageOrIoError.
    int fail(const QString &message);
    /// Takes "--name VALUE" out of args(); empty when absent.
    QString takeOption(const QString &name);
    bool takeFlag(const QString &name);
    /// Parses YYYY-MM-DD, failing with a message naming the option.
    bool parseDate(const QString &text, const QString &what, QDate *date);

    /// Opens --db (required): fails with a message when missing or unreadable.
    Database *database();
    /// The same for commands that write as this workstation (sync, import, settings,
    /// accounts): the first such use of the file on another computer gives it a device id of
    /// its own (DeviceLineage::checkMachine), said on stderr. Readers (audit, board, export)
    /// use database() and change nothing, so a copy can be examined anywhere.
    Database *workstationDatabase();
    /// The live calendar of --db, or the built-in one; false (message printed) when --db
    /// was given and cannot be read.
    bool calendar(WorkCalendar *calendar);

private:
    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    QString m_dbPath;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_database;
};

} // namespace certdesk
