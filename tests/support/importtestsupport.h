#pragma once
// Cells, tables and the default milestones for the import tests.
#include "import/exceldate.h"
#include "import/importtable.h"
#include "core/milestone.h"

#include <QStringList>
#include <QVector>

namespace ImportTest {
inline QVector<MilestoneDefinition> defaultMilestones()
{
    // As data/migrations/001_initial.sql seeds them (code, name, label).
    const char *rows[][3] = {{"musdesus", "Musdesus", "melaksanakan Musdesus"},
                             {"badan_hukum", "Badan hukum", "berbadan hukum"},
                             {"akun", "Akun SIMKOPDES", "teraktivasi"},
                             {"profil", "Profil diperbarui", "memperbarui profil"},
                             {"gerai", "Data gerai", "memperbarui gerai"},
                             {"gerai_aktif", "Gerai aktif", "memiliki gerai aktif"},
                             {"kemitraan", "Kemitraan", "mengajukan kemitraan"},
                             {"pembiayaan", "Pembiayaan", "bertransaksi pembiayaan"}};
    QVector<MilestoneDefinition> list;
    int position = 1;
    for (const auto &r : rows) {
        MilestoneDefinition m;
        m.code = QString::fromUtf8(r[0]);
        m.name = QString::fromUtf8(r[1]);
        m.label = QString::fromUtf8(r[2]);
        m.position = position++;
        list.append(m);
    }
    return list;
}

inline ImportCell text(const QString &t)
{
    ImportCell c;
    c.kind = ImportCell::Kind::Text;
    c.text = t;
    return c;
}

inline ImportCell number(double n)
{
    ImportCell c;
    c.kind = ImportCell::Kind::Number;
    c.number = n;
    c.text = QString::number(n, 'g', 15);
    return c;
}

inline ImportCell boolean(bool b)
{
    ImportCell c;
    c.kind = ImportCell::Kind::Boolean;
    c.boolean = b;
    c.text = b ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return c;
}

inline ImportCell dateCell(const QDate &d)
{
    ImportCell c;
    c.kind = ImportCell::Kind::Date;
    c.date = d;
    c.number = ExcelDate::toSerial(d);
    c.text = d.toString(Qt::ISODate);
    return c;
}

inline ImportTable tableOf(const QVector<QStringList> &rows)
{
    ImportTable t;
    int n = 0;
    for (const QStringList &r : rows) {
        ImportRow row;
        row.number = ++n;
        for (const QString &s : r)
            row.cells.append(s.isEmpty() ? ImportCell() : text(s));
        t.rows.append(row);
    }
    return t;
}
}   // namespace ImportTest
