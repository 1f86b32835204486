#include "report/pagesetup.h"

#include <QPrinter>
#include <QSettings>

QPageSize PageSetup::pageSize(Paper paper)
{
    if (paper == Paper::F4)
        return QPageSize(QSizeF(215, 330), QPageSize::Millimeter, QStringLiteral("F4 (215 x 330 mm)"),
                         QPageSize::ExactMatch);
    return QPageSize(QPageSize::A4);
}

QPageLayout PageSetup::pageLayout() const
{
    // Indonesian office documents leave a wider left margin for binding.
    return QPageLayout(pageSize(paper), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(25, 15, 15, 12), QPageLayout::Millimeter);
}

void PageSetup::applyTo(QPrinter &printer) const
{
    printer.setPageLayout(pageLayout());
}

QString PageSetup::key(Paper paper)
{
    return paper == Paper::F4 ? QStringLiteral("f4") : QStringLiteral("a4");
}

bool PageSetup::fromKey(const QString &key, Paper *paper)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("a4"))
        *paper = Paper::A4;
    else if (k == QLatin1String("f4") || k == QLatin1String("folio"))
        *paper = Paper::F4;
    else
        return false;
    return true;
}

PageSetup PageSetup::loadFromSettings()
{
    QSettings s;
    PageSetup p;
    fromKey(s.value(QStringLiteral("report/paper"), QStringLiteral("a4")).toString(), &p.paper);
    p.landscape = s.value(QStringLiteral("report/landscape"), false).toBool();
    return p;
}

void PageSetup::saveToSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("report/paper"), key(paper));
    s.setValue(QStringLiteral("report/landscape"), landscape);
}
