#!/usr/bin/env bash
# The README's two commands:
#   scripts/quickstart.sh run    install what is missing, build, start the app on a demo database
#   scripts/quickstart.sh test   install what is missing, build, run the check target: formatting,
#                                layering, translations and the whole test suite (scripts/check.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build}
# Debian 12 / Ubuntu 24.04 package names. Node.js/npm fetch the pinned region data at configure time.
# postgresql is the server the test suite starts on loopback (the PostgreSQL runs of the tests);
# the application itself needs only Qt's driver (libqt6sql6-psql) to reach an office's server.
# clang and its fuzzer runtime build the import readers' libFuzzer targets the suite runs;
# clang-format and python3 run the check target's formatting, layering and translation checks.
PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libgl-dev libqt6opengl6-dev libsqlite3-dev
  libqt6sql6-psql libpq-dev postgresql qtkeychain-qt6-dev
  catch2 libcsv-dev libxlsxwriter-dev zlib1g-dev libqrencode-dev libquazip1-qt6-dev libfreexl-dev
  nodejs npm
  sqlite3 poppler-utils python3-openpyxl xvfb xauth imagemagick
  clang libclang-rt-14-dev
  clang-format python3
)

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # npm may come from NodeSource or nvm instead of Debian's package: then it is not missing.
  if command -v npm >/dev/null 2>&1; then
    local kept=()
    for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || kept+=("$p"); done
    missing=("${kept[@]}")
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build "$BUILD_DIR" -j"$(nproc)"
}

case "${1:-}" in
  run)
    install_packages
    build
    demo="$BUILD_DIR/demo.sqlite"
    [ -f "$demo" ] || "$BUILD_DIR/pantau-kopdes" demo --db "$demo"
    exec "$BUILD_DIR/pantau-kopdes" --db "$demo"
    ;;
  test)
    install_packages
    build
    cmake --build "$BUILD_DIR" --target check
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
