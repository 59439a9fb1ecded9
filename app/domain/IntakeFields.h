#pragma once

#include <QString>

namespace certdesk {

/// What the clerk reads for a field of the received event ("Power of attorney: date of
/// issue"): every check message starts with it, so the message names the field.
class IntakeFields
{
public:
    static QString label(const QString &field);
};

} // namespace certdesk
