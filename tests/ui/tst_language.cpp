// Switching the interface language at run time: CertDesk's and Qt's translators, the default
// locale for dates and money, LanguageChange reaching the windows, the choice remembered.

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QLibraryInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include "ui/shell/Language.h"
#include "ui/shell/LanguageSelector.h"

using namespace certdesk;

namespace {

/// A window that counts the LanguageChange events it is sent.
class Listener : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

QString signInText()
{
    return QCoreApplication::translate("certdesk::SignInDialog", "&Sign in");
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CertDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
        QSettings().clear();
    }

    void everyLanguageIsInTheBuild()
    {
        for (const QString &code : Language::codes())
            QVERIFY2(QFile::exists(QStringLiteral(":/certdesk/i18n/certdesk_%1.qm").arg(code)),
                     qPrintable(code));
        QCOMPARE(Language::remembered(), QStringLiteral("kk")); // a first start is in Kazakh
    }

    void switchesWithoutRestart()
    {
        Language language;
        QCOMPARE(Language::instance(), &language);
        Listener window;
        window.show();
        QSignalSpy changed(&language, &Language::changed);

        QVERIFY(language.apply(QStringLiteral("ru")));
        QCOMPARE(signInText(), QStringLiteral("&Войти"));
        QCOMPARE(QLocale().language(), QLocale::Russian);
        QTRY_VERIFY(window.changes >= 1);
        const int afterRussian = window.changes;

        QVERIFY(language.apply(QStringLiteral("kk")));
        QCOMPARE(signInText(), QStringLiteral("&Кіру"));
        QCOMPARE(QLocale().language(), QLocale::Kazakh);
        QTRY_VERIFY(window.changes > afterRussian);

        QVERIFY(language.apply(QStringLiteral("en")));
        QCOMPARE(signInText(), QStringLiteral("&Sign in"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(Language::remembered(), QStringLiteral("en"));
    }

    void qtOwnTranslationsAreLoaded()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                           + QStringLiteral("/qtbase_ru.qm")))
            QFAIL("Qt's translations (qt6-translations-l10n) are not installed: scripts/dev.sh installs them");
        Language language;
        QVERIFY(language.apply(QStringLiteral("ru")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
        // Qt has no Kazakh: CertDesk's qtbase_kk gives the standard buttons, and Qt's Russian
        // what it does not cover.
        QVERIFY(language.apply(QStringLiteral("kk")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Бас тарту"));
        QCOMPARE(QCoreApplication::translate("QWizard", "< &Back"), QStringLiteral("< &Артқа"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "File &name:"),
                 QStringLiteral("&Имя файла:"));
        QVERIFY(language.apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void moneyAndDatesFollowTheLanguage()
    {
        Language language;
        QVERIFY(language.apply(QStringLiteral("ru")));
        const QString fee = Language::money(4325);
        QVERIFY2(fee.contains(QStringLiteral("₸")), qPrintable(fee));
        QVERIFY2(fee.contains(QStringLiteral("4")) && fee.contains(QStringLiteral("325")), qPrintable(fee));
        QCOMPARE(QLocale().toString(QDate(2026, 3, 2), QStringLiteral("d MMMM yyyy")),
                 QStringLiteral("2 марта 2026"));
        QVERIFY(language.apply(QStringLiteral("en")));
    }

    void unknownLanguageIsRefusedInWords()
    {
        Language language;
        QVERIFY(language.apply(QStringLiteral("en")));
        QString error;
        QVERIFY(!language.apply(QStringLiteral("de"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Language:")), qPrintable(error));
        QCOMPARE(language.current(), QStringLiteral("en")); // nothing changed
        QCOMPARE(signInText(), QStringLiteral("&Sign in"));
    }

    void selectorSwitchesAndFollows()
    {
        Language language;
        QVERIFY(language.apply(QStringLiteral("kk")));
        LanguageSelector selector;
        QCOMPARE(selector.count(), 3);
        QCOMPARE(selector.currentData().toString(), QStringLiteral("kk"));
        QCOMPARE(selector.itemText(1), QStringLiteral("Русский"));
        // Picking in the box switches the application...
        selector.setCurrentIndex(selector.findData(QStringLiteral("ru")));
        Q_EMIT selector.activated(selector.currentIndex());
        QCOMPARE(language.current(), QStringLiteral("ru"));
        QCOMPARE(signInText(), QStringLiteral("&Войти"));
        // ...and a switch made elsewhere shows in the box.
        QVERIFY(language.apply(QStringLiteral("en")));
        QCOMPARE(selector.currentData().toString(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
