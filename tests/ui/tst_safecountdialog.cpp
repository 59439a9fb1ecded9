// The count of the safe from the supervisor board, by keyboard: Safe → Count the safe
// (Ctrl+Shift+C) opens a blind count; a scanner's keystrokes (the code, then Enter) count a
// paper, a repeat says "already counted", Finish lists the missing and the unexpected by name
// and prints the report (Kazakh and Russian); Esc after a scan asks, and a dropped count
// records nothing; the missing papers are anomalies on the board until written off with a
// reason. The window fits 1366×768. CERTDESK_SHOW_SECONDS=N shows the dialog for a look.

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "services/tst_lifecycle_fixture.h"

#include "printer_support.h"
#include "services/CustodyService.h"
#include "services/ResultService.h"
#include "storage/SafeCountQueries.h"
#include "ui/board/BoardModel.h"
#include "ui/board/BoardWidget.h"
#include "services/SafeCountService.h"
#include "ui/board/FoundPaperDialog.h"
#include "ui/board/SafeCountDialog.h"
#include "ui/board/WriteOffDialog.h"
#include "ui/case/CaseActions.h"
#include "ui/common/MessageBox.h"

using namespace certdesk;
using namespace certdesk::test;

class TestSafeCountDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workstation> m_w;
    std::unique_ptr<PdfPrinters> m_printers;
    QStringList m_ids;
    QStringList m_receipts;

    int safeEvents()
    {
        QList<Event> events;
        QString error;
        SafeCountQueries(m_w->db()).events(&events, &error);
        return int(events.size());
    }

    /// What a scanner does: the characters, then Enter.
    static void scan(SafeCountDialog *dialog, const QString &code)
    {
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("scanEdit"));
        QVERIFY(field);
        QVERIFY(field->hasFocus() || field->isEnabled());
        field->setFocus();
        QTest::keyClicks(field, code);
        QTest::keyClick(field, Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        // Messages of the board go to its status line, never a modal box.
        CaseActions::setTestDriver([](QDialog *dialog) { dialog->accept(); return true; });
        m_printers = std::make_unique<PdfPrinters>();
        m_w = std::make_unique<Workstation>();
        QVERIFY(m_w->isValid());
        m_ids.clear();
        m_receipts.clear();
        m_w->setDay(QDate(2026, 3, 2));
        const QStringList surnames {QStringLiteral("Абаев"), QStringLiteral("Бекова"),
            QStringLiteral("Ганиев")};
        for (const QString &s : surnames)
            m_ids.append(m_w->receive(QStringLiteral("abroad"), s));
        m_w->setDay(QDate(2026, 3, 5));
        int n = 0;
        for (const QString &id : std::as_const(m_ids)) {
            CertificateResult r;
            r.number = QStringLiteral("5500%1").arg(++n);
            r.date = QDate(2026, 3, 5);
            r.outcome = QStringLiteral("no_record");
            QString error;
            QVERIFY2(ResultService(m_w->clerk).recordCertificate(id, r, nullptr, &error),
                qPrintable(error));
            QVERIFY2(CustodyService(m_w->clerk).recordArrival(id, QDate(2026, 3, 5), nullptr, &error),
                qPrintable(error));
            m_receipts.append(m_w->receiptOf(id));
        }
        m_w->setDay(QDate(2026, 3, 6), QTime(18, 0));
    }

    void cleanup()
    {
        CaseActions::setTestDriver(nullptr);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void aBlindCountFromTheBoard()
    {
        BoardWidget board(m_w->supervisor);
        board.resize(1366, 768);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QVERIFY(board.countSafeAction()->isEnabled());
        QCOMPARE(board.countSafeAction()->shortcut(),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QVERIFY(board.countSafeAction()->text().contains(u'&'));
        board.countSafeAction()->trigger();
        auto *dialog = board.findChild<SafeCountDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // It fits the counter's screen.
        QVERIFY(dialog->width() <= 1366 && dialog->height() <= 768);

        // Blind: nothing says how many the records expect.
        QCOMPARE(dialog->countText(), QStringLiteral("Counted: 0"));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("introLabel"))->text().contains(u'3'));

        scan(dialog, ReceiptNumber::format(m_receipts.at(0)));
        QCOMPARE(dialog->countText(), QStringLiteral("Counted: 1"));
        QVERIFY2(dialog->messageText().startsWith(QStringLiteral("Counted: Абаев")),
            qPrintable(dialog->messageText()));
        // The scanner's Enter did not press a button: the window is open, the count running.
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isFinished());
        scan(dialog, QStringLiteral("CERT 55002 2026-03-05"));
        QCOMPARE(dialog->countText(), QStringLiteral("Counted: 2"));
        scan(dialog, m_receipts.at(0));
        QCOMPARE(dialog->countText(), QStringLiteral("Counted: 2"));
        QVERIFY2(dialog->messageText().startsWith(QLatin1String("Already counted")),
            qPrintable(dialog->messageText()));
        scan(dialog, QStringLiteral("12345"));
        QVERIFY2(dialog->messageText().contains(QLatin1String("must have 17")),
            qPrintable(dialog->messageText()));
        QCOMPARE(safeEvents(), 0);

        if (qEnvironmentVariableIntValue("CERTDESK_SHOW_SECONDS") > 0)
            QTest::qWait(1000 * qEnvironmentVariableIntValue("CERTDESK_SHOW_SECONDS"));

        // Finish (Alt+F), confirmed.
        auto *finish = dialog->findChild<QPushButton *>(QStringLiteral("finishButton"));
        QCOMPARE(finish->text(), QStringLiteral("&Finish the count"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        finish->click();
        QVERIFY(dialog->isFinished());
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("with 2 paper certificate")),
            qPrintable(MessageBox::lastText()));
        QCOMPARE(safeEvents(), 1);
        QVERIFY2(dialog->summaryText().contains(QLatin1String("missing: 1")),
            qPrintable(dialog->summaryText()));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("resultTable"));
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), ReceiptNumber::format(m_receipts.at(2)));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Ганиев Ерлан Серикович"));

        // The report, printed with Ctrl+P: Kazakh and Russian, the missing paper by name.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(m_printers->jobs().size(), 1);
        const QString text = printedText(m_printers->lastFile());
        QVERIFY2(text.contains(QStringLiteral("Ганиев Ерлан Серикович")), qPrintable(text));
        QVERIFY2(text.contains(ReceiptNumber::format(m_receipts.at(2))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Сейфтегі қағаз анықтамаларды санау туралы есеп")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Отчёт о пересчёте бумажных справок в сейфе")), qPrintable(text));

        // Esc closes a finished count without a question; the board shows the anomaly.
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!board.findChild<SafeCountDialog *>());
        QCOMPARE(board.currentBucket(), BoardBucket::Anomalies);
        QCOMPARE(board.table()->model()->rowCount(), 1);
        const QModelIndex state = board.table()->model()->index(0, BoardModel::State);
        QVERIFY2(state.data().toString().contains(QLatin1String("missing at the count of the safe on 06.03.2026")),
            qPrintable(state.data().toString()));

        // Write off: Safe → Write off on the selected line, the reason required.
        board.table()->setCurrentIndex(board.table()->model()->index(0, 0));
        board.writeOffAction()->trigger();
        auto *writeOff = board.findChild<WriteOffDialog *>();
        QVERIFY(writeOff);
        auto *ok = writeOff->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        writeOff->setReason(QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        // The supervisor who counted, by name, not by login.
        QVERIFY2(writeOff->paperText().contains(m_w->supervisor.user().fullName),
            qPrintable(writeOff->paperText()));
        QVERIFY2(!writeOff->paperText().contains(QLatin1String("(counted by boss)")),
            qPrintable(writeOff->paperText()));
        writeOff->setReason(QStringLiteral("Act of loss No. 4"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY(!board.findChild<WriteOffDialog *>());
        QCOMPARE(safeEvents(), 2);
        QCOMPARE(board.board().bucket(BoardBucket::Anomalies).size(), 0);
    }

    void escapeAsksAndADroppedCountRecordsNothing()
    {
        BoardWidget board(m_w->supervisor);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        const qint64 events = EventStore(m_w->db(), m_w->clock()).eventCount();
        SafeCountDialog *dialog = board.countSafe();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        scan(dialog, m_receipts.at(1));
        QCOMPARE(dialog->countText(), QStringLiteral("Counted: 1"));

        // Esc: asked; No keeps the count going.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("Drop this count?")),
            qPrintable(MessageBox::lastText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->countText(), QStringLiteral("Counted: 1"));
        // Cancel, Yes: gone, nothing written.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
        QTRY_VERIFY(!board.findChild<SafeCountDialog *>());
        QCOMPARE(EventStore(m_w->db(), m_w->clock()).eventCount(), events);
        QCOMPARE(safeEvents(), 0);
        QCOMPARE(board.board().bucket(BoardBucket::Anomalies).size(), 0);

        // Nothing scanned: Esc closes at once.
        dialog = board.countSafe();
        // A window system activates a dialog it shows; the offscreen one does not while the
        // board has the keyboard back.
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
        MessageBox::setNextAnswer(QMessageBox::No);
        const QString before = MessageBox::lastText();
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!board.findChild<SafeCountDialog *>());
        QCOMPARE(MessageBox::lastText(), before);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    // A missing paper that turns up between counts: Safe → A missing paper found, its code
    // scanned; a paper that is not missing is refused and nothing is recorded.
    void aMissingPaperFoundBetweenCounts()
    {
        SafeCountService count(m_w->supervisor);
        QString error;
        QVERIFY2(count.start(&error), qPrintable(error));
        count.scan(m_receipts.at(0));
        count.scan(m_receipts.at(1));
        QVERIFY2(count.finish(nullptr, &error), qPrintable(error));
        QCOMPARE(safeEvents(), 1);

        BoardWidget board(m_w->supervisor);
        board.resize(1366, 768);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QCOMPARE(board.board().bucket(BoardBucket::Anomalies).size(), 1);
        QVERIFY(board.foundPaperAction()->isEnabled());
        QVERIFY(board.foundPaperAction()->text().contains(u'&'));
        board.foundPaperAction()->trigger();
        auto *dialog = board.findChild<FoundPaperDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->width() <= 1366 && dialog->height() <= 768);
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("scanEdit"));
        QVERIFY(field);
        QTRY_VERIFY(field->hasFocus());

        // Counted at the count: not missing, refused, nothing recorded; the window stays.
        QTest::keyClicks(field, m_receipts.at(0));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY2(dialog->messageText().contains(QLatin1String("is not a paper missing")),
            qPrintable(dialog->messageText()));
        QCOMPARE(safeEvents(), 1);
        QVERIFY(dialog->isVisible());
        // Not a receipt number at all: the rule named.
        QTest::keyClicks(field, QStringLiteral("12345"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY2(dialog->messageText().contains(QLatin1String("must have 17")),
            qPrintable(dialog->messageText()));
        QCOMPARE(safeEvents(), 1);

        // The missing one, by its certificate's QR code: found, recorded, off the board.
        QTest::keyClicks(field, QStringLiteral("CERT 55003 2026-03-05"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY2(dialog->messageText().startsWith(QStringLiteral("Found: Ганиев")),
            qPrintable(dialog->messageText()));
        QCOMPARE(dialog->foundCount(), 1);
        QCOMPARE(safeEvents(), 2);
        QCOMPARE(board.board().bucket(BoardBucket::Anomalies).size(), 0);
        // Twice: it is no longer missing.
        QTest::keyClicks(field, m_receipts.at(2));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY2(dialog->messageText().contains(QLatin1String("is not a paper missing")),
            qPrintable(dialog->messageText()));
        QCOMPARE(safeEvents(), 2);

        QTest::keyClick(field, Qt::Key_Escape);
        QTRY_VERIFY(!board.findChild<FoundPaperDialog *>());
        // The keyboard is back on the board's list: the next Alt+S opens the Safe menu.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(board.table()));
    }

    void aClerkHasNoCount()
    {
        SafeCountDialog dialog(m_w->clerk);
        QVERIFY2(dialog.messageText().contains(QLatin1String("may not count")),
            qPrintable(dialog.messageText()));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("scanEdit"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("finishButton"))->isEnabled());
    }
};

QTEST_MAIN(TestSafeCountDialog)
#include "tst_safecountdialog.moc"
