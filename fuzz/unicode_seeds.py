#!/usr/bin/env python3
"""unicode_seeds.py DIR: writes seeds for fuzz_layout that together hold
every Unicode scalar value, each between two letters, 1024 to a file, the
first byte of each picking a width and an ambiguous width as fuzz_layout
reads it.  The fuzzer starts from all of Unicode rather than having to
find a rare code point (a regional indicator crashed libunibreak)."""
import os, sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
scalars = [c for c in range(1, 0x110000) if not 0xD800 <= c <= 0xDFFF]
for k in range(0, len(scalars), 1024):
    text = " ".join("a" + chr(c) + "b" for c in scalars[k:k + 1024])
    first = bytes([(k // 1024) % 256])  # widths and both ambiguous widths in turn
    with open(os.path.join(out, "u%06x" % scalars[k]), "wb") as f:
        f.write(first + text.encode("utf-8", "surrogatepass"))
