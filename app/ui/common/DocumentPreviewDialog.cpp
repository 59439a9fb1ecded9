#include "ui/common/DocumentPreviewDialog.h"

#include "print/Document.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

namespace certdesk {

DocumentPreviewDialog::DocumentPreviewDialog(
    const Document &document, const QString &printerName, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Preview: %1").arg(document.fileName()));
    // The preview draws on a PDF-format printer: the page is the document's own, and no
    // printer is asked anything before the clerk decides to print.
    m_printer->setOutputFormat(QPrinter::PdfFormat);
    Document::applyPageSetup(*m_printer, document.defaultPageSetup(), nullptr);

    auto *hint = new QLabel(printerName.isEmpty()
            ? tr("Enter or Ctrl+P prints on the computer's default printer; Ctrl+S saves a PDF; "
                 "Esc closes without printing.")
            : tr("Enter or Ctrl+P prints on %1; Ctrl+S saves a PDF; Esc closes without printing.")
                  .arg(printerName),
        this);
    hint->setWordWrap(true);
    m_view = new QPrintPreviewWidget(m_printer.get(), this);
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_view->setZoomMode(QPrintPreviewWidget::FitInView);
    connect(m_view, &QPrintPreviewWidget::paintRequested, this,
        [this](QPrinter *printer) { m_document.renderOnCurrentPage(*printer, nullptr); });
    m_pageLabel = new QLabel(this);
    connect(m_view, &QPrintPreviewWidget::previewChanged, this, [this]() { turnPage(0); });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *print = buttons->addButton(tr("&Print"), QDialogButtonBox::AcceptRole);
    print->setObjectName(QStringLiteral("printButton"));
    print->setDefault(true);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(print, &QPushButton::clicked, this, [this]() { choose(Choice::Print); });
    connect(pdf, &QPushButton::clicked, this, [this]() { choose(Choice::SavePdf); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Print, [this]() { choose(Choice::Print); });
    shortcut(QKeySequence::Save, [this]() { choose(Choice::SavePdf); });
    shortcut(QKeySequence(Qt::Key_PageDown), [this]() { turnPage(1); });
    shortcut(QKeySequence(Qt::Key_PageUp), [this]() { turnPage(-1); });
    shortcut(QKeySequence::ZoomIn, [this]() { m_view->zoomIn(); });
    shortcut(QKeySequence::ZoomOut, [this]() { m_view->zoomOut(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_pageLabel);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    // As tall as the screen allows: a page is read, not squinted at.
    const QRect screen
        = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(900, screen.width() * 9 / 10), screen.height() * 9 / 10);
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

int DocumentPreviewDialog::pageCount() const
{
    return m_view->pageCount();
}

void DocumentPreviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The keys work at once, also where no window manager hands the keyboard over.
    activateWindow();
    m_view->setFocus();
}

void DocumentPreviewDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

void DocumentPreviewDialog::turnPage(int by)
{
    const int count = m_view->pageCount();
    const int page = std::clamp(m_view->currentPage() + by, 1, std::max(count, 1));
    if (by != 0)
        m_view->setCurrentPage(page);
    m_pageLabel->setText(tr("Page %1 of %2").arg(page).arg(count));
}

} // namespace certdesk
