#include "report/invitationsheet.h"

#include "report/reportfonts.h"

#include "core/indonesianformat.h"
#include "io/outputfile.h"
#include "report/qrcodeimage.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>

namespace {
QString tr(const char *s) { return QCoreApplication::translate("InvitationSheet", s); }
}

InvitationSheet::InvitationSheet(const Workshop &workshop, const QVector<AttendanceEntry> &invited, const QString &areaName)
    : m_workshop(workshop), m_invited(invited), m_areaName(areaName)
{
}

void InvitationSheet::render(QPagedPaintDevice *device) const
{
    QPainter p(device);
    if (!p.isActive())
        return;
    // Layout in millimetres of the printable area (the painter's origin is its top-left corner),
    // so cards are the same size on every printer; fonts stay in points.
    const QRectF pageMm = device->pageLayout().paintRect(QPageLayout::Millimeter);
    const double dpmm = device->logicalDpiX() / 25.4;
    const auto mm = [dpmm](double x, double y, double w, double h) { return QRectF(x * dpmm, y * dpmm, w * dpmm, h * dpmm); };
    const double cardW = pageMm.width() / 2.0;
    const double cardH = pageMm.height() / 4.0;
    const QString whenWhere = IndonesianFormat::dateLong(m_workshop.heldOn)
                            + (m_workshop.place.isEmpty() ? QString() : QStringLiteral(" · ") + m_workshop.place);

    const QFont small = ReportFonts::font(7.5);
    const QFont big = ReportFonts::font(11, true);
    const QFont body = ReportFonts::font(9);
    const QFont code = ReportFonts::font(11, true);
    const QColor grey(0x5f, 0x63, 0x68);

    for (int i = 0; i < m_invited.size(); ++i) {
        if (i > 0 && i % kCardsPerPage == 0)
            device->newPage();
        const AttendanceEntry &e = m_invited.at(i);
        const int slot = i % kCardsPerPage;
        const double x = (slot % 2) * cardW;
        const double y = (slot / 2) * cardH;
        p.setPen(QPen(Qt::gray, 0, Qt::DashLine));   // cut lines
        p.drawRect(mm(x, y, cardW, cardH));
        const double left = x + 5;
        const double top = y + 5;
        const double width = cardW - 10;

        // QR on the left, 30 mm square: large enough for a cheap scanner at arm's length.
        const QImage qr = QrCodeImage::fromText(QrCodeImage::payloadForVillage(e.villageCode));
        if (!qr.isNull())
            p.drawImage(mm(left, top + 6, 30, 30), qr);
        p.setPen(Qt::black);
        p.setFont(code);
        p.drawText(mm(left - 3, top + 37, 36, 6), Qt::AlignHCenter | Qt::AlignTop, e.villageCode);

        const double tx = left + 34;
        const double tw = width - 34;
        p.setFont(small);
        p.setPen(grey);
        p.drawText(mm(tx, top, tw, 9), Qt::AlignLeft | Qt::TextWordWrap, m_workshop.title);
        p.setPen(Qt::black);
        p.setFont(big);
        p.drawText(mm(tx, top + 9, tw, 15), Qt::AlignLeft | Qt::TextWordWrap, e.cooperativeName);
        p.setFont(body);
        p.drawText(mm(tx, top + 25, tw, 10), Qt::AlignLeft | Qt::TextWordWrap,
                   tr("Kecamatan %1").arg(e.districtName) + QLatin1Char('\n') + m_areaName);
        p.setFont(small);
        p.drawText(mm(tx, top + 36, tw, 14), Qt::AlignLeft | Qt::TextWordWrap, whenWhere);
        p.setPen(grey);
        p.drawText(mm(left, y + cardH - 10, width, 5), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Show this card at the registration desk."));
    }
}

bool InvitationSheet::writePdf(const QString &path, QString *error) const
{
    // Into a checked temporary file renamed over `path` (QPdfWriter says nothing of a full disk).
    OutputFile out(path, OutputFile::Kind::Pdf);
    if (!out.begin()) {
        if (error)
            *error = out.error();
        return false;
    }
    {
        QPdfWriter writer(out.tempPath());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Name cards: %1").arg(m_workshop.title));
        writer.setCreator(QStringLiteral("Pantau Kopdes"));
        render(&writer);
    }
    if (!out.commit()) {
        if (error)
            *error = out.error();
        return false;
    }
    return true;
}
