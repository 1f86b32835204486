#pragma once
#include <QFont>
#include <QString>

// The fonts of everything printed or drawn as a document: reports, name cards and charts.
// They are embedded in the executable (Arimo, metric-compatible with Arial, the font Indonesian
// offices print in) so a report has the same line breaks and pages on every PC, whatever fonts
// that PC has. The window's own UI keeps the system font.
namespace ReportFonts {
// Registers the embedded faces once (safe from any thread, needs a QGuiApplication) and returns
// the family name to use.
QString family();
// A font of that family; sizes are in points.
QFont font(qreal pointSize, bool bold = false);
// The credit shown in the About box.
QString attribution();
}   // namespace ReportFonts
