#pragma once

#include <QList>
#include <QWizard>

#include <memory>

#include "domain/Application.h"
#include "services/IntakeService.h"

namespace certdesk {

class IntakePage;
class Session;

/// Takes one application at the counter, page by page: applicant, the person, who is at the
/// counter, their identity document, purpose and phone, then a review. Each page runs the
/// checks of its part when the clerk presses Enter; a refused check stops the page until it
/// is corrected or a supervisor overrides it. Saving happens only on the review page, in one
/// transaction; Esc asks before throwing away what was typed.
class IntakeWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ApplicantPageId, SubjectPageId, PresenterPageId, IdentityPageId, PurposePageId, ReviewPageId };

    explicit IntakeWizard(Session &session, QWidget *parent = nullptr);
    ~IntakeWizard() override;

    /// The Back button's text, ours rather than Qt's so its letter is known wherever it is
    /// named (the review page, the keyboard help).
    static QString backText() { return tr("< &Back"); }
    /// The key that presses Back, as the screen writes it ("Alt+B", "Alt+Н").
    static QString backKey();

    Session &session() const { return m_session; }
    IntakeService &service() { return m_service; }
    Application &application() { return m_application; }

    const QList<OverrideGrant> &grants() const { return m_grants; }
    /// The grants that pass a refusal of the application as it is now (what submit() records).
    QList<OverrideGrant> grantsInUse() const
    {
        return m_service.grantsInUse(m_application, m_grants);
    }
    void addGrants(const QList<OverrideGrant> &grants);
    /// The checks of the whole application now, normalized as it will be stored.
    QList<CheckResult> checkAll() { return m_service.check(m_application); }

    bool isDirty() const { return m_dirty; }
    void markDirty() { m_dirty = true; }

    /// Saves through IntakeService; on success emits submitted().
    IntakeService::Result submit();
    bool isSubmitted() const { return m_submitted; }
    IntakeReceipt receipt() const { return m_receipt; }

    IntakePage *intakePage(PageId id) const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void submitted(const IntakeReceipt &receipt);

private:
    Session &m_session;
    IntakeService m_service;
    Application m_application;
    QList<OverrideGrant> m_grants;
    bool m_dirty = false;
    bool m_submitted = false;
    IntakeReceipt m_receipt;
};

} // namespace certdesk
