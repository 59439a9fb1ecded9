#include "storage/AppealQueries.h"

#include "domain/AppealNumber.h"
#include "domain/Event.h"
#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"
#include "storage/AppealProjection.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>
#include <QVariantList>

namespace certdesk {

namespace {

const char *const kColumns =
    "appeal_id, number, kind, about, status, applicant, iin, bin, addressee, case_receipt, "
    "case_id, received_at, received_on, referral_due, decision_due, next_due, next_what, "
    "closed_on, compliance_open, filed_late, term_restored, anomalies";

QDate date(const QSqlQuery &q, int column)
{
    return QDate::fromString(q.value(column).toString(), Qt::ISODate);
}

AppealRow rowFrom(const QSqlQuery &q)
{
    AppealRow r;
    r.appealId = q.value(0).toString();
    r.number = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.about = q.value(3).toString();
    r.status = q.value(4).toString();
    r.applicant = q.value(5).toString();
    r.iin = q.value(6).toString();
    r.bin = q.value(7).toString();
    r.addressee = q.value(8).toString();
    r.caseReceipt = q.value(9).toString();
    r.caseId = q.value(10).toString();
    r.receivedAt = Event::parseTime(q.value(11).toString());
    r.receivedOn = date(q, 12);
    r.referralDue = date(q, 13);
    r.decisionDue = date(q, 14);
    r.nextDue = date(q, 15);
    r.nextWhat = q.value(16).toString();
    r.closedOn = date(q, 17);
    r.complianceOpen = q.value(18).toInt();
    r.filedLate = q.value(19).toInt() != 0;
    r.termRestored = q.value(20).toInt() != 0;
    r.anomalies = q.value(21).toInt();
    return r;
}

/// LIKE pattern for "contains", with the wildcards of the text itself taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

AppealQueries::AppealQueries(Database &database)
    : m_database(database)
{
}

bool AppealQueries::select(const QString &tail, const QVariantList &binds,
                           QList<AppealRow> *rows, QString *error) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM appeals %2").arg(QLatin1String(kColumns), tail));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!execOrFail(q, QStringLiteral("reading the appeals register"), error))
        return false;
    rows->clear();
    while (q.next())
        rows->append(rowFrom(q));
    return true;
}

bool AppealQueries::list(const QDate &asOf, const AppealFilter &filter, int limit,
                         QList<AppealRow> *rows, QString *error) const
{
    QStringList where;
    QVariantList binds;
    switch (filter.scope) {
    case AppealFilter::Scope::Pending: where.append(QStringLiteral("next_due <> ''")); break;
    case AppealFilter::Scope::Closed:
        where.append(QStringLiteral("status IN ('decided', 'withdrawn')"));
        break;
    case AppealFilter::Scope::All: break;
    }
    const QString asOfText = asOf.toString(Qt::ISODate);
    if (filter.overdueOnly) {
        where.append(QStringLiteral("next_due <> '' AND next_due < ?"));
        binds.append(asOfText);
    }
    if (filter.receivedFrom.isValid()) {
        where.append(QStringLiteral("received_on >= ?"));
        binds.append(filter.receivedFrom.toString(Qt::ISODate));
    }
    if (filter.receivedTo.isValid()) {
        where.append(QStringLiteral("received_on <= ?"));
        binds.append(filter.receivedTo.toString(Qt::ISODate));
    }
    const QString text = filter.text.simplified();
    if (!text.isEmpty()) {
        const AppealNumber number = AppealNumber::parse(text);
        const QString digits = IdNumber::normalize(text);
        if (number.isValid()) {
            where.append(QStringLiteral("number = ?"));
            binds.append(number.stored());
        } else if (ReceiptNumber::looksLikeReceipt(text)) {
            where.append(QStringLiteral("case_receipt = ?"));
            binds.append(ReceiptNumber::normalize(text));
        } else if (digits.size() == 12 && digits == text.simplified().remove(u' ').remove(u'-')) {
            where.append(QStringLiteral("(iin = ? OR bin = ?)"));
            binds.append(digits);
            binds.append(digits);
        } else {
            where.append(QStringLiteral("(applicant_key LIKE ? ESCAPE '\\' OR number LIKE ? "
                                        "ESCAPE '\\')"));
            binds.append(containsPattern(AppealProjection::nameKey(text)));
            binds.append(containsPattern(AppealNumber::normalize(text)));
        }
    }
    QString tail;
    if (!where.isEmpty())
        tail = QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    tail += QStringLiteral(" ORDER BY (next_due <> '' AND next_due < ?) DESC, next_due = '', "
                           "next_due, received_at DESC, appeal_id LIMIT ?");
    binds.append(asOfText);
    binds.append(limit);
    return select(tail, binds, rows, error);
}

bool AppealQueries::overdue(const QDate &asOf, QList<AppealRow> *rows, QString *error) const
{
    return select(QStringLiteral("WHERE next_due <> '' AND next_due < ? "
                                 "ORDER BY next_due, received_at, appeal_id"),
                  {asOf.toString(Qt::ISODate)}, rows, error);
}

bool AppealQueries::byNumber(const QString &number, AppealRow *row, QString *error) const
{
    QList<AppealRow> rows;
    if (!select(QStringLiteral("WHERE number = ? LIMIT 1"), {number}, &rows, error))
        return false;
    if (rows.isEmpty()) {
        if (error)
            *error = QStringLiteral("no appeal has the number %1").arg(AppealNumber::format(number));
        return false;
    }
    *row = rows.constFirst();
    return true;
}

bool AppealQueries::byCase(const QString &caseId, QList<AppealRow> *rows, QString *error) const
{
    return select(QStringLiteral("WHERE case_id = ? ORDER BY received_at DESC"), {caseId}, rows,
                  error);
}

QString AppealQueries::overduePlan() const
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT %1 FROM appeals WHERE next_due <> '' "
                             "AND next_due < ? ORDER BY next_due, received_at, appeal_id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(QStringLiteral("2026-01-01"));
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(3).toString());
    }
    return out.join(u'\n');
}

} // namespace certdesk
