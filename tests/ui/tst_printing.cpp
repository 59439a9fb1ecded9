// Printing by keyboard alone, through the one print path every document takes: one key sends
// the receipt to the A5 printer and the acts to the A4 one; the preview, when asked for, prints
// on Enter or Ctrl+P and leaves on Esc; a printer that is missing, offline or out of paper is
// named, with Retry, Save as PDF and another printer — and the case is saved whatever happens.
// The printers write real PDF files (tests/ui/printer_support).

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <algorithm>

#include "domain/AppealNumber.h"
#include "domain/ReceiptNumber.h"
#include "intake_fixture.h"
#include "printer_support.h"
#include "services/AppealService.h"
#include "services/CustodyService.h"
#include "services/IntakeService.h"
#include "services/ResultService.h"
#include "ui/appeals/AppealFilingDialog.h"
#include "ui/appeals/AppealRegisterWindow.h"
#include "ui/board/BoardWidget.h"
#include "ui/case/CaseActions.h"
#include "ui/case/CaseView.h"
#include "ui/common/DocumentPreviewDialog.h"
#include "ui/common/PrintProblemDialog.h"
#include "ui/common/PrinterSettings.h"
#include "ui/common/PrinterSettingsDialog.h"
#include "ui/common/SystemPrinters.h"
#include "ui/shell/CounterTools.h"
#include "ui/shell/MainWindow.h"

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

IntakeReceipt takeCase(GuiCounter &c, const QString &surname = QStringLiteral("Ахметова"))
{
    const auto r = IntakeService(c.clerk).submit(application(surname, kAdultIin), {});
    if (!r.ok)
        qWarning("%s", qPrintable(r.error));
    return r.receipt;
}

QString take(GuiCounter &c)
{
    return takeCase(c).receipt;
}

/// The intake wizard of the main window filled by keyboard, up to the review page.
void fillIntake(MainWindow &w)
{
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    auto *wizard = w.findChild<IntakeWizard *>();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    WizardDriver d(*wizard);
    d.enter();
    d.type("iinEdit", kAdultIin);
    d.type("surnameEdit", QStringLiteral("Ахметова"));
    d.type("givenNameEdit", QStringLiteral("Айгуль"));
    d.enter();
    d.enter();
    QCOMPARE(d.page(), int(IntakeWizard::IdentityPageId));
    d.type("docNumberEdit", QStringLiteral("045123456"));
    d.type("docIssuedEdit", QStringLiteral("14.05.2020"));
    d.type("docExpiresEdit", QStringLiteral("13.05.2030"));
    d.enter();
    d.type("phoneEdit", QStringLiteral("8 701 234 56 78"));
    d.enter();
    QCOMPARE(d.page(), int(IntakeWizard::ReviewPageId));
}

/// Enter on the wizard's review page: saves, and the print path starts.
void saveIntake(MainWindow &w)
{
    auto *wizard = w.findChild<IntakeWizard *>();
    QVERIFY(wizard);
    WizardDriver(*wizard).enter();
}

QString searchStatus(MainWindow &w)
{
    return w.findChild<QLabel *>(QStringLiteral("searchStatus"))->text();
}

bool acceptAll(QDialog *dialog)
{
    dialog->accept();
    return true;
}

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        CaseActions::setTestDriver({});
    }

    void afterIntakeTheReceiptIsPrintedAtOnce()
    {
        GuiCounter c;
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        fillIntake(w);
        // Nothing modal may come between Enter and the paper.
        bool dialogShown = false;
        whenModal<QDialog>(&w, [&dialogShown](QDialog *d) {
            dialogShown = true;
            d->reject();
        });
        saveIntake(w);
        QCOMPARE(c.cases(), 1);
        // One key, two papers: the receipt on A5, the application for signature on A4.
        QCOMPARE(c.printers.jobs().size(), 2);
        QCOMPARE(c.printers.jobs().first().printer, PdfPrinters::A5);
        QCOMPARE(c.printers.jobs().last().printer, PdfPrinters::A4);
        const QString pdf = c.printers.jobs().first().file;
        QCOMPARE(pdfPageSize(pdf), QStringLiteral("A5"));
        const QString application = c.printers.lastFile();
        QCOMPARE(pdfPageSize(application), QStringLiteral("A4"));
        const QString signedText = printedText(application).simplified();
        QVERIFY2(signedText.contains(QStringLiteral("ӨТІНІШ / ЗАЯВЛЕНИЕ")), qPrintable(signedText));
        QVERIFY(signedText.contains(kAdultIin));
        QVERIFY(signedText.contains(QStringLiteral("Ахметова Айгуль")));
        QVERIFY(signedText.contains(QStringLiteral("+77012345678")));
        QVERIFY(!signedText.contains(QStringLiteral("КОПИЯ")));
        QCOMPARE(w.caseView()->details().state.applicationPrints, 1);
        QVERIFY2(searchStatus(w).contains(QStringLiteral("Printed on Counter-A4")),
            qPrintable(searchStatus(w)));
        const QString receipt = ReceiptNumber::format(w.caseView()->details().state.receipt);
        QVERIFY2(printedText(pdf).contains(receipt), qPrintable(printedText(pdf)));
        QVERIFY2(searchStatus(w).contains(QStringLiteral("Printed on Counter-A5")),
            qPrintable(searchStatus(w)));
        QVERIFY(!dialogShown);
    }

    void aPrinterProblemIsNamedAndTheCaseIsSavedAnyway()
    {
        GuiCounter c;
        c.printers.setProblem(
            PdfPrinters::A5, QStringLiteral("The printer Counter-A5 is out of paper: load paper."));
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        fillIntake(w);
        QStringList seen;
        qint64 savedWhileAsked = -1;
        // First Enter: Retry while the tray is still empty; the second comes after paper.
        whenModal<PrintProblemDialog>(&w, [&](PrintProblemDialog *d) {
            seen.append(d->text());
            savedWhileAsked = c.cases();
            QVERIFY(activeNow(d));
            whenModal<PrintProblemDialog>(&w, [&](PrintProblemDialog *again) {
                seen.append(again->text());
                c.printers.setProblem(PdfPrinters::A5, QString());
                QTest::keyClick(again, Qt::Key_Return);
            });
            QTest::keyClick(d, Qt::Key_Return);
        });
        saveIntake(w);
        QTRY_COMPARE(c.printers.jobs().size(), 2); // the receipt after Retry, the application
        QCOMPARE(seen.size(), 2);
        QVERIFY2(seen.first().contains(QStringLiteral("out of paper")), qPrintable(seen.first()));
        QVERIFY(seen.first().contains(QStringLiteral("The application is saved")));
        QCOMPARE(savedWhileAsked, 1); // the case was in the database while the printer failed
        QCOMPARE(c.printers.jobs().first().printer, PdfPrinters::A5);
        QVERIFY(searchStatus(w).contains(QStringLiteral("Printed on Counter-A5")));
    }

    void aReprintOfTheApplicationIsACopy()
    {
        GuiCounter c;
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        fillIntake(w);
        saveIntake(w);
        QTRY_COMPARE(c.printers.jobs().size(), 2);
        QTRY_COMPARE(w.caseView()->details().state.applicationPrints, 1);
        // From the case view, by keyboard: the application again, on the A4 printer.
        QVERIFY(activeNow(&w));
        QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(c.printers.jobs().size(), 3);
        QCOMPARE(c.printers.jobs().last().printer, PdfPrinters::A4);
        const QString copy = printedText(c.printers.lastFile()).simplified();
        QVERIFY2(copy.contains(QStringLiteral("КОПИЯ")), qPrintable(copy));
        QVERIFY(copy.contains(QStringLiteral("КӨШІРМЕ")));
        QVERIFY(copy.contains(QStringLiteral("экземпляр 2")));
        QVERIFY(copy.contains(kAdultIin));
        QTRY_COMPARE(w.caseView()->details().state.applicationPrints, 2);
        // Both prints are on the case, with the number each carried.
        QList<int> copies;
        for (const Event &e : w.caseView()->details().events) {
            if (e.type == EventType::ApplicationPrinted)
                copies.append(e.data.value(QLatin1String("copy")).toInt());
        }
        std::sort(copies.begin(), copies.end());
        QCOMPARE(copies, (QList<int> {1, 2}));
    }

    void aFailedA4PrinterLeavesTheCaseAndTheOriginal()
    {
        GuiCounter c;
        c.printers.setProblem(
            PdfPrinters::A4, QStringLiteral("The printer Counter-A4 is offline: switch it on."));
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        fillIntake(w);
        QString told;
        qint64 savedWhileAsked = -1;
        whenModal<PrintProblemDialog>(&w, [&](PrintProblemDialog *d) {
            told = d->text();
            savedWhileAsked = c.cases();
            QVERIFY(activeNow(d));
            QTest::keyClick(d, Qt::Key_Escape); // give up: nothing printed
        });
        saveIntake(w);
        QTRY_VERIFY(!told.isEmpty());
        QCOMPARE(savedWhileAsked, 1);
        QVERIFY2(told.contains(QStringLiteral("The application")), qPrintable(told));
        QVERIFY(told.contains(QStringLiteral("offline")));
        QCOMPARE(c.cases(), 1);
        QCOMPARE(c.printers.jobs().size(), 1); // the receipt only
        QCOMPARE(c.printers.jobs().first().printer, PdfPrinters::A5);
        QTRY_VERIFY2(searchStatus(w).contains(QStringLiteral("Nothing was printed")),
            qPrintable(searchStatus(w)));
        QCOMPARE(w.caseView()->details().state.applicationPrints, 0);

        // The printer is back: the first application that comes out is the original.
        c.printers.setProblem(PdfPrinters::A4, QString());
        QVERIFY(activeNow(&w));
        QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(c.printers.jobs().size(), 2);
        const QString original = printedText(c.printers.lastFile()).simplified();
        QVERIFY2(!original.contains(QStringLiteral("КОПИЯ")), qPrintable(original));
        QVERIFY(original.contains(QStringLiteral("ЗАЯВЛЕНИЕ")));
        QTRY_COMPARE(w.caseView()->details().state.applicationPrints, 1);
    }

    void missingPrinterSavesPdfOrLeavesItUnprinted()
    {
        GuiCounter c;
        const QString receipt = take(c);
        PrinterSettings::setPrinter(PrinterSettings::Paper::A5, QStringLiteral("Front-desk-old"));
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        typeText(w.findChild<QLineEdit *>(QStringLiteral("searchEdit")), receipt);
        QTest::keyClick(w.findChild<QLineEdit *>(QStringLiteral("searchEdit")), Qt::Key_Return);
        QCOMPARE(w.caseView()->details().state.receipt, receipt);

        // Save as PDF (Alt+D), then the file dialog, typed and Enter.
        const QString saved = QDir(c.pdfFolder()).filePath(QStringLiteral("saved-receipt.pdf"));
        QString told;
        whenModal<PrintProblemDialog>(&w, [&](PrintProblemDialog *d) {
            told = d->text();
            whenModal<QFileDialog>(&w, [&saved](QFileDialog *files) {
                files->selectFile(saved);
                QMetaObject::invokeMethod(files, &QDialog::accept);
            });
            QVERIFY(activeNow(d));
            QTest::keyClick(d, Qt::Key_D, Qt::AltModifier);
        });
        QVERIFY(activeNow(&w));
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(QFileInfo::exists(saved));
        QVERIFY2(
            told.contains(QStringLiteral("Front-desk-old is not installed")), qPrintable(told));
        QVERIFY(printedText(saved).contains(ReceiptNumber::format(receipt)));
        QVERIFY(c.printers.jobs().isEmpty());
        // Said where it is read whole (beside a long identity line the status bar cut it).
        QTRY_VERIFY2(searchStatus(w).contains(QStringLiteral("saved as the PDF file")),
            qPrintable(searchStatus(w)));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("searchStatus"))->isVisible());

        // Esc: nothing printed, and the status line says so.
        whenModal<PrintProblemDialog>(&w, [](PrintProblemDialog *d) {
            QVERIFY(activeNow(d));
            QTest::keyClick(d, Qt::Key_Escape);
        });
        QVERIFY(activeNow(&w));
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY2(searchStatus(w).contains(QStringLiteral("Nothing was printed")),
            qPrintable(searchStatus(w)));
        QVERIFY(c.printers.jobs().isEmpty());
        QCOMPARE(c.cases(), 1);
    }

    void previewIsDrivenByKeyboard()
    {
        GuiCounter c;
        const QString receipt = take(c);
        PrinterSettings::setPreview(true);
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        typeText(search, receipt);
        QTest::keyClick(search, Qt::Key_Return);

        // Enter prints from the preview.
        int pages = 0;
        whenModal<DocumentPreviewDialog>(&w, [&pages](DocumentPreviewDialog *d) {
            QVERIFY(activeNow(d));
            pages = d->pageCount();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        QVERIFY(activeNow(&w));
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(c.printers.jobs().size(), 1);
        QCOMPARE(pages, 1);
        QCOMPARE(c.printers.jobs().last().printer, PdfPrinters::A5);

        // Ctrl+P prints from it too.
        whenModal<DocumentPreviewDialog>(&w, [](DocumentPreviewDialog *d) {
            QVERIFY(activeNow(d));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
        });
        QVERIFY(activeNow(&w));
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(c.printers.jobs().size(), 2);

        // Esc leaves without printing, and the status line says nothing was printed.
        whenModal<DocumentPreviewDialog>(&w, [](DocumentPreviewDialog *d) {
            QVERIFY(activeNow(d));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        });
        QVERIFY(activeNow(&w));
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(searchStatus(w).contains(QStringLiteral("Nothing was printed")));
        QCOMPARE(c.printers.jobs().size(), 2);
        PrinterSettings::setPreview(false);
    }

    void everyDocumentTakesTheSamePath()
    {
        GuiCounter c;
        CaseActions::setTestDriver(acceptAll);
        // A certificate printed at the branch, its transfer act, the board report and the
        // journal (A4); an interim notice (A5). The appeal receipt has its own test below.
        const QString id = takeCase(c).caseId;
        MainWindow w(c.clerk);
        QVERIFY(showActive(w));
        QString error;
        CertificateResult result;
        result.number = QStringLiteral("C-77");
        result.date = c.clock().today();
        result.outcome = QStringLiteral("no_record");
        QVERIFY2(ResultService(c.clerk).recordCertificate(id, result, nullptr, &error),
            qPrintable(error));
        CaseActions actions(c.clerk);
        QVERIFY2(actions.run(EventType::Printed, id, &w), qPrintable(actions.lastError()));
        QCOMPARE(c.printers.jobs().size(), 1);
        QCOMPARE(c.printers.jobs().last().printer, PdfPrinters::A4);
        QCOMPARE(pdfPageSize(c.printers.lastFile()), QStringLiteral("A4"));
        QVERIFY2(actions.lastMessage().contains(QStringLiteral("Printed on Counter-A4")),
            qPrintable(actions.lastMessage()));

        c.clock().advanceDays(40); // the branch's month of custody is over
        Session supervisor(c.db(), c.clock(),
            User {QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан"),
                QStringLiteral("head of branch"), Role::Supervisor});
        CaseActions bossActions(supervisor);
        QVERIFY2(
            bossActions.run(EventType::Transferred, id, &w), qPrintable(bossActions.lastError()));
        QCOMPARE(c.printers.jobs().size(), 2);
        QCOMPARE(c.printers.jobs().last().printer, PdfPrinters::A4);
        QVERIFY(printedText(c.printers.lastFile()).contains(QStringLiteral("Акт")));

        BoardWidget board(supervisor);
        QVERIFY(board.printBoard());
        QCOMPARE(c.printers.jobs().size(), 3);
        QCOMPARE(c.printers.jobs().last().printer, PdfPrinters::A4);
        QVERIFY(board.printJournal());
        QCOMPARE(c.printers.jobs().size(), 4);
        QCOMPARE(c.printers.jobs().last().printer, PdfPrinters::A4);

        const QString second = takeCase(c, QStringLiteral("Бекова")).caseId;
        QVERIFY2(ResultService(c.clerk).recordAdditionalCheck(second, nullptr, &error),
            qPrintable(error));
        QVERIFY2(
            actions.run(EventType::InterimNotice, second, &w), qPrintable(actions.lastError()));
        QCOMPARE(c.printers.jobs().size(), 5);
        QCOMPARE(c.printers.jobs().last().printer, PdfPrinters::A5);
        QCOMPARE(pdfPageSize(c.printers.lastFile()), QStringLiteral("A5"));
    }

    void appealReceiptSaysWhatHappened()
    {
        GuiCounter c;
        AppealRegisterWindow window(c.clerk);
        QVERIFY(showActive(window));
        auto fileEmpty = [&window]() {
            whenModal<AppealFilingDialog>(&window, [](AppealFilingDialog *d) {
                QVERIFY(activeNow(d));
                QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
                if (d->result() != QDialog::Accepted && d->isVisible())
                    d->reject();
            });
        };
        // One key: the receipt goes to the A5 printer, and the status line says so.
        fileEmpty();
        QVERIFY(activeNow(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(c.printers.jobs().size(), 1);
        QCOMPARE(c.printers.jobs().last().printer, PdfPrinters::A5);
        QVERIFY2(window.statusText().contains(QStringLiteral("Printed on Counter-A5")),
            qPrintable(window.statusText()));

        // With the preview, Esc prints nothing, and the status line does not say it printed.
        PrinterSettings::setPreview(true);
        fileEmpty();
        whenModal<DocumentPreviewDialog>(&window, [](DocumentPreviewDialog *d) {
            QVERIFY(activeNow(d));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        });
        QVERIFY(activeNow(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY2(window.statusText().contains(QStringLiteral("registered")),
            qPrintable(window.statusText()));
        QVERIFY2(window.statusText().contains(QStringLiteral("Nothing was printed")),
            qPrintable(window.statusText()));
        QCOMPARE(c.printers.jobs().size(), 1);

        // Ctrl+P in the register, from the preview by Enter.
        whenModal<DocumentPreviewDialog>(&window, [](DocumentPreviewDialog *d) {
            QVERIFY(activeNow(d));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        QVERIFY(activeNow(&window));
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(c.printers.jobs().size(), 2);
        QVERIFY(window.statusText().contains(QStringLiteral("Printed on Counter-A5")));
        PrinterSettings::setPreview(false);
    }

    // 15.1 "chosen once in settings, per document kind": Tools → Printers by keyboard alone
    // (Down picks, Tab moves on, Enter saves), and the next receipt goes to the A5 printer
    // chosen there, not to the computer's default (here the A4 one).
    void printersAreChosenOnceInToolsPrinters()
    {
        GuiCounter c;
        PrinterSettings::setPrinter(PrinterSettings::Paper::A5, QString());
        PrinterSettings::setPrinter(PrinterSettings::Paper::A4, QString());
        c.printers.setDefault(PdfPrinters::A4);
        MainWindow w(c.clerk);
        CounterTools tools(w, c.clerk);
        QVERIFY(showActive(w));
        QAction *printers = nullptr;
        for (QAction *a : w.toolsMenu()->actions()) {
            if (a->text().contains(QStringLiteral("Printers")))
                printers = a;
        }
        QVERIFY(printers);
        bool chosen = false;
        whenModal<PrinterSettingsDialog>(&w, [&chosen](PrinterSettingsDialog *d) {
            QVERIFY(activeNow(d));
            auto *a5 = d->findChild<QComboBox *>(QStringLiteral("a5Combo"));
            QCOMPARE(QApplication::focusWidget(), a5);
            QTest::keyClick(a5, Qt::Key_Down); // the computer's default → Counter-A5
            QCOMPARE(a5->currentText(), PdfPrinters::A5);
            QTest::keyClick(a5, Qt::Key_Tab);
            QWidget *a4 = QApplication::focusWidget();
            QCOMPARE(a4->objectName(), QStringLiteral("a4Combo"));
            QTest::keyClick(a4, Qt::Key_Down);
            QTest::keyClick(a4, Qt::Key_Down); // → Counter-A4
            QTest::keyClick(a4, Qt::Key_Return);
            chosen = d->result() == QDialog::Accepted;
        });
        printers->trigger();
        QVERIFY(chosen);
        QCOMPARE(PrinterSettings::printer(PrinterSettings::Paper::A5), PdfPrinters::A5);
        QCOMPARE(PrinterSettings::printer(PrinterSettings::Paper::A4), PdfPrinters::A4);

        QVERIFY(QTest::qWaitForWindowActive(&w));
        fillIntake(w);
        saveIntake(w);
        // The receipt to the A5 printer chosen there, the application to the A4 one.
        QTRY_COMPARE(c.printers.jobs().size(), 2);
        QCOMPARE(c.printers.jobs().first().printer, PdfPrinters::A5);
        QCOMPARE(pdfPageSize(c.printers.jobs().first().file), QStringLiteral("A5"));
        QCOMPARE(c.printers.jobs().last().printer, PdfPrinters::A4);
    }

    void printerStatesInWords_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("reasons");
        QTest::addColumn<bool>("accepting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ready") << 3 << "none" << true << "";
        QTest::newRow("printing, toner low")
            << 4 << "toner-low-report,media-low-warning" << true << "";
        QTest::newRow("out of paper") << 5 << "media-empty-error" << true << "out of paper";
        QTest::newRow("paper needed") << 4 << "media-needed" << true << "out of paper";
        QTest::newRow("jam") << 5 << "media-jam-error" << true << "paper jam";
        QTest::newRow("offline") << 3 << "offline-report" << true << "offline";
        QTest::newRow("cover") << 5 << "cover-open-error" << true << "cover open";
        QTest::newRow("paused") << 5 << "paused" << true << "paused";
        QTest::newRow("stopped") << 5 << "none" << true << "stopped";
        QTest::newRow("rejecting") << 3 << "none" << false << "does not accept";
    }

    void printerStatesInWords()
    {
        QFETCH(int, state);
        QFETCH(QString, reasons);
        QFETCH(bool, accepting);
        QFETCH(QString, expected);
        const QString problem = SystemPrinters::problemOf(
            QStringLiteral("Front"), state, reasons.split(u','), accepting);
        if (expected.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(expected) && problem.contains(QStringLiteral("Front")),
                qPrintable(problem));
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
