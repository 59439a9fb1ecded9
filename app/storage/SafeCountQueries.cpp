#include "storage/SafeCountQueries.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace certdesk {

SafeCountQueries::SafeCountQueries(Database &database)
    : m_database(database)
{
}

QString SafeCountQueries::selectSql(const QString &where)
{
    // The certificate's number is in the provider's event, not in the cases table: read from
    // the case's own events on their index (events_by_case), the latest result winning as in
    // the fold.
    return QStringLiteral(
        "SELECT c.case_id, c.receipt, c.surname, c.given_name, c.patronymic, c.status, "
        "(SELECT json_extract(e.data, '$.certificate_number') FROM events e "
        "WHERE e.case_id = c.case_id AND e.type IN ('result', 'online_order') "
        "ORDER BY e.at DESC, e.id DESC LIMIT 1) "
        "FROM cases c WHERE %1 ORDER BY c.receipt, c.case_id")
        .arg(where);
}

bool SafeCountQueries::select(
    const QString &where, const QStringList &binds, QList<SafePaper> *papers, QString *error) const
{
    papers->clear();
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(selectSql(where));
    for (const QString &b : binds)
        q.addBindValue(b);
    if (!execOrFail(q, QStringLiteral("reading the papers for the count of the safe"), error))
        return false;
    while (q.next()) {
        SafePaper p;
        p.caseId = q.value(0).toString();
        p.receipt = q.value(1).toString();
        QStringList name {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        name.removeAll(QString());
        p.name = name.join(u' ');
        p.status = q.value(5).toString();
        p.certificateNumber = q.value(6).toString();
        papers->append(p);
    }
    return true;
}

bool SafeCountQueries::inBranchCustody(QList<SafePaper> *papers, QString *error) const
{
    // The condition of the board's partial index, word for word (BoardQueries::atBranch).
    return select(QStringLiteral("c.status = 'at_branch'"), {}, papers, error);
}

bool SafeCountQueries::byReceipt(
    const QString &digits, QList<SafePaper> *papers, QString *error) const
{
    return select(QStringLiteral("c.receipt = ?"), {digits}, papers, error);
}

namespace {

// The expression and the condition of the index events_by_certificate (migration 15), word
// for word: SQLite uses an index on an expression only for the same expression.
const char kByCertificate[] = "c.case_id IN (SELECT case_id FROM events WHERE type IN "
                              "('result', 'online_order') AND "
                              "json_extract(data, '$.certificate_number') = ?)";

} // namespace

QString SafeCountQueries::byCertificateSql()
{
    return selectSql(QString::fromLatin1(kByCertificate));
}

bool SafeCountQueries::byCertificate(
    const QString &number, QList<SafePaper> *papers, QString *error) const
{
    return select(QString::fromLatin1(kByCertificate), {number}, papers, error);
}

bool SafeCountQueries::openMissing(
    QList<MissingPaper> *open, QHash<QString, QString> *names, QString *error) const
{
    QList<Event> all;
    if (!events(&all, error))
        return false;
    *open = openMissingPapers(all);
    names->clear();
    if (open->isEmpty())
        return true;
    QStringList ids;
    for (const MissingPaper &m : std::as_const(*open))
        ids.append(m.caseId);
    QList<SafePaper> papers;
    if (!byCaseIds(ids, &papers, error))
        return false;
    for (const SafePaper &p : std::as_const(papers))
        names->insert(p.caseId, p.name);
    return true;
}

bool SafeCountQueries::byCaseIds(
    const QStringList &caseIds, QList<SafePaper> *papers, QString *error) const
{
    papers->clear();
    // In slices: SQLite limits the parameters of one statement.
    constexpr qsizetype Slice = 500;
    for (qsizetype from = 0; from < caseIds.size(); from += Slice) {
        const QStringList slice = caseIds.mid(from, Slice);
        QStringList marks;
        for (qsizetype i = 0; i < slice.size(); ++i)
            marks.append(QStringLiteral("?"));
        QList<SafePaper> part;
        if (!select(QStringLiteral("c.case_id IN (%1)").arg(marks.join(u',')), slice, &part, error))
            return false;
        papers->append(part);
    }
    return true;
}

bool SafeCountQueries::events(QList<Event> *events, QString *error) const
{
    events->clear();
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, type, case_id, branch, at, by_user, device, v, data, prev "
                             "FROM events WHERE case_id = ? ORDER BY n"));
    q.addBindValue(SafeCount::stream());
    if (!execOrFail(q, QStringLiteral("reading the counts of the safe"), error))
        return false;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toString();
        e.typeName = q.value(1).toString();
        e.type = eventTypeFromName(e.typeName);
        e.caseId = q.value(2).toString();
        e.branch = q.value(3).toString();
        e.at = Event::parseTime(q.value(4).toString());
        e.by = q.value(5).toString();
        e.device = q.value(6).toString();
        e.v = q.value(7).toInt();
        e.data = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
        e.prev = q.value(9).toString();
        events->append(e);
    }
    return true;
}

} // namespace certdesk
