#!/usr/bin/env python3
"""search: `kanbao --search` over the stories kanbao has read (the page
cache) and kept (saved stories).  The pages of tests/search/ (Chinese in
UTF-8 and GBK, English, a list page) are served over loopback HTTP and
dumped into a temporary XDG home, then found by a Chinese substring of
two characters and of more, and by an English word in any case: newest
first, every word needed, the match in its context, as JSON lines and as
text, and with the server gone; a list page is no story.  The index keeps
in step with the cache: a story its bound evicts is found no more, unless
it is saved.  A damaged index and a missing one are made again, with one
line that says so, and a damaged index met by a cache write is dropped
without losing the cache.  A search killed (kill -9) while it indexes
leaves cache.db sound, and the next one finds every story.  Speaks TAP."""
import json, os, random, signal, sqlite3, subprocess, sys, tempfile, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tap import ok, done

KANBAO = os.environ.get("KANBAO", "src/kanbao")
SRCDIR = os.environ.get("SRCDIR", ".")
FIXTURES = os.path.join(SRCDIR, "tests", "search")


class Site:
    """A loopback server of pages kept in a dict, path -> bytes."""

    def __init__(self, pages):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = site.pages.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, *args):
                pass

        self.pages = pages
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, name):
        return f"{self.base}/{name}"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def home(path, config=""):
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(LC_ALL="C.UTF-8", XDG_CACHE_HOME=f"{path}/cache",
               XDG_CONFIG_HOME=f"{path}/config", XDG_DATA_HOME=f"{path}/data")
    os.makedirs(f"{path}/config/kanbao", exist_ok=True)
    with open(f"{path}/config/kanbao/config", "w") as f:
        f.write(config)
    return env


def kanbao(args, env):
    p = subprocess.run([KANBAO] + args, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=300)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def search(env, *words, fmt=None):
    """The matches as a list of dicts (JSON), or the text; rc, stderr."""
    args = ["--search"] + ([f"--format={fmt}"] if fmt else []) + list(words)
    rc, out, err = kanbao(args, env)
    if fmt == "text":
        return out, rc, err
    try:
        return [json.loads(line) for line in out.splitlines()], rc, err
    except ValueError:
        return [{"unreadable": out}], rc, err


def urls(matches):
    return [m.get("url") for m in matches]


def cache_db(env):
    return f"{env['XDG_CACHE_HOME']}/kanbao/cache.db"


def sql(path, statement, args=()):
    con = sqlite3.connect(path)
    try:
        rows = con.execute(statement, args).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


def fixtures():
    names = sorted(n for n in os.listdir(FIXTURES) if n.endswith(".html"))
    pages = {}
    for n in names:
        with open(os.path.join(FIXTURES, n), "rb") as f:
            pages["/" + n] = f.read()
    return pages


def finding(site, env):
    names = ["meiling-reservoir.html", "meiling-tea-gbk.html", "oakridge-garden.html",
             "oakridge-ferry.html", "meiling-list.html"]
    rc, out, err = kanbao(["--dump"] + [site.url(n) for n in names], env)
    ok(rc == 0 and len(out.splitlines()) == 5, "five pages dumped over http", err)
    reservoir, tea = site.url("meiling-reservoir.html"), site.url("meiling-tea-gbk.html")
    garden, ferry = site.url("oakridge-garden.html"), site.url("oakridge-ferry.html")

    m, rc, err = search(env, "梅岭镇")
    ok(rc == 0 and urls(m) == [reservoir, tea],
       "a Chinese substring (梅岭镇) finds both stories, newest first, and not the list page", (m, err))
    ok(m and set(m[0]) == {"url", "title", "published", "fetched", "saved", "snippet"}
       and m[0]["title"] == "梅岭镇新建水库通过竣工验收" and m[0]["published"] == "2024-05-10T09:30:00"
       and m[0]["saved"] is None and m[0]["fetched"].endswith("Z"),
       "... each line with its URL, title, published and fetched time", m)
    ok(all("梅岭镇" in x["snippet"] and "\n" not in x["snippet"] for x in m),
       "... and a snippet on one line that holds the match", m)
    m, rc, _ = search(env, "水库")
    ok(urls(m) == [reservoir] and "水库" in m[0]["snippet"], "two characters (水库) find their story", m)
    m, rc, _ = search(env, "采摘", "茶园")
    ok(urls(m) == [tea], "two words find the story with both, a GBK page among them", m)
    m, rc, _ = search(env, "GARDEN")
    ok(urls(m) == [garden] and "garden" in m[0]["snippet"],
       "an English word in another case (GARDEN) finds its story", m)
    m, rc, _ = search(env, "oakridge")
    ok(urls(m) == [garden, ferry], "oakridge: both English stories, newest first", m)
    m, rc, err = search(env, "梅岭镇", "oakridge")
    ok(rc == 0 and m == [] and err == "", "no story has both words: nothing, exit 0, quiet", (m, err))
    out, rc, _ = search(env, "水库", fmt="text")
    lines = out.splitlines()
    ok(rc == 0 and lines[:2] == ["梅岭镇新建水库通过竣工验收", f"2024-05-10 09:30  {reservoir}"]
       and "水库" in lines[2] and lines[3:] == [""],
       "--format=text: the title, the date and URL, the snippet", out)
    site.stop()
    m, rc, err = search(env, "ferry", "timetable")
    ok(rc == 0 and urls(m) == [ferry], "with the server gone, the search still finds", (m, err))
    rc, _, err = kanbao(["--search"], env)
    rc2, _, err2 = kanbao(["--no-cache", "--search", "ferry"], env)
    ok(rc == 1 and rc2 == 1 and "--search" in err and "--search" in err2,
       "--search without words, or without the cache, is a usage error", (err, err2))


def town_page(town, pad):
    """A story about town, with pad bytes that do not compress in a comment."""
    rnd = random.Random(town)
    noise = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(pad))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>The {town} mill reopens"
            f"</title></head><body><!-- {noise} --><article><h1>The {town} mill reopens</h1>"
            f"<p>After three years of repairs the old water mill of {town} turned again on Monday, "
            f"grinding the first flour from the valley's wheat since the flood.</p>"
            f"<p>Volunteers from {town} rebuilt the wheel by hand, and the miller says the "
            f"stones will turn every Saturday through the autumn for visitors.</p>"
            f"</article></body></html>").encode()


def evicted(tmp):
    towns = ["Alderbury", "Brackenfold", "Cinderwick", "Dunmarsh", "Elmsworth", "Foxhollow", "Greystow"]
    site = Site({f"/{t}.html": town_page(t, 300000) for t in towns})
    env = home(f"{tmp}/evict", "cache-size 1\n")
    kanbao(["--dump", site.url("Alderbury.html"), site.url("Brackenfold.html")], env)
    m, _, err = search(env, "Alderbury")
    ok(urls(m) == [site.url("Alderbury.html")], "a cache of 1 MiB: the first story is found", (m, err))
    body = site.pages["/Brackenfold.html"]
    sql(f"{env['XDG_DATA_HOME']}/kanbao/kanbao.db",
        "INSERT INTO saved (url, title, final_url, charset, time, body) VALUES (?, ?, ?, NULL, ?, ?)",
        (site.url("Brackenfold.html"), "The Brackenfold mill reopens", site.url("Brackenfold.html"),
         int(time.time()), body))
    m, _, _ = search(env, "Brackenfold")
    ok(len(m) == 1 and m[0]["saved"] is not None, "... the second, saved, is found as saved", m)
    rc, _, err = kanbao(["--dump"] + [site.url(f"{t}.html") for t in towns[2:]], env)
    rc1, _, _ = kanbao(["--dump", "--offline", site.url("Alderbury.html")], env)
    rc2, _, _ = kanbao(["--dump", "--offline", site.url("Brackenfold.html")], env)
    ok(rc == 0 and rc1 == 2 and rc2 == 2, "five more stories evict the first two from the cache", err)
    left = sql(cache_db(env), "SELECT key FROM docs WHERE key LIKE '%Alderbury%'")
    ok(left == [], "... and the evicted story left the index with its page, before any search", left)
    m, rc, _ = search(env, "Alderbury")
    ok(rc == 0 and m == [], "an evicted story is found no more", m)
    m, _, _ = search(env, "Brackenfold")
    ok(urls(m) == [site.url("Brackenfold.html")] and m[0]["saved"] is not None,
       "... unless it is saved", m)
    m, _, _ = search(env, "Greystow")
    ok(urls(m) == [site.url("Greystow.html")], "... and the newest is found", m)
    site.stop()


def one_warning(err, words):
    lines = err.splitlines()
    return len(lines) == 1 and all(w in lines[0] for w in words)


def damaged(tmp):
    site = Site(fixtures())
    env = home(f"{tmp}/damaged")
    reservoir = site.url("meiling-reservoir.html")
    kanbao(["--dump", reservoir, site.url("oakridge-garden.html")], env)
    search(env, "水库")
    sql(cache_db(env), "UPDATE docs_fts_data SET block = x'ffffffffffffffff' WHERE id = 10")
    m, rc, err = search(env, "梅岭镇新建")
    ok(rc == 0 and urls(m) == [reservoir], "a damaged index: the search still finds", (m, err))
    ok(one_warning(err, ["search index was damaged", "made it again from 2 cached pages"]),
       "... after one line that says the index was made again", err)
    m, rc, err = search(env, "梅岭镇新建")
    ok(urls(m) == [reservoir] and err == "", "... and the next search is quiet", (m, err))
    sql(cache_db(env), "DROP TABLE docs_fts")
    m, rc, err = search(env, "reading", "garden")
    ok(rc == 0 and urls(m) == [site.url("oakridge-garden.html")] and
       one_warning(err, ["search index was missing", "made it from 2 cached pages"]),
       "a missing index is made again, and one line says so", (m, err))
    sql(cache_db(env), "UPDATE docs_fts_data SET block = x'ffffffffffffffff' WHERE id = 10")
    rc, _, err = kanbao(["--dump", reservoir], env)
    aside = [n for n in os.listdir(f"{env['XDG_CACHE_HOME']}/kanbao") if ".corrupt-" in n]
    ok(rc == 0 and aside == [] and one_warning(err, ["search index was damaged", "dropped it"]),
       "a cache write that meets a damaged index drops it, and keeps cache.db", (err, aside))
    m, rc, _ = search(env, "水库")
    rc2, _, _ = kanbao(["--dump", "--offline", site.url("oakridge-garden.html")], env)
    ok(urls(m) == [reservoir] and rc2 == 0, "... whose pages are still read and found", m)
    site.stop()


def killed(tmp):
    n = 300
    site = Site({f"/s{i}.html": (
        f"<html><head><title>Hazelmere notes, part {i}</title></head><body><article>"
        f"<h1>Hazelmere notes, part {i}</h1><p>The Hazelmere gazette prints part {i} of the "
        f"parish history, from the enclosure of the common to the coming of the railway.</p>"
        f"<p>Readers who hold old photographs of the village are asked to bring them to the "
        f"reading room on market day, part {i}.</p></article></body></html>").encode()
        for i in range(n)})
    env = home(f"{tmp}/killed")
    rc, _, err = kanbao(["--dump"] + [site.url(f"s{i}.html") for i in range(n)], env)
    ok(rc == 0, f"{n} stories dumped", err)
    db = cache_db(env)
    p = subprocess.Popen([KANBAO, "--search", "Hazelmere"], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen, deadline = 0, time.time() + 60
    while p.poll() is None and time.time() < deadline:
        try:    # the first transaction of rows committed: kill it mid-way
            seen = sql(db, "SELECT count(*) FROM docs")[0][0]
        except sqlite3.Error:
            seen = 0
        if seen > 0:
            os.kill(p.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    p.wait()
    print(f"# killed with {seen} of {n} stories indexed" if p.returncode == -signal.SIGKILL
          else "# the search ended before it could be killed")
    check = sql(db, "PRAGMA integrity_check")
    ok(check == [("ok",)], "killed mid-write: cache.db is sound", check)
    m, rc, err = search(env, "Hazelmere", "gazette")
    ok(rc == 0 and len(m) == n and err == "", f"... and the next search finds all {n} stories",
       (len(m), err))
    try:
        sql(db, "INSERT INTO docs_fts (docs_fts) VALUES ('integrity-check')")
        fine = True
    except sqlite3.Error as e:
        fine = e
    ok(fine is True, "... with an index whose integrity check passes", fine)
    site.stop()


def main():
    with tempfile.TemporaryDirectory() as tmp:
        finding(Site(fixtures()), home(f"{tmp}/find"))
        evicted(tmp)
        damaged(tmp)
        killed(tmp)
    return done()


if __name__ == "__main__":
    sys.exit(main())
