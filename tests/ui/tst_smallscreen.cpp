// The counter's forms on the smallest screen a branch has: 1366×768, at 125 % (the default
// here) and, as a second CTest entry, at 100 % (QT_SCALE_FACTOR=1). In Kazakh, Russian and
// English every page of the intake wizard, the issuance dialog and the appeals register must
// fit the screen, with no field squashed below the height its text needs and no column cut.

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "intake_fixture.h"
#include "services/AppealService.h"
#include "ui/appeals/AppealListModel.h"
#include "ui/appeals/AppealRegisterWindow.h"
#include "ui/case/CaseActionIssueDialog.h"
#include "ui/shell/Language.h"

using namespace certdesk;
using namespace certdesk::test;
using Kind = Application::PresenterKind;

namespace {

bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractButton *>(w);
}

/// What on the window cannot be read: the window larger than the screen, an input squashed
/// below the height its text needs, a label cut. Empty when all is readable.
QString unreadable(QWidget *window, QWidget *area)
{
    QStringList out;
    const QRect screen = window->screen()->availableGeometry();
    if (!screen.contains(window->frameGeometry()))
        out.append(QStringLiteral("the window %1×%2 does not fit the screen %3×%4")
                       .arg(window->frameGeometry().width())
                       .arg(window->frameGeometry().height())
                       .arg(screen.width())
                       .arg(screen.height()));
    for (QWidget *w : area->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        const QString name = w->objectName().isEmpty()
            ? QString::fromLatin1(w->metaObject()->className())
            : w->objectName();
        if (isInput(w) && w->height() < w->minimumSizeHint().height())
            out.append(QStringLiteral("%1 is %2 px high, needs %3")
                           .arg(name)
                           .arg(w->height())
                           .arg(w->minimumSizeHint().height()));
        auto *label = qobject_cast<QLabel *>(w);
        if (!label || label->text().isEmpty())
            continue;
        const int need = label->wordWrap() ? label->heightForWidth(label->width())
                                           : label->minimumSizeHint().height();
        if (label->height() < need)
            out.append(QStringLiteral("label %1 (\"%2\") is %3 px high, needs %4")
                           .arg(name, label->text().left(40))
                           .arg(label->height())
                           .arg(need));
        if (!label->wordWrap() && label->width() < label->minimumSizeHint().width())
            out.append(QStringLiteral("label %1 (\"%2\") is cut: %3 px wide, needs %4")
                           .arg(name, label->text().left(40))
                           .arg(label->width())
                           .arg(label->minimumSizeHint().width()));
    }
    return out.join(u'\n');
}

/// The focused field is on screen, whole (a scrolled page brought it into view).
bool focusInView()
{
    QWidget *f = QApplication::focusWidget();
    return f && f->visibleRegion().boundingRect().size() == f->size();
}

} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Language> m_language;

    void languages()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : Language::codes())
            QTest::newRow(qPrintable(code)) << code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CertDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_smallscreen"));
        QSettings().clear();
        m_language = std::make_unique<Language>();
        const QSize screen = QGuiApplication::primaryScreen()->size();
        qInfo("screen %d×%d logical at %s", screen.width(), screen.height(),
            qgetenv("QT_SCALE_FACTOR").constData());
        QVERIFY(screen.height() <= 768);
    }

    void init() { MessageBox::setNextAnswer(QMessageBox::NoButton); }
    void cleanupTestCase() { QSettings().clear(); }

    void parentPresentsAnAdult_data() { languages(); }
    // A parent at the counter for their adult child needs the child's power of attorney:
    // only that group shows, and with the problems box open nothing is squashed.
    void parentPresentsAnAdult()
    {
        QFETCH(QString, code);
        QVERIFY(m_language->apply(code));
        GuiCounter c;
        QVERIFY(c.isValid());
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        QVERIFY2(
            unreadable(&w, w.currentPage()).isEmpty(), qPrintable(unreadable(&w, w.currentPage())));
        d.enter();
        d.type("iinEdit", kAdultIin);
        d.type("surnameEdit", QStringLiteral("Ахметова"));
        d.type("givenNameEdit", QStringLiteral("Айгуль"));
        d.enter();
        QCOMPARE(d.page(), int(IntakeWizard::PresenterPageId));
        QVERIFY2(
            unreadable(&w, w.currentPage()).isEmpty(), qPrintable(unreadable(&w, w.currentPage())));
        d.choose("presenterCombo", int(Kind::Parent));
        QVERIFY(d.find("poaGroup")->isVisible());
        QVERIFY(!d.find("birthGroup")->isVisible());
        d.type("presenterIinEdit", kAgentIin);
        d.type("presenterSurnameEdit", QStringLiteral("Ахметов"));
        d.type("presenterGivenNameEdit", QStringLiteral("Ержан"));
        d.type("poaIssuedEdit", QStringLiteral("01.06.2020"));
        d.enter();
        QCOMPARE(d.page(), int(IntakeWizard::PresenterPageId));
        QVERIFY(!d.problems().isEmpty());
        QVERIFY2(
            unreadable(&w, w.currentPage()).isEmpty(), qPrintable(unreadable(&w, w.currentPage())));
        QVERIFY(focusInView());

        // The rest of the application, every page read on the way.
        d.type("poaNotaryEdit", QStringLiteral("Сейткали А. Б."));
        d.type("poaNumberEdit", QStringLiteral("1234"));
        d.type("poaIssuedEdit", QStringLiteral("01.06.2025"));
        d.type("poaPrincipalEdit", kAdultIin);
        d.type("poaAgentEdit", kAgentIin);
        d.enter();
        QVERIFY2(d.page() == IntakeWizard::IdentityPageId, qPrintable(d.problems()));
        d.enter(); // nothing typed: every field is named
        QVERIFY(!d.problems().isEmpty());
        QVERIFY2(
            unreadable(&w, w.currentPage()).isEmpty(), qPrintable(unreadable(&w, w.currentPage())));
        d.type("docNumberEdit", QStringLiteral("045123456"));
        d.type("docIssuedEdit", QStringLiteral("14.05.2020"));
        d.type("docExpiresEdit", QStringLiteral("13.05.2030"));
        d.enter();
        QCOMPARE(d.page(), int(IntakeWizard::PurposePageId));
        d.press("apostilleRadio");
        d.typeInCombo("countryCombo", QStringLiteral("Russia"));
        d.enter();
        QVERIFY(!d.problems().isEmpty());
        QVERIFY2(
            unreadable(&w, w.currentPage()).isEmpty(), qPrintable(unreadable(&w, w.currentPage())));
        d.press("domesticRadio");
        d.type("phoneEdit", QStringLiteral("+77012345678"));
        d.enter();
        QVERIFY2(d.page() == IntakeWizard::ReviewPageId, qPrintable(d.problems()));
        QVERIFY2(
            unreadable(&w, w.currentPage()).isEmpty(), qPrintable(unreadable(&w, w.currentPage())));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&w, Qt::Key_Escape);
    }

    void parentPresentsAMinor_data() { languages(); }
    // A minor's parent shows the birth certificate only.
    void parentPresentsAMinor()
    {
        QFETCH(QString, code);
        QVERIFY(m_language->apply(code));
        GuiCounter c;
        IntakeWizard w(c.clerk);
        QVERIFY(showActive(w));
        WizardDriver d(w);
        d.enter();
        const QString child = makeIin(QDate(2012, 5, 14), true);
        d.type("iinEdit", child);
        d.type("surnameEdit", QStringLiteral("Ахметов"));
        d.type("givenNameEdit", QStringLiteral("Тимур"));
        d.enter();
        QCOMPARE(d.page(), int(IntakeWizard::PresenterPageId));
        d.choose("presenterCombo", int(Kind::Parent));
        QVERIFY(!d.find("poaGroup")->isVisible());
        QVERIFY(d.find("birthGroup")->isVisible());
        d.enter(); // nothing typed: every field named
        QVERIFY(!d.problems().isEmpty());
        QVERIFY2(
            unreadable(&w, w.currentPage()).isEmpty(), qPrintable(unreadable(&w, w.currentPage())));
        QVERIFY(focusInView());
        // A representative of a minor: no document can make it right, none is asked for.
        d.choose("presenterCombo", int(Kind::Representative));
        QVERIFY(!d.find("poaGroup")->isVisible());
        QVERIFY(!d.find("birthGroup")->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&w, Qt::Key_Escape);
    }

    void issueDialog_data() { languages(); }
    // Handing the paper to a representative: the power of attorney and the document, with a
    // long refusal under them, and OK in view.
    void issueDialog()
    {
        QFETCH(QString, code);
        QVERIFY(m_language->apply(code));
        CaseActionIssueDialog dialog;
        dialog.setCase(
            QStringLiteral(
                "Case 7501-02-261118-0001-5: Бекмухамбетов Әлихан Талгатович, at the branch."),
            kAdultIin, QDate(2026, 3, 2));
        dialog.setSubmit([](const Collector &, QString *error) {
            *error = QStringLiteral("The certificate cannot be handed over: ")
                + QStringList(6,
                    QStringLiteral("Identity document: date of issue: is empty. Enter the date as "
                                   "DD.MM.YYYY."))
                      .join(u' ');
            return false;
        });
        QVERIFY(showActive(dialog));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setFocus();
        while (Kind(kind->currentData().toInt()) != Kind::Representative)
            QTest::keyClick(kind, Qt::Key_Down);
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("poaGroup"))->isVisible());
        QTest::keyClick(kind, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY2(unreadable(&dialog, &dialog).isEmpty(), qPrintable(unreadable(&dialog, &dialog)));
        // The last field, reached by Tab, is brought into view.
        auto *expires = dialog.findChild<QLineEdit *>(QStringLiteral("docExpiresEdit"));
        expires->setFocus(Qt::TabFocusReason);
        QVERIFY(focusInView());
    }

    void appealRegisterColumns_data() { languages(); }
    // The register at the size it opens with: "Next term" and every other short column show
    // their longest text whole, on the table.
    void appealRegisterColumns()
    {
        QFETCH(QString, code);
        QVERIFY(m_language->apply(code));
        GuiCounter c;
        QVERIFY(c.isValid());
        Session supervisor(c.db(), c.clock(),
            User {QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан Ержанович"),
                QStringLiteral("head of branch"), Role::Supervisor});
        AppealService appeals(supervisor);
        for (bool otherBody : {false, true}) {
            Appeal a;
            a.applicant.name = {QStringLiteral("Жумабаева-Нурмаганбетова"),
                QStringLiteral("Айгерим"), QStringLiteral("Серикбайқызы")};
            a.applicant.iin = kAdultIin;
            a.applicant.address = QStringLiteral("Алматы, Абая 1");
            a.addressee = QStringLiteral("Директор филиала");
            a.otherBody = otherBody;
            a.essence = QStringLiteral("Очередь");
            a.date = c.clock().today();
            a.isSigned = otherBody;
            QVERIFY(appeals.accept(a, QDate()).ok);
        }
        AppealRegisterWindow window(supervisor);
        QVERIFY(showActive(window));
        QVERIFY2(unreadable(&window, &window).isEmpty(), qPrintable(unreadable(&window, &window)));
        auto *table = window.findChild<QTableView *>(QStringLiteral("appealTable"));
        QVERIFY(table->model()->rowCount() >= 2);
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const int need
                = std::max(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column),
                    header->sectionSizeHint(column));
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            const int end = header->sectionViewportPosition(column) + header->sectionSize(column);
            if (column == AppealListModel::Applicant || column == AppealListModel::Status) {
                // A long name may be cut short: the row's tooltip shows it whole; the state
                // takes what is left of the width.
                const QModelIndex cell = table->model()->index(0, column);
                QCOMPARE(cell.data(Qt::ToolTipRole), cell.data(Qt::DisplayRole));
                QVERIFY2(header->sectionViewportPosition(column) < table->viewport()->width(),
                    qPrintable(title + QStringLiteral(" starts off the table")));
                continue;
            }
            QVERIFY2(header->sectionSize(column) >= need,
                qPrintable(QStringLiteral("%1: %2 px, needs %3")
                               .arg(title)
                               .arg(header->sectionSize(column))
                               .arg(need)));
            QVERIFY2(end <= table->viewport()->width(),
                qPrintable(QStringLiteral("%1 ends at %2, the table shows %3 px")
                               .arg(title)
                               .arg(end)
                               .arg(table->viewport()->width())));
        }
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(R"({"screens": [{"name": "counter", "x": 0, "y": 0, "width": 1366,
                          "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]})")
            < 0)
        qFatal("cannot write %s", qPrintable(config));
    file.close();
    qputenv("QT_QPA_PLATFORM",
        "offscreen:configfile=" + QDir::toNativeSeparators(config).toLocal8Bit());
    if (!qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
        qputenv("QT_SCALE_FACTOR", "1.25");
    QApplication app(argc, argv);
    TestSmallScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_smallscreen.moc"
