#include "cli/Cli.h"

#include "cli/Commands.h"
#include "services/WorkstationService.h"
#include "storage/CalendarStore.h"
#include "storage/Database.h"
#include "storage/DeviceLineage.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>
#include <cstdio>
#include <memory>

namespace certdesk {

namespace {

struct Command
{
    const char *name;
    int (*run)(Cli &);
    const char *synopsis;
};

const std::array kCommands {
    Command {"iin", commands::iin, "iin NUMBER                      validate an IIN or BIN"},
    Command {"workdays", commands::workdays,
        "workdays check DATE | add DATE N | between FROM TO   the working-day calendar"},
    Command {"term", commands::term,
        "term --kind electronic|additional-check|paper|apostille [--branch-category "
        "regional|district] --submitted YYYY-MM-DDTHH:MM"},
    Command {"custody", commands::custody,
        "custody --arrived DATE [--return-requested DATE]   custody clock of a paper result"},
    Command {"events", commands::events,
        "--db FILE events export | import   one JSON event per line (stdout / stdin)"},
    Command {"demo", commands::demo,
        "--db FILE demo [--cases N] [--seed S] [--years Y]   fill an empty database with demo "
        "cases"},
    Command {"rebuild", commands::rebuild,
        "--db FILE rebuild               recompute cases from events"},
    Command {"board", commands::board,
        "--db FILE board [--as-of DATE]   the supervisor board's buckets as JSON"},
    Command {"sweep", commands::sweep,
        "--db FILE sweep [--as-of DATE]   what needs a person's action on DATE"},
    Command {"user", commands::user,
        "--db FILE user add|list|passwd|reset|role|enable|disable [--as LOGIN]   accounts"},
    Command {"audit", commands::audit,
        "--db FILE audit verify | log [filters] --as LOGIN   hash chains; who did what"},
    Command {"backup", commands::backup, "--db FILE backup BACKUP-FILE   online copy (0600)"},
    Command {"restore", commands::restore,
        "--db FILE restore BACKUP-FILE   replace the database with a checked backup"},
    Command {"purge", commands::purge,
        "--db FILE purge --as-of DATE [--dry-run] --as LOGIN   remove old personal data"},
    Command {"appeals", commands::appeals,
        "--db FILE appeals list [--as-of DATE] [--pending|--closed] [--overdue]   the appeals "
        "register, overdue first\n  [--db FILE] appeals terms --kind appeal|complaint "
        "--received DATE [--aware DATE]   every term an appeal received on DATE gets"},
    Command {"branch", commands::branch,
        "--db FILE branch show | set [--code NNNN] [--workstation N] [--name NAME] "
        "[--category regional|district] --as LOGIN   what receipt numbers are made of"},
    Command {"device", commands::device,
        "--db FILE device show | renew --as LOGIN   this database's workstation id; a copied "
        "file gets its own"},
    Command {"application", commands::application,
        "--db FILE application pdf --receipt NUMBER | --case ID --out FILE.pdf   the application "
        "for signature as a PDF"},
    Command {"notices", commands::notices,
        "notices list [--case ID] | notifier show|set | gateway set | send   SMS notices"},
    Command {"rules", commands::rules,
        "[--db FILE] rules show | export | import FILE --as LOGIN | withdraw ID --as LOGIN | "
        "central-init | publish FILE --server URL   the rules that change by decree"},
    Command {"count", commands::count,
        "--db FILE count [--dry-run] [--pdf FILE] --as LOGIN | missing | found --as LOGIN | "
        "write-off --receipt N --reason TEXT --as LOGIN   the end-of-day count of the safe"},
    Command {"sync", commands::sync,
        "[--db FILE] sync --once | --live | configure | status | init | account   the central "
        "server"},
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
{
}

Cli::~Cli() = default;

int Cli::main(int argc, char *argv[])
{
    // Drawing a document needs fonts, hence a QGuiApplication; without a screen (a server,
    // a script over ssh) Qt's offscreen platform gives it one. Every other command stays a
    // plain QCoreApplication that needs no display.
    bool draws = false;
    for (int i = 1; i < argc; ++i)
        draws = draws || qstrcmp(argv[i], "application") == 0 || qstrcmp(argv[i], "--pdf") == 0
            || qstrncmp(argv[i], "--pdf=", 6) == 0;
    if (draws && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (draws)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
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
    bool inlineValue = false;
    if (findOption(QStringLiteral("--as-of-now"), &inlineValue) >= 0) {
        // A fixed "now" for scripts and tests, in branch time: converted to UTC only once the
        // database has said what branch time is (clock()).
        const QString now = takeOption(QStringLiteral("--as-of-now"));
        m_asOfNow = parseWallTime(now);
        if (!m_asOfNow.isValid())
            return fail(QStringLiteral("--as-of-now \"%1\" is not a date and time: write "
                                       "YYYY-MM-DDTHH:MM in branch time, with a day and a time "
                                       "that exist")
                            .arg(now));
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

int Cli::refuse(const QString &why)
{
    fail(why);
    return RuleSaysNo;
}

int Cli::fail(const QString &message)
{
    m_err << "certdeskctl: " << message << '\n';
    m_err.flush();
    return UsageOrIoError;
}

qsizetype Cli::findOption(const QString &name, bool *inlineValue) const
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args.at(i) == name && i + 1 < m_args.size()) {
            *inlineValue = false;
            return i;
        }
        if (m_args.at(i).startsWith(name + u'=')) {
            *inlineValue = true;
            return i;
        }
    }
    return -1;
}

QString Cli::takeOption(const QString &name)
{
    bool inlineValue = false;
    const qsizetype i = findOption(name, &inlineValue);
    if (i < 0)
        return QString();
    const QString value = inlineValue ? m_args.at(i).mid(name.size() + 1) : m_args.at(i + 1);
    m_args.remove(i, inlineValue ? 1 : 2);
    return value;
}

QDate Cli::parseIsoDate(const QString &text)
{
    // Exactly YYYY-MM-DD: Qt's ISO reading also takes other separators, and a script that
    // wrote 2026/02/03 must hear about it instead of getting some day.
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return form.match(text).hasMatch() ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd"))
                                       : QDate();
}

QDateTime Cli::parseWallTime(const QString &text)
{
    // The machine's own time zone has no say in a branch's wall time.
    static const QRegularExpression form(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$"));
    if (!form.match(text).hasMatch())
        return QDateTime();
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.right(5), QStringLiteral("HH:mm"));
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

bool Cli::takeDate(const QString &name, QDate *date)
{
    bool inlineValue = false;
    if (findOption(name, &inlineValue) < 0)
        return true;
    return parseDate(takeOption(name), name, date);
}

bool Cli::takeFlag(const QString &name)
{
    return m_args.removeAll(name) > 0;
}

bool Cli::parseDate(const QString &text, const QString &what, QDate *date)
{
    const QDate parsed = parseIsoDate(text);
    if (parsed.isValid()) {
        *date = parsed;
        return true;
    }
    fail(QStringLiteral("%1 \"%2\" is not a date: write YYYY-MM-DD with a day that exists")
             .arg(what, text));
    return false;
}

Database *Cli::database()
{
    return openDatabase(false);
}

Database *Cli::databaseToAudit()
{
    return openDatabase(true);
}

Database *Cli::openDatabase(bool toAudit)
{
    if (m_database)
        return m_database.get();
    if (m_dbPath.isEmpty()) {
        fail(QStringLiteral("this command needs --db FILE"));
        return nullptr;
    }
    auto db = std::make_unique<Database>();
    QString error;
    // Said before the wait: the open checks a file of an older version whole and upgrades
    // it, minutes on a large branch.
    if (Database::needsUpgrade(m_dbPath)) {
        m_err << "certdeskctl: " << m_dbPath
              << ": checking the file and bringing it up to date for this version (once)\n";
        m_err.flush();
    }
    const Database::OpenResult opened = toAudit
                                            ? db->openForAudit(m_dbPath, Database::latestVersion(), &error)
                                            : db->open(m_dbPath, &error);
    if (opened != Database::OpenResult::Ok) {
        fail(error);
        return nullptr;
    }
    CalendarStore calendar(*db);
    if (!calendar.ensureSeeded(&error)) {
        fail(error);
        return nullptr;
    }
    const int offset = SettingsStore(*db).utcOffsetSeconds();
    if (m_asOfNow.isValid()) {
        auto fixed = std::make_unique<FixedClock>(offset);
        fixed->setLocal(m_asOfNow.date(), m_asOfNow.time());
        m_clock = std::move(fixed);
    } else {
        m_clock = std::make_unique<SystemClock>(offset);
    }
    m_database = std::move(db);
    return m_database.get();
}

Clock &Cli::clock()
{
    if (!m_clock)
        qFatal("certdeskctl: a command read the clock before the branch's database was open");
    return *m_clock;
}

Database *Cli::workstationDatabase()
{
    Database *db = database();
    if (!db)
        return nullptr;
    DeviceLineage::MachineCheck check = DeviceLineage::MachineCheck::Unknown;
    QString error;
    if (!DeviceLineage(*db, *m_clock)
             .checkMachine(
                 DeviceLineage::currentMachine(), DeviceLineage::systemAuthor(), &check, &error)) {
        fail(error);
        return nullptr;
    }
    if (check == DeviceLineage::MachineCheck::Moved)
        m_err << "certdeskctl: " << WorkstationService::status(*db).message() << '\n';
    return db;
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
