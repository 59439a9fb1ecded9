#include "cli/Cli.h"

#include "cli/Commands.h"
#include "storage/CalendarStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <array>
#include <cstdio>

namespace certdesk {

namespace {

struct Command
{
    const char *name;
    int (*run)(Cli &);
    const char *synopsis;
};

const std::array kCommands{
    Command{"iin", commands::iin, "iin NUMBER                      validate an IIN or BIN"},
    Command{"workdays", commands::workdays,
            "workdays check DATE | add DATE N | between FROM TO   the working-day calendar"},
    Command{"term", commands::term,
            "term --kind electronic|additional-check|paper|apostille [--branch-category "
            "regional|district] --submitted YYYY-MM-DDTHH:MM"},
    Command{"custody", commands::custody,
            "custody --arrived DATE [--return-requested DATE]   custody clock of a paper result"},
    Command{"events", commands::events,
            "--db FILE events export | import   one JSON event per line (stdout / stdin)"},
    Command{"demo", commands::demo,
            "--db FILE demo [--cases N] [--seed S] [--years Y]   fill an empty database with demo cases"},
    Command{"rebuild", commands::rebuild, "--db FILE rebuild               recompute cases from events"},
    Command{"board", commands::board,
            "--db FILE board [--as-of DATE]   the supervisor board's buckets as JSON"},
    Command{"sweep", commands::sweep,
            "--db FILE sweep [--as-of DATE]   what needs a person's action on DATE"},
    Command{"user", commands::user,
            "--db FILE user add|list|passwd|reset|role|enable|disable [--as LOGIN]   accounts"},
    Command{"audit", commands::audit,
            "--db FILE audit verify | log [filters] --as LOGIN   hash chains; who did what"},
    Command{"backup", commands::backup, "--db FILE backup BACKUP-FILE   online copy (0600)"},
    Command{"restore", commands::restore,
            "--db FILE restore BACKUP-FILE   replace the database with a checked backup"},
    Command{"purge", commands::purge,
            "--db FILE purge --as-of DATE [--dry-run] --as LOGIN   remove old personal data"},
    Command{"appeals", commands::appeals,
            "--db FILE appeals list [--as-of DATE] [--pending|--closed] [--overdue]   the appeals "
            "register, overdue first\n  [--db FILE] appeals terms --kind appeal|complaint "
            "--received DATE [--aware DATE]   every term an appeal received on DATE gets"},
    Command{"branch", commands::branch,
            "--db FILE branch show | set [--code NNNN] [--workstation N] [--name NAME] "
            "[--category regional|district] --as LOGIN   what receipt numbers are made of"},
    Command{"sync", commands::sync,
            "[--db FILE] sync --once | --live | configure | status | init | account   the central server"},
};

void printHelp(QTextStream &out)
{
    out << "Usage: certdeskctl [--db FILE] [--as-of-now YYYY-MM-DDTHH:MM] COMMAND [ARGS]\n\n"
           "CertDesk from the command line: JSON on stdout, messages on stderr.\n"
           "Exit status: 0 done / yes, 1 a rule says no, 2 usage or I/O error.\n\n"
           "Commands:\n";
    for (const Command &c : kCommands)
        out << "  " << c.synopsis << "\n";
    out << "\nSee docs/certdeskctl.md for every command's input and output.\n";
}

} // namespace

Cli::Cli(const QStringList &args, QTextStream &out, QTextStream &err, QTextStream &in)
    : m_args(args)
    , m_out(out)
    , m_err(err)
    , m_in(in)
    , m_clock(std::make_unique<SystemClock>())
{
}

Cli::~Cli() = default;

int Cli::main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdeskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    Cli cli(args, out, err, in);
    const int code = cli.run();
    out.flush();
    err.flush();
    return code;
}

int Cli::run()
{
    if (takeFlag(QStringLiteral("--version"))) {
        printJson({{QStringLiteral("name"), QStringLiteral("certdeskctl")},
                   {QStringLiteral("version"), QStringLiteral(CERTDESK_VERSION)},
                   {QStringLiteral("schema"), Database::latestVersion()}});
        return Done;
    }
    // Decided before printing: taking the flag may leave m_args empty, and asked-for help
    // is an answer (stdout, exit 0), not a usage error.
    const bool askedForHelp =
        takeFlag(QStringLiteral("--help")) || takeFlag(QStringLiteral("-h"));
    if (askedForHelp || m_args.isEmpty()) {
        printHelp(askedForHelp ? m_out : m_err);
        return askedForHelp ? Done : UsageOrIoError;
    }
    m_dbPath = takeOption(QStringLiteral("--db"));
    const QString now = takeOption(QStringLiteral("--as-of-now"));
    if (!now.isEmpty()) {
        // A fixed "now" for scripts and tests, in branch time.
        const QDateTime local = QDateTime::fromString(now, Qt::ISODate);
        if (!local.isValid())
            return fail(QStringLiteral("--as-of-now \"%1\" is not a date and time "
                                       "(YYYY-MM-DDTHH:MM)").arg(now));
        auto fixed = std::make_unique<FixedClock>();
        fixed->setLocal(local.date(), local.time());
        m_clock = std::move(fixed);
    }
    const QString name = m_args.takeFirst();
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            return c.run(*this);
    }
    return fail(QStringLiteral("unknown command \"%1\"; see certdeskctl --help").arg(name));
}

void Cli::printJson(const QJsonObject &json)
{
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

int Cli::fail(const QString &message)
{
    m_err << "certdeskctl: " << message << '\n';
    m_err.flush();
    return UsageOrIoError;
}

QString Cli::takeOption(const QString &name)
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args.at(i) == name && i + 1 < m_args.size()) {
            const QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
        if (m_args.at(i).startsWith(name + u'=')) {
            const QString value = m_args.at(i).mid(name.size() + 1);
            m_args.remove(i);
            return value;
        }
    }
    return QString();
}

bool Cli::takeFlag(const QString &name)
{
    return m_args.removeAll(name) > 0;
}

bool Cli::parseDate(const QString &text, const QString &what, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    if (date->isValid() && text.size() == 10)
        return true;
    fail(QStringLiteral("%1 \"%2\" is not a date: write YYYY-MM-DD with a day that exists")
             .arg(what, text));
    return false;
}

Database *Cli::database()
{
    if (m_database)
        return m_database.get();
    if (m_dbPath.isEmpty()) {
        fail(QStringLiteral("this command needs --db FILE"));
        return nullptr;
    }
    auto db = std::make_unique<Database>();
    QString error;
    if (db->open(m_dbPath, &error) != Database::OpenResult::Ok) {
        fail(error);
        return nullptr;
    }
    CalendarStore calendar(*db);
    if (!calendar.ensureSeeded(&error)) {
        fail(error);
        return nullptr;
    }
    m_clock->setUtcOffsetSeconds(SettingsStore(*db).utcOffsetSeconds());
    m_database = std::move(db);
    return m_database.get();
}

bool Cli::calendar(WorkCalendar *calendar)
{
    if (m_dbPath.isEmpty()) {
        *calendar = WorkCalendar::builtIn();
        return true;
    }
    Database *db = database();
    if (!db)
        return false;
    *calendar = CalendarStore(*db).load();
    return true;
}

} // namespace certdesk
