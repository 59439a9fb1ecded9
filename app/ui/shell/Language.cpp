#include "ui/shell/Language.h"

#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace certdesk {

namespace {

const QString settingsKey = QStringLiteral("ui/language");
Language *theInstance = nullptr;

/// Where Qt's own translations may be: Qt's installation (Linux packages), then a
/// "translations" folder beside the program (what windeployqt makes on Windows).
QStringList qtTranslationFolders()
{
    return {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
            QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
            QStringLiteral(":/certdesk/i18n")};
}

} // namespace

Language::Language(QObject *parent)
    : QObject(parent)
{
    if (!theInstance)
        theInstance = this;
}

Language::~Language()
{
    removeTranslators();
    if (theInstance == this)
        theInstance = nullptr;
}

Language *Language::instance()
{
    return theInstance;
}

QStringList Language::codes()
{
    return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
}

QString Language::nativeName(const QString &code)
{
    if (code == u"kk")
        return QStringLiteral("Қазақ тілі");
    if (code == u"ru")
        return QStringLiteral("Русский");
    if (code == u"en")
        return QStringLiteral("English");
    return code;
}

QLocale Language::locale(const QString &code)
{
    if (code == u"kk")
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    if (code == u"ru")
        return QLocale(QLocale::Russian, QLocale::Kazakhstan);
    // English as written in Kazakhstan's offices: day first, metric, tenge.
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString Language::money(qint64 tenge)
{
    return QLocale().toCurrencyString(tenge, QStringLiteral("₸"));
}

QString Language::remembered()
{
    const QString code = QSettings().value(settingsKey).toString();
    return codes().contains(code) ? code : QStringLiteral("kk");
}

bool Language::apply(const QString &code, QString *error)
{
    if (!codes().contains(code)) {
        if (error)
            *error = tr("Language: \"%1\" is not one of Kazakh (kk), Russian (ru) or English (en); "
                        "choose one of them.")
                         .arg(code);
        return false;
    }
    auto certdesk = std::make_unique<QTranslator>();
    if (!certdesk->load(QStringLiteral("certdesk_%1").arg(code), QStringLiteral(":/certdesk/i18n"))) {
        if (error)
            *error = tr("Language: the %1 translation is missing from this build of CertDesk; "
                        "reinstall CertDesk or choose another language.")
                         .arg(nativeName(code));
        return false;
    }
    // Qt's own texts. Qt ships no qtbase_kk: CertDesk's qtbase_kk (translations/) covers what
    // a clerk meets, over Qt's Russian, which every clerk reads, for anything else.
    std::vector<std::unique_ptr<QTranslator>> qt;
    const QString qtLanguage = code == u"kk" ? QStringLiteral("ru") : code;
    for (const QString &folder : qtTranslationFolders()) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral("qtbase_%1").arg(qtLanguage), folder)) {
            qt.push_back(std::move(translator));
            break;
        }
    }
    if (code == u"kk") {
        auto kazakh = std::make_unique<QTranslator>();
        if (kazakh->load(QStringLiteral("qtbase_kk"), QStringLiteral(":/certdesk/i18n")))
            qt.push_back(std::move(kazakh));
    }

    removeTranslators();
    QLocale::setDefault(locale(code));
    // Installing the last translator sends LanguageChange; the locale is already set then,
    // so windows re-drawing their dates see the new one.
    // The last installed is asked first: Kazakh Qt texts before the Russian fallback.
    for (auto &translator : qt) {
        QCoreApplication::installTranslator(translator.get());
        m_installed.push_back(std::move(translator));
    }
    QCoreApplication::installTranslator(certdesk.get());
    m_installed.push_back(std::move(certdesk));
    m_current = code;
    QSettings().setValue(settingsKey, code);
    Q_EMIT changed(code);
    return true;
}

void Language::removeTranslators()
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
}

} // namespace certdesk
