// Appeals in the GUI as the counter and the supervisor use them: a complaint filed with the
// keyboard only, an empty appeal accepted all the same with its receipt printed, a date that
// is no date recorded as missing, the register with overdue first, and the supervisor's
// records through their dialogs (a clerk is not offered them).
// CERTDESK_SHOW_SECONDS=N keeps the register on screen for a look.

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#include "common/TestDatabase.h"
#include "domain/AppealNumber.h"
#include "printer_support.h"
#include "services/AppealService.h"
#include "services/Session.h"
#include "storage/SettingsStore.h"
#include "ui/appeals/AppealActionDialog.h"
#include "ui/appeals/AppealFilingDialog.h"
#include "ui/appeals/AppealListModel.h"
#include "ui/appeals/AppealReceiptPrinter.h"
#include "ui/appeals/AppealRegisterWindow.h"
#include "ui/board/AppealBoardPanel.h"
#include "ui/board/BoardWidget.h"
#include "ui/common/MessageBox.h"

using namespace certdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

/// Runs handle on the next modal dialog of type T as soon as it is shown (the caller then
/// opens it with exec()).
template<typename T> void whenShown(std::function<void(T *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, handle]() {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

/// Types text key by key (QTest::keyClicks takes Latin-1 only).
void typeInto(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/// Types into the focused widget.
void typeInto(const QString &text)
{
    typeInto(QApplication::focusWidget(), text);
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, modifiers);
}

Appeal simpleAppeal(const QString &surname, bool otherBody = false)
{
    Appeal a;
    a.applicant.name = {surname, u"Ерлан"_s, QString()};
    a.applicant.iin = u"760212350620"_s;
    a.applicant.address = u"Алматы, Абая 1"_s;
    a.addressee = u"Директор филиала"_s;
    a.otherBody = otherBody;
    a.essence = u"Очередь"_s;
    a.date = QDate(2026, 3, 1);
    a.isSigned = true;
    return a;
}

} // namespace

class TestAppealRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void complaintFiledWithTheKeyboardOnly();
    void emptyAppealAcceptedWithItsReceipt();
    void dateThatIsNoDate();
    void escapeAsksBeforeLosingATypedAppeal();
    void registerShowsOverdueFirst();
    void supervisorRecordsThroughDialogs();
    void theKeyboardComesBackAfterEachRecord();
    void clerkIsNotOfferedSupervisorRecords();
    void detailsBroughtLater();
    void boardShowsAppealsOverdueFirst();
    void receiptTellsTheClocksTimeAfterItWasSetBack();
    void reprintWithNothingChosenSaysWhatToDo();
    void aRegisterLongerThanTheListSaysSo();

private:
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Session> m_clerk;
    std::unique_ptr<Session> m_boss;
    std::unique_ptr<test::PdfPrinters> m_printers;

    QString accept(const Appeal &a, const QDate &day)
    {
        m_t->clock().setLocal(day, QTime(12, 0));
        const AppealService::Result r = AppealService(*m_clerk).accept(a);
        if (!r.ok)
            qWarning("accept: %s", qPrintable(r.error));
        return r.state.appealId;
    }
};

void TestAppealRegister::init()
{
    m_t = std::make_unique<test::TestDatabase>();
    QVERIFY(m_t->isValid());
    QString error;
    QVERIFY(SettingsStore(m_t->db()).setValue(u"branch.code"_s, u"7501"_s, u"t"_s, &error));
    QVERIFY(SettingsStore(m_t->db()).setValue(
        u"branch.name"_s, u"Алматы, Бостандыкский район"_s, u"t"_s, &error));
    m_clerk = std::make_unique<Session>(m_t->db(), m_t->clock(),
        User {u"clerk"_s, u"Ахметова Дана Маратовна"_s, u"ведущий специалист"_s, Role::Clerk});
    m_boss = std::make_unique<Session>(m_t->db(), m_t->clock(),
        User {u"boss"_s, u"Серикбаев Нурлан Ержанович"_s, u"руководитель"_s, Role::Supervisor});
    m_printers = std::make_unique<test::PdfPrinters>();
}

void TestAppealRegister::cleanup()
{
    m_printers.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_clerk.reset();
    m_boss.reset();
    m_t.reset();
}

void TestAppealRegister::complaintFiledWithTheKeyboardOnly()
{
    m_t->clock().setLocal(QDate(2026, 3, 20), QTime(15, 10));
    AppealFilingDialog dialog(*m_clerk);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.pointTexts().size(), 7);

    // What it is: Down twice -> a complaint about an employee's action.
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    key(Qt::Key_Tab); // applicant kind: individual
    key(Qt::Key_Tab);
    typeInto(u"Жумабаев"_s);
    key(Qt::Key_Return); // Enter moves on, never accepts half typed
    QVERIFY(dialog.isVisible());
    typeInto(u"Ерлан"_s);
    key(Qt::Key_Tab);
    typeInto(u"Серикович"_s);
    key(Qt::Key_Tab);
    typeInto(u"7602 1235 0620"_s);
    key(Qt::Key_Tab); // the legal entity's rows are hidden: on to the address
    typeInto(u"г. Алматы, ул. Абая, 10"_s);
    key(Qt::Key_Tab);
    typeInto(u"+77011234567"_s);
    key(Qt::Key_Tab); // "filed by a representative": left unticked
    key(Qt::Key_Tab);
    typeInto(u"Директор филиала"_s);
    key(Qt::Key_Tab); // another body: no
    key(Qt::Key_Tab);
    typeInto(u"Работник отказался принять документы"_s);
    key(Qt::Key_Tab);
    typeInto(u"19.03.2026"_s);
    key(Qt::Key_Tab);
    key(Qt::Key_Space); // signed
    key(Qt::Key_Tab); // case receipt: none
    key(Qt::Key_Tab);
    typeInto(u"отказ в приёме 18.03.2026"_s);
    key(Qt::Key_Tab);
    QCOMPARE(dialog.pointTexts().size(), 1); // only the day of learning is missing now
    typeInto(u"18.03.2026"_s);

    const Appeal a = dialog.appeal();
    QCOMPARE(a.about, Appeal::About::Action);
    QCOMPARE(a.applicant.name.patronymic, u"Серикович"_s);
    QCOMPARE(a.applicant.iin, u"760212350620"_s);
    QCOMPARE(a.date, QDate(2026, 3, 19));
    QVERIFY(a.isSigned);
    QCOMPARE(a.learnedOn, QDate(2026, 3, 18));
    QVERIFY(dialog.pointTexts().isEmpty());
    // 20 working days from Friday 20 March over Nauryz; three months from 18 March.
    QVERIFY2(dialog.deadlinesText().contains(u"22.04.2026"_s), qPrintable(dialog.deadlinesText()));
    QVERIFY(dialog.deadlinesText().contains(u"18.06.2026"_s));

    if (qEnvironmentVariableIsSet("CERTDESK_SHOW_SECONDS"))
        QTest::qWait(1000 * qEnvironmentVariable("CERTDESK_SHOW_SECONDS").toInt());
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const AppealState &s = dialog.accepted();
    QCOMPARE(s.status, AppealStatus::Open);
    QCOMPARE(s.decisionDue, QDate(2026, 4, 22));
    QVERIFY(s.compliance.isEmpty());
    const QString pdf = m_printers->lastFile();
    QVERIFY(QFile::exists(pdf));
    QVERIFY(pdf.startsWith(m_printers->folder()));
    QCOMPARE(m_printers->jobs().last().printer, test::PdfPrinters::A5);
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(AppealNumber::format(s.number)), qPrintable(text));
        QVERIFY(text.contains(u"20.03.2026 15:10"_s));
        QVERIFY(text.contains(u"Ахметова Д.М., ведущий специалист"_s));
        QVERIFY(text.contains(u"Жалоба на действия работника"_s));
    }
}

void TestAppealRegister::emptyAppealAcceptedWithItsReceipt()
{
    m_t->clock().setLocal(QDate(2026, 3, 2), QTime(9, 5));
    AppealRegisterWindow window(*m_clerk);
    window.show();
    bool accepted = false;
    whenShown<AppealFilingDialog>([&accepted](AppealFilingDialog *d) {
        // Nothing typed at all: Ctrl+Enter still registers it. (The shortcut needs the dialog
        // active; a dialog left open is rejected, so a failure never hangs the test.)
        (void)QTest::qWaitForWindowActive(d);
        QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
        accepted = d->result() == QDialog::Accepted;
        if (!accepted)
            d->reject();
    });
    window.newAppeal();
    QVERIFY(accepted);
    QCOMPARE(window.model()->rowCount(), 1);
    QVERIFY(!window.currentAppealId().isEmpty());
    QVERIFY2(window.statusText().contains(u"registered"_s), qPrintable(window.statusText()));
    QVERIFY(window.detailText().contains(u"To bring into compliance by 10.03.2026"_s));
    const QString pdf = m_printers->lastFile();
    QVERIFY(QFile::exists(pdf));
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"Необходимо устранить до 10.03.2026"_s));
        QVERIFY(text.contains(u"Подпись: обращение не подписано"_s));
    }
}

void TestAppealRegister::dateThatIsNoDate()
{
    m_t->clock().setLocal(QDate(2026, 3, 2));
    AppealFilingDialog dialog(*m_clerk);
    dialog.setAppeal(simpleAppeal(u"Иванов"_s));
    QVERIFY(dialog.pointTexts().isEmpty());
    auto *dateEdit = dialog.findChild<QLineEdit *>(u"appealDateEdit"_s);
    QVERIFY(dateEdit);
    dateEdit->setText(u"31.02.2026"_s);
    QVERIFY2(dialog.errorText().contains(u"\"31.02.2026\" is not a date"_s),
        qPrintable(dialog.errorText()));
    QCOMPARE(dialog.pointTexts().size(), 1);
    QVERIFY(dialog.pointTexts().first().startsWith(u"Date of the appeal"_s));
    auto *term = dialog.findChild<QLineEdit *>(u"complianceDueEdit"_s);
    QCOMPARE(term->text(), u"10.03.2026"_s);
    term->setText(u"завтра"_s);
    dialog.accept(); // a term that is no date: the clerk's own field, asked again
    QVERIFY(dialog.errorText().startsWith(u"Term for the points"_s));
    term->setText(u"06.03.2026"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.accepted().complianceDue, QDate(2026, 3, 6));
    QCOMPARE(dialog.accepted().compliance.first().field, u"date"_s);
}

// An appeal may never be refused: Esc on a half-typed one asks first, as the intake wizard
// does; an untouched form closes at once.
void TestAppealRegister::escapeAsksBeforeLosingATypedAppeal()
{
    m_t->clock().setLocal(QDate(2026, 3, 20), QTime(15, 10));
    {
        AppealFilingDialog untouched(*m_clerk);
        untouched.show();
        QVERIFY(QTest::qWaitForWindowActive(&untouched));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        key(Qt::Key_Escape);
        QVERIFY(!untouched.isVisible());
        QCOMPARE(untouched.result(), int(QDialog::Rejected));
    }
    AppealFilingDialog dialog(*m_clerk);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    typeInto(u"Жумабаев"_s);
    key(Qt::Key_Tab);
    typeInto(u"Ерлан"_s);
    MessageBox::setNextAnswer(QMessageBox::No);
    key(Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY2(MessageBox::lastText().contains(u"Nothing has been registered"_s),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(dialog.appeal().applicant.name.surname, u"Жумабаев"_s);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(u"givenNameEdit"_s));
    // The window's close button asks the same.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!dialog.close());
    QVERIFY(dialog.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    key(Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QList<AppealRow> rows;
    QString error;
    QVERIFY(AppealService(*m_clerk).list(QDate(2026, 3, 20), AppealFilter(), 100, &rows, &error));
    QVERIFY(rows.isEmpty());
}

void TestAppealRegister::registerShowsOverdueFirst()
{
    accept(simpleAppeal(u"Первый"_s), QDate(2026, 3, 2)); // decision due 27 Mar
    accept(simpleAppeal(u"Второй"_s, true), QDate(2026, 3, 16)); // referral due 19 Mar
    accept(simpleAppeal(u"Третий"_s), QDate(2026, 3, 20)); // decision due 15 Apr
    m_t->clock().setLocal(QDate(2026, 3, 30));
    AppealRegisterWindow window(*m_boss);
    window.show();
    AppealListModel *model = window.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->row(0).applicant, u"Второй Ерлан"_s);
    QCOMPARE(model->row(1).applicant, u"Первый Ерлан"_s);
    QCOMPARE(model->row(2).applicant, u"Третий Ерлан"_s);
    QVERIFY(model->data(model->index(0, 0), AppealListModel::OverdueRole).toBool());
    QVERIFY(model->data(model->index(1, 0), AppealListModel::OverdueRole).toBool());
    QVERIFY(!model->data(model->index(2, 0), AppealListModel::OverdueRole).toBool());
    QCOMPARE(model->data(model->index(1, AppealListModel::Next)).toString(),
        AppealState::flagText(u"deemed_refusal"_s));
    QCOMPARE(
        model->data(model->index(0, AppealListModel::Due)).toString(), u"19.03.2026 (overdue)"_s);

    auto *overdue = window.findChild<QCheckBox *>(u"overdueCheck"_s);
    overdue->setChecked(true);
    QCOMPARE(model->rowCount(), 2);
    overdue->setChecked(false);
    auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
    typeInto(search, u"трет"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(window.detailText().contains(u"Третий Ерлан"_s));
    search->clear();
    QCOMPARE(model->rowCount(), 3);

    QVERIFY(window.select(model->row(1).appealId));
    QVERIFY(window.detailText().contains(AppealState::flagText(u"deemed_refusal"_s)));

    // Another language chosen: the window says everything again, the list and choice kept.
    const QString current = window.currentAppealId();
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&window, &change);
    auto *scope = window.findChild<QComboBox *>(u"scopeCombo"_s);
    QCOMPARE(scope->itemText(0), u"with something owed"_s);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(window.currentAppealId(), current);
    QVERIFY(window.detailText().contains(AppealState::flagText(u"deemed_refusal"_s)));

    if (qEnvironmentVariableIsSet("CERTDESK_SHOW_SECONDS")) {
        window.resize(1400, 700);
        QTest::qWait(1000 * qEnvironmentVariable("CERTDESK_SHOW_SECONDS").toInt());
    }

    // Esc closes the register, from the list as from the search box (the walk of 2026-12-06).
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(!window.isVisible());
}

void TestAppealRegister::supervisorRecordsThroughDialogs()
{
    const QString id = accept(simpleAppeal(u"Второй"_s, true), QDate(2026, 3, 16));
    const QString other = accept(simpleAppeal(u"Первый"_s), QDate(2026, 3, 16));
    m_t->clock().setLocal(QDate(2026, 3, 18));
    AppealRegisterWindow window(*m_boss);
    window.show();
    QVERIFY(window.select(id));
    auto *refer = window.findChild<QPushButton *>(u"referButton"_s);
    QVERIFY(refer->isEnabled());

    // An empty body is refused inside the dialog; then it is recorded.
    QString firstError;
    whenShown<AppealActionDialog>([&firstError](AppealActionDialog *d) {
        d->accept();
        firstError = d->errorText();
        d->setBody(u"Комитет по правовой статистике"_s);
        d->accept();
    });
    window.runAction(AppealActionDialog::Action::Refer);
    QVERIFY2(firstError.startsWith(u"Competent body"_s), qPrintable(firstError));
    QVERIFY2(window.statusText().contains(u"recorded"_s), qPrintable(window.statusText()));
    AppealState s;
    QString error;
    QVERIFY(AppealService(*m_boss).state(id, &s, &error));
    QCOMPARE(s.status, AppealStatus::Referred);
    QCOMPARE(s.referralNotifiedOn, QDate(2026, 3, 18));
    QVERIFY(!refer->isEnabled() || window.currentAppealId() != id);

    // Extension, then the decision on the other appeal.
    QVERIFY(window.select(other));
    whenShown<AppealActionDialog>([](AppealActionDialog *d) {
        d->setUntil(QDate(2026, 5, 8));
        d->setText(u"нужен ответ услугодателя"_s);
        if (qEnvironmentVariableIsSet("CERTDESK_SHOW_SECONDS"))
            QTest::qWait(1000 * qEnvironmentVariable("CERTDESK_SHOW_SECONDS").toInt());
        d->accept();
    });
    window.runAction(AppealActionDialog::Action::Extend);
    QVERIFY(AppealService(*m_boss).state(other, &s, &error));
    QCOMPARE(s.decisionDue, QDate(2026, 5, 8));
    QVERIFY(window.detailText().contains(u"Notify the applicant of the extension"_s));

    whenShown<AppealActionDialog>([](AppealActionDialog *d) {
        d->setOutcome(u"satisfied"_s);
        d->setText(u"приняты меры"_s);
        d->accept();
    });
    window.runAction(AppealActionDialog::Action::Decide);
    QVERIFY(AppealService(*m_boss).state(other, &s, &error));
    QCOMPARE(s.status, AppealStatus::Decided);
    QCOMPARE(s.outcome, u"satisfied"_s);
    QCOMPARE(window.model()->rowCount(), 0); // nothing owed on either any more
}

// 21.1: extension, then decision, by keys alone: after each dialog the register has the
// keyboard again (no window manager hands it back at a kiosk counter), so the next Alt key
// opens the next record.
void TestAppealRegister::theKeyboardComesBackAfterEachRecord()
{
    const QString id = accept(simpleAppeal(u"Третий"_s), QDate(2026, 3, 16));
    m_t->clock().setLocal(QDate(2026, 3, 18));
    AppealRegisterWindow window(*m_boss);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.select(id));
    bool extended = false;
    whenShown<AppealActionDialog>([&extended](AppealActionDialog *d) {
        d->setUntil(QDate(2026, 5, 8));
        d->setText(u"нужен ответ услугодателя"_s);
        extended = true;
        d->accept();
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_X, Qt::AltModifier);
    QTRY_VERIFY(extended);
    QTRY_VERIFY(QApplication::activeWindow() == &window);
    bool decided = false;
    whenShown<AppealActionDialog>([&decided](AppealActionDialog *d) {
        d->setOutcome(u"satisfied"_s);
        d->setText(u"приняты меры"_s);
        decided = true;
        d->accept();
    });
    QVERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(decided);
    AppealState s;
    QString error;
    QVERIFY(AppealService(*m_boss).state(id, &s, &error));
    QCOMPARE(s.status, AppealStatus::Decided);
    QTRY_VERIFY(QApplication::activeWindow() == &window);
}

void TestAppealRegister::clerkIsNotOfferedSupervisorRecords()
{
    const QString id = accept(simpleAppeal(u"Второй"_s, true), QDate(2026, 3, 16));
    AppealRegisterWindow window(*m_clerk);
    window.show();
    QVERIFY(window.select(id));
    for (const char *name :
        {"referButton", "extendButton", "decideButton", "notifyButton", "restoreButton"})
        QVERIFY2(!window.findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);
    for (const char *name : {"newButton", "amendButton", "withdrawButton", "reprintButton"})
        QVERIFY2(window.findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);
    window.reprint();
    QVERIFY(m_printers->lastFile().contains(u"appeal-A-7501-01-260316-001-"_s));
}

void TestAppealRegister::detailsBroughtLater()
{
    Appeal a = simpleAppeal(u"Иванов"_s);
    a.isSigned = false;
    a.applicant.address.clear();
    const QString id = accept(a, QDate(2026, 3, 2));
    m_t->clock().setLocal(QDate(2026, 3, 4));
    AppealRegisterWindow window(*m_clerk);
    window.show();
    QVERIFY(window.select(id));
    QVERIFY(window.detailText().contains(u"Signature: the appeal is not signed"_s));
    whenShown<AppealFilingDialog>([](AppealFilingDialog *d) {
        QCOMPARE(d->pointTexts().size(), 2);
        d->findChild<QLineEdit *>(u"addressEdit"_s)->setText(u"Алматы, Абая 5"_s);
        d->findChild<QCheckBox *>(u"signedCheck"_s)->setChecked(true);
        QVERIFY(d->pointTexts().isEmpty());
        QVERIFY(!d->findChild<QComboBox *>(u"aboutCombo"_s)->isEnabled());
        d->accept();
    });
    window.amend();
    AppealState s;
    QString error;
    QVERIFY(AppealService(*m_clerk).state(id, &s, &error));
    QVERIFY(s.compliance.isEmpty());
    QCOMPARE(s.compliedOn, QDate(2026, 3, 4));
    QCOMPARE(s.appeal.applicant.address, u"Алматы, Абая 5"_s);
    QVERIFY(window.detailText().contains(u"Brought into compliance on 04.03.2026"_s));
}

void TestAppealRegister::boardShowsAppealsOverdueFirst()
{
    accept(simpleAppeal(u"Первый"_s), QDate(2026, 3, 2)); // decision due 27 Mar
    accept(simpleAppeal(u"Второй"_s, true), QDate(2026, 3, 16)); // referral due 19 Mar
    accept(simpleAppeal(u"Третий"_s), QDate(2026, 3, 20)); // decision due 15 Apr
    m_t->clock().setLocal(QDate(2026, 3, 20));
    BoardWidget board(*m_boss);
    board.show();
    auto *panel = board.findChild<AppealBoardPanel *>();
    QVERIFY(panel);
    QVERIFY(panel->isVisibleTo(&board));
    QCOMPARE(panel->model()->rowCount(), 3);
    QCOMPARE(panel->model()->row(0).applicant, u"Второй Ерлан"_s);
    QVERIFY2(panel->headingText().contains(u"1 overdue"_s), qPrintable(panel->headingText()));
    // The board's date moves the clocks of the appeals too.
    board.setAsOf(QDate(2026, 3, 30));
    QCOMPARE(panel->model()->row(1).applicant, u"Первый Ерлан"_s);
    QVERIFY2(panel->headingText().contains(u"2 overdue"_s), qPrintable(panel->headingText()));
    if (qEnvironmentVariableIsSet("CERTDESK_SHOW_SECONDS")) {
        board.resize(1300, 760);
        QTest::qWait(1000 * qEnvironmentVariable("CERTDESK_SHOW_SECONDS").toInt());
    }
    panel->openRow(1);
    QVERIFY(panel->registerWindow());
    QCOMPARE(panel->registerWindow()->currentAppealId(), panel->model()->row(1).appealId);
}

void TestAppealRegister::receiptTellsTheClocksTimeAfterItWasSetBack()
{
    // The workstation's last record was written at 02:01 on 6 December; then its clock was
    // set back to 20 March. An appeal accepted now is numbered for 20 March, and its receipt
    // gives the moment of acceptance as the branch's clock shows it, not the stored write time
    // (which stays after the workstation's last record to keep the audit's order).
    m_t->clock().setLocal(QDate(2026, 12, 6), QTime(2, 1));
    QVERIFY(AppealService(*m_clerk).accept(simpleAppeal(u"Первый"_s)).ok);
    m_t->clock().setLocal(QDate(2026, 3, 20), QTime(10, 0));

    AppealFilingDialog dialog(*m_clerk);
    dialog.setAppeal(simpleAppeal(u"Второй"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const AppealState s = dialog.accepted();
    QCOMPARE(AppealNumber::parse(s.number).date(), QDate(2026, 3, 20));
    QCOMPARE(s.receivedOn, QDate(2026, 3, 20));
    QVERIFY(s.receivedAt > m_t->clock().toUtc(QDateTime(QDate(2026, 12, 6), QTime(2, 1))));
    QString text = pdfText(m_printers->lastFile());
    QVERIFY2(text.contains(u"20.03.2026 10:00"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"06.12.2026"_s), qPrintable(text));

    // Reprinted later from the register: the same moment.
    m_t->clock().setLocal(QDate(2026, 3, 23), QTime(9, 30));
    AppealRegisterWindow window(*m_clerk);
    window.show();
    QVERIFY(window.select(s.appealId));
    window.reprint();
    text = pdfText(m_printers->lastFile());
    QVERIFY2(text.contains(u"20.03.2026 10:00"_s), qPrintable(text));
    QVERIFY(!text.contains(u"06.12.2026"_s));

    // Never silently papered over: the supervisor's board has it.
    Board board;
    QString error;
    QVERIFY2(BoardService(*m_boss).board(QDate(2026, 3, 23), &board, &error), qPrintable(error));
    QStringList codes;
    for (const BoardEntry &e : board.bucket(BoardBucket::Anomalies))
        codes.append(e.codes);
    QCOMPARE(codes, QStringList {u"clock_moved_back"_s});
}

// The walk of 2026-12-06: Ctrl+P in the register with no appeal chosen said «» — өтініш емес
// ("" is not an appeal). It says what to do instead, and prints nothing.
void TestAppealRegister::reprintWithNothingChosenSaysWhatToDo()
{
    m_t->clock().setLocal(QDate(2026, 3, 2), QTime(9, 5));
    AppealRegisterWindow window(*m_clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.currentAppealId().isEmpty());
    const qsizetype printed = m_printers->jobs().size();
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(window.statusText().contains(u"No appeal is chosen"_s)
            && !window.statusText().contains(u"\"\""_s),
        qPrintable(window.statusText()));
    QCOMPARE(m_printers->jobs().size(), printed);
}

QTEST_MAIN(TestAppealRegister)
#include "tst_appealregister.moc"

void TestAppealRegister::aRegisterLongerThanTheListSaysSo()
{
    // Years of a busy branch: more appeals than the register lists at once. The line under
    // it must not call the first ones all of them.
    constexpr int kAppeals = 2001;
    QSqlQuery q(m_t->db().db());
    QVERIFY(q.exec(QStringLiteral(
        "WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < %1) "
        "INSERT INTO appeals(appeal_id, number, kind, about, status, applicant, applicant_key, "
        "received_at, received_on, next_due, next_what, state) SELECT 'appeal-' || n, '', "
        "'appeal', 'action', 'open', 'Заявитель ' || n, 'заявитель ' || n, "
        "printf('2026-03-02T05:%02d:%02d.000Z', n / 60 % 60, n % 60), '2026-03-02', "
        "'2026-06-01', 'decision', '{}' FROM i")
                       .arg(kAppeals)));
    m_t->clock().setLocal(QDate(2026, 3, 30));
    AppealRegisterWindow window(*m_boss);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString said = window.statusText();
    QCOMPARE(window.model()->rowCount(), AppealListModel::MaxRows);
    QVERIFY2(said.contains(u"there are more"_s) && said.contains(u"narrow"_s), qPrintable(said));
    // A filter that finds fewer lists them all, and says so plainly.
    auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(search);
    search->setFocus();
    search->setText(u"Заявитель 20"_s); // 20, 200 .. 209, 2000 and 2001
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(window.model()->rowCount(), 13);
    QVERIFY2(window.statusText().startsWith(u"13 appeal"_s), qPrintable(window.statusText()));
}
