#!/usr/bin/env python3
"""httpd: a loopback HTTP server for kanbao's fetch tests, standard library
only.  It binds 127.0.0.1 on free ports and prints "PORT REFUSED TLS" on its
first line: PORT serves good pages and pages that misbehave on purpose,
REFUSED was bound and closed again (connecting to it is refused), TLS
serves the same over https with a self-signed certificate (data/
selfsigned.pem), which a client that verifies must refuse.  It ends after
--lifetime seconds (default 60), or sooner when its parent has gone.

Every request is logged; GET /_log answers the log as JSON, so a test can
see the headers kanbao sent (User-Agent, Accept-Language, If-None-Match ...).
A request whose client went away before the answer was done (while /stall
held it, or mid-way through /drip) is marked "gone": true, so a test can
see that kanbao really dropped a load it cancelled.
A request in absolute form (GET http://host/path, as to a proxy) is served
by its path and logged with "proxied": true.
/story/NAME serves tests/story/ (stories in several pages).
/flaky.html is a page whose server has moods, set with GET /_flaky?MOOD:
ok (the page, with an ETag), 503, 404, stall (holds the connection), cut
(a new version, gzip, cut short with a Content-Length that matches).

  httpd.py [--lifetime SECONDS]
  httpd.py --page NAME      prints the bytes a page is served with
"""
import gzip, json, os, socket, ssl, struct, sys, threading, time, zlib
from urllib.parse import urlsplit
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
SITE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
LAST_MODIFIED = "Tue, 21 Feb 2023 05:55:38 GMT"
HOLD = 30          # seconds a stalling handler holds its connection at most
MIB = 1 << 20


def article():
    with open(os.path.join(DATA, "net_article.html"), "rb") as f:
        return f.read()


def site_page(name):
    with open(os.path.join(SITE, name), "rb") as f:
        return f.read()


def small_page(title, text="正文第一段，内容足够长，让抽取器认出这是一篇文章的正文，而不是菜单或者页脚的文字。"):
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class=\"content\"><p>{text}</p><p>{text}</p></div></body></html>")


def raw_deflate(data):
    """deflate without zlib's wrapper, as some servers send it."""
    c = zlib.compressobj(wbits=-15)
    return c.compress(data) + c.flush()


GBK_PAGE = small_page("县城新闻：春耕备耕忙", "各乡镇抓住农时，组织农民开展春耕备耕，田间地头一派繁忙景象，农资供应充足。").encode("gbk")
PNG = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + b"\0" * 17
PAGES = {"article": article, "gbk": lambda: GBK_PAGE, "docx": lambda: DOCX}

log, log_lock = [], threading.Lock()
state = {"version": 1, "flaky": "ok"}


def cut(data):
    """The first half of a compressed stream: no end, no trailer."""
    return data[:len(data) // 2]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"     # the connection ends each response

    def log_message(self, fmt, *args):  # quiet: stdout carries the port
        pass

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def gone(self):
        """Marks this request's log entry: its client went away."""
        with log_lock:
            self.entry["gone"] = True

    def hold(self, seconds=HOLD):
        """Keeps the connection open, sending nothing, until the client goes."""
        self.connection.settimeout(0.2)
        end = time.time() + seconds
        while time.time() < end:
            try:
                if self.connection.recv(1, socket.MSG_PEEK) == b"":
                    self.gone()
                    return
            except socket.timeout:
                continue
            except OSError:
                self.gone()
                return

    def redirect(self, where, status=302):
        self.send(status, b"", headers=[("Location", where)])

    def do_GET(self):
        proxied = self.path.startswith("http://")
        if proxied:
            self.path = urlsplit(self.path).path or "/"
        path = self.path
        self.entry = {"path": path, "proxied": proxied,
                      "headers": {k.lower(): v for k, v in self.headers.items()}}
        with log_lock:
            log.append(self.entry)
        route = ROUTES.get(path.split("?")[0])
        if route is None and path.startswith("/chain/"):
            route = chain
        if route is None and path.startswith("/story/"):
            route = story
        if route is None:
            self.send(404, small_page("没有这个页面").encode())
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            self.gone()


def chain(h):
    """/chain/N takes N redirects to reach the article."""
    n = int(h.path.split("/")[2])
    h.redirect(f"/chain/{n - 1}" if n > 1 else "/article.html")


def story(h):
    """/story/NAME: tests/story/NAME (a story in several pages and its
    list); /story/brief_N.html a short story of its own."""
    name = os.path.basename(h.path.split("?")[0])
    path = os.path.join(os.path.dirname(DATA), "story", name)
    if name.startswith("brief_"):
        h.send(200, small_page("桐溪简讯" + name[6:-5]).encode())
    elif os.path.isfile(path):
        with open(path, "rb") as f:
            h.send(200, f.read(), ctype="text/html")
    else:
        h.send(404, small_page("没有这个页面").encode())


def validated(h, etag=None, last_modified=None, body=b""):
    """Answers 304 when the request's validators match, the page otherwise."""
    headers = []
    if etag:
        headers.append(("ETag", etag))
    if last_modified:
        headers.append(("Last-Modified", last_modified))
    inm, ims = h.headers.get("If-None-Match"), h.headers.get("If-Modified-Since")
    if (etag and inm == etag) or (not etag and last_modified and ims == last_modified):
        h.send(304, headers=headers, ctype=None)
    else:
        h.send(200, body, headers=headers)


def false_length(h, then_close):
    body = article()
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(len(body) * 4))
    h.end_headers()
    h.wfile.write(body)
    h.wfile.flush()
    if not then_close:
        h.hold()


def drip(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.end_headers()
    h.wfile.flush()
    for _ in range(HOLD):
        h.wfile.write(b"<")
        h.wfile.flush()
        time.sleep(1)


def reset(h):
    body = article()
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(len(body) * 4))
    h.end_headers()
    h.wfile.write(body)
    h.wfile.flush()
    # SO_LINGER with a zero timeout: close() sends RST, not FIN
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()


def big(h, with_length):
    size = 20 * MIB
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    if with_length:
        h.send_header("Content-Length", str(size))
    h.end_headers()
    chunk = b"<p>" + b"x" * 65533
    for _ in range(size // len(chunk)):
        h.wfile.write(chunk)


def slow(h):
    """200 KiB in 20 pieces, 50 ms apart: a transfer long enough to watch."""
    piece = b"<p>" + "慢".encode() * 3410 + b"  </p>\n"     # 10240 bytes
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(len(piece) * 20))
    h.end_headers()
    for _ in range(20):
        h.wfile.write(piece)
        h.wfile.flush()
        time.sleep(0.05)


def encoded(h, body, coding):
    """body sent with Content-Encoding: coding, as it is (a cut stream too)."""
    h.send(200, body, headers=[("Content-Encoding", coding)])


def huge_header(h, many):
    """A header of 200 KiB on one line, or 20000 header lines."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    if many:
        for i in range(20000):
            h.send_header(f"X-Filler-{i}", "b" * 20)
    else:
        h.send_header("X-Filler", "a" * (200 * 1024))
    body = article()
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def flaky(h):
    mood = state["flaky"]
    if mood == "ok":
        validated(h, etag='"stable"', body=small_page("脾气不好的服务器").encode())
    elif mood == "cut":
        body = gzip.compress(small_page("只传了一半的新版").encode() * 20)
        h.send(200, cut(body), headers=[("Content-Encoding", "gzip"), ("ETag", '"cut"')])
    elif mood == "stall":
        h.hold()
    else:
        h.send(int(mood), small_page("出错了").encode())


def set_mood(h):
    state["flaky"] = urlsplit(h.path).query
    h.send(200, b"ok", ctype="text/plain")


def bump(h):
    state["version"] += 1
    h.send(200, b"ok", ctype="text/plain")


# /files/*: attachments for d (tests/site/downloads.html links to them)
DOCX = b"PK\x03\x04" + "柳溪镇春耕补贴名单：张三 300 元，李四 450 元。".encode() * 40
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# a name of path and terminal escapes: ../../.<ESC>]2;pwned<BEL>报名表.xlsx
HOSTILE_NAME = "attachment; filename=\"x.xlsx\"; filename*=UTF-8''..%2F..%2F.%1B%5D2%3Bpwned%07%E6%8A%A5%E5%90%8D%E8%A1%A8.xlsx"


# /pic/*: a story's pictures (tests/site/pictures.html); the fuzz seeds
# are the JPEG and the WebP, a picture made here the PNG.  /pic/bridge.png
# is held until GET /_release, so a test sees the story before it.
SEEDS = os.path.join(os.path.dirname(DATA), "..", "fuzz", "seeds", "picture")
released = threading.Event()


def seed(name):
    with open(os.path.join(SEEDS, name), "rb") as f:
        return f.read()


def make_png(width, height):
    """Sky blue over river green, a white bridge across the middle."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b""
    for y in range(height):
        if abs(y - height // 2) < 2:
            px = b"\xff\xff\xff"
        elif y < height // 2:
            px = b"\x40\x90\xe0"
        else:
            px = b"\x20\x80\x40"
        rows += b"\0" + px * width
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows)) +
            chunk(b"IEND", b""))


def held_picture(h):
    released.wait(HOLD)
    h.send(200, make_png(64, 32), ctype="image/png")


def release(h):
    released.set()
    h.send(200, b"ok", ctype="text/plain")


# /pic/NAME.*, held until GET /_release/NAME as /pic/bridge.png is: the
# GIF of a story of a site rule's body (tests/site/pictures-rule.html)
# and the picture of a story fetched ahead (pictures-ahead-next.html)
held_until = {"ferry": threading.Event(), "lantern": threading.Event()}


def held(name, body, ctype):
    def serve(h):
        held_until[name].wait(HOLD)
        h.send(200, body(), ctype=ctype)
    return serve


def release_held(h):
    held_until[h.path.split("/")[-1]].set()
    h.send(200, b"ok", ctype="text/plain")


def show_log(h):
    with log_lock:
        body = json.dumps(log).encode()
    h.send(200, body, ctype="application/json")


ROUTES = {
    "/article.html": lambda h: h.send(200, article()),
    "/redirect": lambda h: h.redirect("/article.html", 301),
    "/loop": lambda h: h.redirect("/loop"),
    "/to-file": lambda h: h.redirect("file:///etc/passwd"),
    "/to-ftp": lambda h: h.redirect("ftp://127.0.0.1/article.html"),
    "/gzip.html": lambda h: h.send(200, gzip.compress(article()),
                                   headers=[("Content-Encoding", "gzip")]),
    "/gbk.html": lambda h: h.send(200, GBK_PAGE, ctype="text/html; charset=GBK"),
    "/etag.html": lambda h: validated(h, etag='"v1"', body=article()),
    "/lastmod.html": lambda h: validated(h, last_modified=LAST_MODIFIED, body=article()),
    "/versioned.html": lambda h: validated(h, etag=f'"v{state["version"]}"',
                                           body=small_page(f"第{state['version']}版").encode()),
    "/plain.html": lambda h: h.send(200, small_page("没有验证信息的页面").encode()),
    "/404": lambda h: h.send(404, small_page("404 Not Found").encode()),
    "/500": lambda h: h.send(500, small_page("服务器错误").encode()),
    "/false-length": lambda h: false_length(h, False),
    "/short": lambda h: false_length(h, True),
    "/stall": lambda h: h.hold(),
    "/drip": drip,
    "/reset": reset,
    "/image.png": lambda h: h.send(200, PNG, ctype="image/png"),
    "/doc.pdf": lambda h: h.send(200, b"%PDF-1.4\n", ctype="application/pdf"),
    "/nul.html": lambda h: h.send(200, b"<html>\0\0\0\x01\x02" + article()),
    "/nul-gbk.html": lambda h: h.send(200, GBK_PAGE.replace("，".encode("gbk"), b"\0" + "，".encode("gbk")),
                                      ctype="text/html; charset=GBK"),
    "/png-as-html": lambda h: h.send(200, PNG),
    "/gzip-cut.html": lambda h: encoded(h, cut(gzip.compress(article())), "gzip"),
    "/gzip-no-trailer.html": lambda h: encoded(h, gzip.compress(article())[:-8], "gzip"),
    "/gzip-members.html": lambda h: encoded(h, gzip.compress(article()[:800]) +
                                            gzip.compress(article()[800:]), "gzip"),
    "/gzip-corrupt.html": lambda h: encoded(h, gzip.compress(article())[:40] + b"\xff" * 400, "gzip"),
    "/deflate.html": lambda h: encoded(h, zlib.compress(article()), "deflate"),
    "/deflate-raw.html": lambda h: encoded(h, raw_deflate(article()), "deflate"),
    "/deflate-cut.html": lambda h: encoded(h, cut(zlib.compress(article())), "deflate"),
    "/brotli.html": lambda h: encoded(h, b"\x0b\x02\x80abc\x03", "br"),
    "/header-long": lambda h: huge_header(h, False),
    "/header-many": lambda h: huge_header(h, True),
    "/flaky.html": flaky,
    "/_flaky": set_mood,
    "/big": lambda h: big(h, True),
    "/big-nolength": lambda h: big(h, False),
    "/slow.html": slow,
    "/notices.html": lambda h: h.send(200, site_page("notices.html")),   # links to /stall, /drip
    "/_bump": bump,
    "/downloads.html": lambda h: h.send(200, site_page("downloads.html")),
    "/notice.html": lambda h: h.send(200, site_page("notice.html")),       # its attachments in the text
    "/files/butie.docx": lambda h: h.send(200, DOCX, ctype=DOCX_TYPE),
    "/files/form": lambda h: h.send(200, b"PK\x03\x04 form", ctype="application/octet-stream",
                                    headers=[("Content-Disposition", HOSTILE_NAME)]),
    "/files/big.zip": lambda h: h.send(200, b"PK\x03\x04" + b"\0" * 300000, ctype="application/zip"),
    "/_log": show_log,
    "/pictures.html": lambda h: h.send(200, site_page("pictures.html")),
    "/pictures-before.html": lambda h: h.send(200, site_page("pictures-before.html")),
    "/pic/bridge.png": held_picture,
    "/_release": release,
    "/pic/bomb.png": lambda h: h.send(200, seed("bomb-20000.png"), ctype="image/png"),
    "/pic/cut.jpg": lambda h: h.send(200, seed("truncated.jpg"), ctype="image/jpeg"),
    "/pic/png-named.jpg": lambda h: h.send(200, make_png(40, 30), ctype="image/jpeg"),
    "/pic/market.webp": lambda h: h.send(200, seed("tiny.webp"), ctype="image/webp"),
    "/pic/tea.jpg": lambda h: h.send(200, seed("tiny-progressive.jpg"), ctype="image/jpeg"),
    "/pictures-rule.html": lambda h: h.send(200, site_page("pictures-rule.html")),
    "/pic/ferry.gif": held("ferry", lambda: seed("tiny-interlaced.gif"), "image/gif"),
    "/_release/ferry": release_held,
    # a story whose 下一篇 is fetched ahead with its picture, which its
    # opening shows without asking again (tests/ui_pictures.sh)
    "/pictures-ahead.html": lambda h: h.send(200, site_page("pictures-ahead.html")),
    "/pictures-ahead-next.html": lambda h: h.send(200, site_page("pictures-ahead-next.html")),
    "/pic/lantern.png": held("lantern", lambda: make_png(48, 24), "image/png"),
    "/_release/lantern": release_held,
}


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64


def refused_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main():
    args = sys.argv[1:]
    if args[:1] == ["--page"]:
        sys.stdout.buffer.write(PAGES[args[1]]())
        return
    lifetime = float(args[1]) if args[:1] == ["--lifetime"] else 60
    server = Server(("127.0.0.1", 0), Handler)
    tls = Server(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(os.path.join(DATA, "selfsigned.pem"))
    tls.socket = context.wrap_socket(tls.socket, server_side=True)
    print(server.server_address[1], refused_port(), tls.server_address[1], flush=True)
    parent = os.getppid()

    def watch():
        end = time.time() + lifetime
        while time.time() < end and os.getppid() == parent:
            time.sleep(0.2)
        server.shutdown()
        tls.shutdown()
    threading.Thread(target=tls.serve_forever, args=(0.2,), daemon=True).start()
    threading.Thread(target=watch, daemon=True).start()
    server.serve_forever(poll_interval=0.2)
    server.server_close()


if __name__ == "__main__":
    main()
