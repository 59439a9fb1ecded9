#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include "storage/BoundValues.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqliteStatement.h"

namespace certdesk {

/// Reads every row of a SELECT into rows, through SQLite's own API where this build allows it
/// (Database::direct) and through Qt's driver otherwise: the driver makes a QVariant of every
/// column of every row, which costs the counter's lists and the board more than their SQL.
/// makeRow(text, number) maps the current row whichever reader runs: text(i) gives column i as
/// a QString (NULL as a null one, as the driver reads it), number(i) as an integer. False with
/// "<what> failed: <reason>" in error, and no rows, when the statement fails.
template<typename T, typename MakeRow>
bool readRows(Database &database, const QString &sql, const QVariantList &binds, QList<T> *rows,
    const MakeRow &makeRow, const QString &what, QString *error)
{
    rows->clear();
    if (SqliteStatement *s = database.direct(sql.toUtf8().constData())) {
        SqliteStatement::Use use(*s);
        BoundValues::from(binds).bind(*s);
        const auto text = [s](int column) { return s->string(column); };
        const auto number = [s](int column) { return s->integer(column); };
        for (;;) {
            switch (s->step()) {
            case SqliteStatement::Step::Row:
                rows->append(makeRow(text, number));
                continue;
            case SqliteStatement::Step::Done:
                return true;
            case SqliteStatement::Step::Error:
                if (error)
                    *error = QStringLiteral("%1 failed: %2").arg(what, s->errorMessage());
                rows->clear();
                return false;
            }
        }
    }
    QSqlQuery q(database.db());
    q.setForwardOnly(true);
    q.prepare(sql); // a statement that does not prepare fails in exec, with the reason
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!execOrFail(q, what, error))
        return false;
    const auto text = [&q](int column) { return q.value(column).toString(); };
    const auto number = [&q](int column) { return q.value(column).toLongLong(); };
    while (q.next())
        rows->append(makeRow(text, number));
    return true;
}

} // namespace certdesk
