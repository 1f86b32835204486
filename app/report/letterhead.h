#pragma once
#include "storage/connection.h"
#include <QString>

// The office's kop surat and who signs its reports. It belongs to the office, not to one PC,
// so it is kept in the database's setting table (every PC prints the same letterhead).
struct Letterhead
{
    QString government;       // "PEMERINTAH KABUPATEN SIMALUNGUN"
    QString office;           // "DINAS KOPERASI DAN UMKM"
    QString address;          // "Jalan Asahan Km 3, Pematang Raya, Kode Pos 21162"
    QString logoPath;         // optional image file; empty = no logo
    QString place;            // "Pematang Raya", the place written before the date
    QString signatoryTitle;   // "Kepala Dinas Koperasi dan UMKM"
    QString signatoryName;
    QString signatoryNip;   // the signatory's 18-digit Nomor Induk Pegawai

    // Stored values, with defaults made from the area's name for what was never set.
    static Letterhead load(Connection db);
    void save(Connection db) const;
    static Letterhead defaultsFor(const QString &areaName);

    bool operator==(const Letterhead &o) const;
};
