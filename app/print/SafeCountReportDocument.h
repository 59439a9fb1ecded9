#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/SafeCount.h"
#include "print/Document.h"
#include "print/DocumentText.h"

namespace certdesk {
class Clock;
}

namespace certdesk {

/// The report of a count of the safe (issue 17), in Kazakh and Russian, for the supervisor's
/// signature: the branch, when the count ran, how many papers the ledger holds and how many
/// were counted, then the missing papers, the papers not expected in the safe (with where
/// the record says they are) and the counted ones, each by receipt number and name.
class SafeCountReportDocument : public Document
{
public:
    struct Data
    {
        QString branchName;
        QString branchCode;
        QDateTime startedLocal; ///< branch time
        QDateTime finishedLocal;
        QString supervisorName;
        QString supervisorPosition;
        int expected = 0;
        QList<SafePaper> counted;
        QList<SafePaper> missing;
        QList<SafePaper> unexpected;
        bool recorded = true; ///< false: a trial count (certdeskctl count --dry-run)

        /// What the report prints of a finished count, its times in branch time by clock.
        static Data from(const SafeCountReport &report, const Clock &clock);
    };

    explicit SafeCountReportDocument(Data data);

    QString fileName() const override;
    void write(DocumentWriter &writer) const override;

    /// Where the record puts a paper not expected in the safe, in both languages.
    static DocumentText whereText(const SafePaper &paper);

private:
    Data m_data;
};

} // namespace certdesk
