#!/usr/bin/env python3
"""Fills seams_en.ts, the English plural catalogue: "%n note(s)" becomes "%n note" and
"%n notes". lupdate -pluralonly keeps only the numerus messages; run this after it.
Messages without "(s)" keep their source text in both forms."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "seams_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text or ""
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as handle:  # keep lupdate's DOCTYPE line
    text = handle.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    handle.seek(0)
    handle.write(text)
    handle.truncate()
