#include "domain/NotifierDesignation.h"

#include <algorithm>

namespace certdesk {

namespace {

bool later(const NotifierDesignation &a, const NotifierDesignation &b)
{
    if (a.effectiveAt != b.effectiveAt)
        return a.effectiveAt > b.effectiveAt;
    if (a.setAt != b.setAt)
        return a.setAt > b.setAt;
    return a.eventId > b.eventId;
}

} // namespace

QList<NotifierDesignation> NotifierDesignation::read(const QList<Event> &events)
{
    QList<NotifierDesignation> out;
    for (const Event &e : events) {
        if (e.typeName != type() || e.caseId != stream())
            continue;
        NotifierDesignation d;
        d.eventId = e.id;
        d.device = e.data.value(QLatin1String("device")).toString();
        d.workstation = e.data.value(QLatin1String("workstation")).toInt();
        d.by = e.by;
        d.setAt = e.at;
        d.effectiveAt = Event::parseTime(e.data.value(QLatin1String("effective_at")).toString());
        if (!d.effectiveAt.isValid())
            d.effectiveAt = e.at;
        d.previousDevice = e.data.value(QLatin1String("previous_device")).toString();
        if (d.isValid())
            out.append(d);
    }
    std::sort(out.begin(), out.end(),
        [](const NotifierDesignation &a, const NotifierDesignation &b) { return later(b, a); });
    return out;
}

NotifierDesignation NotifierDesignation::current(
    const QList<NotifierDesignation> &all, const QDateTime &now)
{
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->effectiveAt <= now)
            return *it;
    }
    return {};
}

NotifierDesignation NotifierDesignation::latest(const QList<NotifierDesignation> &all)
{
    return all.isEmpty() ? NotifierDesignation() : all.last();
}

NotifierDesignation NotifierDesignation::before(
    const QList<NotifierDesignation> &all, const NotifierDesignation &d)
{
    NotifierDesignation found;
    for (const NotifierDesignation &x : all) {
        if (x.eventId == d.eventId)
            break;
        found = x;
    }
    return found;
}

QDateTime NotifierDesignation::effectiveTime(
    const QList<NotifierDesignation> &all, const QString &device, const QDateTime &now)
{
    const NotifierDesignation last = latest(all);
    if (!last.isValid() || last.device == device)
        return now;
    return now.addSecs(HandoverSeconds);
}

bool NotifierDesignation::maySend(
    const QList<NotifierDesignation> &all, const Situation &here, QString *why)
{
    auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const NotifierDesignation d = current(all, here.now);
    if (!d.isValid())
        return no(tr("No workstation of the branch is set to send the notices."));
    if (d.device != here.device)
        return no(tr("Workstation %1 sends the notices, not this one.").arg(d.workstation));
    if (!here.syncEnabled)
        return true;
    if (!here.lastSync.isValid() || here.lastSync.secsTo(here.now) > LeaseSeconds)
        return no(tr("This workstation has not exchanged with the server for over %n minute(s): "
                     "it sends no notice until it does, since another workstation may have "
                     "been made the notifier meanwhile.",
            nullptr, int(LeaseSeconds / 60)));
    const NotifierDesignation previous = before(all, d);
    if (previous.isValid() && previous.device != d.device) {
        if (!here.onServerSince.isValid())
            return no(tr("This workstation was made the notifier; it starts once the change "
                         "has reached the server."));
        const qint64 waited = here.onServerSince.secsTo(here.now);
        if (waited < HandoverSeconds)
            return no(tr("This workstation was made the notifier; it starts in %n minute(s), "
                         "when the previous one has surely stopped.",
                nullptr, int((HandoverSeconds - waited + 59) / 60)));
    }
    return true;
}

} // namespace certdesk
