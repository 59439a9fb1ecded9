#include "SoakWorker.h"

#include "../BenchApplication.h"
#include "../BenchSupport.h"

#include "domain/Clock.h"
#include "services/AuthService.h"
#include "services/IntakeService.h"
#include "services/ResultService.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/IndexSuspension.h"
#include "storage/SettingsStore.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>

namespace certdesk::soak {

namespace {

int fail(const QString &why)
{
    std::fprintf(stderr, "certdesk-soak worker: %s\n", qPrintable(why));
    return 3;
}

void acknowledge(const char *what, const QString &value)
{
    std::printf("ACK %s %s\n", what, qPrintable(value));
    std::fflush(stdout);
}

std::optional<User> signIn(Database &db, Clock &clock)
{
    // The demo database's clerk.
    const SignInResult r = AuthService(db, clock).signIn(bench::kClerk, bench::kClerkPassword);
    if (!r.ok()) {
        fail(QStringLiteral("sign-in as %1 failed: %2").arg(bench::kClerk, r.error));
        return std::nullopt;
    }
    return r.user;
}

int intake(Database &db, Clock &clock)
{
    const std::optional<User> user = signIn(db, clock);
    if (!user)
        return 3;
    Session session(db, clock, *user);
    IntakeService service(session);
    QRandomGenerator random(QRandomGenerator::securelySeeded());
    for (int serial = 0;; ++serial) {
        const IntakeService::Result r
            = service.submit(bench::freshApplication(random, serial, QStringLiteral("Сейтқали"),
                                 clock.toLocal(clock.nowUtc()).date()),
                {});
        if (!r.ok)
            return fail(QStringLiteral("intake refused: %1").arg(r.error));
        acknowledge("receipt", r.receipt.receipt);
    }
}

int results(Database &db, Clock &clock)
{
    const std::optional<User> user = signIn(db, clock);
    if (!user)
        return 3;
    Session session(db, clock, *user);
    ResultService service(session);
    for (;;) {
        QString caseId;
        {
            QSqlQuery q(db.db());
            if (q.exec(QStringLiteral("SELECT case_id FROM cases WHERE status = 'submitted' "
                                      "ORDER BY random() LIMIT 1"))
                && q.next())
                caseId = q.value(0).toString();
        }
        if (caseId.isEmpty())
            return intake(db, clock); // nothing left to answer: more applications come in
        CertificateResult result;
        result.number = QStringLiteral("S-%1").arg(QRandomGenerator::global()->bounded(1000000));
        result.date = clock.toLocal(clock.nowUtc()).date();
        result.outcome = QStringLiteral("no_record");
        CaseState after;
        QString error;
        if (!service.recordCertificate(caseId, result, &after, &error))
            return fail(QStringLiteral("recording a result on %1 failed: %2").arg(caseId, error));
        acknowledge("result", caseId);
    }
}

int indexes(Database &db)
{
    // As the demo's bulk load and the rebuild do: the indexes are dropped and created again
    // inside one transaction, so a kill at any moment rolls the drop back with it.
    for (int round = 1;; ++round) {
        QString error;
        if (!Transaction::run(db, &error, [&](Transaction &tx) {
                IndexSuspension suspension(tx);
                return suspension.suspend({QStringLiteral("cases")}, &error)
                    && suspension.restore(&error);
            }))
            return fail(QStringLiteral("the indexes did not come back: %1").arg(error));
        acknowledge("indexes", QString::number(round));
    }
}

} // namespace

int runWorker(const QString &mode, const QString &databasePath)
{
    Database db;
    QString error;
    if (db.open(databasePath, &error) != Database::OpenResult::Ok)
        return fail(error);
    SystemClock clock(SettingsStore(db).utcOffsetSeconds());
    if (mode == QLatin1String("intake"))
        return intake(db, clock);
    if (mode == QLatin1String("results"))
        return results(db, clock);
    if (mode == QLatin1String("indexes"))
        return indexes(db);
    return fail(QStringLiteral("unknown worker \"%1\"").arg(mode));
}

} // namespace certdesk::soak
