#include "domain/EventLines.h"

#include "domain/EventText.h"

#include <QJsonDocument>
#include <QStringDecoder>

namespace certdesk {

namespace {

bool isUtf8(QByteArrayView bytes)
{
    // Qt's decoder refuses overlong forms, encoded surrogates, code points past U+10FFFF
    // and cut sequences; replacing them unseen would change the text before its hash.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    return !decoder.hasError();
}

} // namespace

EventLines::Result EventLines::read(const QByteArray &input)
{
    Result result;
    QByteArrayView rest(input);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    while (!rest.isEmpty()) {
        const qsizetype end = rest.indexOf('\n');
        QByteArrayView line = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        ++result.lines;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        auto problem = [&](const QString &why) {
            result.problems.append(tr("line %1: %2").arg(result.lines).arg(why));
        };
        if (!isUtf8(line)) {
            problem(tr("not valid UTF-8 (an overlong, cut or invalid byte sequence): save the "
                       "file as UTF-8"));
            continue;
        }
        Event e;
        QString why;
        if (!EventText::readDocument(line.toByteArray(), &e, &why)) {
            problem(why);
            continue;
        }
        result.events.append(e);
    }
    return result;
}

QByteArray EventLines::write(const Event &event)
{
    return QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace certdesk
