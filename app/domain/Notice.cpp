#include "domain/Notice.h"

#include "domain/Custody.h"

#include <QUuid>

namespace certdesk {

namespace {

// The namespace of notice ids: fixed forever, or two versions would queue one notice twice.
const QUuid kNoticeNamespace(QStringLiteral("{6f1d0c5e-2a4b-4f7e-9c3d-8b5a1e2f4c70}"));

} // namespace

QString Notice::id() const
{
    return idFor(caseId, kind, trigger);
}

QString Notice::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Arrived:
        return QStringLiteral("arrived");
    case Kind::CustodyReminder:
        return QStringLiteral("custody_reminder");
    case Kind::Returned:
        return QStringLiteral("returned");
    }
    return QString();
}

bool Notice::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::Arrived, Kind::CustodyReminder, Kind::Returned}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString Notice::idFor(const QString &caseId, Kind kind, const QString &trigger)
{
    const QString name = caseId + QLatin1Char('\n') + kindName(kind) + QLatin1Char('\n') + trigger;
    return QUuid::createUuidV5(kNoticeNamespace, name).toString(QUuid::WithoutBraces);
}

QList<Notice> Notice::due(const CaseState &state, const QDate &today)
{
    QList<Notice> out;
    if (!state.noticeConsent || state.phone.isEmpty() || state.status != CaseStatus::AtBranch
        || !state.arrivedOn.isValid())
        return out;
    auto make = [&](Kind kind, const QString &trigger, const QDate &until) {
        Notice n;
        n.kind = kind;
        n.caseId = state.caseId;
        n.trigger = trigger;
        n.phone = state.phone;
        n.language = state.noticeLanguage == QLatin1String("ru") ? QStringLiteral("ru")
                                                                 : QStringLiteral("kk");
        n.until = until;
        out.append(n);
    };
    if (!state.returnedEventId.isEmpty()) {
        // Back from the provider: the branch issues it at once, no custody month runs again.
        make(Kind::Returned, state.returnedEventId, QDate());
        return out;
    }
    if (state.custodyEventId.isEmpty() || today > state.branchCustodyUntil)
        return out;
    make(Kind::Arrived, state.custodyEventId, state.branchCustodyUntil);
    if (today >= Custody::reminderDate(state.arrivedOn))
        make(Kind::CustodyReminder, state.custodyEventId, state.branchCustodyUntil);
    return out;
}

QString Notice::maskedPhone(const QString &phone)
{
    if (phone.size() < 10)
        return phone;
    return phone.left(5) + QStringLiteral("\u2022\u2022\u2022") + phone.right(4);
}

bool Notice::sameQueued(const Event &a, const Event &b)
{
    const auto field = [](const Event &e, const char *key) {
        return e.data.value(QLatin1String(key)).toString();
    };
    if (a.type != EventType::NoticeQueued || b.type != EventType::NoticeQueued || a.id != b.id
        || a.caseId != b.caseId || field(a, "notice") != field(b, "notice")
        || field(a, "trigger") != field(b, "trigger"))
        return false;
    // Only an id derived from what both say: any other event under a notice's id is a change.
    Kind kind;
    return kindFromName(field(a, "notice"), &kind)
        && idFor(a.caseId, kind, field(a, "trigger")) == a.id;
}

} // namespace certdesk
