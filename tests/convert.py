#!/usr/bin/env python3
"""convert: 繁简 in the dump (issue 19).  `--convert=t2s` gives a 繁體 page
(tests/convert/tw.html, a county story written for this test, and the same
page in Big5) in simplified characters, every text of it but its URLs, and
says so with "converted": "t2s" after the contract's keys; without
conversion the key is absent.  `kanbao --search` finds a word in either
script (both stories dumped over loopback first).  s2t the other way on a simplified page.
The config's `convert` applies, the command line beats it.  Without
OpenCC's data, or without libopencc, the page dumps as it is with one
warning, never a crash; libopencc is not loaded at start-up.  The
expectations were converted by hand.  Speaks TAP."""
import json, os, shutil, subprocess, sys, tempfile, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tap import ok, done

KANBAO = os.environ.get("KANBAO", "src/kanbao")
DIR = os.path.join(os.environ.get("SRCDIR", "."), "tests", "convert")
TW = os.path.join(DIR, "tw.html")
CN = os.path.join(DIR, "cn.html")
KEYS = ["url", "kind", "title", "source", "author", "editor", "published", "body",
        "images", "tags", "prev", "next", "related", "headlines", "blocks", "pages", "next_page"]

tmp = tempfile.mkdtemp()
ENV = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=tmp + "/c", XDG_CACHE_HOME=tmp + "/cache",
           XDG_DATA_HOME=tmp + "/d")
ENV.pop("KANBAO_OPENCC_DIR", None)


def dump(*args, env=None):
    r = subprocess.run([KANBAO, "--dump", *args], capture_output=True, env=env or ENV, timeout=120)
    out = r.stdout.decode("utf-8", "replace")
    try:
        obj = json.loads(out.splitlines()[0]) if out.strip() and "--format=text" not in args else None
    except ValueError:
        obj = None
    return r.returncode, obj, out, r.stderr.decode("utf-8", "replace")


def same(got, want, what):
    return ok(got == want, what, f"got:  {got!r}\nwant: {want!r}")


T2S_TITLE = "云溪县立图书馆新馆开幕 偏乡学童借书更方便"
T2S_BODY = ["云溪县立图书馆新馆今天上午正式开幕，新馆楼高四层，藏书超过十二万册，并设有儿童阅览区与数位学习教室。",
            "县长在开幕典礼上表示：「图书馆是乡亲共同的书房。」过去偏远地区的学童必须搭乘公车一个多小时才能借书。",
            "县府也将推出行动书车，每周两次开进山区的国民小学，让孩子在学校就能借还图书。"]
TW_TITLE = "雲溪縣立圖書館新館開幕 偏鄉學童借書更方便"

# ---- t2s ----
rc, d, _, err = dump("--convert=t2s", TW)
ok(rc == 0 and d is not None, "--convert=t2s dumps the 繁體 page", err)
d = d or {}
same(d.get("title"), T2S_TITLE, "t2s: the title in simplified characters")
same(d.get("body"), T2S_BODY, "t2s: the body in simplified characters")
same([d.get("source"), d.get("author"), d.get("editor")], ["云溪县政府新闻处", "陈晓雯", "黄建国"],
     "t2s: source, author and editor")
same([(d.get("prev") or {}).get("title"), (d.get("next") or {}).get("title")],
     ["云溪县老街环境改善工程完工 骑楼通道变宽敞", "云溪温泉季登场 业者推出优惠套票"], "t2s: 上一篇 and 下一篇")
same([r.get("title") for r in d.get("related", [])], ["县府补助社区图书室购买新书", "暑假阅读营开始报名 名额有限"],
     "t2s: the related list")
same([b.get("text") or b.get("alt") for b in d.get("blocks", [])],
     T2S_BODY[:2] + ["新馆开幕当天的阅览区"] + T2S_BODY[2:], "t2s: the blocks' text and the image's alt")
same([(d.get("next") or {}).get("url", "").rsplit("/", 1)[-1], d.get("published")], ["tw2.html", "2025-05-12T10:20"],
     "t2s: URLs and dates are left as they are")
same(list(d.keys()), KEYS + ["converted"], "t2s: every key of the contract, then \"converted\"")
same(d.get("converted"), "t2s", "t2s: \"converted\": \"t2s\"")
ok(err == "", "t2s: nothing on stderr", err)

# ---- none ----
rc, d, _, _ = dump(TW)
same(list((d or {}).keys()), KEYS, "without --convert: the contract's keys, no \"converted\"")
same((d or {}).get("title"), TW_TITLE, "without --convert: the title as the page has it")
rc, d, _, _ = dump("--convert=none", TW)
ok(d is not None and "converted" not in d and d.get("title") == TW_TITLE, "--convert=none: as the page, no \"converted\"")

# ---- s2t ----
rc, d, _, _ = dump("--convert=s2t", CN)
d = d or {}
same(d.get("title"), "青禾縣春季農產品展銷會開幕 新茶銷售火爆", "s2t: the title in traditional characters")
same(d.get("body"), ["青禾縣春季農產品展銷會今天在縣體育館開幕，來自全縣十二個鄉鎮的農戶帶來了新茶、竹筍和蜂蜜。",
                     "開幕不到兩個小時，南山茶園的新茶就賣出了三百多斤，茶農們說今年的價格比去年好。"],
     "s2t: the body in traditional characters")
same(d.get("converted"), "s2t", "s2t: \"converted\": \"s2t\"")

# ---- the text dump ----
rc, _, out, _ = dump("--format=text", "--width=100", "--convert=t2s", TW)
ok(rc == 0 and T2S_TITLE in out and TW_TITLE not in out, "--format=text --convert=t2s: the text in simplified characters", out[:300])

# ---- the config ----
conf = os.path.join(tmp, "config")
with open(conf, "w") as f:
    f.write("convert t2s\n")
rc, d, _, err = dump("--config=" + conf, TW)
ok(d is not None and d.get("title") == T2S_TITLE and d.get("converted") == "t2s", "the config's convert t2s applies to the dump", err)
rc, d, _, _ = dump("--config=" + conf, "--convert=none", TW)
ok(d is not None and d.get("title") == TW_TITLE and "converted" not in d, "--convert=none beats the config's convert")
rc, _, _, err = dump("--convert=zh-hk", TW)
ok(rc == 1 and "--convert is t2s, s2t or none, not 'zh-hk'" in err, "an unknown --convert: exit status 1 and the modes", err)

# ---- Big5 ----
big5 = os.path.join(tmp, "tw-big5.html")
with open(TW, encoding="utf-8") as f:
    page = f.read().replace('charset="utf-8"', 'charset="big5"')
with open(big5, "wb") as f:
    f.write(page.encode("big5"))
rc, d, _, err = dump("--convert=t2s", big5)
ok(d is not None and d.get("title") == T2S_TITLE and d.get("body") == T2S_BODY, "a Big5 page: decoded, then converted", err)

# ---- without OpenCC ----
empty = os.path.join(tmp, "no-opencc")
os.mkdir(empty)
rc, d, _, err = dump("--convert=t2s", TW, env=dict(ENV, KANBAO_OPENCC_DIR=empty))
ok(rc == 0 and d is not None and d.get("title") == TW_TITLE and "converted" not in d,
   "OpenCC's data missing: exit status 0, the page as it is, no \"converted\"", err)
ok(err.count("\n") == 1 and err.startswith("kanbao: warning: cannot open OpenCC's t2s conversion (")
   and "t2s.json" in err, "... and one warning naming the file", err)
lib = os.path.join(tmp, "lib")
os.mkdir(lib)
for name in ("libopencc.so.1.1", "libopencc.so"):
    open(os.path.join(lib, name), "w").close()    # not a library: dlopen fails
rc, d, _, err = dump("--convert=t2s", TW, TW, env=dict(ENV, LD_LIBRARY_PATH=lib))
ok(rc == 0 and d is not None and d.get("title") == TW_TITLE, "libopencc missing: exit status 0, the page as it is", err)
ok(err.count("\n") == 1 and err.startswith("kanbao: warning: cannot load libopencc"),
   "... and one warning for two pages", err)
rc, d, _, err = dump(TW, env=dict(ENV, LD_LIBRARY_PATH=lib))
ok(rc == 0 and err == "", "libopencc missing, nothing to convert: no word of it", err)

# ---- kanbao --search in either script ----
class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        name = os.path.join(DIR, os.path.basename(self.path))
        body = open(name, "rb").read() if os.path.isfile(name) else b""
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"
NOPROXY = {k: v for k, v in ENV.items() if "proxy" not in k.lower()}
rc, _, _, err = dump(base + "/tw.html", base + "/cn.html", env=NOPROXY)
ok(rc == 0, "the 繁體 and the simplified story dumped over loopback, into the cache", err)
server.shutdown()
server.server_close()


def found(*words, env=NOPROXY):
    r = subprocess.run([KANBAO, "--search", *words], capture_output=True, env=env, timeout=120)
    titles = [json.loads(line).get("title") for line in r.stdout.decode().splitlines() if line.strip()]
    return titles, r.stderr.decode("utf-8", "replace")


CN_TITLE = "青禾县春季农产品展销会开幕 新茶销售火爆"
titles, err = found("图书馆")
same(titles, [TW_TITLE], "--search 图书馆 (simplified) finds the story that writes 圖書館")
titles, err = found("體育館")
same(titles, [CN_TITLE], "--search 體育館 (traditional) finds the story that writes 体育馆")
titles, err = found("县府")
same(titles, [TW_TITLE], "--search 县府, a two-character word (a scan), finds 縣府")
titles, err = found("偏乡", "借書")
same(titles, [TW_TITLE], "two words in two scripts: both must match, each in either script")
titles, err = found("图书馆", "蜂蜜")
same(titles, [], "... and a story that holds only one of them is not found")
titles, err = found("圖書館", env=dict(NOPROXY, LD_LIBRARY_PATH=lib))
ok(titles == [TW_TITLE] and err.startswith("kanbao: warning: cannot load libopencc"),
   "without libopencc a word is looked for as typed, with one warning", f"{titles} {err}")

if shutil.which("readelf"):
    dyn = subprocess.run(["readelf", "-d", KANBAO], capture_output=True, text=True).stdout
    ok("NEEDED" in dyn and "opencc" not in dyn, "libopencc is not among the libraries loaded at start-up")

shutil.rmtree(tmp)
sys.exit(done())
