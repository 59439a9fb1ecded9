#include "domain/RulesFile.h"

#include "domain/Event.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace certdesk {

namespace {

/// One compact JSON line with the record's own key first, so that a person reads what it is.
QByteArray recordLine(const QString &firstKey, const QJsonValue &first, QJsonObject rest)
{
    rest.remove(firstKey);
    const QByteArray head = QJsonDocument(QJsonObject{{firstKey, first}}).toJson(QJsonDocument::Compact);
    const QByteArray tail = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    if (rest.isEmpty())
        return head;
    return head.left(head.size() - 1) + ',' + tail.mid(1);
}

QString unknownField(const QJsonObject &o, const QSet<QString> &allowed)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            return it.key();
    return QString();
}

/// A calendar year as its holiday and decree-day lines build it.
struct YearLines
{
    QList<Holiday> holidays;
    QList<DaySwap> swaps;
    int firstLine = 0;
};

} // namespace

int RulesFile::Contents::lineOf(const RuleCheck::Issue &issue) const
{
    if (issue.date.isValid() && calendarLines.contains(issue.date))
        return calendarLines.value(issue.date);
    return lines.value(issue.unit);
}

QList<RuleProblem> RulesFile::Contents::problems(const QList<RuleCheck::Issue> &issues) const
{
    QList<RuleProblem> out;
    for (const RuleCheck::Issue &issue : issues)
        out.append(RuleProblem{lineOf(issue), issue.unit, issue.message});
    std::stable_sort(out.begin(), out.end(),
                     [](const RuleProblem &a, const RuleProblem &b) { return a.line < b.line; });
    return out;
}

bool RulesFile::parse(const QByteArray &bytes, Contents *out, QList<RuleProblem> *problems)
{
    QList<RuleProblem> found;
    auto problem = [&found](int line, const QString &message) {
        found.append(RuleProblem{line, QString(), message});
    };
    Contents c;
    bool header = false;
    QMap<int, YearLines> years;
    QHash<QString, int> calendarRecordLine;

    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int line = int(i) + 1;
        const QByteArray raw = lines.at(i).trimmed();
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            problem(line, parseError.error != QJsonParseError::NoError
                              ? tr("not a JSON object: %1 at character %2")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset + 1)
                              : tr("not a JSON object: write one {…} per line"));
            continue;
        }
        const QJsonObject o = doc.object();
        if (!header) {
            header = true;
            const QString unknown = unknownField(o, {QStringLiteral("certdesk_rules"),
                                                     QStringLiteral("country"),
                                                     QStringLiteral("source")});
            if (!o.contains(QLatin1String("certdesk_rules"))) {
                problem(line, tr("the first line must be the header, such as "
                                 "{\"certdesk_rules\":1,\"country\":\"KZ\"}"));
                continue;
            }
            if (o.value(QLatin1String("certdesk_rules")).toInt(-1) != FormatVersion) {
                problem(line, tr("format %1 is not one this CertDesk reads (it reads format %2): "
                                 "the file was written by another version")
                                  .arg(o.value(QLatin1String("certdesk_rules")).toVariant().toString())
                                  .arg(FormatVersion));
                continue;
            }
            if (!unknown.isEmpty()) {
                problem(line, tr("\"%1\" is not a field of the header").arg(unknown));
                continue;
            }
            c.country = o.value(QLatin1String("country")).toString().trimmed().toUpper();
            c.source = o.value(QLatin1String("source")).toString().trimmed();
            if (!RuleUnit::isKnownCountry(c.country))
                problem(line, tr("\"%1\" is not a known country code: the header names the "
                                 "country of the rules (ISO 3166-1, two letters, such as \"KZ\")")
                                  .arg(o.value(QLatin1String("country")).toVariant().toString()));
            continue;
        }

        if (o.contains(QLatin1String("holiday")) || o.contains(QLatin1String("swap"))) {
            const bool isHoliday = o.contains(QLatin1String("holiday"));
            const QString key = isHoliday ? QStringLiteral("holiday") : QStringLiteral("swap");
            const QString unknown = unknownField(
                o, isHoliday ? QSet<QString>{key, QStringLiteral("kk"), QStringLiteral("ru"),
                                             QStringLiteral("en"), QStringLiteral("carries_over")}
                             : QSet<QString>{key, QStringLiteral("working"),
                                             QStringLiteral("reason")});
            if (!unknown.isEmpty()) {
                problem(line, tr("\"%1\" is not a field of a \"%2\" line").arg(unknown, key));
                continue;
            }
            const QString dateText = o.value(key).toString();
            const QString why = RuleUnit::dateProblem(key, dateText);
            if (!why.isEmpty()) {
                problem(line, why);
                continue;
            }
            const QDate date = Event::parseDate(dateText);
            if (c.calendarLines.contains(date)) {
                problem(line, tr("%1 is listed again (first on line %2)")
                                  .arg(dateText)
                                  .arg(c.calendarLines.value(date)));
                continue;
            }
            if (!isHoliday && !o.value(QLatin1String("working")).isBool()) {
                problem(line, tr("a decree day needs \"working\": true (a weekend day worked) or "
                                 "false (a weekday off)"));
                continue;
            }
            if (isHoliday && o.contains(QLatin1String("carries_over"))
                && !o.value(QLatin1String("carries_over")).isBool()) {
                problem(line, tr("\"carries_over\" must be true or false"));
                continue;
            }
            c.calendarLines.insert(date, line);
            YearLines &year = years[date.year()];
            if (year.firstLine == 0)
                year.firstLine = line;
            if (isHoliday) {
                year.holidays.append(Holiday{date, o.value(QLatin1String("kk")).toString().trimmed(),
                                             o.value(QLatin1String("ru")).toString().trimmed(),
                                             o.value(QLatin1String("en")).toString().trimmed(),
                                             o.value(QLatin1String("carries_over")).toBool(true)});
            } else {
                year.swaps.append(DaySwap{date, o.value(QLatin1String("working")).toBool(),
                                          o.value(QLatin1String("reason")).toString().trimmed()});
            }
            continue;
        }

        RuleUnit unit;
        QString why;
        if (!RuleUnit::fromJson(o, &unit, &why)) {
            problem(line, why);
            continue;
        }
        if (c.lines.contains(unit.id())) {
            problem(line, tr("%1 is set again (first on line %2)")
                              .arg(unit.describe())
                              .arg(c.lines.value(unit.id())));
            continue;
        }
        c.lines.insert(unit.id(), line);
        if (unit.kind() == RuleUnit::Kind::Calendar)
            calendarRecordLine.insert(unit.key(), line);
        c.rules.set(unit);
    }
    if (!header)
        problem(1, tr("the file is empty: its first line must be the header, such as "
                      "{\"certdesk_rules\":1,\"country\":\"KZ\"}"));

    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        const QString key = QString::number(it.key());
        if (calendarRecordLine.contains(key)) {
            problem(it->firstLine, tr("the %1 calendar is set by line %2 too: give a year's "
                                      "holidays line by line, or one \"calendar\" line, not both")
                                       .arg(key)
                                       .arg(calendarRecordLine.value(key)));
            continue;
        }
        const RuleUnit unit = RuleUnit::calendar(it.key(), it->holidays, it->swaps);
        c.lines.insert(unit.id(), it->firstLine);
        c.rules.set(unit);
    }
    for (const RuleUnit &unit : c.rules.units())
        found.append(c.problems(RuleCheck::unit(unit)));

    std::stable_sort(found.begin(), found.end(),
                     [](const RuleProblem &a, const RuleProblem &b) { return a.line < b.line; });
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return false;
    *out = c;
    return true;
}

QByteArray RulesFile::write(const RuleSet &rules, const QString &country, const QString &source)
{
    QJsonObject header{{QStringLiteral("country"), country}};
    if (!source.isEmpty())
        header.insert(QStringLiteral("source"), source);
    QByteArray out = recordLine(QStringLiteral("certdesk_rules"), FormatVersion, header) + '\n';
    for (const RuleUnit &unit : rules.units()) {
        const QJsonObject record = unit.toJson();
        if (unit.kind() == RuleUnit::Kind::Calendar && !unit.isRemoved()) {
            const QJsonObject calendar = WorkCalendar(unit.holidays(), unit.swaps()).toJson();
            for (const QJsonValue &h : calendar.value(QLatin1String("holidays")).toArray()) {
                QJsonObject o = h.toObject();
                const QJsonValue date = o.take(QLatin1String("date"));
                out += recordLine(QStringLiteral("holiday"), date, o) + '\n';
            }
            for (const QJsonValue &s : calendar.value(QLatin1String("swaps")).toArray()) {
                QJsonObject o = s.toObject();
                const QJsonValue date = o.take(QLatin1String("date"));
                out += recordLine(QStringLiteral("swap"), date, o) + '\n';
            }
            continue;
        }
        const QString key = RuleUnit::kindName(unit.kind());
        out += recordLine(key, record.value(key), record) + '\n';
    }
    return out;
}

} // namespace certdesk
