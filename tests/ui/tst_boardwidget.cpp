// The supervisor board as a supervisor uses it: bucket counts, sorting, one click from a
// receipt to the case, a batch transfer with its act printed, archiving, the journal, the
// printed board and the CSV export; a clerk is refused. The custody dialogs of the case view
// (CaseActions) are driven the same way. CERTDESK_SHOW_SECONDS=N shows the board for a look;
// CERTDESK_PDF_DIR=FOLDER keeps what it printed.

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "services/tst_lifecycle_fixture.h"

#include "printer_support.h"
#include "services/AppealService.h"
#include "services/CustodyService.h"
#include "services/SafeCountService.h"
#include "services/ResultService.h"
#include "ui/board/BoardModel.h"
#include "ui/board/BoardWidget.h"
#include "ui/case/CaseActionDateDialog.h"
#include "ui/case/CaseActionIssueDialog.h"
#include "ui/case/CaseActionResultDialog.h"
#include "ui/case/CaseActions.h"
#include "ui/shell/Language.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

/// Accepts every dialog as it is.
bool acceptAll(QDialog *dialog)
{
    dialog->accept();
    return dialog->result() == QDialog::Accepted;
}

} // namespace

class TestBoardWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PdfPrinters> m_printers;

    QString arrive(Workstation &w, const QDate &day, const QString &surname)
    {
        w.setDay(day, QTime(9, 0));
        const QString id = w.receive(QStringLiteral("abroad"), surname);
        CertificateResult r;
        r.number = QStringLiteral("C-") + surname;
        r.date = day;
        r.outcome = QStringLiteral("no_record");
        QString error;
        if (!ResultService(w.clerk).recordCertificate(id, r, nullptr, &error)
            || !CustodyService(w.clerk).recordArrival(id, QDate(), nullptr, &error))
            qWarning("arrive: %s", qPrintable(error));
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_printers = std::make_unique<PdfPrinters>();
        CaseActions::setTestDriver(acceptAll);
    }

    void supervisorWorksTheBoard();
    void clerkIsRefused();
    void caseActionsDialogs();
    void menuActionForSupervisorsOnly();
    void keyboardOnTheBoard();
    void needActionCountsAppeals();
    void needActionReadsTheSameInKazakhAndRussian_data();
    void needActionReadsTheSameInKazakhAndRussian();
    void lateResultsBucket();
    void clockMovedBackOnTheBoard();
    void everyLineReadsWholeAtTheDefaultSize_data();
    void everyLineReadsWholeAtTheDefaultSize();
    void theFirstBucketReadsWholeWhenTheBoardOpens_data();
    void theFirstBucketReadsWholeWhenTheBoardOpens();
    void aMissingPaperReadsOnOneLine_data();
    void aMissingPaperReadsOnOneLine();
    void aLongBucketComesPageByPage();
    void show();
};

void TestBoardWidget::supervisorWorksTheBoard()
{
    Workstation w;
    QVERIFY(w.isValid());
    const QString a = arrive(w, QDate(2026, 1, 30), QStringLiteral("Бекова"));
    const QString b = arrive(w, QDate(2026, 2, 2), QStringLiteral("Ахметов"));
    const QString c = arrive(w, QDate(2026, 2, 20), QStringLiteral("Ванина"));
    w.setDay(QDate(2026, 3, 3), QTime(11, 0));

    BoardWidget board(w.supervisor);
    QCOMPARE(board.asOf(), QDate(2026, 3, 3));
    QCOMPARE(board.board().bucket(BoardBucket::DueForTransfer).size(), 2);
    const QListWidget *list = board.findChild<QListWidget *>(QStringLiteral("bucketList"));
    QVERIFY(list);
    QCOMPARE(list->count(), BoardBucketCount);
    QVERIFY2(
        list->item(1)->text().contains(QStringLiteral("(2)")), qPrintable(list->item(1)->text()));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("2 due")));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("(1)")));

    board.showBucket(BoardBucket::DueForTransfer);
    QAbstractItemModel *model = board.table()->model();
    QCOMPARE(model->rowCount(), 2);
    // Sorted by due date, descending: 2 February's paper (due 3 March) first.
    board.table()->sortByColumn(BoardModel::Due, Qt::DescendingOrder);
    QCOMPARE(model->index(0, 0).data(BoardModel::CaseIdRole).toString(), b);
    QCOMPARE(model->index(0, BoardModel::State).data().toString(), QStringLiteral("due today"));
    QCOMPARE(model->index(1, BoardModel::State).data().toString(),
        QStringLiteral("overdue by 1 day(s)"));
    board.table()->sortByColumn(BoardModel::Due, Qt::AscendingOrder);
    QCOMPARE(model->index(0, 0).data(BoardModel::CaseIdRole).toString(), a);

    // One click on the receipt opens the case.
    QSignalSpy open(&board, &BoardWidget::openCase);
    board.table()->resizeColumnsToContents();
    const QRect cell = board.table()->visualRect(model->index(1, BoardModel::Receipt));
    QTest::mouseClick(board.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), b);

    // Transfer only the selected one; its act is printed.
    board.table()->selectRow(0);
    QVERIFY(board.transferSelected());
    QVERIFY2(
        board.statusText().contains(QStringLiteral("-260303-1")), qPrintable(board.statusText()));
    const QString act = pdfText(m_printers->lastFile());
    QVERIFY2(act.contains(QStringLiteral("Акт приёма-передачи")), qPrintable(act));
    QVERIFY(act.contains(QStringLiteral("Бекова")));
    QVERIFY(!act.contains(QStringLiteral("Ахметов")));
    QCOMPARE(w.state(a).status, CaseStatus::AtProvider);
    QCOMPARE(w.state(b).status, CaseStatus::AtBranch);
    QCOMPARE(board.board().bucket(BoardBucket::DueForTransfer).size(), 1);

    // The board printed and exported.
    QVERIFY(board.printBoard());
    const QString printed = pdfText(m_printers->lastFile());
    QVERIFY2(printed.contains(QStringLiteral("Подлежат передаче услугодателю — 1")),
        qPrintable(printed));
    QVERIFY(printed.contains(QStringLiteral("У услугодателя — 1")));
    QVERIFY(printed.contains(QStringLiteral("Ванина")));
    const QString csvPath = QDir(m_printers->folder()).filePath(QStringLiteral("board.csv"));
    QVERIFY(board.exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "bucket,case_id,receipt,name,due"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(QStringLiteral("due_for_transfer,%1,").arg(b)));
    QVERIFY(text.contains(QStringLiteral("at_provider,%1,").arg(a)));
    QVERIFY(text.contains(QStringLiteral("at_branch,%1,").arg(c)));

    // Later: the provider's custody of a is over on 1 May (Friday 1 May is a holiday).
    w.setDay(QDate(2026, 5, 4));
    board.setAsOf(QDate(2026, 5, 4));
    QCOMPARE(board.board().bucket(BoardBucket::ToArchive).size(), 1);
    board.showBucket(BoardBucket::ToArchive);
    CaseActions::setTestDriver([](QDialog *dialog) {
        auto *d = qobject_cast<CaseActionDateDialog *>(dialog);
        if (!d)
            return false;
        d->setText(QStringLiteral("ОП-2026/51"));
        d->accept();
        if (d->result() != QDialog::Accepted)
            qWarning("archiving refused: %s", qPrintable(d->errorText()));
        return d->result() == QDialog::Accepted;
    });
    QVERIFY2(board.archiveSelected(), qPrintable(board.statusText()));
    CaseActions::setTestDriver(acceptAll);
    QCOMPARE(w.state(a).status, CaseStatus::Archived);
    QVERIFY(board.board().bucket(BoardBucket::ToArchive).isEmpty());

    // The issuance journal of a day with nothing handed over still prints, empty.
    QVERIFY(board.printJournal());
    QVERIFY(pdfText(m_printers->lastFile()).contains(QStringLiteral("Всего выдано: 0")));
}

void TestBoardWidget::clerkIsRefused()
{
    Workstation w;
    QVERIFY(w.isValid());
    BoardWidget board(w.clerk);
    QVERIFY(!board.refresh());
    QVERIFY2(
        board.statusText().contains(QStringLiteral("supervisor")), qPrintable(board.statusText()));
    QCOMPARE(board.table()->model()->rowCount(), 0);
}

void TestBoardWidget::caseActionsDialogs()
{
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2026, 4, 1));
    const QString id = w.receive(QStringLiteral("apostille"));
    CaseActions actions(w.clerk);
    QSignalSpy recorded(&actions, &CaseActions::recorded);

    // A result without a number stays in the dialog with the reason; then it is corrected.
    w.setDay(QDate(2026, 4, 9));
    QString shownError;
    CaseActions::setTestDriver([&](QDialog *dialog) {
        auto *d = qobject_cast<CaseActionResultDialog *>(dialog);
        CertificateResult r;
        r.date = QDate(2026, 4, 8);
        r.outcome = QStringLiteral("no_record");
        d->setCertificate(r);
        d->accept();
        shownError = d->errorText();
        r.number = QStringLiteral("10100777001");
        r.apostilleNumber = QStringLiteral("AP-77");
        d->setCertificate(r);
        d->accept();
        return d->result() == QDialog::Accepted;
    });
    QVERIFY2(actions.run(EventType::ResultRecorded, id, nullptr), qPrintable(actions.lastError()));
    QVERIFY2(
        shownError.contains(QStringLiteral("Certificate number is empty")), qPrintable(shownError));
    QCOMPARE(w.state(id).status, CaseStatus::ResultReady);
    QCOMPARE(recorded.size(), 1);

    // Printing at the branch: the certificate PDF, with the apostille area; custody starts.
    CaseActions::setTestDriver(acceptAll);
    QVERIFY2(actions.run(EventType::Printed, id, nullptr), qPrintable(actions.lastError()));
    QString text = pdfText(m_printers->lastFile());
    QVERIFY2(text.contains(QStringLiteral("10100777001")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("APOSTILLE")));
    QVERIFY(text.contains(QStringLiteral("AP-77")));
    QVERIFY(!text.contains(QStringLiteral("ДУБЛИКАТ")));
    QCOMPARE(w.state(id).status, CaseStatus::AtBranch);
    QVERIFY2(actions.run(EventType::Printed, id, nullptr), qPrintable(actions.lastError()));
    QVERIFY(pdfText(m_printers->lastFile()).contains(QStringLiteral("ДУБЛИКАТ")));
    QCOMPARE(w.state(id).duplicates, 1);

    // Issuing: an expired identity document is refused in the dialog; a valid one passes.
    QString issueError;
    CaseActions::setTestDriver([&](QDialog *dialog) {
        auto *d = qobject_cast<CaseActionIssueDialog *>(dialog);
        Collector c = Workstation::self();
        c.identity.expiresOn = QDate(2026, 4, 1);
        d->setCollector(c);
        d->accept();
        issueError = d->errorText();
        d->setCollector(Workstation::self());
        d->accept();
        return d->result() == QDialog::Accepted;
    });
    QVERIFY2(actions.run(EventType::Issued, id, nullptr), qPrintable(actions.lastError()));
    QVERIFY2(issueError.contains(QStringLiteral("expired"))
            || issueError.contains(QStringLiteral("expir")),
        qPrintable(issueError));
    QCOMPARE(w.state(id).status, CaseStatus::Issued);

    // A transfer from the case view by a clerk is refused with the reason.
    CaseActions::setTestDriver(acceptAll);
    QVERIFY(!actions.run(EventType::Transferred, id, nullptr));
    QVERIFY(!actions.run(EventType::Withdrawn, id, nullptr));
}

void TestBoardWidget::menuActionForSupervisorsOnly()
{
    Workstation w;
    QVERIFY(w.isValid());
    QWidget window;
    QMenu menu;
    // For a clerk the entry is there but hidden, its shortcut dead: a supervisor who signs in
    // at the lock screen gets it shown (CounterTools, tst_counterwindow).
    QAction *hidden = BoardWidget::addMenuAction(&menu, w.clerk, &window, [](const QString &) {});
    QVERIFY(hidden);
    QVERIFY(!hidden->isVisible() && !hidden->isEnabled());
    hidden->trigger();
    QVERIFY(!window.findChild<BoardWidget *>());
    menu.clear();
    QString opened;
    QAction *action = BoardWidget::addMenuAction(
        &menu, w.supervisor, &window, [&opened](const QString &id) { opened = id; });
    QVERIFY(action);
    action->trigger();
    BoardWidget *board = window.findChild<BoardWidget *>();
    QVERIFY(board);
    QVERIFY(board->isWindow());
    QVERIFY(board->isVisible());
    Q_EMIT board->openCase(QStringLiteral("case-1"));
    QCOMPARE(opened, QStringLiteral("case-1"));
    // The board is the counter window's own window, always above it: it steps aside so the
    // case it opened is seen, and the same shortcut brings it back as it was.
    QVERIFY(!board->isVisible());
    action->trigger(); // the same window again, not a second one
    QCOMPARE(window.findChildren<BoardWidget *>().size(), 1);
    QVERIFY(board->isVisible());
}

// Esc closes the board's window; Tab into its lists lands on a row one can see; the date box
// keeps to the years the board can mean (31.12.2402 was taken as typed).
void TestBoardWidget::keyboardOnTheBoard()
{
    Workstation w;
    arrive(w, QDate(2026, 1, 30), QStringLiteral("Бекова"));
    arrive(w, QDate(2026, 2, 2), QStringLiteral("Ахметов"));
    w.setDay(QDate(2026, 3, 3), QTime(11, 0));
    QPointer<BoardWidget> board = new BoardWidget(w.supervisor);
    board->setWindowFlag(Qt::Window);
    board->setAttribute(Qt::WA_DeleteOnClose);
    board->show();
    board->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(board));

    auto *date = board->findChild<QDateEdit *>(QStringLiteral("asOfEdit"));
    date->setFocus();
    date->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(date, QStringLiteral("31.12.2402"));
    QTest::keyClick(date, Qt::Key_Tab);
    QVERIFY2(board->asOf() <= QDate(2026, 3, 3).addDays(BoardWidget::MaxDaysAhead),
        qPrintable(board->asOf().toString(Qt::ISODate)));
    QVERIFY(board->asOf().year() < 2100);
    QVERIFY(!board->statusText().contains(QStringLiteral("2402")));
    // One Tab leaves the date box, as it leaves a line edit (Qt's would walk day, month, year).
    QVERIFY2(!date->hasFocus() && !date->isAncestorOf(QApplication::focusWidget()),
        QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "");
    date->setFocus();
    date->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), board->findChild<QPushButton *>(QStringLiteral("refreshButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QVERIFY(date->hasFocus() || date->isAncestorOf(QApplication::focusWidget()));

    board->setAsOf(QDate(2026, 3, 3));
    auto *buckets = board->findChild<QListWidget *>(QStringLiteral("bucketList"));
    buckets->setFocus();
    QVERIFY(buckets->currentIndex().isValid());
    QTest::keyClick(buckets, Qt::Key_Down); // to "due for transfer"
    QCOMPARE(board->currentBucket(), BoardBucket::DueForTransfer);
    board->table()->setFocus();
    QVERIFY(board->table()->hasFocus());
    QVERIFY2(board->table()->currentIndex().isValid(), "the focused table shows no current row");
    QVERIFY(!board->table()->styleSheet().isEmpty());

    QTest::keyClick(board->table(), Qt::Key_Escape);
    QTRY_VERIFY(!board);
}

void TestBoardWidget::needActionCountsAppeals()
{
    // The status line under the buckets counts what needs action today: the custody tasks and
    // the appeals with a term due or missed, never "0" above a list of overdue appeals.
    Workstation w;
    QVERIFY(w.isValid());
    Appeal a;
    a.applicant.name = {QStringLiteral("Жумабаев"), QStringLiteral("Ерлан"), QString()};
    a.essence = QStringLiteral("Очередь");
    for (const QDate &day : {QDate(2026, 3, 2), QDate(2026, 3, 3), QDate(2026, 3, 20)}) {
        w.setDay(day);
        const AppealService::Result r = AppealService(w.clerk).accept(a);
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    // 30 March: the first two are past their compliance terms (10 and 11 March); the third
    // owes nothing before 1 April.
    w.setDay(QDate(2026, 3, 30));
    BoardWidget board(w.supervisor);
    QVERIFY2(
        board.statusText().contains(QStringLiteral("0 case(s)")), qPrintable(board.statusText()));
    QVERIFY2(
        board.statusText().contains(QStringLiteral("2 appeal(s)")), qPrintable(board.statusText()));
    // On 10 March only the first appeal's compliance term is due: that day.
    board.setAsOf(QDate(2026, 3, 10));
    QVERIFY2(
        board.statusText().contains(QStringLiteral("1 appeal(s)")), qPrintable(board.statusText()));
    board.setAsOf(QDate(2026, 3, 2));
    QVERIFY2(
        board.statusText().contains(QStringLiteral("0 appeal(s)")), qPrintable(board.statusText()));
}

void TestBoardWidget::needActionReadsTheSameInKazakhAndRussian_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("board"); // the glossary's name (docs/translations.md)
    QTest::addColumn<QString>("needAction"); // the status line's "need action"
    QTest::newRow("kk") << QStringLiteral("kk") << QStringLiteral("Бақылау панелі")
                        << QStringLiteral("әрекет қажет");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Панель контроля")
                        << QStringLiteral("требуют действий");
}

void TestBoardWidget::needActionReadsTheSameInKazakhAndRussian()
{
    // The status line names the board as the window and the printout do, and "need action"
    // means one count: the appeals panel above it counts every appeal with something owed
    // (two here), the status line those due today or missed (one); the panel must not say
    // "need action" for its two.
    QFETCH(QString, language);
    QFETCH(QString, board);
    QFETCH(QString, needAction);
    QStandardPaths::setTestModeEnabled(true);
    Language languages;
    QVERIFY(languages.apply(language));
    Workstation w;
    QVERIFY(w.isValid());
    Appeal a;
    a.applicant.name = {QStringLiteral("Жумабаев"), QStringLiteral("Ерлан"), QString()};
    a.essence = QStringLiteral("Очередь");
    for (const QDate &day : {QDate(2026, 3, 2), QDate(2026, 3, 20)}) {
        w.setDay(day);
        const AppealService::Result r = AppealService(w.clerk).accept(a);
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    w.setDay(QDate(2026, 3, 30));
    BoardWidget widget(w.supervisor);
    const QString status = widget.statusText();
    QVERIFY(languages.apply(QStringLiteral("en")));
    QVERIFY2(status.startsWith(board), qPrintable(status));
    QVERIFY2(status.contains(needAction), qPrintable(status));
    QString heading;
    for (QLabel *label : widget.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("</b>")))
            heading = label->text();
    }
    QVERIFY2(heading.contains(QLatin1Char('2')), qPrintable(heading));
    QVERIFY2(!heading.contains(needAction), qPrintable(heading + QStringLiteral(" / ") + status));
}

void TestBoardWidget::lateResultsBucket()
{
    // Applications past their service deadline with no result: the provider is late. The board
    // lists them with the days overdue, counts them as needing action and prints them.
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2026, 3, 2));
    const QString monday
        = w.receive(QStringLiteral("abroad"), QStringLiteral("Бекова")); // due 9 Mar
    w.setDay(QDate(2026, 3, 6));
    w.receive(QStringLiteral("abroad"), QStringLiteral("Ахметов")); // due 13 Mar
    w.setDay(QDate(2026, 3, 13));
    BoardWidget board(w.supervisor);
    auto *list = board.findChild<QListWidget *>(QStringLiteral("bucketList"));
    QVERIFY(list);
    QCOMPARE(list->count(), BoardBucketCount);
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(QStringLiteral("Late results")))
            row = i;
    }
    QVERIFY2(row >= 0, "no late results bucket");
    QVERIFY2(list->item(row)->text().contains(QStringLiteral("(1)")),
        qPrintable(list->item(row)->text()));
    QVERIFY2(list->item(row)->text().contains(QStringLiteral("1 due")),
        qPrintable(list->item(row)->text()));
    QVERIFY2(
        board.statusText().contains(QStringLiteral("1 case(s)")), qPrintable(board.statusText()));

    // Keyboard: down the bucket list to it, the case is listed with its days overdue.
    list->setFocus();
    list->setCurrentRow(0);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QAbstractItemModel *model = board.table()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(BoardModel::CaseIdRole).toString(), monday);
    QCOMPARE(model->index(0, BoardModel::Due).data().toString(), QStringLiteral("09.03.2026"));
    QCOMPARE(model->index(0, BoardModel::State).data().toString(),
        QStringLiteral("result late by 4 day(s)"));
    QCOMPARE(model->index(0, BoardModel::DaysLeft).data().toInt(), 4);
    QCOMPARE(model->headerData(BoardModel::DaysLeft, Qt::Horizontal).toString(),
        QStringLiteral("Days late"));

    board.setAsOf(QDate(2026, 3, 16));
    QCOMPARE(model->rowCount(), 2);
    QVERIFY2(list->item(row)->text().contains(QStringLiteral("(2)")),
        qPrintable(list->item(row)->text()));

    // Printed in Kazakh and Russian, the days counted in each language's plural forms.
    QVERIFY(board.printBoard());
    const QString printed = pdfText(m_printers->lastFile());
    QVERIFY2(
        printed.contains(QStringLiteral("Результат не получен в срок — 2")), qPrintable(printed));
    QVERIFY2(
        printed.contains(QStringLiteral("Нәтиже мерзімінде алынбады — 2")), qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("просрочен на 7 дней")), qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("просрочен на 3 дня")), qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("7 күнге кешікті")), qPrintable(printed));
    QVERIFY2(!printed.contains(QStringLiteral("day(s)")), qPrintable(printed));
    // Each receipt as the screen, the person's receipt and the transfer act give it.
    for (int i = 0; i < model->rowCount(); ++i) {
        const QString receipt = model->index(i, BoardModel::Receipt).data().toString();
        QVERIFY2(receipt.contains(QLatin1Char('-')), qPrintable(receipt));
        QVERIFY2(printed.contains(receipt), qPrintable(receipt + QStringLiteral(": ") + printed));
    }
}

void TestBoardWidget::clockMovedBackOnTheBoard()
{
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2026, 12, 6), QTime(2, 1));
    w.receive();
    w.setDay(QDate(2026, 3, 20), QTime(10, 0));
    w.receive(QStringLiteral("abroad"), QStringLiteral("Ахметов"));

    BoardWidget board(w.supervisor);
    board.showBucket(BoardBucket::Anomalies);
    QAbstractItemModel *model = board.table()->model();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY2(model->index(0, BoardModel::Receipt)
                 .data()
                 .toString()
                 .startsWith(QStringLiteral("Workstation")),
        qPrintable(model->index(0, BoardModel::Receipt).data().toString()));
    const QString state = model->index(0, BoardModel::State).data().toString();
    QVERIFY2(state.contains(QStringLiteral("moved back by 260 day(s)")), qPrintable(state));
    QVERIFY2(state.contains(QStringLiteral("06.12.2026 02:01")), qPrintable(state));
    QCOMPARE(model->index(0, BoardModel::Due).data().toString(), QStringLiteral("20.03.2026"));
    // Nothing to open: it is the workstation, not a case.
    QSignalSpy open(&board, &BoardWidget::openCase);
    board.table()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(board.table(), Qt::Key_Return);
    QCOMPARE(open.size(), 0);

    QVERIFY(board.printBoard());
    const QString printed = pdfText(m_printers->lastFile());
    QVERIFY2(printed.contains(QStringLiteral("06.12.2026 02:01")), qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("260 дней")), qPrintable(printed));
    QVERIFY2(!printed.contains(QStringLiteral("clock_moved_back")), qPrintable(printed));
}

void TestBoardWidget::everyLineReadsWholeAtTheDefaultSize_data()
{
    QTest::addColumn<QString>("language");
    for (const char *code : {"kk", "ru", "en"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestBoardWidget::everyLineReadsWholeAtTheDefaultSize()
{
    // The board opens at 1200x700 (on a 1366x768 screen). A clock's line and a late result
    // read whole in every language: the state within the table, wrapped when long, and the
    // name column not squeezed to an ellipsis by it.
    QFETCH(QString, language);
    QStandardPaths::setTestModeEnabled(true);
    Language languages;
    QVERIFY(languages.apply(language));
    Workstation w;
    QVERIFY(w.isValid());
    w.setDay(QDate(2026, 12, 6), QTime(2, 1));
    w.receive(QStringLiteral("abroad"), QStringLiteral("Мухамеджанова-Серикбаева"));
    w.setDay(QDate(2026, 12, 5), QTime(10, 0)); // the clock set back a day
    w.receive(QStringLiteral("abroad"), QStringLiteral("Ахметов"));
    w.setDay(QDate(2027, 2, 1), QTime(10, 0)); // both results long overdue

    BoardWidget board(w.supervisor);
    board.resize(1200, 700);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QTableView *table = board.table();
    for (const BoardBucket bucket : {BoardBucket::Anomalies, BoardBucket::LateResults}) {
        board.showBucket(bucket);
        QVERIFY(table->model()->rowCount() > 0);
        const int viewport = table->viewport()->width();
        const QFontMetrics metrics(table->font());
        const int margin
            = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (const int column : {int(BoardModel::Name), int(BoardModel::State)}) {
                const QModelIndex index = table->model()->index(row, column);
                const QString text = index.data().toString();
                const QRect cell = table->visualRect(index);
                const QString where = QStringLiteral("%1 row %2 column %3: \"%4\" in %5x%6 at %7")
                                          .arg(language)
                                          .arg(row)
                                          .arg(column)
                                          .arg(text)
                                          .arg(cell.width())
                                          .arg(cell.height())
                                          .arg(cell.left());
                QVERIFY2(cell.right() <= viewport, qPrintable(where));
                // The text, wrapped at word boundaries, inside the cell less the delegate's
                // margins (QStyle's focus frame margin and one pixel, each side).
                const int width = cell.width() - margin;
                const QRect needed
                    = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
                QVERIFY2(needed.width() <= width, qPrintable(where));
                QVERIFY2(needed.height() <= cell.height(), qPrintable(where));
            }
        }
    }
    QVERIFY(languages.apply(QStringLiteral("en")));
}

void TestBoardWidget::theFirstBucketReadsWholeWhenTheBoardOpens_data()
{
    everyLineReadsWholeAtTheDefaultSize_data();
}

void TestBoardWidget::theFirstBucketReadsWholeWhenTheBoardOpens()
{
    // The walk of 2026-12-06: the board opened on "At the branch" with its State column two
    // letters wide ("17 … …") in every language; the columns were fitted to the table's
    // width before the window had laid it out, and only a change of bucket fitted them again.
    QFETCH(QString, language);
    QStandardPaths::setTestModeEnabled(true);
    Language languages;
    QVERIFY(languages.apply(language));
    Workstation w;
    QVERIFY(w.isValid());
    arrive(w, QDate(2026, 11, 23), QStringLiteral("Бекмухамбетов"));
    w.setDay(QDate(2026, 12, 6));
    BoardWidget board(w.supervisor);
    board.resize(1200, 700);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QTableView *table = board.table();
    QCOMPARE(table->model()->rowCount(), 1); // the first bucket, as it opens
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics(table->font());
    const QString state = table->model()->index(0, BoardModel::State).data().toString();
    int longestWord = 0;
    for (const QString &word : state.split(u' ', Qt::SkipEmptyParts))
        longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
    const int width = table->columnWidth(BoardModel::State);
    QVERIFY2(width >= header->sectionSizeHint(BoardModel::State) && width > longestWord,
        qPrintable(QStringLiteral("%1: State is %2 px for \"%3\" (title needs %4)")
                       .arg(language)
                       .arg(width)
                       .arg(state)
                       .arg(header->sectionSizeHint(BoardModel::State))));
}

void TestBoardWidget::aMissingPaperReadsOnOneLine_data()
{
    everyLineReadsWholeAtTheDefaultSize_data();
}

void TestBoardWidget::aMissingPaperReadsOnOneLine()
{
    // The walk of 2026-12-06: "отсутствовала при пересчёте сейфа 07.12.2026" wrapped to two
    // lines while the empty "Осталось дней" column (no anomaly has days left) kept its width.
    QFETCH(QString, language);
    QStandardPaths::setTestModeEnabled(true);
    Language languages;
    QVERIFY(languages.apply(language));
    Workstation w;
    QVERIFY(w.isValid());
    arrive(w, QDate(2026, 11, 23), QStringLiteral("Бекмухамбетова-Серикбаева"));
    arrive(w, QDate(2026, 11, 24), QStringLiteral("Ким"));
    w.setDay(QDate(2026, 12, 7), QTime(18, 0));
    SafeCountService count(w.supervisor);
    QString error;
    QVERIFY2(count.start(&error) && count.finish(nullptr, &error), qPrintable(error));

    BoardWidget board(w.supervisor);
    board.resize(1200, 700);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    board.showBucket(BoardBucket::Anomalies);
    QTableView *table = board.table();
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(table->isColumnHidden(BoardModel::DaysLeft));
    const QFontMetrics metrics(table->font());
    const int margin
        = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = table->model()->index(row, BoardModel::State);
        const QString text = index.data().toString();
        const int width = table->columnWidth(BoardModel::State) - margin;
        QVERIFY2(metrics.horizontalAdvance(text) <= width,
            qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                           .arg(language, text)
                           .arg(metrics.horizontalAdvance(text))
                           .arg(width)));
    }
    // Back on a bucket with deadlines, the column is there again.
    board.showBucket(BoardBucket::AtBranch);
    QVERIFY(!table->isColumnHidden(BoardModel::DaysLeft));
    QVERIFY(languages.apply(QStringLiteral("en")));
}

void TestBoardWidget::show()
{
    const int seconds = qEnvironmentVariableIntValue("CERTDESK_SHOW_SECONDS");
    if (seconds <= 0)
        QSKIP("set CERTDESK_SHOW_SECONDS to look at the board");
    Workstation w;
    const QStringList names {QStringLiteral("Бекова"), QStringLiteral("Ахметов"),
        QStringLiteral("Ванина"), QStringLiteral("Жумабаев"), QStringLiteral("Касымова"),
        QStringLiteral("Нурланов"), QStringLiteral("Серикова")};
    QDate day(2026, 1, 12);
    for (const QString &n : names) {
        arrive(w, day, n);
        day = day.addDays(6);
    }
    w.setDay(QDate(2026, 3, 3));
    BoardWidget board(w.supervisor);
    board.resize(1250, 640);
    board.showBucket(BoardBucket::AtBranch);
    board.show();
    QTest::qWait(seconds * 1000 / 3);
    board.showBucket(BoardBucket::DueForTransfer);
    QTest::qWait(seconds * 1000 / 3);
    CaseActionIssueDialog issue(&board);
    issue.setCase(
        QStringLiteral("Case 7501-01-260112-0001-8: Бекова Ерлан Серикович, at the branch."),
        QStringLiteral("760212350620"), QDate(2026, 3, 3));
    issue.setCollector(Workstation::representative(QDate(2026, 1, 10)));
    issue.show();
    QTest::qWait(seconds * 1000 / 3);
}

QTEST_MAIN(TestBoardWidget)
#include "tst_boardwidget.moc"

void TestBoardWidget::aLongBucketComesPageByPage()
{
    // A busy branch keeps more papers than a page: the bucket says how many, its first page
    // shows at once, the keyboard's way down brings the others, a sort by another column
    // sorts them all, and the exported file holds every one.
    Workstation w;
    constexpr int kPapers = BoardModel::PageSize + 30;
    for (int i = 0; i < kPapers; ++i)
        arrive(w, QDate(2026, 2, 2).addDays(i / 7), QStringLiteral("Ахмет%1").arg(i, 3, 10, QLatin1Char('0')));
    w.setDay(QDate(2026, 2, 25), QTime(11, 0));
    BoardWidget board(w.supervisor);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    board.showBucket(BoardBucket::AtBranch);
    auto *buckets = board.findChild<QListWidget *>(QStringLiteral("bucketList"));
    QVERIFY2(buckets->item(int(BoardBucket::AtBranch))->text().contains(QStringLiteral("(%1)").arg(kPapers)),
        qPrintable(buckets->item(int(BoardBucket::AtBranch))->text()));
    QAbstractItemModel *rows = board.table()->model();
    QCOMPARE(rows->rowCount(), BoardModel::PageSize);
    board.table()->setFocus();
    for (int presses = 0; presses < 10 && rows->rowCount() < kPapers; ++presses)
        QTest::keyClick(board.table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(rows->rowCount(), kPapers);
    // In the bucket's order: custody ending first, and nothing twice.
    QSet<QString> ids;
    QDate previous;
    for (int row = 0; row < rows->rowCount(); ++row) {
        ids.insert(rows->index(row, BoardModel::Receipt).data(BoardModel::CaseIdRole).toString());
        const QDate due = rows->index(row, BoardModel::Due).data(BoardModel::SortRole).toDate();
        QVERIFY(!previous.isValid() || previous <= due);
        previous = due;
    }
    QCOMPARE(ids.size(), kPapers);

    // Opened again, sorted by name at once: every paper, A to Z.
    board.refresh();
    QCOMPARE(rows->rowCount(), BoardModel::PageSize);
    board.table()->sortByColumn(BoardModel::Name, Qt::DescendingOrder);
    QCOMPARE(rows->rowCount(), kPapers);
    QCOMPARE(rows->index(0, BoardModel::Name).data().toString().left(8), QStringLiteral("Ахмет%1").arg(kPapers - 1));

    const QString csv = QDir(m_printers->folder()).filePath(QStringLiteral("board-paged.csv"));
    QVERIFY(board.exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.filter(QStringLiteral("at_branch,")).size(), kPapers);
}
