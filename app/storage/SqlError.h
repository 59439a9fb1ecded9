#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace certdesk {

/// Runs a prepared query and turns a failure into a message with the statement's purpose.
bool execOrFail(QSqlQuery &query, const QString &what, QString *error);
/// A null QString binds as SQL NULL; columns that are NOT NULL take the empty text instead.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// Runs one statement without parameters.
bool execOrFail(QSqlDatabase &db, const QString &sql, QString *error);

/// PRAGMA quick_check(5) on db: what it found, or the error that kept it from running, in
/// one line; empty when the file is whole.
QString quickCheckFindings(const QSqlDatabase &db);

} // namespace certdesk
