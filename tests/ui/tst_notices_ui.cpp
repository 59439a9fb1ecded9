// The SMS notices in the windows, driven by keyboard offscreen: the consent and language asked
// at intake (no consent unless ticked), the case view's notices (sent when, queued, failing),
// the board's notices panel, and Tools → SMS notices (gateway fields, the notifier button).
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

#include "common/NoticeCases.h"
#include "intake_fixture.h"
#include "services/CaseService.h"
#include "storage/NoticeStore.h"
#include "ui/board/BoardWidget.h"
#include "ui/board/NoticeBoardPanel.h"
#include "ui/case/CaseView.h"
#include "ui/shell/NoticeController.h"
#include "ui/shell/NoticeSettingsDialog.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// From the start to the purpose page: the person herself, with a valid ID card.
void toPurposePage(WizardDriver &d)
{
    d.enter();
    d.type("iinEdit", kAdultIin);
    d.type("surnameEdit", QStringLiteral("Ахметова"));
    d.type("givenNameEdit", QStringLiteral("Айгуль"));
    d.enter();
    d.enter();
    d.type("docNumberEdit", QStringLiteral("045123456"));
    d.type("docIssuedEdit", QStringLiteral("14.05.2020"));
    d.type("docExpiresEdit", QStringLiteral("13.05.2030"));
    d.enter();
}

QJsonObject takeApplication(GuiCounter &c, bool tick, bool russian)
{
    IntakeWizard w(c.clerk);
    if (!showActive(w))
        return {};
    WizardDriver d(w);
    toPurposePage(d);
    if (d.page() != IntakeWizard::PurposePageId) {
        qWarning("not on the purpose page: %s", qPrintable(d.problems()));
        return {};
    }
    auto *consent = d.find<QCheckBox>("noticeConsentCheck");
    if (consent->isChecked())
        return {{QStringLiteral("error"), QStringLiteral("consent ticked by default")}};
    d.type("phoneEdit", QStringLiteral("+77012345678"));
    if (tick)
        d.press("noticeConsentCheck");
    if (russian)
        d.choose("noticeLanguageCombo", QStringLiteral("ru"));
    d.enter();
    d.enter();
    if (!w.isSubmitted()) {
        qWarning("not saved: %s", qPrintable(d.problems()));
        return {};
    }
    CaseDetails details;
    QString error;
    CaseService(c.clerk).open(w.receipt().caseId, &details, &error);
    return details.received;
}

} // namespace

class TstNoticesUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setNextAnswer(QMessageBox::Ok); }

    void consentIsAskedAtIntake()
    {
        GuiCounter c;
        QVERIFY(c.isValid());
        c.clock().setLocal(QDate(2026, 3, 2), QTime(10, 0));
        QJsonObject received = takeApplication(c, true, true);
        QVERIFY(!received.contains(QStringLiteral("error")));
        QCOMPARE(received.value(u"phone").toString(), QStringLiteral("+77012345678"));
        QCOMPARE(received.value(u"notice_consent").toBool(), true);
        QCOMPARE(received.value(u"notice_language").toString(), QStringLiteral("ru"));

        received = takeApplication(c, false, false);
        QVERIFY(!received.contains(QStringLiteral("error")));
        QCOMPARE(received.value(u"notice_consent").toBool(true), false);
        QCOMPARE(received.value(u"notice_language").toString(), QStringLiteral("kk"));
    }

    void caseViewAndBoardShowWhatWasSent()
    {
        GuiCounter c;
        QVERIFY(c.isValid());
        c.clock().setLocal(QDate(2026, 11, 10), QTime(10, 0));
        EventStore store(c.db(), c.clock());
        const Actor clerk {QStringLiteral("clerk"), c.db().deviceId(), QStringLiteral("0101")};
        const QString sentCase = Event::newId();
        const QString failingCase = Event::newId();
        QString error;
        QVERIFY(paperAtBranch(store, clerk, sentCase, QStringLiteral("+77011110000"), true,
            c.clock().today(), &error));
        QVERIFY(paperAtBranch(store, clerk, failingCase, QStringLiteral("+77012220000"), true,
            c.clock().today(), &error));
        NoticeStore notices(c.db(), c.clock());
        QVERIFY2(notices.queueDue(nullptr, &error), qPrintable(error));
        QVERIFY(notices.designate(c.db().deviceId(), QStringLiteral("boss"), nullptr, &error));
        QVERIFY2(notices.recordSent(
                     notices.notices(sentCase).value(0).record.id, QStringLiteral("gw-7"), &error),
            qPrintable(error));
        QDateTime next;
        NoticeFailure busy;
        busy.cause = NoticeFailure::Cause::Refused;
        busy.httpStatus = 503;
        busy.detail = QStringLiteral("HTTP 503 {\"error\":\"gateway busy\"}");
        QVERIFY(notices.recordFailed(
            notices.notices(failingCase).value(0).record.id, busy, &next, &error));

        CaseView view(c.clerk);
        view.resize(1200, 800);
        QVERIFY(showActive(view));
        QVERIFY2(view.showCase(sentCase, &error), qPrintable(error));
        const QString details = view.detailsText();
        QVERIFY2(details.contains(QStringLiteral("SMS notices")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("agreed, in Kazakh, to +77011110000")));
        QVERIFY(details.contains(QStringLiteral("sent 10.11.2026 10:00 to +77011110000")));
        auto *timeline = view.findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
        QVERIFY(timeline);
        QStringList lines;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i)
            lines.append(timeline->topLevelItem(i)->text(1) + u' '
                + timeline->topLevelItem(i)->text(2) + u' ' + timeline->topLevelItem(i)->text(3));
        QVERIFY2(lines.join(u'\n').contains(QStringLiteral("SMS notice sent")),
            qPrintable(lines.join(u'\n')));
        QVERIFY(lines.join(u'\n').contains(QStringLiteral("gw-7")));
        // Written by the workstation on its own: said in words, never the raw author "system".
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = timeline->topLevelItem(i);
            QVERIFY2(item->text(2) != QLatin1String("system"), qPrintable(item->text(1)));
            if (item->text(1).startsWith(QLatin1String("SMS notice")))
                QCOMPARE(item->text(2), QStringLiteral("this workstation (automatic)"));
        }

        QVERIFY2(view.showCase(failingCase, &error), qPrintable(error));
        // Why, in the screen's words: never the gateway's raw answer.
        QVERIFY2(view.detailsText().contains(QStringLiteral(
                     "1 attempt(s) failed (the SMS gateway refused it, HTTP 503); next try "
                     "10.11.2026 10:01"))
                || view.detailsText().contains(QStringLiteral(
                    "1 attempt failed (the SMS gateway refused it, HTTP 503); next try "
                    "10.11.2026 10:01")),
            qPrintable(view.detailsText()));
        QVERIFY(!view.detailsText().contains(QStringLiteral("gateway busy")));
        QStringList failedLines;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i)
            failedLines.append(timeline->topLevelItem(i)->text(3));
        QVERIFY2(failedLines.join(u'\n').contains(
                     QStringLiteral("Attempt 1: the SMS gateway refused it, HTTP 503.")),
            qPrintable(failedLines.join(u'\n')));
        QVERIFY(!failedLines.join(u'\n').contains(QStringLiteral("gateway busy")));

        Session boss(c.db(), c.clock(),
            User {QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан"), QString(),
                Role::Supervisor});
        BoardWidget board(boss);
        QVERIFY(showActive(board));
        NoticeBoardPanel *panel = board.noticePanel();
        QVERIFY(panel);
        QCOMPARE(panel->waiting(), 1);
        QVERIFY2(panel->headingText().contains(QStringLiteral("waiting: 1; sent: 1")),
            qPrintable(panel->headingText()));
        QTreeWidget *tree = panel->tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        // Waiting first; the board masks the phone (the case view has it whole).
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("+7701\u2022\u2022\u20220000"));
        QVERIFY2(tree->topLevelItem(0)->text(3).contains(
                     QStringLiteral("the SMS gateway refused it, HTTP 503")),
            qPrintable(tree->topLevelItem(0)->text(3)));
        QVERIFY(!tree->topLevelItem(0)->text(3).contains(QStringLiteral("gateway busy")));
        // The gateway's own words are there for its support, asked for.
        QVERIFY(tree->topLevelItem(0)->toolTip(3).contains(QStringLiteral("gateway busy")));
        QCOMPARE(tree->topLevelItem(1)->text(3),
            QStringLiteral("sent 10.11.2026 10:00 to +7701\u2022\u2022\u20220000"));
        // Enter on a row opens its case.
        QSignalSpy opened(&board, &BoardWidget::openCase);
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), failingCase);
    }

    void settingsDialogByKeyboard()
    {
        GuiCounter c;
        QVERIFY(c.isValid());
        Session boss(c.db(), c.clock(),
            User {QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан"), QString(),
                Role::Supervisor});
        NoticeController controller(boss);
        NoticeSettingsDialog dialog(boss, controller);
        QVERIFY(showActive(dialog));
        QVERIFY(dialog.notifierText().startsWith(QStringLiteral("No workstation is set")));
        auto type = [&](const char *name, const QString &text) {
            auto *e = dialog.findChild<QLineEdit *>(QLatin1String(name));
            e->setFocus();
            e->selectAll();
            QTest::keyClick(e, Qt::Key_Backspace);
            typeText(e, text);
        };
        type("urlEdit", QStringLiteral("https://sms.example.kz/send"));
        type("senderEdit", QStringLiteral("ЦОН"));
        type("loginEdit", QStringLiteral("branch0101"));
        type("secretEdit", QStringLiteral("s3cret"));
        // Alt+T: this workstation sends.
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit")), Qt::Key_T,
            Qt::AltModifier);
        // A mnemonic clicks its button after a short animation.
        QTRY_VERIFY2(
            dialog.notifierText().contains(QStringLiteral("This workstation (no. 3) sends")),
            qPrintable(dialog.notifierText() + u' ' + dialog.errorText()));
        // Pressed twice: the second press changes nothing, so it is not offered.
        auto *notifierButton = dialog.findChild<QPushButton *>(QStringLiteral("notifierButton"));
        QVERIFY(notifierButton);
        QVERIFY(!notifierButton->isEnabled());
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit")), Qt::Key_T,
            Qt::AltModifier);
        QCOMPARE(NoticeStore(c.db(), c.clock()).designations().size(), 1);
        // A sender name phones cannot show: refused, naming the field; nothing saved.
        QTest::keyClick(
            dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit")), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Sender name")),
            qPrintable(dialog.errorText()));
        QCOMPARE(SettingsStore(c.db()).value(QStringLiteral("sms.url")), QString());
        type("senderEdit", QStringLiteral("CON-0101"));
        MessageBox::setNextAnswer(QMessageBox::Ok); // the secret store may be missing here
        QTest::keyClick(
            dialog.findChild<QLineEdit *>(QStringLiteral("senderEdit")), Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const SettingsStore settings(c.db());
        QCOMPARE(settings.value(QStringLiteral("sms.url")),
            QStringLiteral("https://sms.example.kz/send"));
        QCOMPARE(settings.value(QStringLiteral("sms.sender")), QStringLiteral("CON-0101"));
        QCOMPARE(settings.value(QStringLiteral("sms.login")), QStringLiteral("branch0101"));
        QCOMPARE(controller.config().login, QStringLiteral("branch0101"));
        // The secret never reaches the database.
        QSqlQuery q(c.db().db());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%s3cret%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_MAIN(TstNoticesUi)
#include "tst_notices_ui.moc"
