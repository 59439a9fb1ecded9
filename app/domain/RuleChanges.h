#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "domain/Event.h"
#include "domain/RuleSet.h"
#include "domain/RuleUnit.h"

namespace certdesk {

/// The branch's own rules as events (docs/events.md, "Rules"): every change a supervisor makes
/// — in the rules dialog or with `certdeskctl rules import` — is one `rules_changed` event in
/// the stream "system:rules", naming each unit with the rule in force before it and the
/// branch's rule after it. The branch's layer of the rules is the fold of those events, the
/// same on every workstation once they are synced.
class RuleChanges
{
public:
    static QString stream() { return QStringLiteral("system:rules"); }
    static QString type() { return QStringLiteral("rules_changed"); }

    /// One unit changed: before is the rule in force before the change (invalid: none), after
    /// the branch's own rule from now on (invalid: the branch's own is withdrawn, and what the
    /// central rules database or CertDesk itself has applies again).
    struct Change
    {
        QString unit;
        RuleUnit before;
        RuleUnit after;
    };

    /// The event's data: {"source": ..., "changes": [{"unit", "before", "after"}]}.
    static QJsonObject data(const QList<Change> &changes, const QString &source);
    /// The changes an event's data holds; false with the reason when it cannot be read.
    static bool read(const QJsonObject &data, QList<Change> *changes, QString *error);

    /// The branch's layer: the rules_changed events among events (the others are skipped)
    /// applied in the order of (at, _id), so that every workstation folds them alike whatever
    /// order they arrived in. An event that cannot be read is skipped and named in problems.
    static RuleSet fold(QList<Event> events, QStringList *problems = nullptr);
};

} // namespace certdesk
