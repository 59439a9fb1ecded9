#pragma once

// A branch workstation for the lifecycle and board tests: a fresh database, its fixed clock,
// a clerk and a supervisor signed in, and the intake of a case written as the counter would.

#include <QJsonObject>
#include <QTest>

#include <memory>

#include "common/TestDatabase.h"
#include "domain/CaseState.h"
#include "domain/ReceiptNumber.h"
#include "services/BoardService.h"
#include "services/IssuanceService.h"
#include "services/Session.h"
#include "storage/EventStore.h"

namespace certdesk::test {

class Workstation
{
public:
    Workstation()
        : clerk(m_t.db(), m_t.clock(),
            User {QStringLiteral("clerk"), QStringLiteral("Ахметова Дана"),
                QStringLiteral("specialist"), Role::Clerk})
        , supervisor(m_t.db(), m_t.clock(),
              User {QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан Ержанович"),
                  QStringLiteral("head of branch"), Role::Supervisor})
    {
    }

    bool isValid() const { return m_t.isValid(); }
    Database &db() { return m_t.db(); }
    FixedClock &clock() { return m_t.clock(); }
    QString dir() const { return m_t.dir(); }

    /// Moves the branch clock to a morning (or the given time) of day.
    void setDay(const QDate &day, const QTime &time = QTime(10, 0))
    {
        m_t.clock().setLocal(day, time);
    }

    /// An application taken today, as the counter writes it: paper unless domestic.
    QString receive(const QString &purpose = QStringLiteral("abroad"),
        const QString &surname = QStringLiteral("Жумабаев"),
        const QString &iin = QStringLiteral("760212350620"))
    {
        const QString caseId = Event::newId();
        ++m_receipts;
        const QJsonObject data {
            {QStringLiteral("receipt"),
                ReceiptNumber::compose(
                    QStringLiteral("7501"), 1, m_t.clock().today(), m_receipts, nullptr)},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("result_form"),
                purpose == QLatin1String("domestic") ? QStringLiteral("electronic")
                                                     : QStringLiteral("paper")},
            {QStringLiteral("country"),
                purpose == QLatin1String("domestic") ? QString() : QStringLiteral("DE")},
            {QStringLiteral("subject"),
                QJsonObject {{QStringLiteral("iin"), iin}, {QStringLiteral("surname"), surname},
                    {QStringLiteral("given_name"), QStringLiteral("Ерлан")},
                    {QStringLiteral("patronymic"), QStringLiteral("Серикович")}}},
            {QStringLiteral("presenter"),
                QJsonObject {{QStringLiteral("kind"), QStringLiteral("self")},
                    {QStringLiteral("iin"), iin}}},
            {QStringLiteral("due"), m_t.clock().today().addDays(7).toString(Qt::ISODate)},
        };
        QList<Event> events {Event::make(EventType::Received, caseId, data)};
        QString error;
        if (!EventStore(m_t.db(), m_t.clock()).append(events, clerk.actor(), &error))
            qWarning("receive failed: %s", qPrintable(error));
        return caseId;
    }

    /// The receipt number the counter gave the case.
    QString receiptOf(const QString &caseId) { return state(caseId).receipt; }

    CaseState state(const QString &caseId)
    {
        return CaseFold::fold(
            EventStore(m_t.db(), m_t.clock()).caseEvents(caseId), m_t.clock().utcOffsetSeconds());
    }

    /// The board as the supervisor sees it on day.
    Board board(const QDate &day)
    {
        Board b;
        QString error;
        if (!BoardService(supervisor).board(day, &b, &error))
            qWarning("board failed: %s", qPrintable(error));
        return b;
    }

    /// The case ids of one bucket, in the board's order.
    QStringList ids(const QDate &day, BoardBucket bucket)
    {
        QStringList out;
        const Board b = board(day);
        for (const BoardEntry &e : b.bucket(bucket))
            out.append(e.caseId);
        return out;
    }

    /// The bucket a case sits in on day, or "" when it is in none (anomalies not counted).
    QString bucketOf(const QString &caseId, const QDate &day)
    {
        const Board b = board(day);
        for (int i = 0; i < BoardBucketCount - 1; ++i) {
            for (const BoardEntry &e : b.buckets[size_t(i)]) {
                if (e.caseId == caseId)
                    return boardBucketName(BoardBucket(i));
            }
        }
        return QString();
    }

    BoardEntry entry(const QString &caseId, const QDate &day)
    {
        const Board b = board(day);
        for (const QList<BoardEntry> &list : b.buckets) {
            for (const BoardEntry &e : list) {
                if (e.caseId == caseId)
                    return e;
            }
        }
        return BoardEntry();
    }

    /// The person themselves, with a valid ID card.
    static Collector self()
    {
        Collector c;
        c.presenter.kind = Application::PresenterKind::Self;
        c.identity.type = Application::IdentityType::IdCard;
        c.identity.number = QStringLiteral("045123987");
        c.identity.issuer = QStringLiteral("МВД РК");
        c.identity.issuedOn = QDate(2019, 5, 14);
        c.identity.expiresOn = QDate(2029, 5, 13);
        return c;
    }

    /// A representative with a notarized power of attorney from the subject (760212350620),
    /// no term stated (one year from its date).
    static Collector representative(const QDate &poaIssuedOn)
    {
        Collector c;
        c.presenter.kind = Application::PresenterKind::Representative;
        c.presenter.iin = QStringLiteral("871008401427");
        c.presenter.name = PersonName {
            QStringLiteral("Касымова"), QStringLiteral("Айгуль"), QStringLiteral("Маратовна")};
        c.presenter.poa.notary = QStringLiteral("Иванова А. Б.");
        c.presenter.poa.registrationNumber = QStringLiteral("1-2345");
        c.presenter.poa.issuedOn = poaIssuedOn;
        c.presenter.poa.principalIin = QStringLiteral("760212350620");
        c.presenter.poa.agentIin = QStringLiteral("871008401427");
        c.identity.type = Application::IdentityType::Passport;
        c.identity.number = QStringLiteral("N12345678");
        c.identity.issuer = QStringLiteral("МВД РК");
        c.identity.issuedOn = QDate(2021, 2, 1);
        c.identity.expiresOn = QDate(2031, 1, 31);
        return c;
    }

private:
    TestDatabase m_t;
    int m_receipts = 0;

public:
    Session clerk;
    Session supervisor;
};

} // namespace certdesk::test
