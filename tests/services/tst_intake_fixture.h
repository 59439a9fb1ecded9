#pragma once

// A counter for the intake and search tests: a fresh database with branch settings, a clerk
// signed in, a supervisor account that can confirm overrides, and ready-made applications.

#include <QTest>

#include "common/TestDatabase.h"
#include "domain/Application.h"
#include "domain/IdNumber.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "storage/SettingsStore.h"

namespace certdesk::test {

inline constexpr int kFastHash = 1000;
inline const QString kSupervisorPassword = QStringLiteral("Supervisor-Pass-2026");
inline const QString kClerkPassword = QStringLiteral("Counter-Pass-2026");

/// A valid IIN for a birth date and sex (the first serial that has a check digit).
inline QString makeIin(const QDate &birth, bool male, int serial = 1)
{
    const int c = birth.year() < 2000 ? (male ? 3 : 4) : (male ? 5 : 6);
    for (int s = serial; s < 10000; ++s) {
        const QString eleven = birth.toString(QStringLiteral("yyMMdd")) + QString::number(c)
                               + QStringLiteral("%1").arg(s, 4, 10, QLatin1Char('0'));
        const int d = IdNumber::checkDigit(eleven);
        if (d >= 0)
            return eleven + QString::number(d);
    }
    return QString();
}

class Counter
{
    // Declared first: the session below needs the database open.
    TestDatabase m_t;
    bool m_ok = false;

public:
    Counter()
        : clerk(m_t.db(), m_t.clock(),
                User{QStringLiteral("clerk"), QStringLiteral("Иванова Анна Сергеевна"),
                     QStringLiteral("specialist"), Role::Clerk})
    {
        QString error;
        SettingsStore settings(m_t.db());
        m_ok = m_t.isValid()
               && settings.setValue(QStringLiteral("branch.code"), QStringLiteral("0101"), QStringLiteral("test"), &error)
               && settings.setValue(QStringLiteral("branch.workstation"), QStringLiteral("3"), QStringLiteral("test"), &error)
               && settings.setValue(QStringLiteral("branch.name"), QStringLiteral("Astana, Yesil district"), QStringLiteral("test"), &error)
               && UserService::createAccount(m_t.db(), m_t.clock(),
                                             User{QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан Ержанович"),
                                                  QStringLiteral("head of branch"), Role::Supervisor},
                                             kSupervisorPassword, QStringLiteral("test"), &error, kFastHash)
               && UserService::createAccount(m_t.db(), m_t.clock(),
                                             User{QStringLiteral("clerk"), QStringLiteral("Иванова Анна Сергеевна"),
                                                  QStringLiteral("specialist"), Role::Clerk},
                                             kClerkPassword, QStringLiteral("test"), &error, kFastHash);
        if (!m_ok)
            qWarning("counter setup failed: %s %s", qPrintable(m_t.error()), qPrintable(error));
    }

    bool isValid() const { return m_ok; }
    Database &db() { return m_t.db(); }
    FixedClock &clock() { return m_t.clock(); }

    Session clerk;
};

inline const QString kAdultIin = QStringLiteral("871008401427"); // female, 1987-10-08
inline const QString kAgentIin = QStringLiteral("760212350620"); // male, 1976-02-12

inline Application selfApplication(const QString &surname = QStringLiteral("Ахметова"),
                                   const QString &iin = kAdultIin)
{
    Application a;
    a.subject.iin = iin;
    a.subject.name = {surname, QStringLiteral("Айгуль"), QStringLiteral("Серикқызы")};
    a.identity.type = Application::IdentityType::IdCard;
    a.identity.number = QStringLiteral("045123456");
    a.identity.issuer = QStringLiteral("МВД РК");
    a.identity.issuedOn = QDate(2020, 5, 14);
    a.identity.expiresOn = QDate(2030, 5, 13);
    a.purpose = Application::Purpose::Domestic;
    a.phone = QStringLiteral("+7 701 234 56 78");
    return a;
}

} // namespace certdesk::test
