#include "domain/WorkstationClaims.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace certdesk {

WorkstationClaims::WorkstationClaims(
    QList<WorkstationSighting> sightings, QList<DeviceSuccession> successions)
    : m_sightings(std::move(sightings))
    , m_successions(std::move(successions))
{
}

QList<WorkstationSighting> WorkstationClaims::current(const QString &branch) const
{
    QHash<QString, WorkstationSighting> latest;
    for (const WorkstationSighting &s : m_sightings) {
        if (s.branch != branch)
            continue;
        auto it = latest.find(s.device);
        if (it == latest.end() || s.lastAt > it->lastAt)
            latest.insert(s.device, s);
    }
    QList<WorkstationSighting> out;
    for (const WorkstationSighting &s : std::as_const(latest)) {
        // A database that took a new id after its last use of this one no longer writes as
        // it: another copy still writing as the old id shows up as a later sighting.
        const bool handedOn = std::any_of(m_successions.cbegin(), m_successions.cend(),
            [&s](const DeviceSuccession &d) { return d.previous == s.device && d.at >= s.lastAt; });
        if (!handedOn)
            out.append(s);
    }
    std::sort(
        out.begin(), out.end(), [](const WorkstationSighting &a, const WorkstationSighting &b) {
            return a.lastAt > b.lastAt;
        });
    return out;
}

QList<WorkstationSighting> WorkstationClaims::holders(const QString &branch, int workstation) const
{
    QList<WorkstationSighting> out;
    for (const WorkstationSighting &s : current(branch)) {
        if (s.workstation == workstation)
            out.append(s);
    }
    return out;
}

QList<int> WorkstationClaims::heldNumbers(const QString &branch) const
{
    QList<int> numbers;
    for (const WorkstationSighting &s : current(branch)) {
        if (!numbers.contains(s.workstation))
            numbers.append(s.workstation);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

} // namespace certdesk
