#!/usr/bin/env python3
"""ui_cells: `--ambi-width=2` on terminals that draw East Asian ambiguous
characters (“ ” ‘ ’ · — … ① ℃ ※ №) two columns wide, as CJK terminals do,
and one column wide, as most others do.

tmux draws them one column wide and cannot be told otherwise, so this test
runs the reader in a pty on a small terminal emulator (tests/vt.py), with a
terminfo entry that has little more than absolute cursor addressing and a
scrolling region (so that ncurses scrolls lines that hold such characters,
as it does on xterm).  The emulator draws a character at the width its own
table says, the way a real terminal would, whatever kanbao or ncurses
believe.

What must hold: every character sits in the same column on both terminals
(the wide one's right halves aside), none is written past the right edge,
no text is lost or garbled, and that stays true through a search that
highlights words, a scroll, a focus moving over links and a resize,
each of which makes ncurses redraw only parts of lines.  Speaks TAP."""
import fcntl, os, pty, signal, struct, subprocess, sys, tempfile, \
    termios, time, unicodedata

from tap import ok, done
from pty_reader import PtyReader
from vt import Screen

KANBAO = os.environ.get("KANBAO", "src/kanbao")
SRCDIR = os.environ.get("SRCDIR", ".")
PAGE = os.path.abspath(os.path.join(SRCDIR, "tests", "site", "quotes.html"))
# How long one step may take, in tenths of a second.  Only a failing step
# waits it out.  One CI run under `make distcheck` on a loaded machine had
# steps pass their screens yet miss 20 s; the bound is 60 s here, and a
# failure says where it stuck.
WAIT = float(os.environ.get("UI_TEST_WAIT", "600")) / 10
ROWS, COLS = 20, 60

TERMINFO = r"""kanbao-cells|the terminal of kanbao's cell test,
	cols#60, lines#20, it#8,
	clear=\E[H\E[2J, cup=\E[%i%p1%d;%p2%dH, el=\E[K, ed=\E[J,
	csr=\E[%i%p1%d;%p2%dr, ind=\n, ri=\EM,
	sgr0=\E[m, bold=\E[1m, rev=\E[7m, smul=\E[4m, dim=\E[2m, cr=\r,
"""

# The page's paragraphs that the first screen shows whole.
PARAGRAPHS = [
    "青禾县老街“修旧如旧” 百年骑楼换新颜",
    "“老街还是那条老街，可走起来舒服多了。”住在骑楼二楼的郑奶奶说。",
    "青禾县老街的修缮工程近日完工。工程坚持“修旧如旧”——不拆一栋老房、"
    "不改一处街巷格局，只把破损的‘灰塑’和木窗一件件修好。",
    "施工队把修缮分成三步：①清理违章搭建；②加固梁柱与屋面；③恢复骑楼立面。"
    "每一步都请老街坊来看、来提意见……",
]


class Reader(PtyReader):
    """kanbao in a pty of ROWS x COLS, its output fed to a Screen."""

    def __init__(self, env, ambiguous, args):
        super().__init__(Screen(ROWS, COLS, ambiguous), WAIT)
        self.why = ""
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            # symbols: the queries `images auto` sends this terminal are
            # no terminfo sequence; ui_graphics.py answers them
            os.execve(KANBAO, [KANBAO, "--images=symbols"] + args + [PAGE], env)
        self.set_size(ROWS, COLS)

    def set_size(self, rows, cols):
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def status(self):
        """The status line; the prompt "/" is followed by blanks up to the
        place, which the reader shows beside it."""
        return self.term.lines()[self.term.rows - 1]

    def settle(self):
        """Waits until all that the keys sent before brought is on the
        screen, kanbao's own characters too: opens the search prompt, then
        closes it.  The reader takes keys in order and writes a frame whole
        (ncurses's rows top to bottom, the status line last, then its own
        characters) before it reads keys again, so once the status line
        shows no prompt after the Esc, every frame before that one is
        whole on the screen.  Neither key changes a row of the story; both
        sessions go through the same.  The prompt is "/ ", not any "/": a
        narrow status line shows the end of the page's file:// URL, which
        may start with a "/" (in a checkout at /work/wt/tidy it did)."""
        start = time.time()
        os.write(self.fd, b"/")
        if not self.pump(lambda: self.status().startswith("/ ")):
            return self.stuck("no prompt after /", start)
        os.write(self.fd, b"\x1b")
        if not self.pump(lambda: not self.status().startswith("/ ")):
            return self.stuck("the prompt stays after Esc", start)
        return True

    def stuck(self, what, start):
        """Keeps why settle() failed, for the test's report."""
        self.why = "%s (%.1f s; status line %r; last bytes %r)" % (
            what, time.time() - start, self.status(), bytes(self.log[-80:]))
        return False

    def keys(self, s, until=None):
        os.write(self.fd, s.encode())
        if until is not None and not self.pump(lambda: until in self.term.text()):
            return False
        return self.settle()

    def resize(self, rows, cols):
        self.set_size(rows, cols)
        self.term.resize(rows, cols)
        os.kill(self.pid, signal.SIGWINCH)
        return self.settle()


# The steps both terminals go through, and what each must bring.
STEPS = [
    ("opened", None, "住在骑楼二楼"),
    ("a search highlights 骑楼", "/骑楼\r", None),
    ("the next match", "n", None),
    ("a scroll by a line", "j", None),
    ("two more lines", "jj", None),
    ("a scroll back by a line", "k", None),
    ("the focus on a link", "\t", None),
    ("the focus on the next link", "\t", None),
    ("back to the top", "g", None),
]


def session(env, ambiguous, ambi_arg):
    """The screens of every step, and after a resize to 47 columns."""
    r = Reader(env, ambiguous, ["--ambi-width=%d" % ambi_arg])
    screens = []
    for name, keys, until in STEPS:
        r.why = ""
        done = r.keys(keys or "", until) or r.why or "%r never showed" % until
        screens.append((name, done, r.term.aligned(), r.term.text(), r.term.lines()))
    resized = r.resize(ROWS, 47) or r.why
    screens.append(("resized to 47 columns", resized, r.term.aligned(), r.term.text(),
                    r.term.lines()))
    return screens, r.term, r.quit()


def is_ambiguous(ch):
    return unicodedata.east_asian_width(ch) == "A"


def quiet_prompt(env):
    """What the terminal is sent while a search is typed and dropped over
    a screen full of “ ” — …: the rows of the story do not change, so
    they must not be sent again, neither their text nor, since ncurses
    leaves those rows alone, the characters kanbao writes itself."""
    r = Reader(env, 2, ["--ambi-width=2"])
    r.keys("", "住在骑楼二楼")
    before = r.term.aligned()
    rows = [row for row in r.term.lines()[:-1] if any(map(is_ambiguous, row))]
    runs = [run for row in rows
            for run in "".join(" " if is_ambiguous(c) else c for c in row).split()
            if len(run) >= 2]
    mark = len(r.log)
    os.write(r.fd, b"/")
    r.pump(lambda: r.status().startswith("/ "))
    os.write(r.fd, "骑".encode())
    r.pump(lambda: r.status().startswith("/骑 "))
    os.write(r.fd, b"\x1b")
    r.pump(lambda: not r.status().startswith("/骑"))
    r.settle()      # and anything the Esc brought after its status line
    sent = bytes(r.log[mark:])
    after = r.term.aligned()
    r.quit()
    return rows, runs, sent, before, after


def squeeze(s):
    return "".join(s.split())


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "kanbao-cells.ti")
        with open(src, "w") as f:
            f.write(TERMINFO)
        subprocess.run(["tic", "-o", os.path.join(tmp, "terminfo"), src], check=True)
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "LANG", "LANGUAGE")}
        env.update(LC_ALL="C.UTF-8", TERM="kanbao-cells", TERMINFO=os.path.join(tmp, "terminfo"),
                   HOME=tmp, XDG_CONFIG_HOME=tmp + "/config", XDG_CACHE_HOME=tmp + "/cache",
                   XDG_DATA_HOME=tmp + "/data", KANBAO_NO_PREFETCH="1", KANBAO_NO_MOUSE="1")

        wide, wterm, wquit = session(env, 2, 2)
        narrow, nterm, nquit = session(env, 1, 2)
        for (name, wdone, wlines, _, _), (_, ndone, nlines, _, _) in zip(wide, narrow):
            ok(wdone is True and ndone is True, f"{name}: both terminals settle",
               "wide: %s; narrow: %s" % (wdone, ndone))
            ok(wlines == nlines, f"{name}: every character in the same column on a "
               "terminal drawing “ ” · — … wide and one drawing them narrow",
               "\n".join(f"wide   |{a}|\nnarrow |{b}|" for a, b in zip(wlines, nlines) if a != b))
        ok(wide[-2][2][:-1] == wide[0][2][:-1],
           "after the search, the scroll and the focus, g shows the first screen again",
           "\n".join(wide[-2][2]))
        first = wide[0][3]
        for p in PARAGRAPHS:
            ok(squeeze(p) in first, "whole on the wide terminal: " + p[:12] + "…", "\n".join(wide[0][2]))
        status = wide[0][2][-1]
        ok(len(status) == COLS and status.endswith("%"),
           "the status line's place ends in the last column", repr(status))
        ok(not wterm.overflow and not nterm.overflow, "nothing is written past the right edge",
           wterm.overflow[:5] + nterm.overflow[:5])
        ok(wterm.scrolls > 0 and nterm.scrolls > 0,
           "ncurses scrolled lines with the scrolling region at least once",
           (wterm.scrolls, nterm.scrolls))
        ok(not wterm.unknown and not nterm.unknown, "only sequences the terminfo entry names",
           wterm.unknown[:5] + nterm.unknown[:5])
        ok(wquit and nquit, "q ends both with exit status 0")

        rows, runs, sent, before, after = quiet_prompt(env)
        resent = [run for run in runs if run.encode() in sent]
        ok(len(rows) >= 5 and runs and not resent,
           "typing a search sends none of the %d rows with “ ” — … again" % len(rows),
           resent[:5])
        ok(not any(ch.encode() in sent for row in rows for ch in row if is_ambiguous(ch)),
           "... nor the characters kanbao places itself", len(sent))
        ok(after[:-1] == before[:-1], "... and after Esc the story is as it was",
           "\n".join(after))

        # The default, ambiguous characters one column: no gaps after them.
        plain, pterm, pquit = session(env, 1, 1)
        ok(any(line.startswith("“老街还是") for line in plain[0][4]),
           "--ambi-width=1 on a narrow terminal: “ takes one column", "\n".join(plain[0][4]))
        ok(any(line.startswith("“ 老街还是") for line in narrow[0][4]),
           "--ambi-width=2 on a narrow terminal: “ keeps two columns", "\n".join(narrow[0][4]))
        ok(pquit and not pterm.overflow, "... and ends cleanly")
    return done()


if __name__ == "__main__":
    sys.exit(main())
