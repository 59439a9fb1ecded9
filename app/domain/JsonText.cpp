#include "domain/JsonText.h"

#include "domain/Event.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace certdesk {

namespace {

void appendDigits(char *&p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    p += width;
}

} // namespace

void JsonText::appendString(QByteArray &out, const QString &s)
{
    // Plain text (no quote, backslash, control character or surrogate) is written as its
    // UTF-8; anything else is left to Qt's own writer, so the escaping can never differ.
    bool plain = true;
    bool ascii = true;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || c.isSurrogate()) {
            plain = false;
            break;
        }
        if (u >= 0x80)
            ascii = false;
    }
    if (!plain) {
        const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        out.append(array.constData() + 1, array.size() - 2);
        return;
    }
    out.append('"');
    if (ascii) {
        const qsizetype start = out.size();
        out.resize(start + s.size());
        char *p = out.data() + start;
        for (const QChar c : s)
            *p++ = char(c.unicode());
    } else {
        out.append(s.toUtf8());
    }
    out.append('"');
}

void JsonText::appendKey(QByteArray &out, const char *key)
{
    out.append('"');
    out.append(key);
    out.append("\":", 2);
}

void JsonText::appendTime(QByteArray &out, const QDateTime &utc)
{
    if (!utc.isValid()) {
        out.append("\"\"", 2);
        return;
    }
    const QDateTime t = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    const QDate d = t.date();
    const QTime time = t.time();
    if (d.year() < 1000 || d.year() > 9999) {
        appendString(out, Event::formatTime(utc));
        return;
    }
    char buffer[26];
    char *p = buffer;
    *p++ = '"';
    appendDigits(p, d.year(), 4);
    *p++ = '-';
    appendDigits(p, d.month(), 2);
    *p++ = '-';
    appendDigits(p, d.day(), 2);
    *p++ = 'T';
    appendDigits(p, time.hour(), 2);
    *p++ = ':';
    appendDigits(p, time.minute(), 2);
    *p++ = ':';
    appendDigits(p, time.second(), 2);
    *p++ = '.';
    appendDigits(p, time.msec(), 3);
    *p++ = 'Z';
    *p++ = '"';
    out.append(buffer, p - buffer);
}

void JsonText::appendDate(QByteArray &out, const QDate &date)
{
    if (!date.isValid()) {
        out.append("\"\"", 2);
        return;
    }
    if (date.year() < 1000 || date.year() > 9999) {
        appendString(out, date.toString(Qt::ISODate));
        return;
    }
    char buffer[12];
    char *p = buffer;
    *p++ = '"';
    appendDigits(p, date.year(), 4);
    *p++ = '-';
    appendDigits(p, date.month(), 2);
    *p++ = '-';
    appendDigits(p, date.day(), 2);
    *p++ = '"';
    out.append(buffer, p - buffer);
}

} // namespace certdesk
