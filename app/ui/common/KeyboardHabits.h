#pragma once

class QDateTimeEdit;
class QDialog;
class QWidget;

namespace certdesk {

/// What every window of CertDesk does with the keyboard the same way, set up in one place.
namespace KeyboardHabits {

/// Esc closes window (a tool window such as the board or the appeals register) and gives the
/// keyboard back to the window that opened it: with no window manager to hand it over (a
/// kiosk session), the clerk would be left typing into nothing.
void closeOnEscape(QWidget *window);

/// When dialog closes, however (Esc, a button, Enter), the window that opened it takes the
/// keyboard back and focus goes to back (the list the supervisor was working), for the same
/// reason: without a window manager the keyboard was left with nothing, and the next Alt+key
/// did nothing.
void giveKeyboardBackOnClose(QDialog *dialog, QWidget *back);

/// Tab leaves the date box at once, as it leaves a line edit; Qt's date box would walk
/// day, month and year first (three Tabs). Left and Right still move between the parts.
void tabLeavesDateBox(QDateTimeEdit *edit);
/// The same for every date box in root (a window or a dialog, after setupUi).
void tabLeavesDateBoxes(QWidget *root);

} // namespace KeyboardHabits

} // namespace certdesk
