"""Realistic unit reports of the Lifelong Learning Week, written as workbooks.

Shared by samples/make_samples.py (the bundled sample workbooks) and
bench/make_workbooks.py (many workbooks for benchmarks). Everything here is
deterministic: figures come from a random.Random the caller seeds, and saved
files get fixed dates, so the same seed gives the same files.

How a workbook is made:
  * figures: `make_report` draws what one school or centre would report,
    row by row, by the kind of unit (a pre-school runs no vocational classes);
    the "mistake" functions then change a report the way people get it wrong;
  * the official form: `TemplateForm` asks the StatForm extension (installed
    in a private office profile) to insert the form, then types the figures
    into its input cells, as a unit does after "Insert statistics template";
  * hand-made tables: `write_retyped_table` and `write_old_form` type a table
    cell by cell, the way units that retype the form do;
  * `save` stores through the office and then pins the dates the office
    stamps on every file, so that files are byte-stable.

Run with Debian's /usr/bin/python3: python3-uno belongs to it. Only one office
is started (`Office`), and it is stopped by its own PID.
"""

import dataclasses
import datetime
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from office_process import property_value, start_office, stop_office  # noqa: E402 (shared with tests/ scripts)

REPO = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = REPO / "extension" / "templates"
PROGRAM_DIR = Path("/usr/lib/libreoffice/program")

COUNT, PEOPLE, NOTE = "count", "people", "note"

# Where the quantity columns sit in the official form (template_insert /
# form_layout): A code, B label, C unit, D count, E people, F note.
FORM_COLUMNS = {COUNT: 3, PEOPLE: 4, NOTE: 5}

FILTERS = {".ods": "calc8", ".xlsx": "Calc MS Excel 2007 XML", ".xls": "MS Excel 97"}


# ---------------------------------------------------------------------------
# The official forms, read from the same JSON files StatForm reads.

@dataclasses.dataclass
class FormRow:
    code: str
    label: str
    unit_text: str
    key: str
    parent_key: str
    is_group: bool
    sums_children: bool
    total_of: str
    # Quantity columns the form shows for it: (), ("count",), ("people",), both.
    # Its unit type's; for a group that sums its rows also theirs ("1." prints
    # "Lớp" and holds the people of its "Lớp/người" rows), except where a
    # "Tổng số người tham gia" row holds that total (2020, 2022).
    columns: tuple
    # "yes", "no" or "either": whether it adds into its group's total (a row
    # printed without a number among numbered ones may be read either way).
    in_group_total: str = "yes"

    @property
    def has_inputs(self):
        """True when a unit types figures into this row (groups that add up do not)."""
        return bool(self.columns) and not self.sums_children and not self.total_of


@dataclasses.dataclass
class Edition:
    id: str
    year: int
    data: dict  # the whole JSON file, for titles and headers
    rows: list

    def row(self, key):
        return next(r for r in self.rows if r.key == key)

    def children(self, key):
        return [r for r in self.rows if r.parent_key == key and not r.total_of]


def load_unit_type_columns():
    with open(TEMPLATES_DIR / "unit-types.json", encoding="utf-8") as f:
        catalogue = json.load(f)
    return {t["id"]: tuple(t["columns"]) for t in catalogue["unit_types"]}


def _in_group_total(row, rows):
    """As the template says, else "either" for a row without a number among
    numbered rows of its group (2023 "Học nghề cho lao động nông thôn")."""
    if "in_group_total" in row:
        return row["in_group_total"]
    parent = row.get("parent_key", "")
    if row.get("code") or not parent or row.get("total_of"):
        return "yes"
    numbered = any(r.get("parent_key") == parent and r.get("code") for r in rows)
    return "either" if numbered else "yes"


def load_edition(edition_id):
    columns = load_unit_type_columns()
    with open(TEMPLATES_DIR / f"{edition_id}.json", encoding="utf-8") as f:
        data = json.load(f)
    parents = {r.get("parent_key", "") for r in data["rows"]}
    rows = [FormRow(code=r.get("code", ""), label=r["label"], unit_text=r.get("unit_text", ""),
                    key=r["key"], parent_key=r.get("parent_key", ""),
                    is_group=r["key"] in parents, sums_children=r.get("sums_children", False),
                    total_of=r.get("total_of", ""),
                    columns=columns.get(r.get("unit_type", ""), ()),
                    in_group_total=_in_group_total(r, data["rows"]))
            for r in data["rows"]]
    for row in rows:
        if not row.sums_children:
            continue
        held = set(row.columns)
        for child in rows:
            if child.parent_key == row.key and not child.total_of:
                held |= set(child.columns)
        if PEOPLE not in row.columns and any(r.total_of == row.key for r in rows):
            held.discard(PEOPLE)
        row.columns = tuple(c for c in (COUNT, PEOPLE) if c in held)
    return Edition(data["id"], data["year"], data, rows)


# ---------------------------------------------------------------------------
# Who reports: schools and centres of Tuần Giáo district (Điện Biên).

DISTRICT = "Tuần Giáo"
PROVINCE = "Điện Biên"

# The communes of Tuần Giáo district, and of neighbouring districts for
# benchmarks that need more units than one district has.
COMMUNES = {
    "Tuần Giáo": ["Thị trấn Tuần Giáo", "Quài Nưa", "Quài Cang", "Quài Tở", "Chiềng Sinh",
                  "Chiềng Đông", "Tỏa Tình", "Tênh Phông", "Pú Nhung", "Rạng Đông", "Ta Ma",
                  "Mường Mùn", "Pú Xi", "Mường Thín", "Nà Tòng", "Mùn Chung", "Nà Sáy",
                  "Phình Sáng", "Mường Khong"],
    "Mường Ảng": ["Thị trấn Mường Ảng", "Ẳng Nưa", "Ẳng Cang", "Ẳng Tở", "Búng Lao",
                  "Xuân Lao", "Mường Đăng", "Ngối Cáy", "Mường Lạn", "Nặm Lịch"],
    "Tủa Chùa": ["Thị trấn Tủa Chùa", "Mường Báng", "Mường Đun", "Sính Phình", "Tả Phìn",
                 "Tả Sìn Thàng", "Trung Thu", "Xá Nhè", "Lao Xả Phình", "Huổi Só", "Sín Chải",
                 "Tủa Thàng"],
    "Mường Chà": ["Thị trấn Mường Chà", "Sa Lông", "Huổi Lèng", "Ma Thì Hồ", "Mường Tùng",
                  "Pa Ham", "Hừa Ngài", "Nậm Nèn", "Huổi Mí", "Na Sang", "Mường Mươn", "Sá Tổng"],
}

# Kinds of unit: how their names start, who signs, and what they report.
UNIT_KINDS = {
    "preschool": ("Trường Mầm non", "HIỆU TRƯỞNG"),
    "primary": ("Trường Tiểu học", "HIỆU TRƯỞNG"),
    "lower_secondary": ("Trường THCS", "HIỆU TRƯỞNG"),
    "boarding_lower_secondary": ("Trường PTDTBT THCS", "HIỆU TRƯỞNG"),
    "primary_lower_secondary": ("Trường TH&THCS", "HIỆU TRƯỞNG"),
    "vocational_centre": ("Trung tâm GDNN-GDTX huyện", "GIÁM ĐỐC"),
    "community_centre": ("Trung tâm học tập cộng đồng xã", "GIÁM ĐỐC"),
}


@dataclasses.dataclass
class Unit:
    name: str   # "Trường Tiểu học số 1 Quài Nưa"
    kind: str   # a key of UNIT_KINDS
    place: str  # for the date line: the commune, or the district town

    @property
    def head_title(self):
        return UNIT_KINDS[self.kind][1]


def commune_place(commune):
    """'Thị trấn Tuần Giáo' is written as is; a commune as 'xã Quài Nưa'."""
    return commune if commune.startswith("Thị trấn") else f"xã {commune}"


def unit_name(kind, commune, number=None):
    prefix = UNIT_KINDS[kind][0]
    if kind == "vocational_centre":
        return f"{prefix} {commune}"  # one per district: the district's name
    if kind == "community_centre":
        if commune.startswith("Thị trấn"):
            return "Trung tâm học tập cộng đồng " + commune[0].lower() + commune[1:]
        return f"{prefix} {commune}"
    place = commune
    return f"{prefix} số {number} {place}" if number else f"{prefix} {place}"


# People who type the reports and sign them (Thái, H'Mông, Khơ Mú and Kinh
# names, as in the district's schools).
SURNAMES_GIVEN = [
    "Lò Thị Hương", "Quàng Văn Thắng", "Lường Thị Mai", "Giàng A Sùng", "Vàng Thị Dợ",
    "Nguyễn Thị Thu Hà", "Trần Văn Hùng", "Cà Văn Tuấn", "Lò Văn Pánh", "Tòng Thị Ánh",
    "Lầu A Chứ", "Phạm Thị Hồng Nhung", "Lê Văn Dũng", "Điêu Thị Lan", "Mùa A Phổng",
    "Hoàng Thị Thanh", "Quàng Thị Xuân", "Bùi Văn Hòa", "Sùng A Dế", "Đỗ Thị Ngọc",
]


# ---------------------------------------------------------------------------
# Figures.

@dataclasses.dataclass(frozen=True)
class Typed:
    """A cell a person typed as text. `meant` is the number they meant (None
    when it cannot be known), used to type consistent totals by hand."""
    text: str
    meant: object = None


@dataclasses.dataclass
class Finding:
    """A mistake put into a report, and what StatForm should say about it."""
    code: str      # StatForm rule code (src/core/rules/validation.hpp)
    key: str       # template row key
    column: str    # COUNT, PEOPLE or NOTE
    typed: str     # what the cell holds
    note_vi: str
    note_en: str
    hint_key: str = ""  # the row StatForm should point at, if any
    cell: str = ""       # filled in when the workbook is written
    hint_cell: str = ""


@dataclasses.dataclass
class Report:
    unit: Unit
    author: str
    head: str                   # who signs
    saved: datetime.datetime    # when the unit saved the file
    cells: dict = dataclasses.field(default_factory=dict)  # (key, column) -> int | Typed | str (note)
    findings: list = dataclasses.field(default_factory=list)
    protect: bool = True        # protect the form again after filling (units that edited it do not)
    deleted_keys: list = dataclasses.field(default_factory=list)
    signature: bool = True      # the "Người lập biểu / Hiệu trưởng" block under the table
    # Whether typed totals count the rows the form lets be read either way
    # (2023 "Học nghề…" in row 1); the inserted form's SUM formulas do.
    either_rows_counted: bool = True

    def value(self, key, column):
        return self.cells.get((key, column))

    def meant(self, key, column):
        """The number a cell stands for: ints as they are, Typed by meaning."""
        v = self.cells.get((key, column))
        if isinstance(v, Typed):
            return v.meant
        return v if isinstance(v, int) else None


# What a kind of unit reports. Each entry: row key -> (probability that the
# row is filled, count range, people per class/event range); for rows of a
# single column only the one range that applies. Money: (probability, lowest,
# highest, step) in đồng. Ranges are inclusive.
PROFILES = {
    "preschool": {
        "classes.teacher_training": (0.85, (1, 2), (12, 25)),
        "classes.life_skills": (0.4, (2, 6), (18, 30)),
        "news_items": (0.8, (1, 4)),
        "publications": (0.7, (4, 30)),
        "book_donation.collectives": (0.5, (1, 3)),
        "book_donation.individuals": (0.6, (10, 60)),
        "book_donation.books": (0.6, (40, 300)),
        "contests.book_exhibitions": (0.5, (1, 1)),
        "contests.about_books": (0.4, (1, 2), (20, 80)),
        "activities.arts": (0.6, (1, 2), (40, 150)),
        "activities.sports": (0.4, (1, 2), (40, 120)),
        "activities.lifelong_learning_sessions": (0.5, (1, 2), (15, 30)),
        "opening_ceremony.schools": (0.9, (1, 1)),
        "seminars": (0.3, (1, 1)),
        "awards.individuals": (0.15, (1, 3)),
        "funding.state_budget": (0.7, 500_000, 3_000_000, 100_000),
        "funding.other_sources": (0.4, 300_000, 2_000_000, 50_000),
    },
    "primary": {
        "classes.civil_servants_it": (0.2, (1, 1), (10, 25)),
        "classes.teacher_training": (0.8, (1, 3), (15, 30)),
        "classes.life_skills": (0.8, (3, 10), (25, 35)),
        "news_items": (0.9, (2, 6)),
        "publications": (0.8, (10, 60)),
        "book_donation.collectives": (0.7, (2, 15)),
        "book_donation.individuals": (0.8, (30, 300)),
        "book_donation.books": (0.8, (150, 1500)),
        "contests.book_fairs": (0.2, (1, 1)),
        "contests.book_exhibitions": (0.6, (1, 2)),
        "contests.local_history": (0.2, (1, 1), (30, 100)),
        "contests.about_books": (0.7, (1, 3), (40, 150)),
        "activities.sports": (0.6, (1, 3), (50, 150)),
        "activities.arts": (0.7, (1, 2), (60, 180)),
        "activities.museum_visits": (0.15, (1, 1), (30, 80)),
        "activities.lifelong_learning_sessions": (0.6, (1, 2), (20, 40)),
        "opening_ceremony.schools": (0.95, (1, 1)),
        "seminars": (0.4, (1, 2)),
        "awards.collectives": (0.3, (1, 3)),
        "awards.individuals": (0.3, (2, 10)),
        "funding.state_budget": (0.8, 1_000_000, 5_000_000, 100_000),
        "funding.other_sources": (0.5, 500_000, 3_000_000, 50_000),
    },
    "lower_secondary": {
        "classes.civil_servants_it": (0.3, (1, 1), (15, 35)),
        "classes.teacher_training": (0.8, (1, 3), (15, 35)),
        "classes.life_skills": (0.8, (4, 10), (25, 40)),
        "classes.science_law": (0.3, (1, 2), (30, 80)),
        "classes.universal_lower_secondary": (0.3, (1, 2), (15, 30)),
        "news_items": (0.9, (2, 6)),
        "publications": (0.8, (10, 80)),
        "book_donation.collectives": (0.6, (2, 12)),
        "book_donation.individuals": (0.7, (30, 250)),
        "book_donation.books": (0.7, (150, 1200)),
        "contests.book_exhibitions": (0.6, (1, 2)),
        "contests.local_history": (0.6, (1, 2), (40, 150)),
        "contests.about_books": (0.6, (1, 2), (40, 150)),
        "activities.sports": (0.7, (1, 3), (60, 200)),
        "activities.arts": (0.6, (1, 2), (60, 200)),
        "activities.museum_visits": (0.4, (1, 1), (30, 90)),
        "activities.lifelong_learning_sessions": (0.6, (1, 2), (20, 45)),
        "opening_ceremony.schools": (0.95, (1, 1)),
        "seminars": (0.5, (1, 2)),
        "awards.collectives": (0.3, (1, 3)),
        "awards.individuals": (0.4, (2, 12)),
        "funding.state_budget": (0.8, 1_000_000, 6_000_000, 100_000),
        "funding.other_sources": (0.5, 500_000, 3_000_000, 50_000),
    },
    "vocational_centre": {
        "classes.civil_servants_professional": (0.5, (1, 2), (25, 45)),
        "classes.civil_servants_foreign_language": (0.5, (1, 2), (20, 35)),
        "classes.civil_servants_it": (0.8, (1, 3), (20, 35)),
        "classes.worker_skills": (0.4, (1, 2), (20, 35)),
        "classes.rural_vocational": (0.9, (2, 6), (20, 35)),
        "classes.education_level_upgrade": (0.6, (1, 3), (20, 40)),
        "classes.science_law": (0.5, (1, 3), (30, 60)),
        "classes.teacher_training": (0.3, (1, 1), (20, 40)),
        "classes.community_centre_staff": (0.8, (1, 2), (19, 38)),
        "classes.universal_lower_secondary": (0.6, (1, 3), (15, 30)),
        "classes.literacy": (0.7, (1, 4), (15, 30)),
        "classes.other": (0.4, (1, 2), (20, 40)),
        "news_items": (0.9, (3, 8)),
        "publications": (0.9, (50, 300)),
        "book_donation.collectives": (0.4, (1, 5)),
        "book_donation.individuals": (0.4, (10, 80)),
        "book_donation.books": (0.4, (100, 600)),
        "activities.lifelong_learning_sessions": (0.7, (1, 3), (30, 80)),
        "opening_ceremony.schools": (0.9, (1, 1)),
        "seminars": (0.7, (1, 2)),
        "awards.collectives": (0.5, (1, 4)),
        "awards.individuals": (0.5, (2, 10)),
        "funding.state_budget": (0.9, 5_000_000, 20_000_000, 500_000),
        "funding.other_sources": (0.6, 2_000_000, 10_000_000, 500_000),
    },
    "community_centre": {
        "classes.science_law": (0.9, (2, 6), (30, 60)),
        "classes.rural_vocational": (0.5, (1, 2), (20, 35)),
        "classes.literacy": (0.6, (1, 3), (12, 30)),
        "classes.universal_lower_secondary": (0.3, (1, 2), (12, 25)),
        "classes.life_skills": (0.3, (1, 2), (20, 40)),
        "classes.other": (0.4, (1, 2), (20, 40)),
        "news_items": (0.7, (1, 3)),
        "publications": (0.8, (5, 40)),
        "contests.book_exhibitions": (0.3, (1, 1)),
        "activities.arts": (0.7, (1, 3), (60, 130)),
        "activities.sports": (0.7, (1, 3), (60, 130)),
        "activities.lifelong_learning_sessions": (0.8, (1, 3), (30, 100)),
        "opening_ceremony.schools": (0.5, (1, 1)),
        "seminars": (0.4, (1, 1)),
        "funding.state_budget": (0.6, 500_000, 2_000_000, 100_000),
        "funding.other_sources": (0.5, 500_000, 3_000_000, 100_000),
    },
}
# Schools for two age ranges report like both; boarding schools like lower secondary.
PROFILES["boarding_lower_secondary"] = PROFILES["lower_secondary"]
PROFILES["primary_lower_secondary"] = {**PROFILES["primary"], **PROFILES["lower_secondary"]}

# Rows a unit that writes explicit zeros fills with 0 rather than leaving empty.
ZERO_ROWS = ["seminars", "awards.collectives", "awards.individuals", "funding.other_sources",
             "contests.book_fairs", "activities.museum_visits", "book_donation.collectives"]

NOTES = {
    "book_donation.books": ["Sách giáo khoa cũ, truyện thiếu nhi", "Tặng thư viện bản", "Sách tham khảo"],
    "activities.arts": ["Văn nghệ chào mừng Lễ khai mạc", "Giao lưu văn nghệ với bản"],
    "activities.sports": ["Kéo co, nhảy bao bố, ném còn", "Bóng đá, bóng chuyền hơi"],
    "funding.other_sources": ["Ban đại diện cha mẹ học sinh hỗ trợ", "Xã hội hóa",
                              "Hội Khuyến học xã hỗ trợ"],
    "classes.literacy": ["Lớp xóa mù chữ mức độ 1 tại bản", "Mở tại điểm bản"],
    "classes.science_law": ["Kỹ thuật trồng cà phê, chăn nuôi", "Phối hợp Trạm khuyến nông"],
    "publications": ["Băng rôn, khẩu hiệu, tờ rơi"],
}
OTHER_NOTES = {
    "community_centre": ["Tuyên truyền trên loa phát thanh xã 5 buổi",
                         "Phối hợp Hội Khuyến học xã tuyên dương gia đình học tập"],
    "vocational_centre": ["Tư vấn tuyển sinh, hướng nghiệp cho 120 học sinh lớp 9"],
    "school": ["Treo 02 băng rôn tại cổng trường", "Ra mắt tủ sách lớp học thân thiện"],
}


def _draw(rng, spec):
    """One row's figures from its PROFILES entry: {column: value}."""
    if len(spec) == 4:  # money
        _, low, high, step = spec
        return {COUNT: rng.randrange(low, high + 1, step)}
    if len(spec) == 3:
        _, count_range, per_range = spec
        count = rng.randint(*count_range)
        # 10-400 people a row: what a school or a commune centre really gathers.
        people = max(10, min(400, count * rng.randint(*per_range)))
        return {COUNT: count, PEOPLE: max(people, count)}
    return {None: rng.randint(*spec[1])}  # one column: which one depends on the row


def make_report(rng, unit, edition, saved, author=None, head=None, zeros=None, notes=True):
    """Draws a realistic, mistake-free report of `unit` on `edition`'s rows.

    Rows the unit did not do stay empty (not reported); a unit that writes
    zeros (`zeros`, drawn when None) puts 0 in a few of them instead."""
    author = author or rng.choice(SURNAMES_GIVEN)
    head = head or rng.choice([n for n in SURNAMES_GIVEN if n != author])
    report = Report(unit=unit, author=author, head=head, saved=saved)
    profile = PROFILES[unit.kind]
    rows = {r.key: r for r in edition.rows}
    for key, spec in profile.items():
        if key not in rows or rng.random() >= spec[0]:
            continue
        for column, value in _draw(rng, spec).items():
            column = column or rows[key].columns[0]
            report.cells[(key, column)] = value
    if zeros is None:
        zeros = rng.random() < 0.35
    if zeros:
        for key in ZERO_ROWS:
            if key in rows and not any(k == key for k, _ in report.cells):
                for column in rows[key].columns:
                    report.cells[(key, column)] = 0
    if notes:
        for key, texts in NOTES.items():
            if any(k == key and v for (k, _), v in report.cells.items()) and rng.random() < 0.3:
                report.cells[(key, NOTE)] = rng.choice(texts)
        kind = unit.kind if unit.kind in OTHER_NOTES else "school"
        if rng.random() < 0.4:
            report.cells[("other", NOTE)] = rng.choice(OTHER_NOTES[kind])
    return report


def filled_keys(report, column, keys):
    return [k for k in keys if isinstance(report.value(k, column), int) and report.value(k, column) > 0]


# ---------------------------------------------------------------------------
# Mistakes, each the way a person makes it. Each changes `report` and
# records what StatForm should say.

def _pair_rows(edition):
    return [r.key for r in edition.rows if r.has_inputs and r.columns == (COUNT, PEOPLE)
            and r.key.startswith("classes.")]


def _ensure_pair(rng, report, key, count_range=(3, 8), per=(20, 35)):
    if not isinstance(report.value(key, COUNT), int) or report.value(key, COUNT) < 3:
        count = rng.randint(*count_range)
        report.cells[(key, COUNT)] = count
        report.cells[(key, PEOPLE)] = min(400, count * rng.randint(*per))


def fewer_people_than_classes(rng, report, edition, key=None):
    """People typed in place of something else: 8 classes, 5 people."""
    candidates = [k for k in _pair_rows(edition) if (report.meant(k, COUNT) or 0) >= 3]
    key = key or (rng.choice(candidates) if candidates else "classes.life_skills")
    _ensure_pair(rng, report, key)
    count = report.value(key, COUNT)
    people = count - rng.randint(1, min(3, count - 1))  # close to the count: easy to miss
    report.cells[(key, PEOPLE)] = people
    report.findings.append(Finding(
        "people-below-count", key, PEOPLE, str(people),
        f"{people} người cho {count} lớp: số người ít hơn số lớp.",
        f"{people} people for {count} classes: fewer people than classes."))
    return report


def group_total_leaves_out_a_row(rng, report, edition, group="classes"):
    """The unit unprotected the sheet and typed the group total itself,
    forgetting one row: the total is short by exactly that row's classes."""
    children = [r.key for r in edition.children(group)]
    filled = filled_keys(report, COUNT, children)
    while len(filled) < 2:  # needs at least two rows for one to be forgotten
        key = rng.choice([k for k in _pair_rows(edition) if k not in filled])
        _ensure_pair(rng, report, key, (1, 3))
        filled = filled_keys(report, COUNT, children)
    # The forgotten row's figure must be unique among the rows, or no single
    # cell explains the difference and StatForm rightly names none.
    values = [report.value(k, COUNT) for k in filled]
    # A row the form lets be read either way ("Học nghề…") is no mistake to forget.
    unique = [k for k in filled if values.count(report.value(k, COUNT)) == 1
              and edition.row(k).in_group_total != "either"]
    if not unique:
        bumped = next(k for k in reversed(filled) if edition.row(k).in_group_total != "either")
        report.cells[(bumped, COUNT)] = max(values) + 1
        report.cells[(bumped, PEOPLE)] = min(400, (max(values) + 1) * rng.randint(20, 30))
        unique = [bumped]
    left_out = rng.choice(unique)
    total = sum(report.meant(k, COUNT) or 0 for k in children) - report.value(left_out, COUNT)
    report.cells[(group, COUNT)] = total
    report.protect = False
    report.findings.append(Finding(
        "group-sum-mismatch", group, COUNT, str(total),
        f"Dòng tổng {edition.row(group).code} được gõ tay là {total} thay cho công thức SUM; "
        f"thiếu dòng {edition.row(left_out).code} ({report.value(left_out, COUNT)} lớp). "
        f"StatForm nên chỉ ra ô của dòng {edition.row(left_out).code} (gợi ý «chưa cộng dòng»).",
        f"Total row {edition.row(group).code} was typed as {total} over the SUM formula, leaving out "
        f"row {edition.row(left_out).code} ({report.value(left_out, COUNT)} classes). StatForm should "
        f"name the cell of row {edition.row(left_out).code} (the 'leaves out row' hint)."))
    report.findings[-1].hint_key = left_out
    return report


def negative_number(rng, report, edition, key="publications"):
    """A stray minus sign: '-150' leaflets."""
    value = report.meant(key, COUNT) or rng.randint(50, 300)
    report.cells[(key, COUNT)] = -value
    report.findings.append(Finding(
        "negative-number", key, COUNT, str(-value),
        f"Số âm {-value} (thừa dấu trừ).", f"Negative figure {-value} (a stray minus sign)."))
    return report


def word_for_number(rng, report, edition, key="news_items"):
    """'mười' (ten) typed in words in a count cell."""
    report.cells[(key, COUNT)] = Typed("mười", None)
    report.findings.append(Finding(
        "unreadable-value", key, COUNT, "mười",
        "Số «mười» viết bằng chữ: không đọc được thành số, không được cộng.",
        "'mười' (ten) written in words: not a number, not counted."))
    return report


def money_in_thousands(rng, report, edition):
    """Funding typed in thousands of đồng: 2500 for 2.500.000 đồng."""
    report.cells[("funding.state_budget", COUNT)] = 2500
    report.cells[("funding.other_sources", COUNT)] = 500
    report.findings.append(Finding(
        "money-too-small", "funding.other_sources", COUNT, "500",
        "500 đồng: ghi theo nghìn đồng (ý là 500.000 đ); dưới ngưỡng min_money_value nên bị cảnh báo.",
        "500 đồng: typed in thousands (meant 500.000 đ); below min_money_value, so it is flagged."))
    report.findings.append(Finding(
        "money-too-small", "funding.state_budget", COUNT, "2500",
        "2500 đồng: ghi theo nghìn đồng (ý là 2.500.000 đ); dưới ngưỡng min_money_value nên bị cảnh báo.",
        "2500 đồng: typed in thousands (meant 2.500.000 đ); below min_money_value, so it is flagged."))
    return report


# Value-level mistakes that keep the form's layout (usable on a reused form).
VALUE_MISTAKES = {
    "people-below-count": fewer_people_than_classes,
    "group-sum-mismatch": group_total_leaves_out_a_row,
    "negative-number": negative_number,
    "unreadable-value": word_for_number,
    "money-too-small": money_in_thousands,
}


# ---------------------------------------------------------------------------
# The office: one headless soffice with a private profile and the extension.

def find_extension_files(build_dir=None):
    """The .oxt and StatForm's own type library, from a build tree (or the
    environment variables the statform CLI reads)."""
    build = Path(build_dir) if build_dir else REPO / "build"
    oxt = Path(os.environ.get("STATFORM_OXT", build / "statform.oxt"))
    rdb = Path(os.environ.get("STATFORM_TYPES_RDB", build / "idl" / "statform.rdb"))
    for path in (oxt, rdb):
        if not path.is_file():
            raise SystemExit(f"{path} not found: build the extension first "
                             f"(cmake --build BUILD --target statform_oxt) and pass --build BUILD")
    return oxt, rdb


class Office:
    """A headless office of our own. Use as a context manager:

        with Office(oxt, rdb) as office: ...

    The extension is installed into a fresh private profile; the office is
    started once and stopped by the PID we started (never by name)."""

    def __init__(self, oxt, types_rdb):
        self._work = Path(tempfile.mkdtemp(prefix="statform_samples_"))
        # Snapshot the build's files: someone may rebuild them while we run.
        self.oxt = self._work / "statform.oxt"
        self.types_rdb = self._work / "statform.rdb"
        shutil.copyfile(oxt, self.oxt)
        shutil.copyfile(types_rdb, self.types_rdb)
        self.process = None
        self.desktop = None
        self.uno = None

    def __enter__(self):
        try:
            self._start()
        except BaseException:
            self._stop()
            raise
        return self

    def __exit__(self, *exc):
        self._stop()

    def _env_args(self):
        return [f"-env:UserInstallation=file://{self._work}/profile",
                f"-env:UNO_SHARED_PACKAGES_CACHE=file://{self._work}/shared"]

    def _start(self):
        subprocess.run([str(PROGRAM_DIR / "unopkg"), "add", "--shared", "--suppress-license",
                        *self._env_args(), str(self.oxt)],
                       check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The client side of the bridge must know StatForm's own types, or the
        # bridge drops when insertTemplate returns its InsertResult. The
        # variable is read when uno is first imported.
        os.environ["UNO_TYPES"] = " ".join(
            "file://" + str(p) for p in (PROGRAM_DIR / "types.rdb",
                                         PROGRAM_DIR / "types" / "offapi.rdb", self.types_rdb))
        import uno  # noqa: E402 (must follow UNO_TYPES)
        self.uno = uno
        pipe = f"statform_samples_{os.getpid()}"
        command = [str(PROGRAM_DIR / "soffice.bin"), "--headless", "--invisible", "--norestore",
                   "--nologo", "--nodefault", "--nolockcheck", *self._env_args(),
                   f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"]
        # STATFORM_OFFICE_PRELOAD (as for the statform CLI,
        # src/office/office_session.cpp): a component built with
        # AddressSanitizer needs the ASan runtime preloaded into the
        # uninstrumented soffice.bin (scripts/test-component-asan.sh). Through
        # the dynamic loader, not LD_PRELOAD, so that only the office gets it
        # (gpgconf, which the office runs, hangs under ASan).
        # STATFORM_OFFICE_OUTPUT: where its stdout and stderr go (UBSan's
        # reports), appended to; otherwise nowhere.
        if os.environ.get("STATFORM_OFFICE_PRELOAD"):
            command = ["/lib64/ld-linux-x86-64.so.2", "--preload",
                       os.environ["STATFORM_OFFICE_PRELOAD"], *command]
        output = subprocess.DEVNULL
        if os.environ.get("STATFORM_OFFICE_OUTPUT"):
            output = open(os.environ["STATFORM_OFFICE_OUTPUT"], "ab")  # noqa: SIM115
        try:
            self.process, self.context = start_office(uno, command, pipe, output)
        finally:
            if output is not subprocess.DEVNULL:
                output.close()  # the office has its own copy
        manager = self.context.ServiceManager
        self.desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", self.context)
        self.statform = manager.createInstanceWithContext("org.statform.StatForm", self.context)
        if self.statform is None:
            raise RuntimeError("the StatForm service is not available: was the .oxt installed?")

    def _stop(self):
        if self.process is not None:
            stop_office(self.process, self.desktop)
        shutil.rmtree(self._work, ignore_errors=True)

    # -- small helpers over the API

    def prop(self, name, value):
        return property_value(name, value)

    def named(self, **values):
        from com.sun.star.beans import NamedValue
        out = []
        for name, value in values.items():
            v = NamedValue()
            v.Name, v.Value = name, value
            out.append(v)
        return tuple(out)

    def new_calc_document(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                 (self.prop("Hidden", True),))


def uno_datetime(when):
    from com.sun.star.util import DateTime
    d = DateTime()
    d.Year, d.Month, d.Day = when.year, when.month, when.day
    d.Hours, d.Minutes, d.Seconds = when.hour, when.minute, when.second
    return d


UNIT_MARK, PLACE_MARK = "\u27e6unit\u27e7", "\u27e6place\u27e7"  # ⟦unit⟧, ⟦place⟧


def fill_title_text(text, report):
    """A title-block text of the inserted form with the unit's name, place and
    date typed in: '⟦place⟧, ngày …… tháng …… năm 2023' -> 'Quài Nưa, ngày 12 tháng 10 năm 2023'."""
    d = report.saved
    text = text.replace(UNIT_MARK, report.unit.name).replace(PLACE_MARK, report.unit.place)
    return re.sub(r"ngày\s*…+\s*tháng\s*…+", f"ngày {d.day:02d} tháng {d.month:02d}", text)


def date_line(report):
    d = report.saved
    return f"{report.unit.place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def set_document_properties(document, report, edition_id=None):
    """Who made the file and when, as the unit's office would record it."""
    props = document.DocumentProperties
    props.Author = report.author
    # Made two days before it was saved, in office hours.
    created = (report.saved - datetime.timedelta(days=2)).replace(hour=7 + report.saved.hour % 4)
    props.CreationDate = uno_datetime(created)
    props.ModificationDate = uno_datetime(report.saved)
    if edition_id:  # a form inserted by StatForm records its unit
        user = props.UserDefinedProperties
        if user.getPropertySetInfo().hasPropertyByName("StatFormUnit"):
            user.setPropertyValue("StatFormUnit", report.unit.name)


def resolve_cells(report, layout):
    """Puts the cell addresses of the written workbook into the report's findings."""
    for finding in report.findings:
        if finding.key in layout.rows:
            finding.cell = layout.cell(finding.key, finding.column) if finding.column else ""
        if finding.hint_key in layout.rows:
            finding.hint_cell = layout.cell(finding.hint_key, finding.column)


def column_letter(col):
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_name(row, col):
    return f"{column_letter(col)}{row + 1}"


# ---------------------------------------------------------------------------
# Writing the official form (inserted by StatForm) and filling it.

class TemplateForm:
    """A hidden document holding the official form, inserted by the StatForm
    service. `fill` types one report into it (resetting what an earlier fill
    typed), so benchmarks reuse one document for many files."""

    def __init__(self, office, edition):
        self.office, self.edition = office, edition
        self.document = office.new_calc_document()
        sheet_name = f"Thống kê HTSĐ {edition.year}"  # what Calc in Vietnamese names it
        # Markers for the unit's name and place: found again below wherever the
        # form prints them, so filling does not depend on the title block's layout.
        result = office.statform.insertTemplate(
            self.document, edition.id,
            office.named(UnitName=UNIT_MARK, Place=PLACE_MARK, Level="school", SheetName=sheet_name))
        sheets = self.document.Sheets
        for name in sheets.ElementNames:  # a new workbook's empty "Sheet1"
            if name != result.SheetName:
                sheets.removeByName(name)
        self.sheet = sheets.getByName(result.SheetName)
        self.block = self.sheet.getCellRangeByName(result.RangeAddress)
        self.pristine = self.block.getFormulaArray()
        self.first_row = self.block.RangeAddress.StartRow
        self.marked = [(r, c, text) for r, row in enumerate(self.pristine)
                       for c, text in enumerate(row) if UNIT_MARK in text or PLACE_MARK in text]
        self.rows = self._locate_rows()
        self.reusable = True
        # Nobody will undo our typing; without this, refilling one document for
        # hundreds of files grows its undo stack and slows every fill.
        self.document.UndoManager.lock()
        self._signature_formatted = False

    def _locate_rows(self):
        """key -> sheet row, by the labels the form printed in column B, in order."""
        labels = [row[1] for row in self.pristine]
        rows, at = {}, 0
        for form_row in self.edition.rows:
            at = labels.index(form_row.label, at)
            rows[form_row.key] = self.first_row + at
            at += 1
        return rows

    def cell(self, key, column):
        return cell_name(self.rows[key], FORM_COLUMNS[column])

    def fill(self, report):
        if not self.reusable:
            raise RuntimeError("this form had rows deleted: make a new TemplateForm")
        values = [list(row) for row in self.pristine]
        for r, c, text in self.marked:
            values[r][c] = fill_title_text(text, report)
        texts = []
        for (key, column), value in report.cells.items():
            r, c = self.rows[key] - self.first_row, FORM_COLUMNS[column]
            if isinstance(value, Typed):
                texts.append((r, c, value.text))  # typed text: set as a string, never parsed
                values[r][c] = ""
            elif column == NOTE:
                texts.append((r, c, value))
                values[r][c] = ""
            else:
                values[r][c] = str(value)
        self.sheet.unprotect("")
        self.block.setFormulaArray(tuple(tuple(row) for row in values))
        for r, c, text in texts:
            self.sheet.getCellByPosition(c, self.first_row + r).setString(text)
        self._write_signature(report)
        for key in report.deleted_keys:
            self._delete_row(key)
        set_document_properties(self.document, report, self.edition.id)
        if report.protect:
            self.sheet.protect("")
        resolve_cells(report, self)

    def _write_signature(self, report):
        """The signature block under the table, or nothing (cleared for reuse)."""
        top = self.block.RangeAddress.EndRow + 2
        area = self.sheet.getCellRangeByPosition(0, top, 5, top + 5)
        area.clearContents(1 | 2 | 4 | 16)  # VALUE | DATETIME | STRING | FORMULA
        if not report.signature:
            return
        lines = [("NGƯỜI LẬP BIỂU", report.unit.head_title),
                 ("(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"),
                 ("", ""), ("", ""), ("", ""),
                 (report.author, report.head)]
        area.setDataArray(tuple(("", left, "", right, "", "") for left, right in lines))
        if not self._signature_formatted:  # formats outlive clearContents: once per document
            self._format_signature(top)
            self._signature_formatted = True

    def _format_signature(self, top):
        from com.sun.star.table.CellHoriJustify import CENTER
        first_label = self.rows[self.edition.rows[0].key]
        label = self.sheet.getCellByPosition(1, first_label)  # the form's own font
        block = self.sheet.getCellRangeByPosition(0, top, 5, top + 5)
        block.CharFontName, block.CharHeight = label.CharFontName, label.CharHeight
        for offset, bold, italic in ((0, True, False), (1, False, True), (5, True, False)):
            for first, last in ((1, 1), (3, 5)):
                cells = self.sheet.getCellRangeByPosition(first, top + offset, last, top + offset)
                cells.CharWeight = 150.0 if bold else 100.0
                cells.CharPosture = uno_italic(italic)
                cells.HoriJustify = CENTER
            self.sheet.getCellRangeByPosition(3, top + offset, 5, top + offset).merge(True)
        # The form's print area ends with the table; a unit that signs below it
        # widens it, or the signatures do not print.
        area = self.sheet.getCellRangeByPosition(0, 0, 5, top + 5).RangeAddress
        if self.sheet.getPrintAreas():
            area.StartRow = self.sheet.getPrintAreas()[0].StartRow
        self.sheet.setPrintAreas((area,))

    def _delete_row(self, key):
        """A unit that deletes a row it has nothing for (the sheet stays unprotected)."""
        row = self.rows.pop(key)
        self.sheet.Rows.removeByIndex(row, 1)
        self.rows = {k: (r - 1 if r > row else r) for k, r in self.rows.items()}
        self.reusable = False

    def close(self):
        self.document.close(True)


def uno_italic(italic):
    import uno
    return uno.Enum("com.sun.star.awt.FontSlant", "ITALIC" if italic else "NONE")


# ---------------------------------------------------------------------------
# Tables typed by hand.

def strip_diacritics(text):
    """'Bồi dưỡng' -> 'Boi duong': how a table typed without a Vietnamese keyboard reads."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def break_line(text, width):
    """Alt+Enter in a long label: one line break near `width` characters."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    return text if cut < 0 else text[:cut] + "\n" + text[cut + 1:]


def typed_totals(report, edition):
    """Group totals a person types by hand: the sum of what the rows below
    mean, in every column the group holds; rows the form lets be read either
    way are added as the unit reads them (report.either_rows_counted)."""
    totals = {}
    for row in edition.rows:
        if not (row.sums_children or row.total_of):
            continue
        children = [c for c in edition.children(row.total_of or row.key)
                    if c.in_group_total == "yes"
                    or (c.in_group_total == "either" and report.either_rows_counted)]
        columns = (PEOPLE,) if row.total_of else row.columns
        for column in columns:
            parts = [report.meant(c.key, column) for c in children]
            if any(p is not None for p in parts):
                totals[(row.key, column)] = sum(p or 0 for p in parts)
    return totals


class HandTable:
    """Where a hand-typed table put each row, for the answer key."""

    def __init__(self, rows, count_col, people_col, note_col):
        self.rows, self.columns = rows, {COUNT: count_col, PEOPLE: people_col, NOTE: note_col}

    def cell(self, key, column):
        return cell_name(self.rows[key], self.columns[column])


def _hand_row_values(report, edition, row, totals):
    """count, people, note of one row as typed: numbers, typed text or ''."""
    out = []
    for column in (COUNT, PEOPLE):
        value = totals.get((row.key, column), report.value(row.key, column))
        if column not in row.columns and not totals.get((row.key, column)):
            value = None
        out.append("" if value is None else (value.text if isinstance(value, Typed) else float(value)))
    out.append(report.value(row.key, NOTE) or "")
    return out


def _borders(cells):
    from com.sun.star.table import BorderLine2
    line = BorderLine2()
    line.OuterLineWidth = 18
    border = cells.TableBorder2
    for side in ("TopLine", "BottomLine", "LeftLine", "RightLine", "HorizontalLine", "VerticalLine"):
        setattr(border, side, line)
        setattr(border, "Is" + side + "Valid", True)
    cells.TableBorder2 = border


def _widths(sheet, first_col, widths):
    for i, width in enumerate(widths):
        sheet.Columns.getByIndex(first_col + i).Width = width


def write_retyped_table(office, report, edition):
    """The form retyped from a printout on a computer without a Vietnamese
    keyboard: no diacritics, no title block, the table starting at C5, one
    header row, long labels broken with Alt+Enter, totals typed as numbers."""
    document = office.new_calc_document()
    sheet = document.Sheets.getByIndex(0)
    sheet.Name = "Sheet1"
    top, left = 4, 2  # C5
    header = ["TT", "Noi dung cac hoat dong", "Don vi", "So lop/\nso cuoc thi", "Nguoi", "Ghi chu"]
    totals = typed_totals(report, edition)
    body, rows = [], {}
    for i, row in enumerate(edition.rows):
        rows[row.key] = top + 1 + i
        label = break_line(strip_diacritics(row.label), 48)
        count, people, note = _hand_row_values(report, edition, row, totals)
        body.append([row.code, label, strip_diacritics(row.unit_text), count, people,
                     strip_diacritics(note)])
    _widths(sheet, left, [1000, 8000, 2200, 2000, 1600, 3000])
    table = sheet.getCellRangeByPosition(left, top, left + 5, top + len(body))
    table.setDataArray(tuple(tuple(r) for r in [header] + body))
    table.IsTextWrapped = True
    table.CharHeight = 11.0
    table.VertJustify = uno_enum("com.sun.star.table.CellVertJustify", "CENTER")
    sheet.getCellRangeByPosition(left, top, left + 5, top).CharWeight = 150.0
    _borders(table)
    _finish_hand_sheet(document, sheet, top, top + len(body))
    for text_cell in _text_number_cells(report, edition, rows, left + 3):
        text_cell(sheet)
    set_document_properties(document, report)
    layout = HandTable(rows, left + 3, left + 4, left + 5)
    resolve_cells(report, layout)
    return document, layout


def form_header_rows(data):
    """The table's two header rows as the form prints them (A:F; merged by the caller)."""
    return [[data["code_header"], data["label_header"], data["unit_header"],
             data["quantity_header"], "", data["note_header"]],
            ["", "", "", data["count_header"], data["people_header"], ""]]


def write_old_form(office, report, edition):
    """Last year's form (the 2022 edition) reused for this year's report:
    the title block typed by the unit, the two-row header merged as printed,
    a few labels broken by hand, totals typed as numbers."""
    document = office.new_calc_document()
    sheet = document.Sheets.getByIndex(0)
    sheet.Name = "Biểu mẫu"
    data = edition.data
    title = [
        ["PHÒNG GD&ĐT HUYỆN TUẦN GIÁO", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "", ""],
        [report.unit.name.upper(), "", "Độc lập - Tự do - Hạnh phúc", "", "", ""],
        ["", "", date_line(report), "", "", ""],
        [data["title"], "", "", "", "", ""],
        [data["subtitle"], "", "", "", "", ""],
        ["", "", "", "", "", ""],
        *form_header_rows(data),
    ]
    _widths(sheet, 0, [1100, 7600, 2300, 2200, 1700, 2300])
    first = len(title)
    totals = typed_totals(report, edition)
    body, rows = [], {}
    broken = {"classes.education_level_upgrade", "contests.about_books", "book_donation"}
    for i, row in enumerate(edition.rows):
        rows[row.key] = first + i
        label = break_line(row.label, 55) if row.key in broken else row.label
        body.append([row.code, label, row.unit_text, *_hand_row_values(report, edition, row, totals)])
    whole = sheet.getCellRangeByPosition(0, 0, 5, first + len(body) - 1)
    whole.setDataArray(tuple(tuple(r) for r in title + body))
    whole.CharFontName = "Times New Roman"
    whole.CharHeight = 12.0
    center = uno_enum("com.sun.star.table.CellHoriJustify", "CENTER")
    for r1, c1, r2, c2 in ((0, 0, 0, 1), (1, 0, 1, 1), (0, 2, 0, 5), (1, 2, 1, 5), (2, 2, 2, 5),
                           (3, 0, 3, 5), (4, 0, 4, 5), (6, 0, 7, 0), (6, 1, 7, 1), (6, 2, 7, 2),
                           (6, 3, 6, 4), (6, 5, 7, 5)):
        cells = sheet.getCellRangeByPosition(c1, r1, c2, r2)
        cells.merge(True)
        cells.HoriJustify = center
    for r in (0, 1, 3, 6, 7):
        sheet.getCellRangeByPosition(0, r, 5, r).CharWeight = 150.0
    sheet.getCellRangeByPosition(0, 4, 5, 4).CharPosture = uno_italic(True)
    sheet.getCellRangeByPosition(2, 2, 5, 2).CharPosture = uno_italic(True)
    sheet.getCellRangeByPosition(0, 0, 5, 2).CharHeight = 11.0  # the heading fits C:F
    table = sheet.getCellRangeByPosition(0, 6, 5, first + len(body) - 1)
    table.IsTextWrapped = True
    table.VertJustify = uno_enum("com.sun.star.table.CellVertJustify", "CENTER")
    for row in edition.rows:
        if not row.parent_key:  # the numbered rows are bold on the printed form
            sheet.getCellRangeByPosition(0, rows[row.key], 5, rows[row.key]).CharWeight = 150.0
    _borders(table)
    _finish_hand_sheet(document, sheet, 0, first + len(body) - 1)
    for text_cell in _text_number_cells(report, edition, rows, 3):
        text_cell(sheet)
    set_document_properties(document, report)
    layout = HandTable(rows, 3, 4, 5)
    resolve_cells(report, layout)
    return document, layout


def _finish_hand_sheet(document, sheet, first_row, last_row):
    """Row heights to fit the wrapped labels (computed after the widths are
    set), and the page fitted to one page wide, as a unit does before printing."""
    sheet.getCellRangeByPosition(0, first_row, 0, last_row).Rows.OptimalHeight = True
    style = document.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
    style.ScaleToPagesX, style.ScaleToPagesY = 1, 0


def _text_number_cells(report, edition, rows, count_col):
    """Typed text that looks like a number must stay text: setDataArray already
    stores strings as text, so only the alignment a person sees changes
    (text sits on the left). Returns one formatting action per text cell."""
    actions = []
    left = uno_enum("com.sun.star.table.CellHoriJustify", "LEFT")
    for (key, column), value in report.cells.items():
        if isinstance(value, Typed) and key in rows:
            col = count_col + (0 if column == COUNT else 1)

            def action(sheet, r=rows[key], c=col):
                sheet.getCellByPosition(c, r).HoriJustify = left
            actions.append(action)
    return actions


def uno_enum(type_name, value):
    import uno
    return uno.Enum(type_name, value)


# ---------------------------------------------------------------------------
# Saving, with the dates pinned so that files are byte-stable.

def save(office, document, path, when):
    """Stores `document` as `path` (format by suffix), then replaces the
    dates the office stamps on every save (now) with `when`."""
    path = Path(path)
    document.storeToURL(office.uno.systemPathToFileUrl(str(path.resolve())),
                        (office.prop("FilterName", FILTERS[path.suffix]),
                         office.prop("Overwrite", True)))
    if path.suffix == ".xls":
        pin_xls_dates(path, when)
    else:
        pin_zip_dates(path, when)


def pin_zip_dates(path, when):
    """Rewrites an .ods/.xlsx: every entry dated `when`, and the modification
    date inside (meta.xml dc:date, docProps/core.xml dcterms:modified) too.
    Entry order and the stored (uncompressed) 'mimetype' are kept."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S")
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in entries:
            if info.filename == "meta.xml":
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", f"<dc:date>{stamp}</dc:date>".encode(), data)
            elif info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + f"{stamp}Z".encode() + rb"\g<2>", data)
            pinned = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            pinned.compress_type = info.compress_type
            pinned.external_attr = info.external_attr
            target.writestr(pinned, data)


FILETIME_EPOCH = datetime.datetime(1601, 1, 1)


def filetime(when):
    return int((when - FILETIME_EPOCH).total_seconds()) * 10_000_000


def pin_xls_dates(path, when):
    """The office writes the save time into the .xls summary information as a
    VT_FILETIME (type 0x40, then 8 bytes). Every such value within a day of
    now is that stamp: replace it with `when`."""
    data = bytearray(path.read_bytes())
    now = filetime(datetime.datetime.utcnow())
    window = 86400 * 10_000_000
    for match in re.finditer(rb"\x40\x00\x00\x00", bytes(data)):
        at = match.end()
        (value,) = struct.unpack_from("<Q", data, at)
        if abs(value - now) < window:
            struct.pack_into("<Q", data, at, filetime(when))
    path.write_bytes(bytes(data))
