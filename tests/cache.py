#!/usr/bin/env python3
"""cache: kanbao's page cache ($XDG_CACHE_HOME/kanbao/cache.db) through
`kanbao --dump`, against tests/httpd.py: revalidation sends the validators
and serves the same page on 304; --offline; a cache.db of garbage; one
that is not ours (another program's SQLite file, a newer kanbao's), never
written; a cache that cannot be written (a path under a regular file, a
read-only directory, a full disk); two processes at once.  Speaks TAP."""
import hashlib, json, os, resource, signal, sqlite3, subprocess, sys, tempfile, time
import urllib.request

from tap import ok, skip, done

KANBAO = os.environ.get("KANBAO", "src/kanbao")
SRCDIR = os.environ.get("SRCDIR", ".")


def environment(home):
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(LC_ALL="C.UTF-8", XDG_CACHE_HOME=f"{home}/cache",
               XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data")
    return env


def kanbao(args, env, preexec=None):
    p = subprocess.run([KANBAO, "--dump"] + args, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60, preexec_fn=preexec)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


class Server:
    def __init__(self, tmp):
        self.proc = subprocess.Popen([sys.executable, f"{SRCDIR}/tests/httpd.py", "--lifetime", "120"],
                                     stdout=subprocess.PIPE, stderr=open(f"{tmp}/httpd.err", "w"))
        ports = self.proc.stdout.readline().split()
        if len(ports) != 3:
            print("1..0 # SKIP the test server did not start")
            sys.exit(0)
        self.base = f"http://127.0.0.1:{int(ports[0])}"
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def get(self, path):
        with self.opener.open(self.base + path) as r:
            return r.read()

    def requests(self, path):
        return [e["headers"] for e in json.loads(self.get("/_log")) if e["path"] == path]


def rows(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT url FROM pages ORDER BY url").fetchall()
    finally:
        con.close()


def revalidation(s, tmp):
    env = environment(f"{tmp}/reval")
    url = f"{s.base}/etag.html"
    rc1, first, _ = kanbao([url], env)
    rc2, second, err = kanbao([url], env)
    sent = s.requests("/etag.html")
    ok(rc1 == 0 and rc2 == 0 and err == "", "a cached page fetched again: exit 0, quiet", err)
    ok(len(sent) == 2 and "if-none-match" not in sent[0], "the first request is plain", sent)
    ok(len(sent) == 2 and sent[1].get("if-none-match") == '"v1"', "the second sends If-None-Match with the ETag", sent)
    ok(second == first and first != "", "the 304 serves the same page", second[:200])

    url = f"{s.base}/lastmod.html"
    kanbao([url], env)
    rc, again, _ = kanbao([url], env)
    sent = s.requests("/lastmod.html")
    ok(sent[-1].get("if-modified-since") == "Tue, 21 Feb 2023 05:55:38 GMT",
       "If-Modified-Since carries Last-Modified", sent)
    ok(rc == 0 and json.loads(again)["title"] == "海安科创新城活力勃发", "and the 304 serves the page", again[:200])

    url = f"{s.base}/plain.html"
    kanbao([url], env)
    kanbao([url], env)
    sent = s.requests("/plain.html")
    ok(len(sent) == 2 and not any("if-none-match" in h or "if-modified-since" in h for h in sent),
       "a page without validators is fetched whole again", sent)

    url = f"{s.base}/versioned.html"
    kanbao([url], env)
    s.get("/_bump")
    rc, out, _ = kanbao([url], env)
    ok(rc == 0 and json.loads(out)["title"] == "第2版", "a changed page (new ETag) replaces the copy", out[:200])
    rc, out, _ = kanbao(["--offline", url], env)
    ok(rc == 0 and json.loads(out)["title"] == "第2版", "the cache holds the new version", out[:200])

    db = f"{tmp}/reval/cache/kanbao/cache.db"
    ok(len(rows(db)) == 4, "one row per URL", rows(db))


def offline(s, tmp):
    env = environment(f"{tmp}/offline")
    url = f"{s.base}/etag.html"
    _, online, _ = kanbao([url], env)
    before = len(s.requests("/etag.html"))
    rc, out, err = kanbao(["--offline", url], env)
    ok(rc == 0 and out == online and err == "", "--offline serves a cached page", err)
    ok(len(s.requests("/etag.html")) == before, "--offline sends no request")
    missing = f"{s.base}/gbk.html"
    rc, out, err = kanbao(["--offline", missing], env)
    ok(rc == 2 and out == "" and err == f"kanbao: {missing}: not in the cache (offline)\n",
       "--offline on an uncached URL: exit 2, one line", err)
    ok(len(s.requests("/gbk.html")) == 0, "and no request either")
    rc, out, err = kanbao(["--offline", f"{SRCDIR}/tests/data/net_article.html"], env)
    ok(rc == 0 and out != "", "--offline still reads files", err)

    env = environment(f"{tmp}/nocache")
    rc, out, err = kanbao(["--no-cache", url], env)
    ok(rc == 0 and not os.path.exists(f"{tmp}/nocache/cache"), "--no-cache leaves no cache behind", err)
    rc, out, err = kanbao([f"{SRCDIR}/tests/data/net_article.html"], env)
    ok(rc == 0 and not os.path.exists(f"{tmp}/nocache/cache"), "a local file is not cached", err)


def garbage(s, tmp):
    env = environment(f"{tmp}/garbage")
    url = f"{s.base}/etag.html"
    _, good, _ = kanbao([url], env)
    folder = f"{tmp}/garbage/cache/kanbao"
    with open(f"{folder}/cache.db", "wb") as f:
        f.write(os.urandom(3000) + b"this is not a database" * 100)
    rc, out, err = kanbao([url], env)
    lines = err.splitlines()
    ok(rc == 0 and out == good, "a cache.db of garbage: the page still dumps, exit 0", err)
    ok(len(lines) == 1 and lines[0].startswith("kanbao: warning: ") and "moved it to" in lines[0],
       "one warning says it was moved aside", err)
    aside = [f for f in os.listdir(folder) if f.startswith("cache.db.corrupt-")]
    ok(len(aside) == 1, "the garbage is kept as cache.db.corrupt-TIME", os.listdir(folder))
    ok(rows(f"{folder}/cache.db") == [(url,)], "a new cache.db holds the page")
    rc, out, err = kanbao(["--offline", url], env)
    ok(rc == 0 and out == good and err == "", "and serves it offline, quietly", err)


def not_ours(s, tmp):
    url = f"{s.base}/etag.html"
    for name, make, says in (
            ("another program's SQLite file",
             "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');", "not a kanbao database"),
            ("a newer kanbao's cache",
             None, "made by a newer kanbao")):
        env = environment(f"{tmp}/notours-{says[0]}")
        folder = f"{tmp}/notours-{says[0]}/cache/kanbao"
        db = f"{folder}/cache.db"
        if make is None:
            _, good, _ = kanbao([url], env)
            con = sqlite3.connect(db)
            con.executescript("PRAGMA user_version = 99; CREATE TABLE hosts (host TEXT);")
            con.close()
        else:
            os.makedirs(folder)
            con = sqlite3.connect(db)
            con.executescript(make)
            con.close()
        with open(db, "rb") as f:
            before = hashlib.sha256(f.read()).hexdigest()
        rc, out, err = kanbao([url, f"{s.base}/gbk.html"], env)
        lines = err.splitlines()
        ok(rc == 0 and len(out.splitlines()) == 2, f"{name} at cache.db: the pages still dump", err)
        ok(len(lines) == 1 and lines[0].startswith("kanbao: warning: ") and says in lines[0] and db in lines[0],
           f"... one warning names it and says \"{says}\"", err)
        with open(db, "rb") as f:
            after = hashlib.sha256(f.read()).hexdigest()
        ok(after == before and sorted(os.listdir(folder)) == ["cache.db"],
           "... the file is byte for byte as it was, nothing beside it", os.listdir(folder))


def unwritable(s, tmp):
    urls = [f"{s.base}/etag.html", f"{s.base}/gbk.html", f"{s.base}/lastmod.html"]
    open(f"{tmp}/plainfile", "w").close()
    env = environment(tmp)
    # a cache directory that cannot exist: its parent is a regular file
    # (this holds for root too, where a chmod would not stop writes)
    env["XDG_CACHE_HOME"] = f"{tmp}/plainfile/cache"
    rc, out, err = kanbao(urls, env)
    lines = err.splitlines()
    ok(rc == 0 and len(out.splitlines()) == 3, "a cache that cannot be made: every page still dumps", err)
    ok(len(lines) == 1 and lines[0].startswith("kanbao: warning: ") and "not cached" in lines[0],
       "one warning for three pages", err)

    if os.geteuid() == 0:
        skip("a read-only cache directory", "root writes through chmod (the case above covers it)")
        skip("one warning for it", "root")
    else:
        env = environment(f"{tmp}/ro")
        kanbao([urls[0]], env)
        folder = f"{tmp}/ro/cache/kanbao"
        os.chmod(folder, 0o500)
        try:
            rc, out, err = kanbao(urls, env)
        finally:
            os.chmod(folder, 0o700)
        ok(rc == 0 and len(out.splitlines()) == 3, "a read-only cache directory: the pages dump", err)
        ok(len(err.splitlines()) == 1 and "warning" in err, "one warning for it", err)

    # a full disk: the file size limit makes every write past 16 KiB fail
    # (SIGXFSZ ignored, so write() returns EFBIG as on a full disk)
    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))
    env = environment(f"{tmp}/full")
    big = [f"{s.base}/slow.html", f"{s.base}/etag.html", f"{s.base}/gbk.html", f"{s.base}/lastmod.html"]
    rc, out, err = kanbao(big, env, small_disk)
    lines = err.splitlines()
    ok(rc == 0 and len(out.splitlines()) == 4, "a full disk: every page still dumps", err)
    ok(len(lines) == 1 and lines[0].startswith("kanbao: warning: ") and "not cached" in lines[0],
       "one warning for it", err)


def two_at_once(s, tmp):
    env = environment(f"{tmp}/shared")
    paths = ["/etag.html", "/lastmod.html", "/gbk.html", "/plain.html", "/article.html",
             "/gzip.html", "/redirect", "/slow.html"]
    urls = [s.base + p for p in paths]
    for round_ in ("a new cache", "revalidating"):
        procs = [subprocess.Popen([KANBAO, "--dump"] + urls[i:] + urls[:i], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for i in range(4)]
        results = [p.communicate(timeout=60) + (p.returncode,) for p in procs]
        ok(all(rc == 0 and err == b"" and len(out.splitlines()) == len(urls) for out, err, rc in results),
           f"four processes at once, {round_}: all exit 0, no warning",
           [err.decode() for _, err, _ in results])
    db = f"{tmp}/shared/cache/kanbao/cache.db"
    con = sqlite3.connect(db)
    check = con.execute("PRAGMA integrity_check").fetchone()[0]
    count = con.execute("SELECT count(*) FROM pages").fetchone()[0]
    mode = con.execute("PRAGMA journal_mode").fetchone()[0]
    con.close()
    ok(check == "ok" and count == len(urls), "the shared cache is whole, one row per URL", (check, count))
    ok(mode == "wal", "the cache is in WAL mode", mode)


def main():
    tmp = tempfile.mkdtemp(prefix="kanbao-cache-")
    s = Server(tmp)
    try:
        revalidation(s, tmp)
        offline(s, tmp)
        garbage(s, tmp)
        not_ours(s, tmp)
        unwritable(s, tmp)
        two_at_once(s, tmp)
    finally:
        s.proc.kill()
        s.proc.wait()
        subprocess.run(["rm", "-rf", tmp])
    return done()


if __name__ == "__main__":
    sys.exit(main())
