#include "reportcharts.h"

#include "progresscharts.h"
#include "progressreportdata.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QTranslator>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace {
const int kChartObject = QTextFormat::UserObject + 17;
const int kChartIndex = QTextFormat::UserProperty + 17;
enum ChartIndex { Funnel = 0, Districts = 1 };

QString marker(int index)
{
    return QStringLiteral("[[pk-chart-%1]]").arg(index);
}

// ProgressCharts shows at most this many kecamatan (the furthest behind) in one chart.
const int kMaxDistrictBars = 40;
// Charts are laid out narrower than on the dashboard so their text stays readable once scaled
// to the width of a portrait page.
const qreal kLayoutWidth = 800;

// The charts' titles and legends go through tr(); the report is Indonesian whatever the UI
// language, so while they are built the Indonesian translation is put in front.
class IndonesianTitles
{
public:
    IndonesianTitles()
    {
        if (QLocale().language() != QLocale::Indonesian && m_translator.load(QStringLiteral(":/i18n/pantau-kopdes_id.qm")))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~IndonesianTitles()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }

private:
    QTranslator m_translator;
    bool m_installed = false;
};
} // namespace

ReportCharts::ReportCharts(const ProgressReportData &data, QObject *parent) : QObject(parent)
{
    const QString milestone = data.behindMilestone.code.isEmpty() ? ProgressReportData::defaultBehindMilestone(data.current)
                                                                  : data.behindMilestone.code;
    m_districtBars = int(qMin<qsizetype>(data.current.districts.size(), kMaxDistrictBars));
    // Built here rather than while painting: building may switch translators, which must not
    // happen inside a paint event.
    const IndonesianTitles indonesian;
    m_charts[Funnel].reset(ProgressCharts::funnel(data.current));
    if (!milestone.isEmpty() && !data.current.districts.isEmpty())
        m_charts[Districts].reset(ProgressCharts::districtBars(data.current, milestone));
}

ReportCharts::~ReportCharts() = default;

QString ReportCharts::html(const ProgressReportData &data)
{
    QString h = QStringLiteral("<p align=\"center\" style=\"margin-top: 8px;\">%1</p>").arg(marker(Funnel));
    // The per-kecamatan chart is tall: it gets a page of its own.
    if (!data.current.districts.isEmpty())
        h += QStringLiteral("<p align=\"center\" style=\"page-break-before: always;\">%1</p>").arg(marker(Districts));
    return h;
}

void ReportCharts::install(QTextDocument *doc, const ProgressReportData &data)
{
    auto *handler = new ReportCharts(data, doc);
    doc->documentLayout()->registerHandler(kChartObject, handler);
    for (int index : {Funnel, Districts}) {
        QTextCursor found = doc->find(marker(index));
        if (found.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(kChartObject);
        format.setProperty(kChartIndex, index);
        found.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

QSizeF ReportCharts::layoutSize(int index) const
{
    if (index == Districts)   // a bar per kecamatan needs its height
        return QSizeF(kLayoutWidth, qMax<qreal>(500, 190 + 22.0 * m_districtBars));
    return QSizeF(kLayoutWidth, 480);
}

QSizeF ReportCharts::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    // The text width, but no taller than the part of a page the chart may take: the funnel
    // shares the first page with the summary, the kecamatan chart has a page to itself.
    const int index = format.property(kChartIndex).toInt();
    const QSizeF layout = layoutSize(index);
    const qreal aspect = layout.width() / layout.height();
    qreal width = layout.width();
    const QSizeF page = doc->pageSize();
    if (page.width() > 0) {
        width = page.width() - 8;
        if (page.height() > 0)
            width = qMin(width, page.height() * (index == Funnel ? 0.42 : 0.88) * aspect);
    }
    return QSizeF(width, width / aspect);
}

void ReportCharts::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.property(kChartIndex).toInt();
    if ((index != Funnel && index != Districts) || !m_charts[index])
        return;
    ProgressCharts::render(m_charts[index].get(), painter, rect, layoutSize(index));
}
