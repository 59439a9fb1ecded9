#pragma once

#include <QString>
#include <QStringList>

#include "domain/Application.h"

namespace certdesk {

/// Turns what was typed or pasted into what is stored: spaces and separators dropped from
/// numbers and codes, names through NameNormalizer, the phone as +7XXXXXXXXXX, birth date and
/// sex from the IIN, and the parts that do not apply to the chosen options emptied.
/// IntakeChecks::normalized() and normalizePhone() are its public faces.
class IntakeNormalizer
{
public:
    static Application normalized(const Application &application, QStringList *notes);
    static QString phone(const QString &text, QString *error);
};

} // namespace certdesk
