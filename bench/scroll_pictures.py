#!/usr/bin/env python3
"""scroll_pictures: what a scroll step costs when a story's picture is on
the screen, in each way of showing it (issue 19).

The story (written here) has a photograph-like JPEG of about 1 MB
(bench/bench_jpeg: 2000x1333 or so) between its paragraphs; the reader
runs in a pty of 60x42 cells of 10x20 pixels (the picture's box: 60x20
cells), forced to `--images=MODE` for MODE in none, symbols, sixel and
kitty, and the bench drains what it writes as a terminal would.  It
waits for the picture, then scrolls down and up with j and k, STEPS
keys, one at a time, each after the frame of the one before.  A step's
cost is the reader's own time (KANBAO_TRACE, src/ui.c) from reading the
key to the end of its frame (the "draw" line, written after the
pictures' pixels); the bytes it wrote are counted too.  Prints, per
mode, the median step in ms, its ratio to `none` (the same story and
keys, pictures off) and the median bytes written per step.
  bench/scroll_pictures.py [KANBAO] [BENCH_JPEG]   (make bench runs it)
STEPS from the environment (40 unless told)."""
import fcntl, os, pty, select, statistics, struct, subprocess, sys, tempfile, termios, time

KANBAO = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("KANBAO", "src/kanbao")
JPEG_MAKER = sys.argv[2] if len(sys.argv) > 2 else "bench/bench_jpeg"
STEPS = int(os.environ.get("STEPS", "40"))
ROWS, COLS, CELL = 42, 60, (10, 20)
TEXT = ["丰水镇的春耕从今天开始，镇农技站派出六个小组下村指导育秧。",
        "今年镇里新修的三条机耕路已经通车，拖拉机可以直接开到田边。"]
AFTER = ["农技站说，今年的早稻品种以抗倒伏的为主，种子已经发到各村。第%d段。" % i
         for i in range(40)]


def page():
    paras = "".join("<p>%s</p>" % p for p in TEXT)
    after = "".join("<p>%s</p>" % p for p in AFTER)
    return ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            "<title>丰水镇春耕开始_丰水镇新闻网</title></head><body><div class=\"article\">"
            "<h1>丰水镇春耕开始</h1><div class=\"info\">发布时间：2025-04-02 08:00</div>"
            "<div class=\"content\">%s<p><img src=\"photo.jpg\" alt=\"田边的拖拉机\"></p>%s"
            "</div></div></body></html>" % (paras, after))


class Reader:
    def __init__(self, env, mode, story):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ,
                    struct.pack("HHHH", ROWS, COLS, COLS * CELL[0], ROWS * CELL[1]))
        self.pid = os.fork()
        if self.pid == 0:
            os.close(master)
            os.setsid()
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
            for fd in (0, 1, 2):
                os.dup2(slave, fd)
            os.execve(KANBAO, [KANBAO, "--images=" + mode, story], env)
        os.close(slave)
        self.fd, self.written = master, 0

    def drain(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if r:
            try:
                self.written += len(os.read(self.fd, 1 << 20))
            except OSError:
                pass

    def quit(self):
        os.write(self.fd, b"q")
        end = time.time() + 10
        while time.time() < end:
            self.drain(0.05)
            if os.waitpid(self.pid, os.WNOHANG)[0]:
                break
        else:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def lines(trace):
    with open(trace) as f:
        return [l.split() for l in f if l.strip()]


def wait(r, trace, pred, limit=20):
    end = time.time() + limit
    while time.time() < end:
        if pred(lines(trace)):
            return True
        r.drain(0.01)
    return False


def session(env, mode, story, trace):
    open(trace, "w").close()
    env = dict(env, KANBAO_TRACE=trace)
    r = Reader(env, mode, story)
    arrived = (lambda t: any(l[0] == "picture" for l in t)) if mode != "none" else \
        (lambda t: any(l[0] == "draw" for l in t))
    if not wait(r, trace, arrived):
        r.quit()
        return None
    wait(r, trace, lambda t: False, 0.3)       # the picture's frame, and quiet
    costs, sizes = [], []
    keys = ("j" * (STEPS // 2) + "k" * (STEPS - STEPS // 2))
    for key in keys:
        n, before = len(lines(trace)), r.written
        os.write(r.fd, key.encode())
        wait(r, trace, lambda t: any(l[0] == "draw" for l in t[n:]))
        wait(r, trace, lambda t: False, 0.02)
        step = lines(trace)[n:]
        k = next((int(l[1]) for l in step if l[0] == "key"), None)
        d = [int(l[1]) for l in step if l[0] == "draw"]
        if k is not None and d:
            costs.append((d[-1] - k) / 1000)
            sizes.append(r.written - before)
    r.quit()
    return costs, sizes


def main():
    if not os.access(JPEG_MAKER, os.X_OK):
        print("scroll_pictures: %s is not built (make bench/bench_jpeg); skipped" % JPEG_MAKER)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        made = subprocess.run([JPEG_MAKER, os.path.join(tmp, "photo.jpg"), "1024"],
                              capture_output=True, text=True, check=True).stdout.split()
        story = os.path.join(tmp, "story.html")
        with open(story, "w") as f:
            f.write(page())
        env = {k: v for k, v in os.environ.items()
               if k not in ("TMUX", "STY", "KITTY_WINDOW_ID", "NO_COLOR")}
        env.update(TERM="xterm-256color", LC_ALL="C.UTF-8", HOME=tmp,
                   XDG_CONFIG_HOME=tmp + "/c", XDG_CACHE_HOME=tmp + "/k",
                   XDG_DATA_HOME=tmp + "/d", KANBAO_NO_PREFETCH="1", KANBAO_NO_MOUSE="1")
        print("scroll_pictures: a %d KiB JPEG of %sx%s, a %dx%d box of %dx%d-pixel cells, "
              "%d steps (j, k)" % (int(made[0]) // 1024, made[1], made[2], COLS, ROWS // 2 - 1,
                                   CELL[0], CELL[1], STEPS))
        base = None
        for mode in ("none", "symbols", "sixel", "kitty"):
            got = session(env, mode, story, os.path.join(tmp, mode + ".trace"))
            if not got or not got[0]:
                print("  %-8s no picture came: skipped" % mode)
                continue
            med = statistics.median(got[0])
            base = med if mode == "none" else base
            ratio = " %5.1fx none" % (med / base) if base else ""
            print("  %-8s %7.2f ms a step (median; mean %.2f, max %.2f)%s, %d bytes written a step"
                  % (mode, med, statistics.mean(got[0]), max(got[0]), ratio,
                     statistics.median(got[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
