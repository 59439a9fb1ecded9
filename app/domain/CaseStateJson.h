#pragma once

#include <QByteArray>

#include "domain/CaseState.h"

namespace certdesk {

/// The stored text of a case state (the cases.state column): exactly
/// QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact), written directly. The
/// projection writes one per case on every event and a million in a rebuild; building the
/// QJsonObject first cost more than folding the case.
class CaseStateJson
{
public:
    static QByteArray compact(const CaseState &state);
};

} // namespace certdesk
