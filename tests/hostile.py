#!/usr/bin/env python3
"""hostile: kanbao --dump on pages built to hurt a parser (deep nesting,
a million attributes, giant comments and scripts, a 3 MB line, 100k links,
unclosed tags, random bytes ...), and --whole-page on those that weigh on
its walk (tables in tables, lists, links, lines).  Each must end with exit 0 and one valid
JSON object holding no control character, and must not run away: a bound
far above the benchmark's figures (bench/hostile.sh) catches a hang or a
quadratic path without making the suite a stopwatch.  Speaks TAP."""
import json, os, resource, subprocess, sys, tempfile, unicodedata

from tap import ok, skip, done

KANBAO = os.environ.get("KANBAO", "src/kanbao")
SRCDIR = os.environ.get("SRCDIR", ".")
SANITIZED = os.environ.get("SANITIZED") == "yes"
RUNAWAY = 120 if SANITIZED else 30     # seconds: a hang, not a slow run
MEMORY_KIB = 1024 * 1024               # the 1 GiB


def clean(text):
    return not any((ord(ch) < 0x20 and ch != "\n") or 0x7F <= ord(ch) <= 0x9F or ch in "\u202a\u202b\u202c\u202d\u202e"
                   for ch in text)


def most_marks(text):
    """The most combining marks that follow one character of text."""
    most = run = 0
    for ch in text:
        run = run + 1 if unicodedata.combining(ch) or unicodedata.category(ch) == "Me" else 0
        most = max(most, run)
    return most


# the cases --whole-page reads too: every segment a block, every table weighed
WHOLE = ["100k-links", "br-paragraphs", "deep-divs", "many-related-blocks", "nested-tables",
         "nested-tables-text", "unclosed-tags"]


def check(path, *opts):
    case = os.path.basename(path)[:-5] + "".join(" " + o for o in opts)
    try:
        p = subprocess.run([KANBAO, "--dump", *opts, path], capture_output=True, timeout=RUNAWAY)
    except subprocess.TimeoutExpired:
        ok(False, "%s: ends within %d s" % (case, RUNAWAY), "still running")
        return
    ok(p.returncode == 0, "%s: exit 0" % case, "rc=%d, stderr %r" % (p.returncode, p.stderr[:200]))
    lines = p.stdout.decode("utf-8", "replace").splitlines()
    try:
        obj = json.loads(lines[0]) if len(lines) == 1 else None
    except ValueError:
        obj = None
    ok(isinstance(obj, dict) and "body" in obj, "%s: one JSON object" % case, "%d lines" % len(lines))
    ok(clean(p.stdout.decode("utf-8", "replace")), "%s: no control character in the output" % case)
    if isinstance(obj, dict):
        marks = most_marks(json.dumps(obj, ensure_ascii=False))
        ok(marks <= 4, "%s: at most 4 combining marks on one character, as a terminal cell holds" % case,
           "%d in a row" % marks)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(SRCDIR, "tests", "hostile_inputs.py"), tmp], check=True)
        for name in sorted(os.listdir(tmp)):
            check(os.path.join(tmp, name))
            if name[:-5] in WHOLE:
                check(os.path.join(tmp, name), "--whole-page")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if SANITIZED:
        skip("peak memory under 1 GiB", "sanitizers reserve their own memory")
    else:
        ok(peak < MEMORY_KIB, "every case stays under 1 GiB (peak %d MiB)" % (peak // 1024), "peak %d KiB" % peak)
    return done()


if __name__ == "__main__":
    sys.exit(main())
