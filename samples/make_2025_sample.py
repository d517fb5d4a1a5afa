#!/usr/bin/python3
"""Make the 2025 two-level example (samples/2025-xa-phuong/): next year's form
made into a template the way an office does it, and reports filled in it.

From 2025 local government has two levels, province and commune/ward: there
are no districts, so the province form counts communes and wards where the
2023 form counted districts. No official 2025 form is in the seeds, so this
is an example, not an edition StatForm ships:

1. Mau_2025_go_lai.ods: the 2023 table retyped in Calc for 2025, as an
   office types the form the letter brings (title block, two-row header), with
   the row "Số huyện tổ chức Lễ khai mạc Tuần lễ" changed to "Số xã, phường …"
   in the unit "Xã, phường", and the year's title and theme.
2. templates/: what `statform template from-sheet` makes of it (the unit
   "Xã, phường" answered as a new count: templates/unit-types.json), the
   user templates folder an office would have.
3. Three communes and wards reporting in the 2025 form, inserted by StatForm
   from that folder, filled correctly (no error, no warning).
4. Last year's report of Phòng GD&ĐT huyện Tuần Giáo in the 2023 form (it
   counts the district's opening ceremony): merged into the 2025 form, its
   district row has no counterpart, and Merge says so.

Usage: /usr/bin/python3 samples/make_2025_sample.py [--build BUILD_DIR] [--out DIR]

The output is the same, byte for byte, on every run on the same office.
"""

import argparse
import dataclasses
import datetime
import json
import os
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import statform_samples as sf  # noqa: E402

SEED = "statform-samples-2025"
EDITION_ID = "htsd-2025-xa-phuong"
YEAR = 2025
TITLE = "MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2025"
SUBTITLE = "(Kèm theo Kế hoạch số      /KH-UBND ngày     tháng 9 năm 2025 của Ủy ban nhân dân tỉnh Điện Biên)"
THEME = "Học tập suốt đời – nền tảng xây dựng xã hội học tập trong kỷ nguyên số"
DISTRICT_ROW = "opening_ceremony.districts"
COMMUNE_LABEL = "Số xã, phường tổ chức Lễ khai mạc Tuần lễ"
COMMUNE_UNIT = "Xã, phường"
FORM_FILE = "Mau_2025_go_lai.ods"

# Who reports in 2025: communes and wards of Điện Biên, straight to the province.
sf.UNIT_KINDS["commune"] = ("Ủy ban nhân dân", "CHỦ TỊCH")
sf.PROFILES["commune"] = sf.PROFILES["community_centre"]
REPORTS = [
    ("BC_HTSD_2025_xa_Quai_Nua.ods", "Ủy ban nhân dân xã Quài Nưa", "Quài Nưa", (10, 2, 9, 40)),
    ("BC_HTSD_2025_xa_Tuan_Giao.xlsx", "Ủy ban nhân dân xã Tuần Giáo", "Tuần Giáo", (10, 3, 14, 5)),
    ("BC_HTSD_2025_phuong_Muong_Thanh.ods", "Ủy ban nhân dân phường Mường Thanh", "Mường Thanh",
     (10, 3, 16, 20)),
]
LAST_YEAR_FILE = "BC_HTSD_2023_Phong_GDDT_Tuan_Giao.ods"


def form_2025(edition_2023):
    """The 2023 form with the district row counting communes and wards."""
    data = json.loads(json.dumps(edition_2023.data))
    data.update(id="htsd-2025-typed", year=YEAR, title=TITLE, subtitle=SUBTITLE, theme=THEME)
    rows = []
    for row in edition_2023.rows:
        if row.key == DISTRICT_ROW:
            row = dataclasses.replace(row, label=COMMUNE_LABEL, unit_text=COMMUNE_UNIT)
        rows.append(row)
    return sf.Edition(data["id"], YEAR, data, rows)


def write_typed_form(office, edition):
    """The form as an office types it from the letter: the title, the plan it
    belongs to, the two-row header merged as printed, the rows; no figures."""
    document = office.new_calc_document()
    sheet = document.Sheets.getByIndex(0)
    sheet.Name = "Mẫu 2025"
    data = edition.data
    title = [
        [data["appendix"], "", "", "", "", ""],
        [data["title"], "", "", "", "", ""],
        [data["subtitle"], "", "", "", "", ""],
        ["", "", "", "", "", ""],
        *sf.form_header_rows(data),
    ]
    body = [[row.code, row.label, row.unit_text, "", "", ""] for row in edition.rows]
    first = len(title)
    whole = sheet.getCellRangeByPosition(0, 0, 5, first + len(body) - 1)
    whole.setDataArray(tuple(tuple(r) for r in title + body))
    whole.CharFontName, whole.CharHeight = "Times New Roman", 12.0
    sf._widths(sheet, 0, [1100, 7600, 2300, 2200, 1700, 2300])
    center = sf.uno_enum("com.sun.star.table.CellHoriJustify", "CENTER")
    for r1, c1, r2, c2 in ((0, 0, 0, 5), (1, 0, 1, 5), (2, 0, 2, 5), (4, 0, 5, 0), (4, 1, 5, 1),
                           (4, 2, 5, 2), (4, 3, 4, 4), (4, 5, 5, 5)):
        cells = sheet.getCellRangeByPosition(c1, r1, c2, r2)
        cells.merge(True)
        cells.HoriJustify = center
    for r in (0, 1, 4, 5):
        sheet.getCellRangeByPosition(0, r, 5, r).CharWeight = 150.0
    sheet.getCellRangeByPosition(0, 2, 5, 2).CharPosture = sf.uno_italic(True)
    table = sheet.getCellRangeByPosition(0, 4, 5, first + len(body) - 1)
    table.IsTextWrapped = True
    table.VertJustify = sf.uno_enum("com.sun.star.table.CellVertJustify", "CENTER")
    sf._borders(table)
    sf._finish_hand_sheet(document, sheet, 0, first + len(body) - 1)
    return document


def make_template(cli, form, templates):
    """What the office's Make-a-template does, from the command line."""
    subprocess.run([str(cli), "template", "from-sheet", str(form), "--id", EDITION_ID,
                    "--year", str(YEAR), "--title", TITLE, "--theme", THEME, "--level", "province",
                    "--unit-type", f"{COMMUNE_UNIT}=new:count",
                    "--out", str(templates / f"{EDITION_ID}.json"), "--force", "--lang", "en"],
                   check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, STATFORM_TEMPLATES_DIR=str(templates)))


def load_made_edition(templates):
    """The made template as the sample machinery reads editions."""
    shipped, made = sf.TEMPLATES_DIR, templates
    columns = sf.load_unit_type_columns()
    with open(made / "unit-types.json", encoding="utf-8") as f:
        columns.update({t["id"]: tuple(t["columns"]) for t in json.load(f)["unit_types"]})
    sf.TEMPLATES_DIR = made
    original = sf.load_unit_type_columns
    sf.load_unit_type_columns = lambda: columns
    try:
        return sf.load_edition(EDITION_ID)
    finally:
        sf.TEMPLATES_DIR, sf.load_unit_type_columns = shipped, original


def commune_report(rng, unit, edition, saved, commune_key):
    """A commune's or ward's report: what its learning centre and schools did,
    its own opening ceremony, and how many of its schools held one."""
    report = sf.make_report(rng, unit, edition, saved, zeros=False)
    report.cells[(commune_key, sf.COUNT)] = 1
    report.cells[("opening_ceremony.schools", sf.COUNT)] = rng.randint(3, 8)
    return report


def district_report_2023(rng, edition):
    """Phòng GD&ĐT huyện Tuần Giáo's 2023 report: the district's own figures."""
    unit = sf.Unit("Phòng Giáo dục và Đào tạo huyện Tuần Giáo", "community_centre", "Tuần Giáo")
    report = sf.make_report(rng, unit, edition, datetime.datetime(2023, 10, 6, 15, 30), zeros=False)
    report.cells[(DISTRICT_ROW, sf.COUNT)] = 1
    report.cells[("opening_ceremony.schools", sf.COUNT)] = 41
    report.head = "Nguyễn Văn Thành"
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", help="build tree with statform.oxt, idl/statform.rdb and the CLI")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "2025-xa-phuong"))
    args = parser.parse_args()
    out = Path(args.out).resolve()
    templates = out / "templates"
    templates.mkdir(parents=True, exist_ok=True)
    build = Path(args.build) if args.build else sf.REPO / "build"
    cli = build / "src" / "cli" / "statform"
    oxt, rdb = sf.find_extension_files(args.build)
    edition_2023 = sf.load_edition("htsd-2023")
    made_on = datetime.datetime(2025, 9, 22, 9, 0)

    # One office throughout, its user templates folder the example's: the
    # template made in step 2 is offered to it with no restart.
    os.environ["STATFORM_TEMPLATES_DIR"] = str(templates)
    with sf.Office(oxt, rdb) as office:
        # 1-2: the form typed for 2025, and the template made from it.
        document = write_typed_form(office, form_2025(edition_2023))
        sf.save(office, document, out / FORM_FILE, made_on)
        document.close(True)
        make_template(cli, out / FORM_FILE, templates)
        edition = load_made_edition(templates)
        commune_key = next(r.key for r in edition.rows if r.label == COMMUNE_LABEL)
        # 3-4: the reports.
        for name, unit_name, place, saved in REPORTS:
            rng = random.Random(f"{SEED}:{unit_name}")
            unit = sf.Unit(unit_name, "commune", place)
            report = commune_report(rng, unit, edition, datetime.datetime(YEAR, *saved), commune_key)
            form = sf.TemplateForm(office, edition)
            form.fill(report)
            sf.save(office, form.document, out / name, report.saved)
            form.close()
        report = district_report_2023(random.Random(f"{SEED}:2023"), edition_2023)
        form = sf.TemplateForm(office, edition_2023)
        form.fill(report)
        sf.save(office, form.document, out / LAST_YEAR_FILE, report.saved)
        form.close()
    print(f"{len(REPORTS) + 2} workbooks and the template in {out}")


if __name__ == "__main__":
    main()
