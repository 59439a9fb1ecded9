// Nothing English on a Kazakh or Russian screen (issue 15, point 10): the country in the case
// view, the history's details, the Tools menu and the sync line after a live language switch,
// and the label of a person's name. Each test reads the real widgets after
// Language::apply(), as the clerk sees them after choosing a language in the Tools menu.

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>

#include "intake_fixture.h"
#include "services/IntakeService.h"
#include "services/ResultService.h"
#include "services/Session.h"
#include "ui/case/CaseListModel.h"
#include "ui/case/CaseView.h"
#include "ui/intake/IntakeReviewPage.h"
#include "ui/intake/IntakeSubjectPage.h"
#include "ui/shell/CounterTools.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SyncStatusWidget.h"

using namespace certdesk;
using namespace certdesk::test;

namespace {

/// An application for travel abroad to the United Arab Emirates: a country whose Kazakh,
/// Russian and English names all differ.
Application abroad()
{
    Application a;
    a.subject.iin = kAdultIin;
    a.subject.name = {QStringLiteral("Ахметова"), QStringLiteral("Айгуль"), QString()};
    a.identity.number = QStringLiteral("045123456");
    a.identity.issuer = QStringLiteral("МВД РК");
    a.identity.issuedOn = QDate(2020, 5, 14);
    a.identity.expiresOn = QDate(2030, 5, 13);
    a.phone = QStringLiteral("+77012345678");
    a.purpose = Application::Purpose::Abroad;
    a.country = QStringLiteral("AE");
    return a;
}

/// Latin words in a text, other than the codes a screen may show (country codes, numbers)
/// and the clerk's login, which is data.
QStringList englishWords(QString text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z'’]+"));
    text.remove(QStringLiteral("clerk"));
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (w != w.toUpper()) // AE, IIN-like codes in capitals are codes
            words.append(w);
    }
    return words;
}

QStringList menuTexts(QMenu *menu)
{
    QStringList texts;
    for (QAction *a : menu->actions())
        if (!a->isSeparator() && !a->text().isEmpty())
            texts.append(a->text());
    return texts;
}

} // namespace

class TestEnglishLeaks : public QObject
{
    Q_OBJECT

    Language *m_language = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CertDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_englishleaks"));
        QSettings().clear();
        m_language = new Language(this);
    }

    void init()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        QVERIFY(m_language->apply(QStringLiteral("en")));
    }

    void cleanupTestCase() { m_language->apply(QStringLiteral("en")); }

    void caseViewNamesTheCountryInTheLanguage()
    {
        GuiCounter c;
        QVERIFY(c.isValid());
        const auto r = IntakeService(c.clerk).submit(abroad(), {});
        QVERIFY2(r.ok, qPrintable(r.error));
        CaseView view(c.clerk);
        QString error;
        QVERIFY2(view.showCase(r.receipt.caseId, &error), qPrintable(error));
        QVERIFY2(view.detailsText().contains(QStringLiteral("United Arab Emirates (AE)")),
            qPrintable(view.detailsText()));

        // Switched while the case is open: it is shown again in the new language.
        QVERIFY(m_language->apply(QStringLiteral("kk")));
        QTRY_VERIFY2(view.detailsText().contains(QStringLiteral("Біріккен Араб Әмірліктері (AE)")),
            qPrintable(view.detailsText()));
        QVERIFY2(englishWords(view.detailsText()).isEmpty(),
            qPrintable(englishWords(view.detailsText()).join(u' ')));

        QVERIFY(m_language->apply(QStringLiteral("ru")));
        QTRY_VERIFY2(
            view.detailsText().contains(QStringLiteral("Объединённые Арабские Эмираты (AE)")),
            qPrintable(view.detailsText()));
        QVERIFY2(englishWords(view.detailsText()).isEmpty(),
            qPrintable(englishWords(view.detailsText()).join(u' ')));
    }

    void historyDetailsReadAsSentences_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("kk") << QStringLiteral("kk");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void historyDetailsReadAsSentences()
    {
        QFETCH(QString, language);
        GuiCounter c;
        QVERIFY(c.isValid());
        const auto r = IntakeService(c.clerk).submit(abroad(), {});
        QVERIFY2(r.ok, qPrintable(r.error));
        CertificateResult result;
        result.number = QStringLiteral("10100458712");
        result.date = QDate(2026, 3, 2);
        result.outcome = QStringLiteral("no_record");
        QString error;
        QVERIFY2(
            ResultService(c.clerk).recordCertificate(r.receipt.caseId, result, nullptr, &error),
            qPrintable(error));

        QVERIFY(m_language->apply(language));
        CaseView view(c.clerk);
        QVERIFY2(view.showCase(r.receipt.caseId, &error), qPrintable(error));
        auto *timeline = view.findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
        QVERIFY(timeline);
        QCOMPARE(timeline->topLevelItemCount(), 2);
        const QString details = timeline->topLevelItem(1)->text(3);
        // The stored keys never show; the date reads as dates do everywhere else.
        QVERIFY2(!details.contains(u'_') && !details.contains(QStringLiteral("certificate")),
            qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("10100458712")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("02.03.2026")), qPrintable(details));
        QVERIFY2(englishWords(details).isEmpty(), qPrintable(details));
        const QString receipt = timeline->topLevelItem(0)->text(3);
        QVERIFY2(englishWords(receipt).isEmpty(), qPrintable(receipt));
    }

    void toolsMenuFollowsALiveSwitch()
    {
        GuiCounter c;
        QVERIFY(c.isValid());
        Session supervisor(c.db(), c.clock(),
            User {QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан Ержанович"),
                QStringLiteral("head of branch"), Role::Supervisor});
        MainWindow window(supervisor);
        CounterTools tools(window, supervisor);
        QMenu *menu = window.toolsMenu();
        const QStringList english = menuTexts(menu);
        QVERIFY2(
            english.contains(QStringLiteral("Supervisor &board")), qPrintable(english.join(u'|')));
        QVERIFY2(
            english.contains(QStringLiteral("&Lock the counter")), qPrintable(english.join(u'|')));

        for (const QString &code : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            QVERIFY(m_language->apply(code));
            QTRY_VERIFY(menuTexts(menu) != english);
            const QStringList texts = menuTexts(menu);
            QCOMPARE(texts.size(), english.size());
            for (const QString &text : texts)
                QVERIFY2(englishWords(text).isEmpty(),
                    qPrintable(QStringLiteral("%1: %2").arg(code, texts.join(u'|'))));
        }
    }

    void syncLineFollowsALiveSwitch()
    {
        GuiCounter c;
        QVERIFY(c.isValid());
        SyncStatusWidget line(c.clock());
        QCOMPARE(line.text(), QStringLiteral("Sync is off"));
        for (const QString &code : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            QVERIFY(m_language->apply(code));
            QTRY_VERIFY2(line.text() != QStringLiteral("Sync is off"), qPrintable(line.text()));
            QVERIFY2(englishWords(line.text()).isEmpty(), qPrintable(line.text()));
            for (QWidget *child : line.findChildren<QWidget *>()) {
                const QVariant text = child->property("text");
                if (text.isValid())
                    QVERIFY2(englishWords(text.toString()).isEmpty(), qPrintable(text.toString()));
            }
        }
    }

    void aPersonsNameIsNotAnOrganisationsName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("organisationName");
        QTest::newRow("kk") << QStringLiteral("kk") << QStringLiteral("Атау");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Наименование");
    }

    void aPersonsNameIsNotAnOrganisationsName()
    {
        QFETCH(QString, language);
        QFETCH(QString, organisationName);
        GuiCounter c;
        QVERIFY(c.isValid());
        QVERIFY(m_language->apply(language));
        IntakeWizard wizard(c.clerk);
        auto *page = wizard.findChild<IntakeSubjectPage *>();
        QVERIFY(page);
        auto *label = page->findChild<QLabel *>(QStringLiteral("givenNameLabel"));
        QVERIFY(label);
        QVERIFY2(!label->text().contains(organisationName, Qt::CaseInsensitive),
            qPrintable(label->text()));
        for (QLabel *l : page->findChildren<QLabel *>())
            QVERIFY2(
                !l->text().contains(organisationName, Qt::CaseInsensitive), qPrintable(l->text()));
    }

    // The walk of 2026-12-06 (second): the review page said "Alt+B goes back" on Kazakh and
    // Russian screens, where the Back button's letter is another. The words name the key the
    // button really has, in every language.
    void theReviewNamesTheBackKeyItHas_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : Language::codes())
            QTest::newRow(qPrintable(code)) << code;
    }

    void theReviewNamesTheBackKeyItHas()
    {
        QFETCH(QString, language);
        GuiCounter c;
        QVERIFY(c.isValid());
        QVERIFY(m_language->apply(language));
        IntakeWizard wizard(c.clerk);
        auto *review = wizard.findChild<IntakeReviewPage *>();
        QVERIFY(review);
        review->initializePage();
        const QKeySequence back = QKeySequence::mnemonic(wizard.button(QWizard::BackButton)->text());
        QVERIFY2(!back.isEmpty(), qPrintable(wizard.button(QWizard::BackButton)->text()));
        const QString key = back.toString(QKeySequence::NativeText);
        QVERIFY2(review->subTitle().contains(key), qPrintable(review->subTitle() + QStringLiteral(" | ") + key));
        // And so does the keyboard help (Help menu).
        MainWindow window(c.clerk);
        QVERIFY2(window.keyboardHelp().contains(key + u' '), qPrintable(window.keyboardHelp()));
    }

    // The walk of 2026-12-06: a clerk's refused transfer read "clerk clerk ретінде кірген, ол
    // transfer documents to the provider алмайды; supervisor сұраңыз". Every refusal by role
    // names the role and the permission in the reader's language.
    void aRefusalByRoleIsInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("supervisor");
        QTest::newRow("kk") << QStringLiteral("kk") << QStringLiteral("супервайзер");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("супервайзер");
    }

    void aRefusalByRoleIsInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, supervisor);
        GuiCounter c;
        QVERIFY(c.isValid());
        QVERIFY(m_language->apply(language));
        for (const Role role : {Role::Clerk, Role::Supervisor, Role::Administrator}) {
            Session session(c.db(), c.clock(),
                User {QStringLiteral("aigerim"), QStringLiteral("Ахметова Айгерим"), QString(),
                    role});
            for (int p = int(Permission::TakeApplication); p <= int(Permission::CountSafe);
                 ++p) {
                QString error;
                if (session.require(Permission(p), &error))
                    continue;
                error.remove(QStringLiteral("aigerim"));
                QVERIFY2(englishWords(error).isEmpty(), qPrintable(error));
                if (role == Role::Clerk && Permission(p) == Permission::Transfer)
                    QVERIFY2(error.contains(supervisor), qPrintable(error));
            }
        }
    }

    // The walk of 2026-12-06: the Kazakh case list, case view and review page headed the
    // person the certificate is about «Адам» (a human being); the glossary's word is «тұлға»,
    // as «лицо» in Russian (docs/translations.md).
    void thePersonIsTheGlossarysWord_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("person");
        QTest::newRow("kk") << QStringLiteral("kk") << QStringLiteral("Тұлға");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Лицо");
    }

    void thePersonIsTheGlossarysWord()
    {
        QFETCH(QString, language);
        QFETCH(QString, person);
        GuiCounter c;
        QVERIFY(c.isValid());
        const auto r = IntakeService(c.clerk).submit(abroad(), {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(m_language->apply(language));
        MainWindow w(c.clerk);
        QCOMPARE(w.caseModel()->headerData(CaseListModel::Name, Qt::Horizontal).toString(), person);
        QVERIFY(w.openCase(r.receipt.caseId));
        const QString details = w.caseView()->detailsText();
        QVERIFY2(details.contains(u'\n' + person + u'\n'), qPrintable(details.left(120)));
    }

    // The identity page offered «МВД РК», «МЮ РК», «МИД РК» on a Kazakh screen: the issuers are
    // suggested as the card abbreviates them in the screen's language.
    void theIssuersAreInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("issuers");
        QTest::newRow("kk") << QStringLiteral("kk")
                            << QStringList{QStringLiteral("ҚР ІІМ"), QStringLiteral("ҚР ӘМ"),
                                           QStringLiteral("ҚР СІМ")};
        QTest::newRow("ru") << QStringLiteral("ru")
                            << QStringList{QStringLiteral("МВД РК"), QStringLiteral("МЮ РК"),
                                           QStringLiteral("МИД РК")};
    }

    void theIssuersAreInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, issuers);
        GuiCounter c;
        QVERIFY(c.isValid());
        QVERIFY(m_language->apply(language));
        IntakeWizard wizard(c.clerk);
        auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("docIssuerCombo"));
        QVERIFY(combo);
        QStringList shown;
        for (int i = 0; i < combo->count(); ++i)
            shown << combo->itemText(i);
        QCOMPARE(shown, issuers);
        QCOMPARE(combo->currentText(), issuers.constFirst());
    }
};

QTEST_MAIN(TestEnglishLeaks)
#include "tst_englishleaks.moc"
