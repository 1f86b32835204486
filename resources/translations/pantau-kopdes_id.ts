<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>AreaSetup</name>
        <message>
            <source>Setting up the area</source>
            <translation>Menyiapkan wilayah</translation>
        </message>
        <message>
            <source>This database already serves %1 (%2). Use a new database file for %3.</source>
            <translation>Basis data ini sudah dipakai untuk %1 (%2). Gunakan berkas basis data baru untuk %3.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceCommand</name>
        <message>
            <source>not a village code (expected 10 digits such as 12.08.30.2002); nothing was recorded</source>
            <translation>bukan kode desa (harus 10 angka, misalnya 12.08.30.2002); tidak ada yang dicatat</translation>
        </message>
        <message>
            <source>no cooperative with this village code in the database; nothing was recorded</source>
            <translation>tidak ada koperasi dengan kode desa ini di basis data; tidak ada yang dicatat</translation>
        </message>
        <message>
            <source>%1 is not invited to this workshop; nothing was recorded</source>
            <translation>%1 tidak diundang ke workshop ini; tidak ada yang dicatat</translation>
        </message>
        <message>
            <source>%1 (%2) already present at %3; nothing changed</source>
            <translation>%1 (%2) sudah hadir pukul %3; tidak ada yang diubah</translation>
        </message>
        <message>
            <source>%1 (%2) present at %3</source>
            <translation>%1 (%2) hadir pukul %3</translation>
        </message>
        <message>
            <source>give either --code or --codes-from</source>
            <translation>berikan --code atau --codes-from (salah satu)</translation>
        </message>
        <message>
            <source>%1 present, %2 absent, %3 invited</source>
            <translation>%1 hadir, %2 tidak hadir, %3 diundang</translation>
        </message>
        <message>
            <source>Kecamatan %1 (%2)</source>
            <translation>Kecamatan %1 (%2)</translation>
        </message>
        <message>
            <source>present %1</source>
            <translation>hadir %1</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>tidak hadir</translation>
        </message>
        <message>
            <source>%1 present of %2</source>
            <translation>%1 hadir dari %2</translation>
        </message>
        <message>
            <source>%1 name cards written to %2</source>
            <translation>%1 kartu nama ditulis ke %2</translation>
        </message>
        <message>
            <source>workshop %1 has ended (%2); nothing was recorded. Add --reopen to record a mark that was really missed</source>
            <translation>workshop %1 sudah berakhir (%2); tidak ada yang dicatat. Tambahkan --reopen untuk mencatat kehadiran yang memang terlewat</translation>
        </message>
        <message>
            <source>cannot read "%1"; check that the file exists and can be read</source>
            <translation>tidak dapat membaca "%1"; periksa apakah berkas itu ada dan dapat dibaca</translation>
        </message>
        <message>
            <source>not recorded, or recorded just before the answer was lost: give it again once the database can be reached</source>
            <translation>tidak tercatat, atau tercatat tepat sebelum jawabannya hilang: berikan lagi setelah basis data dapat dijangkau</translation>
        </message>
        <message>
            <source>Stopped: %1</source>
            <translation>Berhenti: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s) were recorded before that (each listed above with its time).</source>
            <translation>
                <numerusform>%n kode tercatat sebelumnya (masing-masing tercantum di atas dengan jamnya).</numerusform>
            </translation>
        </message>
        <message>
            <source>The codes after %1 were not read and not recorded.</source>
            <translation>Kode sesudah %1 tidak dibaca dan tidak tercatat.</translation>
        </message>
        <message>
            <source>%1 and the codes after it in %2 were not recorded.</source>
            <translation>%1 dan kode sesudahnya di %2 tidak tercatat.</translation>
        </message>
        <message>
            <source>Give them again when the database can be reached: a code recorded already is reported so and changes nothing.</source>
            <translation>Berikan lagi setelah basis data dapat dijangkau: kode yang sudah tercatat dilaporkan demikian dan tidak mengubah apa pun.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceCountersPanel</name>
        <message>
            <source>present</source>
            <translation>hadir</translation>
        </message>
        <message>
            <source>not yet present</source>
            <translation>belum hadir</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>diundang</translation>
        </message>
        <message>
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Hadir</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Belum</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Diundang</translation>
        </message>
    </context>
    <context>
        <name>BackupService</name>
        <message>
            <source>"%1" is damaged: SQLite cannot read it.</source>
            <translation>"%1" rusak: SQLite tidak dapat membacanya.</translation>
        </message>
        <message>
            <source>"%1" is damaged: some of its records cannot be read correctly.</source>
            <translation>"%1" rusak: sebagian datanya tidak dapat dibaca dengan benar.</translation>
        </message>
        <message>
            <source>"%1" is not a Pantau Kopdes database.</source>
            <translation>"%1" bukan basis data Pantau Kopdes.</translation>
        </message>
        <message>
            <source>"%1" is damaged: its cooperatives cannot be read.</source>
            <translation>"%1" rusak: data koperasinya tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>"%1" was made by a newer version of Pantau Kopdes (schema %2; this version knows up to %3). Install the newer version to use it.</source>
            <translation>"%1" dibuat oleh versi Pantau Kopdes yang lebih baru (skema %2; versi ini mengenal sampai %3). Pasang versi yang lebih baru untuk memakainya.</translation>
        </message>
        <message>
            <source>Reading the database</source>
            <translation>Membaca basis data</translation>
        </message>
        <message>
            <source>The backup "%1" cannot be opened again to check it.</source>
            <translation>Cadangan "%1" tidak dapat dibuka kembali untuk diperiksa.</translation>
        </message>
        <message>
            <source>The backup could not be checked after writing it, so it was not kept: %1</source>
            <translation>Cadangan tidak lolos pemeriksaan setelah ditulis, sehingga tidak disimpan: %1</translation>
        </message>
        <message>
            <source>The backup could not be saved as "%1". Check that the folder can be written to and that the disk is not full.</source>
            <translation>Cadangan tidak dapat disimpan sebagai "%1". Periksa apakah folder itu dapat ditulisi dan disk tidak penuh.</translation>
        </message>
        <message>
            <source>Restoring the backup</source>
            <translation>Memulihkan cadangan</translation>
        </message>
        <message>
            <source>The backup's tables differ from this version's; nothing was restored.</source>
            <translation>Tabel cadangan berbeda dengan tabel versi ini; tidak ada yang dipulihkan.</translation>
        </message>
        <message>
            <source>Restoring the backup failed; the database was not changed.</source>
            <translation>Pemulihan cadangan gagal; basis data tidak diubah.</translation>
        </message>
        <message>
            <source>The backup "%1" cannot be opened.</source>
            <translation>Cadangan "%1" tidak dapat dibuka.</translation>
        </message>
        <message>
            <source>Copying the backup "%1"</source>
            <translation>Menyalin cadangan "%1"</translation>
        </message>
        <message>
            <source>This backup cannot be restored: %1 Nothing was changed.</source>
            <translation>Cadangan ini tidak dapat dipulihkan: %1 Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>harian</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>dibuat manual</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>sebelum impor</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>sebelum pemulihan</translation>
        </message>
        <message>
            <source>other file</source>
            <translation>berkas lain</translation>
        </message>
        <message>
            <source>This database is on a PostgreSQL server. Its backups are made on the server by its administrator (for example with pg_dump); Pantau Kopdes does not back it up or restore it. Nothing was done.</source>
            <translation>Basis data ini berada di server PostgreSQL. Cadangannya dibuat di server oleh administratornya (misalnya dengan pg_dump); Pantau Kopdes tidak mencadangkan atau memulihkannya. Tidak ada yang dilakukan.</translation>
        </message>
        <message>
            <source>"%1" does not exist.</source>
            <translation>"%1" tidak ada.</translation>
        </message>
        <message>
            <source>"%1" is the database that is open, not a backup.</source>
            <translation>"%1" adalah basis data yang sedang dibuka, bukan cadangan.</translation>
        </message>
        <message>
            <source>"%1" is not a Pantau Kopdes database (it is not an SQLite file).</source>
            <translation>"%1" bukan basis data Pantau Kopdes (bukan berkas SQLite).</translation>
        </message>
        <message>
            <source>"%1" cannot be opened.</source>
            <translation>"%1" tidak dapat dibuka.</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Tidak ada basis data yang dibuka.</translation>
        </message>
        <message>
            <source>The backup folder "%1" cannot be created. Check that the folder of the database can be written to.</source>
            <translation>Folder cadangan "%1" tidak dapat dibuat. Periksa apakah folder basis data dapat ditulisi.</translation>
        </message>
        <message>
            <source>"%1" already exists. Choose a new file name; an existing file is never overwritten.</source>
            <translation>"%1" sudah ada. Pilih nama berkas baru; berkas yang sudah ada tidak pernah ditimpa.</translation>
        </message>
        <message>
            <source>The folder "%1" does not exist. Choose another folder.</source>
            <translation>Folder "%1" tidak ada. Pilih folder lain.</translation>
        </message>
        <message>
            <source>The database "%1" cannot be opened.</source>
            <translation>Basis data "%1" tidak dapat dibuka.</translation>
        </message>
        <message>
            <source>Copying the database to "%1"</source>
            <translation>Menyalin basis data ke "%1"</translation>
        </message>
        <message>
            <source>The database is damaged; it is restored by putting the backup in its place, not by writing into it. Nothing was changed.</source>
            <translation>Basis data rusak; pemulihannya dengan menaruh cadangan di tempatnya, bukan dengan menulis ke dalamnya. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The database is open read-only; a backup cannot be restored into it. Nothing was changed.</source>
            <translation>Basis data dibuka hanya-baca; cadangan tidak dapat dipulihkan ke dalamnya. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The backup folder "%1" cannot be written to; nothing was restored.</source>
            <translation>Folder cadangan "%1" tidak dapat ditulisi; tidak ada yang dipulihkan.</translation>
        </message>
        <message>
            <source>The copy of the backup is damaged; nothing was restored.</source>
            <translation>Salinan cadangan rusak; tidak ada yang dipulihkan.</translation>
        </message>
        <message>
            <source>The damaged database could not be renamed to "%1"; nothing was changed.</source>
            <translation>Basis data yang rusak tidak dapat diganti namanya menjadi "%1"; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The backup could not be put in place of the damaged database; nothing was changed.</source>
            <translation>Cadangan tidak dapat ditaruh di tempat basis data yang rusak; tidak ada yang diubah.</translation>
        </message>
    </context>
    <context>
        <name>BenchCommand</name>
        <message>
            <source>--db takes a postgresql:// address; without it the benchmark makes its own SQLite file</source>
            <translation>--db menerima alamat postgresql://; tanpanya benchmark membuat berkas SQLite sendiri</translation>
        </message>
        <message>
            <source>%1 holds an office's data; the benchmark needs an empty database of its own</source>
            <translation>%1 berisi data kantor; benchmark memerlukan basis data kosong miliknya sendiri</translation>
        </message>
    </context>
    <context>
        <name>BusinessUnit</name>
        <message>
            <source>Cooperative office</source>
            <translation>Kantor koperasi</translation>
        </message>
        <message>
            <source>Staple food outlet</source>
            <translation>Gerai sembako</translation>
        </message>
        <message>
            <source>Savings and loans unit</source>
            <translation>Unit simpan pinjam</translation>
        </message>
        <message>
            <source>Village clinic</source>
            <translation>Klinik desa/kelurahan</translation>
        </message>
        <message>
            <source>Village pharmacy</source>
            <translation>Apotek desa/kelurahan</translation>
        </message>
        <message>
            <source>Warehouse / cold storage</source>
            <translation>Pergudangan / cold storage</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Sarana logistik</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
    </context>
    <context>
        <name>CheckInPage</name>
        <message>
            <source>← &amp;Workshops</source>
            <translation>← &amp;Workshop</translation>
        </message>
        <message>
            <source>&amp;Outcome and absentees</source>
            <translation>&amp;Hasil dan yang tidak hadir</translation>
        </message>
        <message>
            <source>Scan the card, or type a village code or a cooperative, village or chair name, then Enter</source>
            <translation>Pindai kartu, atau ketik kode desa atau nama koperasi, desa atau ketua, lalu Enter</translation>
        </message>
        <message>
            <source>Village code</source>
            <translation>Kode desa</translation>
        </message>
        <message>
            <source>Cooperative and chair</source>
            <translation>Koperasi dan ketua</translation>
        </message>
        <message>
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>Name of the person who came (optional)</source>
            <translation>Nama yang hadir (boleh kosong)</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Ketua</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Sekretaris</translation>
        </message>
        <message>
            <source>Treasurer</source>
            <translation>Bendahara</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Pengawas</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manajer</translation>
        </message>
        <message>
            <source>Role (optional)</source>
            <translation>Jabatan (boleh kosong)</translation>
        </message>
        <message>
            <source>&amp;Came:</source>
            <translation>&amp;Yang hadir:</translation>
        </message>
        <message>
            <source>Mark &amp;present (Enter)</source>
            <translation>Tandai &amp;hadir (Enter)</translation>
        </message>
        <message>
            <source>&amp;Take back mark…</source>
            <translation>&amp;Batalkan tanda hadir…</translation>
        </message>
        <message>
            <source>&amp;Milestones reached today…</source>
            <translation>&amp;Capaian hari ini…</translation>
        </message>
        <message>
            <source>not yet present</source>
            <translation>belum hadir</translation>
        </message>
        <message>
            <source>Ready. Scan a card or type, then press Enter.</source>
            <translation>Siap. Pindai kartu atau ketik, lalu tekan Enter.</translation>
        </message>
        <message>
            <source>Check-in: %1</source>
            <translation>Registrasi: %1</translation>
        </message>
        <message>
            <source>Latest arrivals</source>
            <translation>Kedatangan terakhir</translation>
        </message>
        <message>
            <source>No invited cooperative matches “%1”</source>
            <translation>Tidak ada koperasi undangan yang cocok dengan “%1”</translation>
        </message>
        <message>
            <source>Matches: Enter marks the highlighted one, ↑ ↓ choose another</source>
            <translation>Hasil: Enter menandai yang disorot, ↑ ↓ memilih yang lain</translation>
        </message>
        <message>
            <source>present %1</source>
            <translation>hadir %1</translation>
        </message>
        <message>
            <source>%1
Chair: %2</source>
            <translation>%1
Ketua: %2</translation>
        </message>
        <message>
            <source>%1 is not invited to this workshop. Nothing was recorded.</source>
            <translation>%1 tidak diundang ke workshop ini. Tidak ada yang dicatat.</translation>
        </message>
        <message>
            <source>Already present at %1: %2 (%3), marked by %4. Nothing changed.</source>
            <translation>Sudah hadir pukul %1: %2 (%3), dicatat oleh %4. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>PRESENT %1 · %2 (%3)%4</source>
            <translation>HADIR %1 · %2 (%3)%4</translation>
        </message>
        <message>
            <source>%1 (%2) is not invited to this workshop. Nothing was recorded.</source>
            <translation>%1 (%2) tidak diundang ke workshop ini. Tidak ada yang dicatat.</translation>
        </message>
        <message>
            <source>No cooperative has the village code %1. Check the card or type the name.</source>
            <translation>Tidak ada koperasi dengan kode desa %1. Periksa kartunya atau ketik namanya.</translation>
        </message>
        <message>
            <source>Nothing matches “%1”. Type part of the cooperative's, village's or chair's name, or the 10-digit village code.</source>
            <translation>Tidak ada yang cocok dengan “%1”. Ketik sebagian nama koperasi, desa atau ketua, atau 10 angka kode desa.</translation>
        </message>
        <message>
            <source>%1 is not marked present; there is nothing to take back.</source>
            <translation>%1 belum ditandai hadir; tidak ada yang perlu dibatalkan.</translation>
        </message>
        <message>
            <source>Take back the attendance mark</source>
            <translation>Batalkan tanda hadir</translation>
        </message>
        <message>
            <source>Take back the mark of %1 (present at %2)?
Reason (optional, kept in the history):</source>
            <translation>Batalkan tanda hadir %1 (hadir pukul %2)?
Alasan (boleh kosong, disimpan di riwayat):</translation>
        </message>
        <message>
            <source>Mark taken back: %1 is no longer counted as present (recorded in the history).</source>
            <translation>Tanda hadir dibatalkan: %1 tidak lagi dihitung hadir (tercatat di riwayat).</translation>
        </message>
        <message>
            <source>e.g. Desk 1</source>
            <translation>mis. Meja 1</translation>
        </message>
        <message>
            <source>D&amp;esk:</source>
            <translation>M&amp;eja:</translation>
        </message>
        <message>
            <source>Recorded &amp;by:</source>
            <translation>Dicatat &amp;oleh:</translation>
        </message>
        <message>
            <source>This workshop was held on %1 and has ended: its attendance is closed and scans are refused. To record a mark that was really missed, use "Reopen for today" on the Workshops page.</source>
            <translation>Workshop ini diselenggarakan pada %1 dan sudah berakhir: daftar hadirnya ditutup dan pemindaian ditolak. Untuk mencatat kehadiran yang memang terlewat, gunakan "Buka kembali untuk hari ini" di halaman Workshop.</translation>
        </message>
    </context>
    <context>
        <name>CliArguments</name>
        <message>
            <source>option --%1 needs a value</source>
            <translation>opsi --%1 memerlukan nilai</translation>
        </message>
        <message>
            <source>unknown option %1</source>
            <translation>opsi %1 tidak dikenal</translation>
        </message>
        <message>
            <source>option --%1 is required</source>
            <translation>opsi --%1 wajib diisi</translation>
        </message>
        <message>
            <source>--%1 must be a date written YYYY-MM-DD, not "%2"</source>
            <translation>--%1 harus tanggal dengan format YYYY-MM-DD, bukan "%2"</translation>
        </message>
        <message>
            <source>--%1 must be a whole number, not "%2"</source>
            <translation>--%1 harus bilangan bulat, bukan "%2"</translation>
        </message>
        <message>
            <source>the folder "%1" for --out does not exist</source>
            <translation>folder "%1" untuk --out tidak ada</translation>
        </message>
        <message>
            <source>the folder "%1" for --out may not be written to</source>
            <translation>folder "%1" untuk --out tidak boleh ditulisi</translation>
        </message>
        <message>
            <source>--as-of %1 is in the future; give today (%2) or an earlier date</source>
            <translation>--as-of %1 ada di masa depan; berikan tanggal hari ini (%2) atau sebelumnya</translation>
        </message>
        <message>
            <source>--compare-from %1 is after the report's date %2; the comparison date must be earlier</source>
            <translation>--compare-from %1 jatuh setelah tanggal laporan %2; tanggal pembanding harus lebih awal</translation>
        </message>
    </context>
    <context>
        <name>CliCommands</name>
        <message>
            <source>say what to do: mark, list, workshops or cards</source>
            <translation>sebutkan perintahnya: mark, list, workshops atau cards</translation>
        </message>
        <message>
            <source>unknown action "%1": use mark, list, workshops or cards</source>
            <translation>perintah "%1" tidak dikenal: gunakan mark, list, workshops atau cards</translation>
        </message>
        <message>
            <source>"%1" already exists; choose a new file or add --replace</source>
            <translation>"%1" sudah ada; pilih berkas baru atau tambahkan --replace</translation>
        </message>
        <message>
            <source>Demo database for Kabupaten Simalungun written to %1 (workshop of %2).</source>
            <translation>Basis data demo Kabupaten Simalungun ditulis ke %1 (workshop %2).</translation>
        </message>
        <message>
            <source>--what must be registry, districts or absent, not "%1"</source>
            <translation>--what harus registry, districts atau absent, bukan "%1"</translation>
        </message>
        <message>
            <source>--out must end in .xlsx or .csv</source>
            <translation>--out harus berakhiran .xlsx atau .csv</translation>
        </message>
        <message>
            <source>the database has no workshop yet</source>
            <translation>basis data belum memiliki workshop</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n row(s)</source>
            <translation>
                <numerusform>%1: %n baris</numerusform>
            </translation>
        </message>
        <message>
            <source>--paper must be a4 or f4, not "%1"</source>
            <translation>--paper harus a4 atau f4, bukan "%1"</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n page(s)</source>
            <translation>
                <numerusform>%1: %n halaman</numerusform>
            </translation>
        </message>
        <message>
            <source>--%1 is for the progress report; a workshop's report takes no --%1</source>
            <translation>--%1 hanya untuk laporan perkembangan; laporan workshop tidak memakai --%1</translation>
        </message>
        <message>
            <source>database upgraded; the copy from before is "%1"</source>
            <translation>basis data diperbarui; salinan sebelumnya adalah "%1"</translation>
        </message>
        <message>
            <source>--separator must be comma or semicolon, not "%1"</source>
            <translation>--separator harus comma atau semicolon, bukan "%1"</translation>
        </message>
        <message>
            <source>--area %1 is not a province, regency or kecamatan of this database's area</source>
            <translation>--area %1 bukan provinsi, kabupaten/kota, atau kecamatan di wilayah basis data ini</translation>
        </message>
        <message>
            <source>%1 (%2), %3 cooperatives, schema %4</source>
            <translation>%1 (%2), %3 koperasi, skema %4</translation>
        </message>
        <message>
            <source>Backup written to %1 (%2 cooperatives).</source>
            <translation>Cadangan ditulis ke %1 (%2 koperasi).</translation>
        </message>
        <message>
            <source>backup file "%1" does not exist; nothing was changed</source>
            <translation>berkas cadangan "%1" tidak ada; tidak ada yang diubah</translation>
        </message>
        <message>
            <source>Restored %1 from %2: %3.</source>
            <translation>%1 dipulihkan dari %2: %3.</translation>
        </message>
        <message>
            <source>The damaged database was kept as %1.</source>
            <translation>Basis data yang rusak disimpan sebagai %1.</translation>
        </message>
        <message>
            <source>The state before the restore was backed up to %1.</source>
            <translation>Keadaan sebelum pemulihan dicadangkan ke %1.</translation>
        </message>
        <message>
            <source>"%1" already exists; give a new file name for the copy</source>
            <translation>"%1" sudah ada; beri nama berkas baru untuk salinannya</translation>
        </message>
        <message>
            <source>%1: %2 rows copied</source>
            <translation>%1: %2 baris disalin</translation>
        </message>
        <message>
            <source>%1: %2 in %3, %4 in %5</source>
            <translation>%1: %2 di %3, %4 di %5</translation>
        </message>
        <message>
            <source>Row counts and summaries are the same in both databases.</source>
            <translation>Jumlah baris dan ringkasan sama di kedua basis data.</translation>
        </message>
        <message>
            <source>The copy differs from the original (see above); do not use it.</source>
            <translation>Salinan berbeda dari aslinya (lihat di atas); jangan dipakai.</translation>
        </message>
        <message>
            <source>give either --in FILE (to import) or --undo ID (to take an import back), not both</source>
            <translation>berikan --in BERKAS (untuk mengimpor) atau --undo ID (untuk membatalkan impor), jangan keduanya</translation>
        </message>
        <message>
            <source>--reached-on %1 is in the future; give the date the milestones were really reached</source>
            <translation>--reached-on %1 ada di masa depan; berikan tanggal tahapan itu benar-benar tercapai</translation>
        </message>
        <message>
            <source>No imports yet.</source>
            <translation>Belum ada impor.</translation>
        </message>
        <message>
            <source>%1  %2  %3  undo of import %4 (%5)</source>
            <translation>%1  %2  %3  pembatalan impor %4 (%5)</translation>
        </message>
        <message>
            <source>%1  %2  %3  %4: %5 row(s), %6 changed, %7 unchanged, %8 rejected%9</source>
            <translation>%1  %2  %3  %4: %5 baris, %6 berubah, %7 tetap, %8 ditolak%9</translation>
        </message>
        <message>
            <source> (undone)</source>
            <translation> (dibatalkan)</translation>
        </message>
        <message>
            <source>init makes a new database file; for a server, use migrate-db --from FILE --to %1 after init</source>
            <translation>init membuat berkas database baru; untuk server, jalankan migrate-db --from BERKAS --to %1 setelah init</translation>
        </message>
        <message>
            <source>"%1" already exists; init makes a new database only, so give a new file name</source>
            <translation>"%1" sudah ada; init hanya membuat database baru, jadi berikan nama berkas baru</translation>
        </message>
        <message>
            <source>"%1" is not a regency or province code; give one such as 12.08 (Kabupaten Simalungun) or 12 (Provinsi Sumatera Utara)</source>
            <translation>"%1" bukan kode kabupaten/kota atau provinsi; berikan kode seperti 12.08 (Kabupaten Simalungun) atau 12 (Provinsi Sumatera Utara)</translation>
        </message>
        <message>
            <source>%1 created for %2: %3 districts, %4 villages, %5 cooperatives.</source>
            <translation>%1 dibuat untuk %2: %3 kecamatan, %4 desa/kelurahan, %5 koperasi.</translation>
        </message>
        <message>
            <source>The copy differs from the original (see above), so it was not kept.</source>
            <translation>Salinan berbeda dari aslinya (lihat di atas), jadi tidak disimpan.</translation>
        </message>
        <message>
            <source>database file "%1" does not exist; a new one is made with init --db FILE --area CODE (e.g. --area 12.08)</source>
            <translation>berkas database "%1" tidak ada; database baru dibuat dengan init --db BERKAS --area KODE (mis. --area 12.08)</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>(not imported)</source>
            <translation>(tidak diimpor)</translation>
        </message>
        <message>
            <source>Village code</source>
            <translation>Kode desa</translation>
        </message>
        <message>
            <source>Village name</source>
            <translation>Nama desa</translation>
        </message>
        <message>
            <source>Kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Chair's name</source>
            <translation>Nama ketua</translation>
        </message>
        <message>
            <source>Chair's phone</source>
            <translation>No. HP ketua</translation>
        </message>
        <message>
            <source>Cooperative phone</source>
            <translation>Telepon koperasi</translation>
        </message>
        <message>
            <source>SK AHU number</source>
            <translation>Nomor SK AHU</translation>
        </message>
        <message>
            <source>SK AHU date</source>
            <translation>Tanggal SK AHU</translation>
        </message>
        <message>
            <source>NIK Koperasi</source>
            <translation>NIK Koperasi</translation>
        </message>
        <message>
            <source>NPWP</source>
            <translation>NPWP</translation>
        </message>
        <message>
            <source>NIB</source>
            <translation>NIB</translation>
        </message>
        <message>
            <source>Number of members</source>
            <translation>Jumlah anggota</translation>
        </message>
        <message>
            <source>Milestone reached</source>
            <translation>Tahapan tercapai</translation>
        </message>
        <message>
            <source>Milestone date</source>
            <translation>Tanggal tahapan</translation>
        </message>
        <message>
            <source>Cooperative's name</source>
            <translation>Nama koperasi</translation>
        </message>
        <message>
            <source>Secretary's name</source>
            <translation>Nama sekretaris</translation>
        </message>
        <message>
            <source>Secretary's phone</source>
            <translation>Telepon sekretaris</translation>
        </message>
        <message>
            <source>Treasurer's name</source>
            <translation>Nama bendahara</translation>
        </message>
        <message>
            <source>Treasurer's phone</source>
            <translation>Telepon bendahara</translation>
        </message>
        <message>
            <source>From the region data (not imported)</source>
            <translation>Dari data wilayah (tidak diimpor)</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Usage: pantau-kopdes [--db FILE] [--lang id|en]   (starts the application)</source>
            <translation>Penggunaan: pantau-kopdes [--db BERKAS] [--lang id|en]   (menjalankan aplikasi)</translation>
        </message>
        <message>
            <source>usage: pantau-kopdes %1</source>
            <translation>penggunaan: pantau-kopdes %1</translation>
        </message>
        <message>
            <source>pantau-kopdes: unknown command "%1"; "pantau-kopdes help" lists the commands</source>
            <translation>pantau-kopdes: perintah "%1" tidak dikenal; "pantau-kopdes help" menampilkan daftar perintah</translation>
        </message>
        <message>
            <source>summary --db FILE [--as-of YYYY-MM-DD] [--json]</source>
            <translation>summary --db BERKAS [--as-of TTTT-BB-HH] [--json]</translation>
        </message>
        <message>
            <source>demo --db FILE [--replace]</source>
            <translation>demo --db BERKAS [--replace]</translation>
        </message>
        <message>
            <source>init --db FILE --area CODE [--by NAME]   (a new database for a regency, e.g. 12.08, or a province)</source>
            <translation>init --db BERKAS --area KODE [--by NAMA]   (database baru untuk satu kabupaten/kota, mis. 12.08, atau satu provinsi)</translation>
        </message>
        <message>
            <source>migrate-db --from FILE|postgresql://… --to postgresql://…|FILE</source>
            <translation>migrate-db --from BERKAS|postgresql://… --to postgresql://…|BERKAS</translation>
        </message>
        <message>
            <source>attendance mark|list|workshops|cards --db FILE [--workshop ID] [--code VILLAGE_CODE | --codes-from FILE|-] [--by NAME] [--desk DESK] [--name NAME] [--role ROLE] [--reopen] [--absent] [--json] [--out FILE.pdf]</source>
            <translation>attendance mark|list|workshops|cards --db BERKAS [--workshop ID] [--code KODE_DESA | --codes-from BERKAS|-] [--by NAMA] [--desk MEJA] [--name NAMA] [--role JABATAN] [--reopen] [--absent] [--json] [--out BERKAS.pdf]</translation>
        </message>
        <message>
            <source>report --db FILE --out FILE.pdf [--workshop ID|latest] [--as-of YYYY-MM-DD] [--compare-from YYYY-MM-DD] [--milestone CODE] [--area CODE] [--paper a4|f4] [--landscape]</source>
            <translation>report --db BERKAS --out BERKAS.pdf [--workshop ID|latest] [--as-of TTTT-BB-HH] [--compare-from TTTT-BB-HH] [--milestone KODE] [--area KODE] [--paper a4|f4] [--landscape]</translation>
        </message>
        <message>
            <source>import --db FILE --in FILE [--sheet NAME] [--reached-on YYYY-MM-DD] [--skip-bad-rows] [--allow-withdraw] [--dry-run] [--json] [--by NAME] | import --db FILE --undo ID [--json] [--by NAME]</source>
            <translation>import --db BERKAS --in BERKAS [--sheet NAMA] [--reached-on TTTT-BB-HH] [--skip-bad-rows] [--allow-withdraw] [--dry-run] [--json] [--by NAMA] | import --db BERKAS --undo ID [--json] [--by NAMA]</translation>
        </message>
        <message>
            <source>imports --db FILE [--json]</source>
            <translation>imports --db BERKAS [--json]</translation>
        </message>
        <message>
            <source>export --db FILE --out FILE.xlsx|FILE.csv [--what registry|districts|absent] [--workshop ID] [--district CODE] [--as-of YYYY-MM-DD] [--separator comma|semicolon]</source>
            <translation>export --db BERKAS --out BERKAS.xlsx|BERKAS.csv [--what registry|districts|absent] [--workshop ID] [--district KODE] [--as-of TTTT-BB-HH] [--separator comma|semicolon]</translation>
        </message>
        <message>
            <source>backup --db FILE [--out FILE]   (default: into the "backups" folder beside the database)</source>
            <translation>backup --db BERKAS [--out BERKAS]   (bawaan: ke folder "backups" di samping database)</translation>
        </message>
        <message>
            <source>restore --db FILE --from BACKUP_FILE   (backs up the current state first)</source>
            <translation>restore --db BERKAS --from BERKAS_CADANGAN   (keadaan sekarang dicadangkan dulu)</translation>
        </message>
    </context>
    <context>
        <name>CooperativeEditDialog</name>
        <message>
            <source>Edit cooperative</source>
            <translation>Ubah koperasi</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Koperasi</translation>
        </message>
        <message>
            <source>Village code:</source>
            <translation>Kode desa:</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>Desa/kelurahan:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>&amp;Legal entity no. (SK AHU):</source>
            <translation>Nomor &amp;badan hukum (SK AHU):</translation>
        </message>
        <message>
            <source>AHU-0001234.AH.01.29.TAHUN 2025</source>
            <translation>AHU-0001234.AH.01.29.TAHUN 2025</translation>
        </message>
        <message>
            <source>Legal entity &amp;date:</source>
            <translation>&amp;Tanggal badan hukum:</translation>
        </message>
        <message>
            <source>Nomor &amp;Induk Koperasi:</source>
            <translation>Nomor &amp;Induk Koperasi:</translation>
        </message>
        <message>
            <source>16 digits (not a person's KTP number)</source>
            <translation>16 digit (bukan NIK KTP perorangan)</translation>
        </message>
        <message>
            <source>NP&amp;WP:</source>
            <translation>NP&amp;WP:</translation>
        </message>
        <message>
            <source>NI&amp;B:</source>
            <translation>NI&amp;B:</translation>
        </message>
        <message>
            <source>Cooperative &amp;phone:</source>
            <translation>&amp;Telepon koperasi:</translation>
        </message>
        <message>
            <source>0812-3456-7890</source>
            <translation>0812-3456-7890</translation>
        </message>
        <message>
            <source>&amp;Members:</source>
            <translation>Jumlah &amp;anggota:</translation>
        </message>
        <message>
            <source>Board (pengurus) and supervisor</source>
            <translation>Pengurus dan pengawas</translation>
        </message>
        <message>
            <source>&amp;Chair:</source>
            <translation>&amp;Ketua:</translation>
        </message>
        <message>
            <source>Chair's p&amp;hone:</source>
            <translation>Telepon k&amp;etua:</translation>
        </message>
        <message>
            <source>&amp;Secretary:</source>
            <translation>&amp;Sekretaris:</translation>
        </message>
        <message>
            <source>Secretary's ph&amp;one:</source>
            <translation>Telepon sekretar&amp;is:</translation>
        </message>
        <message>
            <source>&amp;Treasurer:</source>
            <translation>&amp;Bendahara:</translation>
        </message>
        <message>
            <source>Treasurer's pho&amp;ne:</source>
            <translation>Telepon benda&amp;hara:</translation>
        </message>
        <message>
            <source>Su&amp;pervisor:</source>
            <translation>&amp;Pengawas:</translation>
        </message>
        <message>
            <source>Business units</source>
            <translation>Unit usaha</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Ubah %1</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>%1, Kecamatan %2</source>
            <translation>%1, Kecamatan %2</translation>
        </message>
        <message>
            <source>KKMP (Koperasi Kelurahan Merah Putih)</source>
            <translation>KKMP (Koperasi Kelurahan Merah Putih)</translation>
        </message>
        <message>
            <source>KDMP (Koperasi Desa Merah Putih)</source>
            <translation>KDMP (Koperasi Desa Merah Putih)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Tidak tersimpan</translation>
        </message>
        <message>
            <source>The changes to %1 were not saved: %2

The form stays open with your changes; try again, or press Cancel to leave it.</source>
            <translation>Perubahan pada %1 tidak tersimpan: %2

Formulir tetap terbuka dengan perubahan Anda; coba lagi, atau tekan Batal untuk menutupnya.</translation>
        </message>
        <message>
            <source>Save changes?</source>
            <translation>Simpan perubahan?</translation>
        </message>
        <message>
            <source>You changed %1. Save the changes?</source>
            <translation>Anda mengubah %1. Simpan perubahannya?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
    </context>
    <context>
        <name>CooperativeHistoryDialog</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Legal entity number</source>
            <translation>Nomor badan hukum</translation>
        </message>
        <message>
            <source>Legal entity date</source>
            <translation>Tanggal badan hukum</translation>
        </message>
        <message>
            <source>Nomor Induk Koperasi</source>
            <translation>Nomor Induk Koperasi</translation>
        </message>
        <message>
            <source>NPWP</source>
            <translation>NPWP</translation>
        </message>
        <message>
            <source>NIB</source>
            <translation>NIB</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Ketua</translation>
        </message>
        <message>
            <source>Chair's phone</source>
            <translation>Telepon ketua</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Sekretaris</translation>
        </message>
        <message>
            <source>Secretary's phone</source>
            <translation>Telepon sekretaris</translation>
        </message>
        <message>
            <source>Treasurer</source>
            <translation>Bendahara</translation>
        </message>
        <message>
            <source>Treasurer's phone</source>
            <translation>Telepon bendahara</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Pengawas</translation>
        </message>
        <message>
            <source>Cooperative phone</source>
            <translation>Telepon koperasi</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Jumlah anggota</translation>
        </message>
        <message>
            <source>Business units</source>
            <translation>Unit usaha</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>reached on %1</source>
            <translation>tercapai pada %1</translation>
        </message>
        <message>
            <source>reached on %1 (no longer current)</source>
            <translation>tercapai pada %1 (tidak berlaku lagi)</translation>
        </message>
        <message>
            <source>Milestone reached: %1</source>
            <translation>Tahapan tercapai: %1</translation>
        </message>
        <message>
            <source>Milestone withdrawn: %1</source>
            <translation>Tahapan dibatalkan: %1</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(kosong)</translation>
        </message>
        <message>
            <source>Changed: %1</source>
            <translation>Diubah: %1</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>History of %1</source>
            <translation>Riwayat %1</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Dicatat</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Kejadian</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Belum ada catatan.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>CooperativeRepository</name>
        <message>
            <source>Creating the cooperatives</source>
            <translation>Membuat data koperasi</translation>
        </message>
        <message>
            <source>Adding the cooperative</source>
            <translation>Menambah koperasi</translation>
        </message>
        <message>
            <source>Village %1 already has a cooperative. Each village has exactly one KMP; edit the existing one instead.</source>
            <translation>Desa/kelurahan %1 sudah memiliki koperasi. Setiap desa/kelurahan hanya punya satu KMP; ubah data koperasi yang sudah ada.</translation>
        </message>
        <message>
            <source>Village code %1 is not in this office's area. Check the code.</source>
            <translation>Kode desa/kelurahan %1 tidak termasuk wilayah kantor ini. Periksa kodenya.</translation>
        </message>
        <message>
            <source>Saving the cooperative</source>
            <translation>Menyimpan data koperasi</translation>
        </message>
        <message>
            <source>Building the demo</source>
            <translation>Membuat data demo</translation>
        </message>
        <message>
            <source>Counting cooperatives</source>
            <translation>Menghitung koperasi</translation>
        </message>
        <message>
            <source>Reading the cooperative</source>
            <translation>Membaca data koperasi</translation>
        </message>
        <message>
            <source>The cooperative no longer exists (it may have been removed on another computer).</source>
            <translation>Koperasi ini sudah tidak ada (mungkin dihapus di komputer lain).</translation>
        </message>
        <message>
            <source>Looking up the cooperative</source>
            <translation>Mencari koperasi</translation>
        </message>
        <message>
            <source>Searching the registry</source>
            <translation>Mencari di daftar koperasi</translation>
        </message>
        <message>
            <source>Reading the registry</source>
            <translation>Membaca daftar koperasi</translation>
        </message>
        <message>
            <source>Reading the history</source>
            <translation>Membaca riwayat</translation>
        </message>
        <message>
            <source>Reading the cooperatives</source>
            <translation>Membaca data koperasi</translation>
        </message>
    </context>
    <context>
        <name>CooperativeValidator</name>
        <message>
            <source>%1 (%2) is in the future. Enter the date it actually happened, today (%3) at the latest.</source>
            <translation>%1 (%2) ada di masa depan. Isi tanggal kejadian yang sebenarnya, paling lambat hari ini (%3).</translation>
        </message>
        <message>
            <source>The cooperative's name is empty. Enter its name as on the deed.</source>
            <translation>Nama koperasi kosong. Isi nama sesuai akta.</translation>
        </message>
        <message>
            <source>Cooperative phone</source>
            <translation>Telepon koperasi</translation>
        </message>
        <message>
            <source>Chair's phone</source>
            <translation>Telepon ketua</translation>
        </message>
        <message>
            <source>Secretary's phone</source>
            <translation>Telepon sekretaris</translation>
        </message>
        <message>
            <source>Treasurer's phone</source>
            <translation>Telepon bendahara</translation>
        </message>
        <message>
            <source>%1 "%2" is not a valid Indonesian phone number. Write it like 0812-3456-7890 or +62 812 3456 7890.</source>
            <translation>%1 "%2" bukan nomor telepon Indonesia yang sah. Tulis seperti 0812-3456-7890 atau +62 812 3456 7890.</translation>
        </message>
        <message>
            <source>Legal entity number "%1" does not look like an SK AHU number. Copy it from the decree, e.g. AHU-0001234.AH.01.29.TAHUN 2025.</source>
            <translation>Nomor badan hukum "%1" tidak seperti nomor SK AHU. Salin dari surat keputusan, misalnya AHU-0001234.AH.01.29.TAHUN 2025.</translation>
        </message>
        <message>
            <source>The legal entity number has no date. Enter the date of the SK AHU.</source>
            <translation>Nomor badan hukum belum bertanggal. Isi tanggal SK AHU.</translation>
        </message>
        <message>
            <source>The legal entity date</source>
            <translation>Tanggal badan hukum</translation>
        </message>
        <message>
            <source>The Nomor Induk Koperasi must have 16 digits. Do not enter a person's KTP number here.</source>
            <translation>Nomor Induk Koperasi harus 16 digit. Jangan isi dengan NIK KTP perorangan.</translation>
        </message>
        <message>
            <source>The member count cannot be negative.</source>
            <translation>Jumlah anggota tidak boleh negatif.</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>Not enough memory to read the CSV file.</source>
            <translation>Memori tidak cukup untuk membaca berkas CSV.</translation>
        </message>
        <message>
            <source>The CSV file is malformed at row %1 (%2). Check that row for an unclosed quote.</source>
            <translation>Berkas CSV rusak pada baris %1 (%2). Periksa tanda kutip yang tidak ditutup pada baris itu.</translation>
        </message>
        <message>
            <source>Cannot read "%1": %2</source>
            <translation>Tidak dapat membaca "%1": %2</translation>
        </message>
    </context>
    <context>
        <name>CsvTableReader</name>
        <message>
            <source>The file %1 is not a spreadsheet: it is not an Excel (.xlsx, .xls) or LibreOffice (.ods) workbook, nor a CSV or text file. Open it in Excel and save it as .xlsx.</source>
            <translation>Berkas %1 bukan lembar kerja: bukan buku kerja Excel (.xlsx, .xls) atau LibreOffice (.ods), juga bukan berkas CSV atau teks. Buka di Excel lalu simpan sebagai .xlsx.</translation>
        </message>
        <message>
            <source>The file %1 has a quote (") that is never closed: it opens on line %2, in column %3. Close the quote or remove it, and import again.</source>
            <translation>Berkas %1 memiliki tanda kutip (") yang tidak pernah ditutup: dibuka di baris %2, kolom %3. Tutup atau hapus tanda kutip itu, lalu impor lagi.</translation>
        </message>
        <message>
            <source>The file %1 has more than %2 rows, too many to import. Split it into smaller files.</source>
            <translation>Berkas %1 berisi lebih dari %2 baris, terlalu banyak untuk diimpor. Pecah menjadi beberapa berkas yang lebih kecil.</translation>
        </message>
        <message>
            <source>Line %2 of the file %1 has more than %3 columns, too many to import.</source>
            <translation>Baris %2 berkas %1 berisi lebih dari %3 kolom, terlalu banyak untuk diimpor.</translation>
        </message>
        <message>
            <source>The file %1 has more than %2 cells, too many to import. Split it into smaller files.</source>
            <translation>Berkas %1 memiliki lebih dari %2 sel, terlalu banyak untuk diimpor. Pecah menjadi beberapa berkas yang lebih kecil.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Milestones</source>
            <translation>Tahapan</translation>
        </message>
        <message>
            <source>Over time</source>
            <translation>Dari waktu ke waktu</translation>
        </message>
        <message>
            <source>The milestone the districts are compared on</source>
            <translation>Tahapan yang dibandingkan antarkecamatan</translation>
        </message>
        <message>
            <source>Per district — click a bar to list the cooperatives that have not reached it</source>
            <translation>Per kecamatan — klik batang untuk menampilkan koperasi yang belum mencapainya</translation>
        </message>
        <message>
            <source>&lt;b&gt;Per district&lt;/b&gt;</source>
            <translation>&lt;b&gt;Per kecamatan&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Copy table</source>
            <translation>Salin tabel</translation>
        </message>
        <message>
            <source>Copies the table to paste into a spreadsheet or a letter (Ctrl+C)</source>
            <translation>Menyalin tabel untuk ditempel ke lembar kerja atau surat (Ctrl+C)</translation>
        </message>
        <message>
            <source>Every figure counts the milestones reached on or before this date</source>
            <translation>Setiap angka menghitung tahapan yang dicapai pada atau sebelum tanggal ini</translation>
        </message>
        <message>
            <source>The cards show the change since this date</source>
            <translation>Kartu menunjukkan perubahan sejak tanggal ini</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Per tanggal</translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation>Bandingkan dengan</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <source>Show the figures as of today</source>
            <translation>Tampilkan angka per hari ini</translation>
        </message>
        <message>
            <source>Save image...</source>
            <translation>Simpan gambar...</translation>
        </message>
        <message>
            <source>Save this chart as a PNG (300 dpi) or SVG image for a report or a presentation</source>
            <translation>Simpan grafik ini sebagai gambar PNG (300 dpi) atau SVG untuk laporan atau presentasi</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>Angka tidak dapat dibaca: %1</translation>
        </message>
        <message>
            <source>Progress of the KMP in %1</source>
            <translation>Perkembangan KMP di %1</translation>
        </message>
        <message>
            <source>%1 cooperatives in %2 districts · as of %3, compared with %4</source>
            <translation>%1 koperasi di %2 kecamatan · per %3, dibandingkan dengan %4</translation>
        </message>
        <message>
            <source>The chart could not be saved to "%1". Check that the folder exists and that you may write there.</source>
            <translation>Grafik tidak dapat disimpan ke "%1". Periksa apakah foldernya ada dan Anda boleh menulis di sana.</translation>
        </message>
        <message>
            <source>milestones</source>
            <translation>tahapan</translation>
        </message>
        <message>
            <source>districts</source>
            <translation>kecamatan</translation>
        </message>
        <message>
            <source>over-time</source>
            <translation>perkembangan</translation>
        </message>
        <message>
            <source>PNG image, 300 dpi (*.png)</source>
            <translation>Gambar PNG, 300 dpi (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Gambar SVG (*.svg)</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Simpan grafik</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>"%1" is a folder, not a database file.</source>
            <translation>"%1" adalah folder, bukan berkas basis data.</translation>
        </message>
        <message>
            <source>"%1" is not a Pantau Kopdes database (it is not an SQLite file). It was not changed.</source>
            <translation>"%1" bukan basis data Pantau Kopdes (bukan berkas SQLite). Berkas itu tidak diubah.</translation>
        </message>
        <message>
            <source>Opening the database</source>
            <translation>Membuka basis data</translation>
        </message>
        <message>
            <source>Cannot open the database "%1". Check that the file and its folder can be read.</source>
            <translation>Basis data "%1" tidak dapat dibuka. Periksa apakah berkas dan foldernya dapat dibaca.</translation>
        </message>
        <message>
            <source>Checking the database</source>
            <translation>Memeriksa basis data</translation>
        </message>
        <message>
            <source>"%1" is an SQLite file of another program, not a Pantau Kopdes database. It was not changed.</source>
            <translation>"%1" adalah berkas SQLite milik program lain, bukan basis data Pantau Kopdes. Berkas itu tidak diubah.</translation>
        </message>
        <message>
            <source>"%1" holds no Pantau Kopdes data. It was not changed.</source>
            <translation>"%1" tidak berisi data Pantau Kopdes. Berkas itu tidak diubah.</translation>
        </message>
        <message>
            <source>The database file "%1" does not exist. Nothing was created.</source>
            <translation>Berkas basis data "%1" tidak ada. Tidak ada berkas yang dibuat.</translation>
        </message>
        <message>
            <source>"%1" is an empty file (0 bytes), not a Pantau Kopdes database. It was not changed.</source>
            <translation>"%1" adalah berkas kosong (0 bita), bukan basis data Pantau Kopdes. Berkas itu tidak diubah.</translation>
        </message>
        <message>
            <source>Cannot create the folder for "%1". Choose a folder you can write to.</source>
            <translation>Folder untuk "%1" tidak dapat dibuat. Pilih folder yang dapat ditulisi.</translation>
        </message>
        <message>
            <source>Cannot read "%1". Check that the file can be read.</source>
            <translation>"%1" tidak dapat dibaca. Periksa apakah berkas itu dapat dibaca.</translation>
        </message>
        <message>
            <source>The database "%1" is damaged: some of its records cannot be read correctly. It was opened read-only, so nothing more can be saved in it. Use the latest backup copy instead (for example a "…-backup.sqlite" file beside it) and keep the damaged file for the helpdesk.</source>
            <translation>Basis data "%1" rusak: sebagian datanya tidak dapat dibaca dengan benar. Basis data dibuka hanya-baca, jadi tidak ada lagi yang dapat disimpan di dalamnya. Gunakan salinan cadangan terbaru (misalnya berkas "…-backup.sqlite" di sebelahnya) dan simpan berkas yang rusak untuk petugas bantuan.</translation>
        </message>
        <message>
            <source>"%1" was made by an earlier version of Pantau Kopdes and must be upgraded first; this command only reads and did not change it. Open it once in the application (a copy of it as it was is kept).</source>
            <translation>"%1" dibuat oleh versi Pantau Kopdes yang lebih lama dan harus diperbarui dulu; perintah ini hanya membaca dan tidak mengubahnya. Buka sekali di aplikasi (salinannya seperti semula disimpan).</translation>
        </message>
        <message>
            <source>Copying the database to "%1"</source>
            <translation>Menyalin basis data ke "%1"</translation>
        </message>
        <message>
            <source>The schema "pantau" of "%1" holds tables of another program, not Pantau Kopdes data. It was not changed.</source>
            <translation>Skema "pantau" di "%1" berisi tabel program lain, bukan data Pantau Kopdes. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>A database on a server is backed up by its administrator (pg_dump), not by this application.</source>
            <translation>Basis data di server dicadangkan oleh pengelola server (pg_dump), bukan oleh aplikasi ini.</translation>
        </message>
        <message>
            <source>This installation cannot reach a PostgreSQL server: Qt's PostgreSQL driver is missing (on Debian and Ubuntu, install the package libqt6sql6-psql).</source>
            <translation>Instalasi ini tidak dapat terhubung ke server PostgreSQL: driver PostgreSQL untuk Qt belum terpasang (di Debian dan Ubuntu, pasang paket libqt6sql6-psql).</translation>
        </message>
        <message>
            <source>Cannot connect to the database server %1. Check the address and the password, that the server is running and that this computer can reach it (network, firewall). The server said: %2</source>
            <translation>Tidak dapat terhubung ke server basis data %1. Periksa alamat dan kata sandi, bahwa server menyala, dan bahwa komputer ini dapat menjangkaunya (jaringan, firewall). Pesan server: %2</translation>
        </message>
        <message>
            <source>Preparing the database on the server</source>
            <translation>Menyiapkan basis data di server</translation>
        </message>
        <message>
            <source>"%1" was made by an earlier version of Pantau Kopdes and must be upgraded first; this command only reads and did not change it. Open it once in the application.</source>
            <translation>"%1" dibuat oleh versi Pantau Kopdes yang lebih lama dan harus diperbarui dulu; perintah ini hanya membaca dan tidak mengubahnya. Buka sekali di aplikasi.</translation>
        </message>
        <message>
            <source>Only a database on a server opened for writing can be emptied this way.</source>
            <translation>Hanya basis data di server yang dibuka untuk ditulisi yang dapat dikosongkan dengan cara ini.</translation>
        </message>
        <message>
            <source>Emptying the database on the server</source>
            <translation>Mengosongkan basis data di server</translation>
        </message>
        <message>
            <source>Copying the database</source>
            <translation>Menyalin basis data</translation>
        </message>
        <message>
            <source>The server address %1 contains a password, which every user of this PC could read. Remove ":password" from the address: the application asks for the password when it connects and can remember it in the system's password store.</source>
            <translation>Alamat server %1 memuat kata sandi, yang dapat dibaca setiap pengguna PC ini. Hapus ":katasandi" dari alamat itu: aplikasi menanyakan kata sandi saat menyambung dan dapat mengingatnya di penyimpanan kata sandi sistem.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseCopier</name>
        <message>
            <source>Counting rows</source>
            <translation>Menghitung baris</translation>
        </message>
        <message>
            <source>Copying the database to %1</source>
            <translation>Menyalin basis data ke %1</translation>
        </message>
        <message>
            <source>The two databases are at different versions (%1 and %2). Open the older one once in this version of the application, then copy again.</source>
            <translation>Kedua basis data berbeda versi (%1 dan %2). Buka yang lebih lama sekali di versi aplikasi ini, lalu salin lagi.</translation>
        </message>
        <message>
            <source>%1 already holds data (table %2). Copy only into a new, empty database; nothing was changed.</source>
            <translation>%1 sudah berisi data (tabel %2). Salin hanya ke basis data baru yang kosong; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The tables %1 refer to each other in a circle; they cannot be copied one after the other.</source>
            <translation>Tabel %1 saling merujuk secara melingkar; tabel-tabel itu tidak dapat disalin satu per satu.</translation>
        </message>
    </context>
    <context>
        <name>DemoScenario</name>
        <message>
            <source>Demo data: people and phone numbers are invented.</source>
            <translation>Data demo: nama orang dan nomor telepon adalah rekaan.</translation>
        </message>
        <message>
            <source>Building the demo</source>
            <translation>Membuat data demo</translation>
        </message>
        <message>
            <source>"%1" already exists. Choose a new file name; existing data is never overwritten.</source>
            <translation>"%1" sudah ada. Pilih nama berkas baru; data yang ada tidak pernah ditimpa.</translation>
        </message>
        <message>
            <source>"%1" already holds data. Choose another database; existing data is never overwritten (add --replace to delete it and write the demo).</source>
            <translation>"%1" sudah berisi data. Pilih basis data lain; data yang ada tidak pernah ditimpa (tambahkan --replace untuk menghapusnya dan menulis demo).</translation>
        </message>
    </context>
    <context>
        <name>DemoWorkshop</name>
        <message>
            <source>Demo data: all KMP boards invited; arrival times are invented.</source>
            <translation>Data demo: seluruh pengurus KMP diundang; jam kedatangan dikarang.</translation>
        </message>
    </context>
    <context>
        <name>DistrictProgressModel</name>
        <message>
            <source>Total</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Double-click to list the cooperatives of %1 that have not reached this yet.</source>
            <translation>Klik dua kali untuk menampilkan koperasi di %1 yang belum mencapai tahapan ini.</translation>
        </message>
        <message>
            <source>Regency/City</source>
            <translation>Kabupaten/Kota</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Villages</source>
            <translation>Desa/Kelurahan</translation>
        </message>
        <message>
            <source>KMP</source>
            <translation>KMP</translation>
        </message>
    </context>
    <context>
        <name>ExportFileDialog</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV for Excel with Indonesian regional settings, separated by semicolons (*.csv)</source>
            <translation>CSV untuk Excel dengan pengaturan wilayah Indonesia, dipisah titik koma (*.csv)</translation>
        </message>
        <message>
            <source>CSV separated by commas (*.csv)</source>
            <translation>CSV dipisah koma (*.csv)</translation>
        </message>
        <message>
            <source>"%1" already exists. Replace it?</source>
            <translation>"%1" sudah ada. Ganti?</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Set up Pantau Kopdes</source>
            <translation>Penyiapan Pantau Kopdes</translation>
        </message>
        <message>
            <source>Which area does your office serve? Pantau Kopdes will create its districts (kecamatan), its villages and one Koperasi Merah Putih per village, named by the programme's pattern.</source>
            <translation>Wilayah mana yang dilayani kantor Anda? Pantau Kopdes akan membuat kecamatan, desa/kelurahan, dan satu Koperasi Merah Putih untuk setiap desa/kelurahan dengan penamaan sesuai program.</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>&amp;Provinsi:</translation>
        </message>
        <message>
            <source>One &amp;regency or city:</source>
            <translation>Satu &amp;kabupaten/kota:</translation>
        </message>
        <message>
            <source>The &amp;whole province (provincial office)</source>
            <translation>&amp;Seluruh provinsi (kantor provinsi)</translation>
        </message>
        <message>
            <source>%1: %2 districts, %3 villages, %4 cooperatives created.</source>
            <translation>%1: %2 kecamatan, %3 desa/kelurahan, %4 koperasi dibuat.</translation>
        </message>
    </context>
    <context>
        <name>FirstStepsPanel</name>
        <message>
            <source>&lt;b&gt;First steps for a new office&lt;/b&gt;</source>
            <translation>&lt;b&gt;Langkah pertama kantor baru&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Import the office's list of cooperatives from its spreadsheet</source>
            <translation>Impor daftar koperasi kantor dari lembar kerjanya</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>&amp;Impor dari berkas…</translation>
        </message>
        <message>
            <source>Set the letterhead and the signatory of the reports</source>
            <translation>Atur kop surat dan penanda tangan laporan</translation>
        </message>
        <message>
            <source>Set the &amp;letterhead…</source>
            <translation>Atur &amp;kop surat…</translation>
        </message>
        <message>
            <source>Plan the first workshop</source>
            <translation>Rencanakan workshop pertama</translation>
        </message>
        <message>
            <source>Plan a &amp;workshop…</source>
            <translation>Rencanakan &amp;workshop…</translation>
        </message>
        <message>
            <source>Read the &amp;guide (F1)</source>
            <translation>Baca &amp;panduan (F1)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Belum dikerjakan</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Guide</source>
            <translation>Panduan</translation>
        </message>
    </context>
    <context>
        <name>HeaderDetector</name>
        <message>
            <source>%1, sheet %2</source>
            <translation>%1, sheet %2</translation>
        </message>
        <message>
            <source>No header row was found in %1: none of the first %2 rows names the village (a column "Kode Desa" or "Desa") and at least one other known column ("Kecamatan", "Nama Ketua", "No HP", a milestone such as "Musdesus" ...). Add such a header row above the data, or choose the columns by hand.</source>
            <translation>Baris judul kolom tidak ditemukan di %1: tidak satu pun dari %2 baris pertama menyebut desa (kolom "Kode Desa" atau "Desa") beserta sedikitnya satu kolom lain yang dikenal ("Kecamatan", "Nama Ketua", "No HP", tahapan seperti "Musdesus" ...). Tambahkan baris judul seperti itu di atas data, atau pilih kolomnya secara manual.</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>berkas ini</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Import %1 undone (recorded as %2).</source>
            <translation>Impor %1 dibatalkan (dicatat sebagai %2).</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import from a file</source>
            <translation>Impor dari berkas</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Kembali</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Lanjut &gt;</translation>
        </message>
        <message>
            <source>&amp;Apply import</source>
            <translation>&amp;Terapkan impor</translation>
        </message>
        <message>
            <source>Writes every change of the preview in one go, after a backup of the database</source>
            <translation>Menulis semua perubahan pratinjau sekaligus, setelah basis data dicadangkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Batalkan impor</translation>
        </message>
        <message>
            <source>tick the date under Options</source>
            <translation>centang tanggal di bagian Pilihan</translation>
        </message>
        <message>
            <source>Reading and checking "%1"...</source>
            <translation>Membaca dan memeriksa "%1"...</translation>
        </message>
        <message>
            <source>Checking "%1" against the registry...</source>
            <translation>Mencocokkan "%1" dengan daftar koperasi...</translation>
        </message>
        <message>
            <source>Importing "%1": a backup of the database first, then every change in one go...</source>
            <translation>Mengimpor "%1": basis data dicadangkan dulu, lalu semua perubahan ditulis sekaligus...</translation>
        </message>
        <message>
            <source>%1-rejected.%2</source>
            <translation>%1-ditolak.%2</translation>
        </message>
        <message>
            <source>Save the rejected rows</source>
            <translation>Simpan baris yang ditolak</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>The rejected rows could not be saved: %1</source>
            <translation>Baris yang ditolak tidak dapat disimpan: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n rejected row(s) saved to %1, with every column of the file and the reason. Correct them there and import the sheet again.</source>
            <translation>
                <numerusform>%n baris yang ditolak disimpan ke %1, dengan semua kolom berkas dan alasannya. Perbaiki di sana lalu impor lagi lembar itu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportFilePage</name>
        <message>
            <source>Choose the spreadsheet to import (Excel .xlsx or .xls, LibreOffice .ods, or CSV). Its rows are matched to the cooperatives by the village code (Kode Desa), or by the village name and kecamatan. Nothing is changed before you have seen the preview and chosen Apply.</source>
            <translation>Pilih spreadsheet yang akan diimpor (Excel .xlsx atau .xls, LibreOffice .ods, atau CSV). Barisnya dicocokkan dengan koperasi menurut kode desa (Kode Desa), atau menurut nama desa dan kecamatan. Tidak ada yang diubah sebelum Anda melihat pratinjau dan memilih Terapkan.</translation>
        </message>
        <message>
            <source>&amp;Choose file...</source>
            <translation>&amp;Pilih berkas...</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Berkas:</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Lembar:</translation>
        </message>
        <message>
            <source>Import from a file</source>
            <translation>Impor dari berkas</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Spreadsheet (*.xlsx *.xls *.ods *.csv *.tsv *.txt);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Looking at the sheets of "%1"...</source>
            <translation>Melihat lembar-lembar dalam "%1"...</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <source>Import history</source>
            <translation>Riwayat impor</translation>
        </message>
        <message>
            <source>Every import of this database, newest first. An import can be undone as long as nobody has changed the same fields or milestones since.</source>
            <translation>Semua impor ke basis data ini, yang terbaru di atas. Impor dapat dibatalkan selama belum ada yang mengubah isian atau tahapan yang sama sesudahnya.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Berubah</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Save rejected rows as CSV...</source>
            <translation>&amp;Simpan baris yang ditolak sebagai CSV...</translation>
        </message>
        <message>
            <source>The rows the import left out, with the reason, to send back to the kecamatan</source>
            <translation>Baris yang tidak diimpor, dengan alasannya, untuk dikirim kembali ke kecamatan</translation>
        </message>
        <message>
            <source>&amp;Undo import...</source>
            <translation>&amp;Batalkan impor...</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>Simpan baris yang ditolak</translation>
        </message>
        <message>
            <source>%1-rejected.csv</source>
            <translation>%1-ditolak.csv</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>undo of import %1</source>
            <translation>pembatalan impor %1</translation>
        </message>
        <message>
            <source>undone (%1)</source>
            <translation>dibatalkan (%1)</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>diterapkan</translation>
        </message>
        <message>
            <source>Save the rejected rows as a .csv file.</source>
            <translation>Simpan baris yang ditolak sebagai berkas .csv.</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Baris ditolak</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
        <message numerus="yes">
            <source>%n rejected row(s) saved to %1.</source>
            <translation>
                <numerusform>%n baris yang ditolak disimpan ke %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Batalkan impor</translation>
        </message>
        <message>
            <source>Undo import %1 of "%2" (%3, by %4)? Every field and milestone it changed goes back to what it was before it.</source>
            <translation>Batalkan impor %1 dari "%2" (%3, oleh %4)? Semua isian dan tahapan yang diubahnya kembali seperti sebelumnya.</translation>
        </message>
        <message>
            <source>Import %1 was undone.</source>
            <translation>Impor %1 telah dibatalkan.</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingPage</name>
        <message>
            <source>Column in the file</source>
            <translation>Kolom di berkas</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Diimpor sebagai</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Nilai pertama</translation>
        </message>
        <message>
            <source>No header row was found in this sheet.</source>
            <translation>Baris judul kolom tidak ditemukan di lembar ini.</translation>
        </message>
        <message>
            <source>The header is row %1. These columns are imported as they were the last time a file with the same headers was imported; change any that is wrong.</source>
            <translation>Judul kolom ada di baris %1. Kolom-kolom ini diimpor seperti terakhir kali berkas dengan judul yang sama diimpor; ubah yang keliru.</translation>
        </message>
        <message>
            <source>The header is row %1. This is what each column seems to hold; change any that is wrong, or choose "(not imported)".</source>
            <translation>Judul kolom ada di baris %1. Beginilah isi tiap kolom menurut dugaan; ubah yang keliru, atau pilih "(tidak diimpor)".</translation>
        </message>
        <message>
            <source>%1: reached (Ya/Belum or a date)</source>
            <translation>%1: tercapai (Ya/Belum atau tanggal)</translation>
        </message>
        <message>
            <source>%1: date reached</source>
            <translation>%1: tanggal tercapai</translation>
        </message>
    </context>
    <context>
        <name>ImportPlan</name>
        <message>
            <source>Not data, left out: %1.</source>
            <translation>Bukan data, tidak diimpor: %1.</translation>
        </message>
        <message numerus="yes">
            <source>row(s) %1 (a totals line)</source>
            <translation>
                <numerusform>baris %1 (baris jumlah)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>row(s) %1 (the signature block)</source>
            <translation>
                <numerusform>baris %1 (blok tanda tangan)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPlanner</name>
        <message>
            <source>%1: no header row found; the first rows should name the columns (Kode Desa, Nama Desa, …).</source>
            <translation>%1: baris judul kolom tidak ditemukan; baris-baris pertama harus menamai kolomnya (Kode Desa, Nama Desa, …).</translation>
        </message>
        <message>
            <source>%1: no column holds the village code or the village name, so no row can be matched to a cooperative. Choose which column holds the Kode Desa or the Nama Desa.</source>
            <translation>%1: tidak ada kolom berisi kode desa atau nama desa, sehingga tidak satu baris pun dapat dicocokkan dengan koperasi. Pilih kolom mana yang berisi Kode Desa atau Nama Desa.</translation>
        </message>
        <message>
            <source>The date for milestones reached without a date (%1) is in the future.</source>
            <translation>Tanggal untuk tahapan yang tercapai tanpa tanggal (%1) ada di masa depan.</translation>
        </message>
        <message>
            <source>%1 is not a village code; write the Kemendagri code of 10 digits, like 12.08.30.2002</source>
            <translation>%1 bukan kode desa; tulis kode Kemendagri 10 angka, misalnya 12.08.30.2002</translation>
        </message>
        <message>
            <source>village %1 %2 has no cooperative in the registry yet; add it first</source>
            <translation>desa %1 %2 belum punya koperasi di daftar; tambahkan dulu</translation>
        </message>
        <message>
            <source>%1 %2 is outside the office's area (%3); this file may be meant for another office</source>
            <translation>%1 %2 berada di luar wilayah kantor ini (%3); berkas ini mungkin untuk kantor lain</translation>
        </message>
        <message>
            <source>village code %1 does not exist in the Kemendagri list; check the code</source>
            <translation>kode desa %1 tidak ada dalam daftar Kemendagri; periksa kodenya</translation>
        </message>
        <message>
            <source>no village called %1 in the office's area; check the spelling or add a Kode Desa column</source>
            <translation>tidak ada desa bernama %1 di wilayah kantor ini; periksa ejaannya atau tambahkan kolom Kode Desa</translation>
        </message>
        <message>
            <source>no village called %1 in kecamatan %2; check the spelling or add a Kode Desa column</source>
            <translation>tidak ada desa bernama %1 di kecamatan %2; periksa ejaannya atau tambahkan kolom Kode Desa</translation>
        </message>
        <message>
            <source>%1 (%2, kecamatan %3)</source>
            <translation>%1 (%2, kecamatan %3)</translation>
        </message>
        <message numerus="yes">
            <source>%1 fits %n villages: %2; choose one, or add a Kode Desa column</source>
            <translation>
                <numerusform>%1 cocok dengan %n desa: %2; pilih salah satu, atau tambahkan kolom Kode Desa</numerusform>
            </translation>
        </message>
        <message>
            <source>no village code or village name, so the row cannot be matched to a cooperative (a totals line or a note can be removed from the file)</source>
            <translation>tidak ada kode desa atau nama desa, sehingga baris ini tidak dapat dicocokkan dengan koperasi (baris jumlah atau catatan boleh dihapus dari berkas)</translation>
        </message>
        <message>
            <source>%1 is not a date</source>
            <translation>%1 bukan tanggal</translation>
        </message>
        <message>
            <source>%1 is not a Nomor Induk Koperasi: it has 16 digits (a person's KTP number does not belong here)</source>
            <translation>%1 bukan Nomor Induk Koperasi: nomor itu 16 angka (NIK KTP perorangan tidak diisi di sini)</translation>
        </message>
        <message>
            <source>%1 disagrees with column '%2' (%3)</source>
            <translation>%1 tidak sama dengan kolom '%2' (%3)</translation>
        </message>
        <message>
            <source>%1 says not reached, but column '%2' gives a date; clear one of them</source>
            <translation>%1 menyatakan belum tercapai, tetapi kolom '%2' berisi tanggal; kosongkan salah satunya</translation>
        </message>
        <message>
            <source>%1: there are no data rows under the header (row %2).</source>
            <translation>%1: tidak ada baris data di bawah judul kolom (baris %2).</translation>
        </message>
        <message>
            <source>rows %1 are all %2 %3 but disagree in %4; keep one row for it</source>
            <translation>baris %1 semuanya %2 %3 tetapi berbeda di %4; sisakan satu baris untuknya</translation>
        </message>
        <message>
            <source>%1 says %2 is not reached, but %3 reached it on %4; not withdrawn unless withdrawals are allowed</source>
            <translation>%1 menyatakan %2 belum tercapai, padahal %3 mencapainya pada %4; tidak dibatalkan kecuali pembatalan diizinkan</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) say a milestone was reached but give no date (rows %1). Give the date they were reached (%2), or add the dates to the file.</source>
            <translation>
                <numerusform>%n baris menyatakan tahapan tercapai tetapi tanpa tanggal (baris %1). Berikan tanggal tercapainya (%2), atau tambahkan tanggalnya di berkas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>Impor %1</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Baris %1: %2</translation>
        </message>
        <message>
            <source>Row %1, column '%2': %3</source>
            <translation>Baris %1, kolom '%2': %3</translation>
        </message>
        <message>
            <source>%1 is in the future; enter the date it actually happened (today, %2, at the latest)</source>
            <translation>%1 ada di masa depan; isi tanggal kejadiannya yang sebenarnya (paling lambat hari ini, %2)</translation>
        </message>
        <message>
            <source>no village is called %1; did you mean %2? Choose it, correct the spelling in the file, or add a Kode Desa column</source>
            <translation>tidak ada desa bernama %1; apakah maksudnya %2? Pilih desa itu, perbaiki ejaan di berkas, atau tambahkan kolom Kode Desa</translation>
        </message>
        <message>
            <source> or </source>
            <translation> atau </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewPage</name>
        <message>
            <source>Show:</source>
            <translation>Tampilkan:</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Semua baris</translation>
        </message>
        <message>
            <source>Changed rows</source>
            <translation>Baris yang berubah</translation>
        </message>
        <message>
            <source>Rejected and ambiguous rows</source>
            <translation>Baris yang ditolak dan meragukan</translation>
        </message>
        <message>
            <source>Unchanged rows</source>
            <translation>Baris yang tetap</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Koperasi</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>What changes / why</source>
            <translation>Yang berubah / alasannya</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Pilihan</translation>
        </message>
        <message>
            <source>Import the good rows and leave out the rejected ones (they are kept in the import history)</source>
            <translation>Impor baris yang benar dan lewati yang ditolak (yang ditolak disimpan di riwayat impor)</translation>
        </message>
        <message>
            <source>Withdraw milestones the file marks "Belum"/"Tidak" that are recorded as reached</source>
            <translation>Batalkan tahapan yang di berkas ditandai "Belum"/"Tidak" tetapi tercatat sudah tercapai</translation>
        </message>
        <message>
            <source>Milestones marked "Ya"/"Sudah" without a date were reached on:</source>
            <translation>Tahapan bertanda "Ya"/"Sudah" tanpa tanggal tercapai pada:</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: %2 row(s): &lt;b&gt;%3 changed&lt;/b&gt;, %4 unchanged, &lt;b&gt;%5 rejected&lt;/b&gt;%6. %7 field(s) and %8 milestone(s) would change.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: %2 baris: &lt;b&gt;%3 berubah&lt;/b&gt;, %4 tetap, &lt;b&gt;%5 ditolak&lt;/b&gt;%6. %7 isian dan %8 tahapan akan berubah.</translation>
        </message>
        <message>
            <source> (%1 ambiguous: choose the village in the list)</source>
            <translation> (%1 meragukan: pilih desanya di daftar)</translation>
        </message>
        <message>
            <source>%1 milestone(s) marked "Belum" are recorded as reached: they stay unless withdrawals are allowed below.</source>
            <translation>%1 tahapan bertanda "Belum" tercatat sudah tercapai: tetap tercatat kecuali pembatalan diizinkan di bawah.</translation>
        </message>
        <message>
            <source>Apply writes these changes in one go; a backup of the database is made first.</source>
            <translation>Terapkan menulis perubahan ini sekaligus; basis data dicadangkan lebih dulu.</translation>
        </message>
        <message>
            <source>Rejected rows stop the whole file. Correct them in the file, or tick "Import the good rows" below.</source>
            <translation>Baris yang ditolak menahan seluruh berkas. Perbaiki di berkasnya, atau centang "Impor baris yang benar" di bawah.</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Tidak diimpor: %1</translation>
        </message>
        <message>
            <source>changes</source>
            <translation>berubah</translation>
        </message>
        <message>
            <source>same as row %1</source>
            <translation>sama dengan baris %1</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>tetap</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>ditolak</translation>
        </message>
        <message>
            <source>choose village</source>
            <translation>pilih desa</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(kosong)</translation>
        </message>
        <message>
            <source>%1: reached on %2</source>
            <translation>%1: tercapai pada %2</translation>
        </message>
        <message>
            <source>%1: date %2 → %3</source>
            <translation>%1: tanggal %2 → %3</translation>
        </message>
        <message>
            <source>%1: the file says not reached, recorded as reached on %2: kept</source>
            <translation>%1: berkas menyatakan belum, tercatat tercapai pada %2: tetap</translation>
        </message>
        <message>
            <source>%1: withdrawn (was reached on %2)</source>
            <translation>%1: dibatalkan (tadinya tercapai pada %2)</translation>
        </message>
        <message>
            <source>Choose the village...</source>
            <translation>Pilih desanya...</translation>
        </message>
        <message>
            <source>%1 %2 (kec. %3)</source>
            <translation>%1 %2 (kec. %3)</translation>
        </message>
        <message>
            <source>… and %1 more row(s); the totals above count them all.</source>
            <translation>… dan %1 baris lagi; jumlah di atas menghitung semuanya.</translation>
        </message>
        <message>
            <source>&amp;Save the rejected rows…</source>
            <translation>&amp;Simpan baris yang ditolak…</translation>
        </message>
        <message>
            <source>The rejected rows with every column of the file and the reason, as a sheet to correct and send back</source>
            <translation>Baris yang ditolak dengan semua kolom berkas dan alasannya, sebagai lembar untuk diperbaiki dan dikirim kembali</translation>
        </message>
    </context>
    <context>
        <name>ImportRepository</name>
        <message>
            <source>chair's name</source>
            <translation>nama ketua</translation>
        </message>
        <message>
            <source>chair's phone</source>
            <translation>HP ketua</translation>
        </message>
        <message>
            <source>cooperative phone</source>
            <translation>telepon koperasi</translation>
        </message>
        <message>
            <source>SK AHU number</source>
            <translation>nomor SK AHU</translation>
        </message>
        <message>
            <source>SK AHU date</source>
            <translation>tanggal SK AHU</translation>
        </message>
        <message>
            <source>NIK Koperasi</source>
            <translation>NIK Koperasi</translation>
        </message>
        <message>
            <source>NPWP</source>
            <translation>NPWP</translation>
        </message>
        <message>
            <source>NIB</source>
            <translation>NIB</translation>
        </message>
        <message>
            <source>number of members</source>
            <translation>jumlah anggota</translation>
        </message>
        <message>
            <source>Reading the database for the import</source>
            <translation>Membaca basis data untuk impor</translation>
        </message>
        <message>
            <source>Recording the import</source>
            <translation>Mencatat impor</translation>
        </message>
        <message>
            <source>Checking the import can be undone</source>
            <translation>Memeriksa apakah impor dapat dibatalkan</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>Undoing the import</source>
            <translation>Membatalkan impor</translation>
        </message>
        <message>
            <source>Record %1 is itself an undo; it cannot be undone.</source>
            <translation>Catatan %1 adalah pembatalan; tidak dapat dibatalkan lagi.</translation>
        </message>
        <message>
            <source>Import %1 (%2) was already undone on %3 by %4.</source>
            <translation>Impor %1 (%2) sudah dibatalkan pada %3 oleh %4.</translation>
        </message>
        <message>
            <source>Import %1 (%2) cannot be undone: these were changed again after it, and undoing would overwrite those later changes. Correct them by hand instead:</source>
            <translation>Impor %1 (%2) tidak dapat dibatalkan: data berikut diubah lagi sesudahnya, dan pembatalan akan menimpa perubahan yang lebih baru itu. Perbaiki secara manual saja:</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… dan %1 lagi</translation>
        </message>
        <message>
            <source>The import record names an unknown field "%1".</source>
            <translation>Catatan impor menyebut isian yang tidak dikenal "%1".</translation>
        </message>
        <message>
            <source>Reading the import history</source>
            <translation>Membaca riwayat impor</translation>
        </message>
        <message>
            <source>There is no import %1 in this database; the import history lists them.</source>
            <translation>Tidak ada impor %1 di basis data ini; riwayat impor mencantumkan semuanya.</translation>
        </message>
        <message>
            <source>cooperative's name</source>
            <translation>nama koperasi</translation>
        </message>
        <message>
            <source>secretary's name</source>
            <translation>nama sekretaris</translation>
        </message>
        <message>
            <source>secretary's phone</source>
            <translation>telepon sekretaris</translation>
        </message>
        <message>
            <source>treasurer's name</source>
            <translation>nama bendahara</translation>
        </message>
        <message>
            <source>treasurer's phone</source>
            <translation>telepon bendahara</translation>
        </message>
    </context>
    <context>
        <name>ImportResultPage</name>
        <message>
            <source>Imported "%1" (import %2): %3 cooperative(s) changed, %4 unchanged, %5 row(s) rejected.</source>
            <translation>"%1" diimpor (impor %2): %3 koperasi berubah, %4 tetap, %5 baris ditolak.</translation>
        </message>
        <message>
            <source>It can be undone under Data → Import history.</source>
            <translation>Impor ini dapat dibatalkan lewat Data → Riwayat impor.</translation>
        </message>
        <message>
            <source>Nothing was imported: the file was refused when it was checked again. %1</source>
            <translation>Tidak ada yang diimpor: berkas ditolak saat diperiksa ulang. %1</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Tidak ada yang diimpor: %1</translation>
        </message>
    </context>
    <context>
        <name>ImportValues</name>
        <message>
            <source>%1 is not a date that exists</source>
            <translation>%1 bukan tanggal yang ada</translation>
        </message>
        <message>
            <source>%1 is a number, not a date (as a date serial number it would have to lie between %2 and %3)</source>
            <translation>%1 adalah angka, bukan tanggal (sebagai nomor seri tanggal, nilainya harus antara %2 dan %3)</translation>
        </message>
        <message>
            <source>“%1” is not a date: write it day first, like 04/10/2025 or 4 Oktober 2025</source>
            <translation>“%1” bukan tanggal: tulis dengan hari lebih dulu, misalnya 04/10/2025 atau 4 Oktober 2025</translation>
        </message>
        <message>
            <source>%1 is a yes/no value, not a date</source>
            <translation>%1 adalah nilai ya/tidak, bukan tanggal</translation>
        </message>
        <message>
            <source>%1 is not a valid Indonesian phone number (write it like 0812-3456-7890 or +62 812 3456 7890)</source>
            <translation>%1 bukan nomor telepon Indonesia yang benar (tulis seperti 0812-3456-7890 atau +62 812 3456 7890)</translation>
        </message>
        <message>
            <source>%1 is neither yes nor no: write Ya or Sudah, Belum or Tidak, or the date it was reached</source>
            <translation>%1 bukan ya dan bukan tidak: tulis Ya atau Sudah, Belum atau Tidak, atau tanggal tahapan itu tercapai</translation>
        </message>
        <message>
            <source>%1 is not a whole number</source>
            <translation>%1 bukan bilangan bulat</translation>
        </message>
        <message>
            <source>%1 is not an SK AHU number (they look like AHU-0001234.AH.01.29.TAHUN 2025)</source>
            <translation>%1 bukan nomor SK AHU (bentuknya seperti AHU-0001234.AH.01.29.TAHUN 2025)</translation>
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message>
            <source>"%1" is the database this application has open, not a spreadsheet. Choose the file that came from the kecamatan.</source>
            <translation>"%1" adalah basis data yang sedang dibuka aplikasi ini, bukan spreadsheet. Pilih berkas yang datang dari kecamatan.</translation>
        </message>
        <message>
            <source>The file "%1" does not exist.</source>
            <translation>Berkas "%1" tidak ada.</translation>
        </message>
        <message>
            <source>"%1" is too large to be a sheet of cooperatives (%2 MB).</source>
            <translation>"%1" terlalu besar untuk sebuah lembar data koperasi (%2 MB).</translation>
        </message>
        <message>
            <source>The database was changed (perhaps on another computer) since "%1" was checked. Check the file again before applying it.</source>
            <translation>Basis data telah berubah (mungkin di komputer lain) sejak "%1" diperiksa. Periksa berkas itu lagi sebelum menerapkannya.</translation>
        </message>
        <message>
            <source>Importing "%1"</source>
            <translation>Mengimpor "%1"</translation>
        </message>
        <message>
            <source>The database is on a server: no copy was made here; the server's backups are its administrator's job.</source>
            <translation>Basis data ada di server: tidak dibuat salinan di sini; cadangan server adalah tugas administratornya.</translation>
        </message>
        <message>
            <source>A copy of the database from before the import: %1</source>
            <translation>Salinan basis data dari sebelum impor: %1</translation>
        </message>
        <message>
            <source>%1: imported (import %2). %3 row(s): %4 changed, %5 unchanged, %6 rejected.</source>
            <translation>%1: diimpor (impor %2). %3 baris: %4 berubah, %5 tetap, %6 ditolak.</translation>
        </message>
        <message>
            <source>%1: would be imported (dry run, nothing changed). %2 row(s): %3 changed, %4 unchanged, %5 rejected.</source>
            <translation>%1: dapat diimpor (uji coba, tidak ada yang diubah). %2 baris: %3 berubah, %4 tetap, %5 ditolak.</translation>
        </message>
        <message>
            <source>%1: not imported, nothing changed. %2 row(s): %3 changed, %4 unchanged, %5 rejected.</source>
            <translation>%1: tidak diimpor, tidak ada yang diubah. %2 baris: %3 berubah, %4 tetap, %5 ditolak.</translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>Kolom yang tidak diimpor: %1</translation>
        </message>
        <message>
            <source>Correct the rows below and import the file again, or import only the good rows (--skip-bad-rows).</source>
            <translation>Perbaiki baris-baris di bawah lalu impor lagi berkasnya, atau impor hanya baris yang benar (--skip-bad-rows).</translation>
        </message>
        <message>
            <source>"%1" cannot be opened. Close it if another program has it open, and check that you may read it.</source>
            <translation>"%1" tidak dapat dibuka. Tutup berkas itu bila sedang dibuka program lain, dan pastikan Anda boleh membacanya.</translation>
        </message>
    </context>
    <context>
        <name>InvitationSheet</name>
        <message>
            <source>Kecamatan %1</source>
            <translation>Kecamatan %1</translation>
        </message>
        <message>
            <source>Show this card at the registration desk.</source>
            <translation>Tunjukkan kartu ini di meja registrasi.</translation>
        </message>
        <message>
            <source>Name cards: %1</source>
            <translation>Kartu nama: %1</translation>
        </message>
    </context>
    <context>
        <name>LetterheadDialog</name>
        <message>
            <source>Letterhead and signature</source>
            <translation>Kop surat dan tanda tangan</translation>
        </message>
        <message>
            <source>The letterhead (kop surat) and the signature printed on every report. They belong to the office, so every computer that opens this database prints the same.</source>
            <translation>Kop surat dan tanda tangan yang dicetak pada setiap laporan. Keduanya milik kantor, sehingga setiap komputer yang membuka basis data ini mencetak hal yang sama.</translation>
        </message>
        <message>
            <source>Letterhead</source>
            <translation>Kop surat</translation>
        </message>
        <message>
            <source>&amp;Government:</source>
            <translation>&amp;Pemerintah:</translation>
        </message>
        <message>
            <source>&amp;Office:</source>
            <translation>&amp;Instansi:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Alamat:</translation>
        </message>
        <message>
            <source>&amp;Logo image:</source>
            <translation>&amp;Logo:</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Tanpa logo</translation>
        </message>
        <message>
            <source>&amp;Choose...</source>
            <translation>Pi&amp;lih...</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Tempat:</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Tanda tangan</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Jabatan:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>N&amp;IP:</source>
            <translation>N&amp;IP:</translation>
        </message>
        <message>
            <source>18 digits</source>
            <translation>18 angka</translation>
        </message>
        <message>
            <source>Logo of the letterhead</source>
            <translation>Logo kop surat</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
            <translation>Gambar (*.png *.jpg *.jpeg *.bmp)</translation>
        </message>
        <message>
            <source>The logo file cannot be read as an image; the report will be printed without it.</source>
            <translation>Berkas logo tidak dapat dibaca sebagai gambar; laporan akan dicetak tanpa logo.</translation>
        </message>
        <message>
            <source>A NIP has 18 digits (for example 19700101 199503 1 001); check it, or leave it empty.</source>
            <translation>NIP terdiri dari 18 angka (misalnya 19700101 199503 1 001); periksa kembali, atau kosongkan.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Pantau Kopdes</source>
            <translation>Pantau Kopdes</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Koperasi</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Open database...</source>
            <translation>&amp;Buka basis data...</translation>
        </message>
        <message>
            <source>New &amp;demo database...</source>
            <translation>Basis data &amp;demo baru...</translation>
        </message>
        <message>
            <source>&amp;Language...</source>
            <translation>&amp;Bahasa...</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <source>&amp;Manage milestones...</source>
            <translation>&amp;Kelola tahapan...</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ban&amp;tuan</translation>
        </message>
        <message>
            <source>&amp;About Pantau Kopdes</source>
            <translation>&amp;Tentang Pantau Kopdes</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n cooperative(s) · %2</source>
            <translation>
                <numerusform>%1 · %n koperasi · %2</numerusform>
            </translation>
        </message>
        <message>
            <source>DEMO DATA</source>
            <translation>DATA DEMO</translation>
        </message>
        <message>
            <source>Pantau Kopdes — %1 (demo data)</source>
            <translation>Pantau Kopdes — %1 (data demo)</translation>
        </message>
        <message>
            <source>Pantau Kopdes — %1</source>
            <translation>Pantau Kopdes — %1</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Buka basis data</translation>
        </message>
        <message>
            <source>Pantau Kopdes database (*.sqlite *.db);;All files (*)</source>
            <translation>Basis data Pantau Kopdes (*.sqlite *.db);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>New demo database</source>
            <translation>Basis data demo baru</translation>
        </message>
        <message>
            <source>Pantau Kopdes database (*.sqlite)</source>
            <translation>Basis data Pantau Kopdes (*.sqlite)</translation>
        </message>
        <message>
            <source>"%1" already exists. Choose a new file name; existing data is never overwritten.</source>
            <translation>"%1" sudah ada. Pilih nama berkas baru; data yang ada tidak pernah ditimpa.</translation>
        </message>
        <message>
            <source>Bahasa Indonesia</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English (Inggris)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Language of the application (applies at the next start):</source>
            <translation>Bahasa aplikasi (berlaku saat aplikasi dibuka kembali):</translation>
        </message>
        <message>
            <source>About Pantau Kopdes</source>
            <translation>Tentang Pantau Kopdes</translation>
        </message>
        <message>
            <source>The database was upgraded for this version of Pantau Kopdes. A copy of it as it was before is kept as "%1".</source>
            <translation>Basis data telah diperbarui untuk versi Pantau Kopdes ini. Salinannya seperti sebelum pembaruan disimpan sebagai "%1".</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Pantau Kopdes %1&lt;/h3&gt;&lt;p&gt;Monitoring the Koperasi Desa/Kelurahan Merah Putih of a regency or province through SIMKOPDES: registry, milestones, workshops and reports.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Pantau Kopdes %1&lt;/h3&gt;&lt;p&gt;Pemantauan Koperasi Desa/Kelurahan Merah Putih di kabupaten/kota atau provinsi melalui SIMKOPDES: daftar koperasi, tahapan, workshop, dan laporan.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Cadangkan sekarang</translation>
        </message>
        <message>
            <source>&amp;Restore from backup...</source>
            <translation>&amp;Pulihkan...</translation>
        </message>
        <message>
            <source>Today's backup was saved as "%1".</source>
            <translation>Cadangan hari ini disimpan sebagai "%1".</translation>
        </message>
        <message>
            <source>Today's backup could not be made: %1</source>
            <translation>Cadangan hari ini tidak dapat dibuat: %1</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Cadangkan sekarang</translation>
        </message>
        <message>
            <source>The backup was saved and checked: %1 cooperatives.</source>
            <translation>Cadangan sudah disimpan dan diperiksa: %1 koperasi.</translation>
        </message>
        <message>
            <source>File: "%1"</source>
            <translation>Berkas: "%1"</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <source>This database is damaged. Close Pantau Kopdes and start it again: it offers the newest good backup in place of the damaged file.</source>
            <translation>Basis data ini rusak. Tutup Pantau Kopdes lalu buka lagi: aplikasi menawarkan cadangan baik yang terbaru untuk menggantikan berkas yang rusak.</translation>
        </message>
        <message>
            <source>This database is open read-only; a backup cannot be restored into it.</source>
            <translation>Basis data ini dibuka hanya-baca; cadangan tidak dapat dipulihkan ke dalamnya.</translation>
        </message>
        <message>
            <source>Connect to &amp;server...</source>
            <translation>Hubungkan ke &amp;server...</translation>
        </message>
        <message>
            <source>&amp;Import from file...</source>
            <translation>&amp;Impor dari berkas...</translation>
        </message>
        <message>
            <source>Import &amp;history...</source>
            <translation>&amp;Riwayat impor...</translation>
        </message>
        <message>
            <source>Import from file</source>
            <translation>Impor dari berkas</translation>
        </message>
        <message>
            <source>This database is open read-only, so nothing can be imported into it.</source>
            <translation>Basis data ini terbuka hanya-baca, jadi tidak ada yang dapat diimpor ke dalamnya.</translation>
        </message>
        <message>
            <source>Connection to the server lost — changes cannot be saved; reconnecting…</source>
            <translation>Koneksi ke server terputus — perubahan tidak dapat disimpan; menyambung ulang…</translation>
        </message>
        <message>
            <source>Server: %1/%2</source>
            <translation>Server: %1/%2</translation>
        </message>
        <message>
            <source>Connection encrypted (TLS).</source>
            <translation>Koneksi terenkripsi (TLS).</translation>
        </message>
        <message>
            <source>Connection NOT encrypted: use it only on a trusted office network.</source>
            <translation>Koneksi TIDAK terenkripsi: gunakan hanya di jaringan kantor yang tepercaya.</translation>
        </message>
        <message>
            <source>&amp;New database...</source>
            <translation>Database &amp;baru...</translation>
        </message>
        <message>
            <source>There is no database "%1" yet.

Create a new, empty database there? You will then choose your regency.</source>
            <translation>Belum ada database "%1".

Buat database baru yang kosong di sana? Setelah itu Anda memilih kabupaten/kota Anda.</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Database baru</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Panduan</translation>
        </message>
    </context>
    <context>
        <name>MarkMilestoneDialog</name>
        <message>
            <source>Mark milestone reached</source>
            <translation>Tandai tahapan tercapai</translation>
        </message>
        <message>
            <source>Withdraw milestone</source>
            <translation>Batalkan tahapan</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n cooperative(s)&lt;/b&gt; selected. The milestone will be recorded as reached for each of them.</source>
            <translation>
                <numerusform>&lt;b&gt;%n koperasi&lt;/b&gt; dipilih. Tahapan akan dicatat tercapai untuk setiap koperasi tersebut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n cooperative(s)&lt;/b&gt; selected. The milestone will be withdrawn for those that have it; the withdrawal is kept in their history.</source>
            <translation>
                <numerusform>&lt;b&gt;%n koperasi&lt;/b&gt; dipilih. Tahapan akan dibatalkan bagi koperasi yang sudah mencapainya; pembatalan tetap tercatat dalam riwayatnya.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Milestone:</source>
            <translation>&amp;Tahapan:</translation>
        </message>
        <message>
            <source>The day the cooperative reached the milestone; today at the latest.</source>
            <translation>Tanggal koperasi mencapai tahapan; paling lambat hari ini.</translation>
        </message>
        <message>
            <source>&amp;Reached on:</source>
            <translation>Tanggal &amp;tercapai:</translation>
        </message>
        <message>
            <source>e.g. checked at the workshop, screenshot from SIMKOPDES</source>
            <translation>mis. dicek saat bimtek, tangkapan layar SIMKOPDES</translation>
        </message>
        <message>
            <source>why it is withdrawn, e.g. recorded by mistake</source>
            <translation>alasan pembatalan, mis. salah catat</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>&amp;Mark reached</source>
            <translation>&amp;Tandai tercapai</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Batalkan tahapan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>%1 is in the future. Choose the day the milestone was reached, today at the latest.</source>
            <translation>%1 belum terjadi. Pilih tanggal tahapan tercapai, paling lambat hari ini.</translation>
        </message>
        <message>
            <source>%1 already reached it before; their dates are not changed. %2 will be marked.</source>
            <translation>%1 sudah tercapai sebelumnya, tanggalnya tidak diubah. %2 akan ditandai.</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>Reading the schema version</source>
            <translation>Membaca versi skema</translation>
        </message>
        <message>
            <source>This database was made by a newer version of Pantau Kopdes (schema %1; this version knows up to %2). It was not changed. Install the newer version to open it.</source>
            <translation>Basis data ini dibuat oleh versi Pantau Kopdes yang lebih baru (skema %1; versi ini mengenal sampai %2). Basis data tidak diubah. Pasang versi yang lebih baru untuk membukanya.</translation>
        </message>
        <message>
            <source>Preparing the database</source>
            <translation>Menyiapkan basis data</translation>
        </message>
        <message>
            <source>Migration %1 is missing from the application.</source>
            <translation>Migrasi %1 tidak ada di aplikasi.</translation>
        </message>
        <message>
            <source>Upgrading the database to version %1</source>
            <translation>Memperbarui basis data ke versi %1</translation>
        </message>
        <message>
            <source>Before upgrading "%1" to this version a copy of it must be saved as "%2", and that failed. The database was not changed. Check that the folder can be written to.</source>
            <translation>Sebelum "%1" diperbarui ke versi ini, salinannya harus disimpan sebagai "%2", dan itu gagal. Basis data tidak diubah. Periksa apakah foldernya dapat ditulisi.</translation>
        </message>
        <message>
            <source>Before upgrading "%1" to this version a copy of it must be saved as "%2", and the disk is full. The database was not changed. Free some disk space and open it again.</source>
            <translation>Sebelum "%1" diperbarui ke versi ini, salinannya harus disimpan sebagai "%2", dan disk penuh. Basis data tidak diubah. Kosongkan sebagian ruang disk lalu buka kembali.</translation>
        </message>
        <message>
            <source>Before upgrading "%1" to this version a copy of it must be saved as "%2", and that failed. The database was not changed. Free some disk space or check that the folder can be written to.</source>
            <translation>Sebelum "%1" diperbarui ke versi ini, salinannya harus disimpan sebagai "%2", dan itu gagal. Basis data tidak diubah. Kosongkan sebagian ruang disk atau periksa apakah foldernya dapat ditulisi.</translation>
        </message>
    </context>
    <context>
        <name>MilestoneAdminDialog</name>
        <message>
            <source>Manage milestones</source>
            <translation>Kelola tahapan</translation>
        </message>
        <message>
            <source>The steps each cooperative goes through, in the order of the registry columns and the reports. Retiring a milestone hides it but keeps every date already recorded.</source>
            <translation>Tahapan yang dilalui setiap koperasi, sesuai urutan kolom daftar koperasi dan laporan. Tahapan yang dinonaktifkan disembunyikan, tetapi semua tanggal yang sudah dicatat tetap tersimpan.</translation>
        </message>
        <message>
            <source>&amp;Add...</source>
            <translation>&amp;Tambah...</translation>
        </message>
        <message>
            <source>&amp;Rename...</source>
            <translation>&amp;Ganti nama...</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Pindah ke &amp;atas</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Pindah ke &amp;bawah</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>&amp;Nonaktifkan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>%1 (%2) — retired</source>
            <translation>%1 (%2) — nonaktif</translation>
        </message>
        <message>
            <source>Label: %1
Report phrase: %2</source>
            <translation>Label: %1
Frasa laporan: %2</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>&amp;Aktifkan kembali</translation>
        </message>
        <message>
            <source>New milestone</source>
            <translation>Tahapan baru</translation>
        </message>
        <message>
            <source>Rename milestone</source>
            <translation>Ganti nama tahapan</translation>
        </message>
        <message>
            <source>e.g. verifikasi_lahan</source>
            <translation>mis. verifikasi_lahan</translation>
        </message>
        <message>
            <source>A short key for exports and imports: lower-case letters, digits and _. It cannot be changed later.</source>
            <translation>Kode singkat untuk ekspor dan impor: huruf kecil, angka dan _. Tidak dapat diubah kemudian.</translation>
        </message>
        <message>
            <source>e.g. Verifikasi lahan</source>
            <translation>mis. Verifikasi lahan</translation>
        </message>
        <message>
            <source>e.g. lahan terverifikasi ("266 dari 413 ...")</source>
            <translation>mis. lahan terverifikasi ("266 dari 413 ...")</translation>
        </message>
        <message>
            <source>e.g. telah memverifikasi lahan (used in report sentences)</source>
            <translation>mis. telah memverifikasi lahan (dipakai dalam kalimat laporan)</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Kode:</translation>
        </message>
        <message>
            <source>&amp;Name (column header):</source>
            <translation>&amp;Nama (judul kolom):</translation>
        </message>
        <message>
            <source>Short &amp;label:</source>
            <translation>&amp;Label singkat:</translation>
        </message>
        <message>
            <source>Report &amp;phrase:</source>
            <translation>&amp;Frasa laporan:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Retire "%1"? It leaves the registry columns and the reports; the dates already recorded are kept and it can be brought back.</source>
            <translation>Nonaktifkan "%1"? Tahapan ini hilang dari kolom daftar koperasi dan dari laporan; tanggal yang sudah dicatat tetap tersimpan dan tahapan dapat diaktifkan kembali.</translation>
        </message>
        <message>
            <source>add milestone "%1"</source>
            <translation>tambah tahapan "%1"</translation>
        </message>
        <message>
            <source>rename milestone "%1"</source>
            <translation>ubah nama tahapan "%1"</translation>
        </message>
        <message>
            <source>move milestone "%1"</source>
            <translation>pindahkan tahapan "%1"</translation>
        </message>
        <message>
            <source>bring back milestone "%1"</source>
            <translation>aktifkan kembali tahapan "%1"</translation>
        </message>
        <message>
            <source>retire milestone "%1"</source>
            <translation>nonaktifkan tahapan "%1"</translation>
        </message>
    </context>
    <context>
        <name>MilestoneCard</name>
        <message>
            <source>%1 of %2 %3 · %4</source>
            <extracomment>A milestone card: "266 dari 413 teraktivasi · 64,4 %"; %3 is the milestone's short word.</extracomment>
            <translation>%1 dari %2 %3 · %4</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <extracomment>Change on a milestone card: "+94 sejak 3 Oktober 2025"</extracomment>
            <translation>%1 sejak %2</translation>
        </message>
        <message>
            <source>%1: %2 of %3 cooperatives as of the chosen date; %4 on %5.</source>
            <translation>%1: %2 dari %3 koperasi per tanggal yang dipilih; %4 pada %5.</translation>
        </message>
    </context>
    <context>
        <name>MilestoneRepository</name>
        <message>
            <source>Reading milestones</source>
            <translation>Membaca tahapan</translation>
        </message>
        <message>
            <source>Adding the milestone</source>
            <translation>Menambah tahapan</translation>
        </message>
        <message>
            <source>The milestone code "%1" must start with a letter and use only lower-case letters, digits and _ (e.g. verifikasi_lahan).</source>
            <translation>Kode tahapan "%1" harus diawali huruf dan hanya memakai huruf kecil, angka, dan _ (misalnya verifikasi_lahan).</translation>
        </message>
        <message>
            <source>The milestone needs a name.</source>
            <translation>Tahapan harus diberi nama.</translation>
        </message>
        <message>
            <source>A milestone with the code "%1" already exists (perhaps retired). Choose another code or bring that one back.</source>
            <translation>Tahapan dengan kode "%1" sudah ada (mungkin sudah dinonaktifkan). Pilih kode lain atau aktifkan kembali tahapan itu.</translation>
        </message>
        <message>
            <source>Renaming the milestone</source>
            <translation>Mengganti nama tahapan</translation>
        </message>
        <message>
            <source>Reordering milestones</source>
            <translation>Mengubah urutan tahapan</translation>
        </message>
        <message>
            <source>Retiring the milestone</source>
            <translation>Menonaktifkan tahapan</translation>
        </message>
        <message>
            <source>Recording the milestone</source>
            <translation>Mencatat tahapan</translation>
        </message>
        <message>
            <source>Withdrawing the milestone</source>
            <translation>Membatalkan tahapan</translation>
        </message>
        <message>
            <source>Choose the date the milestone was reached.</source>
            <translation>Pilih tanggal tahapan dicapai.</translation>
        </message>
        <message>
            <source>The date %1 is in the future. A milestone can only be recorded once it has been reached.</source>
            <translation>Tanggal %1 ada di masa depan. Tahapan hanya dapat dicatat setelah dicapai.</translation>
        </message>
        <message>
            <source>Undoing the milestone change</source>
            <translation>Mengurungkan perubahan tahapan</translation>
        </message>
        <message>
            <source>Reading the history</source>
            <translation>Membaca riwayat</translation>
        </message>
        <message>
            <source>Recording milestones</source>
            <translation>Mencatat tahapan</translation>
        </message>
        <message>
            <source>Restoring the milestone list</source>
            <translation>Memulihkan daftar tahapan</translation>
        </message>
        <message>
            <source>"%1" cannot be taken away again: dates have been recorded for it since. Retire it instead.</source>
            <translation>"%1" tidak dapat dihapus lagi: sejak itu sudah ada tanggal yang dicatat untuknya. Nonaktifkan saja.</translation>
        </message>
        <message>
            <source>Choose the date the milestone was reached, today at the latest.</source>
            <translation>Pilih tanggal tahapan itu tercapai, paling lambat hari ini.</translation>
        </message>
    </context>
    <context>
        <name>OdsReader</name>
        <message>
            <source>The file %1 is damaged: its part content.xml is not valid XML (line %2: %3). Save it again from LibreOffice.</source>
            <translation>Berkas %1 rusak: bagian content.xml-nya bukan XML yang sah (baris %2: %3). Simpan ulang dari LibreOffice.</translation>
        </message>
        <message>
            <source>The file %1 has no sheets.</source>
            <translation>Berkas %1 tidak memiliki sheet.</translation>
        </message>
        <message>
            <source>Row %3 of the sheet %2 of the file %1 has a cell beyond column %4, the last column Excel has.</source>
            <translation>Baris %3 pada sheet %2 berkas %1 memiliki sel di luar kolom %4, kolom terakhir Excel.</translation>
        </message>
    </context>
    <context>
        <name>OutputFile</name>
        <message>
            <source>No file name was given.</source>
            <translation>Nama berkas belum diberikan.</translation>
        </message>
        <message>
            <source>"%1" is the database that is open. Choose another file name; nothing was written.</source>
            <translation>"%1" adalah basis data yang sedang dibuka. Pilih nama berkas lain; tidak ada yang ditulis.</translation>
        </message>
        <message>
            <source>"%1" is a folder. Choose a file name; nothing was written.</source>
            <translation>"%1" adalah folder. Pilih nama berkas; tidak ada yang ditulis.</translation>
        </message>
        <message>
            <source>The folder "%1" does not exist. Choose another folder; nothing was written.</source>
            <translation>Folder "%1" tidak ada. Pilih folder lain; tidak ada yang ditulis.</translation>
        </message>
        <message>
            <source>"%1" is a database file. Choose another file name; it was not overwritten.</source>
            <translation>"%1" adalah berkas basis data. Pilih nama berkas lain; berkas itu tidak ditimpa.</translation>
        </message>
        <message>
            <source>Cannot write "%1": the disk is full. Free some space or choose another disk. Any earlier file of that name was kept.</source>
            <translation>"%1" tidak dapat ditulis: disk penuh. Kosongkan sebagian ruang atau pilih disk lain. Berkas lama dengan nama itu tetap disimpan.</translation>
        </message>
        <message>
            <source>Cannot write "%1": the disk could not be written to (it may be full, removed or read-only). Any earlier file of that name was kept.</source>
            <translation>"%1" tidak dapat ditulis: disk tidak dapat ditulisi (mungkin penuh, dicabut, atau hanya-baca). Berkas lama dengan nama itu tetap disimpan.</translation>
        </message>
        <message>
            <source>Cannot create a file in the folder "%1": it cannot be written to (or the disk is full). Choose another folder; nothing was written.</source>
            <translation>Tidak dapat membuat berkas di folder "%1": folder itu tidak dapat ditulisi (atau disk penuh). Pilih folder lain; tidak ada yang ditulis.</translation>
        </message>
        <message>
            <source>Cannot write "%1".</source>
            <translation>"%1" tidak dapat ditulis.</translation>
        </message>
        <message>
            <source>Cannot replace "%1": it may be open in another program (close it there) or the folder cannot be written to. Any earlier file of that name was kept.</source>
            <translation>"%1" tidak dapat diganti: mungkin sedang dibuka di program lain (tutup di sana) atau foldernya tidak dapat ditulisi. Berkas lama dengan nama itu tetap disimpan.</translation>
        </message>
        <message>
            <source>"%1" is read-only, so it was not replaced. Choose another file name, or make the file writable first; nothing was written.</source>
            <translation>"%1" hanya-baca, jadi tidak diganti. Pilih nama berkas lain, atau jadikan berkas itu dapat ditulisi dulu; tidak ada yang ditulis.</translation>
        </message>
    </context>
    <context>
        <name>ProgressCharts</name>
        <message>
            <source>Cooperatives that reached each milestone</source>
            <translation>Capaian koperasi per tahapan</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Koperasi</translation>
        </message>
        <message>
            <source>Cooperatives (of %1 in the area)</source>
            <translation>Koperasi (dari %1 di wilayah)</translation>
        </message>
        <message>
            <source>%1: the %2 districts furthest behind (% of cooperatives)</source>
            <translation>%1: %2 kecamatan paling tertinggal (% koperasi)</translation>
        </message>
        <message>
            <source>%1 per district (% of cooperatives)</source>
            <translation>%1 per kecamatan (% koperasi)</translation>
        </message>
        <message>
            <source>At or above the average</source>
            <translation>Sama dengan atau di atas rata-rata</translation>
        </message>
        <message>
            <source>Below the average</source>
            <translation>Di bawah rata-rata</translation>
        </message>
        <message>
            <source>% of the cooperatives in the district</source>
            <translation>% koperasi di kecamatan</translation>
        </message>
        <message>
            <source>Average of %1: %2</source>
            <translation>Rata-rata %1: %2</translation>
        </message>
        <message>
            <source>Progress over time (cooperatives)</source>
            <translation>Perkembangan dari waktu ke waktu (koperasi)</translation>
        </message>
        <message>
            <source>Cooperatives (of %1)</source>
            <translation>Koperasi (dari %1)</translation>
        </message>
        <message>
            <source>Pantau Kopdes chart</source>
            <translation>Grafik Pantau Kopdes</translation>
        </message>
        <message>
            <source>%1, as of %2</source>
            <translation>%1, per %2</translation>
        </message>
    </context>
    <context>
        <name>ProgressCounts</name>
        <message>
            <source>Loading milestones</source>
            <translation>Memuat tahapan</translation>
        </message>
        <message>
            <source>Recounting the milestones</source>
            <translation>Menghitung ulang tahapan</translation>
        </message>
    </context>
    <context>
        <name>ProgressReportData</name>
        <message>
            <source>There is no milestone with the code "%1".</source>
            <translation>Tidak ada tahapan dengan kode "%1".</translation>
        </message>
    </context>
    <context>
        <name>ProgressRepository</name>
        <message>
            <source>Computing the progress summary</source>
            <translation>Menghitung ringkasan kemajuan</translation>
        </message>
        <message>
            <source>Computing the progress over time</source>
            <translation>Menghitung perkembangan dari waktu ke waktu</translation>
        </message>
        <message>
            <source>Reading workshops</source>
            <translation>Membaca data workshop</translation>
        </message>
    </context>
    <context>
        <name>ProgressSummary</name>
        <message>
            <source>%1, as of %2</source>
            <translation>%1, per %2</translation>
        </message>
        <message>
            <source>Cooperatives: %1</source>
            <translation>Koperasi: %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 dari %2</translation>
        </message>
        <message>
            <source>Per district (reached / cooperatives):</source>
            <translation>Per kecamatan (tercapai / koperasi):</translation>
        </message>
    </context>
    <context>
        <name>ProgressTally</name>
        <message>
            <source>Counting the milestones</source>
            <translation>Menghitung tahapan</translation>
        </message>
        <message>
            <source>an event names a cooperative that does not exist</source>
            <translation>sebuah catatan tahapan menyebut koperasi yang tidak ada</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Berkas %1</translation>
        </message>
    </context>
    <context>
        <name>RegionCatalog</name>
        <message>
            <source>Province code %1 is not in the region list.</source>
            <translation>Kode provinsi %1 tidak ada dalam daftar wilayah.</translation>
        </message>
        <message>
            <source>Regency code %1 is not in the region list.</source>
            <translation>Kode kabupaten/kota %1 tidak ada dalam daftar wilayah.</translation>
        </message>
        <message>
            <source>"%1" is not a province (12) or regency (12.08) code.</source>
            <translation>"%1" bukan kode provinsi (12) atau kabupaten/kota (12.08).</translation>
        </message>
        <message>
            <source>Region codes and names: idn-area-data 4.0.1 (github.com/fityannugroho/idn-area-data), based on Kepmendagri 300.2.2-2138/2025; data licensed under the Open Database License (ODbL) 1.0.</source>
            <translation>Kode dan nama wilayah: idn-area-data 4.0.1 (github.com/fityannugroho/idn-area-data), berdasarkan Kepmendagri 300.2.2-2138/2025; data berlisensi Open Database License (ODbL) 1.0.</translation>
        </message>
        <message>
            <source>The region list %1 cannot be read: %2</source>
            <translation>Daftar wilayah %1 tidak dapat dibaca: %2</translation>
        </message>
        <message>
            <source>The region list %1 has a short row at line %2.</source>
            <translation>Daftar wilayah %1 memiliki baris yang kurang lengkap pada baris %2.</translation>
        </message>
    </context>
    <context>
        <name>RegionRepository</name>
        <message>
            <source>Saving the region list</source>
            <translation>Menyimpan daftar wilayah</translation>
        </message>
        <message>
            <source>Reading the region list</source>
            <translation>Membaca daftar wilayah</translation>
        </message>
    </context>
    <context>
        <name>RegistryCommands</name>
        <message>
            <source>edit %1</source>
            <translation>ubah %1</translation>
        </message>
        <message numerus="yes">
            <source>mark "%1" for %n cooperative(s)</source>
            <translation>
                <numerusform>tandai "%1" untuk %n koperasi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>withdraw "%1" for %n cooperative(s)</source>
            <translation>
                <numerusform>batalkan "%1" untuk %n koperasi</numerusform>
            </translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Dibatalkan (urungkan)</translation>
        </message>
    </context>
    <context>
        <name>RegistryModel</name>
        <message>
            <source>%1/Kelurahan</source>
            <translation>%1/Kelurahan</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: not reached</source>
            <translation>%1: belum tercapai</translation>
        </message>
        <message>
            <source>Last changed %1 by %2</source>
            <translation>Terakhir diubah %1 oleh %2</translation>
        </message>
        <message>
            <source>Chair: %1 %2</source>
            <translation>Ketua: %1 %2</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Koperasi</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Legal entity no.</source>
            <translation>No. badan hukum</translation>
        </message>
        <message>
            <source>Legal entity date</source>
            <translation>Tgl. badan hukum</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Ketua</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Perubahan terakhir</translation>
        </message>
    </context>
    <context>
        <name>RegistryPage</name>
        <message>
            <source>Search name, village, code or chair...</source>
            <translation>Cari nama, desa, kode atau ketua...</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>sudah</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>belum</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>&amp;Kecamatan:</source>
            <translation>&amp;Kecamatan:</translation>
        </message>
        <message>
            <source>&amp;Milestone:</source>
            <translation>&amp;Tahapan:</translation>
        </message>
        <message>
            <source>&amp;Edit...</source>
            <translation>&amp;Ubah...</translation>
        </message>
        <message>
            <source>Edit the selected cooperative (double-click or Enter)</source>
            <translation>Ubah data koperasi yang dipilih (klik dua kali atau Enter)</translation>
        </message>
        <message>
            <source>Mark milestone &amp;reached...</source>
            <translation>Tandai tahapan &amp;tercapai...</translation>
        </message>
        <message>
            <source>Record a milestone for all selected cooperatives (Ctrl+M)</source>
            <translation>Catat tahapan untuk semua koperasi yang dipilih (Ctrl+M)</translation>
        </message>
        <message>
            <source>&amp;Withdraw milestone...</source>
            <translation>&amp;Batalkan tahapan...</translation>
        </message>
        <message>
            <source>Withdraw a milestone recorded by mistake; the withdrawal stays in the history</source>
            <translation>Batalkan tahapan yang salah dicatat; pembatalan tetap tercatat dalam riwayat</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Riwayat</translation>
        </message>
        <message>
            <source>All kecamatan</source>
            <translation>Semua kecamatan</translation>
        </message>
        <message>
            <source>Any milestone</source>
            <translation>Semua tahapan</translation>
        </message>
        <message>
            <source>%1 cooperatives</source>
            <translation>%1 koperasi</translation>
        </message>
        <message>
            <source>%1 of %2 cooperatives</source>
            <translation>%1 dari %2 koperasi</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Koperasi</translation>
        </message>
        <message>
            <source>%1 recorded for %2 cooperatives.</source>
            <translation>%1 dicatat untuk %2 koperasi.</translation>
        </message>
        <message>
            <source>%1 withdrawn for %2 cooperatives.</source>
            <translation>%1 dibatalkan untuk %2 koperasi.</translation>
        </message>
        <message>
            <source>%1 saved.</source>
            <translation>%1 tersimpan.</translation>
        </message>
        <message>
            <source>E&amp;xport these rows...</source>
            <translation>E&amp;kspor baris ini...</translation>
        </message>
        <message>
            <source>Export the registry</source>
            <translation>Ekspor daftar koperasi</translation>
        </message>
        <message>
            <source>Save the cooperatives shown, filtered and sorted as here, to Excel (XLSX) or CSV</source>
            <translation>Simpan koperasi yang tampil, dengan saringan dan urutan seperti di sini, ke Excel (XLSX) atau CSV</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n cooperative(s) to %1.</source>
            <translation>
                <numerusform>%n koperasi diekspor ke %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Back to today</source>
            <translation>Kembali ke hari ini</translation>
        </message>
        <message>
            <source>&lt;b&gt;Status as of %1&lt;/b&gt;: milestones reached after that day are not shown.</source>
            <translation>&lt;b&gt;Status per %1&lt;/b&gt;: tahapan yang dicapai setelah hari itu tidak ditampilkan.</translation>
        </message>
        <message>
            <source>%1 recorded for %2 cooperatives; %3 had reached it before, their dates were not changed.</source>
            <translation>%1 dicatat untuk %2 koperasi; %3 sudah tercapai sebelumnya, tanggalnya tidak diubah.</translation>
        </message>
    </context>
    <context>
        <name>RejectedRowsSheet</name>
        <message>
            <source>Save the rejected rows as an .xlsx or a .csv file.</source>
            <translation>Simpan baris yang ditolak sebagai berkas .xlsx atau .csv.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>(no header)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>Why it was rejected</source>
            <translation>Alasan ditolak</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Baris ditolak</translation>
        </message>
    </context>
    <context>
        <name>ReportFonts</name>
        <message>
            <source>Report font: Arimo by Steve Matteson, under the SIL Open Font License 1.1.</source>
            <translation>Huruf laporan: Arimo karya Steve Matteson, dengan Lisensi SIL Open Font 1.1.</translation>
        </message>
    </context>
    <context>
        <name>ReportPrinter</name>
        <message>
            <source>Cannot write "%1": the PDF could not be made. Nothing was written.</source>
            <translation>"%1" tidak dapat ditulis: PDF tidak dapat dibuat. Tidak ada yang ditulis.</translation>
        </message>
    </context>
    <context>
        <name>ReportRepository</name>
        <message>
            <source>Reading the region names</source>
            <translation>Membaca nama wilayah</translation>
        </message>
        <message>
            <source>Listing the cooperatives that are behind</source>
            <translation>Menyusun daftar koperasi yang tertinggal</translation>
        </message>
        <message>
            <source>Reading the registry for the export</source>
            <translation>Membaca daftar koperasi untuk ekspor</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Progress report</source>
            <translation>Laporan perkembangan</translation>
        </message>
        <message>
            <source>&amp;As of:</source>
            <translation>&amp;Per tanggal:</translation>
        </message>
        <message>
            <source>&amp;Compare with:</source>
            <translation>&amp;Bandingkan dengan:</translation>
        </message>
        <message>
            <source>The report ends with the cooperatives that have not reached this milestone, by kecamatan, with chair and phone.</source>
            <translation>Laporan diakhiri dengan daftar koperasi yang belum mencapai tahapan ini, per kecamatan, beserta ketua dan nomor teleponnya.</translation>
        </message>
        <message>
            <source>&amp;Follow-up list:</source>
            <translation>&amp;Daftar tindak lanjut:</translation>
        </message>
        <message>
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <source>F4 / Folio (215 × 330 mm)</source>
            <translation>F4 / Folio (215 × 330 mm)</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Kertas:</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Tegak</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Mendatar</translation>
        </message>
        <message>
            <source>&amp;Orientation:</source>
            <translation>&amp;Orientasi:</translation>
        </message>
        <message>
            <source>Print pre&amp;view...</source>
            <translation>Pratinjau &amp;cetak...</translation>
        </message>
        <message>
            <source>P&amp;rint...</source>
            <translation>C&amp;etak...</translation>
        </message>
        <message>
            <source>&amp;Save as PDF...</source>
            <translation>&amp;Simpan sebagai PDF...</translation>
        </message>
        <message>
            <source>&amp;Letterhead and signature...</source>
            <translation>Kop surat dan &amp;tanda tangan...</translation>
        </message>
        <message>
            <source>Spreadsheets (XLSX or CSV)</source>
            <translation>Lembar kerja (XLSX atau CSV)</translation>
        </message>
        <message>
            <source>Export the &amp;registry...</source>
            <translation>Ekspor &amp;daftar koperasi...</translation>
        </message>
        <message>
            <source>Export the per-&amp;kecamatan table...</source>
            <translation>Ekspor tabel per &amp;kecamatan...</translation>
        </message>
        <message>
            <source>Export a workshop's &amp;absentees...</source>
            <translation>Ekspor daftar &amp;belum hadir workshop...</translation>
        </message>
        <message>
            <source>First not reached by all</source>
            <translation>Tahapan pertama yang belum dicapai semua</translation>
        </message>
        <message>
            <source>Not yet: %1</source>
            <translation>Belum: %1</translation>
        </message>
        <message>
            <source>%1: %2 cooperatives; %3 in the follow-up list.</source>
            <translation>%1: %2 koperasi; %3 dalam daftar tindak lanjut.</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Pratinjau cetak</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Simpan laporan sebagai PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %1 (%n page(s)).</source>
            <translation>
                <numerusform>Tersimpan %1 (%n halaman).</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the registry</source>
            <translation>Ekspor daftar koperasi</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n cooperative(s) to %1.</source>
            <translation>
                <numerusform>%n koperasi diekspor ke %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the per-kecamatan table</source>
            <translation>Ekspor tabel per kecamatan</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n kecamatan to %1.</source>
            <translation>
                <numerusform>%n kecamatan diekspor ke %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export a workshop's absentees</source>
            <translation>Ekspor daftar belum hadir workshop</translation>
        </message>
        <message>
            <source>There is no workshop in this database yet.</source>
            <translation>Belum ada workshop di basis data ini.</translation>
        </message>
        <message>
            <source>Workshop:</source>
            <translation>Workshop:</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n absent cooperative(s) to %1.</source>
            <translation>
                <numerusform>%n koperasi yang belum hadir diekspor ke %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Printed report</source>
            <translation>Laporan cetak</translation>
        </message>
        <message>
            <source>The progress report of the whole area, or the report of one workshop: attendance per kecamatan, milestones the day before and the day of the workshop, and the absentees.</source>
            <translation>Laporan perkembangan seluruh wilayah, atau laporan satu workshop: kehadiran per kecamatan, capaian tahapan sehari sebelum dan pada hari workshop, serta daftar yang tidak hadir.</translation>
        </message>
        <message>
            <source>Workshop of %1: %2</source>
            <translation>Workshop %1: %2</translation>
        </message>
        <message>
            <source>%1: %2 invited, %3 present, %4 absent.</source>
            <translation>%1: %2 diundang, %3 hadir, %4 tidak hadir.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Stop building this report; the preview stays as it was</source>
            <translation>Hentikan penyusunan laporan ini; pratinjau tetap seperti semula</translation>
        </message>
        <message>
            <source>Cancelled. The preview shows the report as it was before.</source>
            <translation>Dibatalkan. Pratinjau menampilkan laporan seperti sebelumnya.</translation>
        </message>
        <message>
            <source>Building the report...</source>
            <translation>Menyusun laporan...</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Dibuat pada</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Cooperatives</source>
            <translation>Koperasi</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <source>&amp;Restore...</source>
            <translation>&amp;Pulihkan...</translation>
        </message>
        <message>
            <source>&amp;Other file...</source>
            <translation>Berkas &amp;lain...</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 (%2) · %3 cooperatives · %4</source>
            <translation>%1 (%2) · %3 koperasi · %4</translation>
        </message>
        <message>
            <source>There are no backups of this database in "%1" yet. Use Other file… to choose a backup kept elsewhere.</source>
            <translation>Belum ada cadangan basis data ini di "%1". Pakai Berkas lain… untuk memilih cadangan yang disimpan di tempat lain.</translation>
        </message>
        <message>
            <source>Choose the backup to put back. The database's present state is backed up first, so this can be undone by restoring that backup. Backups are kept in "%1".</source>
            <translation>Pilih cadangan yang akan dipulihkan. Keadaan basis data saat ini dicadangkan lebih dulu, sehingga langkah ini dapat dibatalkan dengan memulihkan cadangan itu. Cadangan disimpan di "%1".</translation>
        </message>
        <message>
            <source>checked, good</source>
            <translation>diperiksa, baik</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Pilih cadangan</translation>
        </message>
        <message>
            <source>Pantau Kopdes database (*.sqlite *.db);;All files (*)</source>
            <translation>Basis data Pantau Kopdes (*.sqlite *.db);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>This file cannot be restored: %1</source>
            <translation>Berkas ini tidak dapat dipulihkan: %1</translation>
        </message>
        <message>
            <source>Put back the backup of %1?</source>
            <translation>Pulihkan cadangan %1?</translation>
        </message>
        <message>
            <source>It holds %1 cooperatives (schema version %2). Everything saved after it is replaced by its content; the present state is backed up first, so nothing is lost.</source>
            <translation>Cadangan ini berisi %1 koperasi (skema versi %2). Semua yang disimpan sesudahnya diganti dengan isinya; keadaan saat ini dicadangkan lebih dulu, sehingga tidak ada yang hilang.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Pulihkan</translation>
        </message>
        <message>
            <source>The backup of %1 was restored (%2 cooperatives).</source>
            <translation>Cadangan %1 sudah dipulihkan (%2 koperasi).</translation>
        </message>
        <message>
            <source>The state before the restore is kept as "%1".</source>
            <translation>Keadaan sebelum pemulihan disimpan sebagai "%1".</translation>
        </message>
        <message>
            <source>Pantau Kopdes</source>
            <translation>Pantau Kopdes</translation>
        </message>
        <message>
            <source>%1

No good backup of it was found in "%2".</source>
            <translation>%1

Tidak ditemukan cadangan yang baik di "%2".</translation>
        </message>
        <message>
            <source>The database "%1" is damaged: some of its records cannot be read correctly, so nothing more can be saved in it.</source>
            <translation>Basis data "%1" rusak: sebagian datanya tidak dapat dibaca dengan benar, sehingga tidak ada lagi yang dapat disimpan di dalamnya.</translation>
        </message>
        <message>
            <source>The newest good backup is from %1. Restoring it puts that backup in place of the damaged file; the damaged file is kept beside it for the helpdesk. Work saved after the backup is not in it.

Or open the damaged database read-only, to look and print.</source>
            <translation>Cadangan baik yang terbaru berasal dari %1. Memulihkannya menaruh cadangan itu di tempat berkas yang rusak; berkas yang rusak disimpan di sebelahnya untuk helpdesk. Pekerjaan yang disimpan sesudah cadangan itu tidak ada di dalamnya.

Atau buka basis data yang rusak dalam mode hanya-baca, untuk melihat dan mencetak.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Buka hanya-baca</translation>
        </message>
        <message>
            <source>The backup of %1 was restored as "%2". The damaged file is kept as "%3".</source>
            <translation>Cadangan %1 sudah dipulihkan sebagai "%2". Berkas yang rusak disimpan sebagai "%3".</translation>
        </message>
    </context>
    <context>
        <name>ServerAddress</name>
        <message>
            <source>"%1" is not a server address. Write it as postgresql://user@host:5432/database.</source>
            <translation>"%1" bukan alamat server. Tulis sebagai postgresql://pengguna@host:5432/basisdata.</translation>
        </message>
        <message>
            <source>sslmode "%1" is not known. Use one of: %2.</source>
            <translation>sslmode "%1" tidak dikenal. Gunakan salah satu dari: %2.</translation>
        </message>
        <message>
            <source>The server address has an option this application does not know: "%1".</source>
            <translation>Alamat server memuat opsi yang tidak dikenal aplikasi ini: "%1".</translation>
        </message>
        <message>
            <source>The server address "%1" names no database. Add it at the end: postgresql://user@host:5432/database.</source>
            <translation>Alamat server "%1" tidak menyebut basis data. Tambahkan di akhir: postgresql://pengguna@host:5432/basisdata.</translation>
        </message>
    </context>
    <context>
        <name>ServerConnectDialog</name>
        <message>
            <source>Connect to server</source>
            <translation>Hubungkan ke server</translation>
        </message>
        <message>
            <source>Connect to the office's shared database on a PostgreSQL server, so that several computers work on the same data. Ask the administrator of the server for these details.</source>
            <translation>Hubungkan ke basis data bersama kantor di server PostgreSQL, agar beberapa komputer bekerja pada data yang sama. Mintalah rincian ini kepada pengelola server.</translation>
        </message>
        <message>
            <source>&amp;Recent servers:</source>
            <translation>Server &amp;terakhir:</translation>
        </message>
        <message>
            <source>None yet. A server you connect to is listed here (without its password).</source>
            <translation>Belum ada. Server yang pernah Anda hubungi tercantum di sini (tanpa kata sandinya).</translation>
        </message>
        <message>
            <source>e.g. 192.168.1.10 or server.kantor.local</source>
            <translation>mis. 192.168.1.10 atau server.kantor.local</translation>
        </message>
        <message>
            <source>Re&amp;member the password on this computer</source>
            <translation>&amp;Ingat kata sandi di komputer ini</translation>
        </message>
        <message>
            <source>Kept in this computer's password keychain, never in a file of the application.</source>
            <translation>Disimpan di penyimpanan kata sandi (keychain) komputer ini, tidak pernah di berkas aplikasi.</translation>
        </message>
        <message>
            <source>This installation has no access to a password keychain.</source>
            <translation>Instalasi ini tidak dapat memakai penyimpanan kata sandi (keychain).</translation>
        </message>
        <message>
            <source>prefer: encrypted when the server offers it</source>
            <translation>prefer: terenkripsi bila server menyediakannya</translation>
        </message>
        <message>
            <source>require: always encrypted</source>
            <translation>require: selalu terenkripsi</translation>
        </message>
        <message>
            <source>verify-full: encrypted, server identity checked</source>
            <translation>verify-full: terenkripsi, identitas server diperiksa</translation>
        </message>
        <message>
            <source>disable: never encrypted</source>
            <translation>disable: tidak pernah terenkripsi</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Basis data:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Pengguna:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>&amp;Enkripsi:</translation>
        </message>
        <message>
            <source>Without a password here (and none remembered), the password is looked up as PostgreSQL's own tools do: the PGPASSWORD environment variable, then the file .pgpass in your home folder (on Windows: %APPDATA%\postgresql\pgpass.conf).</source>
            <translation>Bila kata sandi tidak diisi di sini (dan tidak ada yang diingat), kata sandi dicari seperti oleh perangkat PostgreSQL sendiri: variabel lingkungan PGPASSWORD, lalu berkas .pgpass di folder rumah Anda (di Windows: %APPDATA%\postgresql\pgpass.conf).</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Uji</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Hubungkan</translation>
        </message>
        <message>
            <source>Encrypts the connection when the server supports it, otherwise connects without. The usual choice on an office network.</source>
            <translation>Mengenkripsi koneksi bila server mendukungnya, jika tidak tersambung tanpa enkripsi. Pilihan biasa di jaringan kantor.</translation>
        </message>
        <message>
            <source>Refuses to connect without encryption. Does not check that the server is the real one.</source>
            <translation>Menolak tersambung tanpa enkripsi. Tidak memeriksa bahwa server itu memang server yang benar.</translation>
        </message>
        <message>
            <source>The safest: encrypted, and the server must prove who it is with a certificate. Needs the server's root certificate on this computer (ask the administrator).</source>
            <translation>Paling aman: terenkripsi, dan server harus membuktikan identitasnya dengan sertifikat. Memerlukan sertifikat akar server di komputer ini (tanyakan kepada pengelola).</translation>
        </message>
        <message>
            <source>Never encrypts: anyone on the network could read the data. Only for a server on this computer.</source>
            <translation>Tidak pernah mengenkripsi: siapa pun di jaringan dapat membaca datanya. Hanya untuk server di komputer ini.</translation>
        </message>
        <message>
            <source>Type the name or address of the server under Host.</source>
            <translation>Ketik nama atau alamat server pada Host.</translation>
        </message>
        <message>
            <source>Type the name of the database on the server under Database.</source>
            <translation>Ketik nama basis data di server pada Basis data.</translation>
        </message>
        <message>
            <source>Type your user name on the server under User.</source>
            <translation>Ketik nama pengguna Anda di server pada Pengguna.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Menghubungi %1…</translation>
        </message>
        <message>
            <source>Connection works: PostgreSQL %1 on %2.</source>
            <translation>Koneksi berhasil: PostgreSQL %1 di %2.</translation>
        </message>
        <message numerus="yes">
            <source>The database "%1" holds %Ln cooperative(s).</source>
            <translation>
                <numerusform>Basis data "%1" berisi %Ln koperasi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Connection encrypted (TLS).</source>
            <translation>Koneksi terenkripsi (TLS).</translation>
        </message>
        <message>
            <source>Connection NOT encrypted: use it only on a trusted office network.</source>
            <translation>Koneksi TIDAK terenkripsi: gunakan hanya di jaringan kantor yang tepercaya.</translation>
        </message>
        <message>
            <source>The server asks for a password for "%1". Type it under Password.</source>
            <translation>Server meminta kata sandi untuk "%1". Ketik kata sandi pada Kata sandi.</translation>
        </message>
    </context>
    <context>
        <name>ServerPasswordPrompt</name>
        <message>
            <source>Password for the server</source>
            <translation>Kata sandi server</translation>
        </message>
        <message>
            <source>The database server asks for the password of "%1" for
%2</source>
            <translation>Server basis data meminta kata sandi "%1" untuk
%2</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <source>Re&amp;member the password on this computer</source>
            <translation>&amp;Ingat kata sandi di komputer ini</translation>
        </message>
    </context>
    <context>
        <name>ServerPasswords</name>
        <message>
            <source>The password could not be remembered on this computer (it has no password keychain that answers). You will be asked for it again next time.</source>
            <translation>Kata sandi tidak dapat diingat di komputer ini (tidak ada penyimpanan kata sandi/keychain yang menjawab). Anda akan ditanya lagi lain kali.</translation>
        </message>
    </context>
    <context>
        <name>SettingsRepository</name>
        <message>
            <source>Reading settings</source>
            <translation>Membaca pengaturan</translation>
        </message>
        <message>
            <source>Saving settings</source>
            <translation>Menyimpan pengaturan</translation>
        </message>
    </context>
    <context>
        <name>SheetBuilder</name>
        <message>
            <source>The sheet %2 of the file %1 has more than %3 rows, too many to import. Split it into smaller files.</source>
            <translation>Sheet %2 berkas %1 berisi lebih dari %3 baris, terlalu banyak untuk diimpor. Pecah menjadi beberapa berkas yang lebih kecil.</translation>
        </message>
        <message>
            <source>Row %3 of the sheet %2 of the file %1 has a cell beyond column %4, the last column Excel has.</source>
            <translation>Baris %3 pada sheet %2 berkas %1 memiliki sel di luar kolom %4, kolom terakhir Excel.</translation>
        </message>
        <message>
            <source>The sheet %2 of the file %1 holds more than %3 cells, too many to import. Split it into smaller files.</source>
            <translation>Sheet %2 berkas %1 berisi lebih dari %3 sel, terlalu banyak untuk diimpor. Pecah menjadi beberapa berkas yang lebih kecil.</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetExport</name>
        <message>
            <source>Choose a file name ending in .xlsx or .csv, not "%1".</source>
            <translation>Pilih nama berkas yang berakhiran .xlsx atau .csv, bukan "%1".</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetReader</name>
        <message>
            <source>The file %1 is too large to import (more than %2 MB). Split the data into smaller files.</source>
            <translation>Berkas %1 terlalu besar untuk diimpor (lebih dari %2 MB). Pecah datanya menjadi beberapa berkas yang lebih kecil.</translation>
        </message>
        <message>
            <source>The file %1 has no sheet named %2. Its sheets are: %3.</source>
            <translation>Berkas %1 tidak memiliki sheet bernama %2. Sheet yang ada: %3.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read: no temporary file could be written (%2).</source>
            <translation>Berkas %1 tidak dapat dibaca: berkas sementara tidak dapat ditulis (%2).</translation>
        </message>
        <message>
            <source>The file %1 is a CSV or text file: it has no sheets, so the sheet %2 cannot be chosen.</source>
            <translation>Berkas %1 adalah berkas CSV atau teks: tidak memiliki sheet, jadi sheet %2 tidak dapat dipilih.</translation>
        </message>
        <message>
            <source>The file %1 holds no data: it is empty or has only blank lines.</source>
            <translation>Berkas %1 tidak berisi data: kosong atau hanya berisi baris kosong.</translation>
        </message>
        <message>
            <source>The sheet %2 of the file %1 is empty.</source>
            <translation>Sheet %2 berkas %1 kosong.</translation>
        </message>
        <message>
            <source>The file %1 is a document, not a spreadsheet. Import an Excel (.xlsx, .xls), LibreOffice Calc (.ods) or CSV file.</source>
            <translation>Berkas %1 adalah dokumen, bukan lembar kerja. Impor berkas Excel (.xlsx, .xls), LibreOffice Calc (.ods) atau CSV.</translation>
        </message>
        <message>
            <source>The file %1 is a ZIP archive, not a spreadsheet. Unpack it first, or import an Excel (.xlsx, .xls), LibreOffice Calc (.ods) or CSV file.</source>
            <translation>Berkas %1 adalah arsip ZIP, bukan lembar kerja. Ekstrak dulu, atau impor berkas Excel (.xlsx, .xls), LibreOffice Calc (.ods) atau CSV.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a file. Choose the spreadsheet file inside it.</source>
            <translation>%1 adalah folder, bukan berkas. Pilih berkas spreadsheet di dalamnya.</translation>
        </message>
        <message>
            <source>%1 is not an ordinary file (a device or a pipe), so it is not imported. Save the data as an .xlsx or .csv file and import that.</source>
            <translation>%1 bukan berkas biasa (perangkat atau pipa), jadi tidak diimpor. Simpan datanya sebagai berkas .xlsx atau .csv, lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>The file %1 is too large to import as a CSV or text file (more than %2 MB). Split the data into smaller files, or save it as .xlsx.</source>
            <translation>Berkas %1 terlalu besar untuk diimpor sebagai berkas CSV atau teks (lebih dari %2 MB). Pecah datanya menjadi beberapa berkas yang lebih kecil, atau simpan sebagai .xlsx.</translation>
        </message>
        <message>
            <source>The file %1 cannot be opened. Close it if another program has it open, and check that you may read it.</source>
            <translation>Berkas %1 tidak dapat dibuka. Tutup berkas itu bila sedang dibuka program lain, dan pastikan Anda boleh membacanya.</translation>
        </message>
    </context>
    <context>
        <name>StorageError</name>
        <message>
            <source>%1: the database is busy because another window or computer is saving. Nothing was changed; try again in a moment.</source>
            <translation>%1: basis data sedang dipakai karena jendela atau komputer lain sedang menyimpan. Tidak ada yang diubah; coba lagi sebentar lagi.</translation>
        </message>
        <message>
            <source>%1: this would create a duplicate (for example a second cooperative for one village). Nothing was changed.</source>
            <translation>%1: ini akan membuat data ganda (misalnya koperasi kedua untuk satu desa). Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>%1: this would leave the records inconsistent, so it was refused. Nothing was changed.</source>
            <translation>%1: ini akan membuat data tidak konsisten, jadi ditolak. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>%1: the database is open read-only (it is damaged, or the file or its folder cannot be written to). Nothing was changed. Copy it to a folder you can write to, or use a backup copy.</source>
            <translation>%1: basis data dibuka hanya-baca (rusak, atau berkas atau foldernya tidak dapat ditulisi). Tidak ada yang diubah. Salin ke folder yang dapat ditulisi, atau gunakan salinan cadangan.</translation>
        </message>
        <message>
            <source>%1: the disk is full. Nothing was changed. Free some space (or use another disk) and try again.</source>
            <translation>%1: disk penuh. Tidak ada yang diubah. Kosongkan sebagian ruang (atau gunakan disk lain) lalu coba lagi.</translation>
        </message>
        <message>
            <source>%1: the disk could not be read or written (it may be full, removed or failing). Nothing was changed. Free some space or check the disk, then try again.</source>
            <translation>%1: disk tidak dapat dibaca atau ditulisi (mungkin penuh, dicabut, atau rusak). Tidak ada yang diubah. Kosongkan sebagian ruang atau periksa disk, lalu coba lagi.</translation>
        </message>
        <message>
            <source>%1: the database file is damaged. Nothing was changed. Close the application and use the latest backup copy of the database.</source>
            <translation>%1: berkas basis data rusak. Tidak ada yang diubah. Tutup aplikasi dan gunakan salinan cadangan basis data yang terbaru.</translation>
        </message>
        <message>
            <source>%1: the database file cannot be opened (it was moved, or the folder cannot be written to). Nothing was changed.</source>
            <translation>%1: berkas basis data tidak dapat dibuka (sudah dipindahkan, atau foldernya tidak dapat ditulisi). Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>%1: the computer ran out of memory. Nothing was changed; close other programs and try again.</source>
            <translation>%1: memori komputer habis. Tidak ada yang diubah; tutup program lain lalu coba lagi.</translation>
        </message>
        <message>
            <source>%1 failed. Nothing was changed; try again, and if it keeps failing, close the application and open it again.</source>
            <translation>%1 gagal. Tidak ada yang diubah; coba lagi, dan bila terus gagal, tutup aplikasi lalu buka kembali.</translation>
        </message>
        <message>
            <source>%1: the connection to the database server was lost. Nothing was saved. The application reconnects by itself when the server can be reached again; check the network cable or Wi-Fi, then try again.</source>
            <translation>%1: koneksi ke server basis data terputus. Tidak ada yang tersimpan. Aplikasi menyambung ulang sendiri begitu server dapat dijangkau lagi; periksa kabel jaringan atau Wi-Fi, lalu coba lagi.</translation>
        </message>
        <message>
            <source>%1: the database server refused this for your login (no permission). Nothing was changed. Ask the administrator of the server for write access.</source>
            <translation>%1: server basis data menolak ini untuk login Anda (tidak ada izin). Tidak ada yang diubah. Minta pengelola server memberi hak menulis.</translation>
        </message>
        <message>
            <source>%1: a save into this database was cut off (the program stopped or the power went off while it wrote). That is normal and nothing saved earlier is lost: the next program that opens the database for saving finishes the clean-up. Open it once in Pantau Kopdes (or run a command that saves), then try again. Nothing was changed.</source>
            <translation>%1: penyimpanan ke basis data ini terputus (program berhenti atau listrik padam saat menulis). Itu wajar dan tidak ada yang tersimpan sebelumnya yang hilang: program berikutnya yang membuka basis data untuk menyimpan akan menuntaskan pembersihannya. Buka sekali di Pantau Kopdes (atau jalankan perintah yang menyimpan), lalu coba lagi. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>the connection to the database server was lost. Check the network cable or Wi-Fi.</source>
            <translation>sambungan ke server basis data terputus. Periksa kabel jaringan atau Wi-Fi.</translation>
        </message>
        <message>
            <source>the disk is full. Free some space.</source>
            <translation>disk penuh. Kosongkan sebagian ruang.</translation>
        </message>
        <message>
            <source>the database was busy for too long (another program was saving).</source>
            <translation>basis data terlalu lama sibuk (program lain sedang menyimpan).</translation>
        </message>
        <message>
            <source>the database server refused it for your login (no permission).</source>
            <translation>server basis data menolaknya untuk login Anda (tanpa izin).</translation>
        </message>
    </context>
    <context>
        <name>WorkshopEditDialog</name>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Judul:</translation>
        </message>
        <message>
            <source>Workshop Percepatan Operasional KMP</source>
            <translation>Workshop Percepatan Operasional KMP</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Tanggal:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>Te&amp;mpat:</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>&amp;Penyelenggara:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>Invite</source>
            <translation>Undang</translation>
        </message>
        <message>
            <source>&amp;Leave the invitations as they are</source>
            <translation>&amp;Biarkan undangan seperti sekarang</translation>
        </message>
        <message>
            <source>All cooperatives of the &amp;area</source>
            <translation>Semua koperasi di &amp;wilayah</translation>
        </message>
        <message>
            <source>The cooperatives of chosen &amp;kecamatan</source>
            <translation>Koperasi di &amp;kecamatan terpilih</translation>
        </message>
        <message>
            <source>Hand-&amp;picked cooperatives</source>
            <translation>Koperasi &amp;pilihan</translation>
        </message>
        <message>
            <source>Filter the list</source>
            <translation>Saring daftar</translation>
        </message>
        <message>
            <source>New workshop</source>
            <translation>Workshop baru</translation>
        </message>
        <message>
            <source>Edit workshop</source>
            <translation>Ubah workshop</translation>
        </message>
        <message>
            <source>Dinas Koperasi dan UMKM %1</source>
            <translation>Dinas Koperasi dan UMKM %1</translation>
        </message>
        <message>
            <source>Who is invited? More can be added later.</source>
            <translation>Siapa yang diundang? Undangan dapat ditambah nanti.</translation>
        </message>
        <message numerus="yes">
            <source>%n cooperative(s) invited so far. Choose more to add them to the list.</source>
            <translation>
                <numerusform>Sejauh ini %n koperasi diundang. Pilih lagi untuk menambahkannya ke daftar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick at least one kecamatan, or choose another way of inviting.</source>
            <translation>Centang paling sedikit satu kecamatan, atau pilih cara mengundang yang lain.</translation>
        </message>
        <message>
            <source>Tick at least one cooperative, or choose another way of inviting.</source>
            <translation>Centang paling sedikit satu koperasi, atau pilih cara mengundang yang lain.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopMilestoneDialog</name>
        <message>
            <source>Milestones reached today</source>
            <translation>Capaian hari ini</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Tick what was reached at the workshop; it is recorded as reached on %3.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Centang yang tercapai di workshop; dicatat tercapai pada %3.</translation>
        </message>
        <message>
            <source>%1 (reached %2)</source>
            <translation>%1 (tercapai %2)</translation>
        </message>
        <message>
            <source>Space ticks the highlighted milestone; Ctrl+Enter saves.</source>
            <translation>Spasi mencentang capaian yang disorot; Ctrl+Enter menyimpan.</translation>
        </message>
        <message>
            <source>At the workshop of %1</source>
            <translation>Pada workshop %1</translation>
        </message>
        <message>
            <source>Recorded for %1: %2</source>
            <translation>Dicatat untuk %1: %2</translation>
        </message>
        <message>
            <source>milestones of %1 at the workshop</source>
            <translation>capaian %1 di workshop</translation>
        </message>
    </context>
    <context>
        <name>WorkshopOutcomePage</name>
        <message>
            <source>← &amp;Workshops</source>
            <translation>← &amp;Workshop</translation>
        </message>
        <message>
            <source>&amp;Check-in</source>
            <translation>&amp;Registrasi</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Cetak…</translation>
        </message>
        <message>
            <source>Export the absentees</source>
            <translation>Ekspor yang tidak hadir</translation>
        </message>
        <message>
            <source>%1 present, %2 absent</source>
            <translation>%1 hadir, %2 tidak hadir</translation>
        </message>
        <message>
            <source>Print the workshop report</source>
            <translation>Cetak laporan workshop</translation>
        </message>
        <message>
            <source>E&amp;xport absentees…</source>
            <translation>&amp;Ekspor yang tidak hadir…</translation>
        </message>
    </context>
    <context>
        <name>WorkshopRepository</name>
        <message>
            <source>Saving the workshop</source>
            <translation>Menyimpan workshop</translation>
        </message>
        <message>
            <source>The workshop needs a title.</source>
            <translation>Workshop harus diberi judul.</translation>
        </message>
        <message>
            <source>Choose the date of the workshop.</source>
            <translation>Pilih tanggal workshop.</translation>
        </message>
        <message>
            <source>Reading the workshop</source>
            <translation>Membaca data workshop</translation>
        </message>
        <message>
            <source>There is no workshop number %1 in this database.</source>
            <translation>Tidak ada workshop nomor %1 di basis data ini.</translation>
        </message>
        <message>
            <source>Reading the workshops</source>
            <translation>Membaca daftar workshop</translation>
        </message>
        <message>
            <source>Inviting the cooperatives</source>
            <translation>Mengundang koperasi</translation>
        </message>
        <message>
            <source>Removing invitations</source>
            <translation>Menghapus undangan</translation>
        </message>
        <message>
            <source>Counting the invitations</source>
            <translation>Menghitung undangan</translation>
        </message>
        <message>
            <source>Reading the invitations</source>
            <translation>Membaca daftar undangan</translation>
        </message>
        <message>
            <source>Searching the invited cooperatives</source>
            <translation>Mencari koperasi yang diundang</translation>
        </message>
        <message>
            <source>Looking up the village code</source>
            <translation>Mencari kode desa</translation>
        </message>
        <message>
            <source>Reading the attendance</source>
            <translation>Membaca daftar hadir</translation>
        </message>
        <message>
            <source>Marking attendance</source>
            <translation>Mencatat kehadiran</translation>
        </message>
        <message>
            <source>Taking back the attendance mark</source>
            <translation>Membatalkan tanda hadir</translation>
        </message>
        <message>
            <source>Recording attendance</source>
            <translation>Mencatat kehadiran</translation>
        </message>
        <message>
            <source>Counting the attendance</source>
            <translation>Menghitung kehadiran</translation>
        </message>
        <message>
            <source>Reading the absentees</source>
            <translation>Membaca daftar yang tidak hadir</translation>
        </message>
        <message>
            <source>Reading the attendance history</source>
            <translation>Membaca riwayat kehadiran</translation>
        </message>
        <message>
            <source>The workshop "%1" of %2 has ended: its attendance is closed and nothing was recorded. If a mark was really missed, reopen the workshop for today first.</source>
            <translation>Workshop "%1" tanggal %2 sudah berakhir: daftar hadirnya ditutup dan tidak ada yang dicatat. Bila ada kehadiran yang memang terlewat, buka kembali workshop untuk hari ini terlebih dahulu.</translation>
        </message>
        <message>
            <source>Reopening workshop %1 for today's marks</source>
            <translation>Membuka kembali workshop %1 untuk pencatatan hari ini</translation>
        </message>
    </context>
    <context>
        <name>WorkshopsPage</name>
        <message>
            <source>Workshops</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Select a workshop and press Enter to open the check-in screen for the door.</source>
            <translation>Pilih workshop lalu tekan Enter untuk membuka layar registrasi di pintu masuk.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Diundang</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Hadir</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Tidak hadir</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>Workshop &amp;baru…</translation>
        </message>
        <message>
            <source>Edit and &amp;invite…</source>
            <translation>&amp;Ubah dan undang…</translation>
        </message>
        <message>
            <source>Name &amp;cards with QR codes (PDF)…</source>
            <translation>&amp;Kartu nama dengan kode QR (PDF)…</translation>
        </message>
        <message>
            <source>Open chec&amp;k-in</source>
            <translation>Buka &amp;registrasi</translation>
        </message>
        <message>
            <source>&amp;Outcome and absentees</source>
            <translation>&amp;Hasil dan yang tidak hadir</translation>
        </message>
        <message>
            <source>Edit workshop</source>
            <translation>Ubah workshop</translation>
        </message>
        <message>
            <source>Name cards</source>
            <translation>Kartu nama</translation>
        </message>
        <message>
            <source>Nobody is invited to this workshop yet. Use "Edit and invite" first.</source>
            <translation>Belum ada yang diundang ke workshop ini. Gunakan "Ubah dan undang" terlebih dahulu.</translation>
        </message>
        <message>
            <source>name-cards-%1.pdf</source>
            <translation>kartu-nama-%1.pdf</translation>
        </message>
        <message>
            <source>Name cards with QR codes</source>
            <translation>Kartu nama dengan kode QR</translation>
        </message>
        <message>
            <source>PDF file (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <source>&amp;Reopen for today…</source>
            <translation>&amp;Buka kembali untuk hari ini…</translation>
        </message>
        <message>
            <source>A workshop's attendance closes after its day; reopen it until midnight to record a mark that was really missed</source>
            <translation>Daftar hadir workshop ditutup setelah harinya; buka kembali sampai tengah malam untuk mencatat kehadiran yang memang terlewat</translation>
        </message>
        <message>
            <source>Reopen for today</source>
            <translation>Buka kembali untuk hari ini</translation>
        </message>
        <message>
            <source>The attendance of "%1" is open.</source>
            <translation>Daftar hadir "%1" masih terbuka.</translation>
        </message>
        <message>
            <source>"%1" was held on %2 and its report may already be signed. Reopen its attendance until midnight to record a mark that was really missed?</source>
            <translation>"%1" diselenggarakan pada %2 dan laporannya mungkin sudah ditandatangani. Buka kembali daftar hadirnya sampai tengah malam untuk mencatat kehadiran yang memang terlewat?</translation>
        </message>
        <message>
            <source>Workshop "%1" of %2 saved.</source>
            <translation>Kegiatan "%1" tanggal %2 disimpan.</translation>
        </message>
    </context>
    <context>
        <name>XlsReader</name>
        <message>
            <source>The file %1 is damaged or not a real Excel 97-2003 workbook (FreeXL error %2). Open it in Excel and save it again, or save it as .xlsx.</source>
            <translation>Berkas %1 rusak atau bukan buku kerja Excel 97-2003 yang sebenarnya (galat FreeXL %2). Buka di Excel lalu simpan ulang, atau simpan sebagai .xlsx.</translation>
        </message>
        <message>
            <source>The file %1 is protected with a password. Open it in Excel, remove the password and save it again.</source>
            <translation>Berkas %1 dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu simpan ulang.</translation>
        </message>
        <message>
            <source>The file %1 has no sheets.</source>
            <translation>Berkas %1 tidak memiliki sheet.</translation>
        </message>
        <message>
            <source>The file %1 is damaged: the sheet %2 cannot be read (FreeXL error %3). Open it in Excel and save it again, or save it as .xlsx.</source>
            <translation>Berkas %1 rusak: sheet %2 tidak dapat dibaca (galat FreeXL %3). Buka di Excel lalu simpan ulang, atau simpan sebagai .xlsx.</translation>
        </message>
        <message>
            <source>The file %1 is damaged: cell %3 of the sheet %2 cannot be read (FreeXL error %4).</source>
            <translation>Berkas %1 rusak: sel %3 pada sheet %2 tidak dapat dibaca (galat FreeXL %4).</translation>
        </message>
        <message>
            <source>The file %1 looks damaged and could not be read safely. Open it in Excel and save it again as .xlsx, then import that file.</source>
            <translation>Berkas %1 tampaknya rusak dan tidak dapat dibaca dengan aman. Buka di Excel lalu simpan ulang sebagai .xlsx, kemudian impor berkas itu.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read: the part of Pantau Kopdes that reads Excel 97-2003 (.xls) files, pantau-kopdes-xls, is missing or cannot be started, so the installation is incomplete. Install Pantau Kopdes again, or open the file in Excel, save it as .xlsx and import that file.</source>
            <translation>Berkas %1 tidak dapat dibaca: bagian Pantau Kopdes yang membaca berkas Excel 97-2003 (.xls), pantau-kopdes-xls, tidak ada atau tidak dapat dijalankan, jadi pemasangannya tidak lengkap. Pasang ulang Pantau Kopdes, atau buka berkas itu di Excel, simpan sebagai .xlsx lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read: the part of Pantau Kopdes that reads Excel 97-2003 (.xls) files, pantau-kopdes-xls, belongs to another version of the application, so the installation is incomplete. Install Pantau Kopdes again.</source>
            <translation>Berkas %1 tidak dapat dibaca: bagian Pantau Kopdes yang membaca berkas Excel 97-2003 (.xls), pantau-kopdes-xls, berasal dari versi aplikasi yang lain, jadi pemasangannya tidak lengkap. Pasang ulang Pantau Kopdes.</translation>
        </message>
        <message>
            <source>The file %1 holds more data than the import can take (more than %2 MB). Split the data into smaller files.</source>
            <translation>Berkas %1 berisi lebih banyak data daripada yang dapat diimpor (lebih dari %2 MB). Pecah datanya menjadi beberapa berkas yang lebih kecil.</translation>
        </message>
        <message>
            <source>The file %1 could not be read: reading it took longer than %2 seconds, which happens with damaged files. Open it in Excel and save it again as .xlsx, then import that file.</source>
            <translation>Berkas %1 tidak dapat dibaca: membacanya memakan waktu lebih dari %2 detik, yang terjadi pada berkas yang rusak. Buka di Excel lalu simpan ulang sebagai .xlsx, kemudian impor berkas itu.</translation>
        </message>
        <message>
            <source>Reading the file %1 was cancelled.</source>
            <translation>Pembacaan berkas %1 dibatalkan.</translation>
        </message>
    </context>
    <context>
        <name>XlsxExporter</name>
        <message>
            <source>This build cannot write XLSX files; export to CSV instead.</source>
            <translation>Versi ini tidak dapat menulis berkas XLSX; ekspor ke CSV saja.</translation>
        </message>
        <message>
            <source>Cannot create the file "%1". Choose another folder; nothing was written.</source>
            <translation>Berkas "%1" tidak dapat dibuat. Pilih folder lain; tidak ada yang ditulis.</translation>
        </message>
        <message>
            <source>The XLSX writer library (libxlsxwriter) cannot be loaded: %1</source>
            <translation>Pustaka penulis XLSX (libxlsxwriter) tidak dapat dimuat: %1</translation>
        </message>
        <message>
            <source>The XLSX writer library (libxlsxwriter) is too old for this application.</source>
            <translation>Pustaka penulis XLSX (libxlsxwriter) terlalu lama untuk aplikasi ini.</translation>
        </message>
    </context>
    <context>
        <name>XlsxReader</name>
        <message>
            <source>The file %1 is damaged: its part %2 is not valid XML (line %3: %4). Save it again from Excel.</source>
            <translation>Berkas %1 rusak: bagian %2-nya bukan XML yang sah (baris %3: %4). Simpan ulang dari Excel.</translation>
        </message>
        <message>
            <source>The file %1 has no sheets.</source>
            <translation>Berkas %1 tidak memiliki sheet.</translation>
        </message>
        <message>
            <source>The file %1 is damaged: the sheet %2 is listed but its part %3 is missing.</source>
            <translation>Berkas %1 rusak: sheet %2 terdaftar, tetapi bagiannya (%3) tidak ada.</translation>
        </message>
        <message>
            <source>The file %1 is damaged: in the sheet %2, row %3 comes after row %4.</source>
            <translation>Berkas %1 rusak: pada sheet %2, baris %3 muncul setelah baris %4.</translation>
        </message>
        <message>
            <source>The file %1 is damaged: in the sheet %2, row %3 holds a cell "%4" that does not belong to it.</source>
            <translation>Berkas %1 rusak: pada sheet %2, baris %3 memuat sel "%4" yang bukan miliknya.</translation>
        </message>
        <message>
            <source>The file %1 is damaged: cell %3 of the sheet %2 refers to a text that is not in the file.</source>
            <translation>Berkas %1 rusak: sel %3 pada sheet %2 merujuk ke teks yang tidak ada di berkas.</translation>
        </message>
        <message>
            <source>The file %1 is damaged: cell %3 of the sheet %2 should hold a number but holds "%4".</source>
            <translation>Berkas %1 rusak: sel %3 pada sheet %2 seharusnya berisi angka, tetapi berisi "%4".</translation>
        </message>
    </context>
    <context>
        <name>ZipArchive</name>
        <message>
            <source>The file %1 is damaged or incomplete: it starts like an Excel or LibreOffice file but its contents cannot be opened. Save it again from Excel or LibreOffice, or ask for a new copy.</source>
            <translation>Berkas %1 rusak atau tidak lengkap: awalnya seperti berkas Excel atau LibreOffice, tetapi isinya tidak dapat dibuka. Simpan ulang dari Excel atau LibreOffice, atau minta salinan baru.</translation>
        </message>
        <message>
            <source>The file %1 is damaged: its part %2 cannot be read. Save it again from Excel or LibreOffice, or ask for a new copy.</source>
            <translation>Berkas %1 rusak: bagian %2-nya tidak dapat dibaca. Simpan ulang dari Excel atau LibreOffice, atau minta salinan baru.</translation>
        </message>
        <message>
            <source>The file %1 is too large to import: its part %2 unpacks to more than %3 MB. Split the data into smaller files.</source>
            <translation>Berkas %1 terlalu besar untuk diimpor: bagian %2-nya berukuran lebih dari %3 MB setelah diekstrak. Pecah datanya menjadi beberapa berkas yang lebih kecil.</translation>
        </message>
    </context>
</TS>