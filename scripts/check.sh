#!/usr/bin/env bash
# What a reviewer checks, in one command (`cmake --build build --target check` runs it once the
# programs and tests are built):
#   1. formatting: every source as .clang-format writes it (`--target format` rewrites them);
#   2. layering: no file includes a layer it may not (scripts/check-layering.py, ARCHITECTURE.md);
#   3. translations: every tr() string of the sources has its Indonesian text;
#   4. the test suite (ctest), both engines.
#
#   scripts/check.sh BUILD_DIR [--no-tests]
#   scripts/check.sh --apply-format     rewrite the sources as .clang-format lays them out (--target format)
set -euo pipefail
cd "$(dirname "$0")/.."
failed=()
stage() { printf '[check] %s: %s (%d s)\n' "$1" "$2" "$(( $(date +%s) - t ))"; }

# The sources clang-format keeps: the project's own C++ (not Catch's single header, not test data).
sources() { git ls-files 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h' | grep -v -e '^tests/catch.h$' -e '^tests/data/'; }

# clang-format 14 (Debian 12's): another version may lay out the same code differently.
format=$(command -v clang-format-14 || command -v clang-format || true)
if [ "${1:-}" = --apply-format ]; then
  [ -n "$format" ] || { echo "clang-format is not installed (apt-get install clang-format)" >&2; exit 1; }
  sources | xargs "$format" -i
  exit 0
fi
build="${1:?usage: scripts/check.sh BUILD_DIR [--no-tests] | --apply-format}"
tests=1
[ "${2:-}" = --no-tests ] && tests=0

t=$(date +%s)
if [ -z "$format" ]; then
  failed+=(formatting); stage formatting "clang-format is not installed (apt-get install clang-format)"
elif ! out=$(sources | xargs "$format" --dry-run --Werror 2>&1); then
  failed+=(formatting)
  echo "$out" | head -n 40
  stage formatting "FAILED: lines above are not as .clang-format writes them (fix: cmake --build $build --target format)"
else
  stage formatting "ok ($(sources | wc -l) files)"
fi

t=$(date +%s)
if python3 scripts/check-layering.py; then stage layering ok; else failed+=(layering); stage layering FAILED; fi

t=$(date +%s)
if python3 scripts/check-translations.py; then stage translations ok; else failed+=(translations); stage translations FAILED; fi

if [ $tests = 1 ]; then
  t=$(date +%s)
  if ctest --test-dir "$build" --output-on-failure --timeout 1800; then stage "test suite" ok; else failed+=("test suite"); stage "test suite" FAILED; fi
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "[check] FAILED: ${failed[*]}"
  exit 1
fi
echo "[check] all passed"
