#pragma once

#include <QByteArray>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace certdesk {

/// The names of the countries a certificate may be for, in English, Kazakh and Russian, so
/// a Kazakh or Russian screen, refusal or document never shows an English name. Data, not
/// code: resources/data/country-names.tsv, written from Unicode CLDR with the official
/// corrections of scripts/update-country-names.py (docs/translations.md).
class CountryNames
{
public:
    struct Names
    {
        QString en;
        QString kk;
        QString ru;
    };

    /// The list shipped with the application.
    static const CountryNames &builtIn();
    /// Reads the file's format (iso2, en, kk, ru; tab-separated, one header line); false with
    /// a line-numbered reason.
    static bool fromTsv(const QByteArray &bytes, CountryNames *out, QString *error);

    bool contains(const QString &code) const { return m_names.contains(code.trimmed().toUpper()); }
    /// Every code, ascending.
    QStringList codes() const;
    /// All three names; empty ones for an unknown code.
    Names names(const QString &code) const { return m_names.value(code.trimmed().toUpper()); }
    /// The name in a language (Kazakh, Russian; anything else gets English), or the code
    /// itself when it is unknown.
    QString name(const QString &code, QLocale::Language language) const;
    /// The name in the interface's language (QLocale's default, which ui/Language sets).
    QString name(const QString &code) const { return name(code, QLocale().language()); }

private:
    QHash<QString, Names> m_names;
};

} // namespace certdesk
