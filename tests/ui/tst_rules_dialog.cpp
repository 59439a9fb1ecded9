// The supervisor's rules dialog: it shows the rules in force with where each comes from; an
// edit goes through the same checks as a rules file and a refusal names the reason and changes
// nothing; a saved edit is the branch's own and counts at once; a year without calendar data
// says so; a bad rules file imported from the dialog is refused with its lines.
#include <QtTest>

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include "common/TestDatabase.h"
#include "services/RulesService.h"
#include "services/Session.h"
#include "storage/CalendarStore.h"
#include "storage/RulesStore.h"
#include "ui/admin/RulesDialog.h"
#include "ui/common/MessageBox.h"

using namespace certdesk;
using namespace Qt::Literals::StringLiterals;

class TestRulesDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }

    static int rowOf(QTableWidget *t, const QString &first)
    {
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0) && t->item(r, 0)->text() == first)
                return r;
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(m_t->isValid());
    }

    void showsTheRulesInForce()
    {
        Session boss(m_t->db(), m_t->clock(), User{u"boss"_s, u"Boss"_s, QString(), Role::Supervisor});
        RulesDialog dialog(boss);
        auto *mci = child<QTableWidget>(&dialog, u"mci"_s);
        QVERIFY(mci);
        const int row = rowOf(mci, u"2026"_s);
        QVERIFY(row >= 0);
        QCOMPARE(mci->item(row, 1)->text(), u"4325"_s);
        QCOMPARE(mci->item(row, 2)->text(), u"built in"_s);
        QVERIFY(child<QTableWidget>(&dialog, u"holidays"_s)->rowCount() > 10); // 2026
        QVERIFY(rowOf(child<QTableWidget>(&dialog, u"hague"_s), u"VN"_s) >= 0);
        child<QSpinBox>(&dialog, u"year"_s)->setValue(2029);
        QCOMPARE(child<QTableWidget>(&dialog, u"holidays"_s)->rowCount(), 0);
        QVERIFY(child<QLabel>(&dialog, u"yearNote"_s)->text().contains(u"No calendar data for 2029"_s));
    }

    void anEditIsCheckedThenSaved()
    {
        Session boss(m_t->db(), m_t->clock(), User{u"boss"_s, u"Boss"_s, QString(), Role::Supervisor});
        RulesDialog dialog(boss);
        dialog.show();
        auto *tabs = child<QTabWidget>(&dialog, u"tabs"_s);
        tabs->setCurrentIndex(1);
        auto *mci = child<QTableWidget>(&dialog, u"mci"_s);
        mci->setFocus();
        child<QPushButton>(&dialog, u"addRow"_s)->click();
        const int row = mci->rowCount() - 1;
        mci->closePersistentEditor(mci->item(row, 0));
        mci->item(row, 0)->setText(u"2027"_s);
        mci->item(row, 1)->setText(u"0"_s);
        child<QPushButton>(&dialog, u"save"_s)->click();
        QVERIFY2(dialog.problemText().contains(u"the MCI of 2027 is 0"_s), qPrintable(dialog.problemText()));
        QVERIFY(!RulesStore(m_t->db()).inForce().mci(2027).has_value());

        mci->item(row, 1)->setText(u"4500"_s);
        child<QPushButton>(&dialog, u"save"_s)->click();
        QVERIFY2(dialog.problemText().isEmpty(), qPrintable(dialog.problemText()));
        QCOMPARE(RulesStore(m_t->db()).inForce().mci(2027), std::optional<int>(4500));
        QCOMPARE(RulesStore(m_t->db()).branchLayer().size(), 1);
        const int saved = rowOf(mci, u"2027"_s);
        QCOMPARE(mci->item(saved, 2)->text(), u"this branch"_s);

        // A holiday on a day that does not exist is refused with its row.
        tabs->setCurrentIndex(0);
        child<QSpinBox>(&dialog, u"year"_s)->setValue(2027);
        auto *holidays = child<QTableWidget>(&dialog, u"holidays"_s);
        holidays->item(0, 0)->setText(u"30.02.2027"_s);
        child<QPushButton>(&dialog, u"save"_s)->click();
        QVERIFY2(dialog.problemText().contains(u"row 1"_s) && dialog.problemText().contains(u"does not exist"_s),
                 qPrintable(dialog.problemText()));
        QVERIFY(!RulesStore(m_t->db()).branchLayer().contains(u"calendar/2027"_s));
    }

    void badFileRefusedWithItsLines()
    {
        Session boss(m_t->db(), m_t->clock(), User{u"boss"_s, u"Boss"_s, QString(), Role::Supervisor});
        RulesDialog dialog(boss);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.rules"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"certdesk_rules":1,"country":"KZ"}
{"hague":"XX","in_force":"2027-01-01"}
)");
        f.close();
        QVERIFY(!dialog.importPath(path));
        QVERIFY2(dialog.problemText().contains(u"Line 2: \"XX\" is not a known country code"_s),
                 qPrintable(dialog.problemText()));
        QVERIFY(RulesStore(m_t->db()).branchLayer().isEmpty());
    }

    // Each tab is saved on its own and a save reloads them all: edits left on a tab were lost
    // without a word when the supervisor went to another tab, another year or closed.
    void editsAreNotDroppedWithoutAsking()
    {
        Session boss(m_t->db(), m_t->clock(), User{u"boss"_s, u"Boss"_s, QString(), Role::Supervisor});
        RulesDialog dialog(boss);
        dialog.show();
        auto *tabs = child<QTabWidget>(&dialog, u"tabs"_s);
        tabs->setCurrentIndex(1);
        auto *mci = child<QTableWidget>(&dialog, u"mci"_s);
        const int row = rowOf(mci, u"2026"_s);
        mci->item(row, 1)->setText(u"4400"_s);

        // While the question is open, the tab with the edits is the one shown, not the one
        // asked for.
        int shownWhenAsked = -1;
        MessageBox::setWhenAsked([&]() { shownWhenAsked = tabs->currentIndex(); });
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        tabs->setCurrentIndex(2);
        MessageBox::setWhenAsked({});
        QVERIFY2(MessageBox::lastText().contains(u"MCI and fee"_s), qPrintable(MessageBox::lastText()));
        QCOMPARE(shownWhenAsked, 1);
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(mci->item(row, 1)->text(), u"4400"_s);

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog.reject();
        QVERIFY(dialog.isVisible());

        MessageBox::setNextAnswer(QMessageBox::Discard);
        tabs->setCurrentIndex(2);
        QCOMPARE(tabs->currentIndex(), 2);
        QCOMPARE(mci->item(rowOf(mci, u"2026"_s), 1)->text(), u"4325"_s);
        QVERIFY(RulesStore(m_t->db()).branchLayer().isEmpty());

        // Nothing left unsaved: closing asks nothing.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void aYearsEditsAreSavedToThatYear()
    {
        Session boss(m_t->db(), m_t->clock(), User{u"boss"_s, u"Boss"_s, QString(), Role::Supervisor});
        RulesDialog dialog(boss);
        dialog.show();
        auto *year = child<QSpinBox>(&dialog, u"year"_s);
        const int shown = year->value();
        auto *holidays = child<QTableWidget>(&dialog, u"holidays"_s);
        QVERIFY(holidays->rowCount() > 0);
        holidays->item(0, 3)->setText(u"New Year (decree)"_s);

        MessageBox::setNextAnswer(QMessageBox::Save);
        year->setValue(shown + 1);
        QVERIFY2(dialog.problemText().isEmpty(), qPrintable(dialog.problemText()));
        const RuleSet branch = RulesStore(m_t->db()).branchLayer();
        QVERIFY(branch.contains(u"calendar/%1"_s.arg(shown)));
        QVERIFY(!branch.contains(u"calendar/%1"_s.arg(shown + 1)));
        QCOMPARE(branch.unit(u"calendar/%1"_s.arg(shown)).holidays().constFirst().nameEn,
                 u"New Year (decree)"_s);
        QCOMPARE(year->value(), shown + 1);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
};

QTEST_MAIN(TestRulesDialog)
#include "tst_rules_dialog.moc"
