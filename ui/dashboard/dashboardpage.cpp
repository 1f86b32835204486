#include "dashboard/dashboardpage.h"
#include "widgets/dateedit.h"

#include "dashboard/firststepspanel.h"
#include "storage/changewatcher.h"
#include "storage/database.h"
#include "models/districtprogressmodel.h"
#include "core/indonesianformat.h"
#include "dashboard/milestonecard.h"
#include "report/progresscharts.h"
#include "storage/storageerror.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include "widgets/filedialogs.h"
#include "io/outputfile.h"

#include <QSignalBlocker>
#include <QFileDialog>
#include <QFileInfo>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <memory>

namespace {
constexpr int kCardColumns = 4;

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new DateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    edit->setMinimumDate(QDate(2025, 1, 1));
    return edit;
}

QFrame *panel(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("dashboardPanel"));
    frame->setStyleSheet(QStringLiteral("QFrame#dashboardPanel { background: white; border: 1px solid #cfd8dc; border-radius: 4px; }"));
    return frame;
}
}   // namespace

DashboardPage::DashboardPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("dashboardContent"));
    content->setStyleSheet(QStringLiteral("QWidget#dashboardContent { background: #f5f7f8; }"));
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 14, 18, 18);
    layout->setSpacing(12);

    layout->addWidget(buildHeader());
    m_error = new QLabel(content);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #ffebee; color: #b71c1c; padding: 6px; border: 1px solid #ef9a9a; }"));
    m_error->hide();
    layout->addWidget(m_error);
    m_firstSteps = new FirstStepsPanel(m_context, content);
    layout->addWidget(m_firstSteps);

    m_cardGrid = new QGridLayout;
    m_cardGrid->setSpacing(10);
    layout->addLayout(m_cardGrid);

    m_funnelView = new QChartView(content);
    m_timelineView = new QChartView(content);
    m_districtView = new QChartView(content);
    for (QChartView *view : {m_funnelView, m_timelineView, m_districtView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(360);
        view->setFrameShape(QFrame::NoFrame);
    }
    auto *chartRow = new QHBoxLayout;
    chartRow->setSpacing(12);
    // The line chart's legend takes room on the right: give it the wider half.
    chartRow->addWidget(chartPanel(tr("Milestones"), m_funnelView, Chart::Funnel), 4);
    chartRow->addWidget(chartPanel(tr("Over time"), m_timelineView, Chart::Timeline), 5);
    layout->addLayout(chartRow);

    m_milestoneCombo = new QComboBox(content);
    m_milestoneCombo->setToolTip(tr("The milestone the districts are compared on"));
    connect(m_milestoneCombo, QOverload<int>::of(&QComboBox::activated), this,
            [this](int i) { setDistrictMilestone(m_milestoneCombo->itemData(i).toString()); });
    layout->addWidget(chartPanel(tr("Per district — click a bar to list the cooperatives that have not reached it"),
                                 m_districtView, Chart::Districts, m_milestoneCombo));

    // The table, with its copy button.
    QFrame *tablePanel = panel(content);
    auto *tableLayout = new QVBoxLayout(tablePanel);
    auto *tableHeader = new QHBoxLayout;
    auto *tableTitle = new QLabel(tr("<b>Per district</b>"), tablePanel);
    auto *copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy table"), tablePanel);
    copy->setToolTip(tr("Copies the table to paste into a spreadsheet or a letter (Ctrl+C)"));
    connect(copy, &QPushButton::clicked, this, &DashboardPage::copyTable);
    tableHeader->addWidget(tableTitle);
    tableHeader->addStretch(1);
    tableHeader->addWidget(copy);
    tableLayout->addLayout(tableHeader);
    m_model = new DistrictProgressModel(this);
    m_table = new QTableView(tablePanel);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    tableLayout->addWidget(m_table);
    layout->addWidget(tablePanel);
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &DashboardPage::copyTable);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString district = m_model->districtCode(index.row());
        const QString milestone = m_model->milestoneCodeOfColumn(index.column());
        if (!district.isEmpty())
            emit districtClicked(district, milestone.isEmpty() ? m_districtMilestone : milestone, asOf());
    });

    // Default: today, compared with the day before the latest workshop (what the workshop
    // changed), or with 30 days ago when there has been none.
    const QDate today = QDate::currentDate();
    QDate compare = today.addDays(-30);
    try {
        const QDate workshop = ProgressRepository(m_context.database->connection()).latestWorkshopDate(today);
        if (workshop.isValid())
            compare = workshop.addDays(-1);
    } catch (const StorageError &) {
        // No workshops readable: the 30-day default stands.
    }
    m_asOf->setMaximumDate(today);
    m_asOf->setDate(today);
    limitDates();
    m_compareWith->setDate(compare);
    m_districtMilestone = QStringLiteral("akun");
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        // The comparison cannot follow the "as of" date: a later date would read "−7 since".
        const QSignalBlocker blocker(m_compareWith);
        limitDates();
        refresh();
    });
    connect(m_compareWith, &QDateEdit::dateChanged, this, [this] { refresh(); });
    if (m_context.watcher)
        connect(m_context.watcher, &ChangeWatcher::changed, this, &DashboardPage::onDatabaseChanged);
    refresh();
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(header);
    m_title->setStyleSheet(QStringLiteral("font-size: 17pt; font-weight: bold; color: #263238;"));
    m_subtitle = new QLabel(header);
    m_subtitle->setStyleSheet(QStringLiteral("color: #546e7a;"));
    // Wraps rather than widening the page past a 1366-pixel screen (a national area's line is long).
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    layout->addLayout(titles, 1);
    m_asOf = dateEdit(header);
    m_compareWith = dateEdit(header);
    m_asOf->setToolTip(tr("Every figure counts the milestones reached on or before this date"));
    m_compareWith->setToolTip(tr("The cards show the change since this date"));
    auto *form = new QGridLayout;
    form->addWidget(new QLabel(tr("As of"), header), 0, 0);
    form->addWidget(m_asOf, 0, 1);
    form->addWidget(new QLabel(tr("Compare with"), header), 1, 0);
    form->addWidget(m_compareWith, 1, 1);
    auto *today = new QPushButton(tr("Today"), header);
    today->setToolTip(tr("Show the figures as of today"));
    connect(today, &QPushButton::clicked, this, [this] { setAsOf(QDate::currentDate()); });
    form->addWidget(today, 0, 2);
    layout->addLayout(form);
    return header;
}

QWidget *DashboardPage::chartPanel(const QString &title, QChartView *view, Chart chart, QWidget *extra)
{
    QFrame *frame = panel(this);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), frame);
    bar->addWidget(label, 1);
    if (extra)
        bar->addWidget(extra);
    auto *save = new QToolButton(frame);
    save->setText(tr("Save image..."));
    save->setToolTip(tr("Save this chart as a PNG (300 dpi) or SVG image for a report or a presentation"));
    connect(save, &QToolButton::clicked, this, [this, chart] { saveChartAs(chart); });
    bar->addWidget(save);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    return frame;
}

void DashboardPage::limitDates()
{
    // No figures exist for tomorrow; the comparison date is at most the "as of" date.
    const QDate today = QDate::currentDate();
    m_asOf->setMaximumDate(today);
    m_compareWith->setMaximumDate(qMin(today, m_asOf->date()));
}

void DashboardPage::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);   // refreshes through dateChanged
}

void DashboardPage::setCompareWith(const QDate &date)
{
    m_compareWith->setDate(date);
}

void DashboardPage::setDistrictMilestone(const QString &milestoneCode)
{
    if (milestoneCode == m_districtMilestone)
        return;
    m_districtMilestone = milestoneCode;
    updateCharts();
}

QDate DashboardPage::asOf() const
{
    return m_asOf->date();
}

QDate DashboardPage::compareWith() const
{
    return m_compareWith->date();
}

void DashboardPage::refresh()
{
    m_firstSteps->refresh();
    if (m_asOf->maximumDate() < QDate::currentDate()) {   // past midnight since the last refresh
        const QSignalBlocker b1(m_asOf), b2(m_compareWith);
        limitDates();
    }
    m_stale = false;
    try {
        const ProgressRepository progress(m_context.database->connection());
        m_summary = progress.summary(asOf());
        m_before = progress.areaReached(compareWith());
        m_timeline = progress.timeline(QDate(), asOf());
        m_error->hide();
    } catch (const StorageError &e) {
        m_error->setText(tr("The figures could not be read: %1").arg(e.message()));
        m_error->show();
        return;
    }
    m_title->setText(tr("Progress of the KMP in %1").arg(m_summary.areaName));
    m_subtitle->setText(tr("%1 cooperatives in %2 districts · as of %3, compared with %4")
                            .arg(IndonesianFormat::number(m_summary.total))
                            .arg(IndonesianFormat::number(m_summary.districts.size()))
                            .arg(IndonesianFormat::dateLong(asOf()), IndonesianFormat::date(compareWith())));
    rebuildCards();
    m_model->setSummary(m_summary);
    // The table shows every kecamatan of a regency without its own scroll bar.
    const int rows = qMin(m_model->rowCount(), 45);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * m_table->verticalHeader()->defaultSectionSize() + 4);

    if (!m_summary.milestone(m_districtMilestone) && !m_summary.milestones.isEmpty())
        m_districtMilestone = m_summary.milestones.first().code;
    m_milestoneCombo->clear();
    for (const auto &m : m_summary.milestones)
        m_milestoneCombo->addItem(m.name, m.code);
    m_milestoneCombo->setCurrentIndex(m_milestoneCombo->findData(m_districtMilestone));
    updateCharts();
}

void DashboardPage::rebuildCards()
{
    QStringList codes;
    for (const auto &m : m_summary.milestones)
        codes << m.code;
    if (codes != m_cardOrder) {   // milestones were added, retired or reordered
        qDeleteAll(m_cards);
        m_cards.clear();
        for (int i = 0; i < m_summary.milestones.size(); ++i) {
            auto *card = new MilestoneCard(m_summary.milestones.at(i), this);
            m_cards.insert(card->milestoneCode(), card);
            m_cardGrid->addWidget(card, i / kCardColumns, i % kCardColumns);
        }
        m_cardOrder = codes;
    }
    for (const auto &m : m_summary.milestones)
        m_cards.value(m.code)->setFigures(m_summary.reachedCount(m.code), m_summary.total, m_before.value(m.code), compareWith());
}

QChart *DashboardPage::buildChart(Chart chart, QStringList *barCodes) const
{
    switch (chart) {
    case Chart::Funnel: return ProgressCharts::funnel(m_summary);
    case Chart::Districts: return ProgressCharts::districtBars(m_summary, m_districtMilestone, barCodes);
    case Chart::Timeline: return ProgressCharts::timeline(m_timeline);
    }
    return nullptr;
}

void DashboardPage::updateCharts()
{
    // The view does not delete the chart it lets go of.
    const auto replace = [](QChartView *view, QChart *chart) {
        std::unique_ptr<QChart> old(view->chart());
        view->setChart(chart);
    };
    replace(m_funnelView, buildChart(Chart::Funnel));
    replace(m_timelineView, buildChart(Chart::Timeline));
    QChart *districts = buildChart(Chart::Districts, &m_barCodes);
    for (auto *series : districts->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            connect(bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) { onBarClicked(index); });
    replace(m_districtView, districts);
    m_districtView->setMinimumHeight(qMax(360, 150 + 26 * int(m_barCodes.size())));
    m_districtView->setCursor(Qt::PointingHandCursor);
}

void DashboardPage::onDatabaseChanged()
{
    // A hidden dashboard catches up when it is shown; the visible one follows at once.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::onBarClicked(int index)
{
    if (index >= 0 && index < m_barCodes.size())
        emit districtClicked(m_barCodes.at(index), m_districtMilestone, asOf());
}

bool DashboardPage::exportChart(Chart chart, const QString &path, QString *error) const
{
    // The open database or another SQLite file is refused with its own reason.
    const QString refused = OutputFile::refusal(path);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    std::unique_ptr<QChart> fresh(buildChart(chart));
    const bool svg = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    const bool ok = svg ? ProgressCharts::saveSvg(fresh.get(), path) : ProgressCharts::savePng(fresh.get(), path);
    if (!ok && error)
        *error = tr("The chart could not be saved to \"%1\". Check that the folder exists and that you may write there.").arg(path);
    return ok;
}

void DashboardPage::saveChartAs(Chart chart)
{
    const QString names[] = {tr("milestones"), tr("districts"), tr("over-time")};
    const QString suggested = QStringLiteral("%1-%2-%3.png")
                                  .arg(m_summary.areaName.simplified().replace(QLatin1Char(' '), QLatin1Char('-')),
                                       names[int(chart)], asOf().toString(Qt::ISODate));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString pngFilter = tr("PNG image, 300 dpi (*.png)");
    const QString svgFilter = tr("SVG drawing (*.svg)");
    QString filter;
    QString path = FileDialogs::getSaveFileName(this, tr("Save chart"), QDir(folder).filePath(suggested),
                                                pngFilter + QStringLiteral(";;") + svgFilter, &filter);
    if (path.isEmpty())
        return;
    const QString wanted = filter == svgFilter ? QStringLiteral("svg") : QStringLiteral("png");
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        path += QLatin1Char('.') + wanted;
    else if (suffix != wanted)
        path = path.left(path.size() - suffix.size()) + wanted;
    QString error;
    if (!exportChart(chart, path, &error))
        QMessageBox::warning(this, tr("Save chart"), error);
}

void DashboardPage::copyTable() const
{
    QApplication::clipboard()->setMimeData(m_model->tableMimeData());
}
