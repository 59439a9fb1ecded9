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
    /// The branch's clock: made once the branch's UTC offset is known (database() reads it),
    /// with --as-of-now read in that branch time. Reading it earlier is a programming error.
    Clock &clock();

    void printJson(const QJsonObject &json);
    /// Prints "certdeskctl: message" on stderr and returns UsageOrIoError.
    int fail(const QString &message);
    /// Prints why a rule says no (the person may not, the data is refused) the same way and
    /// returns RuleSaysNo.
    int refuse(const QString &why);
    /// Takes "--name VALUE" out of args(); empty when absent.
    QString takeOption(const QString &name);
    bool takeFlag(const QString &name);
    /// Parses YYYY-MM-DD exactly (ASCII digits, a day that exists), failing with a message
    /// naming the option.
    bool parseDate(const QString &text, const QString &what, QDate *date);
    /// Takes "--name DATE" out of args(): false (message printed) when it is there but not a
    /// date as parseDate() reads one — an empty value included; *date is left as it was when
    /// the option is absent.
    bool takeDate(const QString &name, QDate *date);
    /// Exactly YYYY-MM-DDTHH:MM (ASCII digits, a day and a time that exist) as a wall time of
    /// no zone (held with the UTC spec, which converts nothing); invalid for anything else.
    static QDateTime parseWallTime(const QString &text);
    /// Exactly YYYY-MM-DD (ASCII digits, a day that exists); invalid for anything else.
    static QDate parseIsoDate(const QString &text);

    /// Opens --db (required): fails with a message when missing or unreadable.
    Database *database();
    /// The same for audit verification, which must see (and report) a schema changed outside
    /// CertDesk that every other command refuses (Database::openForAudit).
    Database *databaseToAudit();

    /// The same for commands that write as this workstation (sync, import, settings,
    /// accounts): the first such use of the file on another computer gives it a device id of
    /// its own (DeviceLineage::checkMachine), said on stderr. Readers (audit, board, export)
    /// use database() and change nothing, so a copy can be examined anywhere.
    Database *workstationDatabase();
    /// The live calendar of --db, or the built-in one; false (message printed) when --db
    /// was given and cannot be read.
    bool calendar(WorkCalendar *calendar);

private:
    Database *openDatabase(bool toAudit);
    /// Where the option's value is in args(), or -1; *inline set for "--name=VALUE".
    qsizetype findOption(const QString &name, bool *inlineValue) const;

    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    QString m_dbPath;
    std::unique_ptr<Clock> m_clock;
    QDateTime m_asOfNow; ///< --as-of-now in branch time; invalid when not given
    std::unique_ptr<Database> m_database;
};

} // namespace certdesk
