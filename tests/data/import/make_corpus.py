#!/usr/bin/python3
"""Writes the import corpus: small, real-looking spreadsheets of Kabupaten Simalungun's
cooperatives in every format and encoding the Dinas meets, good and bad, plus corpus.tsv
(what each file exercises and what reading it, and importing it, must give) and base.tsv
(the eight cooperatives most files hold, as the import must understand them).

Run with Debian's python3 (openpyxl): /usr/bin/python3 tests/data/import/make_corpus.py
(PK_REGION_VILLAGES names idn-area-data's villages.csv when it is not in /work/main/build/region).
The .xls files and some .ods files are converted from the .xlsx files with LibreOffice
(`soffice --headless`) when it is installed; the generated files are committed, so the build
and CI need neither openpyxl nor LibreOffice. Village codes and names are the Kemendagri ones
of idn-area-data; people, phone numbers and SK AHU numbers are invented.
"""
import datetime as dt
import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date

# code, village, kecamatan, chair, phone, SK AHU, SK date, Musdesus date, activation date, members
BASE = [
    ("12.08.30.1001", "Ujung Padang", "Ujung Padang", "Rudi Hartono Saragih", "0812-6011-2345",
     "AHU-0001234.AH.01.29.TAHUN 2025", D(2025, 8, 14), D(2025, 6, 20), D(2025, 9, 2), 124),
    ("12.08.30.2002", "Huta Parik", "Ujung Padang", "Hotman Sinaga", "0813-7022-3456",
     "AHU-0001301.AH.01.29.TAHUN 2025", D(2025, 8, 15), D(2025, 6, 21), D(2025, 10, 4), 87),
    ("12.08.30.2003", "Dusun Ulu", "Ujung Padang", "Sri Wahyuni", "0821-6533-4567",
     "AHU-0001422.AH.01.29.TAHUN 2025", D(2025, 8, 18), D(2025, 6, 23), None, 65),
    ("12.08.30.2004", "Tinjowan", "Ujung Padang", "Jhon Purba", "0852-7644-5678",
     "AHU-0001517.AH.01.29.TAHUN 2025", D(2025, 8, 20), D(2025, 6, 24), D(2025, 10, 4), 102),
    ("12.08.29.1011", "Pamatang Raya", "Raya", "Marihot Damanik", "0811-6455-6789",
     "AHU-0001608.AH.01.29.TAHUN 2025", D(2025, 8, 21), D(2025, 6, 25), D(2025, 9, 15), 143),
    ("12.08.29.2004", "Raya Bayu", "Raya", "Lamsiar Girsang", "0812-6566-7890",
     "AHU-0001733.AH.01.29.TAHUN 2025", D(2025, 8, 22), D(2025, 6, 27), None, 58),
    ("12.08.10.2002", "Pamatang Sidamanik", "Pamatang Sidamanik", "Dedi Sipayung", "0813-6177-8901",
     "AHU-0001845.AH.01.29.TAHUN 2025", D(2025, 9, 1), D(2025, 7, 1), D(2025, 10, 4), 96),
    ("12.08.04.2003", "Siborna", "Panei", "Rosmawati Saragih", "0822-7688-9012",
     "", None, D(2025, 7, 3), None, 41),
]

HEADERS = ["No", "Kode Desa", "Nama Desa", "Kecamatan", "Nama Ketua", "No HP", "Nomor SK AHU",
           "Tanggal Badan Hukum", "Musdesus", "Tanggal Musdesus", "Akun SIMKOPDES", "Tanggal Aktivasi",
           "Jumlah Anggota", "Keterangan"]
NOTES = ["", "hadir workshop", "", "hadir workshop", "", "tidak hadir", "hadir workshop", "belum berbadan hukum"]

MANIFEST = []   # file, exercises, reader, reader_detail, pipeline


def path(name):
    return os.path.join(HERE, name)


def note(name, exercises, reader, detail, pipeline):
    MANIFEST.append((name, exercises, reader, detail, pipeline))


def ok_detail(fmt, sheet, header_row, data_rows, first_data_row, extra=""):
    d = f"format={fmt};sheet={sheet};header_row={header_row};data_rows={data_rows};first_data_row={first_data_row}"
    return d + (";" + extra if extra else "")


def dmy(d):
    return d.strftime("%d/%m/%Y") if d else ""


def base_values(i, rec, *, dates="date", codes="text", phones="text"):
    code, village, district, chair, phone, sk, skdate, mus, akun, members = rec

    def date(d):
        if d is None:
            return None
        if dates == "date":
            return d
        if dates == "serial":
            return (d - D(1899, 12, 30)).days
        return dmy(d)

    return [i + 1,
            int(code.replace(".", "")) if codes == "number" else code,
            village, district, chair,
            int(phone.replace("-", "")[1:]) if phones == "number" else phone,
            sk or None, date(skdate), "Sudah", date(mus),
            "Ya" if akun else "Belum", date(akun), members, NOTES[i] or None]


# ---------------------------------------------------------------------------------- xlsx
def xlsx_sheet(ws, *, title_rows=(), dates="date", codes="text", phones="text", date_format="dd/mm/yyyy"):
    for t in title_rows:
        ws.append(list(t))
    ws.append(HEADERS)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for i, rec in enumerate(BASE):
        ws.append(base_values(i, rec, dates=dates, codes=codes, phones=phones))
        if dates == "date":
            for col in (8, 10, 12):
                c = ws.cell(row=ws.max_row, column=col)
                if c.value is not None:
                    c.number_format = date_format


def make_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data KMP"
    xlsx_sheet(ws)
    wb.save(path("xlsx_basic.xlsx"))
    note("xlsx_basic.xlsx", "XLSX from openpyxl: header on row 1, text codes, date cells (custom format dd/mm/yyyy)",
         "ok", ok_detail("xlsx", "Data KMP", 1, 8, 2, "base=1"), "accepted: 8 cooperatives updated")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rekap"
    xlsx_sheet(ws, title_rows=[["DATA KOPERASI DESA MERAH PUTIH KAB. SIMALUNGUN"],
                               ["Keadaan per 4 Oktober 2025"]])
    ws.merge_cells("A1:N1")
    wb.save(path("xlsx_title_block.xlsx"))
    note("xlsx_title_block.xlsx", "title block on rows 1-2 (merged), header on row 3",
         "ok", ok_detail("xlsx", "Rekap", 3, 8, 4, "base=1"), "accepted: 8 cooperatives updated")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Petunjuk"
    ws.append(["Petunjuk pengisian"])
    ws.append(["Isi satu baris per koperasi. Kode desa sesuai Kepmendagri."])
    ws2 = wb.create_sheet("Data KMP")
    xlsx_sheet(ws2)
    wb.save(path("xlsx_two_sheets.xlsx"))
    note("xlsx_two_sheets.xlsx", "two sheets: instructions first, data in sheet 'Data KMP' (choose it; the first has no header)",
         "ok", ok_detail("xlsx", "Data KMP", 1, 8, 2, "base=1;sheets=Petunjuk|Data KMP"),
         "accepted with sheet 'Data KMP'; the default first sheet 'Petunjuk' has no header row")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    xlsx_sheet(ws, date_format="mm-dd-yy")   # built-in number format 14
    wb.save(path("xlsx_dates_builtin.xlsx"))
    note("xlsx_dates_builtin.xlsx", "date cells with Excel's built-in date format 14 (no custom numFmt)",
         "ok", ok_detail("xlsx", "Sheet1", 1, 8, 2, "base=1"), "accepted: 8 cooperatives updated")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    xlsx_sheet(ws, dates="serial")
    wb.save(path("xlsx_dates_serial.xlsx"))
    note("xlsx_dates_serial.xlsx", "dates as plain serial numbers in General format (45934 = 4 Oct 2025): Number cells",
         "ok", ok_detail("xlsx", "Sheet1", 1, 8, 2, "base=1"), "accepted: 8 cooperatives updated")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    xlsx_sheet(ws, codes="number", phones="number", dates="text")
    wb.save(path("xlsx_codes_as_numbers.xlsx"))
    note("xlsx_codes_as_numbers.xlsx", "village codes as numbers (1208302002), phones as numbers without the 0, dates as dd/mm/yyyy text",
         "ok", ok_detail("xlsx", "Sheet1", 1, 8, 2, "base=1"), "accepted: 8 cooperatives updated")

    wb = openpyxl.Workbook()
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Sheet1"
    xlsx_sheet(ws)
    wb.save(path("xlsx_date1904.xlsx"))
    note("xlsx_date1904.xlsx", "workbook in the 1904 date system (workbookPr date1904)",
         "ok", ok_detail("xlsx", "Sheet1", 1, 8, 2, "base=1"), "accepted: 8 cooperatives updated")

    # Milestone columns in many spellings, yes/no words and booleans.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tahapan"
    ws.append(["Kode Wilayah", "Desa/Kelurahan", "Teraktivasi", "Profil diperbarui", "Data gerai",
               "Gerai Aktif", "Kemitraan", "Tgl Kemitraan", "Pembiayaan"])
    rows = [
        ["12.08.30.1001", "Ujung Padang", "Ya", "Sudah", "\u2713", True, "v", D(2025, 10, 4), 1],
        ["12.08.30.2002", "Huta Parik", "Sudah", "Belum", "\u221a", False, "Tidak", None, 0],
        ["12.08.30.2003", "Dusun Ulu", "TRUE", "-", None, None, "Y", D(2025, 10, 6), "Yes"],
        ["12.08.30.2004", "Tinjowan", "1", "0", "Tidak", "FALSE", "No", None, None],
        ["12.08.29.1011", "Pamatang Raya", D(2025, 9, 15), "ya", "X", "Belum", None, None, "Blm"],
    ]
    for r in rows:
        ws.append(r)
        for col in (4, 8):
            c = ws.cell(row=ws.max_row, column=col)
            if isinstance(c.value, dt.date):
                c.number_format = "dd/mm/yyyy"
        c = ws.cell(row=ws.max_row, column=3)
        if isinstance(c.value, dt.date):
            c.number_format = "dd/mm/yyyy"
    wb.save(path("xlsx_milestone_words.xlsx"))
    note("xlsx_milestone_words.xlsx",
         "milestone columns by name/label/extra word; Ya/Sudah/\u2713/\u221a/v/1/TRUE/booleans, Belum/Tidak/-/0/FALSE, empty, a date, and an unclear 'X'",
         "ok", ok_detail("xlsx", "Tahapan", 1, 5, 2),
         "accepted except row 6 column E ('X' is neither yes nor no); 'Belum' on row 3 (profil), false values on rows 3-6 (Belum, -, 0, Tidak, FALSE, Blm, booleans) withdraw when reached; "
         "yes without a date (e.g. row 2 akun 'Ya') needs the import date or a question")

    # Header synonyms: punctuation, underscores, extra columns.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["kode_desa", "Nagori", "Nama Kecamatan", "Ketua", "No. HP", "No SK AHU", "Tgl Badan Hukum",
               "NIK", "NPWP", "NIB", "Anggota", "Tanggal Aktivasi", "Gerai Aktif", "Catatan Petugas"])
    ws.append(["12.08.30.2002", "Huta Parik", "Ujung Padang", "Hotman Sinaga", "+62 813 7022 3456",
               "AHU-0001301.AH.01.29.TAHUN 2025", "15/08/2025", "1208300020250001", "12.345.678.9-123.000",
               "9120001234567", "87 orang", "04/10/2025", "Ya", "ok"])
    ws.append(["12.08.30.2004", "Tinjowan", "Ujung Padang", "Jhon Purba", "6285276445678",
               "AHU-0001517.AH.01.29.TAHUN 2025", "20/08/2025", "1208300020250002", "", "", "1.020",
               "04/10/2025", "Belum", ""])
    wb.save(path("xlsx_header_synonyms.xlsx"))
    note("xlsx_header_synonyms.xlsx", "header synonyms (kode_desa, Nagori, No. HP, Tgl Badan Hukum, NIK, Anggota, Tanggal Aktivasi, Gerai Aktif); one ignored column",
         "ok", ok_detail("xlsx", "Sheet1", 1, 2, 2, "ignored=Catatan Petugas"),
         "accepted: 2 cooperatives updated; gerai_aktif 'Belum' on row 3 withdraws if reached")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["Laporan bulanan"])
    ws.append(["Huta Parik", "Hotman Sinaga", "0813-7022-3456"])
    ws.append(["Tinjowan", "Jhon Purba", "0852-7644-5678"])
    wb.save(path("xlsx_no_header.xlsx"))
    note("xlsx_no_header.xlsx", "no recognisable header row", "ok",
         ok_detail("xlsx", "Sheet1", 0, 3, 0, "no_header=1"), "rejected: no header row found (the user maps columns by hand)")

    wb = openpyxl.Workbook()
    wb.active.title = "Kosong"
    wb.save(path("xlsx_empty_sheet.xlsx"))
    note("xlsx_empty_sheet.xlsx", "a workbook whose only sheet is empty", "error", "is empty", "rejected: empty sheet")

    # Bad values in an xlsx (date cells, so the problems are in the values, not the reading).
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["Kode Desa", "Nama Desa", "Nama Ketua", "No HP", "Tanggal Aktivasi"])
    ws.append(["12.08.30.2002", "Huta Parik", "Hotman Sinaga", "0813-7022-3456", D(2031, 1, 15)])
    ws.cell(row=2, column=5).number_format = "dd/mm/yyyy"
    ws.append(["12.08.30.2004", "Tinjowan", "Jhon Purba", "0852-7644-5678", D(2025, 10, 4)])
    ws.cell(row=3, column=5).number_format = "dd/mm/yyyy"
    wb.save(path("bad_future_date.xlsx"))
    note("bad_future_date.xlsx", "a date cell in the future (2031-01-15)", "ok", ok_detail("xlsx", "Sheet1", 1, 2, 2),
         "rejected row 2: Tanggal Aktivasi 15/01/2031 is in the future; row 3 accepted")

    data = open(path("xlsx_basic.xlsx"), "rb").read()
    open(path("truncated.xlsx"), "wb").write(data[: len(data) * 6 // 10])
    note("truncated.xlsx", "the first 60 % of xlsx_basic.xlsx (a broken download)", "error",
         "damaged or incomplete", "rejected: file damaged")


def crafted_xlsx():
    """Cell types openpyxl does not write: inline strings, formula string results, booleans,
    errors, rich-text shared strings with phonetic runs, cells without r="", a custom Indonesian
    date format and non-date formats with d/m/y inside quotes."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns}><workbookPr/><sheets>'
        '<sheet name="Data Koperasi" sheetId="7" r:id="rId3"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/></Relationships>',
        # cellXfs: 0 general, 1 "[$-421]dd mmmm yyyy" (date), 2 0.00, 3 '0" hari"' (quoted d: not a date),
        # 4 '[Red]0' (bracket: not a date), 5 built-in 14 (date)
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {ns}><numFmts count="3">'
        '<numFmt numFmtId="164" formatCode="[$-421]dd mmmm yyyy"/><numFmt numFmtId="165" formatCode="0&quot; hari&quot;"/>'
        '<numFmt numFmtId="166" formatCode="[Red]0"/></numFmts>'
        '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
        '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2"/>'
        '<xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="14"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst {ns} count="6" uniqueCount="6">'
        '<si><r><t xml:space="preserve">Kode </t></r><r><rPr><b/></rPr><t>Desa</t></r></si>'
        '<si><t>Nama Desa</t><rPh sb="0" eb="4"><t>NAMA</t></rPh></si>'
        '<si><t>Akun SIMKOPDES</t></si><si><t>Tanggal Aktivasi</t></si><si><t>Jumlah Anggota</t></si>'
        '<si><r><t>Huta </t></r><r><rPr><i/></rPr><t>Parik</t></r></si></sst>',
        "xl/worksheets/data.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="inlineStr"><is><t>Tanggal Musdesus</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>12.08.30.2002</t></is></c><c r="B2" t="s"><v>5</v></c>'
        '<c r="C2" t="b"><v>1</v></c><c r="D2" s="1"><v>45934</v></c><c r="E2" s="3"><v>87</v></c><c r="F2" s="5"><v>45829</v></c></row>'
        '<row r="4"><c r="A4" t="str"><f>TEXT(1208302004,"00\\.00\\.00\\.0000")</f><v>12.08.30.2004</v></c>'
        '<c r="B4" t="inlineStr"><is><r><t>Tin</t></r><r><t>jowan</t></r></is></c><c r="C4" t="b"><v>0</v></c>'
        '<c r="D4" t="e"><v>#N/A</v></c><c r="E4" s="4"><v>102</v></c><c r="F4" s="2"><v>45832.5</v></c></row>'
        '<row><c><v>1208301001</v></c><c t="inlineStr"><is><t>Ujung Padang</t></is></c><c t="str"><v>Ya</v></c>'
        '<c s="1"><v>45902</v></c><c/><c s="5"><v>45828</v></c><c r="AA5" t="inlineStr"><is><t>catatan jauh</t></is></c></row>'
        '<row r="9"><c r="A9" t="inlineStr"><is><t>  </t></is></c><c r="B9"/></row>'
        '</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path("xlsx_cell_types.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)
    note("xlsx_cell_types.xlsx",
         "hand-written XLSX: rich-text and phonetic shared strings, inline strings, t=str formula results, booleans, #N/A error, "
         "custom Indonesian date format [$-421], quoted/bracketed non-date formats, built-in 14, a row gap (row 3), a row without r= (row 5), "
         "a far cell AA5, a whitespace-only row 9; sheet part named data.xml via the rels",
         "ok", ok_detail("xlsx", "Data Koperasi", 1, 3, 2),
         "row 2 accepted; row 4 rejected (Tanggal Aktivasi #N/A is not a date); row 5 accepted")

    # Limits: a zip bomb (a sheet part inflating past 256 MB) and a row past 2,000,000.
    def xlsx_with_sheet(name, sheet_xml):
        with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for part in ("[Content_Types].xml", "_rels/.rels"):
                z.writestr(part, files[part].replace("data.xml", "sheet1.xml"))
            z.writestr("xl/workbook.xml", f'<workbook {ns}><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
            z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    head = f'<worksheet {ns}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kode Desa</t></is></c></row>'
    xlsx_with_sheet("xlsx_zip_bomb.xlsx", head + " " * (260 * 1024 * 1024) + "</sheetData></worksheet>")
    note("xlsx_zip_bomb.xlsx", "a sheet part that inflates to 260 MB (a zip bomb)", "error", "unpacks to more than 256 MB",
         "rejected: too large")
    xlsx_with_sheet("xlsx_too_many_rows.xlsx", head + '<row r="2000001"><c r="A2000001"><v>1</v></c></row></sheetData></worksheet>')
    note("xlsx_too_many_rows.xlsx", "a row numbered 2,000,001 (past the row cap)", "error", "too many to import",
         "rejected: too large")

    # A zip that is not a spreadsheet (a Word document's skeleton).
    with zipfile.ZipFile(path("zip_not_spreadsheet.xlsx"), "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    note("zip_not_spreadsheet.xlsx", "a Word document renamed .xlsx", "error", "a document, not a spreadsheet",
         "rejected: not a spreadsheet")


def png_bytes():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + bytes([200, 30, 30] * 16) for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------- ods
def crafted_ods():
    """Repeats as LibreOffice writes them (1,048,576 trailing empty rows, 1024 columns), a
    repeated non-empty cell, text:s spaces, two paragraphs, a covered (merged) cell, a comment."""
    office = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
              'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/"')

    def s(t):
        return f'<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>{t}</text:p></table:table-cell>'

    def f(v, shown=None):
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{shown or v}</text:p></table:table-cell>'

    def d(iso, shown):
        return f'<table:table-cell office:value-type="date" office:date-value="{iso}"><text:p>{shown}</text:p></table:table-cell>'

    empty = '<table:table-cell table:number-columns-repeated="1017"/>'
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {office} office:version="1.3"><office:body><office:spreadsheet>'
               '<table:table table:name="Catatan"><table:table-row><table:table-cell office:value-type="string"><text:p>lihat sheet berikut</text:p></table:table-cell></table:table-row></table:table>'
               '<table:table table:name="KMP 2025"><table:table-column table:number-columns-repeated="1024"/>'
               '<table:table-row><table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>DATA KMP KECAMATAN UJUNG PADANG</text:p></table:table-cell>'
               '<table:covered-table-cell table:number-columns-repeated="3"/><table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
               '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
               '<table:table-header-rows><table:table-row>' + s("Kode Desa") + s("Desa") + s("Nama<text:s/>Ketua") + s("Musdesus")
               + s("Tanggal Musdesus") + s("Keterangan") + '<table:table-cell table:number-columns-repeated="1018"/></table:table-row></table:table-header-rows>'
               '<table:table-row>' + s("12.08.30.2002") + s("Huta Parik") + s("Hotman<text:s text:c=\"2\"/>Sinaga") + '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>BENAR</text:p></table:table-cell>'
               + d("2025-06-21", "21/06/2025") + '<table:table-cell office:value-type="string"><text:p>hadir</text:p><text:p>workshop</text:p><office:annotation><dc:creator>Rina</dc:creator><text:p>cek lagi</text:p></office:annotation></table:table-cell>' + empty + '</table:table-row>'
               '<table:table-row table:number-rows-repeated="2">' + f("1208302003") + s("Dusun Ulu") + s("Sri Wahyuni") + s("Sudah")
               + d("2025-06-23T00:00:00", "23/06/2025") + '<table:table-cell/>' + empty + '</table:table-row>'
               '<table:table-row>' + s("12.08.30.2004") + s("Tinjowan") + s("Jhon Purba")
               + '<table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>Belum</text:p></table:table-cell>' + empty + '</table:table-row>'
               '<table:table-row table:number-rows-repeated="1048569"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path("ods_repeats.ods"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    note("ods_repeats.ods",
         "hand-written ODS: 1,048,569 repeated empty rows and 1024 columns, a repeated data row (rows 6-7), a repeated non-empty cell, "
         "text:s spaces, two paragraphs, a merged title with covered cells, a comment, header inside table-header-rows, second sheet",
         "ok", ok_detail("ods", "KMP 2025", 4, 4, 5, "sheets=Catatan|KMP 2025"),
         "with sheet 'KMP 2025': rows 5-7 accepted (rows 6 and 7 are the same cooperative twice, agreeing); row 8 'Belum' with Tanggal Musdesus 'Belum' rejected (not a date)")


# ---------------------------------------------------------------------------------- csv
def csv_text(sep, rows):
    def q(v):
        v = "" if v is None else str(v)
        if any(ch in v for ch in (sep, '"', "\n", "\r")):
            return '"' + v.replace('"', '""') + '"'
        return v
    return [sep.join(q(v) for v in r) for r in rows]


def base_csv_rows():
    rows = [HEADERS]
    for i, rec in enumerate(BASE):
        rows.append(base_values(i, rec, dates="text"))
    return rows


def write(name, data):
    with open(path(name), "wb") as fh:
        fh.write(data)


def make_csv():
    lines = csv_text(",", base_csv_rows())
    write("csv_utf8.csv", ("\n".join(lines) + "\n").encode("utf-8"))
    note("csv_utf8.csv", "CSV, UTF-8 without BOM, comma, LF, dates dd/mm/yyyy text", "ok",
         ok_detail("csv", "", 1, 8, 2, "base=1;encoding=UTF-8;separator=comma"), "accepted: 8 cooperatives updated")

    lines = csv_text(";", base_csv_rows())
    write("csv_utf8_bom_semicolon.csv", b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    note("csv_utf8_bom_semicolon.csv", "Excel 'CSV UTF-8' on Indonesian Windows: BOM, semicolon, CRLF", "ok",
         ok_detail("csv", "", 1, 8, 2, "base=1;encoding=UTF-8 BOM;separator=semicolon"), "accepted: 8 cooperatives updated")

    rows = base_csv_rows()
    rows[2][4] = "Hotman Sinaga\u2019s"      # curly apostrophe (0x92 in 1252)
    rows[5][4] = "Marihot D\u00fcmanik"       # Ü/ü (0xFC)
    rows[3][13] = "catatan \u2013 caf\u00e9"  # en dash 0x96, é 0xE9
    lines = csv_text(";", rows)
    write("csv_windows1252.csv", ("\r\n".join(lines) + "\r\n").encode("cp1252"))
    note("csv_windows1252.csv", "Excel 'CSV (dipisahkan koma)': Windows-1252 with \u2019 \u00fc \u2013 \u00e9, semicolon, CRLF", "ok",
         ok_detail("csv", "", 1, 8, 2, "encoding=Windows-1252;separator=semicolon;cell=3:5:Hotman Sinaga\u2019s;cell=6:5:Marihot D\u00fcmanik"),
         "accepted: 8 cooperatives updated (chair names as written)")

    lines = csv_text("\t", base_csv_rows())
    write("txt_utf16le_tab.txt", b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))
    note("txt_utf16le_tab.txt", "Excel 'Unicode Text': UTF-16LE with BOM, tab separated, CRLF", "ok",
         ok_detail("csv", "", 1, 8, 2, "base=1;encoding=UTF-16LE;separator=tab"), "accepted: 8 cooperatives updated")

    write("csv_utf16be.csv", b"\xfe\xff" + ("\n".join(csv_text(",", base_csv_rows())) + "\n").encode("utf-16-be"))
    note("csv_utf16be.csv", "UTF-16BE with BOM, comma", "ok",
         ok_detail("csv", "", 1, 8, 2, "base=1;encoding=UTF-16BE;separator=comma"), "accepted: 8 cooperatives updated")

    write("csv_tab.tsv", ("\n".join(csv_text("\t", base_csv_rows())) + "\n").encode("utf-8"))
    note("csv_tab.tsv", "tab separated UTF-8 (LibreOffice 'Text CSV' with tab)", "ok",
         ok_detail("csv", "", 1, 8, 2, "base=1;encoding=UTF-8;separator=tab"), "accepted: 8 cooperatives updated")

    text = ('Kode Desa;Nama Desa;Nama Ketua;No HP;Keterangan\r\n'
            '12.08.30.1001;Ujung Padang;"Saragih; Rudi Hartono";0812-6011-2345;"kata ketua: ""siap"""\r\n'
            '12.08.30.2002;Huta Parik;Hotman Sinaga;0813-7022-3456;"hadir workshop\r\nsesi pagi\r\nsesi siang"\r\n'
            '12.08.30.2003;"Dusun\nUlu";Sri Wahyuni;0821-6533-4567;\r\n'
            '12.08.30.2004;Tinjowan;Jhon Purba;0852-7644-5678;"a;b"\r\n')
    write("csv_quoted_multiline.csv", text.encode("utf-8"))
    note("csv_quoted_multiline.csv", "quoted fields holding ';', doubled quotes and CRLF/LF line breaks: row numbers follow physical lines (2, 3, 6, 8)",
         "ok", ok_detail("csv", "", 1, 4, 2, "separator=semicolon;rows=1|2|3|6|8;cell=3:5:hadir workshop\nsesi pagi\nsesi siang;cell=2:3:Saragih; Rudi Hartono;cell=2:5:kata ketua: \"siap\""),
         "accepted: 4 cooperatives updated (the chair 'Saragih; Rudi Hartono' as written)")

    text = ("DATA KOPERASI DESA MERAH PUTIH KAB. SIMALUNGUN;;;;\n"
            "Keadaan per 4 Oktober 2025;;;;\n;;;;\n"
            "Kode Desa;Nama Desa;Kecamatan;Akun SIMKOPDES;Tanggal Aktivasi\n"
            "12.08.30.1001;Ujung Padang;Ujung Padang;Ya;02/09/2025\n"
            "12.08.30.2002;Huta Parik;Ujung Padang;Ya;04/10/2025\n"
            ";;;;\n"
            "12.08.30.2003;Dusun Ulu;Ujung Padang;Belum;\n"
            "Jumlah;;;2;\n")
    write("csv_title_block.csv", text.encode("utf-8"))
    note("csv_title_block.csv", "title block, ';;;;' empty rows, header on line 4, a totals line at the bottom", "ok",
         ok_detail("csv", "", 4, 4, 5, "rows=1|2|4|5|6|8|9"),
         "rows 5, 6, 8 accepted; row 8 'Belum' withdraws akun if reached; row 9 ('Jumlah') left out as a totals line")

    rows = [["Kode Desa", "Nama Desa", "Tanggal Musdesus", "Tanggal Aktivasi"]]
    for rec in BASE[:4]:
        rows.append([rec[0], rec[1], (rec[7] - D(1899, 12, 30)).days,
                     (rec[8] - D(1899, 12, 30)).days if rec[8] else ""])
    write("csv_serial_dates.csv", ("\n".join(csv_text(",", rows)) + "\n").encode("utf-8"))
    note("csv_serial_dates.csv", "dates as Excel serial numbers in text (45934 = 2025-10-04)", "ok",
         ok_detail("csv", "", 1, 4, 2), "accepted: 4 cooperatives updated")

    forms = ["04/10/2025", "4-10-2025", "4.10.2025", "2025-10-04", "4 Oktober 2025", "4 Okt 2025", "04-Okt-25",
             "Sabtu, 4 Oktober 2025", "October 4, 2025", "4 October 2025", "45934", "04/10/25", "2025-10-04 00:00:00"]
    villages = [r for r in open(REGION_VILLAGES, encoding="utf-8").read().splitlines() if r.startswith("12.08.29.")][: len(forms)]
    rows = [["Kode Desa", "Nama Desa", "Tanggal Aktivasi"]]
    for form, v in zip(forms, villages):
        code, _, name = v.split(",", 2)
        rows.append([code, name, form])
    write("csv_date_forms.csv", ("\n".join(csv_text(";", rows)) + "\n").encode("utf-8"))
    note("csv_date_forms.csv", "every written date form, all meaning 4 October 2025", "ok",
         ok_detail("csv", "", 1, len(forms), 2, "all_dates=2025-10-04"), f"accepted: {len(forms)} cooperatives, akun reached 2025-10-04")

    rows = [["Kode Desa", "Nama Desa"], ["1208302002", "Huta Parik"], ["1.208302004E+09", "Tinjowan"],
            ["12.8.30.1001", "Ujung Padang"], ["12 08 30 2003", "Dusun Ulu"], ["'12.08.29.1011", "Pamatang Raya"],
            ["1208292004.0", "Raya Bayu"]]
    write("csv_codes_mangled.csv", ("\n".join(csv_text(",", rows)) + "\n").encode("utf-8"))
    note("csv_codes_mangled.csv", "village codes as Excel and people leave them: no dots, exponent, lost zero, spaces, leading apostrophe, .0",
         "ok", ok_detail("csv", "", 1, 6, 2, "codes=12.08.30.2002|12.08.30.2004|12.08.30.1001|12.08.30.2003|12.08.29.1011|12.08.29.2004"),
         "accepted: 6 cooperatives matched by code")

    rows = [["Kode Desa", "Nama Desa", "No HP"], ["12.08.30.1001", "Ujung Padang", "0812-6011-2345"],
            ["12.08.30.2002", "Huta Parik", "+62 813 7022 3456"], ["12.08.30.2003", "Dusun Ulu", "6282165334567"],
            ["12.08.30.2004", "Tinjowan", "85276445678"], ["12.08.29.1011", "Pamatang Raya", "0811 6455 6789 / 0813 1111 2222"],
            ["12.08.29.2004", "Raya Bayu", "(0622) 7012345"]]
    write("csv_phones.csv", ("\n".join(csv_text(",", rows)) + "\n").encode("utf-8"))
    note("csv_phones.csv", "phone forms: dashes, +62, 62, lost leading 0, two numbers, a landline with area code", "ok",
         ok_detail("csv", "", 1, 6, 2, "phones=081260112345|081370223456|082165334567|085276445678|081164556789|06227012345"),
         "accepted: 6 chair phones stored in the normalised form")

    # Bad ones.
    def bad(name, header, rows, exercises, pipeline, sep=";"):
        write(name, ("\n".join(csv_text(sep, [header] + rows)) + "\n").encode("utf-8"))
        note(name, exercises, "ok", ok_detail("csv", "", 1, len(rows), 2), pipeline)

    h = ["Kode Desa", "Nama Desa", "Nama Ketua", "No HP", "Nomor SK AHU", "Tanggal Badan Hukum", "Tanggal Aktivasi"]
    good2 = ["12.08.30.2002", "Huta Parik", "Hotman Sinaga", "0813-7022-3456", "AHU-0001301.AH.01.29.TAHUN 2025", "15/08/2025", "04/10/2025"]
    bad("bad_nonexistent_date.csv", h, [good2, ["12.08.30.2004", "Tinjowan", "Jhon Purba", "0852-7644-5678",
        "AHU-0001517.AH.01.29.TAHUN 2025", "31/02/2025", "04/10/2025"]],
        "a date that does not exist (31/02/2025)", "rejected row 3: Tanggal Badan Hukum: 31/02/2025 is not a date that exists; row 2 accepted")
    bad("bad_future_date.csv", h, [good2, ["12.08.30.2004", "Tinjowan", "Jhon Purba", "0852-7644-5678",
        "AHU-0001517.AH.01.29.TAHUN 2025", "20/08/2025", "15/01/2031"]],
        "a date in the future (15/01/2031)", "rejected row 3: Tanggal Aktivasi 15 Januari 2031 is in the future; row 2 accepted")
    bad("bad_phone.csv", h, [good2, ["12.08.30.2004", "Tinjowan", "Jhon Purba", "0852-76",
        "AHU-0001517.AH.01.29.TAHUN 2025", "20/08/2025", "04/10/2025"]],
        "a malformed phone number (0852-76)", "rejected row 3: No HP '0852-76' is not a valid Indonesian phone number; row 2 accepted")
    bad("bad_legal_number.csv", h, [good2, ["12.08.30.2004", "Tinjowan", "Jhon Purba", "0852-7644-5678",
        "AHU 1517/2025", "20/08/2025", "04/10/2025"]],
        "a malformed SK AHU number (AHU 1517/2025)", "rejected row 3: Nomor SK AHU 'AHU 1517/2025' is not an SK AHU number; row 2 accepted")
    bad("bad_unknown_village.csv", h, [good2, ["12.08.30.2999", "Huta Entah", "Budi", "0852-7644-5678",
        "", "", "04/10/2025"]],
        "a village code that is well formed but not in the Kemendagri list (12.08.30.2999)",
        "rejected row 3: village code 12.08.30.2999 does not exist; row 2 accepted")
    bad("bad_outside_area.csv", h, [good2, ["12.07.01.2001", "Kuta Bayu", "Budi Ginting", "0852-7644-5678",
        "", "", "04/10/2025"]],
        "a village of Kabupaten Deli Serdang (12.07.01.2001) in a Simalungun office's file",
        "rejected row 3: 12.07.01.2001 Kuta Bayu is outside the office's area (Kabupaten Simalungun); row 2 accepted")
    bad("bad_conflicting_rows.csv", h, [good2, ["12.08.30.2002", "Huta Parik", "Hotman Sinaga", "0813-9999-0000",
        "AHU-0001301.AH.01.29.TAHUN 2025", "15/08/2025", "06/10/2025"]],
        "two rows for one cooperative (12.08.30.2002) that disagree on phone and activation date",
        "rejected rows 2 and 3: the same cooperative twice with different No HP and Tanggal Aktivasi")
    bad("bad_reached_without_date.csv", ["Kode Desa", "Nama Desa", "Akun SIMKOPDES", "Tanggal Aktivasi"],
        [["12.08.30.2002", "Huta Parik", "Ya", "04/10/2025"], ["12.08.30.2004", "Tinjowan", "Ya", ""]],
        "a yes-value without a date (row 3: Akun SIMKOPDES 'Ya', Tanggal Aktivasi empty)",
        "row 2 accepted; row 3 needs a date: rejected, or reached on the import's 'as of' date if the user chooses so")
    bad("withdraw_belum.csv", ["Kode Desa", "Nama Desa", "Akun SIMKOPDES", "Tanggal Aktivasi", "Gerai Aktif"],
        [["12.08.30.2002", "Huta Parik", "Belum", "", "Belum"], ["12.08.30.2004", "Tinjowan", "Ya", "04/10/2025", "-"]],
        "'Belum' on a milestone: withdraws a reached milestone (row 2 akun, gerai_aktif; row 3 gerai_aktif '-')",
        "accepted: row 2 withdraws akun and gerai_aktif where reached (a question first); row 3 reaches akun 2025-10-04")

    text = 'Kode Desa,Nama Desa,Nama Ketua\n12.08.30.2002,Huta Parik,Hotman Sinaga\n12.08.30.2004,"Tinjowan,Jhon Purba\n12.08.30.2003,Dusun Ulu,Sri Wahyuni\n'
    write("bad_unterminated_quote.csv", text.encode("utf-8"))
    note("bad_unterminated_quote.csv", "a quote opened on line 3 and never closed", "error", "opens on line 3, in column 2",
         "rejected: reading fails")
    write("empty.csv", b"")
    note("empty.csv", "an empty file (0 bytes)", "error", "holds no data", "rejected: empty file")
    write("blank_lines.csv", b"\r\n  \r\n;;;\r\n\r\n")
    note("blank_lines.csv", "only blank lines and separators", "error", "holds no data", "rejected: empty file")
    write("csv_no_header.csv", "Huta Parik;Hotman Sinaga;0813-7022-3456\nTinjowan;Jhon Purba;0852-7644-5678\n".encode("utf-8"))
    note("csv_no_header.csv", "no recognisable header", "ok", ok_detail("csv", "", 0, 2, 0, "no_header=1"),
         "rejected: no header row found (the user maps columns by hand)")
    write("png_renamed.xlsx", png_bytes())
    note("png_renamed.xlsx", "a PNG image renamed .xlsx", "error", "is not a spreadsheet", "rejected: not a spreadsheet")


# ---------------------------------------------------------------------------------- LibreOffice
def convert(sources, fmt):
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: .%s files kept as they are" % fmt, file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        for src, dst in sources:
            subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", fmt,
                            "--outdir", tmp, path(src)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.move(os.path.join(tmp, os.path.splitext(src)[0] + "." + fmt), path(dst))
    return True


def make_converted():
    pairs = [("xlsx_basic.xlsx", "xls_basic.xls", "Data KMP", 1, "base=1"),
             ("xlsx_title_block.xlsx", "xls_title_block.xls", "Rekap", 3, "base=1"),
             ("xlsx_two_sheets.xlsx", "xls_two_sheets.xls", "Data KMP", 1, "base=1;sheets=Petunjuk|Data KMP"),
             ("xlsx_codes_as_numbers.xlsx", "xls_codes_as_numbers.xls", "Sheet1", 1, "base=1"),
             ("xlsx_dates_serial.xlsx", "xls_dates_serial.xls", "Sheet1", 1, "base=1")]
    convert([(a, b) for a, b, *_ in pairs], "xls")
    for src, dst, sheet, header, extra in pairs:
        note(dst, f"Excel 97-2003 (BIFF8), converted by LibreOffice from {src}", "ok",
             ok_detail("xls", sheet, header, 8, header + 1, extra), "accepted: 8 cooperatives updated")
    pairs = [("xlsx_basic.xlsx", "ods_basic.ods", "Data KMP", 1, "base=1"),
             ("xlsx_title_block.xlsx", "ods_title_block.ods", "Rekap", 3, "base=1"),
             ("xlsx_two_sheets.xlsx", "ods_two_sheets.ods", "Data KMP", 1, "base=1;sheets=Petunjuk|Data KMP"),
             ("xlsx_codes_as_numbers.xlsx", "ods_codes_as_numbers.ods", "Sheet1", 1, "base=1")]
    convert([(a, b) for a, b, *_ in pairs], "ods")
    for src, dst, sheet, header, extra in pairs:
        note(dst, f"LibreOffice Calc, converted from {src}", "ok",
             ok_detail("ods", sheet, header, 8, header + 1, extra), "accepted: 8 cooperatives updated")
    # A real .xls whose content is really a CSV (saved by a web system as "laporan.xls").
    shutil.copy(path("csv_utf8_bom_semicolon.csv"), path("csv_named_xls.xls"))
    note("csv_named_xls.xls", "a CSV file named .xls (format recognised by content)", "ok",
         ok_detail("csv", "", 1, 8, 2, "base=1;encoding=UTF-8 BOM;separator=semicolon"), "accepted: 8 cooperatives updated")


REGION_VILLAGES = os.environ.get(
    "PK_REGION_VILLAGES", "/work/main/build/region/node_modules/idn-area-data/data/villages.csv")


def main():
    make_xlsx()
    crafted_xlsx()
    crafted_ods()
    make_csv()
    make_converted()
    with open(path("corpus.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# file\texercises\treader\treader_detail\tpipeline\n")
        fh.write("# reader: ok = SpreadsheetReader reads it (sheet= is the sheet to choose), error = ImportError whose English message contains reader_detail.\n")
        fh.write("# reader_detail for ok: header_row 0 = no header found; rows = every non-empty row's number; cell=ROW:COL:TEXT (1-based); "
                 "base=1: the data rows are the eight cooperatives of base.tsv.\n")
        for row in sorted(MANIFEST):
            fh.write("\t".join(x.replace("\t", "\\t").replace("\n", "\\n") for x in row) + "\n")
    with open(path("base.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("code\tvillage\tdistrict\tchair\tphone\tlegal_number\tlegal_date\tmusdesus\takun\tmembers\n")
        for rec in BASE:
            code, village, district, chair, phone, sk, skdate, mus, akun, members = rec
            fh.write("\t".join([code, village, district, chair, phone.replace("-", ""), sk,
                                skdate.isoformat() if skdate else "", mus.isoformat(), akun.isoformat() if akun else "",
                                str(members)]) + "\n")
    print(f"{len(MANIFEST)} files")


if __name__ == "__main__":
    main()
