#include "ui/board/NoticeBoardPanel.h"

#include "domain/Notice.h"
#include "domain/ReceiptNumber.h"
#include "services/NoticeService.h"
#include "services/Session.h"
#include "storage/SettingsStore.h"
#include "sync/SyncConfig.h"
#include "ui/case/CaseTexts.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace certdesk {

namespace {

constexpr int CaseIdRole = Qt::UserRole + 1;
constexpr int LatestSent = 20; ///< sent notices shown under the waiting ones

} // namespace

NoticeBoardPanel::NoticeBoardPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_notifier(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setStyleSheet(QStringLiteral("font-weight:bold"));
    m_notifier->setWordWrap(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(4);
    m_tree->setMaximumHeight(160);
    m_tree->header()->setStretchLastSection(true);
    m_heading->setBuddy(m_tree);
    layout->addWidget(m_heading);
    layout->addWidget(m_notifier);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT openCase(item->data(0, CaseIdRole).toString());
    });
    refresh();
}

QString NoticeBoardPanel::headingText() const
{
    return m_heading->text();
}

void NoticeBoardPanel::refresh()
{
    m_tree->setHeaderLabels({tr("Receipt"), tr("Notice"), tr("Phone"), tr("Where it stands")});
    m_tree->clear();
    NoticeService service(m_session);
    QList<NoticeEntry> entries;
    QString error;
    if (!service.notices(QString(), &entries, &error)) {
        m_heading->setText(tr("SMS &notices"));
        m_notifier->setText(error);
        return;
    }
    QList<NoticeEntry> waiting, sent;
    for (const NoticeEntry &e : std::as_const(entries)) {
        if (e.record.state() == NoticeRecord::State::Sent)
            sent.append(e);
        else if (e.stillDue)
            waiting.append(e);
    }
    std::sort(sent.begin(), sent.end(), [](const NoticeEntry &a, const NoticeEntry &b) {
        return a.record.sentAt > b.record.sentAt;
    });
    m_waiting = int(waiting.size());
    auto add = [this](const NoticeEntry &e) {
        // The board is read over shoulders: the phone is masked, the case view has it whole.
        const QString phone = Notice::maskedPhone(e.record.phone);
        auto *item = new QTreeWidgetItem(m_tree,
            {ReceiptNumber::format(e.receipt), CaseTexts::noticeKind(e.record.kind), phone,
                CaseTexts::noticeState(e.record, m_session.clock(), phone)});
        item->setData(0, CaseIdRole, e.record.caseId);
        if (e.record.failures > 0 && !e.record.lastFailure.detail.isEmpty())
            item->setToolTip(3, tr("The gateway's answer: %1").arg(e.record.lastFailure.detail));
    };
    for (const NoticeEntry &e : std::as_const(waiting))
        add(e);
    for (const NoticeEntry &e : sent.mid(0, LatestSent))
        add(e);
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
    m_heading->setText(tr("SMS &notices — waiting: %1; sent: %2").arg(m_waiting).arg(sent.size()));

    m_notifier->setText(whoSends(m_session));
}

QString NoticeBoardPanel::whoSends(Session &session)
{
    const SyncConfig sync = SyncConfig::load(SettingsStore(session.database()));
    const NotifierStatus s = NoticeService(session).status(sync.isEnabled(), sync.database);
    QString who = s.current.isValid()
        ? (s.isThisWorkstation
                ? tr("This workstation (no. %1) sends the notices.").arg(s.current.workstation)
                : tr("Workstation no. %1 sends the notices.").arg(s.current.workstation))
        : tr("No workstation is set to send the notices: a supervisor sets one in Tools → SMS "
             "notices, on that workstation.");
    if (s.pending.isValid())
        who += QLatin1Char(' ')
            + tr("Workstation no. %1 takes over at %2.")
                  .arg(s.pending.workstation)
                  .arg(session.clock()
                           .toLocal(s.pending.effectiveAt)
                           .toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    if (s.isThisWorkstation && !s.maySend)
        who += QLatin1Char(' ') + s.why;
    return who;
}

void NoticeBoardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace certdesk
