#!/usr/bin/env bash
# Builds the Windows SDK: every library the app links, and the Qt modules it uses, cross-compiled
# for x86_64-w64-mingw32 on Debian 12 with Debian's MinGW-w64.
#
#   scripts/windows/build-sdk.sh [--sources DIR] [--cache DIR] [--print-path] [--check]
#
#   --sources DIR  the five upstream tarballs Debian's archive does not serve here
#                  (default: ../shared/windows-sources beside the project)
#   --cache DIR    where SDKs are kept (default: $PK_WINDOWS_SDK_CACHE or /var/cache/pantau-kopdes)
#   --print-path   print the SDK's folder for this recipe and exit (nothing is built)
#   --check        exit 0 if the SDK for this recipe is complete, 1 if not (nothing is built)
#
# The recipe is hashed: the SDK's folder is named after the hash of the toolchain file and the list of
# source hashes, and each build step leaves a stamp holding the hash of its own recipe chained to the
# steps before it. A second run and CI reuse what matches; an interrupted run resumes at the step it
# was in; a changed step is built again with every step after it. Every source is checked against
# scripts/windows/sources.sha256 before it is unpacked. The SDK's folder is the last line printed.
# About 30 minutes on 2 cores, most of it Qt's qtbase.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
sources_dir="$top/../shared/windows-sources"
cache_root=${PK_WINDOWS_SDK_CACHE:-/var/cache/pantau-kopdes}
mode=build
while [ $# -gt 0 ]; do
  case "$1" in
    --sources) shift; sources_dir="$1" ;;
    --cache) shift; cache_root="$1" ;;
    --print-path) mode=print ;;
    --check) mode=check ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "build-sdk.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

jobs=$(nproc)
host=x86_64-w64-mingw32
export CC=$host-gcc-posix CXX=$host-g++-posix AR=$host-ar RANLIB=$host-ranlib WINDRES=$host-windres

# qtbase early: a change to a small library after it does not rebuild Qt.
steps=(packages fetch sqlite libpq qtbase qtsvg qt5compat qtcharts quazip qtkeychain iconv freexl libcsv xlsxwriter qrencode catch2)
total=${#steps[@]}
started=$(date +%s)

log() { printf '[build-sdk %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

unpack() {  # unpack TARBALL into $work/NAME (fresh), echo the folder
  local tarball="$downloads/$1" name="$2"
  rm -rf "${work:?}/$name"; mkdir -p "$work/$name"
  tar -xf "$tarball" -C "$work/$name" --strip-components=1
  echo "$work/$name"
}

cmake_cross() {  # cmake_cross SRC BUILD [options…]: configure, build and install into the SDK
  local src="$1" bld="$2"; shift 2
  rm -rf "$bld"
  cmake -S "$src" -B "$bld" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DPK_WINDOWS_SDK="$sdk" -DCMAKE_INSTALL_PREFIX="$sdk" "$@"
  cmake --build "$bld" -j"$jobs"
  cmake --install "$bld"
}

qt_module() {  # qt_module TARBALL NAME [options…]: a Qt module with the SDK's own qt-cmake
  local src; src=$(unpack "$1" "$2"); shift 2
  rm -rf "$src-build"
  "$sdk/bin/qt-cmake" -S "$src" -B "$src-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF "$@"
  cmake --build "$src-build" -j"$jobs"
  cmake --install "$src-build"
}

step_packages() {
  local wanted=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools libz-mingw-w64-dev
                wine64 wine nsis tcl cmake ninja-build pkg-config xz-utils bzip2 dpkg-dev make perl
                qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools qt6-l10n-tools)
  local missing=() p
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

step_fetch() {
  # A private apt configuration: a deb-src list of our own, leaving the system's sources alone.
  local apt="$work/apt"
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial"
  echo "deb-src http://deb.debian.org/debian bookworm main" > "$apt/sources.list"
  local opts=(-o Dir::Etc::sourcelist="$apt/sources.list" -o Dir::Etc::sourceparts=-
              -o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache" -o APT::Sandbox::User=root)
  apt-get "${opts[@]}" update -q
  local pkg
  for pkg in qt6-base sqlite3 postgresql-15 freexl libcsv libxlsxwriter qrencode catch2 glib2.0; do
    # Only the upstream tarball is used; a missing Debian packaging file (404) does not matter,
    # the hash check below decides.
    (cd "$downloads" && apt-get "${opts[@]}" source --download-only "$pkg") || log "note: apt-get source $pkg reported an error; checking what arrived"
  done
  local f
  for f in qt5compat-6.4.2.tar.xz qtcharts-6.4.2.tar.xz qtkeychain-0.13.2.tar.xz qtsvg-6.4.2.tar.xz quazip-1.4.tar.xz; do
    [ -f "$sources_dir/$f" ] || { echo "build-sdk.sh: $f is not in $sources_dir (give the folder with --sources)" >&2; exit 1; }
    cp "$sources_dir/$f" "$downloads/"
  done
  (cd "$downloads" && grep -v '^#' "$here/sources.sha256" | sha256sum --check --strict) \
    || { echo "build-sdk.sh: a source does not match its SHA-256 in scripts/windows/sources.sha256" >&2; exit 1; }
}

step_sqlite() {
  # Debian's tarball is SQLite's full tree: make the amalgamation natively (needs tclsh), then one
  # cross compile into sqlite3.dll. Qt's QSQLITE driver and the app's C-API fast paths both link
  # this one DLL, so a handle from Qt's driver is used with the same library (PK_SQLITE_DIRECT).
  local src; src=$(unpack sqlite3_3.40.1.orig.tar.xz sqlite)
  (cd "$src" && mkdir -p native && cd native && CC=gcc ../configure >/dev/null && make sqlite3.c >/dev/null)
  local defs=(-DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE
              -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_SECURE_DELETE
              -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_MAX_VARIABLE_NUMBER=250000)
  mkdir -p "$sdk/bin" "$sdk/lib" "$sdk/include" "$sdk/lib/pkgconfig"
  $CC -O2 -shared "${defs[@]}" "$src/native/sqlite3.c" -o "$sdk/bin/sqlite3.dll" \
    -Wl,--out-implib,"$sdk/lib/libsqlite3.dll.a"
  cp "$src/native/sqlite3.h" "$src/src/sqlite3ext.h" "$sdk/include/" 2>/dev/null || cp "$src/native/sqlite3.h" "$sdk/include/"
  cat > "$sdk/lib/pkgconfig/sqlite3.pc" <<EOF
prefix=$sdk
Name: SQLite
Description: SQL database engine
Version: 3.40.1
Libs: -L\${prefix}/lib -lsqlite3
Cflags: -I\${prefix}/include
EOF
}

step_libpq() {
  # Only libpq (and the headers it installs): the app and Qt's QPSQL driver link libpq.dll
  # (PostgreSQL's MinGW build names its import library libpq.a).
  local src; src=$(unpack postgresql-15_15.18.orig.tar.bz2 postgresql)
  (cd "$src" && ./configure --host=$host --prefix="$sdk" --without-readline --without-zlib --without-icu \
      --without-openssl --without-ldap --without-gssapi >/dev/null)
  make -C "$src/src/interfaces/libpq" -j"$jobs" >/dev/null
  make -C "$src/src/interfaces/libpq" install >/dev/null
  make -C "$src/src/include" install >/dev/null
  make -C "$src/src/port" install >/dev/null || true
  make -C "$src/src/common" install >/dev/null || true
}

step_iconv() {
  # FreeXL reads a sheet's code page through iconv; MinGW has none. glib's public-domain win_iconv.c
  # is iconv over Windows' own code-page conversions.
  local src; src=$(unpack glib2.0_2.74.6.orig.tar.xz glib)
  mkdir -p "$work/iconv"
  cat > "$sdk/include/iconv.h" <<'EOF'
/* iconv over win_iconv.c (glib's copy, public domain), for FreeXL on Windows. */
#ifndef PK_WIN_ICONV_H
#define PK_WIN_ICONV_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef void *iconv_t;
iconv_t iconv_open(const char *tocode, const char *fromcode);
int iconv_close(iconv_t cd);
size_t iconv(iconv_t cd, const char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft);
#ifdef __cplusplus
}
#endif
#endif
EOF
  $CC -O2 -c "$src/glib/win_iconv.c" -I"$sdk/include" -o "$work/iconv/win_iconv.o"
  rm -f "$sdk/lib/libiconv.a"
  $AR rcs "$sdk/lib/libiconv.a" "$work/iconv/win_iconv.o"
  # FreeXL's configure asks for libcharset's locale_charset() (its source only includes the
  # header): the name of Windows' ANSI code page, as libcharset gives it there.
  cat > "$sdk/include/localcharset.h" <<'HEADER'
/* locale_charset() for FreeXL on Windows: the ANSI code page, "CP1252" and the like. */
#ifndef PK_LOCALCHARSET_H
#define PK_LOCALCHARSET_H
#ifdef __cplusplus
extern "C" {
#endif
const char *locale_charset(void);
#ifdef __cplusplus
}
#endif
#endif
HEADER
  cat > "$work/iconv/localcharset.c" <<'SOURCE'
#include <stdio.h>
#include <windows.h>
#include "localcharset.h"
const char *locale_charset(void)
{
    static char name[16];
    snprintf(name, sizeof name, "CP%u", GetACP());
    return name;
}
SOURCE
  $CC -O2 -c "$work/iconv/localcharset.c" -I"$sdk/include" -o "$work/iconv/localcharset.o"
  rm -f "$sdk/lib/libcharset.a"
  $AR rcs "$sdk/lib/libcharset.a" "$work/iconv/localcharset.o"
}

step_freexl() {
  local src; src=$(unpack freexl_1.0.6.orig.tar.gz freexl)
  (cd "$src" && ./configure --host=$host --prefix="$sdk" --disable-shared --enable-static \
      CPPFLAGS="-I$sdk/include" LDFLAGS="-L$sdk/lib" LIBS="-liconv -lcharset" >/dev/null)
  make -C "$src" -j"$jobs" >/dev/null
  make -C "$src" install >/dev/null
  # A static FreeXL needs iconv after it.
  sed -i 's/^Libs: \(.*\)$/Libs: \1 -liconv -lcharset/' "$sdk/lib/pkgconfig/freexl.pc"
}

step_libcsv() {
  local src; src=$(unpack libcsv_3.0.3+dfsg.orig.tar.gz libcsv)
  $CC -O2 -c "$src/libcsv.c" -I"$src" -o "$src/libcsv.o"
  rm -f "$sdk/lib/libcsv.a"
  $AR rcs "$sdk/lib/libcsv.a" "$src/libcsv.o"
  cp "$src/csv.h" "$sdk/include/"
}

step_xlsxwriter() {
  # A DLL: its bundled minizip then cannot clash with QuaZip's.
  local src; src=$(unpack libxlsxwriter_1.1.4.orig.tar.gz xlsxwriter)
  cmake_cross "$src" "$src-build" -DBUILD_SHARED_LIBS=ON -DUSE_SYSTEM_MINIZIP=OFF -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF
  if [ ! -f "$sdk/lib/pkgconfig/xlsxwriter.pc" ]; then
    cat > "$sdk/lib/pkgconfig/xlsxwriter.pc" <<EOF
prefix=$sdk
Name: libxlsxwriter
Description: A C library for creating Excel XLSX files
Version: 1.1.4
Libs: -L\${prefix}/lib -lxlsxwriter
Cflags: -I\${prefix}/include
EOF
  fi
}

step_qrencode() {
  local src; src=$(unpack qrencode_4.1.1.orig.tar.bz2 qrencode)
  cmake_cross "$src" "$src-build" -DBUILD_SHARED_LIBS=OFF -DWITH_TOOLS=OFF -DWITH_TESTS=OFF
}

step_catch2() {
  local src; src=$(unpack catch2_2.13.10.orig.tar.gz catch2)
  cmake_cross "$src" "$src-build" -DCATCH_BUILD_TESTING=OFF -DCATCH_INSTALL_DOCS=OFF -DCATCH_INSTALL_HELPERS=OFF
}

step_qtbase() {
  # Debian's host Qt 6.4.2 provides moc, rcc, uic and the other host tools (QT_HOST_PATH).
  local src; src=$(unpack qt6-base_6.4.2+dfsg.orig.tar.xz qtbase)
  cmake_cross "$src" "$src-build" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DBUILD_SHARED_LIBS=ON \
    -DFEATURE_system_zlib=ON -DFEATURE_system_sqlite=ON -DFEATURE_sql_sqlite=ON -DFEATURE_sql_psql=ON \
    -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
    -DFEATURE_tabletevent=OFF -DINPUT_opengl=no -DFEATURE_opengl_dynamic=OFF -DFEATURE_dbus=OFF -DFEATURE_vulkan=OFF \
    -DFEATURE_openssl=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_freetype=OFF \
    -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF \
    -DPostgreSQL_INCLUDE_DIR="$sdk/include" -DPostgreSQL_LIBRARY="$sdk/lib/libpq.a"
}

step_qtsvg() { qt_module qtsvg-6.4.2.tar.xz qtsvg; }
step_qt5compat() { qt_module qt5compat-6.4.2.tar.xz qt5compat; }
step_qtcharts() { qt_module qtcharts-6.4.2.tar.xz qtcharts -DFEATURE_charts_datetime_parser=OFF; }

step_quazip() {
  local src; src=$(unpack quazip-1.4.tar.xz quazip)
  rm -rf "$src-build"
  "$sdk/bin/qt-cmake" -S "$src" -B "$src-build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$sdk" \
    -DQUAZIP_QT_MAJOR_VERSION=6 -DBUILD_SHARED_LIBS=ON -DQUAZIP_FETCH_LIBS=OFF -DQUAZIP_BZIP2=OFF \
    -DQUAZIP_ENABLE_TESTS=OFF
  cmake --build "$src-build" -j"$jobs"
  cmake --install "$src-build"
}

step_qtkeychain() {
  # Windows' Credential Manager through QtKeychain; its translations need Qt's Linguist, which the
  # SDK does not build (the app has its own Indonesian strings for the few it shows).
  local src; src=$(unpack qtkeychain-0.13.2.tar.xz qtkeychain)
  rm -rf "$src-build"
  "$sdk/bin/qt-cmake" -S "$src" -B "$src-build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$sdk" \
    -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF -DBUILD_SHARED_LIBS=ON
  cmake --build "$src-build" -j"$jobs"
  cmake --install "$src-build"
}

base=$(cat "$here/mingw-toolchain.cmake" "$here/sources.sha256" | sha256sum | cut -c1-64)
sdk="$cache_root/windows-sdk-${base:0:12}"
work="$cache_root/windows-sdk-work-${base:0:12}"
downloads="$cache_root/windows-sources"
stamps="$sdk/.stamps"
toolchain="$sdk/mingw-toolchain.cmake"

# The hash each step's stamp must hold: its own recipe, the helpers it uses, and the step before it.
declare -A want
chain=$(printf '%s\n%s' "$base" "$(declare -f log unpack cmake_cross qt_module)" | sha256sum | cut -c1-64)
for s in "${steps[@]}"; do
  case "$s" in
    packages|fetch) want[$s]=$(declare -f "step_$s" | sha256sum | cut -c1-64) ;;  # not build inputs
    *) chain=$(printf '%s\n%s' "$chain" "$(declare -f "step_$s")" | sha256sum | cut -c1-64); want[$s]=$chain ;;
  esac
done
is_done() { [ -f "$stamps/$1" ] && [ "$(cat "$stamps/$1")" = "${want[$1]}" ]; }

case "$mode" in
  print) echo "$sdk"; exit 0 ;;
  check) for s in "${steps[@]}"; do is_done "$s" || exit 1; done; exit 0 ;;
esac

mkdir -p "$sdk" "$work" "$downloads" "$stamps"
cp "$here/mingw-toolchain.cmake" "$toolchain"
stale=0
n=0
for s in "${steps[@]}"; do
  n=$((n + 1))
  if [ $stale = 0 ] && is_done "$s"; then
    log "[$n/$total] $s: done in an earlier run"
    continue
  fi
  case "$s" in packages|fetch) ;; *) stale=1 ;; esac
  t0=$(date +%s)
  log "[$n/$total] $s ..."
  "step_$s"
  echo "${want[$s]}" > "$stamps/$s"
  log "[$n/$total] $s: $(( $(date +%s) - t0 )) s"
done
log "SDK complete; $(( $(date +%s) - started )) s in this run"
echo "$sdk"
