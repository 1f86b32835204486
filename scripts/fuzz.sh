#!/usr/bin/env bash
# Fuzzes the import readers with libFuzzer: scripts/fuzz.sh [seconds per fuzzer, default 60]
# Builds fuzz_csv and fuzz_xlsx with clang (AddressSanitizer + UndefinedBehaviorSanitizer) in
# build-fuzz/, seeds them with copies of tests/data/import (the repository is never written),
# and fails when a fuzzer finds a crash, a sanitizer error, a timeout or runs out of memory.
# Crash inputs are kept in build-fuzz/fuzz-artifacts/. Needs clang and libclang-rt-14-dev.
# PK_REGION_DATA_DIR may name an unpacked idn-area-data/data folder to skip the npm fetch.
# PK_FUZZ_XLS=1 lets fuzz_xlsx feed .xls (OLE2) inputs to FreeXL too; FreeXL 1.0.6 has a known
# out-of-bounds read there (see tests/fuzz/fuzz_xlsx.cpp), so it is off by default.
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
region=()
if [ -n "${PK_REGION_DATA_DIR:-}" ]; then
  region=(-DPK_REGION_DATA_DIR="$PK_REGION_DATA_DIR")
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DPK_FUZZ=ON -DPK_BUILD_TESTS=OFF \
  "${launcher[@]}" "${region[@]}" >/dev/null
cmake --build "$build" --target fuzz_csv fuzz_xlsx

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
artifacts="$build/fuzz-artifacts"
mkdir -p "$work/csv" "$work/xlsx" "$artifacts"
corpus="$root/tests/data/import"
for f in "$corpus"/*; do
  case "$f" in
    *.csv|*.tsv|*.txt) cp "$f" "$work/csv/" ;;
    # The zip bomb inflates 260 MB per run: it is a test of the cap, not a useful seed.
    *zip_bomb*) ;;
    *.xlsx|*.xls|*.ods) cp "$f" "$work/xlsx/" ;;
  esac
done
cp "$corpus"/*.csv "$work/xlsx/"   # the dispatcher must also take text

status=0
run() {
  local name="$1" dir="$2" maxlen="$3"
  echo "== $name: $seconds s, $(ls "$dir" | wc -l) seeds"
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: the readers' caps must hold below 2 GB.
  if ! "$build/tests/fuzz/$name" "$dir" -max_total_time="$seconds" -max_len="$maxlen" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$name-" \
      >"$work/$name.log" 2>&1; then
    status=1
    echo "!! $name failed; the input is in $artifacts:" >&2
    grep -E "ERROR|SUMMARY|artifact|#[0-9]+" "$work/$name.log" | tail -20 >&2
  fi
  grep -E "^Done|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|stat::peak_rss_mb" "$work/$name.log" || true
  grep -E "^#[0-9]+" "$work/$name.log" | tail -1 || true
}
run fuzz_csv "$work/csv" 16384
run fuzz_xlsx "$work/xlsx" 65536
exit $status
