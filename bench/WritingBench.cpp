#include "WritingBench.h"

#include "BenchApplication.h"
#include "BenchSupport.h"
#include "ProductBench.h"
#include "ShellLimit.h"
#include "SqlTrace.h"

#include "domain/Application.h"
#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "services/AuthService.h"
#include "services/IntakeService.h"
#include "services/PasswordHasher.h"
#include "storage/CaseProjection.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/ReceiptClashes.h"
#include "storage/SettingsStore.h"
#include "storage/WorkstationSightings.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>

namespace certdesk::bench {

WritingBench::WritingBench(Options options)
    : m_options(std::move(options))
{
    QDir().mkpath(m_options.scratch);
    m_copyA = QDir(m_options.scratch).filePath(QStringLiteral("product.db"));
    m_copyB = QDir(m_options.scratch).filePath(QStringLiteral("limit.db"));
}

WritingBench::~WritingBench()
{
    for (const QString &path : {m_copyA, m_copyB}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
}

void WritingBench::log(const QString &line) const
{
    QTextStream(stderr) << "certdesk-bench: " << line << Qt::endl;
}

void WritingBench::run(BenchTable *table)
{
    intake(table);
    rebuild(table);
    passwordCheck(table);
}

bool WritingBench::copyDatabase(const QString &to, QString *error) const
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    if (!QFile::copy(m_options.database, to)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(m_options.database, to);
        return false;
    }
    if (QFile::exists(m_options.database + QStringLiteral("-wal"))
        && !QFile::copy(m_options.database + QStringLiteral("-wal"), to + QStringLiteral("-wal"))) {
        *error = QStringLiteral("cannot copy the WAL of %1").arg(m_options.database);
        return false;
    }
    return true;
}

void WritingBench::intake(BenchTable *table)
{
    Row row;
    row.operation = QStringLiteral("intake commit (synchronous=FULL, WAL)");
    row.target = QStringLiteral("≤ 20 ms");
    row.targetValue = 20;
    row.unit = QStringLiteral("ms");
    row.limitWhat = QStringLiteral("the same transactions' SQL replayed by the sqlite3 shell "
                                   "on a fresh copy, wall time (1 ms resolution)");
    QString error;
    log(QStringLiteral("copying the database for the writing operations"));
    if (!copyDatabase(m_copyA, &error) || !copyDatabase(m_copyB, &error)) {
        row.note = error;
        table->add(row);
        return;
    }
    const int reps = std::min(m_options.repetitions, 100);
    const int warmup = std::min(m_options.warmup, 5);
    QStringList captured;
    {
        Database db;
        if (db.openCheckingLater(m_copyA, &error) != Database::OpenResult::Ok) {
            row.note = QStringLiteral("cannot open the copy: %1").arg(error);
            table->add(row);
            return;
        }
        SystemClock clock(SettingsStore(db).utcOffsetSeconds());
        Session clerk(db, clock, clerkUser());
        IntakeService intake(clerk);
        QRandomGenerator random(m_options.seed);
        const QStringList surnames = {QStringLiteral("Ахметова"), QStringLiteral("Жұмабаева"),
            QStringLiteral("Иванова"), QStringLiteral("Сәрсенова")};
        int serial = 0;
        auto submit = [&](QString *e) {
            ++serial;
            const Application a
                = freshApplication(random, serial, surnames.at(serial % 4), clock.today());
            const IntakeService::Result r = intake.submit(a, {});
            if (!r.ok) {
                QStringList problems {r.error};
                for (const CheckResult &c : r.blocking)
                    problems.append(c.message);
                *e = QStringLiteral("intake refused: %1").arg(problems.join(QStringLiteral("; ")));
            }
            return r.ok;
        };
        log(QStringLiteral("intake: %1 commits").arg(reps));
        // The limit's transactions are recorded first, on untimed commits (tracing costs):
        // replayed in the same order on the untouched copy they find the same state, down to
        // the row numbers other rows refer to.
        for (int i = 0; i < warmup + reps && error.isEmpty(); ++i) {
            SqlTrace trace(db);
            if (submit(&error))
                captured.append(ShellLimit::oneLine(trace.take()));
        }
        QList<double> ours;
        QElapsedTimer timer;
        for (int i = 0; i < warmup + reps && error.isEmpty(); ++i) {
            timer.start();
            const bool ok = submit(&error);
            if (ok && i >= warmup)
                ours.append(msSince(timer));
        }
        if (!error.isEmpty()) {
            row.note = error;
            table->add(row);
            return;
        }
        row.ours = summarize(ours);
        const QStringList prelude = ProductBench::pragmas(db);
        db.close();
        const ShellLimit::Result limit = ShellLimit::run(m_copyB, prelude, captured, warmup, 1800);
        if (!limit.ok)
            row.note = limit.error;
        else
            row.limit = summarize(limit.realMs);
    }
    table->add(row);
}

void WritingBench::rebuild(BenchTable *table)
{
    Row row;
    row.operation = QStringLiteral("projection rebuild");
    row.target = QStringLiteral("≥ 100000 events/s");
    row.targetValue = 100000;
    row.higherIsBetter = true;
    row.unit = QStringLiteral("events/s");
    row.limitWhat = QStringLiteral("sqlite3 shell: every event read in fold order, one row per "
                                   "case written into a copy of the cases table with its indexes, "
                                   "receipt clashes and workstation sightings recomputed");
    QString error;
    Database db;
    if (!QFile::exists(m_copyA)
        || db.openCheckingLater(m_copyA, &error) != Database::OpenResult::Ok) {
        row.note = QStringLiteral("no copy to rebuild: %1").arg(error);
        table->add(row);
        return;
    }
    SystemClock clock(SettingsStore(db).utcOffsetSeconds());
    const qint64 events = EventStore(db, clock).eventCount();
    const int reps = events < 500000 ? 3 : 1;
    log(QStringLiteral("rebuild: %1 events, %2 time(s)").arg(events).arg(reps));
    QList<double> ours;
    QElapsedTimer timer;
    for (int i = 0; i < reps; ++i) {
        timer.start();
        if (!CaseProjection::rebuild(db, &error)) {
            row.note = QStringLiteral("rebuild failed: %1").arg(error);
            table->add(row);
            return;
        }
        ours.append(double(events) / (double(timer.nsecsElapsed()) / 1e9));
    }
    row.ours = summarize(ours);
    // The table the limit writes: the cases table's own definition and indexes, renamed.
    // Like the product (IndexSuspension), the pass drops the indexes, loads the rows and
    // builds the indexes again: the floor of the same way of working, not of a worse one.
    QStringList setup = ProductBench::pragmas(db);
    QStringList dropIndexes;
    QStringList createIndexes;
    {
        QSqlQuery q(db.db());
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'cases' "
                              "AND sql IS NOT NULL ORDER BY type DESC"));
        while (q.next()) {
            QString sql = q.value(2).toString();
            if (q.value(0).toString() == QLatin1String("table")) {
                sql.replace(QStringLiteral("CREATE TABLE cases"),
                    QStringLiteral("CREATE TABLE bench_cases"));
                setup.append(ShellLimit::oneLine({sql}));
                continue;
            }
            const QString name = q.value(1).toString();
            const QString renamed = QStringLiteral("bench_") + name;
            sql.replace(sql.indexOf(name), name.size(), renamed);
            static const QRegularExpression on(QStringLiteral("\\sON\\s+cases\\s*\\("));
            sql.replace(on, QStringLiteral(" ON bench_cases("));
            createIndexes.append(sql);
            dropIndexes.append(QStringLiteral("DROP INDEX ") + renamed);
        }
    }
    db.close();
    // Filled first, like the product's table, so each timed pass deletes and writes it all.
    setup.append(QStringLiteral("INSERT INTO bench_cases SELECT * FROM cases;"));
    setup.append(ShellLimit::oneLine(createIndexes));
    QStringList statements {QStringLiteral("BEGIN"), QStringLiteral("DELETE FROM bench_cases")};
    statements.append(dropIndexes);
    statements.append(QStringLiteral(
        "INSERT INTO bench_cases SELECT c.* FROM (SELECT case_id, count(*) AS n, "
        "sum(length(data)) AS bytes FROM events GROUP BY case_id ORDER BY case_id) e "
        "JOIN cases c ON c.case_id = e.case_id"));
    statements.append(createIndexes);
    // The tables the rebuild recomputes besides the fold's, by the product's own statements.
    statements.append(QStringLiteral("DELETE FROM receipt_clashes"));
    statements.append(ReceiptClashes::rebuildStatement());
    statements.append(QStringLiteral("DELETE FROM workstation_sightings"));
    statements.append(WorkstationSightings::collectStatement(0));
    statements.append(QStringLiteral("COMMIT"));
    const QString pass = ShellLimit::oneLine(statements);
    QStringList passes;
    for (int i = 0; i < reps; ++i)
        passes.append(pass);
    const ShellLimit::Result limit = ShellLimit::run(m_copyB, setup, passes, 0, 3600);
    if (!limit.ok) {
        row.note = limit.error;
    } else {
        QList<double> rates;
        for (double ms : limit.realMs)
            rates.append(double(events) / (std::max(ms, 1.0) / 1000.0));
        row.limit = summarize(rates);
    }
    table->add(row);
}

void WritingBench::passwordCheck(BenchTable *table)
{
    Row row;
    row.operation
        = QStringLiteral("sign-in check (AuthService::signIn, part of sign-in to main window)");
    row.unit = QStringLiteral("ms");
    row.limitWhat = QStringLiteral("PBKDF2 alone (PasswordHasher::key, %1 iterations)")
                        .arg(PasswordHasher::ProductIterations);
    row.note = QStringLiteral("no target: the password stretching is deliberate");
    QString error;
    Database db;
    if (!QFile::exists(m_copyA)
        || db.openCheckingLater(m_copyA, &error) != Database::OpenResult::Ok) {
        row.note = QStringLiteral("no copy to sign in on: %1").arg(error);
        table->add(row);
        return;
    }
    SystemClock clock(SettingsStore(db).utcOffsetSeconds());
    AuthService auth(db, clock);
    const int reps = 3;
    QList<double> signIn;
    QList<double> key;
    QElapsedTimer timer;
    const QByteArray salt(PasswordHasher::SaltBytes, 'x');
    for (int i = 0; i < reps; ++i) {
        timer.start();
        const SignInResult r = auth.signIn(kClerk, kClerkPassword);
        signIn.append(msSince(timer));
        if (!r.ok()) {
            row.note = QStringLiteral("the demo clerk could not sign in");
            table->add(row);
            return;
        }
        timer.start();
        PasswordHasher::key(kClerkPassword, salt, PasswordHasher::ProductIterations);
        key.append(msSince(timer));
    }
    row.ours = summarize(signIn);
    row.limit = summarize(key);
    table->add(row);
}

} // namespace certdesk::bench
