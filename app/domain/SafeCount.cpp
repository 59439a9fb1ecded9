#include "domain/SafeCount.h"

#include "domain/ReceiptNumber.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace certdesk {

namespace {

/// "CERT" as the scanner types it: the word itself, or its keys read with the Russian or
/// Kazakh keyboard layout switched on ("СУКЕ"), whatever the case.
bool startsWithCertWord(const QString &text, qsizetype *wordLength)
{
    static const QString words[] = {QStringLiteral("CERT"), QStringLiteral("\u0421\u0423\u041A\u0415")};
    for (const QString &word : words) {
        if (text.size() > word.size() && text.startsWith(word, Qt::CaseInsensitive)
            && text.at(word.size()).isSpace()) {
            *wordLength = word.size();
            return true;
        }
    }
    return false;
}

QJsonObject paperJson(const SafePaper &p, bool withScan)
{
    QJsonObject o;
    if (!p.caseId.isEmpty())
        o.insert(QLatin1String("case_id"), p.caseId);
    if (!p.receipt.isEmpty())
        o.insert(QLatin1String("receipt"), p.receipt);
    if (withScan) {
        o.insert(QLatin1String("scanned"), p.scanned);
        if (!p.status.isEmpty())
            o.insert(QLatin1String("status"), p.status);
    }
    return o;
}

} // namespace

QString SafeScan::key() const
{
    switch (kind) {
    case Kind::Receipt:
        return QStringLiteral("receipt:") + receipt;
    case Kind::Certificate:
        return QStringLiteral("certificate:") + certificateNumber;
    case Kind::Invalid:
        break;
    }
    return QString();
}

SafeScan SafeScan::parse(const QString &input, const QString &verifyUrlTemplate)
{
    SafeScan s;
    s.text = input.trimmed();
    if (s.text.isEmpty()) {
        s.error = tr("Nothing was scanned: scan the QR code of the paper certificate or type "
                     "its receipt number.");
        return s;
    }
    qsizetype word = 0;
    if (startsWithCertWord(s.text, &word)) {
        const QStringList parts = s.text.mid(word).split(u' ', Qt::SkipEmptyParts);
        if (parts.size() >= 1 && parts.size() <= 2) {
            s.kind = Kind::Certificate;
            s.certificateNumber = parts.at(0);
            if (parts.size() == 2)
                s.certificateDate = Event::parseDate(parts.at(1));
            return s;
        }
    }
    if (verifyUrlTemplate.contains(QLatin1String("%1"))) {
        // The link the branch prints: its fixed parts exactly, the number and date captured
        // (the first of each named; a template repeating one only repeats the match).
        QString pattern;
        bool numberNamed = false;
        bool dateNamed = false;
        const QStringList pieces = verifyUrlTemplate.split(QLatin1String("%1"));
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0) {
                pattern += numberNamed ? QStringLiteral(".+?")
                                       : QStringLiteral("(?<number>.+?)");
                numberNamed = true;
            }
            const QStringList dated = pieces.at(i).split(QLatin1String("%2"));
            for (qsizetype j = 0; j < dated.size(); ++j) {
                if (j > 0) {
                    pattern += dateNamed ? QStringLiteral("\\d{4}-\\d{2}-\\d{2}")
                                         : QStringLiteral("(?<date>\\d{4}-\\d{2}-\\d{2})");
                    dateNamed = true;
                }
                pattern += QRegularExpression::escape(dated.at(j));
            }
        }
        const QRegularExpression link(QRegularExpression::anchoredPattern(pattern));
        const QRegularExpressionMatch m = link.match(s.text);
        if (m.hasMatch()) {
            s.kind = Kind::Certificate;
            s.certificateNumber = m.captured(QStringLiteral("number"));
            s.certificateDate = Event::parseDate(m.captured(QStringLiteral("date")));
            return s;
        }
    }
    const bool digitsOnly = std::all_of(s.text.cbegin(), s.text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || c == u' ' || c == u'-' || c == u'.';
    });
    if (digitsOnly) {
        const ReceiptNumber r = ReceiptNumber::parse(s.text);
        if (r.isValid()) {
            s.kind = Kind::Receipt;
            s.receipt = r.digits();
            return s;
        }
        s.error = tr("\"%1\" is not a receipt number: %2.").arg(s.text, r.errorText());
        return s;
    }
    s.error = tr("\"%1\" is neither the QR code of a paper certificate (CERT, its number and "
                 "date, or the branch's verification link) nor a receipt number (17 digits): "
                 "scan the certificate's QR code again or type the receipt number.")
                  .arg(s.text);
    return s;
}

QString SafePaper::key() const
{
    // A paper of no case is known by what it carries, however it was typed or scanned.
    if (!caseId.isEmpty())
        return caseId;
    if (!receipt.isEmpty())
        return QStringLiteral("receipt:") + receipt;
    if (!certificateNumber.isEmpty())
        return QStringLiteral("certificate:") + certificateNumber;
    return QStringLiteral("scan:") + scanned;
}

SafeCount::SafeCount(const QList<SafePaper> &expected)
    : m_expected(expected)
{
    std::stable_sort(m_expected.begin(), m_expected.end(),
        [](const SafePaper &a, const SafePaper &b) { return a.receipt < b.receipt; });
    for (qsizetype i = 0; i < m_expected.size(); ++i) {
        const SafePaper &p = m_expected.at(i);
        m_expectedByCase.insert(p.caseId, i);
        if (!p.receipt.isEmpty())
            m_expectedByReceipt.insert(p.receipt, i);
        if (!p.certificateNumber.isEmpty())
            m_expectedByCertificate.insert(p.certificateNumber, i);
    }
}

const SafePaper *SafeCount::expectedFor(const SafeScan &scan) const
{
    qsizetype i = -1;
    if (scan.kind == SafeScan::Kind::Receipt)
        i = m_expectedByReceipt.value(scan.receipt, -1);
    else if (scan.kind == SafeScan::Kind::Certificate)
        i = m_expectedByCertificate.value(scan.certificateNumber, -1);
    return i < 0 ? nullptr : &m_expected.at(i);
}

SafeCount::Outcome SafeCount::add(const SafePaper &paper)
{
    const QString key = paper.key();
    const auto expected = m_expectedByCase.constFind(paper.caseId);
    const bool isExpected = !paper.caseId.isEmpty() && expected != m_expectedByCase.cend();
    if (m_seen.contains(key))
        return isExpected ? Outcome::AlreadyCounted : Outcome::AlreadyUnexpected;
    m_seen.insert(key);
    m_presented.append(paper);
    if (isExpected) {
        SafePaper counted = m_expected.at(*expected);
        counted.scanned = paper.scanned;
        m_counted.append(counted);
        return Outcome::Counted;
    }
    m_unexpected.append(paper);
    return Outcome::Unexpected;
}

QList<SafePaper> SafeCount::missing() const
{
    QList<SafePaper> out;
    for (const SafePaper &p : m_expected) {
        if (!m_seen.contains(p.key()))
            out.append(p);
    }
    return out;
}

SafeCount SafeCount::reconciledWith(const QList<SafePaper> &expected) const
{
    SafeCount again(expected);
    for (const SafePaper &p : m_presented)
        again.add(p);
    return again;
}

QJsonObject SafeCount::eventData(const QDate &date, const QDateTime &startedAtUtc) const
{
    QJsonArray counted;
    for (const SafePaper &p : m_counted)
        counted.append(paperJson(p, false));
    QJsonArray missingList;
    for (const SafePaper &p : missing())
        missingList.append(paperJson(p, false));
    QJsonArray unexpectedList;
    for (const SafePaper &p : m_unexpected)
        unexpectedList.append(paperJson(p, true));
    return {{QLatin1String("date"), Event::formatDate(date)},
        {QLatin1String("started_at"), Event::formatTime(startedAtUtc)},
        {QLatin1String("expected"), expectedCount()}, {QLatin1String("counted"), counted},
        {QLatin1String("missing"), missingList}, {QLatin1String("unexpected"), unexpectedList}};
}

QJsonObject SafeCount::writeOffData(
    const QString &caseId, const QString &receipt, const QString &countId, const QString &reason)
{
    return {{QLatin1String("case_id"), caseId}, {QLatin1String("receipt"), receipt},
        {QLatin1String("count"), countId}, {QLatin1String("reason"), reason}};
}

QList<MissingPaper> openMissingPapers(QList<Event> events)
{
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    QHash<QString, MissingPaper> open;
    QList<QString> order; // first opened first, for a stable list
    for (const Event &e : std::as_const(events)) {
        if (e.typeName == SafeCount::countedType()) {
            const QDate date = Event::parseDate(e.data.value(QLatin1String("date")).toString());
            for (const char *found : {"counted", "unexpected"}) {
                const QJsonArray list = e.data.value(QLatin1String(found)).toArray();
                for (const QJsonValue &v : list)
                    open.remove(v.toObject().value(QLatin1String("case_id")).toString());
            }
            const QJsonArray missing = e.data.value(QLatin1String("missing")).toArray();
            for (const QJsonValue &v : missing) {
                const QJsonObject o = v.toObject();
                MissingPaper m;
                m.caseId = o.value(QLatin1String("case_id")).toString();
                if (m.caseId.isEmpty())
                    continue;
                m.receipt = o.value(QLatin1String("receipt")).toString();
                m.countId = e.id;
                m.countedAt = e.at;
                m.date = date;
                m.countedBy = e.by;
                if (!open.contains(m.caseId))
                    order.append(m.caseId);
                open.insert(m.caseId, m);
            }
        } else if (e.typeName == SafeCount::writtenOffType()
            || e.typeName == SafeCount::foundType()) {
            open.remove(e.data.value(QLatin1String("case_id")).toString());
        }
    }
    // One line per paper (a paper missing at two counts is named by the later one).
    QList<MissingPaper> unique;
    QSet<QString> seen;
    for (const QString &caseId : std::as_const(order)) {
        const auto it = open.constFind(caseId);
        if (it != open.cend() && !seen.contains(caseId)) {
            seen.insert(caseId);
            unique.append(*it);
        }
    }
    std::stable_sort(unique.begin(), unique.end(), [](const MissingPaper &a, const MissingPaper &b) {
        return a.countedAt != b.countedAt ? a.countedAt < b.countedAt : a.receipt < b.receipt;
    });
    return unique;
}

namespace {

QJsonArray papersJson(const QList<SafePaper> &papers, bool unexpected)
{
    QJsonArray out;
    for (const SafePaper &p : papers) {
        QJsonObject o {{QLatin1String("case_id"), p.caseId}, {QLatin1String("receipt"), p.receipt},
            {QLatin1String("name"), p.name}};
        if (unexpected) {
            o.insert(QLatin1String("scanned"), p.scanned);
            o.insert(QLatin1String("status"), p.status);
        }
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject SafeCountReport::toJson() const
{
    return {{QLatin1String("count_id"), countId}, {QLatin1String("recorded"), recorded()},
        {QLatin1String("date"), Event::formatDate(date)},
        {QLatin1String("started_at"), Event::formatTime(startedAt)},
        {QLatin1String("finished_at"), Event::formatTime(finishedAt)},
        {QLatin1String("by"), supervisorLogin}, {QLatin1String("expected"), expected},
        {QLatin1String("counted"), papersJson(counted, false)},
        {QLatin1String("missing"), papersJson(missing, false)},
        {QLatin1String("unexpected"), papersJson(unexpected, true)}};
}

} // namespace certdesk
