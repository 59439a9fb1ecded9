// No two Alt shortcuts of one window share a letter, in Kazakh, Russian or English: a clash
// only moves the focus to the first widget, and what the clerk types next lands in the wrong
// field. The windows are found, not listed: every form in forms/ is loaded as it is; then the
// real windows are walked from the main window (every menu entry, every button that opens
// something, a case in each state, an appeal), from the screens before it (sign-in, first
// run, restore, lock) and from the print path; each window, dialog and wizard page reached is
// checked, and so is each menu. A window added later is covered as soon as a menu or a button
// reaches it.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QUiLoader>
#include <QWidgetAction>
#include <QWizard>

#include "intake_fixture.h"
#include "print/ReceiptDocument.h"
#include "printer_support.h"
#include "services/AppealService.h"
#include "services/CustodyService.h"
#include "services/IntakeService.h"
#include "services/ResultService.h"
#include "ui/case/CaseView.h"
#include "ui/common/DocumentPreviewDialog.h"
#include "ui/common/PrintProblemDialog.h"
#include "ui/common/PrinterSettings.h"
#include "ui/shell/CounterTools.h"
#include "ui/shell/FirstRunDialog.h"
#include "ui/shell/FirstRunRestoreDialog.h"
#include "ui/shell/Language.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// The letter after a single '&' ("Num&ber" → 'b'), lower-case; a null QChar when none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

/// An explicit Alt+letter key (a QShortcut, an action, a button's shortcut).
QChar altLetterOf(const QKeySequence &key)
{
    if (key.count() != 1)
        return QChar();
    const QKeyCombination combination = key[0];
    if (combination.keyboardModifiers() != Qt::AltModifier)
        return QChar();
    const QString text = QKeySequence(combination.key()).toString();
    return text.size() == 1 ? text.at(0).toLower() : QChar();
}

QString describe(const QWidget *w, const QString &text)
{
    const QString name
        = w->objectName().isEmpty() ? QString() : QStringLiteral("#") + w->objectName();
    return QStringLiteral("%1%2 \"%3\"")
        .arg(QLatin1String(w->metaObject()->className()), name, text);
}

struct Key
{
    QChar letter;
    QString who;
};

/// The Alt keys a widget itself owns (not its children's).
QList<Key> keysOf(QWidget *w)
{
    QList<Key> keys;
    auto add = [&keys, w](QChar letter, const QString &text) {
        if (!letter.isNull())
            keys.append({letter, describe(w, text)});
    };
    if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        add(mnemonicOf(button->text()), button->text());
        const QChar explicitKey = altLetterOf(button->shortcut());
        if (explicitKey != mnemonicOf(button->text()))
            add(explicitKey, button->shortcut().toString());
    } else if (auto *label = qobject_cast<QLabel *>(w)) {
        if (label->buddy())
            add(mnemonicOf(label->text()), label->text());
    } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
        add(mnemonicOf(group->title()), group->title());
    } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            add(mnemonicOf(tabs->tabText(i)), tabs->tabText(i));
    } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
        for (const QAction *a : bar->actions())
            add(mnemonicOf(a->text()), a->text());
    }
    for (const QAction *a : w->actions()) {
        if (!qobject_cast<const QMenu *>(w))
            add(altLetterOf(a->shortcut()), a->shortcut().toString());
    }
    for (const QShortcut *s : w->findChildren<QShortcut *>(Qt::FindDirectChildrenOnly))
        add(altLetterOf(s->key()), s->key().toString());
    return keys;
}

/// The scopes of a window: its keys outside any page, with each page of a stack (tabs, a
/// wizard's pages) added in turn — pages never show together, everything else may.
QList<QList<Key>> scopesOf(QWidget *root)
{
    // The pages first, wherever they sit (a wizard keeps them in a frame of its own).
    QList<QWidget *> pageWidgets;
    for (QStackedWidget *stack : root->findChildren<QStackedWidget *>()) {
        if (stack->window() != root)
            continue; // a window of its own (a wizard open over the main window) is checked apart
        for (int i = 0; i < stack->count(); ++i)
            pageWidgets.append(stack->widget(i));
    }
    if (auto *wizard = qobject_cast<QWizard *>(root)) {
        for (int id : wizard->pageIds())
            pageWidgets.append(wizard->page(id));
    }
    std::function<void(QWidget *, QList<Key> &)> walk = [&](QWidget *w, QList<Key> &into) {
        into += keysOf(w);
        for (QObject *child : w->children()) {
            auto *cw = qobject_cast<QWidget *>(child);
            if (cw && !cw->isWindow() && !pageWidgets.contains(cw))
                walk(cw, into);
        }
    };
    QList<Key> common;
    walk(root, common);
    if (pageWidgets.isEmpty())
        return {common};
    QList<QList<Key>> scopes;
    for (QWidget *page : std::as_const(pageWidgets)) {
        QList<Key> keys = common;
        walk(page, keys);
        scopes.append(keys);
    }
    return scopes;
}

/// Qt's own dialogs (file, print) are not CertDesk's to fix.
bool isQtsOwn(const QWidget *w)
{
    return qobject_cast<const QFileDialog *>(w)
        || QByteArray(w->metaObject()->className()).startsWith("QPrint")
        || QByteArray(w->metaObject()->className()).startsWith("QPageSetup");
}

class Walker
{
public:
    explicit Walker(const QString &language)
        : m_language(language)
    {
    }

    QStringList clashes;
    /// Lists and tables where Tab walks from cell to cell: the keyboard never leaves them.
    QStringList tabTraps;
    QStringList checked;
    QStringList scopes; ///< every scope with a clash, whole

    void check(QWidget *window, const QString &how)
    {
        if (isQtsOwn(window))
            return;
        const QString name
            = QStringLiteral("%1 %2%3 \"%4\"")
                  .arg(m_language, QLatin1String(window->metaObject()->className()),
                      window->objectName().isEmpty() ? QString()
                                                     : QStringLiteral("#") + window->objectName(),
                      window->windowTitle());
        checked.append(name);
        for (const QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
            if (view->tabKeyNavigation() && view->focusPolicy() != Qt::NoFocus
                && !isQtsOwn(view->window()))
                tabTraps.append(QStringLiteral("%1: %2#%3").arg(name,
                    QLatin1String(view->metaObject()->className()), view->objectName()));
        }
        QSet<QString> reported;
        for (const QList<Key> &scope : scopesOf(window)) {
            QHash<QChar, QStringList> byLetter;
            for (const Key &k : scope) {
                if (!byLetter[k.letter].contains(k.who))
                    byLetter[k.letter].append(k.who);
            }
            // The letters taken here, so whoever fixes a clash sees which are free.
            QList<QChar> letters = byLetter.keys();
            std::sort(letters.begin(), letters.end());
            const QString taken(letters.constData(), letters.size());
            bool clash = false;
            for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
                if (it.value().size() < 2)
                    continue;
                clash = true;
                const QString line
                    = QStringLiteral("%1 (%2): Alt+%3 = %4 [taken: %5]")
                          .arg(name, how, it.key(), it.value().join(QStringLiteral(", ")), taken);
                if (!reported.contains(line)) {
                    reported.insert(line);
                    clashes.append(line);
                }
            }
            if (clash) {
                // The whole scope, for whoever moves the '&': every key and who holds it.
                QStringList all;
                for (const Key &k : scope)
                    all.append(QStringLiteral("%1=%2").arg(k.letter, k.who));
                scopes.append(name + QStringLiteral(" | ") + all.join(QStringLiteral(" ; ")));
            }
        }
        if (auto *main = qobject_cast<QMainWindow *>(window)) {
            for (QAction *title : main->menuBar()->actions()) {
                if (title->menu())
                    checkMenu(title->menu(), name);
            }
        }
    }

    void checkMenu(QMenu *menu, const QString &where)
    {
        QHash<QChar, QStringList> byLetter;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QChar letter = mnemonicOf(a->text());
            if (!letter.isNull())
                byLetter[letter].append(a->text());
            if (a->menu())
                checkMenu(a->menu(), where);
        }
        for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
            if (it.value().size() > 1)
                clashes.append(QStringLiteral("%1, menu \"%2\": Alt+%3 = %4")
                                   .arg(where, menu->title(), it.key(),
                                       it.value().join(QStringLiteral(", "))));
        }
    }

    /// Checks window, then opens what its menus and buttons open, one level at a time (only
    /// the buttons inside part, when given).
    void explore(QWidget *window, const QString &how, int depth = 0, QWidget *part = nullptr)
    {
        check(window, how);
        const QByteArray kind = window->metaObject()->className();
        if (depth >= MaxDepth || (!part && m_explored.contains(kind)) || isQtsOwn(window))
            return;
        if (!part)
            m_explored.insert(kind);
        QList<QPointer<QObject>> triggers;
        if (auto *main = qobject_cast<QMainWindow *>(window); main && !part) {
            for (QAction *title : main->menuBar()->actions()) {
                if (!title->menu())
                    continue;
                for (QAction *a : title->menu()->actions()) {
                    if (a->isSeparator() || a->menu() || qobject_cast<QWidgetAction *>(a)
                        || !a->isVisible() || !a->isEnabled() || leavesTheCounter(a))
                        continue;
                    triggers.append(a);
                }
            }
        }
        for (QAbstractButton *b : (part ? part : window)->findChildren<QAbstractButton *>()) {
            if (b->window() != window || !b->isVisible() || !b->isEnabled() || b->isCheckable()
                || b->text().isEmpty() || closesTheDialog(b))
                continue;
            // A button with a menu would open it and wait there: its entries are walked instead.
            if (auto *push = qobject_cast<QPushButton *>(b); push && push->menu()) {
                for (QAction *a : push->menu()->actions()) {
                    if (!a->isSeparator() && a->isVisible() && a->isEnabled())
                        triggers.append(a);
                }
                continue;
            }
            triggers.append(b);
        }
        for (const QPointer<QObject> &trigger : std::as_const(triggers)) {
            if (!trigger || !window->isVisible())
                continue;
            const QString what = QStringLiteral("%1 → %2").arg(how, textOf(trigger));
            QSet<QWidget *> before;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->isVisible())
                    before.insert(w);
            }
            QTimer *watcher = watchModals(what, depth + 1);
            if (auto *a = qobject_cast<QAction *>(trigger))
                a->trigger();
            else if (auto *b = qobject_cast<QAbstractButton *>(trigger))
                b->click();
            delete watcher;
            // Windows of their own (the board, the appeals register, the audit log).
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->isVisible() && !before.contains(w) && !qobject_cast<QMenu *>(w)) {
                    explore(w, what, depth + 1);
                    closeWindow(w);
                }
            }
            if (!window->isVisible() && qobject_cast<QMainWindow *>(window))
                window->show();
        }
    }

    static constexpr int MaxDepth = 3;

private:
    static QString textOf(QObject *o)
    {
        if (auto *a = qobject_cast<QAction *>(o))
            return a->text();
        if (auto *b = qobject_cast<QAbstractButton *>(o))
            return b->text();
        return QString();
    }

    /// Quitting and locking end the walk's window; the lock screen is checked on its own.
    static bool leavesTheCounter(const QAction *a)
    {
        return a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q)
            || a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    }

    /// OK, Cancel, Close and their kind would accept or end the dialog being walked.
    static bool closesTheDialog(QAbstractButton *b)
    {
        for (QWidget *p = b->parentWidget(); p; p = p->parentWidget()) {
            if (auto *box = qobject_cast<QDialogButtonBox *>(p)) {
                const QDialogButtonBox::ButtonRole role = box->buttonRole(b);
                return role != QDialogButtonBox::ActionRole && role != QDialogButtonBox::HelpRole;
            }
        }
        if (auto *wizard = qobject_cast<QWizard *>(b->window())) {
            for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton})
                if (wizard->button(which) == b)
                    return true;
        }
        return false;
    }

    void closeWindow(QWidget *w)
    {
        if (!w || !w->isVisible())
            return;
        MessageBox::setNextAnswer(QMessageBox::Yes); // "discard what was typed?" — yes
        if (auto *dialog = qobject_cast<QDialog *>(w))
            dialog->reject();
        else
            w->close();
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        if (w->isVisible())
            w->hide();
    }

    /// Each modal dialog the next trigger opens is checked, walked and closed in turn, until
    /// the watcher returned is deleted.
    QTimer *watchModals(const QString &how, int depth)
    {
        auto *poll = new QTimer;
        poll->setInterval(5);
        QObject::connect(poll, &QTimer::timeout, poll, [this, poll, how, depth]() {
            QWidget *modal = QApplication::activeModalWidget();
            // Marked on the object: a new dialog may be built where an old one was.
            if (!modal || modal->property("walked").toBool())
                return;
            modal->setProperty("walked", true);
            poll->stop(); // nested dialogs get their own watcher
            explore(modal, how, depth);
            closeWindow(modal);
            poll->start();
        });
        poll->start();
        return poll;
    }

    QString m_language;
    QSet<QByteArray> m_explored;
};

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Language> m_language;

    /// Cases in the states whose actions open dialogs, and an appeal.
    void seed(GuiCounter &c)
    {
        IntakeService intake(c.clerk);
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            Application a;
            a.subject.iin = makeIin(QDate(1980, 1, 1).addDays(i), false);
            a.subject.name = {QStringLiteral("Сарсенова"), QStringLiteral("Айгуль"), QString()};
            a.identity.number = QStringLiteral("045123456");
            a.identity.issuer = QStringLiteral("МВД РК");
            a.identity.issuedOn = QDate(2020, 5, 14);
            a.identity.expiresOn = QDate(2030, 5, 13);
            a.purpose = Application::Purpose::Abroad;
            a.phone = QStringLiteral("+77012345678");
            const auto r = intake.submit(a, {});
            QVERIFY2(r.ok, qPrintable(r.error));
            ids.append(r.receipt.caseId);
        }
        Session boss(c.db(), c.clock(),
            User {
                QStringLiteral("boss"), QStringLiteral("Серикбаев"), QString(), Role::Supervisor});
        CertificateResult result;
        result.number = QStringLiteral("C-1");
        result.date = c.clock().today();
        result.outcome = QStringLiteral("no_record");
        QString error;
        for (int i = 1; i < 4; ++i)
            QVERIFY2(ResultService(c.clerk).recordCertificate(ids.at(i), result, nullptr, &error),
                qPrintable(error));
        for (int i = 2; i < 4; ++i)
            QVERIFY2(CustodyService(c.clerk).recordArrival(ids.at(i), QDate(), nullptr, &error),
                qPrintable(error));
        Appeal appeal;
        appeal.applicant.name = {QStringLiteral("Ахметов"), QStringLiteral("Ержан"), QString()};
        QVERIFY(AppealService(c.clerk).accept(appeal).ok);
        m_cases = ids;
    }

    QStringList m_cases;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CertDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mnemonics"));
        m_language = std::make_unique<Language>();
    }

    void noTwoShareALetter_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : Language::codes())
            QTest::newRow(qPrintable(code)) << code;
    }

    void noTwoShareALetter()
    {
        QFETCH(QString, code);
        QVERIFY(m_language->apply(code));
        Walker walker(code);

        // Every form, as it is loaded (its texts in this language).
        const QDir forms(qEnvironmentVariable("CERTDESK_SOURCE_DIR") + QStringLiteral("/forms"));
        const QStringList files = forms.entryList({QStringLiteral("*.ui")});
        QVERIFY2(files.size() >= 20, qPrintable(forms.path()));
        for (const QString &file : files) {
            QFile f(forms.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QUiLoader loader;
            std::unique_ptr<QWidget> form(loader.load(&f));
            QVERIFY2(form, qPrintable(file + loader.errorString()));
            walker.check(form.get(), QStringLiteral("form ") + file);
        }

        // The screens before the counter.
        GuiCounter c;
        QString error;
        // The walk is long: the idle lock would come in the middle of it.
        QVERIFY(SettingsStore(c.db()).setValue(QStringLiteral("security.idle_lock_minutes"),
            QStringLiteral("0"), QStringLiteral("test"), &error));
        seed(c);
        if (QTest::currentTestFailed())
            return;
        {
            SignInDialog signIn(c.db(), c.clock());
            walker.check(&signIn, QStringLiteral("start"));
            FirstRunDialog firstRun(c.db(), c.clock());
            walker.check(&firstRun, QStringLiteral("first start"));
            FirstRunRestoreDialog restore(c.db().path(), QStringLiteral("damaged"), c.clock());
            walker.check(&restore, QStringLiteral("damaged file at start"));
            LockScreen lock(c.db(), c.clock());
            walker.check(&lock, QStringLiteral("lock"));
        }
        // The print path's own windows.
        {
            ReceiptDocument::Data data;
            data.receipt = QStringLiteral("01010326030200017");
            const ReceiptDocument receipt(data);
            DocumentPreviewDialog preview(receipt, PdfPrinters::A5);
            walker.check(&preview, QStringLiteral("print preview"));
            PrintProblemDialog problem(QStringLiteral("The receipt"),
                QStringLiteral("Out of paper."), QStringLiteral("Saved."));
            walker.explore(&problem, QStringLiteral("printer problem"));
        }

        // The counter as each role sees it, walked from its menus and buttons, with a case
        // open in each state.
        const QList<User> people {c.clerk.user(),
            User {QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан Ержанович"), QString(),
                Role::Supervisor},
            User {
                QStringLiteral("admin"), QStringLiteral("Админ"), QString(), Role::Administrator}};
        for (const User &person : people) {
            Session session(c.db(), c.clock(), person);
            MainWindow w(session);
            CounterTools tools(w, session);
            QVERIFY(showActive(w));
            Walker asThem(code);
            asThem.explore(&w, roleName(person.role));
            if (session.can(Permission::RecordProgress)) {
                for (const QString &id : std::as_const(m_cases)) {
                    w.show();
                    QVERIFY(w.openCase(id));
                    // The case view's buttons are the main window's, different in each state.
                    asThem.explore(&w, roleName(person.role) + QStringLiteral(", a case ") + id, 0,
                        w.caseView());
                }
            }
            walker.clashes += asThem.clashes;
            walker.tabTraps += asThem.tabTraps;
            walker.checked += asThem.checked;
            walker.scopes += asThem.scopes;
        }

        walker.clashes.removeDuplicates();
        walker.checked.removeDuplicates();
        for (const QString &window : std::as_const(walker.checked))
            qInfo("checked: %s", qPrintable(window));
        for (const QString &clash : std::as_const(walker.clashes))
            qInfo("CLASH %s", qPrintable(clash));
        walker.scopes.removeDuplicates();
        for (const QString &scope : std::as_const(walker.scopes))
            qInfo("SCOPE %s", qPrintable(scope));
        QVERIFY2(walker.checked.size() >= 30, "fewer windows than CertDesk has were reached");
        QVERIFY2(walker.clashes.isEmpty(),
            qPrintable(QStringLiteral("%1 clash(es), listed above").arg(walker.clashes.size())));
        // Tab leaves every list and table for the next control; arrows move inside them.
        walker.tabTraps.removeDuplicates();
        QVERIFY2(walker.tabTraps.isEmpty(), qPrintable(walker.tabTraps.join(u'\n')));
    }

    void cleanupTestCase() { QVERIFY(m_language->apply(QStringLiteral("en"))); }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
