#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace certdesk {

/// Runs a prepared query and turns a failure into a message with the statement's purpose.
bool execOrFail(QSqlQuery &query, const QString &what, QString *error);
/// Runs one statement without parameters.
bool execOrFail(QSqlDatabase &db, const QString &sql, QString *error);

} // namespace certdesk
