#include "ui/shell/SyncStatusWidget.h"

#include "domain/Clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace certdesk {

namespace {

QString colourOf(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::Online:
        return QStringLiteral("#2e7d32");
    case SyncStatus::State::Connecting:
    case SyncStatus::State::Sending:
    case SyncStatus::State::Receiving:
        return QStringLiteral("#1565c0");
    case SyncStatus::State::Offline:
        return QStringLiteral("#ef6c00");
    case SyncStatus::State::Error:
        return QStringLiteral("#c62828");
    case SyncStatus::State::NotConfigured:
        break;
    }
    return QStringLiteral("#9e9e9e");
}

} // namespace

SyncStatusWidget::SyncStatusWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_mark(new QLabel(this))
    , m_text(new QLabel(this))
    , m_syncNow(new QToolButton(this))
    , m_settings(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_mark);
    layout->addWidget(m_text);
    layout->addWidget(m_syncNow);
    layout->addWidget(m_settings);
    m_mark->setFixedSize(12, 12);
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::syncNowRequested);
    connect(m_settings, &QToolButton::clicked, this, &SyncStatusWidget::settingsRequested);
    retranslate();
    setStatus(SyncStatus());
}

void SyncStatusWidget::retranslate()
{
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send and receive events now instead of waiting"));
    m_settings->setText(tr("Settings…"));
    m_settings->setToolTip(tr("Server, branch database and account of sync"));
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The state's words come from tr() when shown; a reason the server gave stays in the
        // words it was given in until the next status.
        setStatus(m_status);
    }
    QWidget::changeEvent(event);
}

QString SyncStatusWidget::lastSyncText(const QDateTime &utc) const
{
    if (!utc.isValid())
        return tr("never synced");
    const QDateTime local = m_clock.toLocal(utc);
    const QDate today = m_clock.today();
    if (local.date() == today)
        return tr("last sync %1").arg(local.toString(QStringLiteral("HH:mm")));
    if (local.date() == today.addDays(-1))
        return tr("last sync yesterday %1").arg(local.toString(QStringLiteral("HH:mm")));
    return tr("last sync %1").arg(local.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
}

void SyncStatusWidget::setStatus(const SyncStatus &status)
{
    m_status = status;
    m_mark->setStyleSheet(
        QStringLiteral("background: %1; border-radius: 6px;").arg(colourOf(status.state)));
    QStringList parts {status.title()};
    if (status.state != SyncStatus::State::NotConfigured) {
        parts.append(status.pending == 0
                ? tr("all sent")
                : tr("%n event(s) not yet sent", nullptr, int(status.pending)));
        parts.append(lastSyncText(status.lastSuccess));
    }
    if (status.state == SyncStatus::State::Error && !status.reason.isEmpty())
        parts.append(status.reason);
    if (status.state == SyncStatus::State::Offline && status.retryAt.isValid())
        parts.append(
            tr("work goes on; next try at %1")
                .arg(m_clock.toLocal(status.retryAt).toString(QStringLiteral("HH:mm:ss"))));
    m_text->setText(parts.join(QStringLiteral(" · ")));
    const QString tip = status.state == SyncStatus::State::NotConfigured
        ? tr("This workstation works on its own. To sync with the branch's "
             "other workstations, enter the server in Settings.")
        : status.summary();
    m_text->setToolTip(tip);
    m_mark->setToolTip(tip);
    m_syncNow->setVisible(status.state != SyncStatus::State::NotConfigured);
    m_syncNow->setEnabled(status.state != SyncStatus::State::Connecting
        && status.state != SyncStatus::State::Sending
        && status.state != SyncStatus::State::Receiving);
    m_settings->setVisible(status.state == SyncStatus::State::Error
        || status.state == SyncStatus::State::NotConfigured);
}

QString SyncStatusWidget::text() const
{
    return m_text->text();
}

} // namespace certdesk
