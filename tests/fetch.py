#!/usr/bin/env python3
"""fetch: `kanbao --dump` over http(s) against tests/httpd.py, a loopback
server that misbehaves on purpose.  Each fault must end in exit status 2,
one short line on stderr naming the URL, and within its timeout; good pages
must dump as the same page saved to a file does.  Speaks TAP."""
import json, os, re, subprocess, sys, tempfile, time

from tap import ok, done

KANBAO = os.environ.get("KANBAO", "src/kanbao")
SRCDIR = os.environ.get("SRCDIR", ".")
TIMEOUT = 2          # --timeout for the cases that must time out
MARGIN = 1.5         # seconds of slack for a loaded machine


def environment(tmp):
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(LC_ALL="C.UTF-8", XDG_CACHE_HOME=f"{tmp}/cache",
               XDG_CONFIG_HOME=f"{tmp}/config", XDG_DATA_HOME=f"{tmp}/data")
    return env


def start_server(tmp):
    server = subprocess.Popen([sys.executable, f"{SRCDIR}/tests/httpd.py", "--lifetime", "120"],
                              stdout=subprocess.PIPE, stderr=open(f"{tmp}/httpd.err", "w"))
    ports = server.stdout.readline().split()
    if len(ports) != 3:
        print("1..0 # SKIP the test server did not start")
        sys.exit(0)
    return server, [int(p) for p in ports]


class Run:
    def __init__(self, args, env):
        start = time.monotonic()
        p = subprocess.run([KANBAO] + args, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=60)
        self.seconds = time.monotonic() - start
        self.rc = p.returncode
        self.out = p.stdout.decode("utf-8", "replace")
        self.err = p.stderr.decode("utf-8", "replace")

    def json(self):
        return [json.loads(line) for line in self.out.splitlines()]


def server_log(port):
    import urllib.request
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(f"http://127.0.0.1:{port}/_log") as r:
        return json.load(r)


def check_fault(r, url, pattern, limit, what):
    """Exit 2, nothing on stdout, one clean line naming the URL, in time."""
    lines = r.err.splitlines()
    ok(r.rc == 2, f"{what}: exit status 2", r.rc)
    ok(r.out == "", f"{what}: prints no page", r.out[:200])
    ok(len(lines) == 1 and lines[0].startswith(f"kanbao: {url}: ") and len(lines[0]) < 200,
       f"{what}: one short line naming the URL", r.err)
    ok(re.search(pattern, r.err) is not None, f"{what}: says why ({pattern})", r.err)
    ok(not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", r.err), f"{what}: no control characters")
    ok(r.seconds <= limit, f"{what}: over within {limit:.1f} s", f"{r.seconds:.2f} s")


def main():
    tmp = tempfile.mkdtemp(prefix="kanbao-fetch-")
    env = environment(tmp)
    server, (port, refused, tls) = start_server(tmp)
    base = f"http://127.0.0.1:{port}"
    article_file = f"{SRCDIR}/tests/data/net_article.html"
    version = subprocess.run([KANBAO, "--version"], stdout=subprocess.PIPE).stdout.split()[1].decode()
    try:
        good_pages(env, base, article_file, version, port)
        faults(env, base, port, refused, tls)
        several_inputs(env, base)
        options(env, base)
        proxy(env, base, port)
    finally:
        server.kill()
        server.wait()
        subprocess.run(["rm", "-rf", tmp])
    return done()


def good_pages(env, base, article_file, version, port):
    url = f"{base}/article.html"
    for fmt in ("json", "text"):
        net = Run(["--dump", f"--format={fmt}", "--width=60", url], env)
        saved = Run(["--dump", f"--format={fmt}", "--width=60", f"--base-url={url}", article_file], env)
        ok(net.rc == 0 and net.err == "", f"{fmt}: an http page dumps, exit 0, quiet", net.err)
        ok(net.out == saved.out and net.out != "",
           f"{fmt}: the http dump equals the saved page's with --base-url", net.out[:300])
    page = Run(["--dump", url], env).json()[0]
    ok(page["title"] == "海安科创新城活力勃发" and page["url"] == url, "title and URL of the page", page)
    ok(page["next"]["url"] == f"{base}/2023-02-22/1003.html", "links resolve against the http URL", page["next"])

    hit = [e for e in server_log(port) if e["path"] == "/article.html"][-1]["headers"]
    ok(hit.get("user-agent") == f"kanbao/{version} (+terminal news reader)", "User-Agent names kanbao and its version", hit)
    ok(hit.get("accept-language", "").startswith("zh-CN,zh;q=0.9"), "Accept-Language prefers zh-CN", hit)
    ok("gzip" in hit.get("accept-encoding", ""), "Accept-Encoding offers gzip", hit)

    r = Run(["--dump", f"{base}/redirect"], env)
    ok(r.rc == 0 and r.json()[0]["url"] == url, "a redirect is followed; url is the final URL", r.out[:200] + r.err)
    r = Run(["--dump", f"{base}/chain/10"], env)
    ok(r.rc == 0 and r.json()[0]["url"] == url, "ten redirects are followed", r.err)
    r = Run(["--dump", f"{base}/gzip.html"], env)
    ok(r.rc == 0 and r.json()[0]["body"] == page["body"] and r.json()[0]["title"] == page["title"],
       "a gzip body is decoded", r.out[:200] + r.err)
    for path, what in (("/deflate.html", "a deflate body"), ("/deflate-raw.html", "a raw deflate body"),
                       ("/gzip-members.html", "a gzip body of two members")):
        r = Run(["--dump", base + path], env)
        ok(r.rc == 0 and r.json()[0]["body"] == page["body"], f"{path}: {what} is decoded",
           r.out[:200] + r.err)
    ok("deflate" in hit.get("accept-encoding", ""), "Accept-Encoding offers deflate", hit)
    r = Run(["--dump", f"{base}/nul.html"], env)
    ok(r.rc == 0 and r.err == "" and r.json()[0]["body"] == page["body"],
       "text/html with NUL bytes: the NULs go, the page reads", r.out[:200] + r.err)
    r = Run(["--dump", f"{base}/nul-gbk.html"], env)
    body = r.json()[0]["body"] if r.rc == 0 else []
    ok(len(body) == 2 and body[1] == "各乡镇抓住农时，组织农民开展春耕备耕，田间地头一派繁忙景象，农资供应充足。",
       "a GBK page with NULs: all of its text, none lost after a NUL", r.out[:300] + r.err)
    r = Run(["--dump", f"{base}/gbk.html"], env)
    gbk = r.json()[0] if r.rc == 0 else {}
    ok(gbk.get("title") == "县城新闻：春耕备耕忙", "a GBK page with its charset only in the header", r.out[:300] + r.err)
    ok(any("春耕备耕" in p for p in gbk.get("body", [])), "its body is read as GBK too", gbk.get("body"))
    size = os.path.getsize(article_file)
    r = Run(["--dump", f"--max-size={size}", url], env)
    ok(r.rc == 0, "a page of exactly --max-size bytes is read", r.err)


def faults(env, base, port, refused, tls):
    quick = 1.5 + MARGIN
    slow = TIMEOUT + MARGIN
    cases = [
        ("/loop", r"more than 10 redirects", quick),
        ("/chain/11", r"more than 10 redirects", quick),
        ("/to-file", r"not http or https", quick),
        ("/to-ftp", r"not http or https", quick),
        ("/404", r"HTTP status 404", quick),
        ("/500", r"HTTP status 500", quick),
        ("/image.png", r"not a web page \(image/png\)", quick),
        ("/doc.pdf", r"not a web page \(application/pdf\)", quick),
        ("/png-as-html", r"not a web page \(image/png\)", quick),
        ("/gzip-cut.html", r"body cut short \(the gzip stream has no end\)", quick),
        ("/gzip-no-trailer.html", r"body cut short \(the gzip stream has no end\)", quick),
        ("/deflate-cut.html", r"body cut short \(the deflate stream has no end\)", quick),
        ("/gzip-corrupt.html", r"corrupt gzip body", quick),
        ("/brotli.html", r"unsupported content encoding \(br\)", quick),
        ("/header-long", r": response header too large$", quick),
        ("/header-many", r": response header too large$", quick),
        ("/big", r"larger than 16777216 bytes", quick + 1),
        ("/big-nolength", r"larger than 16777216 bytes", quick + 1),
        ("/short", r"\S", quick),
        ("/reset", r"\S", quick),
        ("/stall", r"nothing received for 2 s|timed out", slow),
        ("/false-length", r"nothing received for 2 s|timed out", slow),
        ("/drip", r"timed out|nothing received", slow),
    ]
    for path, pattern, limit in cases:
        r = Run(["--dump", f"--timeout={TIMEOUT}", base + path], env)
        check_fault(r, base + path, pattern, limit, path)
    r = Run(["--dump", "--max-size=1000", f"{base}/article.html"], env)
    check_fault(r, f"{base}/article.html", r"larger than 1000 bytes", quick, "--max-size=1000")
    r = Run(["--dump", "--max-size=1000", f"{base}/gzip.html"], env)
    check_fault(r, f"{base}/gzip.html", r"larger than 1000 bytes", quick, "--max-size=1000, gzip")
    url = f"http://127.0.0.1:{refused}/article.html"
    check_fault(Run(["--dump", f"--timeout={TIMEOUT}", url], env), url, r"\S", quick, "a refused port")
    url = f"https://127.0.0.1:{tls}/article.html"
    check_fault(Run(["--dump", f"--timeout={TIMEOUT}", url], env), url, r"(?i)certificate",
                quick, "https with a self-signed certificate")
    r = Run(["--dump", f"{base}/to-file"], env)
    ok("root:" not in r.out, "a redirect to file: reads no local file")


def options(env, base):
    for bad in ("--timeout=0", "--timeout=x", "--timeout=", "--max-size=0", "--max-size=-5"):
        r = Run(["--dump", bad, f"{base}/article.html"], env)
        ok(r.rc == 1 and r.out == "", f"{bad} is a usage error (1)", r.err)
    r = Run(["--help"], env)
    ok(all(o in r.out for o in ("--timeout=SECONDS", "--max-size=BYTES", "--offline", "--no-cache")),
       "--help lists --timeout, --max-size, --offline, --no-cache", r.out)


def several_inputs(env, base):
    r = Run(["--dump", f"--timeout={TIMEOUT}", f"{base}/article.html", f"{base}/404", f"{base}/gbk.html"], env)
    ok(r.rc == 2 and len(r.out.splitlines()) == 2 and len(r.err.splitlines()) == 1,
       "a failing URL among good ones: exit 2, the others still print", r.err)


def proxy(env, base, port):
    penv = dict(env, http_proxy=base)
    r = Run(["--dump", "http://news.proxied.test/article.html"], penv)
    seen = [e for e in server_log(port) if e["proxied"]]
    ok(r.rc == 0 and seen and seen[-1]["headers"].get("host") == "news.proxied.test",
       "http_proxy from the environment is used", r.err)
    penv["no_proxy"] = "127.0.0.1"
    before = len([e for e in server_log(port) if e["proxied"]])
    r = Run(["--dump", f"{base}/article.html"], penv)
    ok(r.rc == 0 and len([e for e in server_log(port) if e["proxied"]]) == before,
       "no_proxy is honoured", r.err)


if __name__ == "__main__":
    sys.exit(main())
