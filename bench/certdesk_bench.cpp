// certdesk-bench: CertDesk's operations timed through the product's own code, each beside
// the limit measured in the same run on the same file (bench/README.md). bench/run builds,
// generates the database and measures the GUI's start; this program does the rest.

#include "BenchTable.h"
#include "GuiMemory.h"
#include "Machine.h"
#include "MainWindowProbe.h"
#include "ProductBench.h"
#include "ShellLimit.h"

#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

using namespace certdesk::bench;

namespace {

struct ProbeResult
{
    bool ok = false;
    QString error;
    QHash<QString, double> values; ///< rows, complete, seconds, held, rss_kb, hwm_kb
};

/// Runs a memory probe in its own process, so nothing the bench did counts in its memory.
ProbeResult probe(const QString &program, const QStringList &arguments, int timeoutSeconds)
{
    ProbeResult r;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutSeconds * 1000)) {
        p.kill();
        p.waitForFinished(5000);
        r.error = QStringLiteral("%1 did not finish in %2 s")
                      .arg(QFileInfo(program).fileName())
                      .arg(timeoutSeconds);
        return r;
    }
    const QString output = QString::fromUtf8(p.readAll());
    static const QRegularExpression pair(QStringLiteral("(\\w+)=([0-9.]+)"));
    const QStringList lines = output.split(u'\n');
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("rows=")))
            continue;
        auto it = pair.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            r.values.insert(m.captured(1), m.captured(2).toDouble());
        }
    }
    r.ok = r.values.contains(QStringLiteral("hwm_kb")) && p.exitCode() == 0;
    if (!r.ok)
        r.error = output.trimmed().right(300);
    return r;
}

Row memoryRow(const QString &database, const QString &minimal, int maxScroll)
{
    Row row;
    row.operation
        = QStringLiteral("GUI resident memory, case list scrolled top to bottom (peak VmHWM)");
    row.target = QStringLiteral("≤ 200 MB");
    row.targetValue = 200;
    row.unit = QStringLiteral("MB");
    row.limitWhat = QStringLiteral("minimal QMainWindow + QTableView, same probe");
    const ProbeResult ours = probe(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--memory-probe"), QStringLiteral("--db"), database,
            QStringLiteral("--max-scroll-seconds"), QString::number(maxScroll)},
        maxScroll + 300);
    const ProbeResult plain = probe(minimal, {QStringLiteral("--memory-probe")}, 120);
    if (!ours.ok) {
        row.note = QStringLiteral("the main window probe failed: %1").arg(ours.error);
        return row;
    }
    row.ours = summarize({ours.values.value(QStringLiteral("hwm_kb")) / 1024.0});
    row.note = QStringLiteral("%1 rows scrolled in %2 s%3, %4 rows held; VmRSS at the end %5 MB")
                   .arg(qint64(ours.values.value(QStringLiteral("rows"))))
                   .arg(ours.values.value(QStringLiteral("seconds")))
                   .arg(ours.values.value(QStringLiteral("complete")) > 0
                           ? QString()
                           : QStringLiteral(" (**stopped before the end: time limit**)"))
                   .arg(qint64(ours.values.value(QStringLiteral("held"))))
                   .arg(ours.values.value(QStringLiteral("rss_kb")) / 1024.0, 0, 'f', 1);
    if (plain.ok)
        row.limit = summarize({plain.values.value(QStringLiteral("hwm_kb")) / 1024.0});
    else
        row.note += QStringLiteral("; minimal window probe failed: %1").arg(plain.error);
    return row;
}

/// The GUI start rows, from the times bench/run measured on Xvfb: lines "key milliseconds",
/// or "skipped reason". passwordMs: PBKDF2 alone, the deliberate part of signing in.
QList<Row> startRows(const QString &path, double passwordMs)
{
    QHash<QString, QList<double>> samples;
    QString skipped;
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        skipped = QStringLiteral(
            "not measured: no GUI start times given (bench/run measures them on Xvfb)");
    } else {
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QString key = line.section(u' ', 0, 0);
            if (key == QLatin1String("skipped"))
                skipped = QStringLiteral("not measured: %1").arg(line.section(u' ', 1));
            else
                samples[key].append(line.section(u' ', 1, 1).toDouble());
        }
    }
    Row toSignIn;
    toSignIn.operation = QStringLiteral("GUI cold start to sign-in dialog (mapped, taking keys)");
    toSignIn.target = QStringLiteral("≤ 1 s");
    toSignIn.targetValue = 1000;
    toSignIn.unit = QStringLiteral("ms");
    toSignIn.limitWhat = QStringLiteral("minimal QMainWindow + QTableView: exec to mapped");
    Row toMain;
    toMain.operation
        = QStringLiteral("GUI Enter on sign-in to main window (mapped, case list filled)");
    toMain.unit = QStringLiteral("ms");
    toMain.limitWhat = QStringLiteral("the deliberate PBKDF2 password check alone");
    toMain.note = QStringLiteral("no target of its own; the main window is built (and its first "
                                 "page of cases read) before it is mapped");
    Row total;
    total.operation
        = QStringLiteral("GUI cold start to usable main window (both above, typing excluded)");
    total.target = QStringLiteral("≤ 1 s");
    total.targetValue = 1000;
    total.unit = QStringLiteral("ms");
    total.limitWhat = QStringLiteral("minimal window's start + PBKDF2 alone");
    if (!skipped.isEmpty()) {
        for (Row *r : {&toSignIn, &toMain, &total}) {
            r->skipped = true;
            r->note = skipped;
        }
        return {toSignIn, toMain, total};
    }
    const QList<double> a = samples.value(QStringLiteral("coldstart_signin"));
    const QList<double> b = samples.value(QStringLiteral("enter_to_main"));
    const QList<double> minimal = samples.value(QStringLiteral("minimal_start"));
    toSignIn.ours = summarize(a);
    toSignIn.limit = summarize(minimal);
    toMain.ours = summarize(b);
    QList<double> sums;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        sums.append(a.at(i) + b.at(i));
    total.ours = summarize(sums);
    if (passwordMs > 0) {
        toMain.limit = summarize({passwordMs});
        QList<double> floor;
        for (double m : minimal)
            floor.append(m + passwordMs);
        total.limit = summarize(floor);
    }
    return {toSignIn, toMain, total};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CertDesk's operations beside their measured limits (bench/README.md)."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral("The generated database (only read; writing operations use copies)."),
        QStringLiteral("FILE"));
    const QCommandLineOption reps(QStringLiteral("reps"),
        QStringLiteral("Repetitions per search (fewer for slow operations)."), QStringLiteral("N"),
        QStringLiteral("200"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
        QStringLiteral("Untimed warm-up calls, on both sides."), QStringLiteral("N"),
        QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed of the inputs drawn."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption scratch(QStringLiteral("scratch"),
        QStringLiteral("Folder for copies of the database."), QStringLiteral("DIR"));
    const QCommandLineOption gui(QStringLiteral("gui-times"),
        QStringLiteral("GUI start times measured by bench/run."), QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("Also write the table here."), QStringLiteral("FILE"));
    const QCommandLineOption minimal(QStringLiteral("minimal"),
        QStringLiteral("The minimal window program (default: beside this one)."),
        QStringLiteral("PATH"));
    const QCommandLineOption maxScroll(QStringLiteral("max-scroll-seconds"),
        QStringLiteral("Longest scroll of the case list."), QStringLiteral("S"),
        QStringLiteral("600"));
    const QCommandLineOption memoryProbe(
        QStringLiteral("memory-probe"), QStringLiteral("Internal: the main window memory probe."));
    const QCommandLineOption schema(QStringLiteral("latest-schema"),
        QStringLiteral("Prints the schema version this build writes (bench/run's cache check)."));
    parser.addOptions(
        {db, reps, warmup, seed, scratch, gui, out, minimal, maxScroll, memoryProbe, schema});
    parser.process(app);
    QTextStream err(stderr);
    if (parser.isSet(schema)) {
        QTextStream(stdout) << certdesk::Database::latestVersion() << Qt::endl;
        return 0;
    }
    if (!parser.isSet(db) || !QFile::exists(parser.value(db))) {
        err << "certdesk-bench: --db FILE is required and must exist" << Qt::endl;
        return 2;
    }
    const QString database = QFileInfo(parser.value(db)).absoluteFilePath();
    if (parser.isSet(memoryProbe))
        return certdesk::bench::mainWindowMemoryProbe(database, parser.value(maxScroll).toInt());

    const QString shellVersion = ShellLimit::version();
    const QString machine = Machine::describe(database, shellVersion);
    err << machine << Qt::endl;
    if (shellVersion.isEmpty()) {
        err << "certdesk-bench: the sqlite3 shell is missing (apt-get install sqlite3)" << Qt::endl;
        return 2;
    }

    ProductBench::Options options;
    options.database = database;
    options.repetitions = std::max(1, parser.value(reps).toInt());
    options.warmup = std::max(0, parser.value(warmup).toInt());
    options.seed = parser.value(seed).toUInt();
    options.scratch = parser.isSet(scratch)
        ? parser.value(scratch)
        : QDir::temp().filePath(QStringLiteral("certdesk-bench"));
    BenchTable table;
    ProductBench(options).run(&table);

    err << "certdesk-bench: GUI memory probes" << Qt::endl;
    const QString minimalProgram = parser.isSet(minimal)
        ? parser.value(minimal)
        : QDir(QCoreApplication::applicationDirPath())
              .filePath(QStringLiteral("certdesk-bench-minimal"));
    table.add(memoryRow(database, minimalProgram, parser.value(maxScroll).toInt()));
    double passwordMs = 0;
    for (const Row &row : table.rows()) {
        if (row.operation.startsWith(QLatin1String("sign-in check")))
            passwordMs = row.limit.median;
    }
    for (const Row &row : startRows(parser.value(gui), passwordMs))
        table.add(row);

    const QString text = table.markdown(machine);
    QTextStream(stdout) << text << Qt::flush;
    if (parser.isSet(out)) {
        QFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            err << "certdesk-bench: cannot write " << parser.value(out) << Qt::endl;
            return 1;
        }
        file.write(text.toUtf8());
    }
    return 0;
}
