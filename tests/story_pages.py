#!/usr/bin/env python3
"""story_pages: a story in several pages is read whole (tests/story/).
`kanbao --dump` of a 3-page story, over file: and over the loopback server
(tests/httpd.py), gives the body of all three pages in order, `pages` with
the 3 URLs, and 上一篇 / 下一篇 from page 1; a page that cannot be read ends
the join with a warning and keeps the rest; a GBK story with a 单页阅读 link
is read from that page instead of its numbered pages; `kanbao --refresh`
fetches the further pages of each story, and `--offline` then dumps the
story whole from the cache.  The server's log says what was asked.
Speaks TAP."""
import json, os, shutil, subprocess, sys, tempfile, urllib.request

from tap import ok, done

KANBAO = os.environ.get("KANBAO", "src/kanbao")
SRCDIR = os.environ.get("SRCDIR", ".")
STORY = os.path.join(SRCDIR, "tests", "story")
LIMIT = 60

FIRST = "三年前，桐溪老街的青石板路上行人稀少，沿街一半铺面关着门。如今走进老街，茶馆、糕点铺和手工作坊一家挨着一家，周末的游客把巷子挤得满满当当。"
LAST = "老街的改造还没有停下。按照计划，明年将把老街和溪边的步行道连起来，让游客可以沿着桐溪一路走到古桥。"
PAGE2 = "第二期工程在二〇二二年动工，重点是把架在半空的电线和网线全部埋到地下。施工队每天只开挖一小段，晚上回填，尽量不影响商户营业。"
PREV = "桐溪县召开春季防汛工作部署会"
NEXT = "城南社区新开一家老年食堂"
WHOLE_LAST = "村党支部书记喻德明说，明年打算在梯田边上种一片茶园，让村民在农闲时也有活干、有钱赚。"
NAMES = ["content_3071.html", "content_3071_2.html", "content_3071_3.html"]


def kanbao(args, env=None):
    p = subprocess.run([KANBAO] + args, capture_output=True, timeout=LIMIT, env=env)
    out = p.stdout.decode("utf-8")
    return p.returncode, (json.loads(out) if out.strip() else None), p.stderr.decode("utf-8", "replace")


def whole(d, where, urls):
    body = d["body"] if d else []
    ok(len(body) == 9 and body[0] == FIRST and body[-1] == LAST and PAGE2 in body,
       f"{where}: the body runs from page 1's first paragraph to page 3's last", body)
    ok(d is not None and d["pages"] == urls, f"{where}: pages lists the 3 pages joined", d and d["pages"])
    ok(d is not None and (d["prev"] or {}).get("title") == PREV and (d["next"] or {}).get("title") == NEXT,
       f"{where}: 上一篇 / 下一篇 are page 1's", d and (d["prev"], d["next"]))
    types = [b["type"] for b in d["blocks"]] if d else []
    ok(types.count("p") == 9 and "img" in types, f"{where}: blocks of the 3 pages, page 2's picture too", types)


def file_dumps(tmp):
    path = os.path.join(STORY, NAMES[0])
    rc, d, err = kanbao(["--dump", path])
    urls = ["file://" + os.path.abspath(os.path.join(STORY, n)) for n in NAMES]
    ok(rc == 0 and err == "", "a path: exit 0, nothing on stderr", (rc, err))
    whole(d, "a path", urls)
    rc, d, err = kanbao(["--dump", urls[0]])
    whole(d, "a file: URL", urls)
    base = "http://tongxi.example/news/2024/0418/"
    rc, d, err = kanbao(["--dump", "--base-url=" + base + NAMES[0], path])
    whole(d, "a saved page read --base-url, its pages beside it", [base + n for n in NAMES])
    # page 3 missing: the join ends with a warning, pages 1 and 2 kept
    for n in NAMES[:2]:
        shutil.copy(os.path.join(STORY, n), tmp)
    rc, d, err = kanbao(["--dump", os.path.join(tmp, NAMES[0])])
    body = d["body"] if d else []
    ok(rc == 0 and "warning" in err and "content_3071_3.html" in err,
       "a page missing: exit 0 and a warning naming it", (rc, err))
    ok(len(body) == 6 and body[0] == FIRST and d["pages"][-1].endswith(NAMES[1]),
       "a page missing: pages 1 and 2 kept", d and d["pages"])


def serial(d, sid, count, next_of):
    """A story of count pages in d, each linking only its 下一页 (next_of)."""
    for k in range(1, count + 1):
        text = f"长篇连载第{k}页：溪口镇的老渡工讲起了他年轻时撑船过河、风里雨里送乡亲们赶集的往事，一讲就是一个下午。"
        name = f"serial_{sid}.html" if k == 1 else f"serial_{sid}_{k}.html"
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write(f"<html><head><meta charset='utf-8'><title>溪口老渡工</title></head><body><h1>溪口老渡工</h1>"
                    f"<div class='content'><p>{text}</p><p>{text}</p></div>"
                    f"<div class='pages'><a href='serial_{sid}_{next_of(k)}.html'>下一页</a></div></body></html>")


def long_story(tmp):
    """25 pages chained by 下一页: read in order, 20 pages at most; pages
    that link in a circle (3 back to 2) end."""
    d = os.path.join(tmp, "long")
    os.makedirs(d)
    serial(d, 88, 25, lambda k: k + 1)
    serial(d, 77, 3, lambda k: 2 if k == 3 else k + 1)
    rc, d2, err = kanbao(["--dump", os.path.join(d, "serial_77.html")])
    ok(rc == 0 and d2 is not None and [p.rsplit("/", 1)[1] for p in d2["pages"]] ==
       ["serial_77.html", "serial_77_2.html", "serial_77_3.html"] and err == "",
       "pages in a circle: each read once, and the story ends", (rc, err, d2 and d2["pages"]))
    rc, d, err = kanbao(["--dump", os.path.join(tmp, "long", "serial_88.html")])
    pages = d["pages"] if d else []
    ok(rc == 0 and len(pages) == 20 and pages[-1].endswith("serial_88_20.html"),
       "25 pages chained by 下一页: the first 20 read, in order", pages)
    ok(d is not None and len(d["body"]) == 40 and d["body"][-1].startswith("长篇连载第20页"),
       "... their bodies joined in order", d and d["body"][-2:])


def server():
    p = subprocess.Popen([sys.executable, os.path.join(SRCDIR, "tests", "httpd.py"), "--lifetime", "120"],
                         stdout=subprocess.PIPE)
    port = int(p.stdout.readline().split()[0])
    return p, f"http://127.0.0.1:{port}"


def asked(root):
    log = json.loads(urllib.request.urlopen(root + "/_log").read())
    return [e["path"] for e in log if e["path"] != "/_log"]


def environment(home, source=None):
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(LC_ALL="C.UTF-8", XDG_CACHE_HOME=f"{home}/cache",
               XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data")
    os.makedirs(f"{home}/config/kanbao", exist_ok=True)
    with open(f"{home}/config/kanbao/config", "w") as f:
        if source:
            f.write(f"source 桐溪 {source}\n")
    return env


def http_dumps(tmp, root):
    env = environment(f"{tmp}/h")
    rc, d, err = kanbao(["--dump", f"{root}/story/{NAMES[0]}"], env)
    ok(rc == 0 and err == "", "http: exit 0, nothing on stderr", (rc, err))
    whole(d, "http", [f"{root}/story/{n}" for n in NAMES])
    got = asked(root)
    ok(all(got.count(f"/story/{n}") == 1 for n in NAMES), "http: each of the 3 pages asked once", got)
    rc, d, err = kanbao(["--dump", f"{root}/story/article_4102.html"], env)
    body = d["body"] if d else []
    ok(rc == 0 and len(body) == 4 and body[-1] == WHOLE_LAST and d["title"] == "梅岭水库移民新村的第一个丰收季",
       "GBK, 单页阅读: the whole story", body)
    ok(d is not None and d["pages"] == [f"{root}/story/article_4102_all.html"],
       "GBK, 单页阅读: pages is the one page read", d and d["pages"])
    ok(d is not None and (d["next"] or {}).get("title") == "梅岭中学举行春季运动会",
       "GBK, 单页阅读: 下一篇 from page 1", d and d["next"])
    got = asked(root)
    ok("/story/article_4102_all.html" in got and "/story/article_4102_2.html" not in got,
       "GBK, 单页阅读: the one page fetched, not page 2", got)


def refresh_then_offline(tmp, root):
    env = environment(f"{tmp}/r", f"{root}/story/index.html")
    before = len(asked(root))
    rc = subprocess.run([KANBAO, "--refresh"], capture_output=True, timeout=LIMIT, env=env).returncode
    got = asked(root)[before:]
    ok(rc == 0, "refresh: exit 0", rc)
    ok(all(f"/story/{n}" in got for n in NAMES) and "/story/article_4102_all.html" in got,
       "refresh: the further pages of each story fetched", got)
    rc, d, err = kanbao(["--dump", "--offline", f"{root}/story/{NAMES[0]}"], env)
    ok(rc == 0, "offline: exit 0", (rc, err))
    whole(d, "offline after refresh", [f"{root}/story/{n}" for n in NAMES])
    ok(len(asked(root)) == before + len(got), "offline: nothing asked of the server", asked(root)[before + len(got):])
    rc, d, err = kanbao(["--dump", "--offline", f"{root}/story/article_4102.html"], env)
    ok(d is not None and len(d["body"]) == 4, "offline: the 单页阅读 story whole", d and d["body"])


def main():
    tmp = tempfile.mkdtemp()
    srv = None
    try:
        file_dumps(tmp)
        long_story(tmp)
        srv, root = server()
        http_dumps(tmp, root)
        refresh_then_offline(tmp, root)
    finally:
        if srv:
            srv.kill()
            srv.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    return done()


if __name__ == "__main__":
    sys.exit(main())
