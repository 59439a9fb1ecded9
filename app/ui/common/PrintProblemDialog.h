#pragma once

#include <QDialog>

namespace certdesk {

/// What the clerk sees when a document could not go to the printer (missing, offline, out of
/// paper, refused): what was not printed and why, what is kept all the same, and the ways on:
/// retry (Enter), save it as a PDF, choose another printer, or leave it unprinted (Esc).
class PrintProblemDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { GiveUp, Retry, SavePdf, ChoosePrinter };

    /// what: the document as the clerk calls it ("The receipt 0101-…"); problem: why it did
    /// not print; kept: what is true all the same ("The application is saved.").
    PrintProblemDialog(const QString &what, const QString &problem, const QString &kept,
        QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString text() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void choose(Choice choice);

    QString m_text;
    Choice m_choice = Choice::GiveUp;
};

} // namespace certdesk
