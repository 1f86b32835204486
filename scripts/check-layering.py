#!/usr/bin/env python3
"""Fails when a source file includes a layer it may not (ARCHITECTURE.md has the picture).

    scripts/check-layering.py [--root DIR] [--pretend FILE INCLUDE]

Every project include names its layer ("storage/database.h", "registry/registrypage.h"); a bare
include of one of the project's headers is reported too, since it hides the layer. --pretend adds
an include line to a file before checking (the test suite uses it to show that a wrong-way include
is caught). Exit code 0: clean; 1: violations, one line each with file, line and the rule broken.
"""
import argparse
import os
import re
import sys

# What each layer may include, besides itself and Qt/system headers.
APP_BELOW_UI = ["core", "storage", "import", "xls", "io", "importer", "report", "models", "cli"]
ALLOWED = {
    "core": [],
    "storage": ["core"],
    "import": ["core"],
    "xls": ["core", "import"],
    "io": ["core", "storage"],
    "importer": ["core", "storage", "io", "import"],
    "report": ["core", "storage", "io"],
    "models": ["core", "storage"],
    "cli": ["core", "storage", "io", "import", "importer", "report"],
    "ui": APP_BELOW_UI,
    "bench": APP_BELOW_UI + ["ui"],
    # The executables' entries: pantau-kopdes composes everything (the window, the command line,
    # the bench command); the .xls helper only FreeXL's side.
    "main": APP_BELOW_UI + ["ui", "bench"],
    "xlsmain": ["core", "import", "xls"],
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def layer_of(path):
    """The layer a source file belongs to, or None for files outside the layered trees."""
    parts = path.split("/")
    if path == "ui/shell/main.cpp":
        return "main"
    if path == "app/xlsmain.cpp":
        return "xlsmain"
    if parts[0] == "app" and len(parts) > 2:
        return parts[1]
    if parts[0] == "ui":
        return "ui"
    if parts[:2] == ["tests", "bench"]:
        return "bench"
    return None


def resolve(root, include):
    """The layer an include names, 'bare' for a project header named without its layer, or None."""
    if "/" in include:
        first = include.split("/")[0]
        if os.path.isfile(os.path.join(root, "app", include)):
            return first
        if os.path.isfile(os.path.join(root, "ui", include)):
            return "ui"
        if first == "bench" and os.path.isfile(os.path.join(root, "tests", include)):
            return "bench"
        return None
    return "bare" if include in HEADERS else None


def project_headers(root):
    names = set()
    for top in ("app", "ui", os.path.join("tests", "bench")):
        for d, _, files in os.walk(os.path.join(root, top)):
            names.update(f for f in files if f.endswith(".h"))
    return names


def sources(root):
    for top in ("app", "ui", os.path.join("tests", "bench")):
        for d, _, files in os.walk(os.path.join(root, top)):
            for f in sorted(files):
                if f.endswith((".cpp", ".h")):
                    yield os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    parser.add_argument("--pretend", nargs=2, metavar=("FILE", "INCLUDE"))
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    global HEADERS
    HEADERS = project_headers(root)
    problems = []
    checked = 0
    for path in sources(root):
        layer = layer_of(path)
        if layer is None:
            continue
        with open(os.path.join(root, path), encoding="utf-8") as f:
            lines = f.read().splitlines()
        if args.pretend and args.pretend[0] == path:
            lines.append('#include "%s"' % args.pretend[1])
        checked += 1
        for number, line in enumerate(lines, 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            target = resolve(root, m.group(1))
            if target is None or target == layer or (layer in ("main",) and target == "ui"):
                continue
            if target == "bare":
                problems.append('%s:%d: "%s" does not name its layer (write "folder/%s")'
                                % (path, number, m.group(1), m.group(1)))
            elif target not in ALLOWED[layer]:
                allowed = ", ".join(ALLOWED[layer]) or "no other layer"
                problems.append("%s:%d: %s may not include %s (%s); %s may include: %s"
                                % (path, number, layer, target, m.group(1), layer, allowed))
    for p in problems:
        print(p)
    print("layering: %d files checked, %d wrong-way or unnamed includes" % (checked, len(problems)))
    return 1 if problems else 0


HEADERS = set()
if __name__ == "__main__":
    sys.exit(main())
