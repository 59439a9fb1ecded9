#pragma once

#include <QString>

namespace certdesk {

/// One piece of document text in the two languages of a branch: Kazakh (the state language,
/// printed first) and Russian. Documents print both; either may be empty.
/// Document wording comes from the same translation files as the windows
/// (translations/certdesk_kk.ts and _ru.ts, docs/translations.md): write
/// DocumentText::translate("ReceiptDocument", "English source") and lupdate collects it.
struct DocumentText
{
    QString kk;
    QString ru;

    DocumentText() = default;
    DocumentText(const QString &kazakh, const QString &russian)
        : kk(kazakh)
        , ru(russian)
    {}

    /// The Kazakh and Russian translations of an English source text, whatever language the
    /// interface is in. A literal context and source, so lupdate finds them; %n for numerus.
    /// Where a translation is missing (never in a release: tst_translationfiles), the
    /// English source is printed rather than nothing.
    static DocumentText translate(const char *context, const char *source,
                                  const char *disambiguation = nullptr, int n = -1);

    /// QString::arg on both languages.
    template<typename... Args>
    DocumentText arg(const Args &...args) const
    {
        return DocumentText(kk.isEmpty() ? kk : kk.arg(args...), ru.isEmpty() ? ru : ru.arg(args...));
    }

    /// QString::arg on both languages with a value worded in each: the Kazakh wording goes
    /// into the Kazakh text, the Russian into the Russian (a value in one language only fills
    /// both).
    DocumentText arg(const DocumentText &value) const
    {
        return DocumentText(kk.isEmpty() ? kk : kk.arg(value.kk.isEmpty() ? value.ru : value.kk),
            ru.isEmpty() ? ru : ru.arg(value.ru.isEmpty() ? value.kk : value.ru));
    }

    bool isEmpty() const { return kk.isEmpty() && ru.isEmpty(); }
    /// "kk / ru" on one line, or the one that is there.
    QString joined(const QString &separator = QStringLiteral(" / ")) const
    {
        if (kk.isEmpty() || ru.isEmpty() || kk == ru)
            return kk.isEmpty() ? ru : kk;
        return kk + separator + ru;
    }
};

/// A country on a document: "Германия (DE)" in each language (domain/CountryNames).
DocumentText countryText(const QString &code);

} // namespace certdesk
