#include "report/reportprinter.h"

#include <QAbstractTextDocumentLayout>
#include "io/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>

namespace {
// The document is laid out in 1/96-inch units (as on screen, so the preview and the paper
// break pages alike) and the painter is scaled to the printer's resolution; text and rules
// stay vector in a PDF.
const qreal kLayoutDpi = 96.0;
const qreal kFooterHeight = 26.0;   // in layout units, below the body of each page
// Moves each keep-together table that straddles a page break to the next page.
void keepTablesTogether(QTextDocument *doc, qreal bodyHeight)
{
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || !table->format().boolProperty(ReportPrinter::KeepTogetherProperty))
            continue;
        const QRectF rect = doc->documentLayout()->frameBoundingRect(table);
        const int firstPage = int(rect.top() / bodyHeight);
        const int lastPage = int((rect.bottom() - 1) / bodyHeight);
        if (firstPage != lastPage && rect.height() < bodyHeight) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

// The tables of the document, nested ones included.
void collectTables(QTextFrame *frame, QVector<QTextTable *> *tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables->append(table);
        collectTables(child, tables);
    }
}
}   // namespace

int ReportPrinter::keepGroupHeadingsWithRows(QTextDocument *doc)
{
    const qreal bodyHeight = doc->pageSize().height();
    if (bodyHeight <= 0)
        return 0;
    QVector<QTextTable *> tables;
    collectTables(doc->rootFrame(), &tables);
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const auto top = [layout](const QTextTableCell &cell) { return layout->blockBoundingRect(cell.firstCursorPosition().block()).top(); };
    // A document printed again on other paper: the breaks made for the last paper go first.
    constexpr int movedProperty = QTextFormat::UserProperty + 42;
    for (QTextTable *table : std::as_const(tables))
        for (int r = 0; r < table->rows(); ++r) {
            QTextCursor cursor = table->cellAt(r, 0).firstCursorPosition();
            QTextBlockFormat format = cursor.blockFormat();
            if (!format.boolProperty(movedProperty))
                continue;
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            format.clearProperty(movedProperty);
            cursor.setBlockFormat(format);
        }
    int moved = 0;
    for (QTextTable *table : std::as_const(tables)) {
        const int first = table->format().headerRowCount();
        for (int r = qMax(1, first); r + 1 < table->rows(); ++r) {
            const QTextTableCell cell = table->cellAt(r, 0);
            if (cell.columnSpan() < table->columns() || table->columns() < 2)
                continue;   // not a heading across the table
            // Top to bottom, each position read after the moves above it (the layout follows).
            const int headingPage = int(top(cell) / bodyHeight);
            const int rowPage = int(top(table->cellAt(r + 1, 0)) / bodyHeight);
            if (rowPage == headingPage)
                continue;
            QTextCursor cursor = cell.firstCursorPosition();
            QTextBlockFormat format = cursor.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            format.setProperty(movedProperty, true);
            cursor.setBlockFormat(format);
            ++moved;
        }
    }
    return moved;
}

QString ReportPrinter::pageLabel(int page, int pageCount)
{
    return QStringLiteral("Halaman %1 dari %2").arg(page).arg(pageCount);
}

int ReportPrinter::print(QTextDocument *doc, QPrinter *printer, const QString &footer)
{
    const QRectF paintable = printer->pageLayout().paintRect(QPageLayout::Inch);
    const QSizeF page(paintable.width() * kLayoutDpi, paintable.height() * kLayoutDpi);
    doc->setPageSize(QSizeF(page.width(), page.height() - kFooterHeight));
    const qreal bodyHeight = doc->pageSize().height();
    keepTablesTogether(doc, bodyHeight);
    keepGroupHeadingsWithRows(doc);
    const int pageCount = doc->pageCount();

    QPainter painter;
    if (!painter.begin(printer))
        return 0;
    const qreal scale = printer->resolution() / kLayoutDpi;
    QFont footerFont = doc->defaultFont();
    // In pixels of the 96-dpi layout: a point size would be resolved at the printer's resolution
    // and then scaled a second time by the painter.
    footerFont.setPixelSize(qRound(8 * kLayoutDpi / 72.0));
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0)
            printer->newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.save();
        painter.translate(0, -i * bodyHeight);
        const QRectF clip(0, i * bodyHeight, page.width(), bodyHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        const QRectF footerRect(0, bodyHeight + 6, page.width(), kFooterHeight - 6);
        painter.setPen(QPen(Qt::gray, 0.5));
        painter.drawLine(footerRect.topLeft(), footerRect.topRight());
        painter.setPen(Qt::black);
        painter.setFont(footerFont);
        const QRectF textRect = footerRect.adjusted(0, 3, 0, 0);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop, footer);
        painter.drawText(textRect, Qt::AlignRight | Qt::AlignTop, pageLabel(i + 1, pageCount));
        painter.restore();
    }
    painter.end();
    return pageCount;
}

int ReportPrinter::savePdf(QTextDocument *doc, const QString &path, const PageSetup &setup, const QString &footer,
                           const QString &title, QString *error)
{
    // Into a temporary file that is checked and renamed over `path` (QPrinter says nothing of a
    // full disk): see OutputFile.
    OutputFile out(path, OutputFile::Kind::Pdf);
    if (!out.begin()) {
        if (error)
            *error = out.error();
        return 0;
    }
    int pages = 0;
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out.tempPath());
        printer.setDocName(title);
        printer.setCreator(QStringLiteral("Pantau Kopdes"));
        setup.applyTo(printer);
        pages = print(doc, &printer, footer);
    }
    if (pages == 0) {
        out.cancel();
        if (error)
            *error = QCoreApplication::translate("ReportPrinter", "Cannot write \"%1\": the PDF could not be made. Nothing was written.")
                         .arg(QDir::toNativeSeparators(path));
        return 0;
    }
    if (!out.commit()) {
        if (error)
            *error = out.error();
        return 0;
    }
    return pages;
}
