#include "ui/intake/IntakeWizard.h"

#include <QKeySequence>

#include "ui/common/MessageBox.h"
#include "ui/common/WindowFit.h"
#include "ui/intake/IntakeApplicantPage.h"
#include "ui/intake/IntakeIdentityPage.h"
#include "ui/intake/IntakePresenterPage.h"
#include "ui/intake/IntakePurposePage.h"
#include "ui/intake/IntakeReviewPage.h"
#include "ui/intake/IntakeSubjectPage.h"

namespace certdesk {

IntakeWizard::IntakeWizard(Session &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_service(session)
{
    setWindowTitle(tr("New application"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoDefaultButton, false);
    setButtonText(QWizard::FinishButton, tr("&Save and print"));
    setButtonText(QWizard::BackButton, backText());
    setPage(ApplicantPageId, new IntakeApplicantPage(this));
    setPage(SubjectPageId, new IntakeSubjectPage(this));
    setPage(PresenterPageId, new IntakePresenterPage(this));
    setPage(IdentityPageId, new IntakeIdentityPage(this));
    setPage(PurposePageId, new IntakePurposePage(this));
    setPage(ReviewPageId, new IntakeReviewPage(this));
    setStartId(ApplicantPageId);
    WindowFit::apply(this, QSize(820, 700));
}

IntakeWizard::~IntakeWizard() = default;

IntakePage *IntakeWizard::intakePage(PageId id) const
{
    return qobject_cast<IntakePage *>(page(id));
}

QString IntakeWizard::backKey()
{
    return QKeySequence::mnemonic(backText()).toString(QKeySequence::NativeText);
}

void IntakeWizard::addGrants(const QList<OverrideGrant> &grants)
{
    m_grants.append(grants);
    m_dirty = true;
}

IntakeService::Result IntakeWizard::submit()
{
    IntakeService::Result result = m_service.submit(m_application, m_grants);
    if (result.ok) {
        m_submitted = true;
        m_receipt = result.receipt;
        Q_EMIT submitted(m_receipt);
    }
    return result;
}

void IntakeWizard::reject()
{
    if (!m_submitted && m_dirty
        && MessageBox::question(this, tr("Cancel the application"),
                                tr("Throw away what was entered? Nothing has been saved yet."))
               != QMessageBox::Yes) {
        activateWindow(); // back to typing where the clerk was
        return;
    }
    QWizard::reject();
}

} // namespace certdesk
