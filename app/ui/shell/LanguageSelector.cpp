#include "ui/shell/LanguageSelector.h"

#include "ui/shell/Language.h"

namespace certdesk {

LanguageSelector::LanguageSelector(QWidget *parent)
    : QComboBox(parent)
    , m_language(Language::instance())
{
    for (const QString &code : Language::codes())
        addItem(Language::nativeName(code), code);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (!m_language) {
        setEnabled(false);
        return;
    }
    follow(m_language->current());
    connect(this, &QComboBox::activated, this, &LanguageSelector::pick);
    connect(m_language, &Language::changed, this, &LanguageSelector::follow);
}

void LanguageSelector::pick(int index)
{
    const QString code = itemData(index).toString();
    if (code != m_language->current())
        m_language->apply(code);
}

void LanguageSelector::follow(const QString &code)
{
    const int index = findData(code);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace certdesk
