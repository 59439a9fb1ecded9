#include "ProductBench.h"

#include "BenchSupport.h"
#include "ShellLimit.h"
#include "SqlTrace.h"
#include "WritingBench.h"

#include "domain/Clock.h"
#include "domain/Event.h"
#include "print/CertificateDocument.h"
#include "services/BoardService.h"
#include "services/CaseService.h"
#include "services/Session.h"
#include "storage/CaseQueries.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "ui/board/BoardModel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <functional>

namespace certdesk::bench {

namespace {

QList<CaseSummary> sampleCases(Database &db, int count, quint32 seed, QString *error)
{
    const CaseQueries queries(db);
    QList<CaseSummary> first;
    QList<CaseSummary> last;
    if (!queries.page(
            CaseFilter(), CaseSort::Submitted, Qt::AscendingOrder, CaseCursor(), 1, &first, error)
        || !queries.page(
            CaseFilter(), CaseSort::Submitted, Qt::DescendingOrder, CaseCursor(), 1, &last, error))
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
        if (!queries.page(
                CaseFilter(), CaseSort::Submitted, Qt::AscendingOrder, cursor, 1, &rows, error))
            return {};
        sample.append(rows.isEmpty() ? first.first() : rows.first());
    }
    return sample;
}

/// One product call on input i; false with error when it failed.
using Call = std::function<bool(int, QString *)>;

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

} // namespace

ProductBench::ProductBench(Options options)
    : m_options(std::move(options))
{
    QDir().mkpath(m_options.scratch);
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
            lines.append(
                QStringLiteral("PRAGMA %1=%2;").arg(QLatin1String(name), q.value(0).toString()));
    }
    return lines;
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
    WritingBench(WritingBench::Options {m_options.database, m_options.scratch,
                     m_options.repetitions, m_options.warmup, m_options.seed})
        .run(table);
    report();
    certificate(table);
    report();
}

void ProductBench::searches(BenchTable *table)
{
    const QString limitWhat = QStringLiteral("same SQL, sqlite3 shell, user+sys CPU");
    const QList<std::tuple<QString, QString, double>> specs = {
        {QStringLiteral("search by receipt number"), QStringLiteral("≤ 5 ms"), 5},
        {QStringLiteral("search by IIN"), QStringLiteral("≤ 5 ms"), 5},
        {QStringLiteral("search by surname prefix (Cyrillic, any case)"), QStringLiteral("≤ 20 ms"),
            20},
        {QStringLiteral("open a case"), QStringLiteral("≤ 10 ms"), 10},
        {QStringLiteral("supervisor board"), QStringLiteral("≤ 50 ms"), 50},
        {QStringLiteral("supervisor board as the screen reads it (custody a page)"),
            QStringLiteral("≤ 50 ms"), 50},
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
    SystemClock clock(SettingsStore(db).utcOffsetSeconds());
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
        [&](int, QString *e) {
            Board b;
            return board.overview(clock.today(), BoardModel::PageSize, &b, e);
        },
    };
    for (qsizetype k = 0; k < calls.size(); ++k) {
        Row &row = rows[k];
        const bool isBoard = k >= calls.size() - 2;
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
        const ShellLimit::Result limit
            = ShellLimit::run(m_options.database, prelude, m.lines, warmup, 1800);
        if (!limit.ok)
            row.note = limit.error;
        else
            row.limit = summarize(limit.cpuMs);
    }
    finish(QString());
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
    d.verification
        = CertificateDocument::verificationPayload(d.certificateNumber, d.certificateDate);
    const QString path = QDir(m_options.scratch).filePath(QStringLiteral("certificate.pdf"));
    const QString plainPath = QDir(m_options.scratch).filePath(QStringLiteral("plain.pdf"));
    const QStringList lines = {d.certificateNumber, d.certificateDate.toString(Qt::ISODate),
        d.outcome, d.surname, d.givenName, d.patronymic, d.iin, d.birthDate.toString(Qt::ISODate),
        d.purpose, d.receipt, d.branchName, d.branchCode, d.printedOn.toString(Qt::ISODate),
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

} // namespace certdesk::bench
