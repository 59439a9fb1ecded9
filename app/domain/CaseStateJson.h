#pragma once

#include <QByteArray>

#include "domain/CaseState.h"

namespace certdesk {

/// A case state as JSON text, written directly: exactly what QJsonDocument makes of
/// state.toJson() in compact form. The projection writes one per case on every event and a
/// million in a rebuild; building the QJsonObject first cost more than folding the case.
class CaseStateJson
{
public:
    /// The whole state.
    static QByteArray compact(const CaseState &state);
    /// Its anomaly list alone (the cases.anomaly_list column): "[]" for almost every case.
    static QByteArray anomalies(const CaseState &state);

private:
    static void appendAnomalies(QByteArray &out, const CaseState &state);
};

} // namespace certdesk
