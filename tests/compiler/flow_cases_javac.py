#!/usr/bin/env python3
"""Compiles every case of flow_test.cpp with javac and compares javac's errors
("line: message") with the ones the case expects. Run by hand after editing
the cases: python3 tests/compiler/flow_cases_javac.py"""
import pathlib
import re
import subprocess
import sys
import tempfile

CASE = re.compile(r'\{"(\w+)", R"\((.*?)\)",\s*\{(.*?)\}\}', re.S)


def javac_errors(source):
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "T.java"
        path.write_text(source)
        run = subprocess.run(["javac", "-Xmaxerrs", "1000", "-d", tmp, str(path)],
                             capture_output=True, text=True)
        errors = []
        for line in run.stderr.splitlines():
            m = re.match(r".*T\.java:(\d+): error: (.*)", line)
            if m:
                errors.append(f"{m.group(1)}: {m.group(2)}")
        return sorted(errors, key=lambda e: int(e.split(":")[0]))


def main():
    text = (pathlib.Path(__file__).parent / "flow_test.cpp").read_text()
    failed = 0
    for name, source, expected in CASE.findall(text):
        want = sorted(re.findall(r'"([^"]*)"', expected), key=lambda e: int(e.split(":")[0]))
        got = javac_errors(source)
        if got != want:
            failed += 1
            print(f"{name}:\n  javac:    {got}\n  expected: {want}")
    print("all cases agree with javac" if not failed else f"{failed} cases differ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
