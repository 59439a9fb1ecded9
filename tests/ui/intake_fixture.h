#pragma once

// A counter for the GUI tests: a fresh database with branch settings and accounts, a clerk
// signed in, receipts written as PDFs into a temporary folder, and a driver that fills the
// intake wizard with the keyboard as a clerk does.

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include "common/TestDatabase.h"
#include "domain/IdNumber.h"
#include "printer_support.h"
#include "services/Session.h"
#include "services/UserService.h"
#include "storage/CaseProjection.h"
#include "storage/ReceiptCounter.h"
#include "storage/SettingsStore.h"
#include "ui/common/MessageBox.h"
#include "ui/intake/IntakePage.h"
#include "ui/intake/IntakeWizard.h"
#include "ui/intake/OverrideDialog.h"
#include "ui/intake/ReceiptPrinter.h"

namespace certdesk::test {

inline const QString kSupervisorPassword = QStringLiteral("Supervisor-Pass-2026");
inline const QString kAdultIin = QStringLiteral("871008401427"); // female, 1987-10-08
inline const QString kAgentIin = QStringLiteral("760212350620"); // male, 1976-02-12
inline const QString kBin = QStringLiteral("940140000385");

/// A valid IIN for a birth date and sex (the first serial that has a check digit).
inline QString makeIin(const QDate &birth, bool male, int serial = 1)
{
    const int c = birth.year() < 2000 ? (male ? 3 : 4) : (male ? 5 : 6);
    for (int s = serial; s < 10000; ++s) {
        const QString eleven = birth.toString(QStringLiteral("yyMMdd")) + QString::number(c)
                               + QStringLiteral("%1").arg(s, 4, 10, QLatin1Char('0'));
        const int d = IdNumber::checkDigit(eleven);
        if (d >= 0)
            return eleven + QString::number(d);
    }
    return QString();
}

/// Types text as key presses, Cyrillic and Kazakh letters included (QTest::keyClicks knows
/// ASCII only).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/// Shows a window and makes it the active one, as it is at the counter (shortcuts and focus
/// work in the active window only).
inline bool showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

/// Waits until window really has the keyboard. (QTest::qWaitForWindowActive answers true for a
/// dialog at once while its parent is active: a dialog's window counts as active through its
/// transient parent before it is activated itself.)
inline bool activeNow(QWidget *window)
{
    return QTest::qWaitFor([window]() { return QApplication::activeWindow() == window; });
}

/// Runs act on the next modal dialog of type T once it is up (a shortcut clicks its button
/// after a short animation, so the dialog comes a little later than the key).
template<typename T>
void whenModal(QObject *context, std::function<void(T *)> act)
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, act]() {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

class GuiCounter
{
    TestDatabase m_t;
    bool m_ok = false;

public:
    GuiCounter()
        : clerk(m_t.db(), m_t.clock(),
                User{QStringLiteral("clerk"), QStringLiteral("Иванова Анна Сергеевна"),
                     QStringLiteral("specialist"), Role::Clerk})
    {
        QString error;
        SettingsStore settings(m_t.db());
        m_ok = m_t.isValid()
               && settings.setValue(QStringLiteral("branch.code"), QStringLiteral("0101"), QStringLiteral("test"), &error)
               && settings.setValue(QStringLiteral("branch.workstation"), QStringLiteral("3"), QStringLiteral("test"), &error)
               && settings.setValue(QStringLiteral("branch.name"), QStringLiteral("Astana, Yesil district"), QStringLiteral("test"), &error)
               && UserService::createAccount(m_t.db(), m_t.clock(),
                                             User{QStringLiteral("boss"), QStringLiteral("Серикбаев Нурлан Ержанович"),
                                                  QStringLiteral("head of branch"), Role::Supervisor},
                                             kSupervisorPassword, QStringLiteral("test"), &error, 1000)
               && UserService::createAccount(m_t.db(), m_t.clock(),
                                             User{QStringLiteral("clerk"), QStringLiteral("Иванова Анна Сергеевна"),
                                                  QStringLiteral("specialist"), Role::Clerk},
                                             QStringLiteral("Counter-Pass-2026"), QStringLiteral("test"), &error, 1000);
        if (!m_ok)
            qWarning("counter setup failed: %s %s", qPrintable(m_t.error()), qPrintable(error));
    }

    bool isValid() const { return m_ok; }
    Database &db() { return m_t.db(); }
    FixedClock &clock() { return m_t.clock(); }
    QString pdfFolder() const { return printers.folder(); }

    /// Case events only (the account streams have their own).
    qint64 caseEvents()
    {
        QSqlQuery q(m_t.db().db());
        q.exec(QStringLiteral("SELECT count(*) FROM events WHERE case_id NOT LIKE '%:%'"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 cases() { return CaseProjection::count(m_t.db()); }
    int receiptsToday() { return ReceiptCounter(m_t.db()).last(m_t.clock().today()); }
    /// Nothing of an application reached the database.
    bool nothingSaved() { return caseEvents() == 0 && cases() == 0 && receiptsToday() == 0; }

    Session clerk;
    /// The counter's printers: PDF files, failures on demand.
    PdfPrinters printers;
};

/// Drives the intake wizard by keyboard: types into named fields, presses Enter for Next.
class WizardDriver
{
public:
    explicit WizardDriver(IntakeWizard &wizard)
        : m_w(wizard)
    {}

    template<typename T = QWidget>
    T *find(const char *name) const
    {
        T *w = m_w.findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    /// Clears the field and types text as keystrokes.
    void type(const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        if (!edit)
            return;
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        typeText(edit, text);
    }

    /// Chooses the combo item whose data is value (as a clerk does with the arrow keys).
    void choose(const char *name, const QVariant &value)
    {
        auto *combo = find<QComboBox>(name);
        if (!combo)
            return;
        combo->setFocus();
        const int target = combo->findData(value);
        while (combo->currentIndex() != target && combo->currentIndex() < combo->count() - 1 && target >= 0) {
            const int before = combo->currentIndex();
            QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
            if (combo->currentIndex() == before)
                break;
        }
        if (combo->currentIndex() != target)
            combo->setCurrentIndex(target);
    }

    void typeInCombo(const char *name, const QString &text)
    {
        auto *combo = find<QComboBox>(name);
        if (!combo)
            return;
        combo->setFocus();
        combo->lineEdit()->selectAll();
        QTest::keyClick(combo->lineEdit(), Qt::Key_Backspace);
        typeText(combo->lineEdit(), text);
    }

    void press(const char *name)
    {
        if (auto *b = find<QAbstractButton>(name)) {
            b->setFocus();
            QTest::keyClick(b, Qt::Key_Space);
        }
    }

    /// Enter where the focus is: QWizard's default button is Next (Finish on the last page).
    void enter()
    {
        QCoreApplication::processEvents();
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && m_w.isAncestorOf(focus) ? focus : static_cast<QWidget *>(&m_w), Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    int page() const { return m_w.currentId(); }
    IntakePage *currentPage() const { return qobject_cast<IntakePage *>(m_w.currentPage()); }
    QString problems() const { return currentPage() ? currentPage()->problemsText() : QString(); }

private:
    IntakeWizard &m_w;
};

} // namespace certdesk::test
