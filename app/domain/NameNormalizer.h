#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk {

/// Cleans a surname, given name or patronymic as typed or pasted: stray spaces and invisible
/// characters go, typographic dashes and apostrophes become plain ones, and Latin letters
/// that look Cyrillic (or the reverse) are put into the alphabet of the rest of the name.
/// A name that mixes letters only one alphabet has (Б with D), or holds digits or symbols,
/// is refused with the reason: search and the certificate would otherwise miss the person.
class NameNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(NameNormalizer)

public:
    static constexpr int MaxLength = 100;

    struct Result
    {
        bool ok = false;
        QString value;  ///< the cleaned name (empty input gives an empty, ok result)
        QString error;  ///< why it was refused, naming the character
        QString note;   ///< what was changed, for the review page; empty when nothing was
        bool changedAlphabet = false;
    };

    static Result normalize(const QString &text);
    /// A key for comparing two names (a parent on a birth certificate with the person at the
    /// counter): normalized, case-folded, ё read as е, look-alikes read as Cyrillic.
    static QString comparisonKey(const QString &text);
};

} // namespace certdesk
