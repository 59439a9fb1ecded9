#pragma once

#include <QByteArray>

#include "domain/CaseState.h"

namespace certdesk {

/// The anomaly list of a case state as JSON text (the cases.anomaly_list column), written
/// directly: exactly what QJsonDocument makes of state.toJson()["anomalies"] in compact form.
/// The projection writes one per case on every event and a million in a rebuild.
class CaseStateJson
{
public:
    /// "[]" for almost every case.
    static QByteArray anomalies(const CaseState &state);
};

} // namespace certdesk
