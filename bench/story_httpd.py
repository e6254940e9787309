#!/usr/bin/env python3
"""story_httpd: a loopback news site for bench/prefetch.sh, bench/keys.py and
the reader's tests, standard library only.  /s/N.html (N = 1 .. --count,
60 unless told) is a story whose 上一篇 is N-1, whose
下一篇 is N+1 and whose related stories are N+5 and N+9; every response is
held DELAY seconds first, as a far server would.  Prints the port on its
first line; GET /_log lists the paths asked for, "done PATH" for an
answer sent whole and "gone PATH" for a request whose client left before
the answer (a cancelled prefetch).  Ends after --lifetime seconds or when
its parent is gone.  --hold N,M,... holds the answer to those stories
until their client leaves, so that a test can see a prefetch cancelled
without racing the delay.  --pad KIB makes each story about that many
KiB, with more paragraphs of the same text (marked N-i, i from 0).
--picture FILE puts a picture after each story's first paragraph,
/p/N.EXT (FILE's extension), whose bytes are FILE's (bench/picture.sh).

  story_httpd.py [--delay SECONDS] [--lifetime SECONDS] [--hold N,M,...]
                 [--count N] [--pad KIB] [--picture FILE]
"""
import os, socket, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

COUNT = 60
PARAGRAPHS = 6
TEXT = ("县里今天召开会议，部署春耕生产、道路维修和学校建设等工作，"
        "要求各乡镇抓住时机，把各项任务落到实处，让群众得到实惠。")


def title(n):
    return f"第{n}篇 青禾县新闻 县里部署春季工作"


def link(n):
    return f'<a href="/s/{n}.html">{title(n)}</a>' if 1 <= n <= COUNT else "没有了"


def story(n):
    body = "".join(f"<p>{TEXT}（{n}-{i}）</p>" for i in range(PARAGRAPHS))
    if PICTURE is not None:
        first = body.index("</p>") + 4
        body = (body[:first] + f'<p><img src="/p/{n}{PICTURE[0]}" alt="第{n}篇的图片"></p>' +
                body[first:])
    related = "".join(f"<li>{link(k)}<span>2024-03-06</span></li>"
                      for k in (n + 5, n + 9) if k <= COUNT)
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{title(n)}_青禾县融媒体中心</title></head><body>"
            f'<div class="article"><h1>{title(n)}</h1>'
            f'<div class="info">来源：青禾县融媒体中心 发布时间：2024-03-06 09:30</div>'
            f'<div class="content">{body}</div><div class="pagenav">'
            f"<p>上一篇：{link(n - 1)}</p><p>下一篇：{link(n + 1)}</p></div>"
            f'<div class="related"><h3>相关新闻</h3><ul>{related}</ul></div>'
            f"</div></body></html>").encode()


LOG = []
PICTURE = None      # (extension, bytes) of --picture


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    delay = 0.3
    hold = set()

    def log_message(self, fmt, *args):
        pass

    def peer_gone(self):
        """Has the client closed the connection (cancelled) while we slept?"""
        self.connection.setblocking(False)
        try:
            return self.connection.recv(1, socket.MSG_PEEK) == b""
        except (BlockingIOError, InterruptedError):
            return False
        except OSError:
            return True
        finally:
            self.connection.setblocking(True)

    def do_GET(self):
        if self.path == "/_log":    # the paths asked for so far, a line each
            body = "".join(p + "\n" for p in LOG).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        LOG.append(self.path)
        time.sleep(self.delay)
        while self.path in self.hold and not self.peer_gone():
            time.sleep(0.05)
        if self.peer_gone():
            LOG.append("gone " + self.path)
            return
        parts = self.path.split("/")
        if PICTURE is not None and len(parts) == 3 and parts[1] == "p":
            self.send_response(200)
            self.send_header("Content-Length", str(len(PICTURE[1])))
            self.end_headers()
            try:
                self.wfile.write(PICTURE[1])
                LOG.append("done " + self.path)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        try:
            n = int(parts[2].split(".")[0]) if len(parts) == 3 and parts[1] == "s" else 0
        except ValueError:
            n = 0
        if not 1 <= n <= COUNT:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = story(n)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
            LOG.append("done " + self.path)
        except (BrokenPipeError, ConnectionResetError):
            pass    # a prefetch the reader cancelled


def main():
    args = sys.argv[1:]
    opts = dict(zip(args[::2], args[1::2]))
    Handler.delay = float(opts.get("--delay", 0.3))
    Handler.hold = {f"/s/{n}.html" for n in opts.get("--hold", "").split(",") if n}
    lifetime = float(opts.get("--lifetime", 300))
    global COUNT, PARAGRAPHS, PICTURE
    COUNT = int(opts.get("--count", COUNT))
    if "--picture" in opts:
        with open(opts["--picture"], "rb") as f:
            PICTURE = (os.path.splitext(opts["--picture"])[1], f.read())
    # a paragraph is about 200 bytes of UTF-8
    PARAGRAPHS = max(PARAGRAPHS, int(float(opts.get("--pad", 0)) * 1024 / 200))
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    parent = os.getppid()

    def watch():
        end = time.time() + lifetime
        while time.time() < end and os.getppid() == parent:
            time.sleep(0.2)
        server.shutdown()
    threading.Thread(target=watch, daemon=True).start()
    server.serve_forever(poll_interval=0.2)


if __name__ == "__main__":
    main()
