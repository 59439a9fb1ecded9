#include "domain/EventText.h"

#include "domain/Event.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <iterator>

namespace certdesk {

namespace {

bool isNoncharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/// The code point at i (a pair read whole) and its length in UTF-16 units; a lone
/// surrogate comes back as itself with length 1.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype *length)
{
    const QChar c = text.at(i);
    *length = 1;
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    return c.unicode();
}

bool checkValue(const QJsonValue &value, const QString &field, QString *error);

/// Whether value holds only text CertDesk stores as written, keys included. The walk that
/// names the offending field (checkValue) builds a name for every field it passes: it runs
/// only once this one has found something.
bool isClean(const QJsonValue &value)
{
    if (value.isString())
        return EventText::firstRefused(value.toString()) < 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (EventText::firstRefused(it.key()) >= 0 || !isClean(it.value()))
                return false;
        }
        return true;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!isClean(item))
                return false;
        }
    }
    return true;
}

bool checkString(QStringView text, const QString &field, QString *error)
{
    const qsizetype at = EventText::firstRefused(text);
    if (at < 0)
        return true;
    if (error)
        *error = EventText::tr("the field \"%1\" holds %2 at character %3: not text CertDesk "
                               "can store as written")
                     .arg(field, EventText::describe(text, at))
                     .arg(at + 1);
    return false;
}

bool checkObject(const QJsonObject &object, const QString &field, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = field + u'.' + it.key();
        if (!checkString(it.key(), name, error) || !checkValue(it.value(), name, error))
            return false;
    }
    return true;
}

bool checkValue(const QJsonValue &value, const QString &field, QString *error)
{
    if (value.isString())
        return checkString(value.toString(), field, error);
    if (value.isObject())
        return checkObject(value.toObject(), field, error);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!checkValue(array.at(i), QStringLiteral("%1[%2]").arg(field).arg(i), error))
                return false;
        }
    }
    return true;
}

} // namespace

qsizetype EventText::firstRefused(QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        // Every refused character is written with a unit of U+D800 or above (surrogates,
        // U+FDD0-U+FDEF, U+FEFF, U+xFFFE/U+xFFFF): the text below, nearly all of it, is
        // passed over unit by unit, as every pulled event is checked.
        if (text[i].unicode() < 0xD800) {
            ++i;
            continue;
        }
        qsizetype length = 1;
        const char32_t c = codePointAt(text, i, &length);
        if (QChar::isSurrogate(c) || c == 0xFEFF || isNoncharacter(c))
            return i;
        i += length;
    }
    return -1;
}

QString EventText::describe(QStringView text, qsizetype position)
{
    qsizetype length = 1;
    const char32_t c = codePointAt(text, position, &length);
    const QString code = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    if (QChar::isSurrogate(c))
        return tr("%1 (half of a surrogate pair without its other half)").arg(code);
    if (c == 0xFEFF)
        return tr("%1 (a byte-order mark)").arg(code);
    return tr("%1 (a noncharacter)").arg(code);
}

bool EventText::check(const Event &event, QString *error)
{
    const std::pair<const char *, const QString *> fields[] = {
        {"_id", &event.id},
        {"type", &event.typeName},
        {"case_id", &event.caseId},
        {"branch", &event.branch},
        {"by", &event.by},
        {"device", &event.device},
        {"prev", &event.prev},
    };
    // A clean event, nearly every one, is passed without spelling out any field's name.
    const bool clean = std::all_of(std::begin(fields), std::end(fields),
                           [](const auto &field) { return firstRefused(*field.second) < 0; })
        && isClean(event.data);
    if (clean)
        return true;
    for (const auto &[name, text] : fields) {
        if (!checkString(*text, QString::fromLatin1(name), error))
            return false;
    }
    return checkObject(event.data, QStringLiteral("data"), error);
}

QString EventText::cleaned(const QString &text)
{
    qsizetype at = firstRefused(text);
    if (at < 0)
        return text;
    QString out = text;
    while (at >= 0) {
        // One UTF-16 unit at a time: what is left of a pair is refused, and goes, in turn.
        out.remove(at, 1);
        at = firstRefused(out);
    }
    return out;
}

namespace {

QJsonValue cleanedValue(const QJsonValue &value)
{
    if (value.isString())
        return EventText::cleaned(value.toString());
    if (value.isObject())
        return EventText::cleaned(value.toObject());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = cleanedValue(*it);
        return array;
    }
    return value;
}

} // namespace

QJsonObject EventText::cleaned(const QJsonObject &data)
{
    QJsonObject out;
    for (auto it = data.begin(); it != data.end(); ++it)
        out.insert(cleaned(it.key()), cleanedValue(it.value()));
    return out;
}

bool EventText::readDocument(const QByteArray &json, Event *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(escapeByteOrderMarks(json), &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error = parseError.error == QJsonParseError::NoError
                ? tr("not a JSON object")
                : tr("not a JSON object (%1 at byte %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset + 1);
        }
        return false;
    }
    return Event::fromJson(doc.object(), out, error);
}

QByteArray EventText::escapeByteOrderMarks(const QByteArray &json)
{
    static const QByteArray mark("\xEF\xBB\xBF");
    qsizetype at = json.indexOf(mark, 1);
    if (at < 0)
        return json;
    QByteArray out = json;
    while (at >= 0) {
        // After an odd run of backslashes the bytes would be the escaped character of a
        // broken escape: left as they are, the parser refuses the document.
        qsizetype backslashes = 0;
        while (at - backslashes > 0 && out.at(at - backslashes - 1) == '\\')
            ++backslashes;
        if (backslashes % 2 == 0) {
            out.replace(at, mark.size(), "\\ufeff");
            at += 6;
        } else {
            at += mark.size();
        }
        at = out.indexOf(mark, at);
    }
    return out;
}

} // namespace certdesk
