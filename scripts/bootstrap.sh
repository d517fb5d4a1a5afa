#!/usr/bin/env bash
# From a fresh Debian 12 machine (as root) to StatForm's main job: installs
# the packages, builds the extension and the CLI, and runs the main job.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake --preset default
cmake --build --preset default
echo
echo "Built: $(pwd)/build/statform.oxt and $(pwd)/build/src/cli/statform"
echo "Main job: merge the bundled unit reports (samples/) into a summary workbook."
mkdir -p build/out
# Exit code 1 only says some reports have mistakes (as the samples do on purpose).
build/src/cli/statform merge --force --out build/out/tong-hop-htsd-2023.ods \
  --expected samples/expected-units.txt --unit "Phòng GD&ĐT huyện Tuần Giáo" \
  --governing-body "Ủy ban nhân dân huyện Tuần Giáo" --place "Tuần Giáo" --level district \
  --narrative-out build/out/bao-cao-htsd-2023.odt samples/ || [ $? -eq 1 ]
echo "The summary is in $(pwd)/build/out/tong-hop-htsd-2023.ods"
echo "The written report is in $(pwd)/build/out/bao-cao-htsd-2023.odt"
