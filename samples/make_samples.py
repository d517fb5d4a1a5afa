#!/usr/bin/python3
"""Make StatForm's bundled sample workbooks: the 2023 Lifelong Learning Week
reports that Phòng GD&ĐT huyện Tuần Giáo (Điện Biên) received from its
schools and centres, some clean, some made by hand, some with mistakes.

Usage: make_samples.py [--build BUILD_DIR] [--out DIR]

  --build  build tree holding statform.oxt and idl/statform.rdb
           (default: the repository's build/; STATFORM_OXT and
           STATFORM_TYPES_RDB override single files, as for the CLI)
  --out    where to write (default: this folder)

Writes the workbooks, expected-units.txt (who should report) and
answer-key.json (every mistake, its cell and what StatForm should say);
README.md explains them. The output is the same, byte for byte, on every run
on the same office and Python (fixed seed, dates pinned in the files).

Run with Debian's /usr/bin/python3 (python3-uno belongs to it). One headless
office is started for all files and stopped by its own PID.
"""

import argparse
import dataclasses
import datetime
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import statform_samples as sf  # noqa: E402

SEED = "statform-samples-2023"


@dataclasses.dataclass
class Sample:
    files: list     # one file; two for the unit that sent its report twice
    unit: sf.Unit
    saved: tuple    # (month, day, hour, minute) in 2023
    made: str       # "template", "retyped" (by hand, no diacritics) or "old-form" (2022 form)
    what_vi: str
    what_en: str
    tweak: object = None  # function(rng, report, edition) for mistakes and typing habits
    zeros: bool = None    # writes 0 for rows without activity (None: drawn)


def typed(report, key, column, text, meant, code, note_vi, note_en):
    """A cell typed as text, and what StatForm should say about it."""
    report.cells[(key, column)] = sf.Typed(text, meant)
    report.findings.append(sf.Finding(code, key, column, text, note_vi, note_en))


def did_nothing(report, key):
    """True when the unit reported no activity on the row (empty or 0)."""
    return not report.meant(key, sf.COUNT)


def dashes_for_nothing(rng, report, edition):
    """Types '-' for activities that did not happen, as many clerks do."""
    for key in ("seminars", "contests.book_fairs", "awards.collectives"):
        if not did_nothing(report, key):
            continue
        typed(report, key, sf.COUNT, "-", 0, "(explicit zero)",
              "«-» nghĩa là đã báo cáo, bằng 0 (khác ô trống): không phải lỗi.",
              "'-' means reported as zero (unlike an empty cell): not a mistake.")


def few_rows_only(rng, report, edition):
    """A small school that reports only what it did, leaving the rest empty."""
    keep = {"classes.teacher_training", "classes.life_skills", "news_items",
            "opening_ceremony.schools", "activities.arts", "funding.state_budget"}
    for cell in [c for c in report.cells if c[0] not in keep]:
        del report.cells[cell]
    report.cells[("classes.life_skills", sf.COUNT)] = 4
    report.cells[("classes.life_skills", sf.PEOPLE)] = 118
    report.cells[("funding.state_budget", sf.COUNT)] = 1_200_000


def people_below_classes(rng, report, edition):
    sf.fewer_people_than_classes(rng, report, edition, key="classes.life_skills")


def delete_district_row(rng, report, edition):
    """A pre-school deletes the province's 'Số huyện…' row, which is not for it."""
    report.deleted_keys.append("opening_ceremony.districts")
    report.protect = False  # the sheet had to be unprotected to delete a row
    report.findings.append(sf.Finding(
        "template-row-missing", "opening_ceremony.districts", "", "",
        "Dòng 7.1 «Số huyện tổ chức Lễ khai mạc Tuần lễ» đã bị xóa: coi như không báo cáo "
        "(thông tin). Các dòng bên dưới lùi lên một dòng; công thức SUM vẫn đúng.",
        "Row 7.1 'Số huyện tổ chức Lễ khai mạc Tuần lễ' was deleted: treated as not reported "
        "(info). The rows below moved up one row; the SUM formulas still hold."))


def retyped_habits(rng, report, edition):
    """Books typed as '1.200' (text), a zero typed as 0 and one as '-'."""
    typed(report, "book_donation.books", sf.COUNT, "1.200", 1200, "number-as-text",
          "«1.200» gõ thành chữ: đọc là 1200 (cảnh báo, có sửa tự động).",
          "'1.200' typed as text: read as 1200 (warning, with an automatic fix).")
    if did_nothing(report, "awards.collectives"):
        report.cells[("awards.collectives", sf.COUNT)] = 0
    if did_nothing(report, "seminars"):
        typed(report, "seminars", sf.COUNT, "-", 0, "(explicit zero)",
              "«-» nghĩa là 0 (đã báo cáo).", "'-' means 0 (reported).")
    report.findings.append(sf.Finding(
        "(no unit name)", "", "", "",
        "Bảng không có phần đầu: tên đơn vị chỉ có trong tên tệp. Khi tổng hợp, StatForm không "
        "tự biết đây là Trường Tiểu học Chiềng Sinh; người duyệt phải gán đơn vị.",
        "No title block: the unit's name is only in the file name. When merging, StatForm cannot "
        "tell that this is Trường Tiểu học Chiềng Sinh; the reviewer has to assign the unit."))


def adds_row_1_without_rural_vocational(rng, report, edition):
    """The centre unprotected the sheet and typed row 1 itself, classes and
    people, adding the numbered rows 1.1-1.12 only: it reads the unnumbered
    'Học nghề cho lao động nông thôn' as part of 1.4. The form allows it."""
    sf._ensure_pair(rng, report, "classes.rural_vocational", (2, 4))
    report.either_rows_counted = False
    for (key, column), value in sf.typed_totals(report, edition).items():
        if key == "classes":
            report.cells[(key, column)] = value
    report.protect = False


def note_group_readings(report, edition):
    """What StatForm says of a group total next to a row the form lets be
    read either way (2023 'Học nghề…' in row 1): which reading the total used,
    as an info line on the group's count cell. Nothing when that row is empty
    or 0 (both readings agree) or when the total fits neither (an error)."""
    for group in edition.rows:
        either = [c for c in edition.children(group.key) if c.in_group_total == "either"]
        if not group.sums_children or not either:
            continue
        if any(f.code == "group-sum-mismatch" and f.key == group.key for f in report.findings):
            continue
        if not any(report.meant(c.key, column) for c in either for column in (sf.COUNT, sf.PEOPLE)):
            continue
        counted = [c for c in edition.children(group.key)
                   if c.in_group_total == "yes" or report.either_rows_counted]
        total = sum(report.meant(c.key, sf.COUNT) or 0 for c in counted)
        row, name, name_en = edition.row(group.key), f"«{either[0].label}»", f"'{either[0].label}'"
        if report.either_rows_counted:
            vi = (f"Dòng tổng {row.code} (công thức SUM của mẫu) có cộng cả {name}, dòng mẫu in "
                  "không đánh số: một trong hai cách đọc mẫu, được chấp nhận (thông tin).")
            en = (f"Total row {row.code} (the form's SUM formula) includes {name_en}, a row the form "
                  "prints without a number: one of the form's two readings, accepted (info).")
        else:
            vi = (f"Dòng tổng {row.code} gõ tay không cộng {name} (coi là một phần của dòng 1.4): "
                  "cách đọc thứ hai của mẫu, được chấp nhận (thông tin).")
            en = (f"Total row {row.code}, typed by hand, leaves out {name_en} (read as part of row "
                  "1.4): the form's other reading, accepted (info).")
        report.findings.append(sf.Finding("group-total-reading", group.key, sf.COUNT, str(total),
                                          vi, en))


def old_form_habits(rng, report, edition):
    """'12 lớp' and '1,5 triệu' typed as text; a contest the 2023 form has no row for."""
    report.cells[("classes.life_skills", sf.PEOPLE)] = 372
    typed(report, "classes.life_skills", sf.COUNT, "12 lớp", 12, "number-with-unit",
          "«12 lớp»: đọc là 12 (cảnh báo: chỉ ghi số).",
          "'12 lớp' (12 classes): read as 12 (warning: type the number only).")
    typed(report, "funding.other_sources", sf.COUNT, "1,5 triệu", 1_500_000, "number-with-unit",
          "«1,5 triệu»: đọc là 1.500.000 đồng (cảnh báo).",
          "'1,5 triệu' (1.5 million): read as 1.500.000 đồng (warning).")
    report.cells[("contests.other", sf.COUNT)] = 1
    report.cells[("contests.other", sf.PEOPLE)] = 45
    report.cells[("contests.other", sf.NOTE)] = "Rung chuông vàng"
    report.cells[("seminars", sf.COUNT)] = 1
    report.cells[("seminars", sf.PEOPLE)] = 32
    report.findings.append(sf.Finding(
        "(edition htsd-2022)", "", "", "",
        "Dùng mẫu năm 2022 (STT, «Các hoạt động», dòng «Tổng số người tham gia, trong đó:») cho "
        "báo cáo năm 2023: StatForm nhận ra mẫu htsd-2022 và tổng hợp theo khóa dòng.",
        "The 2022 form (STT, 'Các hoạt động', a 'Tổng số người tham gia, trong đó:' row) used for "
        "the 2023 report: StatForm recognises htsd-2022 and merges by row key."))
    report.findings.append(sf.Finding(
        "(merge: no 2023 row)", "contests.other", sf.COUNT, "1",
        "«Các cuộc thi khác» (1 cuộc/45 người) không có dòng tương ứng trong mẫu 2023: khi tổng "
        "hợp vào mẫu 2023, StatForm cộng cả số cuộc và số người vào tổng của dòng 5 và ghi chú "
        "điều đó.",
        "'Các cuộc thi khác' (1 contest, 45 people) has no row in the 2023 form: merging into "
        "2023, StatForm adds both the contest and its people into the total of row 5, with a "
        "note."))


SAMPLES = [
    Sample(["BC_HTSD_2023_MN_Hoa_Ban.ods"],
           sf.Unit("Trường Mầm non Hoa Ban", "preschool", "Tuần Giáo"), (10, 11, 15, 42), "template",
           "Mẫu chèn bằng StatForm, điền đầy đủ, có ghi 0 cho hoạt động không có. Không có lỗi.",
           "Form inserted by StatForm, filled in, zeros for what did not happen. No mistakes.",
           zeros=True),
    Sample(["BC_HTSD_2023_TH_so_1_Quai_Nua.xlsx", "BC_HTSD_2023_TH_so_1_Quai_Nua (1).xlsx"],
           sf.Unit("Trường Tiểu học số 1 Quài Nưa", "primary", "Quài Nưa"), (10, 12, 9, 5), "template",
           "Gửi hai lần (tệp thứ hai do tải lại: «(1)»), nội dung giống hệt: khi tổng hợp chỉ được "
           "tính một lần.",
           "Sent twice (the second file is a re-download, '(1)'), identical content: a merge must "
           "count it once."),
    Sample(["BC_HTSD_2023_THCS_Thi_tran.xlsx"],
           sf.Unit("Trường THCS Thị trấn Tuần Giáo", "lower_secondary", "Tuần Giáo"), (10, 13, 10, 30),
           "template", "Số người ít hơn số lớp ở dòng 1.6.",
           "Fewer people than classes on row 1.6.", tweak=people_below_classes),
    Sample(["BC_HTSD_2023_PTDTBT_THCS_Tenh_Phong.ods"],
           sf.Unit("Trường PTDTBT THCS Tênh Phông", "boarding_lower_secondary", "Tênh Phông"),
           (10, 16, 16, 10), "template",
           "Bỏ khóa trang tính, gõ tay số tổng dòng 1 thay cho công thức, quên một dòng.",
           "Sheet unprotected, the row 1 total typed over its formula, one row left out.",
           tweak=lambda rng, r, e: sf.group_total_leaves_out_a_row(rng, r, e, "classes")),
    Sample(["BC_HTSD_2023_TT_GDNN-GDTX_Tuan_Giao.xlsx"],
           sf.Unit("Trung tâm GDNN-GDTX huyện Tuần Giáo", "vocational_centre", "Tuần Giáo"),
           (10, 17, 14, 0), "template",
           "Số âm ở dòng 3 (ấn phẩm). Bỏ khóa trang tính, gõ tay dòng tổng 1 (số lớp và số người) "
           "không cộng dòng «Học nghề cho lao động nông thôn»: cách đọc thứ hai của mẫu, không phải "
           "lỗi.",
           "A negative figure on row 3 (publications). Sheet unprotected, row 1 typed by hand "
           "(classes and people) without 'Học nghề cho lao động nông thôn': the form's other "
           "reading, not a mistake.",
           tweak=lambda rng, r, e: (sf.negative_number(rng, r, e, "publications"),
                                    adds_row_1_without_rural_vocational(rng, r, e))),
    Sample(["BC_HTSD_2023_TTHTCD_Quai_Cang.xls"],
           sf.Unit("Trung tâm học tập cộng đồng xã Quài Cang", "community_centre", "Quài Cang"),
           (10, 18, 8, 45), "template", "Chữ «mười» ở ô số lượng dòng 2 (tin bài). Định dạng .xls.",
           "The word 'mười' (ten) in the count cell of row 2 (news items). .xls format.",
           tweak=lambda rng, r, e: sf.word_for_number(rng, r, e, "news_items")),
    Sample(["BC_HTSD_2023_TTHTCD_Mun_Chung.xlsx"],
           sf.Unit("Trung tâm học tập cộng đồng xã Mùn Chung", "community_centre", "Mùn Chung"),
           (10, 19, 17, 20), "template", "Kinh phí ghi theo nghìn đồng (2500, 500).",
           "Funding typed in thousands of đồng (2500, 500).", tweak=sf.money_in_thousands),
    Sample(["TH Chieng Sinh - bao cao tuan le HTSD.xlsx"],
           sf.Unit("Trường Tiểu học Chiềng Sinh", "primary", "Chiềng Sinh"), (10, 14, 20, 15), "retyped",
           "Gõ lại bằng tay không dấu, bảng bắt đầu ở C5, không có phần đầu, một dòng tiêu đề, "
           "nhãn dài xuống dòng bằng Alt+Enter, tổng gõ tay, số «1.200» dạng chữ.",
           "Retyped by hand without diacritics, table from C5, no title block, one header row, long "
           "labels broken with Alt+Enter, totals typed, '1.200' as text.",
           tweak=retyped_habits, zeros=False),
    Sample(["Bao cao Tuan le HTSD 2023 - THCS Quai To.ods"],
           sf.Unit("Trường THCS Quài Tở", "lower_secondary", "Quài Tở"), (10, 20, 11, 0), "old-form",
           "Dùng lại mẫu năm 2022, gõ tay; «12 lớp», «1,5 triệu»; có dòng «Các cuộc thi khác».",
           "Last year's (2022) form reused, typed by hand; '12 lớp', '1,5 triệu'; a 'Các cuộc thi "
           "khác' row.", tweak=old_form_habits, zeros=False),
    Sample(["BC_HTSD_2023_MN_Muong_Thin.xlsx"],
           sf.Unit("Trường Mầm non Mường Thín", "preschool", "Mường Thín"), (10, 12, 16, 40), "template",
           "Xóa dòng 7.1 «Số huyện…» (không dành cho trường); trang tính để không khóa.",
           "Row 7.1 'Số huyện…' deleted (not for a school); sheet left unprotected.",
           tweak=delete_district_row),
    Sample(["BC_HTSD_2023_TH_Quai_To.xls"],
           sf.Unit("Trường Tiểu học Quài Tở", "primary", "Quài Tở"), (10, 16, 7, 55), "template",
           "Ghi «-» cho hoạt động không có. Không có lỗi. Định dạng .xls.",
           "'-' typed for what did not happen. No mistakes. .xls format.",
           tweak=dashes_for_nothing, zeros=False),
    Sample(["BC_HTSD_2023_TH-THCS_Pu_Xi.ods"],
           sf.Unit("Trường TH&THCS Pú Xi", "primary_lower_secondary", "Pú Xi"), (10, 18, 21, 5), "template",
           "Trường nhỏ, chỉ ghi vài dòng, còn lại để trống (không báo cáo). Không có lỗi.",
           "A small school: a few rows filled, the rest empty (not reported). No mistakes.",
           tweak=few_rows_only, zeros=False),
]

# Expected to report but sent nothing.
NOT_SENT = ["Trường Mầm non Pú Nhung"]


def make_report(sample, edition):
    rng = random.Random(f"{SEED}:{sample.unit.name}")
    saved = datetime.datetime(2023, *sample.saved)
    report = sf.make_report(rng, sample.unit, edition, saved, zeros=sample.zeros)
    if sample.tweak:
        sample.tweak(rng, report, edition)
    note_group_readings(report, edition)
    return report


def write_sample(office, sample, editions, out_dir):
    """Writes the sample's file(s); returns its answer-key entry."""
    made_on = editions["htsd-2022"] if sample.made == "old-form" else editions["htsd-2023"]
    report = make_report(sample, made_on)
    if sample.made == "template":
        form = sf.TemplateForm(office, made_on)
        form.fill(report)
        document = form.document
    elif sample.made == "retyped":
        document, _ = sf.write_retyped_table(office, report, made_on)
    else:
        document, _ = sf.write_old_form(office, report, made_on)
    for name in sample.files:
        sf.save(office, document, out_dir / name, report.saved)
    document.close(True)
    return {
        "files": sample.files,
        "unit": sample.unit.name,
        "edition": made_on.id,
        "made": sample.made,
        "saved": report.saved.isoformat(),
        "what": {"vi": sample.what_vi, "en": sample.what_en},
        "findings": [{"code": f.code, "row": made_on.row(f.key).code if f.key else "",
                      "label": made_on.row(f.key).label if f.key else "",
                      "key": f.key, "cell": f.cell, "typed": f.typed,
                      **({"points_at": f.hint_cell} if f.hint_cell else {}),
                      "vi": f.note_vi, "en": f.note_en} for f in report.findings],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", help="build tree with statform.oxt and idl/statform.rdb")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent))
    args = parser.parse_args()
    out_dir = Path(args.out).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    oxt, rdb = sf.find_extension_files(args.build)
    editions = {e: sf.load_edition(e) for e in ("htsd-2023", "htsd-2022")}

    started = time.monotonic()
    with sf.Office(oxt, rdb) as office:
        office_ready = time.monotonic()
        key = [write_sample(office, sample, editions, out_dir) for sample in SAMPLES]
        files_done = time.monotonic()

    units = [s.unit.name for s in SAMPLES] + NOT_SENT
    (out_dir / "expected-units.txt").write_text("\n".join(sorted(units, key=unit_order)) + "\n",
                                                encoding="utf-8")
    answer_key = {"_comment": "Made by make_samples.py; see README.md. Codes in parentheses are "
                              "notes for a reviewer or for merging, not StatForm rule codes.",
                  "district": "Phòng GD&ĐT huyện Tuần Giáo, Điện Biên", "year": 2023,
                  "samples": key, "not_sent": NOT_SENT}
    (out_dir / "answer-key.json").write_text(
        json.dumps(answer_key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    update_readme(out_dir / "README.md", key)
    count = sum(len(s.files) for s in SAMPLES)
    print(f"{count} workbooks in {out_dir}: office start {office_ready - started:.1f} s, "
          f"{(files_done - office_ready) / count * 1000:.0f} ms per file")


README_BEGIN = "<!-- answer key: made by make_samples.py, do not edit by hand -->"
README_END = "<!-- end of answer key -->"
MADE = {"template": "mẫu chèn bằng StatForm / form inserted by StatForm",
        "retyped": "gõ tay, không dấu / typed by hand, no diacritics",
        "old-form": "mẫu năm 2022, gõ tay / the 2022 form, typed by hand"}


def answer_key_markdown(key):
    """The per-file answer key of README.md, from the same data as answer-key.json,
    so the cells it names are always those of the committed files."""
    lines = [README_BEGIN, ""]
    for sample in key:
        files = " + ".join(f"`{f}`" for f in sample["files"])
        saved = datetime.datetime.fromisoformat(sample["saved"])
        lines += [f"#### {files}", "",
                  f"{sample['unit']} · {sample['edition']} · {MADE[sample['made']]} · "
                  f"{saved:%d/%m/%Y %H:%M}", "",
                  f"* vi: {sample['what']['vi']}", f"* en: {sample['what']['en']}", ""]
        if not sample["findings"]:
            lines += ["Không có phát hiện nào. / No findings expected.", ""]
            continue
        lines += ["| mã / code | dòng / row | ô / cell | đã gõ / typed | StatForm nên nói (vi) | what StatForm should say (en) |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for f in sample["findings"]:
            cell = f["cell"] + (f" → {f['points_at']}" if f.get("points_at") else "")
            typed = f"`{f['typed']}`" if f["typed"] else ""
            row = f["row"] or (f"«{f['label']}»" if f["label"] else "")
            lines.append(f"| {f['code']} | {row} | {cell} | {typed} | {f['vi']} | {f['en']} |")
        lines.append("")
    return "\n".join(lines + [README_END])


def update_readme(readme, key):
    """Replaces the generated answer key between the markers of README.md."""
    if not readme.exists():
        return
    text = readme.read_text(encoding="utf-8")
    begin, end = text.find(README_BEGIN), text.find(README_END)
    if begin < 0 or end < begin:
        raise SystemExit(f"{readme}: the answer-key markers are missing")
    readme.write_text(text[:begin] + answer_key_markdown(key) + text[end + len(README_END):],
                      encoding="utf-8")


def unit_order(name):
    """Pre-schools, primary, lower secondary, then centres, as the office lists them."""
    order = ["Trường Mầm non", "Trường Tiểu học", "Trường TH&THCS", "Trường THCS", "Trường PTDTBT",
             "Trung tâm GDNN", "Trung tâm học tập"]
    return next(i for i, prefix in enumerate(order) if name.startswith(prefix)), name


if __name__ == "__main__":
    main()
