#pragma once

#include <QComboBox>

namespace certdesk {

class Language;

/// A combo box of the interface languages, each in its own name, that switches the
/// application's language as soon as one is picked (at sign-in and in the main window's
/// toolbar) and follows switches made elsewhere.
class LanguageSelector : public QComboBox
{
    Q_OBJECT

public:
    /// Works on Language::instance(); without one (a test) it stays disabled.
    explicit LanguageSelector(QWidget *parent = nullptr);

private:
    void pick(int index);
    void follow(const QString &code);

    Language *m_language = nullptr;
};

} // namespace certdesk
