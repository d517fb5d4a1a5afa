#!/usr/bin/env bash
# Writes the seed corpus of every fuzz target into OUT_DIR/<target>/, from
# the repository's data: the shipped template and phrase files, small cuts of
# them (quicker to mutate), and what fuzz_make_seeds derives from the shipped
# catalogue (workbooks, typed cell values, label pairs).
#
#   fuzz/make_seeds.sh BIN_DIR OUT_DIR     (BIN_DIR: where fuzz_make_seeds is)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$1
out=$2

rm -rf "$out"
mkdir -p "$out/template_json" "$out/string_table"
"$bin/fuzz_make_seeds" "$out"

cp "$root"/extension/templates/*.json "$out/template_json/"
cp "$root"/dialogs/*.json "$out/string_table/"

# Small but valid cuts: the first rows of each edition, two unit types.
python3 - "$root/extension/templates" "$out/template_json" <<'PY'
import json, pathlib, sys
src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for path in sorted(src.glob("htsd-*.json")):
    edition = json.loads(path.read_text(encoding="utf-8"))
    rows = [r for r in edition["rows"] if not r.get("parent_key")][:3]
    keys = {r["key"] for r in rows}
    for row in rows:
        row.pop("combines", None)
        if row.get("total_of") not in keys:
            row.pop("total_of", None)
        row["is_group"] = False
        row.pop("sums_children", None)
    edition["rows"] = rows
    edition["outline"] = edition.get("outline", [])[:2]
    (dst / f"small-{path.name}").write_text(json.dumps(edition, ensure_ascii=False), encoding="utf-8")
units = json.loads((src / "unit-types.json").read_text(encoding="utf-8"))
units["unit_types"] = units["unit_types"][:2]
(dst / "small-unit-types.json").write_text(json.dumps(units, ensure_ascii=False), encoding="utf-8")
PY

# Phrases with the placeholders the target fills, and a key missing a language.
printf '%s' '{"k": {"vi": "{x} và {label}", "en": "{code}{k}"}, "key": {"vi": "{}"}}' \
    >"$out/string_table/small.json"
