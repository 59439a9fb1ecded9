#include "ui/shell/LockScreen.h"

#include "services/AuthService.h"
#include "ui_LockScreen.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QMainWindow>
#include <QScreen>

namespace certdesk {

LockScreen::LockScreen(Database &database, const Clock &clock, QWidget *parent)
    : QDialog(parent, Qt::Window | Qt::CustomizeWindowHint | Qt::WindowTitleHint)
    , m_ui(std::make_unique<Ui::LockScreen>())
    , m_database(database)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    // Above every other window, including an application-modal dialog left open.
    setWindowModality(Qt::ApplicationModal);
    // One handler per key press: the buttons' clicks, and Enter in a field through
    // keyPressEvent. A field's returnPressed as well would check the password twice (the field
    // ignores Enter and the dialog then clicks its default button), counting one typo as two.
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockScreen::unlockAsCurrent);
    connect(m_ui->switchButton, &QPushButton::clicked, this, &LockScreen::signInAnother);
}

LockScreen::~LockScreen() = default;

int LockScreen::parkedCount(const QString &login) const
{
    int count = 0;
    for (const QPointer<QWidget> &w : m_parked.value(login)) {
        if (w)
            ++count;
    }
    return count;
}

void LockScreen::lock(const User &current, Reason reason)
{
    if (m_locked)
        return;
    m_locked = true;
    m_user = current;
    // Recorded for the audit (when each person's session was closed, and why), but never a
    // condition: a database that cannot be written to must not keep the counter open.
    QString error;
    if (!AuthService(m_database, m_clock)
             .recordLock(current.login,
                 reason == Reason::Idle ? QStringLiteral("idle") : QStringLiteral("by_hand"),
                 &error))
        qWarning("the lock was not recorded in the audit log: %s", qPrintable(error));
    QList<QPointer<QWidget>> &hidden = m_parked[current.login];
    QWidget *frame = nullptr;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == this || !w->isVisible())
            continue;
        if (!frame && qobject_cast<QMainWindow *>(w))
            frame = w;
        hidden.append(w);
        w->hide();
    }
    m_ui->titleLabel->setText(
        tr("This counter is locked. %1 (%2) was signed in.").arg(current.fullName, current.login));
    m_ui->unlockGroup->setTitle(tr("Continue as %1").arg(current.login));
    m_ui->errorLabel->clear();
    m_ui->passwordEdit->clear();
    m_ui->otherLoginEdit->clear();
    m_ui->otherPasswordEdit->clear();
    if (frame)
        setGeometry(frame->geometry());
    show();
    raise();
    activateWindow();
    m_ui->passwordEdit->setFocus();
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        // Enter acts for the group the focus is in: the password of the person who locked
        // the counter, or another person's login and password.
        QWidget *focus = focusWidget();
        if (focus && m_ui->switchGroup->isAncestorOf(focus))
            signInAnother();
        else
            unlockAsCurrent();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void LockScreen::unlockAsCurrent()
{
    if (m_ui->passwordEdit->text().isEmpty()) {
        m_ui->errorLabel->setText(tr("Password: type your password to continue."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    const SignInResult result
        = AuthService(m_database, m_clock).unlock(m_user.login, m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear();
    if (!result.ok()) {
        m_ui->errorLabel->setText(result.error);
        m_ui->passwordEdit->setFocus();
        return;
    }
    open(result.user);
}

void LockScreen::signInAnother()
{
    if (m_ui->otherLoginEdit->text().trimmed().isEmpty()) {
        m_ui->errorLabel->setText(tr("Login: enter the login of the person signing in."));
        m_ui->otherLoginEdit->setFocus();
        return;
    }
    if (m_ui->otherPasswordEdit->text().isEmpty()) {
        m_ui->errorLabel->setText(tr("Password: enter the password of the person signing in."));
        m_ui->otherPasswordEdit->setFocus();
        return;
    }
    const SignInResult result
        = AuthService(m_database, m_clock)
              .signIn(m_ui->otherLoginEdit->text(), m_ui->otherPasswordEdit->text());
    m_ui->otherPasswordEdit->clear();
    if (!result.ok()) {
        m_ui->errorLabel->setText(result.error);
        m_ui->otherPasswordEdit->setFocus();
        return;
    }
    open(result.user);
}

void LockScreen::open(const User &user)
{
    const User previous = m_user;
    const bool same = user.login == previous.login;
    // The main window serves whoever is at the counter; everything else shown at the lock is
    // the work of the person who locked it, and comes back only for them.
    QList<QPointer<QWidget>> toShow;
    if (!same) {
        QList<QPointer<QWidget>> &theirs = m_parked[previous.login];
        for (qsizetype i = theirs.size() - 1; i >= 0; --i) {
            QWidget *w = theirs.at(i);
            if (w && qobject_cast<QMainWindow *>(w)) {
                toShow.prepend(w);
                theirs.removeAt(i);
            }
        }
    }
    toShow += m_parked.take(user.login);
    m_locked = false;
    m_user = user;
    hide();
    QWidget *keyboard = nullptr;
    for (const QPointer<QWidget> &w : std::as_const(toShow)) {
        if (!w)
            continue;
        w->show();
        if (!keyboard || qobject_cast<QMainWindow *>(w))
            keyboard = w;
    }
    // The keyboard goes back to the counter's window at once: where no window manager hands
    // it over (a kiosk session), the next key would otherwise reach no window at all.
    if (keyboard) {
        keyboard->raise();
        keyboard->activateWindow();
    }
    Q_EMIT unlocked(user, previous);
}

void LockScreen::reject()
{
    // Esc must not open the counter.
}

void LockScreen::closeEvent(QCloseEvent *event)
{
    if (m_locked)
        event->ignore();
    else
        QDialog::closeEvent(event);
}

} // namespace certdesk
