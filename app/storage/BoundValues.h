#pragma once

#include <QByteArray>
#include <QVariantList>

#include <vector>

namespace certdesk {

class SqliteStatement;

/// A row's values ready to bind through SqliteStatement: the texts already UTF-8 in one
/// buffer, the numbers as integers, NULL where QSqlQuery would bind NULL (a null QString). Made
/// on a worker thread so the connection's thread only binds and steps.
struct BoundValues
{
    struct Value
    {
        enum class Kind { Null, Integer, Text } kind = Kind::Null;
        qint64 number = 0;
        int offset = 0;
        int size = 0;
    };
    QByteArray text;
    std::vector<Value> values;

    static BoundValues from(const QVariantList &values);
    /// Binds the values to the statement's parameters 0, 1, ...
    void bind(SqliteStatement &statement) const;
};

} // namespace certdesk
