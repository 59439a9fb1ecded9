#include "domain/PasswordPolicy.h"

#include <QSet>

namespace certdesk {

namespace {

// Passwords that the length and character rules would let through but that every
// guessing list starts with.
constexpr const char *kCommon[] = {
    "password1", "password12", "password123", "qwerty1234", "qwerty12345", "1q2w3e4r5t",
    "q1w2e3r4t5", "abcd123456", "abc1234567", "admin12345", "administrator1", "welcome123",
    "parol12345", "certdesk2026", "zaq12wsxcde",
};

} // namespace

QString PasswordPolicy::description()
{
    return tr("At least %n character(s), with at least one letter and one digit, not containing "
              "the login.",
        nullptr, MinimumLength);
}

QString PasswordPolicy::check(const QString &password, const QString &login)
{
    if (password.size() < MinimumLength)
        return tr("The password has %n character(s); use at least %1, with letters and digits.",
            nullptr, int(password.size()))
            .arg(MinimumLength);
    if (password.size() > MaximumLength)
        return tr("The password is longer than %n character(s); choose a shorter one.", nullptr,
            MaximumLength);
    bool letter = false;
    bool digit = false;
    QSet<QChar> distinct;
    for (const QChar c : password) {
        if (c.isLetter())
            letter = true;
        else if (c.isDigit())
            digit = true;
        else if (c.category() == QChar::Other_Control)
            return tr("The password contains a control character; use letters, digits and "
                      "punctuation only.");
        distinct.insert(c.toCaseFolded());
    }
    if (!letter || !digit)
        return tr("The password needs at least one letter and one digit; add the missing kind.");
    if (distinct.size() < 4)
        return tr("The password repeats too few different characters; choose one with at "
                  "least four different characters.");
    const QString folded = password.toCaseFolded();
    const QString foldedLogin = login.trimmed().toCaseFolded();
    if (foldedLogin.size() >= 3 && folded.contains(foldedLogin))
        return tr("The password contains the login \"%1\"; choose one that does not.")
            .arg(login.trimmed());
    for (const char *common : kCommon) {
        if (folded == QLatin1String(common))
            return tr("The password is on every list of common passwords; choose another one.");
    }
    return QString();
}

} // namespace certdesk
