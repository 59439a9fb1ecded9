#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace certdesk {

class Document;

/// What became of a document sent to paper.
struct PrintResult
{
    enum class Outcome { Printed, SavedAsPdf, NotPrinted };

    Outcome outcome = Outcome::NotPrinted;
    QString printer; ///< where it was printed
    QString file; ///< the PDF written instead
    /// Why the printer did not take it (empty: nobody asked it to); for a printed document,
    /// what went wrong after the paper came out (the print could not be recorded).
    QString problem;

    bool printed() const { return outcome == Outcome::Printed; }
    /// One sentence for a status line, saying what actually happened.
    QString summary() const;
};

/// The one way every document reaches paper at the counter — the receipt after intake and
/// its reprint, the certificate, the interim notice, the transfer act, the journal, the board
/// report, the appeal receipt. One key sends it to the printer chosen for its paper
/// (PrinterSettings); a preview, when switched on, is driven by keyboard; a printer that is
/// missing, offline or out of paper is named before anything is lost, with Retry, Save as
/// PDF and another printer as the ways on. Whatever happens here, what the document records
/// is already saved: the caller says so in the message (kept).
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    /// what: the document as the clerk calls it ("The receipt 0101-…"); kept: what stays true
    /// if it is not printed ("The application is saved: Ctrl+P prints the receipt again.").
    static PrintResult print(const Document &document, QWidget *parent, const QString &what,
        const QString &kept = QString());

private:
    static PrintResult send(
        const Document &document, QWidget *parent, const QString &what, const QString &kept);
    static bool sendOnce(const Document &document, const QString &printer, QString *problem);
    static bool saveAs(const Document &document, QWidget *parent, PrintResult *result);
    static QString printerFor(const Document &document);
};

} // namespace certdesk
