#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "print/DocumentStyle.h"
#include "print/DocumentText.h"

namespace certdesk {

class DocumentWriter;

/// A ruled table for the registers CertDesk prints (the transfer act, the issuance journal,
/// the board report): a header row in Kazakh over Russian, repeated at the top of every page,
/// cells that wrap within their column, and rows that never split across pages.
class RegisterTable
{
public:
    struct Column
    {
        DocumentText header;
        qreal weight = 1; ///< share of the width, relative to the other columns
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    explicit RegisterTable(QList<Column> columns);

    /// Cells in column order; missing ones are empty. A bold row sums the table up.
    void addRow(const QStringList &cells, bool bold = false);
    qsizetype rowCount() const { return m_rows.size(); }
    /// The text size of the cells (Body by default; Small for dense registers).
    void setCellRole(DocumentStyle::Role role) { m_cellRole = role; }

    /// Draws at the writer's position, starting new pages as needed.
    void write(DocumentWriter &writer) const;

private:
    struct Row
    {
        QStringList cells;
        bool bold = false;
    };

    QList<Column> m_columns;
    QList<Row> m_rows;
    DocumentStyle::Role m_cellRole = DocumentStyle::Role::Body;
};

} // namespace certdesk
