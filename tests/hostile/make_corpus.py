#!/usr/bin/python3
"""Make the hostile-input corpus of tests/hostile, from nothing.

Usage:
    make_corpus.py OUT_DIR [--marker PATH] [--port N] [--linked-file PATH]

  --marker PATH       the file every macro in the corpus appends a line to if
                      it ever runs (default /tmp/statform-macro-ran-hostile)
  --port N            the 127.0.0.1 port every URL in the corpus points at
                      (default 9, "discard"); the test listens there to see
                      that nothing is fetched
  --linked-file PATH  the local file the external links point at (default
                      OUT_DIR/../linked-target.ods); the test puts a named
                      pipe there to see that nothing opens it

OUT_DIR gets the workbooks and corpus.json, which lists every file with how
it was made and what a reader of it must do (merge it, or skip it with a
reason). README.md describes each case.

Every file is generated here (no binary of unknown history): openpyxl writes
the plain tables; one headless LibreOffice (private profile, started once,
stopped by its PID) edits a bundled sample report into new units' reports and
saves them as .ods/.xlsx/.xls, with passwords, macros and links; the broken
files are cut from those. Macros the office cannot write (VBA in .xls and
.xlsm) are added by ole_vba.py. Before finishing, a copy of every macro file
whose macro writes to a scratch marker is opened in that office with macros
allowed, in a window, and its cells read: the macros must run there, or the
corpus would prove nothing.

Deterministic: the same office version gives the same bytes (saved dates are
pinned as samples/ does), except the three password-protected files, whose
encryption salt is random by design.

Run with Debian's /usr/bin/python3: python3-uno belongs to it.
"""

import argparse
import datetime
import json
import os
import shutil
import stat
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.dont_write_bytecode = True  # no __pycache__ left in samples/ or tests/data/
sys.path.insert(0, str(REPO / "samples"))
sys.path.insert(0, str(REPO / "tests" / "data"))
from statform_samples import pin_xls_dates, pin_zip_dates  # noqa: E402 (dates pinned as samples/ does)
sys.path.insert(0, str(REPO / "scripts"))
from make_io_fixtures import password_argument  # noqa: E402 (passwords as there)
from office_process import property_value, start_office, stop_office  # noqa: E402

import ole_vba  # noqa: E402

SOFFICE_BIN = "/usr/lib/libreoffice/program/soffice.bin"
SAVED = datetime.datetime(2023, 10, 20, 9, 30, 0)  # the date every saved file carries
PASSWORD = "matkhau"
FILTERS = {".ods": "calc8", ".xlsx": "Calc MS Excel 2007 XML", ".xls": "MS Excel 97",
           ".xlsm": "Calc MS Excel 2007 VBA XML"}

# Good reports copied as they are (they go through all three readers: .xls
# through the office), so the merge has real units to add up.
GOOD_SAMPLES = ["BC_HTSD_2023_MN_Hoa_Ban.ods", "BC_HTSD_2023_THCS_Thi_tran.xlsx",
                "BC_HTSD_2023_TH_Quai_To.xls", "BC_HTSD_2023_TH-THCS_Pu_Xi.ods"]
# The clean sample (form inserted by StatForm) every new unit's report is made
# from; it is not among the copies, so no derived report duplicates one.
BASE_SAMPLE = "BC_HTSD_2023_TH_so_1_Quai_Nua.xlsx"
# In the base: A1 holds the unit's name; D/E/F are count, people and note;
# row 12 is form row 1.1, empty in the base: each derived report puts its own
# figures there, so that no two reports have the same content.
UNIT_CELL, ROW_1_1, NOTE_ROWS = (0, 0), 11, (17, 19, 24, 25, 27, 28)

# What a reader must say about a file it cannot use (English, --lang en):
# any one of these words in the message.
REASON_PASSWORD = ["password", "encrypted"]
REASON_DAMAGED = ["damaged", "corrupt", "incomplete", "cannot open", "cannot be read"]
REASON_EMPTY = ["empty", "0 bytes"]
REASON_NOT_A_WORKBOOK = ["not a spreadsheet", "not a workbook", "plain text", "html",
                         "cannot open", "no statistics table"]
REASON_NO_TABLE = ["no statistics table"]
REASON_TOO_LARGE = ["too large"]


# --- the office ----------------------------------------------------------------

class Office:
    """One headless office with a private profile, stopped by its own PID."""

    def __init__(self, work_dir):
        import uno
        self.uno = uno
        profile = os.path.join(work_dir, "profile")
        pipe = f"statform_hostile_{os.getpid()}"
        command = [SOFFICE_BIN, "--headless", "--invisible", "--norestore", "--nologo",
                   "--nodefault", "--nolockcheck", f"-env:UserInstallation=file://{profile}",
                   f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"]
        self.process, context = start_office(uno, command, pipe)
        try:
            self.desktop = context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context)
        except BaseException:
            self.stop()
            raise

    def stop(self):
        stop_office(self.process, self.desktop)

    def prop(self, name, value):
        return property_value(name, value)

    def load(self, path, **properties):
        args = {"Hidden": True, **properties}
        return self.desktop.loadComponentFromURL(
            self.uno.systemPathToFileUrl(str(path)), "_blank", 0,
            tuple(self.prop(k, v) for k, v in args.items()))

    def store(self, document, path, password=None, filter_name=None):
        """Saves as `path` (format from its suffix), dates pinned to SAVED."""
        path = Path(path)
        filter_name = filter_name or FILTERS[path.suffix]
        args = [self.prop("FilterName", filter_name), self.prop("Overwrite", True)]
        if password:
            args.append(password_argument(self.uno, filter_name, password))
        document.storeToURL(self.uno.systemPathToFileUrl(str(path)), tuple(args))
        if password:
            return  # encrypted: nothing readable to pin
        if path.suffix == ".xls":
            pin_xls_dates(path, SAVED)
        else:
            pin_zip_dates(path, SAVED)


# --- unit reports derived from the base sample ---------------------------------

def derived_report(office, source_dir, number, unit, notes=()):
    """The base sample as another unit's report: its name in A1, its own
    figures on row 1.1 (number + 1 classes, 20 people each), `notes` typed as
    text into the note column. Returns the open document (caller closes)."""
    document = office.load(Path(source_dir) / BASE_SAMPLE)
    sheet = document.Sheets.getByIndex(0)
    sheet.unprotect("")  # the form is protected without a password
    # Rows keep their height: fitting a row to a wrapped 100,000-character
    # note takes the office half a minute per edit.
    for row in (UNIT_CELL[1], *NOTE_ROWS):
        sheet.Rows.getByIndex(row).OptimalHeight = False
    sheet.getCellByPosition(*UNIT_CELL).setString(unit)  # setString: always text
    sheet.getCellByPosition(3, ROW_1_1).setValue(number + 1)
    sheet.getCellByPosition(4, ROW_1_1).setValue(20 * (number + 1))
    for row, note in zip(NOTE_ROWS, notes):
        sheet.getCellByPosition(5, row).setString(note)
    sheet.protect("")
    document.calculateAll()
    return document


def save_derived(office, source_dir, out, name, number, unit, notes=(), edit=None, **store):
    document = derived_report(office, source_dir, number, unit, notes)
    try:
        if edit:
            edit(document)
        office.store(document, out / name, **store)
    finally:
        document.close(True)


def entry(name, case, how, expect="merge", reasons=(), unit=None, texts=()):
    """One corpus.json record: what a reader must do with the file."""
    return {"file": name, "case": case, "how": how, "expect": expect,
            "reasons": list(reasons), "unit": unit, "texts": list(texts)}


# --- macros ---------------------------------------------------------------------

def basic_writer(marker):
    """Basic (and VBA) that appends a line naming what ran to the marker."""
    return ("Sub WriteMarker(what As String)\n"
            "    Dim f As Integer\n"
            "    f = FreeFile\n"
            f'    Open "{marker}" For Append As #f\n'
            "    Print #f, what\n"
            "    Close #f\n"
            "End Sub\n")


def basic_module(name, marker, *subs):
    """A module of the WriteMarker sub plus one routine per (kind, routine, tag):
    kind "sub" or "function" (a cell function returning 7)."""
    code = basic_writer(marker)
    for kind, routine, tag in subs:
        if kind == "sub":
            code += f'Sub {routine}()\n    WriteMarker "{name}: {tag}"\nEnd Sub\n'
        else:
            code += (f"Function {routine}(Optional x)\n    WriteMarker \"{name}: {tag}\"\n"
                     f"    {routine} = 7\nEnd Function\n")
    return code


def bind_document_event(office, document, event, script):
    uno = office.uno
    binding = uno.Any("[]com.sun.star.beans.PropertyValue",
                      (office.prop("EventType", "Script"), office.prop("Script", script)))
    uno.invoke(document.Events, "replaceByName", (event, binding))


def basic_script(module, routine):
    return f"vnd.sun.star.script:Standard.{module}.{routine}?language=Basic&location=document"


def add_basic(document, module, code):
    libraries = document.BasicLibraries
    if not libraries.hasByName("Standard"):
        libraries.createLibrary("Standard")
    library = libraries.getByName("Standard")
    if library.hasByName(module):
        library.removeByName(module)
    library.insertByName(module, code)


MACRO_CELL = (7, 0)  # H1: right of the title block, outside the table


def ods_onload_macro(office, name, marker):
    """Basic bound to the document's OnLoad (runs when the document is opened
    in a window with macros allowed) and called by a cell formula =MARK()
    (runs whenever the cell is calculated with macros allowed, hidden or not)."""
    def edit(document):
        add_basic(document, "Hostile", basic_module(name, marker, ("sub", "OnLoadMark", "OnLoad"),
                                                    ("function", "MARK", "cell function")))
        bind_document_event(office, document, "OnLoad", basic_script("Hostile", "OnLoadMark"))
        document.Sheets.getByIndex(0).getCellByPosition(*MACRO_CELL).setFormula("=MARK()")
    return edit


def ods_form_control_macro(office, name, marker):
    """Basic bound to a form control: a push button's actionPerformed, and the
    form's load event (what a form with a "submit" button carries)."""
    from com.sun.star.awt import Point, Size
    from com.sun.star.script import ScriptEventDescriptor

    def binding(listener, method, routine):
        event = ScriptEventDescriptor()
        event.ListenerType, event.EventMethod, event.AddListenerParam = listener, method, ""
        event.ScriptType, event.ScriptCode = "Script", basic_script("Hostile", routine)
        return event

    def edit(document):
        add_basic(document, "Hostile", basic_module(name, marker, ("sub", "ButtonMark", "button"),
                                                    ("sub", "FormMark", "form loaded")))
        sheet = document.Sheets.getByIndex(0)
        sheet.unprotect("")
        forms = sheet.DrawPage.Forms
        form = document.createInstance("com.sun.star.form.component.Form")
        form.Name = "Gui"
        forms.insertByName("Gui", form)
        button = document.createInstance("com.sun.star.form.component.CommandButton")
        button.Name, button.Label = "NutGui", "Gửi báo cáo"
        shape = document.createInstance("com.sun.star.drawing.ControlShape")
        size, position = Size(), Point()
        size.Width, size.Height, position.X, position.Y = 4000, 1000, 20000, 500
        shape.Size, shape.Position = size, position
        shape.Control = button
        sheet.DrawPage.add(shape)
        form.registerScriptEvent(0, binding("com.sun.star.awt.XActionListener", "actionPerformed",
                                            "ButtonMark"))
        forms.registerScriptEvent(0, binding("com.sun.star.form.XLoadListener", "loaded", "FormMark"))
        document.ApplyFormDesignMode = False  # live controls when opened
        sheet.protect("")
    return edit


def vba_modules(name, marker):
    """The VBA project: Workbook_Open in the workbook's module, Auto_Open and
    the cell function MARK in a standard module (what Excel runs on opening)."""
    workbook_module = (basic_writer(marker).replace("Sub WriteMarker", "Private Sub WriteMarker")
                       + f'Private Sub Workbook_Open()\n    WriteMarker "{name}: Workbook_Open"\nEnd Sub\n')
    return [(ole_vba.CODE_NAME, "document", workbook_module),
            ("Module1", "standard", basic_module(name, marker, ("sub", "Auto_Open", "Auto_Open"),
                                                 ("function", "MARK", "cell function")))]


def with_cell_function(document):
    """=MARK() in H1; the office writes it to .xls/.xlsm as a call to a macro
    function only if one of that name exists in the document's Basic."""
    add_basic(document, "Hostile", "Function MARK(Optional x)\n    MARK = 7\nEnd Function\n")
    document.Sheets.getByIndex(0).getCellByPosition(*MACRO_CELL).setFormula("=MARK()")


def add_vba_to_xlsm(xlsm, target, modules):
    """An .xlsm the office wrote, with our vbaProject.bin (and the workbook's
    code name, which ties it to its module), saved under `target`."""
    with zipfile.ZipFile(xlsm) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in entries:
            if info.filename == "[Content_Types].xml":
                data = data.replace(b'<Default Extension="xml"',
                                    b'<Default Extension="bin" ContentType='
                                    b'"application/vnd.ms-office.vbaProject"/><Default Extension="xml"')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>",
                                    b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/'
                                    b'office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                                    b"</Relationships>")
            elif info.filename == "xl/workbook.xml":
                data = data.replace(b"<workbookPr ", f'<workbookPr codeName="{ole_vba.CODE_NAME}" '.encode())
            out.writestr(info, data)
        bin_info = zipfile.ZipInfo("xl/vbaProject.bin", date_time=SAVED.timetuple()[:6])
        bin_info.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(bin_info, ole_vba.vba_project_bin(modules))


def make_macro_files(office, source_dir, out, marker, scratch):
    """The macro-carrying reports; returns their corpus entries."""
    entries = []
    name = "macro-khi-mo.ods"
    save_derived(office, source_dir, out, name, 20, "Trường Tiểu học Phình Sáng",
                 edit=ods_onload_macro(office, name, marker))
    entries.append(entry(name, "macro", "Basic macro bound to the document's OnLoad event and "
                         "called by the cell formula =MARK() in H1; both append to the marker",
                         unit="Trường Tiểu học Phình Sáng"))

    name = "macro-nut-bam.ods"
    save_derived(office, source_dir, out, name, 21, "Trường Mầm non Rạng Đông",
                 edit=ods_form_control_macro(office, name, marker))
    entries.append(entry(name, "macro", "Basic macro bound to a form push button (actionPerformed) "
                         "and to its form's load event", unit="Trường Mầm non Rạng Đông"))

    # .xls: the office's own .xls, plus a VBA project (the office writes none).
    name = "macro-khi-mo.xls"
    plain = Path(scratch) / "macro-plain.xls"
    save_derived(office, source_dir, plain.parent, plain.name, 22, "Trường THCS Mường Mùn",
                 edit=with_cell_function)
    (out / name).write_bytes(ole_vba.xls_with_macros(plain.read_bytes(), vba_modules(name, marker)))
    entries.append(entry(name, "macro", "VBA project added to the office's .xls: Workbook_Open in "
                         "ThisWorkbook, Auto_Open and the cell function MARK (used in H1) in Module1",
                         unit="Trường THCS Mường Mùn"))

    # The .xlsx equivalent: an .xlsm (macro-enabled package) under an .xlsx name.
    name = "macro-khi-mo.xlsx"
    plain = Path(scratch) / "macro-plain.xlsm"
    save_derived(office, source_dir, plain.parent, plain.name, 23, "Trường THCS Pú Nhung",
                 edit=with_cell_function)
    add_vba_to_xlsm(plain, out / name, vba_modules(name, marker))
    pin_zip_dates(out / name, SAVED)
    entries.append(entry(name, "macro", "a macro-enabled workbook (.xlsm package with the same VBA "
                         "project as the .xls, in xl/vbaProject.bin) under an .xlsx name",
                         unit="Trường THCS Pú Nhung"))
    return entries


def read_every_cell(document):
    """What a reader does: ask every used cell its value (which calculates
    formula cells, and so calls macro functions)."""
    for sheet in document.Sheets:
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        address = cursor.getRangeAddress()
        sheet.getCellRangeByPosition(0, 0, address.EndColumn, address.EndRow).getDataArray()


def check_form_bindings(path):
    """The form's two bindings are in the saved file, as a reader would find them."""
    content = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    for routine in ("ButtonMark", "FormMark"):
        if f"Standard.Hostile.{routine}?language=Basic" not in content:
            raise SystemExit(f"{path.name}: the binding to {routine} was not saved")


def prove_macros_run(office, source_dir, scratch):
    """Makes the macro files again with a scratch marker, opens each in a
    window with macros always allowed, reads its cells and closes it: every
    macro that can run without a user must have written its line. (A form
    button needs a click, and a form without a data source is never loaded:
    those two cannot be shown to run here; README.md says so.)"""
    control_dir = Path(scratch) / "control"
    control_dir.mkdir()
    marker = Path(scratch) / "control-marker"
    make_macro_files(office, source_dir, control_dir, marker, scratch)
    for path in sorted(control_dir.iterdir()):
        document = office.load(path, Hidden=False, MacroExecutionMode=4)  # ALWAYS_EXECUTE_NO_WARN
        read_every_cell(document)
        time.sleep(0.5)  # document events are posted, not called
        document.close(True)
    check_form_bindings(control_dir / "macro-nut-bam.ods")
    ran = set(marker.read_text().splitlines()) if marker.exists() else set()
    wanted = {"macro-khi-mo.ods: OnLoad", "macro-khi-mo.ods: cell function"}
    for name in ("macro-khi-mo.xls", "macro-khi-mo.xlsx"):
        wanted |= {f"{name}: Workbook_Open", f"{name}: Auto_Open", f"{name}: cell function"}
    if not wanted <= ran:
        raise SystemExit(f"macros that should run with macros allowed did not: {sorted(wanted - ran)}")
    return sorted(ran)


# --- links ----------------------------------------------------------------------

def link_formulas(port, linked_file):
    """External references to a URL and to a local file, a web service call,
    a hyperlink and a DDE link, all in column H above the table."""
    url = f"http://127.0.0.1:{port}"
    linked_url = Path(linked_file).resolve().as_uri()
    return [f"='{url}/lien-ket.ods'#$Sheet1.A1",
            f"='{linked_url}'#$Sheet1.A1",
            f'=WEBSERVICE("{url}/webservice")',
            f'=HYPERLINK("{url}/hyperlink";"bấm vào đây")',
            f'=DDE("soffice";"{url}/dde.ods";"Sheet1.A1")']


def with_links(port, linked_file):
    def edit(document):
        sheet = document.Sheets.getByIndex(0)
        for row, formula in enumerate(link_formulas(port, linked_file)):
            sheet.getCellByPosition(7, row).setFormula(formula)
    return edit


def make_link_files(office, source_dir, out, port, linked_file):
    entries = []
    for number, (suffix, unit) in enumerate([(".ods", "Trường Tiểu học Ta Ma"),
                                             (".xlsx", "Trường THCS Ta Ma"),
                                             (".xls", "Trường Mầm non Ta Ma")], start=30):
        name = "lien-ket-ngoai" + suffix
        save_derived(office, source_dir, out, name, number, unit, edit=with_links(port, linked_file))
        entries.append(entry(name, "links", f"H1:H5: external references to "
                             f"http://127.0.0.1:{port}/lien-ket.ods and to the local file "
                             f"{linked_file}, WEBSERVICE and HYPERLINK to that host, a DDE link",
                             unit=unit))
    return entries


# --- texts that must stay texts -------------------------------------------------

def hostile_texts(port):
    url = f"http://127.0.0.1:{port}"
    return {
        "hyperlink": f'=HYPERLINK("{url}/don-vi";"Trường Tiểu học Bấm Vào Đây")',
        "dde": "=cmd|' /C calc'!A0",
        "dde_at": "@SUM(1+1)*cmd|' /C calc'!A0",
        "plus": "+1+1",
        "minus": "-2+3",
        "webservice": f'=WEBSERVICE("{url}/ghi-chu")',
        "rtl": "تقرير \u202eالمدرسة\u202c דו״ח ‏שנתי",
        "control": "đỏ\x01\x07\x1b[31m\x1b[2J\x7fhết",
    }


def make_label_files(office, source_dir, out, port):
    t = hostile_texts(port)
    entries = []
    name = "nhan-cong-thuc.ods"
    long_note = "Ghi chú rất dài. " * 6000  # ~100,000 characters: .ods has no limit
    save_derived(office, source_dir, out, name, 40, t["hyperlink"],
                 notes=[t["dde"], t["dde_at"], t["plus"], t["minus"], t["rtl"], long_note])
    entries.append(entry(name, "labels", "unit name (A1) =HYPERLINK(…) typed as text; notes "
                         "=cmd|…, @SUM…, +1+1, -2+3, right-to-left text, a 102,000-character note",
                         unit=t["hyperlink"], texts=[t["hyperlink"]]))

    name = "nhan-cong-thuc.xlsx"
    save_derived(office, source_dir, out, name, 41, t["dde"],
                 notes=[t["webservice"], t["control"], t["rtl"], t["plus"], "Dài " * 8191 + "hết"])
    entries.append(entry(name, "labels", "unit name =cmd|' /C calc'!A0 as text; notes =WEBSERVICE(…) "
                         "as text, control characters (written _x0001_… in .xlsx), right-to-left "
                         "text, a 32,767-character note (the format's limit)",
                         unit=t["dde"], texts=[t["dde"]]))

    name = "nhan-rat-dai.xls"
    unit = "Trường Tiểu học Tỏa Tình " + t["rtl"] + t["control"] + " tên rất dài" * 250
    save_derived(office, source_dir, out, name, 42, unit, notes=[t["hyperlink"], t["control"]])
    entries.append(entry(name, "labels", "a 3,100-character unit name with control characters and "
                         "right-to-left text; notes =HYPERLINK(…) and control characters (.xls: "
                         "read through the office)", unit=unit))
    return entries


# --- broken, disguised and oversized files ---------------------------------------

def make_password_files(office, source_dir, out):
    entries = []
    for number, suffix in enumerate((".xlsx", ".ods", ".xls"), start=50):
        name = "mat-khau" + suffix
        save_derived(office, source_dir, out, name, number, f"Trường có mật khẩu {suffix}",
                     password=PASSWORD)
        entries.append(entry(name, "password", f"a unit report saved with the password "
                             f"{PASSWORD!r} by the office", expect="skip", reasons=REASON_PASSWORD))
    return entries


def make_truncated_files(office, source_dir, out, scratch):
    entries = []
    for number, suffix in enumerate((".xlsx", ".ods", ".xls"), start=60):
        whole = Path(scratch) / ("whole" + suffix)
        save_derived(office, source_dir, whole.parent, whole.name, number, f"Trường bị cắt {suffix}")
        name = "hong-cut-ngang" + suffix
        data = whole.read_bytes()
        (out / name).write_bytes(data[: len(data) // 2])
        entries.append(entry(name, "damaged", "the first half of a unit report's bytes",
                             expect="skip", reasons=REASON_DAMAGED))
    return entries


def make_empty_and_disguised(out, port):
    entries = []
    for name in ("rong.xlsx", "rong.xls"):
        (out / name).write_bytes(b"")
        entries.append(entry(name, "empty", "zero bytes", expect="skip", reasons=REASON_EMPTY))

    url = f"http://127.0.0.1:{port}"
    name = "that-ra-la-van-ban.xlsx"
    (out / name).write_text(
        "Báo cáo gửi kèm (bản nháp) - đây là tệp văn bản, không phải bảng tính.\n"
        f'=WEBSERVICE("{url}/van-ban")\n'
        f'=HYPERLINK("{url}/van-ban-lien-ket";"bấm")\n'
        "=cmd|' /C calc'!A0\n"
        "STT;Nội dung;Số lượng\n1;Các lớp bồi dưỡng;12\n", encoding="utf-8")
    entries.append(entry(name, "not-a-workbook", "a UTF-8 text file (with CSV-injection lines "
                         "calling WEBSERVICE on 127.0.0.1) named .xlsx", expect="skip",
                         reasons=REASON_NOT_A_WORKBOOK))

    name = "csv-doi-ten.xls"
    (out / name).write_text(
        "STT,Nội dung,Số lượng,Ghi chú\n"
        f'1,Lớp học,12,"=WEBSERVICE(""{url}/csv"")"\n'
        f'2,Tin bài,4,"=DDE(""soffice"";""{url}/csv-dde.ods"";""Sheet1.A1"")"\n'
        f'3,Ấn phẩm,40,"=HYPERLINK(""{url}/csv-lien-ket"")"\n', encoding="utf-8")
    entries.append(entry(name, "not-a-workbook", "comma-separated text (cells =WEBSERVICE, =DDE, "
                         "=HYPERLINK on 127.0.0.1) named .xls: the office imports such a file "
                         "with its text filter", expect="skip", reasons=REASON_NOT_A_WORKBOOK))

    name = "trang-web.xls"
    (out / name).write_text(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Danh sách lớp 5A</title>\n"
        f'<link rel="stylesheet" href="{url}/trang-web.css">\n'
        f'<script src="{url}/trang-web.js"></script></head>\n'
        f'<body><img src="{url}/anh.png" alt="logo"><iframe src="{url}/khung"></iframe>\n'
        "<table border=\"1\"><tr><th>STT</th><th>Họ và tên</th><th>Ngày sinh</th></tr>\n"
        + "".join(f"<tr><td>{i}</td><td>{pupil}</td><td>0{i}/0{i}/2013</td></tr>\n"
                  for i, pupil in enumerate(PUPILS[:5], start=1))
        + "</table></body></html>\n", encoding="utf-8")
    entries.append(entry(name, "not-a-workbook", "a web page (class list, with an image, a "
                         "stylesheet, a script and a frame from 127.0.0.1) named .xls, as some "
                         "reporting systems export", expect="skip", reasons=REASON_NOT_A_WORKBOOK))
    return entries


def make_million_rows(office, source_dir, out):
    """A real report, plus one value at row 1,000,000: small on disk (the
    empty rows are not written), a huge used area to whoever allocates it."""
    def edit(document):
        sheet = document.Sheets.getByIndex(0)
        sheet.unprotect("")
        sheet.getCellByPosition(0, 999_999).setString("dòng một triệu")
        sheet.protect("")

    entries = []
    for number, suffix in enumerate((".xlsx", ".ods"), start=70):
        name = "mot-trieu-dong" + suffix
        unit = f"Trường Tiểu học Một Triệu {suffix}"
        save_derived(office, source_dir, out, name, number, unit, edit=edit)
        entries.append(entry(name, "huge", "a unit report with one more value, in A1000000",
                             expect="merge-or-too-large", reasons=REASON_TOO_LARGE, unit=unit))
    return entries


HEADER_WORDS = ["TT", "Nội dung các hoạt động", "Đơn vị", "Số lượng", "Số lớp/số cuộc thi",
                "Người", "Ghi chú"]


def wide_label(col):
    # Header words among the labels, so that a table finder has work to do.
    return HEADER_WORDS[col % len(HEADER_WORDS)] if col % 10 == 0 else f"Cột {col + 1}"


def fixed_dates(book):
    book.properties.created = book.properties.modified = SAVED


def write_wide_xlsx(path, columns=16_384):
    """openpyxl: a row of labels across every column the format has (XFD)."""
    book = openpyxl.Workbook()
    fixed_dates(book)
    sheet = book.active
    sheet.title = "Rộng"
    for col in range(columns):
        sheet.cell(row=1, column=col + 1, value=wide_label(col))
        sheet.cell(row=2, column=col + 1, value=col)
    book.save(path)
    pin_zip_dates(path, SAVED)


def write_wide_ods(path, columns=100_000):
    """An .ods written by hand: one row of 100,000 distinct labels. The office
    (7.4) keeps 16,384 columns and cannot write this; ODF itself sets no
    limit, so a file like this can reach a reader."""
    cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{wide_label(c)}'
                    f"</text:p></table:table-cell>" for c in range(columns))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               '<office:body><office:spreadsheet><table:table table:name="Rộng">'
               f'<table:table-column table:number-columns-repeated="{columns}"/>'
               f"<table:table-row>{cells}</table:table-row>"
               "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as package:
        for entry_name, data, method in (
                ("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
                ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
                ("content.xml", content, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(entry_name, date_time=SAVED.timetuple()[:6])
            info.compress_type = method
            package.writestr(info, data)


def make_wide_files(out):
    write_wide_xlsx(out / "rong-16384-cot.xlsx")
    write_wide_ods(out / "rong-100000-cot.ods")
    return [
        entry("rong-16384-cot.xlsx", "wide", "16,384 columns (A…XFD, the .xlsx limit) of labels, "
              "some of them the form's header words, over a row of numbers", expect="skip",
              reasons=REASON_NO_TABLE + REASON_TOO_LARGE),
        entry("rong-100000-cot.ods", "wide", "100,000 columns of labels in one row, written by "
              "hand (ODF sets no column limit; LibreOffice 7.4 keeps 16,384)", expect="skip",
              reasons=REASON_NO_TABLE + REASON_TOO_LARGE),
    ]


PUPILS = ["Lò Văn An", "Quàng Thị Bình", "Cà Văn Chung", "Lường Thị Dung", "Tòng Văn Định",
          "Vì Thị Hoa", "Lò Thị Hương", "Cầm Văn Khánh", "Quàng Văn Long", "Lường Thị Mai",
          "Tòng Thị Nga", "Vì Văn Nam", "Lò Văn Phúc", "Cà Thị Quyên", "Lường Văn Sơn"]


def write_class_list(path):
    """A spreadsheet of another kind: a class list, no statistics table."""
    book = openpyxl.Workbook()
    fixed_dates(book)
    sheet = book.active
    sheet.title = "Lớp 5A"
    sheet["A1"] = "Trường Tiểu học Quài Cang"
    sheet["A2"] = "DANH SÁCH HỌC SINH LỚP 5A - NĂM HỌC 2023-2024"
    sheet.append([])
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Ghi chú"])
    for i, pupil in enumerate(PUPILS, start=1):
        sheet.append([i, pupil, datetime.date(2013, 1 + i % 12, 1 + (7 * i) % 28),
                      "Nữ" if "Thị" in pupil else "Nam", "Thái", None])
    book.save(path)
    pin_zip_dates(path, SAVED)


LONG_NAME_FOLDER = "rieng-ten-32767-ky-tu"


def make_long_name_folder(office, source_dir, out):
    """A folder of its own (the commands do not look into subfolders): a
    report whose unit name is as long as an .xlsx cell allows, next to one
    good report. Kept apart so that, if it is slow, the other cases still
    say what they have to say."""
    folder = out / LONG_NAME_FOLDER
    folder.mkdir()
    unit = ("Trường Tiểu học Tên Rất Dài " + "tên rất dài " * 2800)[:32_767]
    save_derived(office, source_dir, folder, "ten-rat-dai.xlsx", 90, unit)
    shutil.copyfile(source_dir / GOOD_SAMPLES[0], folder / GOOD_SAMPLES[0])
    return {"folder": LONG_NAME_FOLDER, "case": "long-name",
            "how": "a unit report whose unit name (A1) has 32,767 characters, the .xlsx limit, "
                   "next to a good report",
            "files": [entry("ten-rat-dai.xlsx", "long-name", "unit name of 32,767 characters",
                            unit=unit),
                      entry(GOOD_SAMPLES[0], "good", "copied from samples/")]}


# --- the corpus -------------------------------------------------------------------

def clear_output(out):
    """OUT_DIR must be new, empty, or a corpus made earlier (corpus.json)."""
    if out.exists() and any(out.iterdir()):
        if not (out / "corpus.json").exists():
            raise SystemExit(f"{out} is not empty and holds no corpus.json: not touching it")
        for path in out.iterdir():
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.chmod(stat.S_IRUSR | stat.S_IWUSR)  # the read-only file too
                path.unlink()
    out.mkdir(parents=True, exist_ok=True)


def make_corpus(out, marker, port, linked_file, source_dir):
    clear_output(out)
    entries = []
    for name in GOOD_SAMPLES:
        shutil.copyfile(source_dir / name, out / name)
        entries.append(entry(name, "good", "copied from samples/"))
    with tempfile.TemporaryDirectory(prefix="statform_hostile_") as scratch:
        office = Office(scratch)
        try:
            entries += make_label_files(office, source_dir, out, port)
            name = "Báo cáo Trường Tiểu học Nà Sáy (bản cuối).xlsx"
            save_derived(office, source_dir, out, name, 80, "Trường Tiểu học Nà Sáy")
            entries.append(entry(name, "file-name", "a unit report whose file name has "
                                 "Vietnamese letters, spaces and parentheses",
                                 unit="Trường Tiểu học Nà Sáy"))
            name = "chi-doc.ods"
            save_derived(office, source_dir, out, name, 81, "Trường Mầm non Chiềng Đông")
            entries.append(entry(name, "read-only", "a unit report with mode 0444",
                                 unit="Trường Mầm non Chiềng Đông"))
            entries += make_macro_files(office, source_dir, out, marker, scratch)
            entries += make_link_files(office, source_dir, out, port, linked_file)
            entries += make_password_files(office, source_dir, out)
            entries += make_truncated_files(office, source_dir, out, scratch)
            entries += make_million_rows(office, source_dir, out)
            separate = [make_long_name_folder(office, source_dir, out)]
            proven = prove_macros_run(office, source_dir, scratch)
        finally:
            office.stop()
    entries += make_empty_and_disguised(out, port)
    entries += make_wide_files(out)
    write_class_list(out / "danh-sach-lop.xlsx")
    entries.append(entry("danh-sach-lop.xlsx", "unrelated", "a class list (STT, Họ và tên, "
                         "Ngày sinh…), no statistics table", expect="skip", reasons=REASON_NO_TABLE))
    (out / "chi-doc.ods").chmod(0o444)
    manifest = {"made_by": "tests/hostile/make_corpus.py", "marker": str(marker), "port": port,
                "linked_file": str(linked_file), "macros_proven_to_run": proven,
                "files": sorted(entries, key=lambda e: e["file"]), "separate": separate}
    (out / "corpus.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    return manifest


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--marker", default="/tmp/statform-macro-ran-hostile")
    parser.add_argument("--port", type=int, default=9)
    parser.add_argument("--linked-file")
    parser.add_argument("--samples", default=str(REPO / "samples"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    out = Path(args.out_dir).resolve()
    linked = Path(args.linked_file).resolve() if args.linked_file else out.parent / "linked-target.ods"
    manifest = make_corpus(out, Path(args.marker).resolve(), args.port, linked, Path(args.samples))
    print(f"{len(manifest['files'])} files in {out}")


if __name__ == "__main__":
    main()
