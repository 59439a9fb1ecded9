#include "print/DocumentText.h"

#include "domain/CountryNames.h"

#include <QCoreApplication>
#include <QTranslator>

namespace certdesk {

namespace {

/// The two document languages' translators, loaded once from the resources that
/// translations/CMakeLists.txt compiles into this library. Read-only after loading, so any
/// thread may translate with them.
struct DocumentTranslators
{
    QTranslator kk;
    QTranslator ru;

    DocumentTranslators()
    {
        const QString folder = QStringLiteral(":/certdesk/i18n");
        if (!kk.load(QStringLiteral("certdesk_kk"), folder))
            qWarning("certdesk: the Kazakh translation is missing; documents print English");
        if (!ru.load(QStringLiteral("certdesk_ru"), folder))
            qWarning("certdesk: the Russian translation is missing; documents print English");
    }
};

const DocumentTranslators &translators()
{
    static const DocumentTranslators instance;
    return instance;
}

QString translated(const QTranslator &translator, const char *context, const char *source,
                   const char *disambiguation, int n)
{
    QString text = translator.translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    // QTranslator leaves %n to the caller (QCoreApplication::translate does it for tr()).
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace

DocumentText DocumentText::translate(const char *context, const char *source,
                                     const char *disambiguation, int n)
{
    const DocumentTranslators &t = translators();
    return DocumentText(translated(t.kk, context, source, disambiguation, n),
                        translated(t.ru, context, source, disambiguation, n));
}

DocumentText countryText(const QString &code)
{
    const CountryNames::Names names = CountryNames::builtIn().names(code);
    const QString upper = code.trimmed().toUpper();
    if (names.kk.isEmpty())
        return DocumentText(upper, QString());
    const QString kk = QStringLiteral("%1 (%2)").arg(names.kk, upper);
    const QString ru = QStringLiteral("%1 (%2)").arg(names.ru, upper);
    // One line where both languages name it alike ("Германия").
    return DocumentText(kk, kk == ru ? QString() : ru);
}

} // namespace certdesk
