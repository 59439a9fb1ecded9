// Audit verification: every kind of tampering with the SQLite file behind CertDesk's back
// (edited, deleted, inserted, reordered rows; the cases table; the users table) is found,
// an untouched database passes, and events not pulled yet are gaps, not faults.
#include <QtTest>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "common/TestDatabase.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/UserService.h"
#include "storage/CaseProjection.h"
#include "storage/EventRow.h"
#include "storage/EventStore.h"

using namespace certdesk;

namespace {

constexpr int kFast = 1000;
const QString kPassword = QStringLiteral("Counter2026desk");

Event received(const QString &caseId)
{
    return Event::make(EventType::Received, caseId,
        {{QStringLiteral("receipt"), QStringLiteral("R-") + caseId},
            {QStringLiteral("purpose"), QStringLiteral("domestic")},
            {QStringLiteral("subject"),
                QJsonObject {{QStringLiteral("iin"), QStringLiteral("871008401427")},
                    {QStringLiteral("surname"), QStringLiteral("Ахметова")}}}});
}

Event note(const QString &caseId, const QString &text)
{
    return Event::make(EventType::Note, caseId, {{QStringLiteral("text"), text}});
}

/// A second connection straight to the file, as a person with sqlite3 would use it.
class Tamper
{
public:
    /// dropGuards: first remove the triggers that make the log refuse edits, as anyone
    /// determined to change it would.
    explicit Tamper(const QString &path, bool dropGuards = true)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
        db.setDatabaseName(path);
        db.open();
        if (dropGuards) {
            exec(QStringLiteral("DROP TRIGGER events_immutable_update"));
            exec(QStringLiteral("DROP TRIGGER events_immutable_delete"));
        }
    }
    ~Tamper() { QSqlDatabase::removeDatabase(kName); }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(kName));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << "tamper failed:" << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(kName));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    qint64 n(const QString &where)
    {
        return scalar(QStringLiteral("SELECT n FROM events WHERE ") + where).toLongLong();
    }
    Event event(qint64 n)
    {
        QSqlQuery q(QSqlDatabase::database(kName));
        q.exec(QStringLiteral("SELECT %1 FROM events WHERE n = %2")
                   .arg(QLatin1String(kEventColumns))
                   .arg(n));
        return q.next() ? eventFromRow(q) : Event();
    }
    /// Rewrites a row's data and its hash consistently, as someone who read docs/events.md would.
    bool rewrite(qint64 n, const QJsonObject &data)
    {
        Event e = event(n);
        e.data = data;
        return exec(QStringLiteral("UPDATE events SET data = ?, hash = ? WHERE n = ?"),
            {QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
                QString::fromLatin1(e.hash()), n});
    }
    bool swap(qint64 a, qint64 b)
    {
        return exec(QStringLiteral("UPDATE events SET n = -1 WHERE n = %1").arg(a))
            && exec(QStringLiteral("UPDATE events SET n = %1 WHERE n = %2").arg(a).arg(b))
            && exec(QStringLiteral("UPDATE events SET n = %1 WHERE n = -1").arg(b));
    }

private:
    static inline const QString kName = QStringLiteral("tamper");
};

/// The kinds of problem found, apart from the removed triggers (reported for every tamper).
QStringList kinds(const AuditReport &report)
{
    QStringList out;
    for (const AuditFinding &f : report.problems) {
        if (f.kind != QLatin1String("protection"))
            out.append(f.kind);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    AuditReport verify()
    {
        AuditReport report;
        QString error;
        if (!AuditService::verifyDatabase(m_t->db(), &report, &error))
            qWarning() << "verify failed:" << error;
        return report;
    }

    void append(QList<Event> events, const QString &login = QStringLiteral("clerk"))
    {
        QString error;
        const Actor actor {login, m_t->db().deviceId(), QStringLiteral("0101")};
        QVERIFY2(
            EventStore(m_t->db(), m_t->clock()).append(events, actor, &error), qPrintable(error));
        m_t->clock().advanceSeconds(30);
    }

    /// Events ws02 wrote, linked as it links them, an hour ago.
    QList<Event> chainOf(const QStringList &cases)
    {
        QList<Event> chain;
        QString prev;
        QDateTime at = m_t->clock().nowUtc().addSecs(-3600);
        for (const QString &c : cases) {
            Event e = received(c);
            e.at = at = at.addSecs(60);
            e.by = QStringLiteral("clerk2");
            e.device = QStringLiteral("ws02");
            e.branch = QStringLiteral("0101");
            e.prev = prev;
            prev = QString::fromLatin1(e.hash());
            chain.append(e);
        }
        return chain;
    }

    /// Events another workstation wrote and this one pulled: a chain of their own.
    void pull(const QStringList &cases, int skipFirst = 0)
    {
        QString error;
        QVERIFY2(EventStore(m_t->db(), m_t->clock())
                     .insertForeign(chainOf(cases).mid(skipFirst), false, nullptr, &error),
            qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        QString error;
        AuthService auth(m_t->db(), m_t->clock());
        QVERIFY2(auth.createFirstAdministrator({QStringLiteral("admin"), QStringLiteral("Admin"),
                                                   QString(), Role::Administrator},
                     kPassword, &error, kFast),
            qPrintable(error));
        QVERIFY2(UserService::createAccount(m_t->db(), m_t->clock(),
                     {QStringLiteral("clerk"), QStringLiteral("Clerk"), QString(), Role::Clerk},
                     kPassword, QStringLiteral("admin"), &error, kFast),
            qPrintable(error));
        QVERIFY(auth.signIn(QStringLiteral("clerk"), kPassword).ok());
        append({received(QStringLiteral("c1"))});
        append({received(QStringLiteral("c2")), note(QStringLiteral("c1"), QStringLiteral("a"))});
        pull({QStringLiteral("f1"), QStringLiteral("f2"), QStringLiteral("f3"),
            QStringLiteral("f4")});
        append({note(QStringLiteral("c2"), QStringLiteral("b"))});
        append({received(QStringLiteral("c3"))});
        append({note(QStringLiteral("c3"), QStringLiteral("last"))});
    }

    void untouchedDatabasePasses()
    {
        const AuditReport r = verify();
        QVERIFY2(r.ok(), qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
        QVERIFY(r.gaps.isEmpty());
        QCOMPARE(r.events, 13);
        QCOMPARE(r.chains, 2); // this workstation's, and ws02's as received
    }

    void editedColumnOfALocalRow_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("data") << QStringLiteral("data")
                              << QStringLiteral(R"({"receipt":"R-c2","purpose":"abroad"})");
        QTest::newRow("by_user") << QStringLiteral("by_user") << QStringLiteral("admin");
        QTest::newRow("at") << QStringLiteral("at") << QStringLiteral("2026-03-01T05:00:00.000Z");
        QTest::newRow("type") << QStringLiteral("type") << QStringLiteral("withdrawn");
        QTest::newRow("case_id") << QStringLiteral("case_id") << QStringLiteral("c3");
        QTest::newRow("device") << QStringLiteral("device") << QStringLiteral("elsewhere");
        QTest::newRow("branch") << QStringLiteral("branch") << QStringLiteral("9999");
        QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("not-the-id");
        QTest::newRow("prev") << QStringLiteral("prev") << QStringLiteral("00");
        QTest::newRow("hash") << QStringLiteral("hash") << QStringLiteral("00");
        QTest::newRow("v") << QStringLiteral("v") << QStringLiteral("2");
    }

    void editedColumnOfALocalRow()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        Tamper t(m_t->path());
        const qint64 n = t.n(QStringLiteral("case_id = 'c2' AND type = 'received'"));
        QVERIFY(
            t.exec(QStringLiteral("UPDATE events SET %1 = ? WHERE n = ?").arg(column), {value, n}));
        const AuditReport r = verify();
        QVERIFY(!r.ok());
        bool aboutRow = false;
        for (const AuditFinding &f : r.problems)
            aboutRow = aboutRow || f.n == n || f.n == n + 1;
        QVERIFY2(aboutRow, qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
    }

    // Rows are hashed from their stored data text; a text written differently but holding the
    // same data (spaces, another key order) is judged by its content as ever, not as an edit.
    void equalDataWrittenDifferentlyIsNoEdit()
    {
        // The guards are put back after the rewrite with their own text: a removed guard is
        // a finding of its own, and this one must be about the data alone.
        QStringList guards;
        {
            QSqlQuery q(m_t->db().db());
            QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                          "AND name LIKE 'events_immutable_%' ORDER BY name")));
            while (q.next())
                guards.append(q.value(0).toString());
        }
        QCOMPARE(guards.size(), 2);
        Tamper t(m_t->path());
        const qint64 n = t.n(QStringLiteral("case_id = 'c2' AND type = 'received'"));
        QSqlQuery read(m_t->db().db());
        read.prepare(QStringLiteral("SELECT data FROM events WHERE n = ?"));
        read.addBindValue(n);
        QVERIFY(read.exec() && read.next());
        const QJsonObject data = QJsonDocument::fromJson(read.value(0).toByteArray()).object();
        read.finish();
        QVERIFY(data.size() > 1);
        QString respaced = QStringLiteral("{ ");
        const QStringList keys = data.keys();
        for (qsizetype i = keys.size() - 1; i >= 0; --i) {
            respaced += QStringLiteral("\"%1\" : %2%3")
                            .arg(keys[i],
                                QString::fromUtf8(QJsonDocument(QJsonArray {data.value(keys[i])})
                                                      .toJson(QJsonDocument::Compact))
                                    .mid(1)
                                    .chopped(1),
                                i > 0 ? QStringLiteral(", ") : QString());
        }
        respaced += QStringLiteral(" }");
        QVERIFY(t.exec(QStringLiteral("UPDATE events SET data = ? WHERE n = ?"), {respaced, n}));
        for (const QString &sql : std::as_const(guards))
            QVERIFY(t.exec(sql));
        for (bool direct : {true, false}) {
            m_t->db().setDirectAllowed(direct);
            const AuditReport r = verify();
            QVERIFY2(r.ok(), qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
            QCOMPARE(r.events, 13);
        }
        m_t->db().setDirectAllowed(true);
        // A change of content in the same table is still an edit, on both paths.
        QVERIFY(t.exec(QStringLiteral("DROP TRIGGER events_immutable_update")));
        QVERIFY(t.exec(QStringLiteral("UPDATE events SET data = ? WHERE n = ?"),
            {respaced.replace(QStringLiteral("R-c2"), QStringLiteral("R-c9")), n}));
        for (bool direct : {true, false}) {
            m_t->db().setDirectAllowed(direct);
            const AuditReport r = verify();
            QVERIFY(!r.ok());
            QCOMPARE(r.problems.first().kind, QStringLiteral("edited"));
            QCOMPARE(r.problems.first().n, n);
        }
        m_t->db().setDirectAllowed(true);
    }

    void theLogRefusesEditsAndDeletes()
    {
        Tamper t(m_t->path(), false);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("immutable")));
        QVERIFY(!t.exec(QStringLiteral("UPDATE events SET by_user = 'admin' WHERE n = 5")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("immutable")));
        QVERIFY(!t.exec(QStringLiteral("DELETE FROM events WHERE n = 5")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("immutable")));
        QVERIFY(!t.exec(QStringLiteral("UPDATE events SET n = 1000 WHERE n = 5")));
        QVERIFY(verify().ok());
    }

    void removedOrAlteredGuardsAreFound()
    {
        {
            Tamper t(m_t->path(), false);
            QVERIFY(t.exec(QStringLiteral("DROP TRIGGER events_immutable_delete")));
        }
        AuditReport r = verify();
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().kind, QStringLiteral("protection"));
        QVERIFY(r.problems.first().message.contains(QStringLiteral("removed")));
        {
            Tamper t(m_t->path(), false);
            QVERIFY(t.exec(QStringLiteral("CREATE TRIGGER events_immutable_delete BEFORE DELETE "
                                          "ON events WHEN 0 BEGIN SELECT 1; END")));
        }
        r = verify();
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().message.contains(QStringLiteral("altered")));
    }

    void openPurgeWindowIsFound()
    {
        Tamper t(m_t->path(), false);
        QVERIFY(t.exec(QStringLiteral("INSERT INTO purge_window VALUES ('me')")));
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE events SET data = '{}' WHERE case_id = 'c1' AND type = 'note'")));
        const AuditReport r = verify();
        QVERIFY(kinds(r).contains(QStringLiteral("edited")));
        bool window = false;
        for (const AuditFinding &f : r.problems)
            window = window || f.message.contains(QStringLiteral("purge window"));
        QVERIFY(window);
    }

    void editedRowWithItsHashRecomputed()
    {
        Tamper t(m_t->path());
        const qint64 n = t.n(QStringLiteral("case_id = 'c1' AND type = 'note'"));
        QVERIFY(t.rewrite(n, {{QStringLiteral("text"), QStringLiteral("changed")}}));
        const AuditReport r = verify();
        QVERIFY(!r.ok());
        QVERIFY(kinds(r).contains(QStringLiteral("link_broken")));
    }

    void editedLastRowWithItsHashRecomputedShowsInTheProjection()
    {
        // No later link covers the newest event; the cases row it was written with does.
        Tamper t(m_t->path());
        const qint64 last = t.scalar(QStringLiteral("SELECT max(n) FROM events")).toLongLong();
        QVERIFY(t.exec(QStringLiteral("UPDATE events SET type = 'withdrawn' WHERE n = ?"), {last}));
        Event e = t.event(last);
        QVERIFY(t.exec(QStringLiteral("UPDATE events SET hash = ? WHERE n = ?"),
            {QString::fromLatin1(e.hash()), last}));
        const AuditReport r = verify();
        QCOMPARE(kinds(r), QStringList {QStringLiteral("projection")});
    }

    void deletedRows_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("local, middle") << QStringLiteral("case_id = 'c1' AND type = 'note'");
        QTest::newRow("local, first") << QStringLiteral("case_id = 'user:admin'");
        QTest::newRow("local, last") << QStringLiteral("n = (SELECT max(n) FROM events)");
        QTest::newRow("received, middle") << QStringLiteral("case_id = 'f2'");
        QTest::newRow("received, first") << QStringLiteral("case_id = 'f1'");
        QTest::newRow("account event")
            << QStringLiteral("case_id = 'user:clerk' AND type = 'signed_in'");
    }

    void deletedRows()
    {
        QFETCH(QString, where);
        Tamper t(m_t->path());
        QVERIFY(
            t.exec(QStringLiteral("DELETE FROM outbox WHERE n IN (SELECT n FROM events WHERE %1)")
                       .arg(where)));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM events WHERE %1").arg(where)));
        const AuditReport r = verify();
        QVERIFY2(!r.ok(), qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
    }

    void deletedRowsRenumbered()
    {
        // Deleting a row and closing the hole in the numbering still breaks the chain.
        Tamper t(m_t->path());
        const qint64 n = t.n(QStringLiteral("case_id = 'c1' AND type = 'note'"));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM outbox")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM events WHERE n = ?"), {n}));
        QVERIFY(t.exec(QStringLiteral("UPDATE events SET n = n - 1 WHERE n > ?"), {n}));
        const AuditReport r = verify();
        QVERIFY(kinds(r).contains(QStringLiteral("link_broken")));
        QVERIFY(!kinds(r).contains(QStringLiteral("rows_missing")));
    }

    void insertedRows_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("copy of a row, new id") << 0;
        QTest::newRow("forged, linked to a middle event") << 1;
        QTest::newRow("forged, second start of the chain") << 2;
        QTest::newRow("forged into the received chain") << 3;
    }

    void insertedRows()
    {
        QFETCH(int, how);
        Tamper t(m_t->path());
        const qint64 middle = t.n(QStringLiteral("case_id = 'c2' AND type = 'received'"));
        const qint64 f2 = t.n(QStringLiteral("case_id = 'f2'"));
        Event e = t.event(how == 3 ? f2 : middle);
        e.id = Event::newId();
        const QString oldHash = QString::fromLatin1(t.event(how == 3 ? f2 : middle).hash());
        if (how == 1) {
            e.prev = t.event(middle).prev;
            e.typeName = QStringLiteral("withdrawn");
        } else if (how == 2) {
            e.prev = QStringLiteral(""); // not null: the column is NOT NULL
        } else if (how == 3) {
            e.prev = t.event(f2).prev;
        }
        const QString hash = how == 0 ? oldHash : QString::fromLatin1(e.hash());
        QVERIFY(t.exec(QStringLiteral("INSERT INTO events(id, type, case_id, branch, at, by_user, "
                                      "device, v, data, prev, hash, local) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {e.id, e.typeName, e.caseId, e.branch, Event::formatTime(e.at), e.by, e.device, e.v,
                QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)), e.prev,
                hash, how == 3 ? 0 : 1}));
        const AuditReport r = verify();
        QVERIFY2(!r.ok(), qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
    }

    void reorderedRows_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("local neighbours") << QStringLiteral("case_id = 'c2' AND type = 'received'")
                                          << QStringLiteral("case_id = 'c1' AND type = 'note'");
        QTest::newRow("local, far apart")
            << QStringLiteral("case_id = 'user:admin' AND type = 'account_created'")
            << QStringLiteral("case_id = 'c3' AND type = 'received'");
        // A local row moved past another local row, through a received one's place.
        QTest::newRow("across chains") << QStringLiteral("case_id = 'f1'")
                                       << QStringLiteral("case_id = 'c3' AND type = 'received'");
    }

    void reorderedRows()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        Tamper t(m_t->path());
        QVERIFY(t.exec(QStringLiteral("DELETE FROM outbox")));
        QVERIFY(t.swap(t.n(a), t.n(b)));
        const AuditReport r = verify();
        QVERIFY2(kinds(r).contains(QStringLiteral("reordered")),
            qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
    }

    void localFlagFlipped()
    {
        Tamper t(m_t->path());
        QVERIFY(t.exec(
            QStringLiteral("UPDATE events SET local = 0 WHERE case_id = 'c2' AND type = 'note'")));
        QVERIFY(!verify().ok());
    }

    void casesTableColumnEdited()
    {
        Tamper t(m_t->path(), false);
        QVERIFY(t.exec(QStringLiteral("UPDATE cases SET status = 'issued' WHERE case_id = 'c2'")));
        const AuditReport r = verify();
        QCOMPARE(kinds(r), QStringList {QStringLiteral("projection")});
        QVERIFY(r.problems.first().message.contains(QStringLiteral("(status)")));
    }

    void casesRowDeletedOrInserted()
    {
        Tamper t(m_t->path(), false);
        QVERIFY(t.exec(QStringLiteral("DELETE FROM cases WHERE case_id = 'c2'")));
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO cases(case_id, status, anomaly_list) VALUES ('ghost', 'issued', '[]')")));
        const AuditReport r = verify();
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(kinds(r), QStringList {QStringLiteral("projection")});
    }

    void casesTableEdited()
    {
        Tamper t(m_t->path(), false);
        QVERIFY(t.exec(
            QStringLiteral("UPDATE cases SET anomaly_list = '[{\"code\":\"issued_twice\"}]', "
                           "surname = 'Другая' WHERE case_id = 'c1'")));
        const AuditReport r = verify();
        QCOMPARE(kinds(r), QStringList {QStringLiteral("projection")});
        QVERIFY(r.problems.first().message.contains(QStringLiteral("surname")));
        QVERIFY(r.problems.first().message.contains(QStringLiteral("anomaly_list")));
        // The message names fields, never their values (they may be personal data).
        QVERIFY(!r.problems.first().message.contains(QStringLiteral("871008401427")));
    }

    void appealsRegisterEdited()
    {
        const QString id = QStringLiteral("appeal:5b1f0c3e-8d2a-4c61-9f07-2a0d9e4b7c11");
        append({Event::make(EventType::AppealReceived, id,
            {{QStringLiteral("number"), QStringLiteral("A7501012603020015")},
                {QStringLiteral("date"), QStringLiteral("2026-03-02")},
                {QStringLiteral("decision_due"), QStringLiteral("2026-03-27")}})});
        QVERIFY2(verify().ok(),
            qPrintable(QString::fromUtf8(QJsonDocument(verify().toJson()).toJson())));

        Tamper t(m_t->path(), false);
        QVERIFY(t.exec(QStringLiteral("UPDATE appeals SET decision_due = '2026-06-30'")));
        AuditReport r = verify();
        QCOMPARE(kinds(r), QStringList {QStringLiteral("projection")});
        QVERIFY2(r.problems.first().message.contains(QStringLiteral("appeal %1").arg(id))
                && r.problems.first().message.contains(QStringLiteral("(decision_due)")),
            qPrintable(r.problems.first().message));

        QVERIFY(t.exec(QStringLiteral("DELETE FROM appeals")));
        QVERIFY(t.exec(QStringLiteral("INSERT INTO appeals(appeal_id, status, state) VALUES "
                                      "('appeal:ghost', 'open', '{}')")));
        r = verify();
        QCOMPARE(kinds(r), QStringList {QStringLiteral("projection")});
        QCOMPARE(r.problems.size(), 2);
    }

    void usersTableEdited_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("role raised")
            << QStringLiteral("UPDATE users SET role = 'administrator' WHERE login = 'clerk'");
        QTest::newRow("disabled") << QStringLiteral(
            "UPDATE users SET active = 0 WHERE login = 'clerk'");
        QTest::newRow("password set")
            << QStringLiteral("UPDATE users SET salt = X'00', hash = X'00' WHERE login = 'admin'");
        QTest::newRow("renamed") << QStringLiteral(
            "UPDATE users SET full_name = 'Other' WHERE login = 'clerk'");
        QTest::newRow("added") << QStringLiteral(
            "INSERT INTO users(login, full_name, role, salt, hash, iterations, created_at) "
            "SELECT 'intruder', 'X', 'administrator', salt, hash, iterations, created_at FROM "
            "users WHERE login = 'admin'");
        QTest::newRow("deleted") << QStringLiteral("DELETE FROM users WHERE login = 'clerk'");
    }

    void usersTableEdited()
    {
        QFETCH(QString, sql);
        Tamper t(m_t->path(), false);
        QVERIFY(t.exec(sql));
        const AuditReport r = verify();
        QCOMPARE(kinds(r), QStringList {QStringLiteral("account")});
    }

    void lockoutStateIsNotAFinding()
    {
        AuthService auth(m_t->db(), m_t->clock());
        auth.signIn(QStringLiteral("clerk"), QStringLiteral("wrong"));
        QVERIFY(verify().ok());
    }

    void notYetPulledEventsAreGapsNotFaults()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        append({received(QStringLiteral("c1"))});
        // ws02's first two events have not arrived yet.
        pull({QStringLiteral("f1"), QStringLiteral("f2"), QStringLiteral("f3"),
                 QStringLiteral("f4")},
            2);
        const AuditReport r = verify();
        QVERIFY2(r.ok(), qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
        QCOMPARE(r.gaps.size(), 1);
        QCOMPARE(r.gaps.first().device, QStringLiteral("ws02"));
        QVERIFY(r.gaps.first().message.contains(QStringLiteral("not received yet")));
    }

    void receivedChainsInAnyStorageOrderVerify()
    {
        // An import or a pull may bring a workstation's events in another order than it wrote
        // them: the links say the order, the storage order says nothing.
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
        append({received(QStringLiteral("c1"))});
        const QList<Event> chain = chainOf({QStringLiteral("f1"), QStringLiteral("f2"),
            QStringLiteral("f3"), QStringLiteral("f4")});
        QString error;
        for (const int i : {3, 1, 2, 0}) {
            QVERIFY2(EventStore(m_t->db(), m_t->clock())
                         .insertForeign({chain.at(i)}, false, nullptr, &error),
                qPrintable(error));
        }
        const AuditReport r = verify();
        QVERIFY2(r.ok(), qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
        QVERIFY(r.gaps.isEmpty());
    }

    void accountEventsOfAnotherDatabaseAreNoFinding()
    {
        // Accounts live in each database's own users table; the account events another one
        // wrote (pulled, or imported from its export) describe that database's accounts.
        Event created;
        created.id = Event::newId();
        created.typeName = QStringLiteral("account_created");
        created.caseId = QStringLiteral("user:aliya");
        created.data = {{QStringLiteral("role"), QStringLiteral("clerk")},
            {QStringLiteral("full_name"), QStringLiteral("Aliya")},
            {QStringLiteral("credentials"), QStringLiteral("ab12")}};
        created.at = m_t->clock().nowUtc().addSecs(-600);
        created.by = QStringLiteral("admin");
        created.device = QStringLiteral("ws03");
        created.branch = QStringLiteral("0101");
        Event changed = created;
        changed.id = Event::newId();
        changed.typeName = QStringLiteral("account_changed");
        changed.caseId = QStringLiteral("user:clerk"); // an account this database has too
        changed.data = {{QStringLiteral("role"), QStringLiteral("supervisor")}};
        changed.at = created.at.addSecs(60);
        changed.prev = QString::fromLatin1(created.hash());
        QString error;
        QVERIFY2(EventStore(m_t->db(), m_t->clock())
                     .insertForeign({created, changed}, true, nullptr, &error),
            qPrintable(error));
        const AuditReport r = verify();
        QVERIFY2(r.ok(), qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
    }

    void clockSkewBetweenWritersIsNoTampering_data()
    {
        QTest::addColumn<int>("provider"); // seconds the provider's clock is off
        QTest::addColumn<int>("desk"); // seconds the second workstation's clock is off
        QTest::newRow("provider a minute and a half behind") << -90 << 0;
        QTest::newRow("provider an hour ahead") << 3600 << 0;
        QTest::newRow("second desk ten minutes behind") << 0 << -600;
        QTest::newRow("second desk a day ahead") << 0 << 86400;
        QTest::newRow("both behind") << -120 << -900;
        QTest::newRow("provider behind, desk ahead") << -300 << 7200;
        QTest::newRow("provider ahead, desk behind") << 600 << -1200;
    }

    void clockSkewBetweenWritersIsNoTampering()
    {
        // Each writer stamps events with its own clock. Whatever order the stamps put the
        // events of a case in, the projection, a rebuild and the audit fold them alike: skew
        // may make an anomaly for the supervisor, never a "changed" finding.
        QFETCH(int, provider);
        QFETCH(int, desk);
        QHash<QString, QString> heads; // device -> hash of its last event
        const QDateTime t0 = m_t->clock().nowUtc();
        auto pullFrom = [&](const QString &device, const QString &by,
                            QList<QPair<qint64, Event>> stamped) {
            QList<Event> chain;
            for (auto &[offset, e] : stamped) {
                e.at = t0.addSecs(offset);
                e.by = by;
                e.device = device;
                e.branch = QStringLiteral("0101");
                e.prev = heads.value(device);
                heads.insert(device, QString::fromLatin1(e.hash()));
                chain.append(e);
            }
            QString error;
            QVERIFY2(
                EventStore(m_t->db(), m_t->clock()).insertForeign(chain, false, nullptr, &error),
                qPrintable(error));
        };
        auto result = [](const QString &caseId) {
            return Event::make(EventType::ResultRecorded, caseId,
                {{QStringLiteral("certificate_number"), QStringLiteral("KZ-1")},
                    {QStringLiteral("outcome"), QStringLiteral("no_record")}});
        };
        Event paper = received(QStringLiteral("p1"));
        paper.data.insert(QStringLiteral("purpose"), QStringLiteral("abroad"));

        append({paper}); // t0, here
        pullFrom(QStringLiteral("provider"), QStringLiteral("provider"),
            {{30 + provider, result(QStringLiteral("p1"))}});
        pullFrom(QStringLiteral("ws03"), QStringLiteral("clerk2"),
            {{70 + desk, received(QStringLiteral("p2"))},
                {120 + desk, Event::make(EventType::Arrived, QStringLiteral("p1"))}});
        pullFrom(QStringLiteral("provider"), QStringLiteral("provider"),
            {{130 + provider, result(QStringLiteral("p2"))}});
        m_t->clock().set(t0.addSecs(180));
        append({Event::make(EventType::Issued, QStringLiteral("p1"))});

        auto rows = [this] { return test::casesTable(m_t->db()); };
        AuditReport r = verify();
        QVERIFY2(r.ok(), qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
        const QStringList projected = rows();
        QString error;
        QVERIFY2(CaseProjection::rebuild(m_t->db(), &error), qPrintable(error));
        QCOMPARE(rows(), projected);
        r = verify();
        QVERIFY2(r.ok(), qPrintable(QString::fromUtf8(QJsonDocument(r.toJson()).toJson())));
    }

    void reportIsJson()
    {
        const QJsonObject o = verify().toJson();
        QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
        QVERIFY(o.value(QLatin1String("problems")).isArray());
        QVERIFY(o.value(QLatin1String("gaps")).isArray());
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
