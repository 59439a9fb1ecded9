#include "ui/common/MessageBox.h"

namespace certdesk {

namespace {

QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;
std::function<void()> g_whenAsked;

} // namespace

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    if (g_whenAsked)
        g_whenAsked();
    if (g_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    const auto answer = QMessageBox::StandardButton(box.exec());
    // The keyboard goes back to the window the message was about: where no window manager
    // hands it over (a kiosk session), the next key would reach no window at all.
    if (parent) {
        parent->window()->raise();
        parent->window()->activateWindow();
    }
    return answer;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void MessageBox::setWhenAsked(std::function<void()> probe)
{
    g_whenAsked = std::move(probe);
}

QString MessageBox::lastText()
{
    return g_lastText;
}

} // namespace certdesk
