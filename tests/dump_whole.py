#!/usr/bin/env python3
"""dump_whole: `kanbao --dump --whole-page` on a town portal's front page
(tests/data/whole-portal-utf8.html) that extraction takes for a list of
headlines, losing its notice, its table, its weather and its menus: the
whole page still reads, in order, with its headings, lists, navigation
links and sidebar, and without its scripts, styles and hidden text; the
same in --format=text.  The page's text was written for the test; what
is looked for here was read off the page, not off kanbao's output.
Speaks TAP."""
import json, os, subprocess, sys

from tap import ok, done

KANBAO = os.environ.get("KANBAO", "src/kanbao")
PAGE = os.path.join(os.environ.get("SRCDIR", "."), "tests", "data", "whole-portal-utf8.html")
BASE = "http://www.liutang.test/index.html"
KEYS = ["url", "kind", "title", "source", "author", "editor", "published", "body",
        "images", "tags", "prev", "next", "related", "headlines", "blocks", "pages", "next_page"]
# the page's visible text, in the order it stands
IN_ORDER = ["柳塘镇人民政府", "首页", "互动交流", "镇务动态", "柳塘镇召开春季河道清淤动员会",
            "柳塘镇荷花节筹备工作启动", "通知公告", "停水通知：因东湾水厂检修管道",
            "镇区南片", "柳塘天气", "今日晴转多云，气温8至18摄氏度，东南风二级。",
            "便民服务", "公交时刻", "地址：柳塘镇荷花路1号", "联系我们"]
ABSENT = ["统计脚本", "脚本写的字", "float", "请启用浏览器", "内部备注", "隐藏的段落", "页尾脚本"]


def dump(*args):
    r = subprocess.run([KANBAO, "--dump", "--base-url=" + BASE, *args, PAGE],
                       capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def in_order(texts, wanted):
    """Is each of wanted in texts, each after the one before?"""
    at = 0
    for w in wanted:
        while at < len(texts) and w not in texts[at]:
            at += 1
        if at == len(texts):
            return w
    return None


rc, out, err = dump()
story = json.loads(out) if rc == 0 else {}
ok(story.get("kind") == "list" and story.get("body") == [],
   "the story extraction takes the page for a list: no body", story.get("kind"))

rc, out, err = dump("--whole-page")
ok(rc == 0 and err == "" and out.count("\n") == 1, "--whole-page: exit 0, one line", err)
page = json.loads(out) if rc == 0 else {}
ok(list(page.keys()) == KEYS, "every key of the contract, in order", list(page.keys()))
ok(page.get("kind") == "article" and page.get("title") == "柳塘镇人民政府门户网站",
   "an article titled by <title>", (page.get("kind"), page.get("title")))
body = page.get("body", [])
missing = in_order(body, IN_ORDER)
ok(missing is None, "body: the page's text in order, menus, list, notice, table, sidebar, footer",
   f"missing or out of order: {missing}\n{body}")
text = json.dumps(page, ensure_ascii=False)
ok(all(a not in text for a in ABSENT), "no script, style, noscript or hidden text",
   [a for a in ABSENT if a in text])

blocks = page.get("blocks", [])
heads = [b["text"] for b in blocks if b["type"] == "h"]
ok(heads == ["镇务动态", "通知公告", "柳塘天气", "便民服务"], "the headings are heading blocks", heads)
lists = [b for b in blocks if b["type"] == "list"]
ok(len(lists) == 3 and lists[0]["items"] == ["首页", "镇务公开", "办事服务", "互动交流"] and
   len(lists[1]["items"]) == 9, "the menu, the headlines and the services are lists",
   [b["items"] for b in lists])
nav = [(l["text"], l["url"]) for l in lists[0]["links"]] if lists else []
ok(("镇务公开", "http://www.liutang.test/zwgk/") in nav and len(nav) == 4,
   "every menu item is a link with its absolute URL", nav)
links = [l for b in blocks for l in b["links"]]
ok(len(links) == 19, "every link of the page is a block's link (1 + 4 + 9 + 1 + 2 + 2)", len(links))
pdf = [l for l in links if l["url"].endswith(".pdf")]
ok(len(pdf) == 1 and pdf[0]["attachment"] and pdf[0]["text"] == "停水范围示意图",
   "the map in the notice is an attachment", pdf)
tables = [b for b in blocks if b["type"] == "table"]
ok(len(tables) == 1 and tables[0]["rows"][0] == ["片区", "停水时间", "咨询电话"] and len(tables[0]["rows"]) == 3,
   "the schedule is a table of its rows", tables)
ok(page.get("images") == [{"src": "http://www.liutang.test/img/qrcode.png", "alt": "柳塘发布公众号二维码"}] and
   any(b["type"] == "img" for b in blocks), "the picture in the sidebar is there")
ok(page.get("prev") is None and page.get("related") == [] and page.get("headlines") == [] and
   page.get("pages") == [BASE], "no 上一篇, related or headlines: pages is the page")

rc, out, err = dump("--whole-page", "--format=text", "--width=60")
lines = out.split("\n")
ok(rc == 0 and lines[0] == "柳塘镇人民政府门户网站", "--format=text: the title first", lines[:1])
missing = in_order(lines, IN_ORDER)
ok(missing is None, "--format=text: the page's text in order", f"missing or out of order: {missing}")
ok(all(a not in out for a in ABSENT), "--format=text: nothing hidden")
missing = in_order(lines, ["公交时刻", "[Image: 柳塘发布公众号二维码]", "地址：柳塘镇荷花路1号"])
ok(missing is None, "--format=text: the picture where it stands, between the sidebar and the footer", missing)
refs = [l.split(". ", 1)[1] for l in out.split("References", 1)[-1].split("\n") if ". http" in l]
ok(len(refs) == 20 and refs[2] == "http://www.liutang.test/zwgk/" and refs[-1] == "http://www.liutang.test/contact.html",
   "--format=text: the references, every link and the picture in reading order", refs)

r = subprocess.run([KANBAO, "--help"], capture_output=True, text=True)
ok("--whole-page" in r.stdout, "--help lists --whole-page")
sys.exit(done())
