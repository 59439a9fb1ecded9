#include <QDateEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QTableView>
#include <QTest>

#include "domain/ReceiptNumber.h"
#include "intake_fixture.h"
#include "services/IntakeService.h"
#include "ui/case/CaseListModel.h"
#include "ui/case/CaseTexts.h"
#include "ui/case/CaseView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

Application application(const QString &surname, const QString &iin)
{
    Application a;
    a.subject.iin = iin;
    a.subject.name = {surname, QStringLiteral("Айгуль"), QString()};
    a.identity.number = QStringLiteral("045123456");
    a.identity.issuer = QStringLiteral("МВД РК");
    a.identity.issuedOn = QDate(2020, 5, 14);
    a.identity.expiresOn = QDate(2030, 5, 13);
    a.phone = QStringLiteral("+77012345678");
    return a;
}

/// Takes n applications through the service; returns their receipts.
QStringList take(GuiCounter &c, int n, const QString &surname = QStringLiteral("Ахметова"))
{
    QStringList receipts;
    IntakeService intake(c.clerk);
    for (int i = 0; i < n; ++i) {
        const auto r = intake.submit(application(i == 0 ? surname : QStringLiteral("Бекова"),
                                                 makeIin(QDate(1980, 1, 1).addDays(i), false)), {});
        if (!r.ok)
            qWarning("%s", qPrintable(r.error));
        receipts.append(r.receipt.receipt);
    }
    return receipts;
}

} // namespace

/// The main window: one search box (a scan opens the case), the case list over storage, the
/// case view with exactly the actions the state allows; and the sign-in dialog.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    void aScanOpensTheCase()
    {
        GuiCounter c;
        const QStringList receipts = take(c, 3);
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), search);

        // A scanner types the 17 digits and Enter.
        typeText(search, receipts.at(1));
        QTest::keyClick(search, Qt::Key_Return);
        CaseView *view = w.caseView();
        QCOMPARE(view->details().state.receipt, receipts.at(1));
        const QString text = view->detailsText();
        QVERIFY2(text.contains(QStringLiteral("Бекова Айгуль")), qPrintable(text));
        QVERIFY(text.contains(ReceiptNumber::format(receipts.at(1))));
        QVERIFY(text.contains(QStringLiteral("Documents checked")));
        QVERIFY(text.contains(QStringLiteral("identity document valid on the day")));
        QVERIFY(text.contains(QStringLiteral("02.03.2026 10:10"))); // the deadline

        // Exactly the actions the state allows, each with its shortcut, then the receipt and
        // the application for signature.
        const QList<EventType> allowed = view->details().state.allowedActions();
        const QList<QAbstractButton *> buttons = view->actionButtons();
        QCOMPARE(buttons.size(), allowed.size() + 2);
        for (qsizetype i = 0; i < allowed.size(); ++i) {
            QCOMPARE(buttons.at(i)->property("action").toString(), eventTypeName(allowed.at(i)));
            QCOMPARE(buttons.at(i)->shortcut(), CaseTexts::shortcut(allowed.at(i)));
        }
        QCOMPARE(buttons.at(allowed.size())->property("action").toString(),
            QStringLiteral("print_receipt"));
        QCOMPARE(
            buttons.last()->property("action").toString(), QStringLiteral("print_application"));
        QCOMPARE(buttons.last()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

        // A note is typed on one line and recorded as an event of the case (Ctrl+M).
        whenModal<QInputDialog>(this, [](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("the person will come on Friday"));
            dialog->accept();
        });
        QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier);
        QTRY_COMPARE(view->details().events.size(), 2);
        QCOMPARE(view->details().events.last().type, EventType::Note);
        QCOMPARE(view->details().events.last().data.value(QLatin1String("text")).toString(),
                 QStringLiteral("the person will come on Friday"));

        // The keyboard is back in the main window, with the case's buttons rebuilt.
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY(view->actionButtons().last()->isVisible());
        // Ctrl+P prints the receipt again (a PDF in tests).
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(c.printers.lastFile().contains(ReceiptNumber::format(receipts.at(1))));
    }

    void searchRefusesMistypedNumbers()
    {
        GuiCounter c;
        const QStringList receipts = take(c, 2);
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *status = w.findChild<QLabel *>(QStringLiteral("searchStatus"));
        QString typo = receipts.at(0);
        typo[14] = QChar(u'0' + (typo.at(14).unicode() - u'0' + 1) % 10);
        typeText(search, typo);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY2(status->text().contains(QStringLiteral("check digit")), qPrintable(status->text()));
        QVERIFY(w.caseView()->caseId().isEmpty());

        search->clear();
        typeText(search, QStringLiteral("87100840142"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY2(
            status->text().contains(QStringLiteral("11 digit(s)")), qPrintable(status->text()));

        search->clear();
        typeText(search, makeIin(QDate(1980, 1, 1), false));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(w.caseModel()->rowCount(), 1);
        QCOMPARE(w.caseView()->details().state.receipt, receipts.at(0));

        search->clear();
        typeText(search, QStringLiteral("бек"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(w.caseModel()->isSearch());
        QCOMPARE(w.caseModel()->rowCount(), 1);

        // Clearing the box returns to the whole list.
        search->clear();
        QVERIFY(!w.caseModel()->isSearch());
        QCOMPARE(w.caseModel()->rowCount(), 2);
    }

    void listPagesFiltersAndSorts()
    {
        GuiCounter c;
        take(c, CaseListModel::PageSize + 30);
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        CaseListModel *model = w.caseModel();
        QCOMPARE(model->rowCount(), CaseListModel::PageSize);
        QVERIFY(model->canFetchMore(QModelIndex()));
        auto *table = w.findChild<QTableView *>(QStringLiteral("caseTable"));
        table->scrollToBottom();
        QTRY_COMPARE(model->rowCount(), CaseListModel::PageSize + 30);
        QVERIFY(!model->canFetchMore(QModelIndex()));

        // Newest first by default; a click on "Person" sorts by surname in storage.
        QCOMPARE(model->sortKey(), CaseSort::Submitted);
        table->horizontalHeader()->setSortIndicator(CaseListModel::Name, Qt::AscendingOrder);
        QCOMPARE(model->sortKey(), CaseSort::Surname);
        QCOMPARE(model->summary(0).surname, QStringLiteral("Ахметова"));
        // IIN has no index: the list keeps the order storage can give.
        table->horizontalHeader()->setSortIndicator(CaseListModel::Iin, Qt::AscendingOrder);
        QCOMPARE(model->sortKey(), CaseSort::Surname);

        auto *status = w.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findText(CaseTexts::status(CaseStatus::Issued)));
        QCOMPARE(model->rowCount(), 0);
        status->setCurrentIndex(1); // open cases
        QCOMPARE(model->rowCount(), CaseListModel::PageSize);
        auto *period = w.findChild<QComboBox *>(QStringLiteral("periodFilter"));
        period->setCurrentIndex(5); // between...
        auto *from = w.findChild<QDateEdit *>(QStringLiteral("fromDate"));
        auto *to = w.findChild<QDateEdit *>(QStringLiteral("toDate"));
        to->setDate(QDate(2026, 3, 1));
        from->setDate(QDate(2026, 2, 1));
        QCOMPARE(model->rowCount(), 0);
        to->setDate(QDate(2026, 3, 2));
        QCOMPARE(model->rowCount(), CaseListModel::PageSize);
    }

    void ctrlNOpensTheWizard()
    {
        GuiCounter c;
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        IntakeWizard *wizard = w.findChild<IntakeWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QTest::keyClick(wizard, Qt::Key_Escape);
        QTRY_VERIFY(!w.findChild<IntakeWizard *>());
    }

    void signIn()
    {
        GuiCounter c;
        SignInDialog dialog(c.db(), c.clock());
        QVERIFY(showActive(dialog));
        auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QTRY_COMPARE(QApplication::focusWidget(), login);
        QTest::keyClick(login, Qt::Key_Return);
        QVERIFY(error->text().startsWith(QStringLiteral("Login:")));
        typeText(login, QStringLiteral("boss"));
        QTest::keyClick(login, Qt::Key_Tab);
        typeText(password, QStringLiteral("wrong-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY2(error->text().contains(QStringLiteral("wrong")), qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(password->text().isEmpty());
        typeText(password, kSupervisorPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().login, QStringLiteral("boss"));
        QCOMPARE(dialog.user().role, Role::Supervisor);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
