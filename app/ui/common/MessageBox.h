#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace certdesk {

/// The questions and notices the GUI asks the clerk. Tests set the next answer beforehand
/// (as KeePassXC's MessageBox::setNextAnswer does), so no GUI test ever blocks on a modal box,
/// and can read what would have been shown.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    /// Tests: the next box is not shown and returns this answer (NoButton: show it again).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Tests: the text of the last box asked or shown.
    static QString lastText();
    /// Tests: called each time a box is asked, while it would be on screen (what the window
    /// behind it shows then); an empty function stops it.
    static void setWhenAsked(std::function<void()> probe);

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent,
                                           const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace certdesk
