#include "report/reportfonts.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QMutex>
#include <QStringList>

namespace ReportFonts {

QString family()
{
    static QMutex mutex;
    static QString registered;
    QMutexLocker lock(&mutex);
    if (registered.isEmpty()) {
        const QStringList faces = {QStringLiteral("Arimo_400Regular.ttf"), QStringLiteral("Arimo_700Bold.ttf"),
                                   QStringLiteral("Arimo_400Regular_Italic.ttf"), QStringLiteral("Arimo_700Bold_Italic.ttf")};
        for (const QString &face : faces) {
            const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/") + face);
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (registered.isEmpty() && !families.isEmpty())
                registered = families.constFirst();
        }
        // Only reachable in a build without the resources: fall back to the family name, which
        // the system may still have.
        if (registered.isEmpty())
            registered = QStringLiteral("Arimo");
    }
    return registered;
}

QFont font(qreal pointSize, bool bold)
{
    QFont f(family());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Never replaced by a look-alike from the system: the embedded family has every face used.
    f.setStyleStrategy(QFont::PreferMatch);
    // Hinting snaps glyph widths to pixels by the rules of the PC's font configuration; without
    // it, the same text is equally wide everywhere, so lines break at the same words.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString attribution()
{
    return QCoreApplication::translate("ReportFonts",
                                       "Report font: Arimo by Steve Matteson, under the SIL Open Font License 1.1.");
}

}   // namespace ReportFonts
