#include "SoakWorker.h"

#include "domain/Application.h"
#include "domain/Clock.h"
#include "domain/IdNumber.h"
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

/// A valid IIN of an adult born on a random day.
QString randomIin(QRandomGenerator &random)
{
    const QDate birth = QDate(1950, 1, 1).addDays(random.bounded(18000));
    for (int serial = random.bounded(1, 9000);; ++serial) {
        const QString eleven = birth.toString(QStringLiteral("yyMMdd"))
            + QString::number(birth.year() < 2000 ? 4 : 6)
            + QStringLiteral("%1").arg(serial % 10000, 4, 10, QLatin1Char('0'));
        const int check = IdNumber::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
}

Application application(QRandomGenerator &random, const QDate &today)
{
    Application a;
    a.subject.iin = randomIin(random);
    a.subject.name
        = {QStringLiteral("Сейтқали"), QStringLiteral("Әлия"), QStringLiteral("Бекқызы")};
    a.identity.type = Application::IdentityType::IdCard;
    a.identity.number = QStringLiteral("0%1").arg(random.bounded(10000000, 99999999));
    a.identity.issuer = QStringLiteral("МВД РК");
    a.identity.issuedOn = today.addYears(-2);
    a.identity.expiresOn = today.addYears(5);
    a.purpose = Application::Purpose::Domestic;
    a.phone = QStringLiteral("+7 701 234 56 78");
    return a;
}

std::optional<User> signIn(Database &db, Clock &clock)
{
    const SignInResult r = AuthService(db, clock).signIn(
        QString::fromLatin1(kClerk), QString::fromLatin1(kClerkPassword));
    if (!r.ok()) {
        fail(QStringLiteral("sign-in as %1 failed: %2").arg(QLatin1String(kClerk), r.error));
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
    for (;;) {
        const IntakeService::Result r
            = service.submit(application(random, clock.toLocal(clock.nowUtc()).date()), {});
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
    // As the demo's bulk load does: each DROP INDEX commits on its own, the indexes come
    // back in one transaction at the end.
    for (int round = 1;; ++round) {
        IndexSuspension suspension(db);
        QString error;
        if (!suspension.suspend({QStringLiteral("cases")}, &error))
            return fail(error);
        Transaction tx(db);
        if (!tx.isActive() || !suspension.restore(&error) || !tx.commit(&error))
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
    SystemClock clock;
    clock.setUtcOffsetSeconds(SettingsStore(db).utcOffsetSeconds());
    if (mode == QLatin1String("intake"))
        return intake(db, clock);
    if (mode == QLatin1String("results"))
        return results(db, clock);
    if (mode == QLatin1String("indexes"))
        return indexes(db);
    return fail(QStringLiteral("unknown worker \"%1\"").arg(mode));
}

} // namespace certdesk::soak
