#!/usr/bin/env python3
"""Fills resources/translations/pantau-kopdes_id.ts from the translation fragments.

Workflow: `cmake --build build --target pantau-kopdes_lupdate` refreshes the .ts from the sources,
then this script puts the Indonesian text of resources/translations/fragments/*.tsv
(`context<TAB>source<TAB>translation`, \\n and \\t escaped) into every matching message and
lists the messages still unfinished (exit 1 when there are any).
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

root_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ts_path = os.path.join(root_dir, "resources", "translations", "pantau-kopdes_id.ts")


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


table = {}
by_source = {}
for path in sorted(glob.glob(os.path.join(root_dir, "resources", "translations", "fragments", "*.tsv"))):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                print(f"{path}:{n}: expected 3 tab-separated fields", file=sys.stderr)
                continue
            ctx, src, tr = (unescape(p) for p in parts)
            table[(ctx, src)] = tr
            by_source.setdefault(src, tr)

tree = ET.parse(ts_path)
missing = []
for context in tree.getroot().iter("context"):
    ctx = context.findtext("name")
    for message in context.iter("message"):
        src = message.findtext("source")
        translation = message.find("translation")
        text = table.get((ctx, src), by_source.get(src))
        if text is None:
            if translation.get("type") == "unfinished":
                missing.append((ctx, src))
            continue
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)

ET.indent(tree, space="    ") if hasattr(ET, "indent") else None
with open(ts_path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
for ctx, src in missing:
    print(f"unfinished: {ctx}\t{src!r}")
sys.exit(1 if missing else 0)
