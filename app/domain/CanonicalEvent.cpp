#include "domain/CanonicalEvent.h"

#include "domain/JsonText.h"

#include <QJsonDocument>

namespace certdesk {

QByteArray CanonicalEvent::compactData(const QJsonObject &data)
{
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

QByteArray CanonicalEvent::canonicalForm(const Event &e, const QByteArray &compactData)
{
    QByteArray out;
    out.reserve(compactData.size() + 320);
    // Keys sorted as QJsonDocument writes them: "_" sorts before the letters.
    out.append("{\"_id\":");
    JsonText::appendString(out, e.id);
    out.append(",\"at\":");
    JsonText::appendTime(out, e.at);
    out.append(",\"branch\":");
    JsonText::appendString(out, e.branch);
    out.append(",\"by\":");
    JsonText::appendString(out, e.by);
    out.append(",\"case_id\":");
    JsonText::appendString(out, e.caseId);
    out.append(",\"data\":");
    out.append(compactData);
    out.append(",\"device\":");
    JsonText::appendString(out, e.device);
    out.append(",\"prev\":");
    JsonText::appendString(out, e.prev);
    out.append(",\"type\":");
    JsonText::appendString(out, e.typeName.isEmpty() ? eventTypeName(e.type) : e.typeName);
    out.append(",\"v\":");
    out.append(QByteArray::number(e.v));
    out.append('}');
    return out;
}

} // namespace certdesk
