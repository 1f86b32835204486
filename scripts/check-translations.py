#!/usr/bin/env python3
"""Fails when a user-visible string of the sources has no Indonesian text.

    scripts/check-translations.py [--lupdate PATH]

Runs lupdate (as the pantau-kopdes_lupdate target does) over the sources into a copy of
resources/translations/pantau-kopdes_id.ts, so a tr() string added without its translation is
found even before anyone refreshed the .ts, and lists every message left unfinished, with its
context. The committed .ts is not touched. To fix: refresh the .ts, add the text to
resources/translations/fragments/*.tsv and run scripts/merge-translations.py (CONTRIBUTING.md).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ts_path = os.path.join(root, "resources", "translations", "pantau-kopdes_id.ts")
# The folders lupdate reads; the same list as PK_TRANSLATABLE in CMakeLists.txt.
source_dirs = ["app", "ui", os.path.join("tests", "bench")]


def find_lupdate(given):
    for candidate in [given, os.environ.get("LUPDATE"), "/usr/lib/qt6/bin/lupdate", shutil.which("lupdate6"),
                      shutil.which("lupdate")]:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate")
    args = parser.parse_args()
    lupdate = find_lupdate(args.lupdate)
    if not lupdate:
        print("translations: lupdate not found (Debian: apt-get install qt6-l10n-tools)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "pantau-kopdes_id.ts")
        shutil.copyfile(ts_path, copy)
        run = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-silent"]
                             + [os.path.join(root, d) for d in source_dirs] + ["-ts", copy],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            print("translations: lupdate failed")
            return 1
        tree = ET.parse(copy)
    unfinished = []
    messages = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            messages += 1
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                unfinished.append((name, message.findtext("source")))
    for name, source in unfinished:
        print("untranslated: %s\t%r" % (name, source))
    print("translations: %d messages, %d without Indonesian text" % (messages, len(unfinished)))
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
