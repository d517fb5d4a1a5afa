#!/usr/bin/env python3
"""Checks that each folder of src/core includes only the core folders it may.

    check_core_includes.py SRC_CORE_DIR

The build runs it (src/core/CMakeLists.txt) and stops on a forbidden
include, naming the file, the line and the rule. It first checks itself on a
small tree with one forbidden include, so that a broken checker cannot pass
everything. The rule is the one src/core/README.md explains.
"""
import re
import sys
import tempfile
from pathlib import Path

# What each folder may include besides itself. The order is the layering:
# values at the bottom, summary at the top; drafting sits beside merge.
MAY_INCLUDE = {
    "values": [],
    "templates": ["values"],
    "locate": ["values", "templates"],
    "rules": ["values", "templates", "locate"],
    "merge": ["values", "templates", "locate", "rules"],
    "narrative": ["values", "templates", "locate", "rules", "merge"],
    "summary": ["values", "templates", "locate", "rules", "merge", "narrative"],
    "drafting": ["values", "templates", "locate", "rules"],
}

QUOTED_INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
CORE_INCLUDE = re.compile(r"^core/([a-z_]+)/[a-z_0-9]+\.hpp$")


def problems_in(core_dir):
    """Every broken rule under core_dir, one line each."""
    core_dir = Path(core_dir)
    found = []
    for path in sorted(core_dir.rglob("*")):
        if path.suffix not in (".cpp", ".hpp"):
            continue
        where = path.relative_to(core_dir)
        if len(where.parts) != 2 or where.parts[0] not in MAY_INCLUDE:
            found.append(f"src/core/{where}: every core file sits in one of the folders "
                         f"{', '.join(MAY_INCLUDE)}")
            continue
        folder = where.parts[0]
        allowed = [folder, *MAY_INCLUDE[folder]]
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            quoted = QUOTED_INCLUDE.match(line)
            if not quoted:
                continue
            included = quoted.group(1)
            core = CORE_INCLUDE.match(included)
            if not core:
                found.append(f"src/core/{where}:{number}: includes \"{included}\"; a core file "
                             f"includes core headers as \"core/<folder>/<name>.hpp\" only")
            elif core.group(1) not in allowed:
                others = ", ".join(f"{f}/" for f in MAY_INCLUDE[folder])
                rule = f"may include only {others}" if others else "may include no other core folder"
                found.append(f"src/core/{where}:{number}: includes {included}, but {folder}/ {rule}")
            elif not (core_dir.parent / included).is_file():
                found.append(f"src/core/{where}:{number}: includes {included}, which does not "
                             f"exist")
    return found


def check_the_checker():
    """The checker must find a forbidden include and pass a clean tree."""
    with tempfile.TemporaryDirectory() as root:
        core = Path(root) / "core"
        for folder in ("values", "templates", "narrative"):
            (core / folder).mkdir(parents=True)
        (core / "values" / "grid.hpp").write_text("#pragma once\n")
        (core / "narrative" / "narrative.hpp").write_text("#pragma once\n")
        clean = core / "templates" / "model.hpp"
        clean.write_text('#pragma once\n#include "core/values/grid.hpp"\n#include <string>\n')
        if problems_in(core):
            return "it finds a problem in a tree that has none"
        clean.write_text('#include "core/values/grid.hpp"\n#include "core/narrative/narrative.hpp"\n')
        found = problems_in(core)
        if len(found) != 1 or "templates/model.hpp:2" not in found[0]:
            return f"it does not find the one forbidden include: {found}"
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    broken = check_the_checker()
    if broken:
        sys.exit(f"check_core_includes.py is broken: {broken}")
    found = problems_in(sys.argv[1])
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        sys.exit(f"{len(found)} forbidden include(s) in src/core (the rule: src/core/README.md)")


if __name__ == "__main__":
    main()
