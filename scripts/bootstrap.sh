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
echo "Main job: the official statistics templates StatForm knows, and a new 2023 form:"
build/src/cli/statform templates
mkdir -p build/out
build/src/cli/statform new --force --template htsd-2023 --unit "Phòng GD&ĐT huyện Tuần Giáo" \
  --level district --place "Tuần Giáo" build/out/bao-cao-htsd-2023.xlsx
