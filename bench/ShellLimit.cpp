#include "ShellLimit.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace certdesk::bench {

QString ShellLimit::program()
{
    const QString chosen = qEnvironmentVariable("CERTDESK_BENCH_SQLITE3");
    return chosen.isEmpty() ? QStringLiteral("sqlite3") : chosen;
}

bool ShellLimit::isAvailable()
{
    return !version().isEmpty();
}

QString ShellLimit::version()
{
    QProcess p;
    p.start(program(), {QStringLiteral("--version")});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).section(u' ', 0, 0).trimmed();
}

QString ShellLimit::oneLine(const QStringList &statements)
{
    QStringList parts;
    for (QString s : statements) {
        s.replace(u'\n', u' ');
        s = s.trimmed();
        while (s.endsWith(u';'))
            s.chop(1);
        if (!s.isEmpty())
            parts.append(s + u';');
    }
    return parts.join(u' ');
}

ShellLimit::Result ShellLimit::run(const QString &databasePath, const QStringList &prelude,
    const QStringList &operations, int warmup, int timeoutSeconds)
{
    Result r;
    QTemporaryFile script;
    if (!script.open()) {
        r.error = QStringLiteral("cannot write the shell script");
        return r;
    }
    QStringList lines;
    lines.append(QStringLiteral(".bail off"));
    lines.append(QStringLiteral(".output /dev/null"));
    lines.append(prelude);
    lines.append(QStringLiteral(".timer on"));
    lines.append(operations);
    lines.append(QStringLiteral(".timer off"));
    script.write(lines.join(u'\n').toUtf8() + '\n');
    script.flush();

    QProcess shell;
    shell.setStandardInputFile(script.fileName());
    shell.start(program(), {QStringLiteral("-batch"), databasePath});
    if (!shell.waitForStarted(10000) || !shell.waitForFinished(timeoutSeconds * 1000)) {
        shell.kill();
        shell.waitForFinished(5000);
        r.error = QStringLiteral("the sqlite3 shell did not finish in %1 s").arg(timeoutSeconds);
        return r;
    }
    const QString errors = QString::fromUtf8(shell.readAllStandardError()).trimmed();
    if (!errors.isEmpty()) {
        r.error = QStringLiteral("sqlite3: %1").arg(errors.left(400));
        return r;
    }
    static const QRegularExpression timer(
        QStringLiteral("^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    const QStringList output = QString::fromUtf8(shell.readAllStandardOutput()).split(u'\n');
    int seen = 0;
    for (const QString &line : output) {
        const QRegularExpressionMatch m = timer.match(line);
        if (!m.hasMatch())
            continue;
        if (seen++ < warmup)
            continue;
        r.realMs.append(m.captured(1).toDouble() * 1000.0);
        r.cpuMs.append((m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000.0);
    }
    if (seen != operations.size()) {
        r.error = QStringLiteral("the sqlite3 shell timed %1 of %2 operations")
                      .arg(seen)
                      .arg(operations.size());
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace certdesk::bench
