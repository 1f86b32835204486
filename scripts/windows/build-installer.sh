#!/usr/bin/env bash
# Builds the Release app for Windows with the SDK of build-sdk.sh and packs it into
# build-windows/pantau-kopdes-<version>-setup.exe (NSIS). The path of the setup.exe is the last line.
#
#   scripts/windows/build-installer.sh [--sdk DIR] [--build DIR] [--tests]
#
#   --sdk DIR    the SDK (default: the one build-sdk.sh builds for this recipe)
#   --build DIR  the build folder (default: build-windows in the project)
#   --tests      also build the Catch2 suite for scripts/windows/test.sh
#
# Reproducible from a warm SDK: the linker writes no time stamp into the programs, every staged file
# gets the commit's time (SOURCE_DATE_EPOCH, default the last commit's), and makensis is given
# the files in one order; two builds of one commit give the same bytes of setup.exe.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
sdk=""
build="$top/build-windows"
tests=OFF
while [ $# -gt 0 ]; do
  case "$1" in
    --sdk) shift; sdk="$1" ;;
    --build) shift; build="$1" ;;
    --tests) tests=ON ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build-installer.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
# makensis runs in another folder: a relative --build (build-windows) must not become its own.
build=$(realpath -m "$build")
if [ -z "$sdk" ]; then
  sdk=$(bash "$here/build-sdk.sh" --print-path)
  bash "$here/build-sdk.sh" --check || { echo "build-installer.sh: the Windows SDK is not built yet: run scripts/windows/build-sdk.sh first" >&2; exit 1; }
fi
[ -x "$sdk/bin/qt-cmake" ] || { echo "build-installer.sh: $sdk is not a Windows SDK (no bin/qt-cmake)" >&2; exit 1; }
downloads="$(dirname "$sdk")/windows-sources"

log() { printf '[build-installer %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

wanted=(nsis librsvg2-bin icoutils binutils-mingw-w64-x86-64 git)
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$top" log -1 --format=%ct 2>/dev/null || date +%s)}
t0=$(date +%s)
log "configuring in $build"
"$sdk/bin/qt-cmake" -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPK_WINDOWS_SDK="$sdk" \
  -DPK_BUILD_TESTS=$tests -DPK_SQLITE_DIRECT=ON \
  -DCMAKE_EXE_LINKER_FLAGS="-Wl,--no-insert-timestamp" -DCMAKE_SHARED_LINKER_FLAGS="-Wl,--no-insert-timestamp" >/dev/null
log "building"
if [ "$tests" = ON ]; then
  cmake --build "$build" -j"$(nproc)"
else
  cmake --build "$build" -j"$(nproc)" --target pantau-kopdes pantau-kopdes-cli pantau-kopdes-xls
fi
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
log "built in $(( $(date +%s) - t0 )) s; staging version $version"

# The folder the installer installs: the programs, the DLLs they import (found with objdump,
# recursively), the Qt plugins they load, qt.conf and the licences.
stage="$build/stage"
rm -rf "$stage"
mkdir -p "$stage/platforms" "$stage/sqldrivers" "$stage/styles" "$stage/imageformats" "$stage/iconengines" "$stage/licenses"
cp "$build/pantau-kopdes.exe" "$build/pantau-kopdes-cli.exe" "$build/pantau-kopdes-xls.exe" "$build/pantau-kopdes.ico" "$stage/"
cp "$sdk/plugins/platforms/qwindows.dll" "$stage/platforms/"
cp "$sdk/plugins/sqldrivers/qsqlite.dll" "$sdk/plugins/sqldrivers/qsqlpsql.dll" "$stage/sqldrivers/"
cp "$sdk/plugins/styles/qwindowsvistastyle.dll" "$stage/styles/"
cp "$sdk/plugins/imageformats/qsvg.dll" "$sdk/plugins/imageformats/qico.dll" "$stage/imageformats/"
cp "$sdk/plugins/iconengines/qsvgicon.dll" "$stage/iconengines/"
printf '[Paths]\nPrefix = .\nPlugins = .\n' > "$stage/qt.conf"

dll_dirs=("$sdk/bin" "$sdk/lib" /usr/lib/gcc/x86_64-w64-mingw32/12-posix /usr/x86_64-w64-mingw32/lib)
# Windows matches DLL names without regard to case (PostgreSQL's import library says "LIBPQ.dll").
find_dll() {
  local d found
  for d in "${dll_dirs[@]}"; do
    found=$(find "$d" -maxdepth 1 -iname "$1" -print -quit 2>/dev/null)
    [ -n "$found" ] && { echo "$found"; return 0; }
  done
  return 1
}
staged() { [ -n "$(find "$stage" -maxdepth 1 -iname "$1" -print -quit)" ]; }
# Windows' own DLLs (KERNEL32, USER32, …) are not in those folders and stay out.
changed=1
while [ $changed = 1 ]; do
  changed=0
  while read -r dll; do
    staged "$dll" && continue
    if found=$(find_dll "$dll"); then
      cp "$found" "$stage/"
      changed=1
    fi
  done < <(find "$stage" -name '*.exe' -o -name '*.dll' | xargs -r x86_64-w64-mingw32-objdump -p 2>/dev/null \
             | sed -n 's/^\s*DLL Name: //p' | sort -u)
done
# zlib1.dll: Wine brings its own, so a missing one would not show under Wine; Windows needs it.
[ -f "$stage/zlib1.dll" ] || { echo "build-installer.sh: zlib1.dll was not staged" >&2; exit 1; }

# Licences: the app's, then each part the installed program carries.
lic="$stage/licenses"
cp "$top/LICENSE" "$lic/pantau-kopdes-MIT.txt"
extract() {  # extract TARBALL PATH-INSIDE (after the top folder) NAME
  tar -xOf "$downloads/$1" --wildcards "*/$2" > "$lic/$3"
}
extract qt6-base_6.4.2+dfsg.orig.tar.xz LICENSES/LGPL-3.0-only.txt Qt-LGPL-3.0.txt
extract qt6-base_6.4.2+dfsg.orig.tar.xz LICENSES/GPL-3.0-only.txt GPL-3.0.txt
extract qtcharts-6.4.2.tar.xz LICENSES/Qt-GPL-exception-1.0.txt QtCharts-GPL-exception-1.0.txt
extract sqlite3_3.40.1.orig.tar.xz LICENSE.md SQLite-public-domain.txt
extract postgresql-15_15.18.orig.tar.bz2 COPYRIGHT libpq-PostgreSQL.txt
extract freexl_1.0.6.orig.tar.gz COPYING FreeXL-MPL-GPL-LGPL.txt
extract quazip-1.4.tar.xz COPYING QuaZip-LGPL-2.1.txt
extract qtkeychain-0.13.2.tar.xz COPYING QtKeychain-BSD-2.txt
extract libxlsxwriter_1.1.4.orig.tar.gz License.txt libxlsxwriter-BSD-2.txt
extract libcsv_3.0.3+dfsg.orig.tar.gz COPYING.LESSER libcsv-LGPL-2.1.txt
extract qrencode_4.1.1.orig.tar.bz2 COPYING libqrencode-LGPL-2.1.txt
cp /usr/share/doc/libz-mingw-w64/copyright "$lic/zlib.txt"
cp /usr/share/doc/gcc-mingw-w64-base/copyright "$lic/GCC-runtime-exception.txt"
cp /usr/share/doc/mingw-w64-common/copyright "$lic/mingw-w64-runtime.txt"
cp "$build/fonts/node_modules/@expo-google-fonts/arimo/LICENSE_FONT" "$lic/Arimo-OFL-1.1.txt"
cp "$build/region/node_modules/idn-area-data/data/LICENSE.md" "$lic/idn-area-data-ODbL.txt"
cat > "$lic/LICENSES.txt" <<EOF
PANTAU KOPDES $version

Pantau Kopdes itself is under the MIT licence (pantau-kopdes-MIT.txt).

THIS PROGRAM AS INSTALLED IS DISTRIBUTED UNDER THE GNU GENERAL PUBLIC LICENSE, VERSION 3
(GPL-3.0.txt), because it includes Qt Charts, which is licensed under the GPL-3. You may use it
freely in your office; if you pass the program on, the GPL-3 applies: its source code is at the
project's repository.

Program ini sebagai terpasang didistribusikan di bawah GNU General Public License versi 3
(GPL-3.0.txt), karena memuat Qt Charts yang berlisensi GPL-3. Kantor Anda bebas memakainya.

It also contains, each under its own licence, in the folder "licenses":
- Qt 6.4.2 (Qt Core, Gui, Widgets, Sql, PrintSupport, Svg, Concurrent, Core5Compat): LGPL-3
  (Qt-LGPL-3.0.txt); Qt Charts: GPL-3 (GPL-3.0.txt, QtCharts-GPL-exception-1.0.txt)
- SQLite 3.40.1: public domain (SQLite-public-domain.txt)
- libpq of PostgreSQL 15.18: PostgreSQL licence (libpq-PostgreSQL.txt)
- FreeXL 1.0.6: MPL 1.1 / GPL 2+ / LGPL 2.1+ (FreeXL-MPL-GPL-LGPL.txt)
- QuaZip 1.4: LGPL 2.1 with a static linking exception (QuaZip-LGPL-2.1.txt)
- QtKeychain 0.13.2: BSD 2-clause (QtKeychain-BSD-2.txt)
- libxlsxwriter 1.1.4: BSD 2-clause (libxlsxwriter-BSD-2.txt)
- libcsv 3.0.3: LGPL 2.1 (libcsv-LGPL-2.1.txt)
- libqrencode 4.1.1: LGPL 2.1 (libqrencode-LGPL-2.1.txt)
- zlib (zlib.txt); the MinGW-w64 C and C++ runtime (GCC-runtime-exception.txt, mingw-w64-runtime.txt)
- the Arimo font: SIL Open Font License 1.1 (Arimo-OFL-1.1.txt)
- the region data of idn-area-data 4.0.1: Open Database License (idn-area-data-ODbL.txt)
EOF

# Same bytes from the same commit: one time on every staged file, the files given in one order.
find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
out="$build/pantau-kopdes-$version-setup.exe"
log "packing $(du -sh "$stage" | cut -f1) into $(basename "$out")"
t1=$(date +%s)
makensis -V2 -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$out" "$here/installer.nsi"
touch -d "@$SOURCE_DATE_EPOCH" "$out"
log "installer in $(( $(date +%s) - t1 )) s; $(du -h "$out" | cut -f1); sha256 $(sha256sum "$out" | cut -c1-16)…"
echo "$out"
