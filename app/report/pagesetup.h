#pragma once
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPrinter;

// Paper of a printed report. Offices print on A4 and on F4/Folio (215 x 330 mm), which Qt has
// no name for, so F4 is a custom page size. Remembered per PC (QSettings), since it depends on
// the printer next to the desk.
struct PageSetup
{
    enum class Paper { A4,
                       F4 };
    Paper paper = Paper::A4;
    bool landscape = false;

    static QPageSize pageSize(Paper paper);
    QPageLayout pageLayout() const;   // with the report's margins
    void applyTo(QPrinter &printer) const;
    // "a4" / "f4", as the command line takes them; fromKey returns false for anything else.
    static QString key(Paper paper);
    static bool fromKey(const QString &key, Paper *paper);

    static PageSetup loadFromSettings();
    void saveToSettings() const;
};
