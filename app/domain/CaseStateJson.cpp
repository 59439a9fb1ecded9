#include "domain/CaseStateJson.h"

#include "domain/JsonText.h"

namespace certdesk {

namespace {

void string(QByteArray &out, const char *key, const QString &value)
{
    JsonText::appendKey(out, key);
    JsonText::appendString(out, value);
    out.append(',');
}

void time(QByteArray &out, const char *key, const QDateTime &value)
{
    JsonText::appendKey(out, key);
    JsonText::appendTime(out, value);
    out.append(',');
}

} // namespace

QByteArray CaseStateJson::anomalies(const CaseState &s)
{
    if (s.anomalies.isEmpty())
        return QByteArrayLiteral("[]");
    // Keys in QJsonDocument's order (sorted); tst_casestatejson holds this to toJson().
    QByteArray out("[");
    for (qsizetype i = 0; i < s.anomalies.size(); ++i) {
        const Anomaly &a = s.anomalies.at(i);
        out.append(i == 0 ? "{" : ",{");
        time(out, "at", a.at);
        string(out, "by", a.by);
        string(out, "code", a.code);
        string(out, "device", a.device);
        string(out, "event_id", a.eventId);
        string(out, "event_type", a.eventType);
        JsonText::appendKey(out, "message");
        JsonText::appendString(out, a.message);
        out.append('}');
    }
    out.append(']');
    return out;
}

} // namespace certdesk
