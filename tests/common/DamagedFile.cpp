#include "common/DamagedFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include "storage/Database.h"

namespace certdesk::test {

namespace {
constexpr qint64 kPage = 4096;
}

bool fillWithRows(Database &db)
{
    QSqlQuery q(db.db());
    return q.exec(QStringLiteral("WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i "
                                 "WHERE n < 2000) INSERT INTO meta(key, value) "
                                 "SELECT 'k' || n, hex(randomblob(40)) FROM i"));
}

bool makeFilledFile(const QString &path)
{
    Database db;
    QString error;
    return db.open(path, &error) == Database::OpenResult::Ok && fillWithRows(db);
}

bool tearNearEnd(const QString &path)
{
    // Near the end, among the rows just inserted: the middle may be an empty table's page,
    // whose unused bytes no check reads.
    const qint64 size = QFileInfo(path).size();
    QFile file(path);
    return size > 20 * kPage && file.open(QIODevice::ReadWrite)
           && file.seek((size / kPage - 2) * kPage + 8)
           && file.write(QByteArray(3000, '\xff')) == 3000;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace certdesk::test
