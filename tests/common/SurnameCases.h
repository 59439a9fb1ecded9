#pragma once

#include <QSqlQuery>
#include <QString>

#include "storage/Database.h"

namespace certdesk::test {

/// The letters of the generated surnames, in the order SQLite's keys sort them.
inline const QString &surnameLetters()
{
    static const QString letters = QStringLiteral("абвгдежзийклмнопрстуфхцчшщыэюя");
    return letters;
}

/// count submitted cases case-1 .. case-count straight into the cases table, a minute apart
/// from 1 January 2026 (case-count the newest), for the searches' paging. Case n is about
/// "Сейт" + letter n % 30 + letter n / 30 % 30 (surnameLetters()): every case starts with
/// "Сейт", every 30th with "Сейта", so the surnames' order is not the order of submission.
inline bool insertSurnameCases(Database &db, int count)
{
    QSqlQuery q(db.db());
    return q.exec(QStringLiteral(
        "WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < %1) "
        "INSERT INTO cases(case_id, receipt, surname, surname_key, status, submitted_at, "
        "due_date, anomaly_list) SELECT 'case-' || n, substr('00000000000000000' || n, -17, 17), "
        "'Сейт' || substr('%2', 1 + n % 30, 1) || substr('%2', 1 + n / 30 % 30, 1), "
        "'сейт' || substr('%2', 1 + n % 30, 1) || substr('%2', 1 + n / 30 % 30, 1), "
        "'submitted', strftime('%Y-%m-%dT%H:%M:%S.000Z', '2026-01-01', '+' || (n * 60) || "
        "' seconds'), '2026-04-01', '{}' FROM i")
                      .arg(count)
                      .arg(surnameLetters()));
}

} // namespace certdesk::test
