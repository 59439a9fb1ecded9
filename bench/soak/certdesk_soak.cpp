// certdesk-soak: the kill soak of bench/soak/README.md, and the workers it kills.
//   certdesk-soak --work DIR --certdeskctl FILE --server-state FILE [--kills N] [--seed S]
//                 [--report FILE]
//   certdesk-soak worker intake|results|indexes DATABASE
#include "KillSoak.h"
#include "SoakWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace certdesk::soak;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("worker"))
        return runWorker(args.at(2), args.at(3));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kills CertDesk's writing operations at random "
                                                    "moments and checks the database after each."));
    const QCommandLineOption work(
        QStringLiteral("work"), QStringLiteral("An empty folder."), QStringLiteral("DIR"));
    const QCommandLineOption ctl(
        QStringLiteral("certdeskctl"), QStringLiteral("The binary."), QStringLiteral("FILE"));
    const QCommandLineOption state(QStringLiteral("server-state"),
        QStringLiteral("State file of tests/sync/pouchdb_fixture.js."), QStringLiteral("FILE"));
    const QCommandLineOption kills(QStringLiteral("kills"), QStringLiteral("Runs (default 1000)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Schedule seed (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption report(QStringLiteral("report"),
        QStringLiteral("Write the table here too."), QStringLiteral("FILE"));
    parser.addOptions({work, ctl, state, kills, seed, report});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(work) || !parser.isSet(ctl) || !parser.isSet(state)) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }
    KillSoak::Options options;
    options.work = parser.value(work);
    options.certdeskctl = parser.value(ctl);
    options.self = QCoreApplication::applicationFilePath();
    options.serverState = parser.value(state);
    options.kills = parser.value(kills).toInt();
    options.seed = parser.value(seed).toUInt();
    KillSoak soak(options);
    if (!soak.run())
        return 2;
    const QString table = soak.table();
    std::printf("%s", qPrintable(table));
    for (const QString &failure : soak.failures())
        std::printf("FAILED %s\n", qPrintable(failure));
    if (parser.isSet(report)) {
        QFile file(parser.value(report));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(table.toUtf8());
            for (const QString &failure : soak.failures())
                file.write("- FAILED " + failure.toUtf8() + '\n');
        }
    }
    return soak.failures().isEmpty() ? 0 : 1;
}
