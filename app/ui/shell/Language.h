#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace certdesk {

/// The interface language of this workstation: Kazakh, Russian or English. Installs
/// CertDesk's translator (:/certdesk/i18n/certdesk_<code>.qm) and Qt's own (qtbase_<code>.qm,
/// for the standard buttons and dialogs) into the application, sets the default QLocale so
/// dates, numbers and tenge amounts follow, and remembers the choice in QSettings for the
/// next start. Switching sends QEvent::LanguageChange to every widget: no restart.
/// Printed documents do not follow it; they always carry Kazakh and Russian.
class Language : public QObject
{
    Q_OBJECT

public:
    /// The program makes one, in main(), before the first window; it is then instance().
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    /// The program's Language, or null (tests, certdeskctl) when none was made.
    static Language *instance();

    /// "kk", "ru", "en", in the order a chooser lists them (the state language first).
    static QStringList codes();
    /// The language's own name ("Қазақ тілі", "Русский", "English"): never translated, so a
    /// clerk finds their language whatever is showing now.
    static QString nativeName(const QString &code);
    /// The locale for dates, numbers and money in that language (Kazakhstan's conventions).
    static QLocale locale(const QString &code);
    /// The amount with the tenge sign, in the current default locale: "4 325 ₸".
    static QString money(qint64 tenge);

    /// The language remembered from last time, or Kazakh on a first start.
    static QString remembered();

    QString current() const { return m_current; }

    /// Switches to the language (one of codes()) and remembers it. False with a message
    /// when the code is unknown or CertDesk's translation is missing from the build.
    bool apply(const QString &code, QString *error = nullptr);

Q_SIGNALS:
    void changed(const QString &code);

private:
    void removeTranslators();

    QString m_current;
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace certdesk
