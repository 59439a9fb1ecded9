#include "storage/SchemaCheck.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace certdesk {

namespace {

/// One table, index or trigger as sqlite_master holds it; a table with its columns.
struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;     ///< whitespace simplified: the text as written, however it was indented
    QString written; ///< the text exactly as written (what a repair creates again)
    QString columns; ///< tables: name, type, NOT NULL and key of every column, in order
};

using Schema = QMap<QString, SchemaObject>; ///< by name (names are unique in a schema)

/// The objects of the connection's main database that a schema is made of: not SQLite's
/// own (sqlite_sequence, sqlite_stat1, the automatic indexes of UNIQUE and PRIMARY KEY).
bool readSchema(QSqlDatabase db, Schema *schema, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT type, name, tbl_name, sql FROM main.sqlite_master "
                           "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql IS NOT NULL"))) {
        if (error)
            *error = QStringLiteral("reading the schema failed: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        SchemaObject o;
        o.type = q.value(0).toString();
        o.name = q.value(1).toString();
        o.table = q.value(2).toString();
        o.written = q.value(3).toString();
        o.sql = o.written.simplified();
        schema->insert(o.name, o);
    }
    q.finish();
    QSqlQuery columns(db);
    for (SchemaObject &o : *schema) {
        if (o.type != QLatin1String("table"))
            continue;
        // Compared by column, not by the CREATE text: ALTER TABLE rewrites that text, and
        // SQLite versions write it differently.
        if (!columns.exec(QStringLiteral("PRAGMA main.table_info(\"%1\")").arg(o.name))) {
            if (error)
                *error = QStringLiteral("reading the columns of %1 failed: %2")
                             .arg(o.name, columns.lastError().text());
            return false;
        }
        QStringList list;
        while (columns.next()) {
            list.append(QStringLiteral("%1 %2 %3 %4")
                            .arg(columns.value(1).toString(), columns.value(2).toString().toLower())
                            .arg(columns.value(3).toInt())
                            .arg(columns.value(5).toInt()));
        }
        o.columns = list.join(QStringLiteral(", "));
    }
    return true;
}

/// What the migrations up to version make, by running them on an empty in-memory database.
/// Computed once per version and process.
bool expectedSchema(int version, Schema *schema, QString *error)
{
    static QMutex mutex;
    static QHash<int, Schema> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.cend()) {
        *schema = *it;
        return true;
    }
    const QString name = QStringLiteral("certdesk-schema-") + QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        ok = db.open();
        for (int v = 1; ok && v <= version; ++v) {
            const QStringList statements = Migrations::step(v);
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql)) {
                    if (error)
                        *error = QStringLiteral("the schema of version %1 cannot be built: %2")
                                     .arg(v)
                                     .arg(q.lastError().text());
                    ok = false;
                    break;
                }
            }
        }
        Schema built;
        ok = ok && readSchema(db, &built, error);
        if (ok) {
            cache.insert(version, built);
            *schema = built;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool SchemaCheck::Difference::isTrigger() const
{
    return kind == Kind::MissingTrigger || kind == Kind::AlteredTrigger
        || kind == Kind::AddedTrigger;
}

QString SchemaCheck::Difference::describe() const
{
    switch (kind) {
    case Kind::MissingIndex:
        return SchemaCheck::tr("the index %1 of the table %2 is missing").arg(name, table);
    case Kind::AlteredIndex:
        return SchemaCheck::tr("the index %1 of the table %2 was altered").arg(name, table);
    case Kind::MissingTrigger:
        return SchemaCheck::tr("the trigger %1 of the table %2 was removed").arg(name, table);
    case Kind::AlteredTrigger:
        return SchemaCheck::tr("the trigger %1 of the table %2 was altered").arg(name, table);
    case Kind::AddedTrigger:
        return SchemaCheck::tr("a trigger %1 that CertDesk does not make was added to the table %2")
            .arg(name, table);
    case Kind::MissingTable:
        return SchemaCheck::tr("the table %1 is missing").arg(name);
    case Kind::AlteredTable:
        return SchemaCheck::tr("the columns of the table %1 were changed").arg(name);
    }
    return QString();
}

bool SchemaCheck::compare(
    Database &database, int version, QList<Difference> *differences, QString *error)
{
    differences->clear();
    Schema expected;
    Schema actual;
    if (!expectedSchema(version, &expected, error) || !readSchema(database.db(), &actual, error))
        return false;
    using Kind = Difference::Kind;
    for (const SchemaObject &want : std::as_const(expected)) {
        const auto it = actual.constFind(want.name);
        const bool present = it != actual.cend() && it->type == want.type;
        Difference d;
        d.name = want.name;
        d.table = want.table;
        d.sql = want.written;
        if (want.type == QLatin1String("table")) {
            if (!present)
                d.kind = Kind::MissingTable;
            else if (it->columns != want.columns)
                d.kind = Kind::AlteredTable;
            else
                continue;
        } else if (want.type == QLatin1String("index")) {
            if (!present)
                d.kind = Kind::MissingIndex;
            else if (it->sql != want.sql || it->table != want.table)
                d.kind = Kind::AlteredIndex;
            else
                continue;
        } else if (want.type == QLatin1String("trigger")) {
            if (!present)
                d.kind = Kind::MissingTrigger;
            else if (it->sql != want.sql || it->table != want.table)
                d.kind = Kind::AlteredTrigger;
            else
                continue;
        } else {
            continue;
        }
        differences->append(d);
    }
    // A trigger nobody asked for can change what every write does. Other objects a person
    // added (a view, an index of their own) change nothing CertDesk relies on.
    for (const SchemaObject &have : std::as_const(actual)) {
        if (have.type == QLatin1String("trigger") && !expected.contains(have.name)) {
            Difference d;
            d.kind = Kind::AddedTrigger;
            d.name = have.name;
            d.table = have.table;
            differences->append(d);
        }
    }
    return true;
}

bool SchemaCheck::repair(Transaction &tx, const QList<Difference> &differences, QString *error)
{
    QSqlDatabase db = tx.database().db();
    for (const Difference &d : differences) {
        if (!d.repairable())
            continue;
        if (d.kind == Difference::Kind::AlteredIndex
            && !execOrFail(db, QStringLiteral("DROP INDEX \"%1\"").arg(d.name), error))
            return false;
        if (!execOrFail(db, d.sql, error))
            return false;
    }
    return true;
}

} // namespace certdesk
