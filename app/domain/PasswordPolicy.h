#pragma once

#include <QCoreApplication>
#include <QString>

namespace certdesk {

/// What a password of a CertDesk account must be like. Pure: the same text always gets the
/// same answer, so the sign-up dialog, the CLI and the core agree on it.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static constexpr int MinimumLength = 10;
    static constexpr int MaximumLength = 128;

    /// Empty when the password is acceptable for this login; otherwise one sentence that
    /// says what is wrong and what to do.
    static QString check(const QString &password, const QString &login);
    /// The rule in one sentence, for the hint under a password field.
    static QString description();
};

} // namespace certdesk
