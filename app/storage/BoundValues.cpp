#include "storage/BoundValues.h"

#include "storage/SqliteStatement.h"

namespace certdesk {

BoundValues BoundValues::from(const QVariantList &values)
{
    BoundValues out;
    out.values.reserve(size_t(values.size()));
    for (const QVariant &v : values) {
        Value value;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            value.kind = Value::Kind::Integer;
            value.number = v.toLongLong();
            break;
        default: {
            const QString string = v.toString(); // a QString's own data, shared, not copied
            // A null QString binds NULL through QSqlQuery: the same here.
            if (v.typeId() == QMetaType::QString && string.isNull())
                break;
            const QByteArray utf8 = string.toUtf8();
            value.kind = Value::Kind::Text;
            value.offset = int(out.text.size());
            value.size = int(utf8.size());
            out.text.append(utf8);
            break;
        }
        }
        out.values.push_back(value);
    }
    return out;
}

void BoundValues::bind(SqliteStatement &statement) const
{
    for (size_t i = 0; i < values.size(); ++i) {
        const Value &v = values[i];
        switch (v.kind) {
        case Value::Kind::Null:
            statement.bindNull(int(i));
            break;
        case Value::Kind::Integer:
            statement.bindInt(int(i), v.number);
            break;
        case Value::Kind::Text:
            statement.bindText(int(i), QByteArrayView(text.constData() + v.offset, v.size));
            break;
        }
    }
}

} // namespace certdesk
