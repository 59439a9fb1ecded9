#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;

namespace certdesk {

class Document;

/// The optional look at a document before it goes to paper, driven by keyboard: Enter or
/// Ctrl+P prints it on the chosen printer, Ctrl+S saves it as a PDF instead, Esc leaves
/// without printing; PgUp/PgDn turn its pages and Ctrl+plus/minus zoom. Qt's own preview
/// dialog is not used: its Print button sits in a toolbar that Tab never reaches.
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Close, Print, SavePdf };

    DocumentPreviewDialog(
        const Document &document, const QString &printerName, QWidget *parent = nullptr);
    ~DocumentPreviewDialog() override;

    Choice choice() const { return m_choice; }
    int pageCount() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void choose(Choice choice);
    void turnPage(int by);

    const Document &m_document;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_view = nullptr;
    QLabel *m_pageLabel = nullptr;
    Choice m_choice = Choice::Close;
};

} // namespace certdesk
