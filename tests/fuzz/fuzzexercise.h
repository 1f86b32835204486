#pragma once
// What both fuzzers do with a table that was read: everything the import will do with it before
// the database, so the header detection and every value parser see fuzzed cells too.
#include "import/headerdetector.h"
#include "import/importvalues.h"

#include <QCoreApplication>

inline QVector<MilestoneDefinition> fuzzMilestones()
{
    QVector<MilestoneDefinition> list;
    const char *rows[][3] = {{"musdesus", "Musdesus", "melaksanakan Musdesus"}, {"badan_hukum", "Badan hukum", "berbadan hukum"}, {"akun", "Akun SIMKOPDES", "teraktivasi"}, {"gerai_aktif", "Gerai aktif", "memiliki gerai aktif"}};
    for (const auto &r : rows) {
        MilestoneDefinition m;
        m.code = QString::fromLatin1(r[0]);
        m.name = QString::fromLatin1(r[1]);
        m.label = QString::fromLatin1(r[2]);
        list.append(m);
    }
    return list;
}

inline void exerciseTable(const ImportTable &table)
{
    static const QVector<MilestoneDefinition> milestones = fuzzMilestones();
    const HeaderDetection h = HeaderDetector::detect(table, milestones, QStringLiteral("fuzz"));
    if (h.found) {
        bool ok = false;
        const ColumnMapping back = ColumnMapping::fromJson(h.mapping.toJson(), &ok);
        if (!ok || !(back == h.mapping))
            __builtin_trap();   // a mapping must survive its own JSON
        ColumnMapping::headerSignature(h.headers);
    }
    QString problem;
    for (const ImportRow &row : table.rows) {
        if (row.number < 1 || row.cells.isEmpty() || row.cells.constLast().isEmpty())
            __builtin_trap();   // the table contract: no empty rows, no trailing empty cells
        for (const ImportCell &cell : row.cells) {
            ImportValues::parseDate(cell, &problem);
            ImportValues::parseAreaCode(cell);
            ImportValues::parseVillageCode(cell);
            ImportValues::parsePhone(cell, &problem);
            ImportValues::parseMilestone(cell, &problem);
            ImportValues::parseCount(cell, &problem);
            ImportValues::parseLegalNumber(cell, &problem);
            ImportValues::villageNameKey(cell.text);
        }
    }
}
