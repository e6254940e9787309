#!/usr/bin/env python3
"""serve: the loopback news site of tests/ui_refresh.sh and ui_find.sh,
standard library only.  Serves the files under ROOT on a free port of
127.0.0.1 and prints the port first.  Every request is a line "GET PATH"
on stdout as it arrives, so a test waits on the log, never on a clock.
A path named by --hold is answered only once GET /_release has come, so
a test can watch the reader while a transfer hangs.  Ends after --lifetime
seconds, or when the test kills it.

  serve.py ROOT [--hold PATH] [--lifetime SECONDS]
"""
import os, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.abspath(sys.argv[1])
HOLD = sys.argv[sys.argv.index("--hold") + 1] if "--hold" in sys.argv else None
LIFETIME = float(sys.argv[sys.argv.index("--lifetime") + 1]) if "--lifetime" in sys.argv else 300
released = threading.Event()
out = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        with out:
            print("GET", self.path, flush=True)
        if self.path == "/_release":
            released.set()
            return self.answer(200, b"released", "text/plain")
        if self.path == HOLD:
            released.wait(LIFETIME)
        name = os.path.normpath(os.path.join(ROOT, self.path.lstrip("/")))
        if not name.startswith(ROOT + os.sep) or not os.path.isfile(name):
            return self.answer(404, b"<html><body>not here</body></html>", "text/html")
        ctype = "application/rss+xml" if name.endswith(".xml") else "text/html; charset=utf-8"
        with open(name, "rb") as f:
            self.answer(200, f.read(), ctype)

    def answer(self, status, body, ctype):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass        # the client gave up (a timeout, a cancel): not news


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
threading.Timer(LIFETIME, lambda: os._exit(0)).start()
server.serve_forever()
