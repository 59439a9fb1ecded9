#include "ProductBench.h"

#include "ShellLimit.h"
#include "SqlTrace.h"

#include "domain/Application.h"
#include "domain/Clock.h"
#include "domain/Event.h"
#include "domain/IdNumber.h"
#include "print/CertificateDocument.h"
#include "services/AuthService.h"
#include "services/BoardService.h"
#include "services/CaseService.h"
#include "services/IntakeService.h"
#include "services/PasswordHasher.h"
#include "services/Session.h"
#include "storage/CaseProjection.h"
#include "storage/CaseQueries.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>

#include <functional>

#include <time.h>

namespace certdesk::bench {

namespace {

const QString kClerk = QStringLiteral("clerk");
const QString kClerkPassword = QStringLiteral("Tanba-2026!");

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

User clerkUser()
{
    return User{kClerk, QStringLiteral("Bench Clerk"), QStringLiteral("clerk"), Role::Clerk};
}

User supervisorUser()
{
    return User{QStringLiteral("supervisor"), QStringLiteral("Bench Supervisor"),
                QStringLiteral("supervisor"), Role::Supervisor};
}

/// Cases spread over the whole history, drawn through the case list's own keyset query
/// (a random submission time as the cursor), so inputs hit every part of the indexes.
QList<CaseSummary> sampleCases(Database &db, int count, quint32 seed, QString *error)
{
    const CaseQueries queries(db);
    QList<CaseSummary> first;
    QList<CaseSummary> last;
    if (!queries.page(CaseFilter(), CaseSort::Submitted, Qt::AscendingOrder, CaseCursor(), 1,
                      &first, error)
        || !queries.page(CaseFilter(), CaseSort::Submitted, Qt::DescendingOrder, CaseCursor(),
                         1, &last, error))
        return {};
    if (first.isEmpty() || last.isEmpty()) {
        *error = QStringLiteral("the database holds no cases");
        return {};
    }
    const qint64 from = first.first().submittedAt.toMSecsSinceEpoch();
    const qint64 to = last.first().submittedAt.toMSecsSinceEpoch();
    QRandomGenerator random(seed);
    QList<CaseSummary> sample;
    while (sample.size() < count) {
        const qint64 at = from + qint64(random.generateDouble() * double(to - from));
        CaseCursor cursor;
        cursor.atStart = false;
        cursor.value = Event::formatTime(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
        QList<CaseSummary> rows;
        if (!queries.page(CaseFilter(), CaseSort::Submitted, Qt::AscendingOrder, cursor, 1,
                          &rows, error))
            return {};
        sample.append(rows.isEmpty() ? first.first() : rows.first());
    }
    return sample;
}

/// One product call on input i; false with error when it failed.
using Call = std::function<bool(int, QString *)>;

/// This thread's CPU time (user + sys), in ms.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

struct Measured
{
    QList<double> ours;
    QList<double> oursCpu;
    QStringList lines; ///< per timed (and warm-up) call: its statements on one shell line
    QString error;
};

/// Warm-up, timed repetitions over inputs, and the statements each input runs (recorded
/// on separate, untimed calls, so tracing never slows the timed ones).
Measured measure(Database &db, int inputs, int warmup, int repetitions, const Call &call)
{
    Measured m;
    QStringList perInput;
    for (int i = 0; i < inputs; ++i) {
        SqlTrace trace(db);
        if (!trace.isAvailable()) {
            m.error = QStringLiteral("SQLite's trace hook is not reachable");
            return m;
        }
        if (!call(i, &m.error))
            return m;
        perInput.append(ShellLimit::oneLine(trace.take()));
        // To check by eye what the limit replays: CERTDESK_BENCH_SHOW_SQL=1.
        if (i == 0 && qEnvironmentVariableIsSet("CERTDESK_BENCH_SHOW_SQL"))
            QTextStream(stderr) << "certdesk-bench: replays: " << perInput.last() << Qt::endl;
    }
    for (int i = 0; i < warmup; ++i) {
        if (!call(i % inputs, &m.error))
            return m;
        m.lines.append(perInput.at(i % inputs));
    }
    QElapsedTimer timer;
    for (int r = 0; r < repetitions; ++r) {
        const double cpu = threadCpuMs();
        timer.start();
        const bool ok = call(r % inputs, &m.error);
        m.ours.append(msSince(timer));
        m.oursCpu.append(threadCpuMs() - cpu);
        if (!ok)
            return m;
        m.lines.append(perInput.at(r % inputs));
    }
    return m;
}

QString makeIin(QRandomGenerator &random, int serial)
{
    const QDate birth = QDate(1960, 1, 1).addDays(random.bounded(40 * 365));
    const bool male = random.bounded(2) == 0;
    const int century = birth.year() < 2000 ? (male ? 3 : 4) : (male ? 5 : 6);
    for (int s = serial; s < serial + 1000; ++s) {
        const QString eleven = birth.toString(QStringLiteral("yyMMdd")) + QString::number(century)
                               + QStringLiteral("%1").arg(9000 + s % 1000, 4, 10, QLatin1Char('0'));
        const int digit = IdNumber::checkDigit(eleven);
        if (digit >= 0)
            return eleven + QString::number(digit);
    }
    return QString();
}

Application freshApplication(QRandomGenerator &random, int serial, const QString &surname,
                             const QDate &today)
{
    Application a;
    a.subject.iin = makeIin(random, serial);
    a.subject.name = {surname, QStringLiteral("Айгуль"), QStringLiteral("Серикқызы")};
    a.identity.type = Application::IdentityType::IdCard;
    a.identity.number = QStringLiteral("0%1").arg(45000000 + serial, 8, 10, QLatin1Char('0'));
    a.identity.issuer = QStringLiteral("МВД РК");
    a.identity.issuedOn = today.addYears(-2);
    a.identity.expiresOn = today.addYears(5);
    a.purpose = Application::Purpose::Domestic;
    a.phone = QStringLiteral("+7 701 234 56 78");
    return a;
}

} // namespace

ProductBench::ProductBench(Options options)
    : m_options(std::move(options))
{
    QDir().mkpath(m_options.scratch);
    m_copyA = QDir(m_options.scratch).filePath(QStringLiteral("product.db"));
    m_copyB = QDir(m_options.scratch).filePath(QStringLiteral("limit.db"));
}

void ProductBench::log(const QString &line) const
{
    QTextStream(stderr) << "certdesk-bench: " << line << Qt::endl;
}

QStringList ProductBench::pragmas(Database &database)
{
    QStringList lines;
    for (const char *name : {"journal_mode", "synchronous", "foreign_keys", "temp_store",
                             "cache_size", "mmap_size", "busy_timeout"}) {
        QSqlQuery q(database.db());
        if (q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next())
            lines.append(QStringLiteral("PRAGMA %1=%2;").arg(QLatin1String(name), q.value(0).toString()));
    }
    return lines;
}

bool ProductBench::copyDatabase(const QString &to, QString *error) const
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

void ProductBench::run(BenchTable *table)
{
    // Each step's rows are logged as they come: a long run shows its figures early.
    qsizetype shown = 0;
    auto report = [&]() {
        for (; shown < table->rows().size(); ++shown) {
            const Row &row = table->rows().at(shown);
            log(QStringLiteral("%1: median %2 %3, limit %4 %3 %5")
                    .arg(row.operation)
                    .arg(row.ours.median)
                    .arg(row.unit)
                    .arg(row.limit.median)
                    .arg(row.note));
        }
    };
    searches(table);
    report();
    intake(table);
    report();
    rebuild(table);
    report();
    certificate(table);
    report();
    passwordCheck(table);
    report();
    for (const QString &path : {m_copyA, m_copyB}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
}

void ProductBench::searches(BenchTable *table)
{
    const QString limitWhat = QStringLiteral("same SQL, sqlite3 shell, user+sys CPU");
    const QList<std::tuple<QString, QString, double>> specs = {
        {QStringLiteral("search by receipt number"), QStringLiteral("≤ 5 ms"), 5},
        {QStringLiteral("search by IIN"), QStringLiteral("≤ 5 ms"), 5},
        {QStringLiteral("search by surname prefix (Cyrillic, any case)"), QStringLiteral("≤ 20 ms"), 20},
        {QStringLiteral("open a case"), QStringLiteral("≤ 10 ms"), 10},
        {QStringLiteral("supervisor board"), QStringLiteral("≤ 50 ms"), 50},
    };
    QList<Row> rows;
    for (const auto &[name, target, value] : specs) {
        Row row;
        row.operation = name;
        row.target = target;
        row.targetValue = value;
        row.unit = QStringLiteral("ms");
        row.limitWhat = limitWhat;
        rows.append(row);
    }
    auto finish = [&](const QString &note) {
        for (Row &row : rows) {
            if (row.ours.count == 0 && row.note.isEmpty())
                row.note = note;
            table->add(row);
        }
    };

    Database db;
    QString error;
    if (db.openCheckingLater(m_options.database, &error) != Database::OpenResult::Ok)
        return finish(QStringLiteral("cannot open the database: %1").arg(error));
    SystemClock clock;
    clock.setUtcOffsetSeconds(SettingsStore(db).utcOffsetSeconds());
    Session clerk(db, clock, clerkUser());
    Session supervisor(db, clock, supervisorUser());
    const QStringList prelude = pragmas(db);

    const int inputs = std::max(1, std::min(m_options.repetitions, 200));
    log(QStringLiteral("drawing %1 cases from the database").arg(inputs));
    const QList<CaseSummary> sample = sampleCases(db, inputs, m_options.seed, &error);
    if (sample.isEmpty())
        return finish(QStringLiteral("no sample of cases: %1").arg(error));

    const CaseService cases(clerk);
    BoardService board(supervisor);
    auto search = [&](const QString &text, QString *e) {
        const CaseService::Search s = cases.search(text);
        if (!s.error.isEmpty() || s.rows.isEmpty()) {
            *e = QStringLiteral("searching \"%1\" found nothing: %2").arg(text, s.error);
            return false;
        }
        return true;
    };
    const QList<Call> calls = {
        [&](int i, QString *e) { return search(sample.at(i).receipt, e); },
        [&](int i, QString *e) { return search(sample.at(i).iin, e); },
        // The first three letters as a person types them: lower case, the index is case-folded.
        [&](int i, QString *e) { return search(sample.at(i).surname.left(3).toLower(), e); },
        [&](int i, QString *e) {
            CaseDetails details;
            return cases.open(sample.at(i).caseId, &details, e);
        },
        [&](int, QString *e) {
            Board b;
            return board.board(clock.today(), &b, e);
        },
    };
    for (qsizetype k = 0; k < calls.size(); ++k) {
        Row &row = rows[k];
        const bool isBoard = k == calls.size() - 1;
        const int reps = isBoard ? std::min(m_options.repetitions, 50) : m_options.repetitions;
        const int warmup = isBoard ? std::min(m_options.warmup, 3) : m_options.warmup;
        log(QStringLiteral("%1: %2 repetitions").arg(row.operation).arg(reps));
        const Measured m = measure(db, isBoard ? 1 : inputs, warmup, reps, calls.at(k));
        if (!m.error.isEmpty()) {
            row.note = m.error;
            continue;
        }
        row.ours = summarize(m.ours);
        row.oursCpu = summarize(m.oursCpu);
        const ShellLimit::Result limit = ShellLimit::run(m_options.database, prelude, m.lines,
                                                         warmup, 1800);
        if (!limit.ok)
            row.note = limit.error;
        else
            row.limit = summarize(limit.cpuMs);
    }
    finish(QString());
}

void ProductBench::intake(BenchTable *table)
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
        SystemClock clock;
        clock.setUtcOffsetSeconds(SettingsStore(db).utcOffsetSeconds());
        Session clerk(db, clock, clerkUser());
        IntakeService intake(clerk);
        QRandomGenerator random(m_options.seed);
        const QStringList surnames = {QStringLiteral("Ахметова"), QStringLiteral("Жұмабаева"),
                                      QStringLiteral("Иванова"), QStringLiteral("Сәрсенова")};
        int serial = 0;
        auto submit = [&](QString *e) {
            ++serial;
            const Application a = freshApplication(random, serial, surnames.at(serial % 4),
                                                   clock.today());
            const IntakeService::Result r = intake.submit(a, {});
            if (!r.ok) {
                QStringList problems{r.error};
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
        const QStringList prelude = pragmas(db);
        db.close();
        const ShellLimit::Result limit = ShellLimit::run(m_copyB, prelude, captured, warmup, 1800);
        if (!limit.ok)
            row.note = limit.error;
        else
            row.limit = summarize(limit.realMs);
    }
    table->add(row);
}

void ProductBench::rebuild(BenchTable *table)
{
    Row row;
    row.operation = QStringLiteral("projection rebuild");
    row.target = QStringLiteral("≥ 100000 events/s");
    row.targetValue = 100000;
    row.higherIsBetter = true;
    row.unit = QStringLiteral("events/s");
    row.limitWhat = QStringLiteral("sqlite3 shell: every event read in fold order, one row per "
                                   "case written into a copy of the cases table with its indexes");
    QString error;
    Database db;
    if (!QFile::exists(m_copyA) || db.openCheckingLater(m_copyA, &error) != Database::OpenResult::Ok) {
        row.note = QStringLiteral("no copy to rebuild: %1").arg(error);
        table->add(row);
        return;
    }
    SystemClock clock;
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
    QStringList setup = pragmas(db);
    QStringList dropIndexes;
    QStringList createIndexes;
    {
        QSqlQuery q(db.db());
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'cases' "
                              "AND sql IS NOT NULL ORDER BY type DESC"));
        while (q.next()) {
            QString sql = q.value(2).toString();
            if (q.value(0).toString() == QLatin1String("table")) {
                sql.replace(QStringLiteral("CREATE TABLE cases"), QStringLiteral("CREATE TABLE bench_cases"));
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
    QStringList statements{QStringLiteral("BEGIN"), QStringLiteral("DELETE FROM bench_cases")};
    statements.append(dropIndexes);
    statements.append(QStringLiteral(
        "INSERT INTO bench_cases SELECT c.* FROM (SELECT case_id, count(*) AS n, "
        "sum(length(data)) AS bytes FROM events GROUP BY case_id ORDER BY case_id) e "
        "JOIN cases c ON c.case_id = e.case_id"));
    statements.append(createIndexes);
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

void ProductBench::certificate(BenchTable *table)
{
    Row row;
    row.operation = QStringLiteral("certificate rendered to PDF");
    row.target = QStringLiteral("≤ 50 ms");
    row.targetValue = 50;
    row.unit = QStringLiteral("ms");
    row.limitWhat = QStringLiteral("QPdfWriter (same resolution and page), the same field "
                                   "texts drawn one per line");
    CertificateDocument::Data d;
    d.certificateNumber = QStringLiteral("KZ-2026-0000123456");
    d.certificateDate = QDate(2026, 3, 2);
    d.outcome = QStringLiteral("no_record");
    d.surname = QStringLiteral("Сейткалиева");
    d.givenName = QStringLiteral("Айгүл");
    d.patronymic = QStringLiteral("Маратқызы");
    d.iin = QStringLiteral("871008401427");
    d.birthDate = QDate(1987, 10, 8);
    d.purpose = QStringLiteral("domestic");
    d.receipt = QStringLiteral("01010326030200017");
    d.branchName = QStringLiteral("Astana, Yesil district");
    d.branchCode = QStringLiteral("0101");
    d.printedOn = QDate(2026, 3, 3);
    d.verification = CertificateDocument::verificationPayload(d.certificateNumber, d.certificateDate);
    const QString path = QDir(m_options.scratch).filePath(QStringLiteral("certificate.pdf"));
    const QString plainPath = QDir(m_options.scratch).filePath(QStringLiteral("plain.pdf"));
    const QStringList lines = {
        d.certificateNumber, d.certificateDate.toString(Qt::ISODate), d.outcome, d.surname,
        d.givenName, d.patronymic, d.iin, d.birthDate.toString(Qt::ISODate), d.purpose,
        d.receipt, d.branchName, d.branchCode, d.printedOn.toString(Qt::ISODate),
        QString::fromLatin1(d.verification)};
    const CertificateDocument document(d);
    auto ours = [&](QString *e) { return document.savePdf(path, e); };
    auto plain = [&](QString *) {
        QPdfWriter pdf(plainPath);
        pdf.setResolution(600);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&pdf);
        const int step = painter.fontMetrics().height();
        int y = step;
        for (const QString &line : lines) {
            painter.drawText(0, y, line);
            y += step;
        }
        return painter.end();
    };
    const int reps = std::min(m_options.repetitions, 50);
    const int warmup = std::min(m_options.warmup, 3);
    log(QStringLiteral("certificate PDF: %1 repetitions").arg(reps));
    QString error;
    auto time = [&](const std::function<bool(QString *)> &call, QList<double> *out) {
        QElapsedTimer timer;
        for (int i = 0; i < warmup + reps; ++i) {
            timer.start();
            if (!call(&error))
                return false;
            if (i >= warmup)
                out->append(msSince(timer));
        }
        return true;
    };
    QList<double> oursMs;
    QList<double> plainMs;
    if (!time(ours, &oursMs) || !time(plain, &plainMs))
        row.note = QStringLiteral("rendering failed: %1").arg(error);
    row.ours = summarize(oursMs);
    row.limit = summarize(plainMs);
    QFile::remove(path);
    QFile::remove(plainPath);
    table->add(row);
}

void ProductBench::passwordCheck(BenchTable *table)
{
    Row row;
    row.operation = QStringLiteral("sign-in check (AuthService::signIn, part of sign-in to main window)");
    row.unit = QStringLiteral("ms");
    row.limitWhat = QStringLiteral("PBKDF2 alone (PasswordHasher::key, %1 iterations)")
                        .arg(PasswordHasher::ProductIterations);
    row.note = QStringLiteral("no target: the password stretching is deliberate");
    QString error;
    Database db;
    if (!QFile::exists(m_copyA) || db.openCheckingLater(m_copyA, &error) != Database::OpenResult::Ok) {
        row.note = QStringLiteral("no copy to sign in on: %1").arg(error);
        table->add(row);
        return;
    }
    SystemClock clock;
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
