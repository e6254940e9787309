#!/usr/bin/env python3
"""stale: a stale copy beats an error.  `kanbao --dump` of a page the cache
holds, when the server answers 5xx, stalls past the timeout, cuts a gzip
body short, or is gone altogether (connection refused): the cached copy
dumps, exit 0, with one warning on stderr naming the URL, the copy's age
and the error.  A 404, no cache, or an uncached URL stay errors (exit 2).
A body cut short is never cached.  Runs tests/httpd.py (its /flaky.html
has moods); speaks TAP."""
import json, os, re, subprocess, sys, tempfile

from tap import ok, done
from cache import Server, environment      # the same server, the same home

KANBAO = os.environ.get("KANBAO", "src/kanbao")
SRCDIR = os.environ.get("SRCDIR", ".")
TITLE = "脾气不好的服务器"      # /flaky.html's title when its mood is ok


def mood(s, name):
    """Sets the mood of the server's /flaky.html."""
    s.get(f"/_flaky?{name}")


def stop(s):
    s.proc.kill()
    s.proc.wait()


def dump(args, env):
    p = subprocess.run([KANBAO, "--dump"] + args, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def title(out):
    try:
        return json.loads(out)["title"]
    except ValueError:
        return None


def check_stale(r, url, first, error, what):
    rc, out, err = r
    ok(rc == 0 and out == first, f"{what}: the cached copy dumps, exit 0", (rc, out[:100], err))
    ok(re.fullmatch(rf"kanbao: warning: {re.escape(url)}: showing the copy cached \d+ s ago: "
                    rf"{error}\n", err) is not None,
       f"{what}: one warning naming the URL, the copy's age and the error", err)


def moods(s, tmp):
    env = environment(f"{tmp}/moods")
    url = f"{s.base}/flaky.html"
    rc, first, err = dump([url], env)
    ok(rc == 0 and title(first) == TITLE and err == "", "the page is fetched and cached", err)

    mood(s, "503")
    check_stale(dump([url], env), url, first, "HTTP status 503", "503")
    mood(s, "500")
    check_stale(dump(["--format=text", url], env), url, dump(["--format=text", "--offline", url], env)[1],
                "HTTP status 500", "500, as text")
    mood(s, "stall")
    check_stale(dump(["--timeout=1", url], env), url, first, r"(nothing received for 1 s|timed out after \d+ s)",
                "a server that stalls past --timeout")
    mood(s, "cut")
    check_stale(dump([url], env), url, first, r"body cut short \(the gzip stream has no end\)",
                "a gzip body cut short")
    rc, out, err = dump(["--offline", url], env)
    ok(rc == 0 and title(out) == TITLE, "the body cut short was not cached: the old copy stays", out[:200])

    mood(s, "404")
    rc, out, err = dump([url], env)
    ok(rc == 2 and out == "" and err == f"kanbao: {url}: HTTP status 404\n",
       "a 404 is an error, not a reason for the old copy", err)
    mood(s, "503")
    rc, out, err = dump(["--no-cache", url], env)
    ok(rc == 2 and out == "" and err == f"kanbao: {url}: HTTP status 503\n", "--no-cache: a 503 is an error", err)
    rc, out, err = dump([f"{s.base}/500"], env)
    ok(rc == 2 and out == "" and "HTTP status 500" in err, "an uncached page at 503: an error", err)
    rc, out, err = dump([url, f"{s.base}/500"], env)
    lines = err.splitlines()
    ok(rc == 2 and len(out.splitlines()) == 1 and len(lines) == 2 and "warning" in lines[0],
       "a stale copy among failures: it prints, the failure alone makes exit 2", err)
    mood(s, "ok")


def server_gone(tmp):
    env = environment(f"{tmp}/gone")
    s = Server(tmp)
    url = f"{s.base}/article.html"
    rc, first, err = dump([url], env)
    ok(rc == 0 and first != "", "a page from a server that will go", err)
    stop(s)
    check_stale(dump([url], env), url, first, r".+", "the server is gone (connection refused)")


def main():
    tmp = tempfile.mkdtemp(prefix="kanbao-stale-")
    s = Server(tmp)
    try:
        moods(s, tmp)
        server_gone(tmp)
    finally:
        stop(s)
        subprocess.run(["rm", "-rf", tmp])
    return done()


if __name__ == "__main__":
    sys.exit(main())
