#include "sync/SyncStatus.h"

namespace certdesk {

QString SyncStatus::stateName(State state)
{
    switch (state) {
    case State::NotConfigured:
        return QStringLiteral("not_configured");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Receiving:
        return QStringLiteral("receiving");
    case State::Online:
        return QStringLiteral("online");
    case State::Offline:
        return QStringLiteral("offline");
    case State::Error:
        return QStringLiteral("error");
    }
    return QString();
}

int SyncStatus::receivedPercent() const
{
    if (toReceive < 0 || received + toReceive <= 0)
        return -1;
    return int(received * 100 / (received + toReceive));
}

QString SyncStatus::title() const
{
    switch (state) {
    case State::NotConfigured:
        return tr("Sync is off");
    case State::Connecting:
        return tr("Connecting");
    case State::Sending:
        return tr("Sending");
    case State::Receiving:
        return tr("Receiving");
    case State::Online:
        return tr("Online");
    case State::Offline:
        return tr("Offline");
    case State::Error:
        return tr("Sync error");
    }
    return QString();
}

QString SyncStatus::summary() const
{
    QStringList parts {title()};
    if (!reason.isEmpty())
        parts.append(reason);
    if (!nextStep.isEmpty())
        parts.append(nextStep);
    return parts.join(QStringLiteral(" — "));
}

} // namespace certdesk
