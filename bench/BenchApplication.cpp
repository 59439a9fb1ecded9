#include "BenchApplication.h"

#include "domain/IdNumber.h"

namespace certdesk::bench {

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

Application freshApplication(
    QRandomGenerator &random, int serial, const QString &surname, const QDate &today)
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

} // namespace certdesk::bench
