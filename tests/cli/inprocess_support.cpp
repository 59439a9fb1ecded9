#include "cli/inprocess_support.h"

#include "cli/Cli.h"

#include <QJsonDocument>
#include <QTextStream>

namespace certdesk::testing {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

CliRun runCli(const QStringList &args, const QString &input)
{
    CliRun r;
    QString in = input;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    QTextStream inStream(&in);
    Cli cli(args, out, err, inStream);
    r.code = cli.run();
    out.flush();
    err.flush();
    return r;
}

} // namespace certdesk::testing
