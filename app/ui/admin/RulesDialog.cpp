#include "ui/admin/RulesDialog.h"

#include "domain/Clock.h"
#include "domain/CountryNames.h"
#include "domain/Event.h"
#include "services/RulesService.h"
#include "services/Session.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk {

namespace {

// Which rules a table holds: its property "rulesTable".
enum class Table { Holidays, Swaps, Mci, Fees, Terms, Hague, Legal };

const char *const kTableProperty = "rulesTable";

Table tableKind(const QTableWidget *t)
{
    return Table(t->property(kTableProperty).toInt());
}

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool checked(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

/// A date typed as dd.mm.yyyy or yyyy-mm-dd; invalid with the reason otherwise.
QDate typedDate(const QString &text, const QString &field, QString *problem)
{
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    QString iso = text;
    const QRegularExpressionMatch m = dotted.match(text);
    if (m.hasMatch())
        iso = QStringLiteral("%1-%2-%3")
                  .arg(m.captured(3), m.captured(2).rightJustified(2, u'0'),
                       m.captured(1).rightJustified(2, u'0'));
    *problem = RuleUnit::dateProblem(field, iso);
    return problem->isEmpty() ? Event::parseDate(iso) : QDate();
}

/// A table of rules; the columns in stretch share the width left by the others.
QTableWidget *makeTable(Table kind, const QStringList &headers, QWidget *parent,
                        const QList<int> &stretch = {})
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setProperty(kTableProperty, int(kind));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(stretch.isEmpty());
    for (int column : stretch)
        t->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    t->verticalHeader()->setVisible(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    t->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                       | QAbstractItemView::DoubleClicked);
    return t;
}

} // namespace

RulesDialog::RulesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    build();
    load();
}

QString RulesDialog::menuText()
{
    return tr("&Rules: calendar, MCI, terms…");
}

QAction *RulesDialog::addToMenu(QMenu *menu, Session &session, QWidget *parent)
{
    QAction *open = menu->addAction(menuText());
    QObject::connect(open, &QAction::triggered, parent, [&session, parent]() {
        QString error;
        if (!session.require(Permission::EditCalendar, &error)) {
            MessageBox::warning(parent, tr("Rules"), error);
            return;
        }
        RulesDialog dialog(session, parent);
        dialog.exec();
    });
    return open;
}

void RulesDialog::build()
{
    setWindowTitle(tr("Rules that change by decree"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The rules in force at this branch. A value of this branch "
                                "applies only where the central rules have none; every change is "
                                "recorded with your name and reaches every workstation of the "
                                "branch."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // The calendar of one year.
    auto *calendar = new QWidget(m_tabs);
    auto *calendarLayout = new QVBoxLayout(calendar);
    auto *yearRow = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), calendar);
    m_year = new QSpinBox(calendar);
    m_year->setRange(2000, 2100);
    m_year->setValue(m_session.clock().today().year());
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    m_yearNote = new QLabel(calendar);
    m_yearNote->setObjectName(QStringLiteral("yearNote"));
    m_yearNote->setWordWrap(true);
    yearRow->addWidget(m_yearNote, 1);
    calendarLayout->addLayout(yearRow);
    calendarLayout->addWidget(new QLabel(tr("Holidays"), calendar));
    m_holidays = makeTable(Table::Holidays,
                           {tr("Date"), tr("Kazakh"), tr("Russian"), tr("English"),
                            tr("Moves off a weekend")},
                           calendar, {1, 2, 3});
    calendarLayout->addWidget(m_holidays, 2);
    calendarLayout->addWidget(new QLabel(tr("Days swapped by Government decree"), calendar));
    m_swaps = makeTable(Table::Swaps, {tr("Date"), tr("Working day"), tr("Reason")}, calendar);
    calendarLayout->addWidget(m_swaps, 1);
    m_tabs->addTab(calendar, tr("Working-day calendar"));
    connect(m_year, &QSpinBox::valueChanged, this, &RulesDialog::yearChosen);

    // The MCI of each year and the apostille fee.
    auto *values = new QWidget(m_tabs);
    auto *valuesLayout = new QVBoxLayout(values);
    valuesLayout->addWidget(new QLabel(tr("Monthly calculation index (MCI) of each year"), values));
    m_mci = makeTable(Table::Mci, {tr("Year"), tr("Tenge"), tr("Comes from")}, values);
    valuesLayout->addWidget(m_mci, 2);
    valuesLayout->addWidget(new QLabel(tr("Apostille state fee"), values));
    m_fees = makeTable(Table::Fees, {tr("From"), tr("MCI"), tr("Comes from")}, values);
    valuesLayout->addWidget(m_fees, 1);
    m_tabs->addTab(values, tr("MCI and fee"));

    m_terms = makeTable(Table::Terms,
                        {tr("Term"), tr("From"), tr("Working days (minutes: electronic)"),
                         tr("Comes from")},
                        m_tabs);
    m_tabs->addTab(m_terms, tr("Service terms"));

    auto *countries = new QWidget(m_tabs);
    auto *countriesLayout = new QVBoxLayout(countries);
    countriesLayout->addWidget(
        new QLabel(tr("Hague Apostille Convention: the parties and the day it is in force with "
                      "each"),
                   countries));
    m_hague = makeTable(Table::Hague,
                        {tr("Code"), tr("Country"), tr("In force from"), tr("Comes from")},
                        countries);
    countriesLayout->addWidget(m_hague, 3);
    countriesLayout->addWidget(
        new QLabel(tr("Minsk/Chisinau conventions: no apostille needed"), countries));
    m_legal = makeTable(Table::Legal,
                        {tr("Code"), tr("Country"), tr("Conventions"), tr("From"),
                         tr("Comes from")},
                        countries, {1, 2, 4});
    countriesLayout->addWidget(m_legal, 1);
    m_tabs->addTab(countries, tr("Apostille countries"));

    m_holidays->setObjectName(QStringLiteral("holidays"));
    m_swaps->setObjectName(QStringLiteral("swaps"));
    m_mci->setObjectName(QStringLiteral("mci"));
    m_fees->setObjectName(QStringLiteral("fees"));
    m_terms->setObjectName(QStringLiteral("terms"));
    m_hague->setObjectName(QStringLiteral("hague"));
    m_legal->setObjectName(QStringLiteral("legal"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_year->setObjectName(QStringLiteral("year"));
    for (QTableWidget *t : {m_holidays, m_swaps, m_mci, m_fees, m_terms, m_hague, m_legal})
        t->installEventFilter(this);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RulesDialog::tabChosen);
    for (QTableWidget *t : {m_holidays, m_swaps, m_mci, m_fees, m_terms, m_hague, m_legal})
        connect(t, &QTableWidget::itemChanged, this, [this, t]() { markEdited(t); });

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problems);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add row"), this);
    auto *remove = new QPushButton(tr("Remo&ve row"), this);
    m_withdraw = new QPushButton(tr("&Back to the central or built-in value"), this);
    auto *saveButton = new QPushButton(tr("&Save this tab"), this);
    auto *importButton = new QPushButton(tr("&Import file…"), this);
    auto *exportButton = new QPushButton(tr("E&xport file…"), this);
    auto *close = new QPushButton(tr("Close"), this);
    add->setObjectName(QStringLiteral("addRow"));
    remove->setObjectName(QStringLiteral("removeRow"));
    m_withdraw->setObjectName(QStringLiteral("withdraw"));
    saveButton->setObjectName(QStringLiteral("save"));
    for (QPushButton *b : {add, remove, m_withdraw, saveButton, importButton, exportButton})
        b->setAutoDefault(false);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addWidget(saveButton);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &RulesDialog::addRow);
    connect(remove, &QPushButton::clicked, this, &RulesDialog::removeRow);
    connect(m_withdraw, &QPushButton::clicked, this, &RulesDialog::withdrawRow);
    connect(saveButton, &QPushButton::clicked, this, &RulesDialog::save);
    connect(importButton, &QPushButton::clicked, this, &RulesDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &RulesDialog::exportFile);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    resize(980, 640);
}

bool RulesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto *t = qobject_cast<QTableWidget *>(watched))
            m_lastTable = t;
    }
    return QDialog::eventFilter(watched, event);
}

int RulesDialog::tabOf(const QTableWidget *table) const
{
    if (table == m_holidays || table == m_swaps)
        return 0;
    if (table == m_mci || table == m_fees)
        return 1;
    if (table == m_terms)
        return 2;
    return 3;
}

void RulesDialog::markEdited(QTableWidget *table)
{
    if (!m_filling)
        m_editedTab = tabOf(table);
}

bool RulesDialog::settleEdits()
{
    if (m_editedTab < 0)
        return true;
    const QString what = m_editedTab == 0
                             ? tr("the calendar of %1").arg(m_shownYear)
                             : m_tabs->tabText(m_editedTab).remove(u'&');
    const auto answer = MessageBox::question(
        this, windowTitle(),
        tr("Changes to %1 are not saved. Save them now?").arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveTab(m_editedTab);
    if (answer == QMessageBox::Discard) {
        load();
        return true;
    }
    return false;
}

void RulesDialog::tabChosen(int tab)
{
    m_lastTable = nullptr;
    if (tab == m_shownTab)
        return;
    if (m_editedTab >= 0 && m_editedTab == m_shownTab) {
        // The question is asked over the tab with the edits; the tab asked for shows only once
        // they are saved or dropped, and Cancel leaves the edits where they were.
        const QSignalBlocker block(m_tabs);
        m_tabs->setCurrentIndex(m_shownTab);
        if (!settleEdits())
            return;
        m_tabs->setCurrentIndex(tab);
    }
    m_shownTab = tab;
}

void RulesDialog::yearChosen(int year)
{
    if (year == m_shownYear)
        return;
    if (m_editedTab == 0 && !settleEdits()) {
        const QSignalBlocker block(m_year);
        m_year->setValue(m_shownYear);
        return;
    }
    showYear(year);
}

void RulesDialog::reject()
{
    if (settleEdits())
        QDialog::reject();
}

QString RulesDialog::layerText(const QString &id) const
{
    if (m_central.contains(id))
        return m_branch.contains(id) ? tr("central rules (this branch's value does not apply)")
                                     : tr("central rules");
    if (m_branch.contains(id))
        return tr("this branch");
    return tr("built in");
}

void RulesDialog::load()
{
    const QScopedValueRollback filling(m_filling, true);
    m_editedTab = -1;
    RulesService service(m_session);
    m_inForce = service.inForce();
    m_branch = service.branchLayer();
    m_central = service.centralLayer();
    QList<RuleUnit> mci, fees, terms, hague, legal;
    for (const RuleUnit &u : m_inForce.units()) {
        if (u.isRemoved())
            continue;
        switch (u.kind()) {
        case RuleUnit::Kind::Mci: mci.append(u); break;
        case RuleUnit::Kind::Fee: fees.append(u); break;
        case RuleUnit::Kind::Term: terms.append(u); break;
        case RuleUnit::Kind::Hague: hague.append(u); break;
        case RuleUnit::Kind::LegalAssistance: legal.append(u); break;
        case RuleUnit::Kind::Calendar: break;
        }
    }
    fill(m_mci, mci);
    fill(m_fees, fees);
    fill(m_terms, terms);
    fill(m_hague, hague);
    fill(m_legal, legal);
    showYear(m_year->value());
}

void RulesDialog::fill(QTableWidget *t, const QList<RuleUnit> &units)
{
    t->setRowCount(0);
    for (const RuleUnit &u : units) {
        const int row = t->rowCount();
        t->insertRow(row);
        QList<QTableWidgetItem *> items;
        switch (tableKind(t)) {
        case Table::Mci:
            items = {new QTableWidgetItem(u.key()), new QTableWidgetItem(QString::number(u.tenge())),
                     readOnly(layerText(u.id()))};
            break;
        case Table::Fees:
            items = {new QTableWidgetItem(dmy(u.from())),
                     new QTableWidgetItem(QLocale().toString(u.mciShare())),
                     readOnly(layerText(u.id()))};
            break;
        case Table::Terms: {
            items = {nullptr, new QTableWidgetItem(dmy(u.from())),
                     new QTableWidgetItem(QString::number(u.termValue())),
                     readOnly(layerText(u.id()))};
            break;
        }
        case Table::Hague:
            items = {new QTableWidgetItem(u.key()),
                     readOnly(CountryNames::builtIn().name(u.key())),
                     new QTableWidgetItem(dmy(u.from())), readOnly(layerText(u.id()))};
            break;
        case Table::Legal:
            items = {new QTableWidgetItem(u.key()),
                     readOnly(CountryNames::builtIn().name(u.key())),
                     new QTableWidgetItem(u.legalAssistanceParty().conventions),
                     new QTableWidgetItem(dmy(u.from())), readOnly(layerText(u.id()))};
            break;
        case Table::Holidays:
        case Table::Swaps:
            break;
        }
        for (int c = 0; c < items.size(); ++c) {
            if (items.at(c))
                t->setItem(row, c, items.at(c));
        }
        if (tableKind(t) == Table::Terms) {
            auto *combo = new QComboBox(t);
            for (const RuleUnit::TermName &n : RuleUnit::termNames())
                combo->addItem(RuleUnit::termTitle(QLatin1String(n.name)), QLatin1String(n.name));
            combo->setCurrentIndex(combo->findData(u.key()));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, t]() { markEdited(t); });
            t->setCellWidget(row, 0, combo);
            t->setItem(row, 0, new QTableWidgetItem);
        }
        t->item(row, 0)->setData(Qt::UserRole, u.id());
    }
}

void RulesDialog::showYear(int year)
{
    const QScopedValueRollback filling(m_filling, true);
    m_shownYear = year;
    if (m_editedTab == 0)
        m_editedTab = -1;
    const QString id = QStringLiteral("calendar/%1").arg(year);
    const RuleUnit unit = m_inForce.unit(id);
    m_holidays->setRowCount(0);
    m_swaps->setRowCount(0);
    const bool none = !unit.isValid() || unit.isRemoved();
    m_yearNote->setText(none ? tr("No calendar data for %1: deadlines in it are counted with "
                                  "weekends alone. Enter every holiday of the year and save.")
                                   .arg(year)
                             : tr("Comes from: %1.").arg(layerText(id)));
    if (none)
        return;
    for (const Holiday &h : unit.holidays()) {
        const int row = m_holidays->rowCount();
        m_holidays->insertRow(row);
        m_holidays->setItem(row, 0, new QTableWidgetItem(dmy(h.date)));
        m_holidays->setItem(row, 1, new QTableWidgetItem(h.nameKk));
        m_holidays->setItem(row, 2, new QTableWidgetItem(h.nameRu));
        m_holidays->setItem(row, 3, new QTableWidgetItem(h.nameEn));
        m_holidays->setItem(row, 4, checkItem(h.carriesOver));
    }
    for (const DaySwap &s : unit.swaps()) {
        const int row = m_swaps->rowCount();
        m_swaps->insertRow(row);
        m_swaps->setItem(row, 0, new QTableWidgetItem(dmy(s.date)));
        m_swaps->setItem(row, 1, checkItem(s.working));
        m_swaps->setItem(row, 2, new QTableWidgetItem(s.reason));
    }
}

QTableWidget *RulesDialog::currentTable() const
{
    if (m_lastTable && m_lastTable->isVisible())
        return m_lastTable;
    switch (m_tabs->currentIndex()) {
    case 0: return m_holidays;
    case 1: return m_mci;
    case 2: return m_terms;
    default: return m_hague;
    }
}

void RulesDialog::addRow()
{
    QTableWidget *t = currentTable();
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < t->columnCount(); ++c)
        t->setItem(row, c, new QTableWidgetItem);
    switch (tableKind(t)) {
    case Table::Holidays: t->setItem(row, 4, checkItem(true)); break;
    case Table::Swaps: t->setItem(row, 1, checkItem(false)); break;
    case Table::Mci:
    case Table::Fees: t->setItem(row, 2, readOnly(tr("this branch"))); break;
    case Table::Terms: {
        auto *combo = new QComboBox(t);
        for (const RuleUnit::TermName &n : RuleUnit::termNames())
            combo->addItem(RuleUnit::termTitle(QLatin1String(n.name)), QLatin1String(n.name));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, t]() { markEdited(t); });
        t->setCellWidget(row, 0, combo);
        t->setItem(row, 3, readOnly(tr("this branch")));
        break;
    }
    case Table::Hague: t->setItem(row, 3, readOnly(tr("this branch"))); break;
    case Table::Legal: t->setItem(row, 4, readOnly(tr("this branch"))); break;
    }
    markEdited(t);
    const int first = tableKind(t) == Table::Terms ? 1 : 0;
    t->setFocus();
    t->setCurrentCell(row, first);
    t->editItem(t->item(row, first));
}

void RulesDialog::removeRow()
{
    QTableWidget *t = currentTable();
    if (t->currentRow() >= 0) {
        t->removeRow(t->currentRow());
        markEdited(t);
    }
    t->setFocus();
}

void RulesDialog::withdrawRow()
{
    if (!settleEdits())
        return;
    QTableWidget *t = currentTable();
    QString id;
    if (tableKind(t) == Table::Holidays || tableKind(t) == Table::Swaps)
        id = QStringLiteral("calendar/%1").arg(m_shownYear);
    else if (t->currentRow() >= 0 && t->item(t->currentRow(), 0))
        id = t->item(t->currentRow(), 0)->data(Qt::UserRole).toString();
    if (id.isEmpty() || !m_branch.contains(id)) {
        showProblems(tr("Nothing was changed:"),
                     {tr("the chosen value is not this branch's own; choose a row that comes "
                         "from this branch.")});
        return;
    }
    apply(RuleSet(), {id});
}

bool RulesDialog::readCalendar(RuleSet *set, QStringList *problems) const
{
    const int year = m_shownYear;
    QList<Holiday> holidays;
    QList<DaySwap> swaps;
    for (int r = 0; r < m_holidays->rowCount(); ++r) {
        QString why;
        Holiday h;
        h.date = typedDate(cell(m_holidays, r, 0), tr("Date"), &why);
        h.nameKk = cell(m_holidays, r, 1);
        h.nameRu = cell(m_holidays, r, 2);
        h.nameEn = cell(m_holidays, r, 3);
        h.carriesOver = checked(m_holidays, r, 4);
        if (!why.isEmpty())
            problems->append(tr("Holidays, row %1: %2").arg(r + 1).arg(why));
        else
            holidays.append(h);
    }
    for (int r = 0; r < m_swaps->rowCount(); ++r) {
        QString why;
        DaySwap s;
        s.date = typedDate(cell(m_swaps, r, 0), tr("Date"), &why);
        s.working = checked(m_swaps, r, 1);
        s.reason = cell(m_swaps, r, 2);
        if (!why.isEmpty())
            problems->append(tr("Decree days, row %1: %2").arg(r + 1).arg(why));
        else
            swaps.append(s);
    }
    if (!problems->isEmpty())
        return false;
    const RuleUnit before = m_inForce.unit(QStringLiteral("calendar/%1").arg(year));
    RuleUnit unit = RuleUnit::calendar(year, holidays, swaps);
    if (holidays.isEmpty() && swaps.isEmpty()) {
        if (!before.isValid() || before.isRemoved())
            return true;
        unit = before.removed();
    }
    if (unit != before)
        set->set(unit);
    return true;
}

bool RulesDialog::readTable(QTableWidget *t, RuleSet *set, QStringList *problems) const
{
    const QString title = m_tabs->tabText(m_tabs->currentIndex());
    for (int r = 0; r < t->rowCount(); ++r) {
        QString why;
        RuleUnit unit;
        bool number = false;
        switch (tableKind(t)) {
        case Table::Mci: {
            const int year = cell(t, r, 0).toInt(&number);
            if (!number || year < 1900 || year > 2200) {
                why = tr("the year must be from 1900 to 2200, such as 2027");
                break;
            }
            const int tenge = cell(t, r, 1).toInt(&number);
            if (!number) {
                why = tr("the MCI must be a whole number of tenge, such as 4325");
                break;
            }
            unit = RuleUnit::mci(year, tenge);
            break;
        }
        case Table::Fees: {
            const QDate from = typedDate(cell(t, r, 0), tr("From"), &why);
            if (!why.isEmpty())
                break;
            QString share = cell(t, r, 1);
            share.replace(u',', u'.');
            const double value = share.toDouble(&number);
            if (!number) {
                why = tr("the fee must be a number of MCI, such as 0.5");
                break;
            }
            unit = RuleUnit::apostilleFee(from, value);
            break;
        }
        case Table::Terms: {
            const auto *combo = qobject_cast<QComboBox *>(t->cellWidget(r, 0));
            const QDate from = typedDate(cell(t, r, 1), tr("From"), &why);
            if (!why.isEmpty())
                break;
            const int value = cell(t, r, 2).toInt(&number);
            if (!number) {
                why = tr("the term must be a whole number");
                break;
            }
            unit = RuleUnit::term(combo ? combo->currentData().toString() : QString(), from, value);
            break;
        }
        case Table::Hague: {
            const QString code = cell(t, r, 0).toUpper();
            const QDate from = typedDate(cell(t, r, 2), tr("In force from"), &why);
            if (!RuleUnit::isKnownCountry(code))
                why = tr("\"%1\" is not a known country code (ISO 3166-1, two letters)").arg(code);
            if (!why.isEmpty())
                break;
            unit = RuleUnit::hague(
                ApostilleParty{code, CountryNames::builtIn().names(code).en, from, QString()});
            const RuleUnit before = m_inForce.unit(unit.id());
            if (before.isValid() && before.from() == from)
                unit = before; // its name and note as they were
            break;
        }
        case Table::Legal: {
            const QString code = cell(t, r, 0).toUpper();
            QDate from;
            if (!cell(t, r, 3).isEmpty())
                from = typedDate(cell(t, r, 3), tr("From"), &why);
            if (!RuleUnit::isKnownCountry(code))
                why = tr("\"%1\" is not a known country code (ISO 3166-1, two letters)").arg(code);
            if (!why.isEmpty())
                break;
            unit = RuleUnit::legalAssistance(LegalAssistanceParty{code, cell(t, r, 2), from});
            break;
        }
        case Table::Holidays:
        case Table::Swaps:
            break;
        }
        if (!why.isEmpty()) {
            problems->append(tr("%1, row %2: %3").arg(title).arg(r + 1).arg(why));
            continue;
        }
        if (set->contains(unit.id())) {
            problems->append(tr("%1, row %2: %3 is given twice").arg(title).arg(r + 1).arg(unit.describe()));
            continue;
        }
        set->set(unit);
    }
    return problems->isEmpty();
}

void RulesDialog::removedFrom(const QList<RuleUnit::Kind> &kinds, const RuleSet &kept,
                              RuleSet *set, QStringList *withdraw) const
{
    for (const RuleUnit &u : m_inForce.units()) {
        if (u.isRemoved() || !kinds.contains(u.kind()) || kept.contains(u.id()))
            continue;
        // The branch's own with nothing below it goes; anything else is ruled out here.
        if (m_branch.contains(u.id()) && !RuleSet::builtIn().contains(u.id())
            && !m_central.contains(u.id()))
            withdraw->append(u.id());
        else
            set->set(u.removed());
    }
}

void RulesDialog::save()
{
    saveTab(m_shownTab);
}

bool RulesDialog::saveTab(int tab)
{
    RuleSet set;
    QStringList withdraw;
    QStringList problems;
    RuleSet kept;
    QList<RuleUnit::Kind> kinds;
    switch (tab) {
    case 0:
        readCalendar(&set, &problems);
        break;
    case 1:
        readTable(m_mci, &kept, &problems);
        readTable(m_fees, &kept, &problems);
        kinds = {RuleUnit::Kind::Mci, RuleUnit::Kind::Fee};
        break;
    case 2:
        readTable(m_terms, &kept, &problems);
        kinds = {RuleUnit::Kind::Term};
        break;
    default:
        readTable(m_hague, &kept, &problems);
        readTable(m_legal, &kept, &problems);
        kinds = {RuleUnit::Kind::Hague, RuleUnit::Kind::LegalAssistance};
        break;
    }
    if (!problems.isEmpty()) {
        showProblems(tr("Nothing was saved:"), problems);
        return false;
    }
    for (const RuleUnit &u : kept.units()) {
        if (m_inForce.unit(u.id()) != u)
            set.set(u);
    }
    if (!kinds.isEmpty())
        removedFrom(kinds, kept, &set, &withdraw);
    apply(set, withdraw);
    return problemText().isEmpty();
}

void RulesDialog::apply(const RuleSet &set, const QStringList &withdraw)
{
    if (set.isEmpty() && withdraw.isEmpty()) {
        m_editedTab = -1;
        m_problems->setStyleSheet(QString());
        m_problems->setText(tr("Nothing to save: the rules are as shown."));
        return;
    }
    const RulesService::Result r = RulesService(m_session).change(set, withdraw, QString());
    if (!r.ok) {
        QStringList lines;
        for (const RuleProblem &p : r.problems)
            lines.append(p.text());
        showProblems(r.error, lines);
        return;
    }
    load();
    m_problems->setStyleSheet(QString());
    m_problems->setText(tr("Saved: %n rule(s) changed.", nullptr, int(r.changes.size())));
}

void RulesDialog::showProblems(const QString &intro, const QStringList &problems)
{
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setText(intro + u'\n' + problems.join(u'\n'));
}

QString RulesDialog::problemText() const
{
    return m_problems->styleSheet().isEmpty() ? QString() : m_problems->text();
}

bool RulesDialog::importPath(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblems(tr("The file cannot be read:"), {file.errorString()});
        return false;
    }
    const RulesService::Result r = RulesService(m_session).importFile(file.readAll());
    if (!r.ok) {
        QStringList lines;
        for (const RuleProblem &p : r.problems)
            lines.append(p.text());
        showProblems(r.error, lines);
        return false;
    }
    load();
    m_problems->setStyleSheet(QString());
    m_problems->setText(tr("Imported: %n rule(s) changed.", nullptr, int(r.changes.size())));
    return true;
}

void RulesDialog::importFile()
{
    if (!settleEdits())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a rules file"), QString(),
                                                      tr("Rules files (*.rules);;All files (*)"));
    if (!path.isEmpty())
        importPath(path);
}

void RulesDialog::exportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the rules in force"),
                                                      QStringLiteral("rules.rules"),
                                                      tr("Rules files (*.rules);;All files (*)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = RulesService(m_session).exportFile();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        showProblems(tr("The file cannot be written:"), {file.errorString()});
        return;
    }
    m_problems->setStyleSheet(QString());
    m_problems->setText(tr("Exported to %1.").arg(path));
}

} // namespace certdesk
