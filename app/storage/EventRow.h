#pragma once

#include <QSqlQuery>

#include "domain/Event.h"

namespace certdesk {

/// The column list every event SELECT uses, and its reader: one place maps rows to events.
inline constexpr const char *kEventColumns = "id, type, case_id, branch, at, by_user, device, v, data, prev";
Event eventFromRow(const QSqlQuery &query);

} // namespace certdesk
