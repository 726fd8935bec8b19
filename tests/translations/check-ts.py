#!/usr/bin/env python3
"""Fails when a shipped translation is incomplete or out of date with the sources.

Usage: check-ts.py LUPDATE LUPDATE_ARGS_FILE TS_FILE...
Runs the build's lupdate (same options and sources as `update_translations`) into a scratch copy of each
.ts file: any difference means a message was added, changed or removed without updating the .ts files.
Then every message must be finished: not unfinished, not empty, no obsolete or vanished entries left,
and each translation keeps the placeholders (%1, %n) of its source; setup sheet text must be WinAnsi.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def placeholders(text):
    return sorted(set(re.findall(r"%(?:\d|n)", text or "")))


# Printed with the PDF's standard fonts, which know WinAnsi only (cp1252 is the same set).
PDF_CONTEXTS = {"SetupSheet", "IPhoneSheet", "WindowsSheet"}


def problems_in(ts_path):
    problems = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
            texts = forms if message.get("numerus") == "yes" else [translation.text if translation is not None else None]
            where = f"{ts_path.name}: {name}: {source!r}"
            if kind in ("unfinished", "obsolete", "vanished", "missing"):
                problems.append(f"{where}: {kind}")
            elif any(not t for t in texts):
                problems.append(f"{where}: empty translation")
            else:
                for t in texts:
                    if name in PDF_CONTEXTS:
                        try:
                            t.encode("cp1252")
                        except UnicodeEncodeError as e:
                            problems.append(f"{where}: {t[e.start:e.end]!r} cannot be printed on a sheet (WinAnsi)")
                    if placeholders(t) != placeholders(source) and not (
                            message.get("numerus") == "yes" and placeholders(t) == [p for p in placeholders(source) if p != "%n"]):
                        problems.append(f"{where}: placeholders {placeholders(source)} became {placeholders(t)} in {t!r}")
    return problems


def main():
    lupdate, args_file, *ts_files = sys.argv[1:]
    args = [line for line in Path(args_file).read_text().splitlines() if line]
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in map(Path, ts_files):
            copy = Path(scratch) / ts.name
            shutil.copyfile(ts, copy)
            subprocess.run([lupdate, *args, "-ts", str(copy)], check=True)
            if copy.read_bytes() != ts.read_bytes():
                diff = subprocess.run(["diff", "-u", str(ts), str(copy)], capture_output=True, text=True).stdout
                problems.append(f"{ts.name} is out of date with the sources: run the update_translations target, "
                                f"translate what it adds, and commit it (translations/README.md)\n{diff[:4000]}")
        for ts in map(Path, ts_files):
            problems += problems_in(ts)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s) in {len(ts_files)} translation file(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
