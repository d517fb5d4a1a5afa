#!/usr/bin/env python3
"""statform merge of the bundled samples (samples/), checked against what the
samples are known to hold, independently of StatForm's code:

1. `statform merge --json --force --expected samples/expected-units.txt
   samples/` (13 files, 12 units; `Trường Mầm non Pú Nhung` sent nothing).
2. Expected totals per row key, recomputed here from the generator's own
   record of every report (samples/make_samples.py rebuilds each report from
   its fixed seed, without an office), by the issue's rules: a value with an
   error is left out (negative number, number in words, both figures of a row
   with fewer people than classes), a value with a warning counts ("1.200",
   "12 lớp", "1,5 triệu", 2500 đồng), "-" is a reported 0, an empty cell is
   not reported, a deleted row is not reported, the duplicate counts once,
   groups are the sum of their leaf rows (a typed group figure is never
   added), and the 2022-edition report is mapped onto 2023 by row key (a 2022
   row without a 2023 row goes into its 2023 group only, where the group has
   that column; a column the 2023 row lacks is not merged). The generator's
   record is first checked against the cells of the sample files themselves
   (a small .ods/.xlsx reader here; the two .xls files cannot be read with the
   standard library and are trusted to the generator), so the expectation
   cannot drift from the committed files. Compared with the --json totals and
   with the cached values of the "Tổng hợp" sheet.
3. The "Nguồn dữ liệu" sheet row by row against samples/answer-key.json:
   every file with its unit, edition, status, error and warning counts; the
   duplicate skipped as a duplicate; the unit that did not report listed;
   every finding of the answer key listed with file, sheet, cell and message.
4. Every file in samples/ is byte-identical afterwards (sha256).

    check_merge_samples.py STATFORM_CLI SOURCE_DIR WORK_DIR
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

# Severity of each rule code the answer key names: the rules (errors
# are left out and counted as errors; warnings count; notes are neither).
ERROR_CODES = {"group-sum-mismatch", "people-below-count", "negative-number", "unreadable-value"}
WARNING_CODES = {"money-too-small", "number-as-text", "number-with-unit"}
INFO_CODES = {"template-row-missing", "group-total-reading"}
# Errors that leave out the row's both figures, not only the cell named.
ERRORS_OF_THE_ROW = {"people-below-count"}
GROUP_LEVEL_ERRORS = {"group-sum-mismatch"}  # on a group cell: groups are never added anyway

STATUS_VI = {"merged": "Đã tổng hợp", "merged-with-warnings": "Đã tổng hợp, có cảnh báo",
             "skipped": "Bỏ qua"}

# --------------------------------------------------------------------------
# Small independent readers of .ods and .xlsx (cells as (value, text)).

ODS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
T, O, X = ("{%s}" % ODS[k] for k in ("table", "office", "text"))


def ods_text(cell):
    parts = []
    for p in cell.findall(X + "p"):
        out = []

        def walk(e):
            if e.tag == X + "s":
                out.append(" " * int(e.get(X + "c", "1")))
            elif e.tag == X + "line-break":
                out.append("\n")
            elif e.tag == X + "tab":
                out.append("\t")
            if e.text and e.tag != X + "s":
                out.append(e.text)
            for child in e:
                walk(child)
                if child.tail:
                    out.append(child.tail)
        walk(p)
        parts.append("".join(out))
    return "\n".join(parts)


def read_ods(path):
    """{sheet name: {(row, col): (number or None, text)}}, 0-based."""
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    sheets = {}
    for table in root.iter(T + "table"):
        cells, r = {}, 0
        for row in table.iter(T + "table-row"):
            rows_rep = int(row.get(T + "number-rows-repeated", "1"))
            c = 0
            for cell in row:
                if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                    continue
                cols_rep = int(cell.get(T + "number-columns-repeated", "1"))
                value = cell.get(O + "value")
                text = ods_text(cell)
                if value is not None or text:
                    number = float(value) if value is not None else None
                    for dr in range(min(rows_rep, 2)):
                        for dc in range(min(cols_rep, 64)):
                            cells[(r + dr, c + dc)] = (number, text)
                c += cols_rep
            r += rows_rep
        sheets[table.get(T + "name")] = cells
    return sheets


XLSX = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_xlsx(path):
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(XLSX + "si"):
            shared.append("".join(t.text or "" for t in si.iter(XLSX + "t")))
    rels = {r.get("Id"): r.get("Target") for r in
            ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    sheets = {}
    for sheet in ET.fromstring(z.read("xl/workbook.xml")).iter(XLSX + "sheet"):
        target = rels[sheet.get(REL + "id")].lstrip("/")
        target = target if target.startswith("xl/") else "xl/" + target
        cells = {}
        for c in ET.fromstring(z.read(target)).iter(XLSX + "c"):
            m = re.fullmatch(r"([A-Z]+)(\d+)", c.get("r"))
            kind, v = c.get("t", "n"), c.find(XLSX + "v")
            if kind == "s":
                number, text = None, shared[int(v.text)]
            elif kind == "inlineStr":
                number, text = None, "".join(t.text or "" for t in c.iter(XLSX + "t"))
            elif kind in ("str", "e"):
                number, text = None, v.text if v is not None else ""
            elif v is not None:
                number, text = float(v.text), v.text
            else:
                continue
            cells[(int(m.group(2)) - 1, col_index(m.group(1)))] = (number, text)
        sheets[sheet.get("name")] = cells
    return sheets


def norm(text):
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn" and not ch.isspace()).lower()


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


# --------------------------------------------------------------------------

class Checker:
    def __init__(self):
        self.failures, self.checked = [], 0

    def eq(self, what, want, got):
        self.checked += 1
        same = (want == got) if not (isinstance(want, float) and isinstance(got, float)) \
            else abs(want - got) < 1e-6
        if not same:
            self.failures.append(f"{what}: expected {want!r}, got {got!r}")
        return same

    def true(self, what, condition):
        self.checked += 1
        if not condition:
            self.failures.append(what)
        return condition


def number_of(value):
    return None if value is None else float(value)


def find_rows(cells, edition):
    """Sheet row of each edition row, found by its label in the order of the
    edition (labels repeat, e.g. «Tập thể»); a missing (deleted) row is absent.
    Returns ({key: row}, label column)."""
    by_row = {}
    for (r, c), (_, text) in cells.items():
        if text:
            by_row.setdefault(r, []).append((c, norm(text)))
    found, label_col, after = {}, None, -1
    for row in edition.rows:
        want = norm(row.label)
        for r in sorted(k for k in by_row if k > after):
            hit = next((c for c, t in by_row[r] if t == want), None)
            if hit is not None:
                found[row.key], label_col, after = r, hit, r
                break
    return found, label_col


def main(cli, source_dir, work):
    started = time.monotonic()
    samples_dir = os.path.join(source_dir, "samples")
    sys.dont_write_bytecode = True  # no __pycache__ in samples/
    sys.path.insert(0, samples_dir)
    import make_samples as ms  # the generator's record of every sample (no office needed)
    sf = ms.sf
    check = Checker()
    key = json.load(open(os.path.join(samples_dir, "answer-key.json"), encoding="utf-8"))
    editions = {e: sf.load_edition(e) for e in ("htsd-2023", "htsd-2022")}
    target = editions["htsd-2023"]
    by_unit = {s["unit"]: s for s in key["samples"]}

    # -- the generator's reports, checked against the files' own cells
    reports = {}
    for sample in ms.SAMPLES:
        entry = by_unit[sample.unit.name]
        edition = editions[entry["edition"]]
        report = ms.make_report(sample, edition)
        reports[sample.unit.name] = (report, edition, entry)
        for name in sample.files:
            path = os.path.join(samples_dir, name)
            if name.endswith(".xls"):
                continue  # BIFF: no standard-library reader; the generator's record is used
            sheets = read_ods(path) if name.endswith(".ods") else read_xlsx(path)
            best = max(((find_rows(cells, edition), cells) for cells in sheets.values()),
                       key=lambda x: len(x[0][0]))
            (rows, label_col), cells = best
            for row in edition.rows:
                if row.key in report.deleted_keys:
                    check.true(f"{name}: deleted row {row.code or row.key} is still in the file",
                               row.key not in rows)
                    continue
                if not check.true(f"{name}: row {row.key} «{row.label}» not found in the file",
                                  row.key in rows):
                    continue
                if not row.has_inputs:
                    continue
                for column, offset in ((sf.COUNT, 2), (sf.PEOPLE, 3)):
                    if column not in row.columns:
                        continue
                    number, text = cells.get((rows[row.key], label_col + offset), (None, ""))
                    typed = report.value(row.key, column)
                    if isinstance(typed, sf.Typed):
                        check.eq(f"{name} {row.key} {column} (text in the file)", typed.text, text)
                    elif typed is None:
                        check.eq(f"{name} {row.key} {column} (empty in the file)", "", text)
                    else:
                        check.eq(f"{name} {row.key} {column} (number in the file)", float(typed), number)

    # -- expected totals, by the rules
    leaf_total, group_extra = {}, {}      # (key, column) -> float
    leaf_units, group_units = {}, {}      # key -> set of units
    unmerged = []                          # (unit, 2022 key, column, value)
    target_rows = {r.key: r for r in target.rows}
    for unit, (report, edition, entry) in reports.items():
        excluded = set()
        for f in report.findings:
            if f.code in ERRORS_OF_THE_ROW:
                excluded |= {(f.key, sf.COUNT), (f.key, sf.PEOPLE)}
            elif f.code in ERROR_CODES and f.code not in GROUP_LEVEL_ERRORS:
                excluded.add((f.key, f.column))
        source_rows = {r.key: r for r in edition.rows}
        for (row_key, column), typed in report.cells.items():
            if column == sf.NOTE or row_key in report.deleted_keys:
                continue
            row = source_rows[row_key]
            if not row.has_inputs or column not in row.columns or (row_key, column) in excluded:
                continue  # typed group totals are never added; errors are left out
            value = typed.meant if isinstance(typed, sf.Typed) else typed
            if value is None or value < 0:
                continue
            value = float(value)
            mapped = target_rows.get(row_key)
            if mapped is not None and mapped.has_inputs:
                if column in mapped.columns:
                    leaf_total[(row_key, column)] = leaf_total.get((row_key, column), 0.0) + value
                    leaf_units.setdefault(row_key, set()).add(unit)
                else:
                    unmerged.append((unit, row_key, column, value))
                continue
            group = target_rows.get(row.parent_key)
            if group is not None and group.sums_children and column in group.columns:
                group_extra[(group.key, column)] = group_extra.get((group.key, column), 0.0) + value
                group_units.setdefault(group.key, set()).add(unit)
            else:
                unmerged.append((unit, row_key, column, value))
    expected = {}
    for row in target.rows:
        if row.has_inputs:
            units = leaf_units.get(row.key, set())
            expected[row.key] = {c: leaf_total.get((row.key, c)) for c in (sf.COUNT, sf.PEOPLE)}
        elif row.sums_children:
            children = [r.key for r in target.children(row.key)]
            units = set(group_units.get(row.key, set()))
            for child in children:
                units |= leaf_units.get(child, set())
            expected[row.key] = {}
            for c in (sf.COUNT, sf.PEOPLE):
                parts = [leaf_total.get((k, c)) for k in children] + [group_extra.get((row.key, c))]
                parts = [p for p in parts if p is not None]
                expected[row.key][c] = sum(parts) if parts and c in row.columns else None
        else:
            units = set()
            expected[row.key] = {sf.COUNT: None, sf.PEOPLE: None}
        expected[row.key]["units"] = len(units)

    # -- run the merge
    os.makedirs(work, exist_ok=True)
    names = sorted(os.listdir(samples_dir))
    before = {n: sha(os.path.join(samples_dir, n)) for n in names if os.path.isfile(os.path.join(samples_dir, n))}
    out = os.path.join(work, "tong-hop-samples.ods")
    if os.path.exists(out):
        os.remove(out)
    expected_units = os.path.join(samples_dir, "expected-units.txt")
    command = [cli, "merge", "--out", out, "--json", "--force", "--lang", "vi",
               "--expected", expected_units, samples_dir]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    merged_at = time.monotonic()
    if run.returncode not in (0, 1):
        print(f"FAIL: statform merge exited {run.returncode}\n{run.stderr}")
        return 1
    result = json.loads(run.stdout)

    # -- totals: --json and the summary sheet's cached values
    json_totals = {t["key"]: t for t in result["totals"]}
    check.eq("--json edition", "htsd-2023", result.get("edition"))
    check.eq("--json total rows", [r.key for r in target.rows], [t["key"] for t in result["totals"]])
    out_sheets = read_ods(out)
    for sheet in ("Tổng hợp", "Chi tiết theo đơn vị", "Nguồn dữ liệu"):
        check.true(f"the summary workbook has no sheet «{sheet}»", sheet in out_sheets)
    summary = out_sheets.get("Tổng hợp", {})
    sum_rows, sum_label_col = find_rows(summary, target)
    header = {norm(t): c for (r, c), (_, t) in summary.items()
              if t and sum_rows and r < min(sum_rows.values())}
    cols = {sf.COUNT: header.get(norm(target.data["count_header"])),
            sf.PEOPLE: header.get(norm(target.data["people_header"])),
            "units": header.get(norm("Số đơn vị báo cáo"))}
    check.true(f"«Tổng hợp»: header columns not found: {cols}", None not in cols.values())
    for row in target.rows:
        want = expected[row.key]
        got_json = json_totals.get(row.key, {})
        for c in (sf.COUNT, sf.PEOPLE):
            check.eq(f"--json {row.code or row.key} {row.key} {c}", want[c], number_of(got_json.get(c)))
        check.eq(f"--json {row.code or row.key} {row.key} units_reporting", want["units"],
                 got_json.get("units_reporting"))
        if row.key not in sum_rows or None in cols.values():
            check.true(f"«Tổng hợp»: row {row.key} «{row.label}» not found", False)
            continue
        r = sum_rows[row.key]
        for c in (sf.COUNT, sf.PEOPLE):
            number, text = summary.get((r, cols[c]), (None, ""))
            check.eq(f"«Tổng hợp» {row.code or row.key} {row.key} {c}", want[c], number)
        number, _ = summary.get((r, cols["units"]), (None, ""))
        if not row.has_inputs and not row.sums_children and number is None:
            number = 0.0  # a heading row (4, 7, 9, 11) may leave the count blank
        check.eq(f"«Tổng hợp» {row.code or row.key} {row.key} units reporting", float(want["units"]),
                 number)

    # -- sources: --json and the «Nguồn dữ liệu» sheet against the answer key
    def counts(sample):
        codes = [f["code"] for f in sample["findings"]]
        return (sum(c in ERROR_CODES for c in codes), sum(c in WARNING_CODES for c in codes))

    src = out_sheets.get("Nguồn dữ liệu", {})
    grid = {}
    for (r, c), (_, t) in src.items():
        grid.setdefault(r, {})[c] = t
    head_row = next((r for r in sorted(grid) if "STT" in grid[r].values() and "Trạng thái" in grid[r].values()), None)
    check.true("«Nguồn dữ liệu»: no header row (STT … Trạng thái)", head_row is not None)
    hcol = {t: c for c, t in grid.get(head_row, {}).items()}
    listed = {}
    r = (head_row or 0) + 1
    while head_row is not None and grid.get(r, {}).get(hcol.get("Tệp")):
        line = {name: grid[r].get(c, "") for name, c in hcol.items()}
        listed[os.path.basename(line["Tệp"])] = line
        r += 1
    json_sources = {os.path.basename(s["file"]): s for s in result["sources"]}
    all_files = [f for s in key["samples"] for f in s["files"]]
    check.eq("«Nguồn dữ liệu»: files listed", sorted(all_files), sorted(listed))
    check.eq("--json sources: files", sorted(all_files), sorted(json_sources))
    duplicate_sample = next(s for s in key["samples"] if len(s["files"]) == 2)
    skipped = [f for f in duplicate_sample["files"] if json_sources.get(f, {}).get("status") == "skipped"]
    check.eq(f"exactly one of {duplicate_sample['files']} skipped as a duplicate", 1, len(skipped))
    # The merge's own warnings about a file (a duplicate, a value of an older
    # form with no row in the target) are listed with the findings and
    # counted with the file's warnings.
    def merge_warnings(name):
        return sum(1 for f in result["findings"]
                   if os.path.basename(f["file"]) == name and f["severity"] == "warning"
                   and f["rule"] not in WARNING_CODES and f["rule"] not in ERROR_CODES)

    for sample in key["samples"]:
        errors, validation_warnings = counts(sample)
        for name in sample["files"]:
            js, line = json_sources.get(name), listed.get(name)
            if js is None or line is None:
                continue
            warnings = validation_warnings + merge_warnings(name)
            if name in skipped:
                status = "skipped"
                other = next(f for f in sample["files"] if f != name)
                check.true(f"{name}: skip reason does not say duplicate of «{other}»: {js['reason']!r}",
                           "trùng" in js["reason"] and other in js["reason"])
                check.true(f"«Nguồn dữ liệu» {name}: note does not say duplicate: {line.get('Ghi chú')!r}",
                           "trùng" in line.get("Ghi chú", "") and other in line.get("Ghi chú", ""))
            else:
                status = "merged-with-warnings" if errors or warnings else "merged"
            if name in skipped:
                check.eq(f"{name}: the duplicate warning is counted", 1, merge_warnings(name))
            check.eq(f"--json {name} status", status, js["status"])
            check.eq(f"--json {name} unit", sample["unit"], js["unit"])
            check.eq(f"--json {name} edition", sample["edition"], js["edition"])
            check.eq(f"--json {name} errors, warnings", (errors, warnings), (js["errors"], js["warnings"]))
            check.eq(f"«Nguồn dữ liệu» {name} status", STATUS_VI[status], line.get("Trạng thái"))
            check.eq(f"«Nguồn dữ liệu» {name} unit", sample["unit"], line.get("Đơn vị"))
            check.eq(f"«Nguồn dữ liệu» {name} edition", sample["edition"], line.get("Mẫu"))
            check.eq(f"«Nguồn dữ liệu» {name} errors, warnings", (str(errors), str(warnings)),
                     (line.get("Lỗi"), line.get("Cảnh báo")))
            check.true(f"«Nguồn dữ liệu» {name}: no sheet named", bool(line.get("Trang tính")))

    # expected but missing
    check.eq("--json missing_units", key["not_sent"], result.get("missing_units"))
    missing_head = next((r for r in sorted(grid) if "Đơn vị chưa gửi báo cáo" in grid[r].values()), None)
    missing = []
    r = (missing_head or 0) + 1
    while missing_head is not None and any(grid.get(r, {}).values()):
        missing += [t for t in grid[r].values() if t]
        r += 1
    check.eq("«Nguồn dữ liệu»: units that did not report", key["not_sent"], missing)

    # findings: every line complete; every answer-key finding listed
    find_head = next((r for r in sorted(grid) if r != head_row and "STT" in grid[r].values()
                      and "Nội dung" in grid[r].values()), None)
    check.true("«Nguồn dữ liệu»: no findings table (STT … Nội dung)", find_head is not None)
    fcol = {t: c for c, t in grid.get(find_head, {}).items()}
    lines, r = [], (find_head or 0) + 1
    while find_head is not None and grid.get(r, {}).get(fcol.get("Nội dung")):
        lines.append({name: grid[r].get(c, "") for name, c in fcol.items()})
        r += 1
    check.eq("«Nguồn dữ liệu»: finding lines = --json findings", len(result["findings"]), len(lines))
    for i, line in enumerate(lines, 1):
        missing_unit_line = any(u in line["Nội dung"] for u in key["not_sent"])
        check.true(f"«Nguồn dữ liệu» finding {i} has no file: {line}", bool(line["Tệp"]) or missing_unit_line)
        check.true(f"«Nguồn dữ liệu» finding {i} has no level: {line}", bool(line["Mức"]))
    for sample in key["samples"]:
        name = sample["files"][0]
        for f in sample["findings"]:
            if f["code"].startswith("("):
                continue
            hits = [l for l in lines if os.path.basename(l["Tệp"]) == name and l["Ô"] == f["cell"]
                    and l["Nội dung"]]
            check.true(f"«Nguồn dữ liệu»: no finding line for {name} {f['code']} cell {f['cell'] or '(none)'}",
                       len(hits) == 1)
            for h in hits:
                check.eq(f"«Nguồn dữ liệu» {name} {f['cell']}: sheet", listed.get(name, {}).get("Trang tính"),
                         h["Trang tính"])
                level = "lỗi" if f["code"] in ERROR_CODES else "cảnh báo" if f["code"] in WARNING_CODES else "ghi chú"
                check.eq(f"«Nguồn dữ liệu» {name} {f['cell']}: level", level, h["Mức"])
    # what the answer key's merge notes ask for
    duplicate_lines = [l for l in lines if os.path.basename(l["Tệp"]) in skipped and "trùng" in l["Nội dung"]]
    check.eq("«Nguồn dữ liệu»: one finding line for the duplicate", 1, len(duplicate_lines))
    for unit in key["not_sent"]:
        check.true(f"«Nguồn dữ liệu»: no finding line for {unit}", any(unit in l["Nội dung"] for l in lines))
    for unit, row_key, column, value in unmerged:
        label = editions["htsd-2022"].row(row_key).label
        name = by_unit[unit]["files"][0]
        check.true(f"«Nguồn dữ liệu»: {name}: {row_key} {column} = {value:g} not merged, and no line says so",
                   any(os.path.basename(l["Tệp"]) == name and f"{value:g}" in l["Nội dung"]
                       and (label in l["Nội dung"] or editions["htsd-2022"].row(row_key).code in l["Nội dung"])
                       for l in lines))
    for (group, column), value in group_extra.items():
        row = target_rows[group]
        check.true(f"«Tổng hợp» {row.code}: the part not split into rows ({value:g}) is not noted",
                   any(f"{value:g}" in t for (r, c), (_, t) in summary.items() if r == sum_rows.get(group)))

    # -- sources unchanged
    after = {n: sha(os.path.join(samples_dir, n)) for n in before}
    check.eq("samples/ byte-identical after the merge (changed files)", [],
             [n for n in before if before[n] != after[n]])

    for failure in check.failures:
        print("FAIL:", failure)
    print(f"{check.checked - len(check.failures)} passed, {len(check.failures)} failed "
          f"(merge {merged_at - started:.1f} s, total {time.monotonic() - started:.1f} s)")
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
