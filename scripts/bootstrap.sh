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
echo "Main job: the official statistics templates StatForm knows:"
build/src/cli/statform templates
