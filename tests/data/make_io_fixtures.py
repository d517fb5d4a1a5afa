#!/usr/bin/python3
"""Make the workbook fixtures of the src/io unit tests, from nothing.

Usage: make_io_fixtures.py OUTPUT_DIR

Every fixture is built here, so anyone can see what is inside and rebuild it:
  * openpyxl writes the source table (openpyxl stores formulas without their
    cached results, which is itself a case worth testing: no_cached_values.xlsx);
  * one headless LibreOffice, driven through python3-uno with a private
    profile, recalculates that table and saves it as .xlsx, .ods, .xls and as
    password-protected .xlsx and .ods (the `--convert-to` command line cannot
    set a password on 7.4; the `Password` media-descriptor property can);
  * the broken files (empty, plain text, truncated) are derived from those.

Run with Debian's /usr/bin/python3: python3-uno belongs to it.
The office is started once for all files and stopped by its own PID.
"""

import datetime
import os
import re
import shutil
import sys
import tempfile

import zipfile

import openpyxl

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from office_process import property_value, start_office, stop_office  # noqa: E402 (beside the other office scripts)
import openpyxl.comments

SOFFICE_BIN = "/usr/lib/libreoffice/program/soffice.bin"
PASSWORD = "secret"


def write_source_table(path):
    """The table every converted fixture starts from (see test_orcus_reader.cpp)."""
    book = openpyxl.Workbook()
    report = book.active
    report.title = "Báo cáo"
    report["A1"] = "Thống kê Tuần lễ học tập suốt đời"
    report.merge_cells("A1:D1")
    report.append(["Đơn vị", "Số lớp", "Người học", "Ghi chú"])  # row 2
    report.append(["Phường Bến Nghé", 12, 340, "đủ"])  # row 3
    report.append(["Xã Tân Phú", None, 125, None])  # row 4: empty cells between values
    report["A5"] = "Tổng"
    report["B5"] = "=SUM(B3:B4)"  # cached 12
    report["C5"] = "=SUM(C3:C4)"  # cached 465
    report["D5"] = '=A3&" và "&A4'  # cached text
    report["A6"] = "Lỗi"
    report["B6"] = "=C5/0"  # cached #DIV/0!
    report["C6"] = "=C5/2"  # cached 232.5
    report["A7"] = "Đúng"
    report["B7"] = True  # a boolean: read as the number 1, as Calc itself does
    report["A8"] = "Ngày"
    report["B8"] = datetime.date(2024, 10, 1)  # a date: read as its serial number 45566
    # Things the office writes compactly in .ods, which a reader can get wrong:
    report["A9"] = "Số lớp\n(lớp)"  # two paragraphs in one cell
    report["B9"] = "Hai  khoảng"  # two spaces: <text:s/> in .ods
    report["C9"] = 0  # equal neighbours: number-columns-repeated in .ods
    report["D9"] = 0
    for row in (10, 11):  # equal rows: number-rows-repeated in .ods
        for col in "BCD":
            report[f"{col}{row}"] = 0
    report["A12"] = "Cuối"
    report["A12"].comment = openpyxl.comments.Comment("Ghi chú ẩn", "StatForm")  # not the cell's text
    report["B12"] = 7
    # Value types that .ods stores each in its own way.
    report["A13"] = "Tỉ lệ"
    report["B13"] = 0.25
    report["B13"].number_format = "0%"  # office:value-type="percentage"
    report["C13"] = datetime.time(12, 30)  # office:value-type="time": 0.5208333
    report["C13"].number_format = "HH:MM"
    report["D13"] = 1500000
    report["D13"].number_format = '#,##0 [$₫-42A]'  # office:value-type="currency"
    # A second sheet whose data starts at B3, to check the grid origin.
    annex = book.create_sheet("Phụ lục")
    annex["B3"] = "Mã"
    annex["C3"] = 1.5
    annex["B4"] = "Ký hiệu"
    annex["C4"] = -2
    book.save(path)


def write_far_cell(path):
    """Two cells at opposite corners: a used area of 1048576 x 16384 cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = 1
    sheet["XFD1048576"] = 2
    book.save(path)


def rewrite_zip(source, target, entry, change):
    """Copies a zip, passing one entry's bytes through `change`."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == entry:
                changed = change(data)
                assert changed != data, f"{entry} of {source} did not change"
                data = changed
            zout.writestr(info, data)


def relative_sheet_targets(data):
    """openpyxl names worksheets "/xl/worksheets/..."; Excel writes "worksheets/..."."""
    return data.replace(b'Target="/xl/', b'Target="')


def foreign_formulas(data):
    """Formulas orcus cannot parse, or stores differently, with their saved results kept:
    a newer function, an external link, shared and array formulas (as Excel writes them)."""
    data = data.replace(b'<f aca="false">SUM(B3:B4)</f>',
                        b'<f aca="false">_xlfn.XLOOKUP(1,B3:B4,C3:C4)</f>')
    data = data.replace(b'<f aca="false">SUM(C3:C4)</f>',
                        b'<f aca="false">[1]Sheet1!C5+NOSUCHFUNCTION(0)</f>')
    data = data.replace(b'<f aca="false">C5/2</f>', b'<f t="array" ref="C6:C6">C5/2</f>')
    # Row 10 (B10:D10 = 0) as one shared formula.
    data = re.sub(rb'(<c r="B10"[^>]*>)<v>0</v>',
                  rb'\1<f t="shared" ref="B10:D10" si="0">B11*0</f><v>0</v>', data)
    for cell in (b"C10", b"D10"):
        data = re.sub(rb'(<c r="' + cell + rb'"[^>]*>)<v>0</v>', rb'\1<f t="shared" si="0"/><v>0</v>', data)
    return data


def repeated_rows(data):
    """Rows 10 and 11 are equal: write them as one row repeated twice, as Calc does for runs."""
    text = data.decode()
    rows = re.findall(r"<table:table-row[^>]*>.*?</table:table-row>", text)
    equal = [i for i in range(len(rows) - 1) if rows[i] == rows[i + 1] and "office:value" in rows[i]]
    assert equal, "no two equal rows with values"
    i = equal[0]
    repeated = rows[i].replace("<table:table-row ", '<table:table-row table:number-rows-repeated="2" ', 1)
    return text.replace(rows[i] + rows[i + 1], repeated, 1).encode()


def repeat_bomb(data):
    """A few bytes that stand for a billion cells: a value repeated 16384 columns x 1048000 rows."""
    text = data.decode()
    bomb = ('<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
            'table:number-columns-repeated="16384" office:value-type="float" office:value="1">'
            "<text:p>1</text:p></table:table-cell></table:table-row>")
    last_row = re.search(r"<table:table-row[^>]*>(?:(?!</table:table-row>).)*Tỉ lệ.*?</table:table-row>", text)
    return (text[: last_row.end()] + bomb + text[last_row.end():]).encode()


def cut_in_half(data):
    return data[: len(data) // 2]


def prop(uno, name, value):
    return property_value(name, value)


def password_argument(uno, filter_name, password):
    """The store argument that encrypts the saved file.

    ODF filters take the plain `Password` property. The OOXML export ignores
    it (checked on 7.4: the file came out as a plain zip); it encrypts only
    when `EncryptionData` holds `OOXPassword` *and* `CryptoType` = "Standard",
    which is what the office's own save-with-password dialog hands it. Without
    CryptoType the store fails with a write error. pyuno must be told the
    sequence type explicitly, or the filter sees no NamedValue sequence.
    """
    if "2007 XML" not in filter_name:
        return prop(uno, "Password", password)
    from com.sun.star.beans import NamedValue
    entries = []
    for name, value in (("OOXPassword", password), ("CryptoType", "Standard")):
        entry = NamedValue()
        entry.Name = name
        entry.Value = value
        entries.append(entry)
    return prop(uno, "EncryptionData",
                uno.Any("[]com.sun.star.beans.NamedValue", tuple(entries)))


def convert_with_office(source, outputs, work_dir):
    """outputs: list of (file name, filter name, password or None)."""
    import uno

    profile = os.path.join(work_dir, "profile")
    pipe_name = f"statform_fixtures_{os.getpid()}"
    command = [SOFFICE_BIN, "--headless", "--invisible", "--norestore", "--nologo",
               "--nodefault", "--nolockcheck",
               f"-env:UserInstallation=file://{profile}",
               f"--accept=pipe,name={pipe_name};urp;StarOffice.ComponentContext"]
    office, context = start_office(uno, command, pipe_name)
    try:
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(source), "_blank", 0,
            (prop(uno, "Hidden", True),))
        document.calculateAll()  # openpyxl left no cached results
        for name, filter_name, password in outputs:
            args = [prop(uno, "FilterName", filter_name), prop(uno, "Overwrite", True)]
            if password:
                args.append(password_argument(uno, filter_name, password))
            document.storeToURL(uno.systemPathToFileUrl(name), tuple(args))
        document.close(True)
        stop_office(office, desktop)
    finally:
        if office.poll() is None:
            office.kill()  # by PID: only the office this script started
            office.wait()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out_dir = os.path.abspath(sys.argv[1])
    os.makedirs(out_dir, exist_ok=True)
    out = lambda name: os.path.join(out_dir, name)

    with tempfile.TemporaryDirectory(prefix="statform_fixtures_") as work_dir:
        source = os.path.join(work_dir, "source.xlsx")
        write_source_table(source)
        shutil.copyfile(source, out("no_cached_values.xlsx"))
        write_far_cell(out("far_cell.xlsx"))
        convert_with_office(source, [
            (out("simple.xlsx"), "Calc MS Excel 2007 XML", None),
            (out("simple.ods"), "calc8", None),
            (out("simple.xls"), "MS Excel 97", None),
            (out("encrypted.xlsx"), "Calc MS Excel 2007 XML", PASSWORD),
            (out("encrypted.ods"), "calc8", PASSWORD),
        ], work_dir)

    # Cases derived from the real files, each by one visible change.
    rewrite_zip(out("no_cached_values.xlsx"), out("inline_strings.xlsx"),
                "xl/_rels/workbook.xml.rels", relative_sheet_targets)
    rewrite_zip(out("far_cell.xlsx"), out("far_cell_relative.xlsx"),
                "xl/_rels/workbook.xml.rels", relative_sheet_targets)
    rewrite_zip(out("simple.xlsx"), out("foreign_formulas.xlsx"),
                "xl/worksheets/sheet1.xml", foreign_formulas)
    rewrite_zip(out("simple.ods"), out("repeated_rows.ods"), "content.xml", repeated_rows)
    rewrite_zip(out("simple.ods"), out("repeat_bomb.ods"), "content.xml", repeat_bomb)
    rewrite_zip(out("simple.ods"), out("broken_xml.ods"), "content.xml", cut_in_half)
    rewrite_zip(out("simple.xlsx"), out("broken_xml.xlsx"), "xl/worksheets/sheet1.xml", cut_in_half)

    # Broken or disguised files, derived from the real ones.
    open(out("empty.xlsx"), "wb").close()
    with open(out("not_a_workbook.xlsx"), "w", encoding="utf-8") as f:
        f.write("Đây không phải là bảng tính.\nThis is not a workbook.\n")
    with open(out("simple.xlsx"), "rb") as f:
        whole = f.read()
    with open(out("truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    shutil.copyfile(out("simple.ods"), out("ods_named.xlsx"))  # the bytes decide, not the name

    # Stamp last, so a build system can depend on it for the whole set.
    with open(out("fixtures.stamp"), "w") as f:
        f.write("made by tests/data/make_io_fixtures.py\n")


if __name__ == "__main__":
    main()
