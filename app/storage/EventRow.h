#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <array>

#include "domain/Event.h"

namespace certdesk {

/// The column list every event SELECT uses, and its reader: one place maps rows to events.
inline constexpr const char *kEventColumns = "id, type, case_id, branch, at, by_user, device, v, data, prev";
Event eventFromRow(const QSqlQuery &query);

/// The same in two steps: the values as read (cheap, on the connection's thread), and the
/// event made of them (parsing the time and the data, on any thread).
using EventRowValues = std::array<QVariant, 10>;
EventRowValues eventRowValues(const QSqlQuery &query);
Event eventFromValues(const EventRowValues &values);

} // namespace certdesk
