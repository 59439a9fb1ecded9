#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "print/Document.h"
#include "print/DocumentText.h"

namespace certdesk {

/// The supervisor board on paper: for each bucket its name, count and lines (receipt, name,
/// due date, days left or overdue), as on the screen on the chosen day. A4 landscape.
class BoardReportDocument : public Document
{
public:
    struct Row
    {
        QString receipt;
        QString name;
        QDate due;
        DocumentText state; ///< "3 күн қалды" / "осталось 3 дня", in both languages
    };

    struct Section
    {
        DocumentText title;
        QList<Row> rows;
    };

    struct Data
    {
        QDate asOf;
        QString branchName;
        QString branchCode;
        QString printedBy;
        QList<Section> sections;
    };

    explicit BoardReportDocument(Data data);

    QString fileName() const override;
    void write(DocumentWriter &writer) const override;
    PageSetup defaultPageSetup() const override;

private:
    Data m_data;
};

} // namespace certdesk
