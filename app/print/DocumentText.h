#pragma once

#include <QString>

namespace certdesk {

/// One piece of document text in the two languages of a branch: Kazakh (the state language,
/// printed first) and Russian. Documents print both; either may be empty.
struct DocumentText
{
    QString kk;
    QString ru;

    DocumentText() = default;
    DocumentText(const QString &kazakh, const QString &russian)
        : kk(kazakh)
        , ru(russian)
    {}

    bool isEmpty() const { return kk.isEmpty() && ru.isEmpty(); }
    /// "kk / ru" on one line, or the one that is there.
    QString joined(const QString &separator = QStringLiteral(" / ")) const
    {
        if (kk.isEmpty() || ru.isEmpty() || kk == ru)
            return kk.isEmpty() ? ru : kk;
        return kk + separator + ru;
    }
};

} // namespace certdesk
