#!/usr/bin/env python3
"""keys: how long the reader takes from a key to the screen, over a long
walk with ].  Serves bench/story_httpd.py's chain of STEPS+1 stories (PAD KiB
each) with DELAY seconds added to every response, runs the reader in a pty on the
small terminal of tests/ui_cells.py (a screen of cells kept from what the
reader writes) and, for each ], times from writing the key to

  react   the first byte the reader writes back (its loop took the key),
  story   the next story's title on the screen's first row,
  own     the same by the reader's own clock: KANBAO_TRACE (src/ui.c)
          writes when it saw the key come and when it drew each frame,
          with the page shown, and this is from the key to the first
          frame of the next story (no pty or terminal in it);

then presses j and times its react too (a key that needs no network,
while the new story's links are fetched ahead).  Two walks: "fast", the
next ] as soon as the story shows, and "reading", the next ] READ
seconds after (a reader reading while the links are fetched ahead).
Prints the median, 90th and 99th percentiles and the slowest, in ms.

  bench/keys.py [KANBAO] [--steps N] [--delay SECONDS] [--pad KIB]
                [--read SECONDS] [--host NAME] [--walk fast|reading]
"""
import os, pty, select, shutil, signal, struct, subprocess, sys, tempfile, time
import fcntl, termios

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests"))
from ui_cells import TERMINFO  # noqa: E402  the test's terminal
from vt import Screen  # noqa: E402

ROWS, COLS = 30, 100
GIVE_UP = 60.0      # seconds for one step: a reader that hangs


def title(n):
    return f"第{n}篇 青禾县新闻 县里部署春季工作"


class Reader:
    def __init__(self, kanbao, env, url):
        self.term = Screen(ROWS, COLS, 1)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(kanbao, [kanbao, url], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))

    def read(self, timeout):
        """Feeds what the reader wrote within timeout seconds; its time, or None."""
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return None
        t = time.monotonic()
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            raise SystemExit("keys: the reader ended")
        self.term.feed(data)
        return t

    def first_row(self):
        return self.term.lines()[0]

    def press(self, key, want=None):
        """Writes key; returns (react, shown) in ms, shown when want is on
        the first row (None without want)."""
        self.drain()
        t0 = time.monotonic()
        os.write(self.fd, key)
        react = shown = None
        end = t0 + GIVE_UP
        while time.monotonic() < end:
            t = self.read(0.5)
            if t is None:
                continue
            react = react if react is not None else t
            if want is None or self.first_row() == want:
                shown = t
                break
        if react is None or (want is not None and shown is None):
            raise SystemExit(f"keys: no answer to {key!r} in {GIVE_UP:.0f} s")
        return (react - t0) * 1000, (shown - t0) * 1000 if want else None

    def drain(self):
        while self.read(0) is not None:
            pass

    def wait_row(self, want):
        end = time.monotonic() + GIVE_UP
        while self.first_row() != want and time.monotonic() < end:
            self.read(0.5)
        if self.first_row() != want:
            raise SystemExit(f"keys: never saw {want}")

    def quit(self):
        os.write(self.fd, b"q")
        end = time.monotonic() + GIVE_UP
        while time.monotonic() < end:
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                break
            try:
                self.read(0.1)
            except SystemExit:
                pass
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def walk(kanbao, env, base, steps, mode, read):
    r = Reader(kanbao, env, f"{base}/s/1.html")
    r.wait_row(title(1))
    react, story, jreact = [], [], []
    for n in range(2, steps + 2):
        if mode == "reading":   # a reader reading: the links are fetched ahead
            time.sleep(read)
        a, b = r.press(b"]", title(n))
        react.append((a, n))
        story.append((b, n))
        jreact.append((r.press(b"j")[0], n))
    r.quit()
    return react, story, jreact


def own_times(trace):
    """(ms, n) for each story n, from the key before its first frame."""
    out, seen, key = [], set(), None
    with open(trace) as f:
        for line in f:
            w = line.split()
            if w[0] == "key":
                key = int(w[1])
            elif w[0] == "draw" and key is not None and len(w) > 3 and "/s/" in w[3]:
                n = int(w[3].rsplit("/", 1)[1].split(".")[0])
                if n not in seen:
                    seen.add(n)
                    if n > 1:
                        out.append(((int(w[1]) - key) / 1000, n))
    return out


def summary(name, xs):
    v = sorted(x for x, _ in xs)

    def pct(p):
        return v[min(len(v) - 1, int(p * len(v)))]
    worst = max(xs)
    return (f"  {name:<12} median {pct(0.5):7.1f}  p90 {pct(0.9):7.1f}  p99 {pct(0.99):7.1f}"
            f"  slowest {worst[0]:7.1f} (story {worst[1]})")


def main():
    args = sys.argv[1:]
    kanbao = os.path.abspath(args.pop(0)) if args and not args[0].startswith("--") else \
        os.path.abspath(os.environ.get("KANBAO", "src/kanbao"))
    opts = dict(zip(args[::2], args[1::2]))
    steps = int(opts.get("--steps", 200))
    delay = opts.get("--delay", "0.3")
    pad = opts.get("--pad", "32")      # KiB: a story longer than the screen
    read = float(opts.get("--read", 1.0))
    host = opts.get("--host", "127.0.0.1")     # localhost: a name to look up
    modes = [opts["--walk"]] if "--walk" in opts else ["fast", "reading"]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "kanbao-cells.ti")
        with open(src, "w") as f:
            f.write(TERMINFO)
        subprocess.run(["tic", "-o", os.path.join(tmp, "terminfo"), src], check=True)
        srv = subprocess.Popen([sys.executable, os.path.join(HERE, "story_httpd.py"),
                                "--delay", delay, "--count", str(steps + 1), "--pad", pad,
                                "--lifetime", "3600"], stdout=subprocess.PIPE, text=True)
        port = int(srv.stdout.readline())
        print(f"keys: ] over {steps} stories of {pad} KiB from {host}, the server adds "
              f"{float(delay) * 1000:.0f} ms; key to screen in ms", flush=True)
        try:
            for mode in modes:
                home = os.path.join(tmp, mode)
                shutil.rmtree(home, ignore_errors=True)
                env = {k: v for k, v in os.environ.items()
                       if k not in ("NO_COLOR", "LANG", "LANGUAGE")}
                env.update(LC_ALL="C.UTF-8", TERM="kanbao-cells",
                           TERMINFO=os.path.join(tmp, "terminfo"), HOME=home,
                           XDG_CONFIG_HOME=home + "/c", XDG_CACHE_HOME=home + "/k",
                           XDG_DATA_HOME=home + "/d", KANBAO_NO_MOUSE="1",
                           KANBAO_TRACE=home + ".trace")
                react, story, jreact = walk(kanbao, env, f"http://{host}:{port}", steps,
                                            mode, read)
                print(f"{mode}:", flush=True)
                print(summary("] react", react))
                print(summary("] story", story))
                print(summary("] own", own_times(home + ".trace")))
                print(summary("j react", jreact))
        finally:
            srv.terminate()
            srv.wait()


if __name__ == "__main__":
    main()
