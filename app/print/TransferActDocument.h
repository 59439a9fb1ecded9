#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/CaseState.h"
#include "print/Document.h"

namespace certdesk {

/// The act that goes with a batch of paper certificates the branch sends to the provider
/// after its month of custody: the register of documents (receipt numbers, names,
/// certificates, sheets), the totals, and places for both sides' signatures.
class TransferActDocument : public Document
{
public:
    struct Line
    {
        QString receipt;
        QString name;
        QString certificateNumber;
        QDate certificateDate;
        QDate arrivedOn;
        int sheets = 1; ///< the certificate (an apostille is stamped on it)

        static Line fromCase(const CaseState &state);
    };

    struct Data
    {
        QString act;
        QDate date;
        QString branchName;
        QString branchCode;
        QString handedByName; ///< the supervisor, "Surname Name Patronymic"
        QString handedByPosition;
        QList<Line> lines;
    };

    explicit TransferActDocument(Data data);

    QString fileName() const override;
    void write(DocumentWriter &writer) const override;

private:
    Data m_data;
};

} // namespace certdesk
