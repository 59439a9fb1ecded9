#pragma once

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class CaseActionDateDialog;
}

namespace certdesk {

/// The small dialog of most custody actions: a sentence saying what will be recorded, an
/// optional date (arrival, return, archiving) and an optional text (a refusal's reasons, the
/// provider's record number). OK runs the action; a refusal stays in the dialog, in red,
/// so the clerk corrects the field instead of starting again.
class CaseActionDateDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(QString *error)>;

    explicit CaseActionDateDialog(QWidget *parent = nullptr);
    ~CaseActionDateDialog() override;

    void setMessage(const QString &text);
    /// Shows the date row with this label, set to date and never later than latest.
    void showDate(const QString &label, const QDate &date, const QDate &latest);
    /// Shows the text row; required text makes OK refuse an empty one.
    void showText(const QString &label, bool required);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }

    QDate date() const;
    QString text() const;
    void setDate(const QDate &date);
    void setText(const QString &text);
    QString errorText() const;

    void accept() override;

private:
    std::unique_ptr<Ui::CaseActionDateDialog> m_ui;
    Submit m_submit;
    bool m_dateShown = false;
    bool m_textRequired = false;
};

} // namespace certdesk
