#pragma once
#include "core/workshop.h"

#include <QString>
#include <QVector>

class QPagedPaintDevice;

// Name cards for a workshop, eight to an A4 page (two columns, four rows, cut along the lines):
// the workshop, the cooperative's name, village, kecamatan and village code, and a QR code of the
// code that the check-in screen reads like a typed one.
class InvitationSheet
{
public:
    InvitationSheet(const Workshop &workshop, const QVector<AttendanceEntry> &invited, const QString &areaName);

    // Paints every card on the device (a QPrinter or a QPdfWriter), adding pages as needed.
    void render(QPagedPaintDevice *device) const;
    // Writes an A4 PDF; returns false (with *error set) when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    static constexpr int kCardsPerPage = 8;

private:
    Workshop m_workshop;
    QVector<AttendanceEntry> m_invited;
    QString m_areaName;
};
