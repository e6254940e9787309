#!/usr/bin/env python3
"""hostile_inputs: writes pages built to hurt a parser, each up to 16 MiB.
Used by tests/hostile.py (does kanbao survive them?) and bench/hostile.sh
(how long does it take?).  Usage: hostile_inputs.py DIR"""
import os, random, sys

MIB = 1024 * 1024
LIMIT = 16 * MIB - 4096


def cases():
    yield "deep-divs", "<div>" * (LIMIT // 5) + "x"
    yield "deep-inline", "<span><b>" * (LIMIT // 9) + "x"
    yield "many-attributes", "<div " + " ".join("a%d=v" % i for i in range(LIMIT // 10)) + ">x</div>"
    yield "giant-comment", "<p>a</p><!--" + "x" * (LIMIT - 32) + "--><p>b</p>"
    yield "unclosed-comment", "<p>a</p><!--" + "<p>x</p>" * (LIMIT // 8 - 8)
    yield "giant-script", "<script>" + "var a=1;" * (LIMIT // 8 - 4) + "</script><p>b</p>"
    yield "long-line", "<p>" + "字" * (3 * MIB // 3) + "</p>"
    yield "100k-links", "<ul>" + "".join('<li><a href="/n/%d.html">第%d条新闻的标题</a></li>' % (i, i) for i in range(100000)) + "</ul>"
    yield "unclosed-tags", '<table><tr><td><p><b><i><a href=x>' * (LIMIT // 40)
    yield "nested-tables", "<table><tr><td>" * (LIMIT // 15)
    yield "nested-tables-text", "<table><tr><td>外层</td><td>" * (LIMIT // 34)
    yield "many-nav-labels", "<p>上一篇：<span>没有</span></p>" * (LIMIT // 45)
    yield "many-related-blocks", '<div>相关新闻<ul><li><a href="/a">相关的一条新闻标题</a></li></ul></div>' * (LIMIT // 100)
    yield "br-paragraphs", "<div>" + "正文，一段话。<br>" * (LIMIT // 27) + "</div>"
    yield "entity-flood", "<p>" + "&#27;&#x202e;&#0;&#xD800;&#x110000;" * (LIMIT // 36) + "</p>"
    yield "combining-storm", "<h1>标题" + "\u0301" * 3000 + "</h1><p>" + ("Za" + "\u0336\u0301\u0489" * 2000 + "lgo ") * (LIMIT // 12100) + "</p>"
    yield "empty", ""
    rnd = random.Random(1)
    # after markup: bare binary bytes are "not a web page" (exit 2) before any parsing
    yield "random-bytes", b"<html>" + bytes(rnd.getrandbits(8) for _ in range(4 * MIB))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, body in cases():
        data = body if isinstance(body, bytes) else body.encode("utf-8")
        data = data[:LIMIT]     # a cut mid-tag or mid-character is hostile too
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
