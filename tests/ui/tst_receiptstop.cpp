// What the clerk and the supervisor see when two counters believe they are one (README,
// "Receipt numbers"): the notice above the case list with who can fix it, no intake wizard
// while it shows, the supervisor's number dialog driven by the keyboard, the board's record,
// and the issuance dialog asking which person is at the counter.
#include <QGroupBox>
#include <QListWidget>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include "common/ForeignIntake.h"
#include "domain/ReceiptNumber.h"
#include "intake_fixture.h"
#include "services/WorkstationService.h"
#include "storage/EventStore.h"
#include "ui/board/BoardWidget.h"
#include "ui/board/WorkstationAlertPanel.h"
#include "ui/case/CaseActionIssueDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ReceiptStopBanner.h"
#include "ui/shell/WorkstationNumberDialog.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// Another computer's application with this counter's branch and number (3).
bool importClash(GuiCounter &c)
{
    const Event e = foreignIntake(QStringLiteral("pc-x"),
        ReceiptNumber::compose(QStringLiteral("0101"), 3, QDate(2026, 3, 2), 1, nullptr),
        QStringLiteral("Жумабаев"), kAgentIin, c.clock().nowUtc());
    QString error;
    return EventStore(c.db(), c.clock()).insertForeign({e}, false, nullptr, &error);
}

} // namespace

class TestReceiptStop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    void theClerkIsToldAndASupervisorFixesItByKeyboard()
    {
        GuiCounter c;
        QVERIFY(c.isValid());
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        ReceiptStopBanner *banner = w.receiptBanner();
        QVERIFY(banner->isHidden());

        QVERIFY(importClash(c));
        banner->refresh(); // what a finished sync does
        QVERIFY(banner->isVisible());
        for (const QString &words : {QStringLiteral("Receipt numbers are stopped"),
                 QStringLiteral("workstation 3"), QStringLiteral("supervisor")})
            QVERIFY2(banner->text().contains(words), qPrintable(banner->text()));

        // Ctrl+N says it before anything is typed.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("workstation 3")),
            qPrintable(MessageBox::lastText()));
        QVERIFY(!w.findChild<IntakeWizard *>());

        // The supervisor: Alt+N, the number, Tab, login, Tab, password, Enter.
        bool driven = false;
        bool numberHadFocus = false;
        bool opened = false;
        QString situation;
        // The button's mnemonic clicks it a moment later (animateClick): the driver waits for
        // the dialog to be there.
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, this, [&]() {
            auto *dialog
                = qobject_cast<WorkstationNumberDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isActiveWindow())
                return;
            driver.stop();
            opened = true;
            situation = dialog->situationText();
            // The number takes the first keys (the spin box, or the line edit inside it).
            auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("numberSpin"));
            QWidget *number = QApplication::focusWidget();
            numberHadFocus = number && (number == spin || spin->isAncestorOf(number));
            if (!numberHadFocus) {
                dialog->reject();
                return;
            }
            QTest::keyClick(number, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(number, QStringLiteral("4"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            typeText(QApplication::focusWidget(), QStringLiteral("boss"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            typeText(QApplication::focusWidget(), kSupervisorPassword);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            driven = true;
        });
        driver.start();
        QTest::keyClick(&w, Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(opened);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(numberHadFocus);
        QVERIFY(driven);
        QVERIFY2(situation.contains(QStringLiteral("workstation 3")), qPrintable(situation));
        QVERIFY(banner->isHidden());
        QCOMPARE(WorkstationService(c.clerk).status().workstation, 4);
        QVERIFY2(w.identityText().contains(QStringLiteral("workstation 4")),
            qPrintable(w.identityText()));
    }

    void aTakenNumberIsRefusedInTheDialog()
    {
        GuiCounter c;
        QVERIFY(c.isValid() && importClash(c));
        WorkstationNumberDialog dialog(c.clerk);
        dialog.setNumber(3);
        auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        login->setText(QStringLiteral("boss"));
        password->setText(kSupervisorPassword);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("already used by another computer")),
            qPrintable(dialog.errorText()));
        QVERIFY(password->text().isEmpty());
    }

    void theBoardKeepsTheRecord()
    {
        GuiCounter c;
        QVERIFY(c.isValid() && importClash(c));
        Session boss(c.db(), c.clock(),
            User {QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан Ержанович"), QString(),
                Role::Supervisor});
        BoardWidget board(boss);
        QVERIFY(!board.alertPanel()->isHidden());
        QCOMPARE(board.alertPanel()->texts().size(), 1);
        QVERIFY2(board.alertPanel()->texts().first().contains(QStringLiteral("workstation 3")),
            qPrintable(board.alertPanel()->texts().first()));
    }

    void issuanceAsksWhichPerson()
    {
        CaseActionIssueDialog dialog;
        dialog.setCase(QStringLiteral("case"), kAdultIin, QDate(2026, 3, 2));
        auto *group = dialog.findChild<QGroupBox *>(QStringLiteral("whichPersonGroup"));
        QVERIFY(group->isHidden());
        QVERIFY(dialog.collector().subjectIin.isEmpty());
        dialog.askWhichPerson(QStringLiteral("Receipt is on 2 cases"));
        QVERIFY(showActive(dialog));
        QVERIFY(!group->isHidden());
        QCOMPARE(QApplication::focusWidget(),
            dialog.findChild<QLineEdit *>(QStringLiteral("subjectIinEdit")));
        typeText(QApplication::focusWidget(), kAdultIin);
        QCOMPARE(dialog.collector().subjectIin, kAdultIin);
    }
};

QTEST_MAIN(TestReceiptStop)
#include "tst_receiptstop.moc"
