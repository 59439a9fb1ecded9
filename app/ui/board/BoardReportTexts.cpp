#include "ui/board/BoardReportTexts.h"

#include "domain/SafeCount.h"

#include "domain/CaseState.h"
#include "domain/Clock.h"
#include "domain/ReceiptNumber.h"

namespace certdesk {

DocumentText BoardReportTexts::bucketTitle(BoardBucket bucket)
{
    switch (bucket) {
    case BoardBucket::AtBranch:
        return DocumentText::translate("BoardReportDocument", "At the branch");
    case BoardBucket::DueForTransfer:
        return DocumentText::translate(
            "BoardReportDocument", "To be handed over to the service provider");
    case BoardBucket::AtProvider:
        return DocumentText::translate("BoardReportDocument", "With the service provider");
    case BoardBucket::ReturnRequested:
        return DocumentText::translate("BoardReportDocument", "Return requested");
    case BoardBucket::ToArchive:
        return DocumentText::translate("BoardReportDocument", "To be archived");
    case BoardBucket::InterimNoticeDue:
        return DocumentText::translate("BoardReportDocument", "Interim response due");
    case BoardBucket::LateResults:
        return DocumentText::translate("BoardReportDocument", "Result not received in time");
    case BoardBucket::Anomalies:
        return DocumentText::translate("BoardReportDocument", "Anomalies and exceptions");
    }
    return DocumentText();
}

DocumentText BoardReportTexts::duration(qint64 seconds)
{
    if (seconds >= 86400) {
        const int days = int(seconds / 86400);
        return DocumentText::translate("BoardReportDocument", "%n day(s)", nullptr, days);
    }
    if (seconds >= 3600) {
        const int hours = int(seconds / 3600);
        return DocumentText::translate("BoardReportDocument", "%n hour(s)", nullptr, hours);
    }
    if (seconds >= 60) {
        const int minutes = int(seconds / 60);
        return DocumentText::translate("BoardReportDocument", "%n minute(s)", nullptr, minutes);
    }
    const int whole = int(seconds);
    return DocumentText::translate("BoardReportDocument", "%n second(s)", nullptr, whole);
}

DocumentText BoardReportTexts::state(BoardBucket bucket, const BoardEntry &e, const Clock &clock)
{
    if (e.isClockStep()) {
        const DocumentText by = duration(e.behindSeconds);
        const QString before
            = clock.toLocal(e.previousAt).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        // The length is in each language's own words, so each language gets its own.
        const DocumentText text = DocumentText::translate(
            "BoardReportDocument", "clock moved back by %1; previous record %2");
        return DocumentText(text.kk.arg(by.kk, before), text.ru.arg(by.ru, before));
    }
    const int late = -e.daysLeft;
    if (bucket == BoardBucket::LateResults)
        return DocumentText::translate(
            "BoardReportDocument", "result late by %n day(s)", nullptr, late);
    if (bucket == BoardBucket::Anomalies) {
        QStringList kk;
        QStringList ru;
        for (const QString &code : e.codes.split(u',', Qt::SkipEmptyParts)) {
            const char *text = CaseFold::codeText(code);
            const DocumentText words = code == SafeCount::missingCode()
                ? DocumentText::translate("BoardReportDocument", "missing at the count of the safe")
                : text ? DocumentText::translate("CaseFold", text)
                       : DocumentText(code, code);
            kk.append(words.kk);
            ru.append(words.ru);
        }
        if (e.overrides > 0) {
            const int overrides = e.overrides;
            const DocumentText o = DocumentText::translate(
                "BoardReportDocument", "%n override(s)", nullptr, overrides);
            kk.append(o.kk);
            ru.append(o.ru);
        }
        return DocumentText(kk.join(QStringLiteral("; ")), ru.join(QStringLiteral("; ")));
    }
    DocumentText text;
    const int left = e.daysLeft;
    if (e.overdue)
        text
            = DocumentText::translate("BoardReportDocument", "overdue by %n day(s)", nullptr, late);
    else if (e.today)
        text = DocumentText::translate("BoardReportDocument", "due today");
    else if (bucket == BoardBucket::AtBranch || bucket == BoardBucket::AtProvider)
        text = DocumentText::translate("BoardReportDocument", "%n day(s) left", nullptr, left);
    else
        text = DocumentText::translate("BoardReportDocument", "due in %n day(s)", nullptr, left);
    if (e.returned) {
        const DocumentText returned
            = DocumentText::translate("BoardReportDocument", " (returned by the provider)");
        text = DocumentText(text.kk + returned.kk, text.ru + returned.ru);
    }
    return text;
}

QList<BoardReportDocument::Section> BoardReportTexts::sections(
    const Board &board, const Clock &clock)
{
    QList<BoardReportDocument::Section> out;
    for (int i = 0; i < BoardBucketCount; ++i) {
        const BoardBucket b = BoardBucket(i);
        BoardReportDocument::Section s;
        s.title = bucketTitle(b);
        for (const BoardEntry &e : board.bucket(b)) {
            // Grouped as on the screen, the person's receipt and the transfer act.
            QString receipt = ReceiptNumber::format(e.receipt);
            QString name = e.name;
            if (e.isClockStep()) {
                const QString number
                    = QStringLiteral("%1").arg(e.workstation, 2, 10, QLatin1Char('0'));
                receipt = DocumentText::translate("BoardReportDocument", "Workstation %1")
                              .arg(number)
                              .joined();
                name = e.by;
            }
            s.rows.append({receipt, name, e.due, state(b, e, clock)});
        }
        out.append(s);
    }
    return out;
}

} // namespace certdesk
