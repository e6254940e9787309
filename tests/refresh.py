#!/usr/bin/env python3
"""refresh: `kanbao --refresh` against a loopback edition of five fictional
town sites (tests/site/refresh/: HTML lists, one in GBK, RSS and Atom
feeds), each on its own port, so each is a host of its own.  A cold
refresh fetches every source and every story once, within the bounds on
connections per host and overall; a warm one costs a 304 per source and
nothing else; every story then dumps with --offline from the cache with
the servers gone; a failing source (a 500, a refused port, a server that
fails on a cached page) gives exit 2 and a line on stderr while the rest
is kept; a refresh killed with SIGKILL mid-way leaves cache.db sound and
the next one finishes the job; on a terminal the progress is one line
that \\r rewrites.  The servers log every request; the test waits on the
log, never on a clock.  Speaks TAP, and prints the figures of the cold
and warm refreshes as comments."""
import hashlib, os, pty, re, select, signal, sqlite3, subprocess, sys, tempfile, threading, time
from http.server import ThreadingHTTPServer

import httpd
from tap import ok, done

KANBAO = os.environ.get("KANBAO", "src/kanbao")
SRCDIR = os.environ.get("SRCDIR", ".")
SITE = os.path.join(SRCDIR, "tests", "site", "refresh")
LAST_MODIFIED = "Sat, 06 Apr 2024 01:15:00 GMT"
LIMIT = 60          # seconds: a guard against a hang, never a wait
GRACE = 0.3         # seconds a client over its bound has to show it (gate)
PER_HOST, TOTAL = 2, 8

# town: (its sources, validators it sends, charset of its pages)
TOWNS = {
    "qinghe": (["index.html", "photos.html"], "etag", "utf-8"),
    "baihe": (["rss.xml"], "last-modified", "utf-8"),
    "lanxi": (["atom.xml"], "both", "utf-8"),
    "songlin": (["list.html"], "etag", "gbk"),
    "shiqiao": (["rss.xml"], "etag", "utf-8"),
}


class Log:
    """Every request of every town, with what was answered; waits on it."""

    def __init__(self):
        self.cond = threading.Condition()
        self.entries = []
        self.inflight = {}          # town -> requests being answered
        self.max_host = 0
        self.max_total = 0
        self.moods = {}             # path -> status to answer instead
        self.held = set()           # paths answered only once released
        self.arrived = set()        # held paths asked for
        self.kill_at = None         # (n, pid): SIGKILL after the n-th answer
        self.barrier = None         # stories wait until this many are in flight
        self.full = False           # it was reached: the grace runs

    def begin(self, town):
        with self.cond:
            self.inflight[town] = self.inflight.get(town, 0) + 1
            self.max_host = max(self.max_host, self.inflight[town])
            self.max_total = max(self.max_total, sum(self.inflight.values()))

    def answered(self, town):
        """Counted out before its answer goes: a client can only end a
        transfer, and start the next, after that."""
        with self.cond:
            self.inflight[town] -= 1

    def end(self, entry):
        with self.cond:
            self.entries.append(entry)
            self.cond.notify_all()
            if self.kill_at is not None and len(self.entries) >= self.kill_at[0]:
                os.kill(self.kill_at[1], signal.SIGKILL)
                self.kill_at = None

    def gate(self):
        """Holds a story until the barrier's count of requests is in
        flight, then lets all go: a client within its bounds fills them.
        Before letting go it gives one over its bound GRACE seconds to show
        a request more; one within its bound never sends it, so the wait
        can only miss a fault, never fail a good client."""
        with self.cond:
            self.cond.notify_all()
            self.cond.wait_for(lambda: self.barrier is None or self.full or
                               sum(self.inflight.values()) >= self.barrier, LIMIT)
            if self.barrier is not None and not self.full:
                self.full = True    # the first to see it full keeps the rest
                self.cond.wait_for(lambda: sum(self.inflight.values()) > self.barrier, GRACE)
                self.barrier, self.full = None, False
                self.cond.notify_all()
            else:
                self.cond.wait_for(lambda: self.barrier is None, LIMIT)

    def wait_held(self, path):
        with self.cond:
            self.arrived.add(path)
            self.cond.notify_all()
            self.cond.wait_for(lambda: path not in self.held, LIMIT)

    def release(self, path):
        with self.cond:
            self.held.discard(path)
            self.cond.notify_all()

    def since(self, n):
        with self.cond:
            return list(self.entries[n:])

    def reset_bounds(self):
        """The most requests in flight are counted from here."""
        with self.cond:
            self.max_host = self.max_total = 0


LOG = Log()


def handler(town, validators, charset):
    class Handler(httpd.Handler):       # for its send()
        protocol_version = "HTTP/1.1"   # keep-alive: connections are reused
        disable_nagle_algorithm = True  # a body is not held for the header's ACK

        def answer(self):
            path = self.path.split("?")[0]
            name = path[len(town) + 2:] if path.startswith(f"/{town}/") else None
            file = os.path.join(SITE, town, name) if name and "/" not in name else None
            if path in LOG.moods:
                return LOG.moods[path], "<html><body><p>服务器出错</p></body></html>".encode(), [], "text/html"
            if file is None or not os.path.isfile(file):
                return 404, b"<html><body>not here</body></html>", [], "text/html"
            with open(file, "rb") as f:
                body = f.read()
            headers = []
            if validators in ("etag", "both"):
                headers.append(("ETag", '"%s"' % hashlib.sha1(body).hexdigest()[:12]))
            if validators in ("last-modified", "both"):
                headers.append(("Last-Modified", LAST_MODIFIED))
            inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
            etag = dict(headers).get("ETag")
            if (etag and inm == etag) or (not etag and ims == LAST_MODIFIED):
                return 304, b"", headers, None
            ctype = "application/xml" if name.endswith(".xml") else f"text/html; charset={charset}"
            return 200, body, headers, ctype

        def do_GET(self):
            LOG.begin(town)
            path = self.path.split("?")[0]
            if path in LOG.held:
                LOG.wait_held(path)
            if LOG.barrier is not None and path.rsplit("/", 1)[-1] not in TOWNS[town][0]:
                LOG.gate()
            status, body, headers, ctype = self.answer()
            entry = {"town": town, "path": path, "status": status, "bytes": len(body),
                     "validated": "If-None-Match" in self.headers or "If-Modified-Since" in self.headers}
            LOG.answered(town)
            try:
                self.send(status, body, ctype, headers)
                self.wfile.flush()
            except OSError:
                entry["gone"] = True
            LOG.end(entry)
    return Handler


class Town(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A client killed mid-way resets its connections: not news."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def start_towns():
    towns = {}
    for town, (_, validators, charset) in TOWNS.items():
        server = Town(("127.0.0.1", 0), handler(town, validators, charset))
        threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True).start()
        towns[town] = server
    return towns


def base(towns, town):
    return f"http://127.0.0.1:{towns[town].server_address[1]}/{town}/"


def refused_port():
    s = __import__("socket").socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def stories():
    """Every story of the edition: (town, file, its headline)."""
    out = []
    for town in TOWNS:
        for name in sorted(os.listdir(os.path.join(SITE, town))):
            if name.endswith(".html") and name not in TOWNS[town][0]:
                with open(os.path.join(SITE, town, name), "rb") as f:
                    text = f.read().decode(TOWNS[town][2])
                out.append((town, name, re.search(r"<h1>(.*?)</h1>", text).group(1)))
    return out


def environment(home, sources):
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(LC_ALL="C.UTF-8", XDG_CACHE_HOME=f"{home}/cache",
               XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data")
    os.makedirs(f"{home}/config/kanbao", exist_ok=True)
    with open(f"{home}/config/kanbao/config", "w") as f:
        for name, url in sources:
            f.write(f"source {name} {url}\n")
    return env


def all_sources(towns):
    return [(f"{town}{i}", base(towns, town) + page)
            for town, (pages, _, _) in TOWNS.items() for i, page in enumerate(pages)]


def kanbao(args, env):
    p = subprocess.run([KANBAO] + args, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=LIMIT)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


SUMMARY = re.compile(r"kanbao: sources: (\d+) read, (\d+) failed, (\d+) unchanged; "
                     r"stories: (\d+) fetched, (\d+) failed, (\d+) already cached; "
                     r"(\d+) bytes in ([0-9.]+) s\n")


def summary(out):
    m = SUMMARY.fullmatch(out)
    return tuple(int(x) for x in m.groups()[:7]) + (float(m.group(8)),) if m else None


def plain(text):
    """No control character but the newline: nothing for a terminal."""
    return not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", text)


def indexed(home):
    """The stories the search index holds, by the URL they are kept under."""
    con = sqlite3.connect(f"{home}/cache/kanbao/cache.db")
    try:
        return {r[0] for r in con.execute("SELECT key FROM docs WHERE title IS NOT NULL")}
    except sqlite3.Error:
        return set()
    finally:
        con.close()


def cache_rows(home):
    con = sqlite3.connect(f"{home}/cache/kanbao/cache.db")
    try:
        check = con.execute("PRAGMA integrity_check").fetchall()
        urls = {r[0] for r in con.execute("SELECT url FROM pages")}
    finally:
        con.close()
    return check, urls


def figures(towns, tmp):
    """The edition's figures, cold then warm, each the median of three runs
    into a new cache, with no gate in the servers' way: comments only."""
    runs = {"cold": [], "warm": []}
    for i in range(3):
        env = environment(f"{tmp}/fig{i}", all_sources(towns))
        for what in ("cold", "warm"):
            n = len(LOG.since(0))
            start = time.monotonic()
            rc, out, _ = kanbao(["--refresh"], env)
            wall = time.monotonic() - start
            s = summary(out)
            got = LOG.since(n)
            if rc == 0 and s is not None:
                runs[what].append((s[7], wall, s[6], sum(e["bytes"] for e in got), len(got),
                                   sum(e["status"] == 304 for e in got)))
    for what, r in runs.items():
        if len(r) == 3:
            r.sort()
            t, wall, got, served, asked, not_modified = r[1]
            print(f"# {what}: {t * 1000:.0f} ms refreshing ({wall * 1000:.0f} ms the whole run), "
                  f"{asked} requests ({not_modified} answered 304), {got} bytes of pages "
                  f"received, {served} bytes of bodies served")


def cold_and_warm(towns, tmp, every):
    env = environment(f"{tmp}/a", all_sources(towns))
    n = len(LOG.since(0))
    LOG.reset_bounds()
    LOG.barrier = TOTAL
    rc, out, err = kanbao(["--refresh"], env)
    LOG.barrier = None
    got = LOG.since(n)
    s = summary(out)
    ok(rc == 0 and err == "", "cold: exit 0, nothing on stderr", err)
    ok(s is not None and s[:6] == (6, 0, 0, len(every), 0, 0),
       "cold: one summary line, 6 sources read, every story fetched", out)
    ok(plain(out + err), "not a terminal: no control characters", repr(out + err))
    wanted = sorted(f"/{t}/{p}" for t, (ps, _, _) in TOWNS.items() for p in ps) + \
        sorted(f"/{t}/{name}" for t, name, _ in every)
    ok(sorted(e["path"] for e in got) == sorted(wanted) and all(e["status"] == 200 for e in got),
       "cold: each source and each story asked once (a story on two lists too), all 200", got)
    ok(LOG.max_host == PER_HOST, f"{PER_HOST} requests to one host at once, never more", LOG.max_host)
    ok(LOG.max_total == TOTAL, f"{TOTAL} requests at once (five hosts could take 10), never more",
       LOG.max_total)
    check, urls = cache_rows(f"{tmp}/a")
    ok(check == [("ok",)] and len(urls) == len(wanted), "cache.db holds every page", (check, len(urls)))
    got = indexed(f"{tmp}/a")
    ok(len(got) == len(every) and all(any(k.endswith(f"/{t}/{name}") for k in got) for t, name, _ in every),
       "the search index holds every story refreshed, before any search", sorted(got))

    n = len(LOG.since(0))
    rc, out, err = kanbao(["--refresh"], env)
    got = LOG.since(n)
    s = summary(out)
    ok(rc == 0 and err == "", "warm: exit 0, nothing on stderr", err)
    ok(len(got) == 6 and all(e["status"] == 304 and e["validated"] for e in got),
       "warm: six requests, the sources', each revalidated and answered 304", got)
    ok(s is not None and s[:6] == (6, 0, 6, 0, 0, len(every)) and s[6] == 0,
       "warm: the summary says 6 unchanged, no story fetched, all cached, 0 bytes", out)

    # a server that fails on a page the cache holds: the old copy is no refresh
    index = f"/qinghe/index.html"
    LOG.moods[index] = 503
    rc, out, err = kanbao(["--refresh"], env)
    del LOG.moods[index]
    s = summary(out)
    ok(rc == 2 and s is not None and s[:2] == (5, 1), "a source whose server fails: exit 2, 1 failed", out)
    ok(err.count("\n") == 1 and err.startswith("kanbao: ") and index in err and "503" in err,
       "one line on stderr names it and says why", err)
    return env


def failing(towns, tmp, every):
    broken = base(towns, "baihe") + "broken.xml"
    refused = f"http://127.0.0.1:{refused_port()}/gone/index.html"
    LOG.moods["/baihe/broken.xml"] = 500
    env = environment(f"{tmp}/d", all_sources(towns) + [("broken", broken), ("refused", refused)])
    rc, out, err = kanbao(["--refresh"], env)
    del LOG.moods["/baihe/broken.xml"]
    lines = err.splitlines()
    s = summary(out)
    ok(rc == 2, "failing sources: exit 2", (rc, err))
    ok(len(lines) == 2 and all(l.startswith("kanbao: ") for l in lines) and
       any(broken in l and "500" in l for l in lines) and any(refused in l for l in lines),
       "one line on stderr for each, naming its URL", err)
    ok(s is not None and s[:6] == (6, 2, 0, len(every), 0, 0),
       "the other sources and all their stories were read", out)


def killed(towns, tmp, every):
    """Killed after the k-th answer of a cold refresh, for several k."""
    sound, whole = [], []
    for k in (1, 4, 7, 10, 13, 17, 21):
        home = f"{tmp}/e{k}"
        env = environment(home, all_sources(towns))
        n = len(LOG.since(0))
        with LOG.cond:      # the pid is known before the first answer counts
            p = subprocess.Popen([KANBAO, "--refresh"], env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
            LOG.kill_at = (n + k, p.pid)
        rc = p.wait(timeout=LIMIT)
        check, urls = cache_rows(home)
        sound.append((k, rc == -signal.SIGKILL, check == [("ok",)], len(urls)))
        rc, out, err = kanbao(["--refresh"], env)
        s = summary(out)
        check, urls = cache_rows(home)
        whole.append((k, rc, err, s is not None and s[3] + s[5] == len(every),
                      check == [("ok",)] and len(urls) == len(every) + 6))
    ok(all(killed and good for _, killed, good, _ in sound),
       "a cold refresh killed with SIGKILL after 1, 4, 7 ... 21 answers: cache.db sound", sound)
    ok(all(rc == 0 and err == "" and done and full for _, rc, err, done, full in whole),
       "the next refresh works (exit 0) and completes the edition, cache.db sound", whole)
    print("# pages cached when killed after k answers: " +
          ", ".join(f"{k}: {n}" for k, _, _, n in sound))


def offline(towns, tmp, every):
    for t in towns.values():       # the network is gone
        t.shutdown()
        t.server_close()
    urls = [base(towns, t) + name for t, name, _ in every]
    for home in ("a", "d", "e1", "e21"):
        env = environment(f"{tmp}/{home}", all_sources(towns))
        rc, out, err = kanbao(["--offline", "--dump"] + urls, env)
        titles = [re.search(r'"title": "(.*?)"', line).group(1) for line in out.splitlines()]
        ok(rc == 0 and err == "" and titles == [h for _, _, h in every],
           f"servers gone: every story dumps from the cache with --offline ({home})", err or titles)
    rc, out, err = kanbao(["--offline", "--dump"] + [u for _, u in all_sources(towns)], env)
    ok(rc == 0 and all('"kind": "list"' in l for l in out.splitlines()) and out.count("\n") == 6,
       "... and every source opens as its list of headlines", err or out[:300])


def tty(towns, tmp, every):
    """stderr on a terminal: one line that \\r rewrites, and nothing else."""
    held = "/lanxi/l3.html"
    LOG.held.add(held)
    env = environment(f"{tmp}/f", all_sources(towns))
    pid, fd = pty.fork()
    if pid == 0:
        out = os.open(f"{tmp}/f.out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(out, 1)
        os.execve(KANBAO, [KANBAO, "--refresh"], env)
    seen, buf = False, b""
    while True:
        r, _, _ = select.select([fd], [], [], LIMIT)
        if not r:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        buf += chunk
        if not seen and re.search(rb"refreshing: sources 6/6, stories \d+/%d" % len(every), buf):
            seen = True
            LOG.release(held)        # the progress showed: let it finish
    LOG.release(held)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    text = buf.decode()
    with open(f"{tmp}/f.out") as f:
        out = f.read()
    ok(seen, "a terminal sees the progress: sources, stories (and bytes)", text[-300:])
    ok(os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and summary(out) is not None,
       "exit 0, the summary on stdout", (status, out))
    rest = text.replace("\r\n", "\n").replace("\x1b[K", "").replace("\r", "")
    ok(plain(rest), "no control character but \\r and erasing the line", repr(text[:400]))
    ok(text.endswith("\r\x1b[K"), "the progress line is gone at the end", repr(text[-80:]))


def interrupted(towns, tmp):
    """Ctrl-C mid-way: the summary says how far it came, exit 130."""
    held = "/baihe/b2.html"
    LOG.held.add(held)
    home = f"{tmp}/h"
    env = environment(home, all_sources(towns))
    p = subprocess.Popen([KANBAO, "--refresh"], env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    with LOG.cond:
        LOG.cond.wait_for(lambda: held in LOG.arrived, LIMIT)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=LIMIT)
    LOG.release(held)
    out, err = out.decode(), err.decode()
    ok(p.returncode == 130 and err == "" and out.endswith(" (interrupted)\n") and
       summary(out.replace(" (interrupted)", "")) is not None,
       "SIGINT mid-way: exit 130, the summary says interrupted", (p.returncode, out, err))
    check, urls = cache_rows(home)
    ok(check == [("ok",)] and 0 < len(urls) < 23, "cache.db sound, holding what came whole", (check, len(urls)))


def usage(tmp):
    env = environment(f"{tmp}/g", [])
    rc, out, err = kanbao(["--refresh"], env)
    ok(rc == 1 and out == "" and "no 'source NAME URL' line" in err, "no sources: exit 1, says so", err)
    for extra in (["--offline"], ["--no-cache"], ["--dump"], ["http://127.0.0.1:1/x"]):
        rc, out, err = kanbao(["--refresh"] + extra, env)
        ok(rc == 1 and err.startswith("kanbao: --refresh"), f"--refresh {extra[0]}: a usage error", err)


def main():
    every = stories()
    towns = start_towns()
    with tempfile.TemporaryDirectory() as tmp:
        cold_and_warm(towns, tmp, every)
        figures(towns, tmp)
        failing(towns, tmp, every)
        killed(towns, tmp, every)
        tty(towns, tmp, every)
        interrupted(towns, tmp)
        usage(tmp)
        offline(towns, tmp, every)
    return done()


if __name__ == "__main__":
    sys.exit(main())
