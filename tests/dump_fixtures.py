#!/usr/bin/env python3
"""dump_fixtures: runs `kanbao --dump` on every tests/data/NAME.html that has
a NAME.expect.json and checks each field the expectation names (read
--base-url=BASE, or the expectation's own "base_url").  The
expectations were written by hand from the pages, not from kanbao's output.
Speaks TAP."""
import glob, json, os, subprocess, sys

from tap import ok, done

KANBAO = os.environ.get("KANBAO", "src/kanbao")
DATA = os.path.join(os.environ.get("SRCDIR", "."), "tests", "data")
BASE = "http://fixture.test/news/a/page.html"
KEYS = ["url", "kind", "title", "source", "author", "editor", "published", "body",
        "images", "tags", "prev", "next", "related", "headlines", "blocks", "pages", "next_page"]


def expect(cond, what, got=None, want=None):
    return ok(cond, what, None if got is want is None else f"got:  {got!r}\nwant: {want!r}")


def has_control(s):
    return any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in "\u202a\u202b\u202c\u202d\u202e" for c in s)


def check(name, out, exp):
    expect(list(out.keys()) == KEYS, f"{name}: every key of the contract, in order", list(out.keys()), KEYS)
    expect(not has_control(json.dumps(out, ensure_ascii=False).replace("\\n", "")),
           f"{name}: no control character in any string")
    for k in ("kind", "title", "source", "author", "editor", "published", "images", "tags", "prev", "next"):
        if k in exp:
            expect(out.get(k) == exp[k], f"{name}: {k}", out.get(k), exp[k])
    body = out.get("body") or []
    if "body_count" in exp:
        expect(len(body) == exp["body_count"], f"{name}: body paragraph count", len(body), exp["body_count"])
    if "body_first" in exp:
        expect(bool(body) and body[0] == exp["body_first"], f"{name}: first paragraph", body[:1], exp["body_first"])
    if "body_last" in exp:
        expect(bool(body) and body[-1] == exp["body_last"], f"{name}: last paragraph", body[-1:], exp["body_last"])
    for bad in exp.get("body_excludes", []):
        expect(all(bad not in p for p in body), f"{name}: body holds no {bad!r}")
    if "related" in exp:
        got = out.get("related") or []
        expect(len(got) == len(exp["related"]), f"{name}: related count", len(got), len(exp["related"]))
        for i, (g, w) in enumerate(zip(got, exp["related"])):
            expect(g == w, f"{name}: related item {i + 1}", g, w)
    blocks = out.get("blocks") or []
    if "blocks_types" in exp:
        got = [b.get("type") for b in blocks]
        expect(got == exp["blocks_types"], f"{name}: block types in order", got, exp["blocks_types"])
    if "blocks_table" in exp:
        rows = next((b.get("rows") for b in blocks if b.get("type") == "table"), None)
        expect(rows == exp["blocks_table"], f"{name}: the table's rows", rows, exp["blocks_table"])
    if "blocks_links" in exp:
        got = [l for b in blocks for l in b.get("links", [])]
        expect(got == exp["blocks_links"], f"{name}: the links inside the blocks", got, exp["blocks_links"])
    for k in ("pages", "next_page"):
        if k in exp:
            expect(out.get(k) == exp[k], f"{name}: {k}", out.get(k), exp[k])
    hl = out.get("headlines") or []
    if "headlines_count" in exp:
        expect(len(hl) == exp["headlines_count"], f"{name}: headline count", len(hl), exp["headlines_count"])
    for key, idx in (("headlines_first", 0), ("headlines_last", -1)):
        if key in exp:
            expect(bool(hl) and hl[idx] == exp[key], f"{name}: {key}", hl[idx] if hl else None, exp[key])
    for bad in exp.get("headlines_exclude", []):
        expect(all(bad not in h.get("title", "") for h in hl), f"{name}: no headline says {bad!r}")


def main():
    expects = sorted(glob.glob(os.path.join(DATA, "*.expect.json")))
    if not expects:
        print("1..0 # SKIP no fixtures found")
        return 0
    for e in expects:
        name = os.path.basename(e)[: -len(".expect.json")]
        page = os.path.join(DATA, name + ".html")
        exp = json.load(open(e, encoding="utf-8"))
        # a story in several pages names its own URL, so that its pager's
        # links (NAME_2.html) are its pages, as on the site
        base = exp.get("base_url", BASE)
        p = subprocess.run([KANBAO, "--dump", "--format=json", "--base-url=" + base, page],
                           capture_output=True, timeout=60)
        expect(p.returncode == 0, f"{name}: exit status 0", p.returncode, 0)
        lines = p.stdout.decode("utf-8").splitlines()
        expect(len(lines) == 1, f"{name}: one JSON line", len(lines), 1)
        try:
            out = json.loads(lines[0])
        except Exception as ex:  # noqa: BLE001 - any parse failure is a test failure
            expect(False, f"{name}: valid JSON", str(ex), "an object")
            continue
        out_url = out.get("url")
        expect(out_url == base, f"{name}: url is the base URL", out_url, base)
        check(name, out, exp)
    return done()


if __name__ == "__main__":
    sys.exit(main())
