// The case list's memory bound: scrolled through thousands of cases by its scroll bar, the
// model holds at most MaxCachedPages pages of rows (only a keyset anchor per page beyond
// them), still shows every row right when scrolled back (evicted pages are read again by
// their anchor), and never counts the table.
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include "common/SurnameCases.h"
#include "common/TestDatabase.h"
#include "domain/ReceiptNumber.h"
#include "services/CaseService.h"
#include "services/Session.h"
#include "ui/case/CaseListModel.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

constexpr int kCases = 3000;

bool fill(Database &db)
{
    QSqlQuery q(db.db());
    // Two cases per second of submission time, so equal keys meet at page borders.
    return q.exec(QStringLiteral(
        "WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < %1) "
        "INSERT INTO cases(case_id, receipt, surname, surname_key, status, submitted_at, "
        "due_date, anomaly_list) SELECT 'case-' || n, substr('00000000000000000' || n, -17, 17), 'S' || n, 's' || n, "
        "'submitted', strftime('%Y-%m-%dT%H:%M:%S.000Z', '2026-01-01', '+' || (n / 2) || ' seconds'), "
        "'2026-04-01', '{}' FROM i").arg(kCases));
}

/// The case ids newest first, as the list shows them by default.
QStringList expectedIds(Database &db)
{
    QSqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT case_id FROM cases ORDER BY submitted_at DESC, rowid DESC"));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

/// The case list as a clerk's window holds it, over the test database.
struct ClerkList
{
    explicit ClerkList(TestDatabase &t)
        : session(t.db(), t.clock(),
              User {QStringLiteral("clerk"), QStringLiteral("Иванова Анна"),
                  QStringLiteral("specialist"), Role::Clerk})
        , service(session)
        , model(service, t.clock())
    {
    }
    Session session;
    CaseService service;
    CaseListModel model;
};

} // namespace

class TestCaseListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrolledToTheEndAndBackHoldsABoundedNumberOfRows()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        QVERIFY(fill(t.db()));
        const QStringList ids = expectedIds(t.db());
        QCOMPARE(ids.size(), kCases);
        ClerkList list(t);
        CaseListModel &model = list.model;
        QTableView view;
        view.resize(800, 600);
        view.setModel(&model);
        model.reload();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(model.rowCount(), CaseListModel::PageSize);

        const int bound = CaseListModel::MaxCachedPages * CaseListModel::PageSize;
        QScrollBar *bar = view.verticalScrollBar();
        // As a clerk drags the scroll bar to the end, again and again until nothing more comes.
        for (int step = 0; step < kCases && model.canFetchMore(QModelIndex()); ++step) {
            bar->setValue(bar->maximum());
            QCoreApplication::processEvents();
            QVERIFY2(model.heldRows() <= bound, qPrintable(QString::number(model.heldRows())));
        }
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.rowCount(), kCases);
        QVERIFY(model.heldRows() <= bound);
        QVERIFY(model.heldRows() >= CaseListModel::PageSize);
        QCOMPARE(model.data(model.index(kCases - 1, 0), CaseListModel::CaseIdRole).toString(), ids.last());

        // Back to the top: its pages were let go long ago and are read again by their anchor.
        bar->setValue(0);
        QCoreApplication::processEvents();
        QCOMPARE(model.data(model.index(0, 0), CaseListModel::CaseIdRole).toString(), ids.first());
        QCOMPARE(model.data(model.index(0, CaseListModel::Receipt)).toString(),
                 ReceiptNumber::format(ids.first().mid(5).rightJustified(17, u'0')));
        // Every row, asked in an order that evicts pages over and over, is the right one.
        for (int row = 0; row < kCases; row += 37) {
            QCOMPARE(model.data(model.index(row, 0), CaseListModel::CaseIdRole).toString(), ids.at(row));
            QVERIFY(model.heldRows() <= bound);
        }
        for (int row = kCases - 1; row >= 0; row -= 101)
            QCOMPARE(model.summary(row).caseId, ids.at(row));
        QVERIFY(model.heldRows() <= bound);
        // A page border where two cases share the submission second: none lost, none twice.
        for (int row = CaseListModel::PageSize - 2; row < CaseListModel::PageSize + 2; ++row)
            QCOMPARE(model.summary(row).caseId, ids.at(row));
    }
    void aLongPeriodIsListedBySubmissionTime()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        // More cases in January than a period is sorted whole, all due in April.
        QSqlQuery q(t.db().db());
        QVERIFY(q.exec(QStringLiteral(
            "WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < %1) "
            "INSERT INTO cases(case_id, receipt, surname, surname_key, status, submitted_at, "
            "due_date, anomaly_list) SELECT 'case-' || n, substr('00000000000000000' || n, -17, 17), "
            "'S' || n, 's' || n, 'submitted', strftime('%Y-%m-%dT%H:%M:%S.000Z', '2026-01-01', "
            "'+' || (n * 60) || ' seconds'), '2026-04-01', '{}' FROM i")
                           .arg(CaseListModel::PageSize + CaseQueries::smallSelection(CaseFilter()))));
        ClerkList list(t);
        CaseListModel &model = list.model;
        QSignalSpy sorts(&model, &CaseListModel::sortChanged);
        QSignalSpy notices(&model, &CaseListModel::notice);

        // A day is a short period: sorted by due date as asked.
        CaseFilter day;
        day.submittedFrom = QDate(2026, 1, 2);
        day.submittedTo = QDate(2026, 1, 2);
        model.setFilter(day);
        model.sort(CaseListModel::Due, Qt::AscendingOrder);
        QCOMPARE(sorts.constLast().at(0).toInt(), int(CaseListModel::Due));
        QCOMPARE(model.sortKey(), CaseSort::Due);
        QVERIFY(notices.isEmpty());
        QCOMPARE(model.rowCount(), CaseListModel::PageSize);

        // The whole year holds more: listed by submission time, in the order asked, and told.
        CaseFilter year;
        year.submittedFrom = QDate(2026, 1, 1);
        year.submittedTo = QDate(2026, 12, 31);
        model.setFilter(year);
        QCOMPARE(model.sortKey(), CaseSort::Submitted);
        QCOMPARE(sorts.constLast().at(0).toInt(), int(CaseListModel::Submitted));
        QCOMPARE(sorts.constLast().at(1).value<Qt::SortOrder>(), Qt::AscendingOrder);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.constFirst().at(0).toString().contains(QStringLiteral("submission time")),
                 qPrintable(notices.constFirst().at(0).toString()));
        QCOMPARE(model.summary(0).caseId, QStringLiteral("case-1"));

        // Asking again for the due date over the year gets the same answer, not a slow walk.
        model.sort(CaseListModel::Due, Qt::DescendingOrder);
        QCOMPARE(model.sortKey(), CaseSort::Submitted);
        QCOMPARE(sorts.constLast().at(0).toInt(), int(CaseListModel::Submitted));
        QCOMPARE(model.summary(0).caseId,
                 QStringLiteral("case-%1").arg(CaseListModel::PageSize + CaseQueries::smallSelection(CaseFilter())));
        QCOMPARE(notices.size(), 2);
    }

    void aLongSearchIsListedBySurname()
    {
        TestDatabase t;
        QVERIFY(t.isValid());
        CaseFilter found;
        found.surnamePrefix = QStringLiteral("Сейт");
        const int many = CaseQueries::smallSelection(found) + 20;
        QVERIFY(insertSurnameCases(t.db(), many));
        const int narrow = many / 30; // "Сейта": case-30, case-60 ...
        ClerkList list(t);
        CaseListModel &model = list.model;
        QSignalSpy sorts(&model, &CaseListModel::sortChanged);
        QSignalSpy notices(&model, &CaseListModel::notice);
        // The list newest first, as it opens; the search finds more than it sorts.
        model.setFilter(CaseFilter());
        model.showSearch(found);
        QVERIFY(model.isSearch());
        QCOMPARE(model.sortKey(), CaseSort::Surname);
        QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
        QCOMPARE(sorts.constLast().at(0).toInt(), int(CaseListModel::Name));
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.constFirst().at(0).toString().contains(QStringLiteral("surname")),
            qPrintable(notices.constFirst().at(0).toString()));
        // "Сейтаа" first: case-900 and case-1800, in the order they were written.
        QCOMPARE(model.summary(0).caseId, QStringLiteral("case-900"));
        QCOMPARE(model.summary(1).caseId, QStringLiteral("case-1800"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), many);
        // A narrower search comes in the clerk's order again, newest first, untold.
        CaseFilter few;
        few.surnamePrefix = QStringLiteral("сейта");
        model.showSearch(few);
        QCOMPARE(model.sortKey(), CaseSort::Submitted);
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(sorts.constLast().at(0).toInt(), int(CaseListModel::Submitted));
        QCOMPARE(notices.size(), 1);
        QCOMPARE(model.rowCount(), narrow);
        QCOMPARE(model.summary(0).caseId, QStringLiteral("case-%1").arg(narrow * 30)); // newest
        QCOMPARE(model.summary(9).caseId, QStringLiteral("case-%1").arg((narrow - 9) * 30));
        // A refused search shows no case.
        model.showSearch(CaseFilter());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        // A column the clerk clicks is kept for the search that cannot serve it, and for the
        // list after it: the long search is listed by surname, the whole list by due date.
        model.sort(CaseListModel::Due, Qt::AscendingOrder);
        model.showSearch(found);
        QCOMPARE(model.sortKey(), CaseSort::Surname);
        QCOMPARE(notices.size(), 2);
        model.setFilter(CaseFilter());
        QVERIFY(!model.isSearch());
        QCOMPARE(model.sortKey(), CaseSort::Due);
        QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
        QCOMPARE(sorts.constLast().at(0).toInt(), int(CaseListModel::Due));
    }
};

QTEST_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
