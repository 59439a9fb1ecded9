#include "ui/common/KeyboardHabits.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QKeyEvent>
#include <QPointer>
#include <QShortcut>
#include <QTimer>
#include <QWidget>

namespace certdesk::KeyboardHabits {

namespace {

/// The next (or previous) widget Tab would reach, skipping the date box's own parts.
QWidget *neighbour(QWidget *from, bool forward)
{
    QWidget *w = from;
    for (int guard = 0; guard < 1000; ++guard) {
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        if (!w || w == from)
            return nullptr;
        if (from->isAncestorOf(w) || w->window() != from->window())
            continue;
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return nullptr;
}

class TabLeaves : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool forward = key->key() == Qt::Key_Tab && mods == Qt::NoModifier;
        const bool backward = key->key() == Qt::Key_Backtab
            || (key->key() == Qt::Key_Tab && mods == Qt::ShiftModifier);
        if (!forward && !backward)
            return false;
        auto *edit = qobject_cast<QWidget *>(watched);
        if (QWidget *next = edit ? neighbour(edit, forward) : nullptr) {
            next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
        return false;
    }
};

} // namespace

void closeOnEscape(QWidget *window)
{
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), window);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(escape, &QShortcut::activated, window, [window]() {
        if (!window->isWindow())
            return;
        window->close();
        if (QWidget *opener = window->parentWidget()) {
            opener->window()->raise();
            opener->window()->activateWindow();
        }
    });
}

void giveKeyboardBackOnClose(QDialog *dialog, QWidget *back)
{
    QPointer<QWidget> target(back);
    QObject::connect(dialog, &QDialog::finished, back, [target]() {
        // After the dialog is gone, and only when nothing else took the keyboard meanwhile:
        // a dialog opened at once (another key pressed quickly) must keep it, and a window
        // manager may have handed it to another window already.
        QTimer::singleShot(0, target, [target]() {
            if (!target || QApplication::activeModalWidget())
                return;
            QWidget *active = QApplication::activeWindow();
            if (active && active->isVisible() && active != target->window())
                return;
            target->window()->raise();
            target->window()->activateWindow();
            target->setFocus(Qt::OtherFocusReason);
        });
    });
}

void tabLeavesDateBox(QDateTimeEdit *edit)
{
    edit->installEventFilter(new TabLeaves(edit));
}

void tabLeavesDateBoxes(QWidget *root)
{
    for (QDateTimeEdit *edit : root->findChildren<QDateTimeEdit *>())
        tabLeavesDateBox(edit);
}

} // namespace certdesk::KeyboardHabits
