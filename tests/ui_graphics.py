#!/usr/bin/env python3
"""ui_graphics: a story's picture in pixels (issue 19), on terminals that
this test plays itself, since tmux shows neither sixel nor kitty.

The reader runs in a pty with `images auto`; the test answers its
queries as a sixel terminal (DA1 with 4), as kitty (the graphics query's
reply, then DA1), as a terminal with neither (DA1 alone) and as one that
never answers, and keeps a screen of cells of its own, on which a sixel
image paints the cells under it until text is written over them and a
kitty image is placed by its id until deleted.  What must hold:
  - sixel: a DCS sixel image at the picture's box, right above the
    caption; kitty: an `ESC _G` transmission with an id there;
    otherwise block symbols in the box;
  - the caption and the text after the picture on the same rows on all
    four terminals (the picture's box is the same);
  - a scroll that cuts the picture draws its visible part at the top, and
    no pixels stay where the picture was; the help over the story, I and
    a resize take the pixels away (sixel: the cells are rewritten; kitty:
    the image deleted by its id) and the picture comes back after;
  - no reply of the terminal ever shows on the screen, the terminal that
    never answers gets symbols, and `--images=symbols` sends no query;
  - a signal while the terminal is asked leaves it in its modes.
Speaks TAP."""
import fcntl, os, pty, re, select, signal, struct, subprocess, sys, tempfile, termios, time

from tap import ok, done
from httpd import make_png
from pixel_term import CELL_H, CELL_W, Terminal, sixel_size
from pty_reader import PtyReader

KANBAO = os.environ.get("KANBAO", "src/kanbao")
WAIT = float(os.environ.get("UI_TEST_WAIT", "200")) / 10
ROWS, COLS = 24, 60

TERMINFO = r"""kanbao-graphics|the terminal of kanbao's graphics test,
	cols#60, lines#24, it#8,
	clear=\E[H\E[2J, cup=\E[%i%p1%d;%p2%dH, el=\E[K, ed=\E[J,
	csr=\E[%i%p1%d;%p2%dr, ind=\n, ri=\EM,
	sgr0=\E[m, bold=\E[1m, rev=\E[7m, smul=\E[4m, dim=\E[2m, cr=\r,
"""

TITLE = "梧桐渡口新码头启用 渡轮班次加密"
CAPTION = "[Image: 新码头上的第一班渡轮]"
BEFORE = ["梧桐镇渡口的新码头今天启用，往返对岸芦花洲的渡轮从每小时一班加密到每半小时一班。",
          "新码头有两个泊位，候船室能坐一百二十人。"]
AFTER = ["镇交通站说，雨天和大雾天渡轮照常停航，停航消息会在候船室和镇公众号上发布。",
         "老码头将改成观景平台，预计明年春天开放。",
         "芦花洲的居民说，以后去镇上赶集、看病都方便多了，孩子上学也不用起那么早。",
         "渡轮票价不变，学生和七十岁以上老人免票。",
         "码头旁新修了停车场，有六十个车位，头一个小时不收费。",
         "镇上还在码头和老街之间开了一条接驳公交，十五分钟一班。",
         "候船室里设了母婴室和便民药箱，节假日有志愿者值守。",
         "交通站提醒，乘船请穿好救生衣，不要在船舷边拍照。"]
PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{t}_梧桐镇新闻网</title></head>
<body><div class="article"><h1>{t}</h1>
<div class="info">来源：梧桐镇新闻网 发布时间：2025-03-14 09:30</div>
<div class="content">{before}<p><img src="ferry.png" alt="新码头上的第一班渡轮"></p>{after}</div>
</div></body></html>
""".format(t=TITLE, before="".join("<p>%s</p>" % p for p in BEFORE),
           after="".join("<p>%s</p>" % p for p in AFTER))

# What each terminal answers: to the kitty query, to CSI 16 t, to DA1.
TERMINALS = {
    "sixel": (None, b"\x1b[6;%d;%dt" % (CELL_H, CELL_W), b"\x1b[?62;4;22c"),
    "kitty": (b"\x1b_Gi=31;OK\x1b\\", b"\x1b[6;%d;%dt" % (CELL_H, CELL_W), b"\x1b[?62;22c"),
    "plain": (None, None, b"\x1b[?62;22c"),
    "silent": (None, None, None),
    # G (the story's end) typed while the reader waits for the answer
    "typist": (None, None, b"G\x1b[?62;22c"),
    # G typed just after the answer, come in the same read
    "late typist": (None, None, b"\x1b[?62;22cG"),
}
REPLIES = [b"62;4;22c", b"62;22c", b"i=31", b"OK", b"6;20;10t", b"[?"]


class Reader(PtyReader):
    """kanbao in a pty, the terminal named answering its queries."""

    def __init__(self, env, kind, args):
        super().__init__(Terminal(ROWS, COLS), WAIT)
        self.kind = kind
        self.answered = set()
        master, slave = pty.openpty()
        self.set_size(slave, ROWS, COLS)
        self.pid = os.fork()
        if self.pid == 0:
            os.close(master)
            os.setsid()
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
            for fd in (0, 1, 2):
                os.dup2(slave, fd)
            os.execve(KANBAO, [KANBAO] + args, env)
        os.close(slave)
        self.fd = master

    @staticmethod
    def set_size(fd, rows, cols, pixels=(0, 0)):
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, *pixels))

    def arrived(self):
        """The terminal's replies to the queries it has been sent, in order."""
        kitty, cell, da1 = TERMINALS[self.kind]
        for query, reply in ((b"\x1b_Gi=31,", kitty), (b"\x1b[16t", cell), (b"\x1b[c", da1)):
            if query in self.log and query not in self.answered:
                self.answered.add(query)
                if reply is not None:
                    os.write(self.fd, reply)

    def status(self):
        return self.term.lines()[self.term.rows - 1]

    def settle(self):
        """Every frame the keys before brought is whole (see ui_cells.py).
        The prompt is "/ ": a status line showing the end of a file://
        URL may start with "/" too."""
        os.write(self.fd, b"/")
        if not self.pump(lambda: self.status().startswith("/ ")):
            return False
        os.write(self.fd, b"\x1b")
        return self.pump(lambda: not self.status().startswith("/ "))

    def keys(self, s):
        mark = len(self.log)
        os.write(self.fd, s.encode())
        self.settle()
        return bytes(self.log[mark:])


    def help(self):
        """Opens the help, waits until its screen holds no picture (the
        pixels written over, kitty's image deleted), and closes it again;
        True if that came.  Its own Esc would close it: no settle here."""
        t = self.term
        os.write(self.fd, b"?")
        gone = self.pump(lambda: t.row_with("kanbao keys") is not None and
                         not t.pixel_rows() and not t.placed)
        self.on_help = (t.pixel_rows(), dict(t.placed))
        os.write(self.fd, b"q")
        return gone and self.pump(lambda: t.row_of(CAPTION) is not None) and self.settle()

    def resize(self, rows, cols, cell):
        """A new size, and a font of cell pixels the pty now tells."""
        mark = len(self.log)
        self.set_size(self.fd, rows, cols, (cols * cell[0], rows * cell[1]))
        self.term.resize(rows, cols, cell)
        os.kill(self.pid, signal.SIGWINCH)
        self.settle()
        return bytes(self.log[mark:])


def opened(r, pixels):
    """Waits for the story, its caption, and the picture in its box."""
    t = r.term
    shown = r.pump(lambda: t.row_of(CAPTION) is not None)
    return shown and r.pump(lambda: not pixels or any(g[0] == r.kind for g in t.graphics)) and \
        r.settle()


def no_replies(r):
    screen = "\n".join(r.term.lines())
    return not any(s.decode() in screen for s in REPLIES)


def last(r, kind):
    found = [g for g in r.term.graphics if g[0] == kind]
    return found[-1] if found else None


def sixel_rows(body, cell_h=CELL_H):
    return -(-sixel_size(body)[1] // cell_h)


def sixel_width(body):
    return sixel_size(body)[0]


def blocks(t, first, end):
    cells = "".join(t.lines()[first:end]).replace(" ", "")
    return cells != "" and all(0x2580 <= ord(c) <= 0x259f for c in cells)


def story_rows(t):
    return (t.row_of(CAPTION), t.row_with(AFTER[0][:12]))


def run(env, kind, args=(), pixels=True):
    r = Reader(env, kind, ["--images=auto"] + list(args) + [env["STORY"]])
    ok(opened(r, pixels), f"{kind}: the story opens, its picture's caption on screen",
       "\n".join(r.term.lines()))
    return r


def sixel_session(env):
    r = run(env, "sixel")
    t = r.term
    cap = t.row_of(CAPTION)
    g = last(r, "sixel")
    ok(g is not None and re.match(r"[0-9;]*q", g[3]),
       "sixel: a DCS sixel image is written", g and g[3][:40])
    rows = sixel_rows(g[3]) if g else 0
    ok(g is not None and cap is not None and rows > 2 and g[1] + rows == cap,
       "sixel: at the picture's box, its last row right above the caption",
       (g and g[1:3], rows, cap))
    ok(t.pixel_rows() == list(range(cap - rows, cap)) if rows else False,
       "sixel: the pixels cover the box's rows alone", t.pixel_rows())
    ok(no_replies(r), "sixel: no reply of the terminal on the screen", "\n".join(t.lines()))
    place = story_rows(t)

    r.keys("j" * 10)
    g2 = last(r, "sixel")
    top = t.row_of(CAPTION)
    ok(g2 is not g and g2[1] == 0 and sixel_rows(g2[3]) == top and sixel_rows(g2[3]) < rows,
       "sixel: scrolled, the picture's visible part is drawn at the top",
       (g2 and g2[1:3], sixel_rows(g2[3]) if g2 else 0, top))
    ok(t.pixel_rows() == list(range(0, top)), "sixel: no pixels left where the picture was",
       t.pixel_rows())
    r.keys("g")
    ok(r.help(), "sixel: the help over the story leaves no pixels", r.on_help)
    ok(t.pixel_rows() == list(range(cap - rows, cap)), "sixel: the picture is back after the help",
       t.pixel_rows())
    # a long message over the picture's lower rows: "Not found: " and
    # 170 wide characters take six rows above the status line's
    mark = len(t.graphics)
    os.write(r.fd, ("/" + "鲸" * 170 + "\r").encode())
    r.pump(lambda: len(t.graphics) > mark and t.row_with("Not found") is not None)
    msg = t.row_with("Not found")
    g4 = last(r, "sixel")
    ok(msg is not None and cap - rows < msg < cap and len(t.graphics) > mark and
       g4[1] == cap - rows and sixel_rows(g4[3]) == msg - g4[1] and
       t.pixel_rows() == list(range(cap - rows, msg)),
       "sixel: a long message over the picture: the rows above it alone are drawn",
       (msg, g4 and g4[1], sixel_rows(g4[3]) if g4 else 0, t.pixel_rows()))
    r.keys("g")
    ok(t.row_with("Not found") is None and t.pixel_rows() == list(range(cap - rows, cap)),
       "sixel: the message gone, the whole picture is back", t.pixel_rows())
    r.keys("I")
    ok(not t.pixel_rows() and t.row_of(CAPTION) == t.row_with(BEFORE[1]) + 2,
       "sixel: I takes the picture away: the box's cells are rewritten, the caption "
       "under the text", t.pixel_rows())
    r.keys("I")     # the picture is fetched again: it comes after the frame
    r.pump(lambda: t.pixel_rows() == list(range(cap - rows, cap)))
    ok(t.pixel_rows() == list(range(cap - rows, cap)), "sixel: I again, the picture is back",
       t.pixel_rows())
    r.resize(ROWS - 4, COLS, (12, 24))
    g3 = last(r, "sixel")
    cap3 = t.row_of(CAPTION)
    ok(g3 is not None and cap3 is not None and g3[1] + sixel_rows(g3[3], 24) == cap3 and
       t.pixel_rows() == list(range(g3[1], cap3)),
       "sixel: resized, the picture is drawn again above its caption",
       (g3 and g3[1], cap3, t.pixel_rows()))
    # the 2:1 picture in a box of 9 rows: 36 columns of 12 pixels
    ok(g3 is not None and sixel_width(g3[3]) == 36 * 12,
       "sixel: ... at the cell size the pty tells after the resize (12x24)",
       g3 and sixel_width(g3[3]))
    n0 = len(t.graphics)
    r.resize(ROWS - 4, COLS, (600, 1200))    # past TERM_CELL_MAX: not believed
    g5 = ([g for g in t.graphics[n0:] if g[0] == "sixel"] or [None])[-1]
    ok(g5 is not None and sixel_width(g5[3]) == 36 * 12,
       "sixel: a pty telling cells of 600x1200 pixels is not believed: 12x24 still",
       g5 and sixel_width(g5[3]))
    ok(r.quit(), "sixel: q ends the reader")
    return place


def kitty_session(env):
    env = dict(env, KANBAO_TRACE=env["STORY"] + ".kitty.trace")
    r = run(env, "kitty")
    t = r.term
    cap = t.row_of(CAPTION)
    first = [x for x in t.graphics if x[0] == "kitty"]
    start = first[0] if first else None
    ok(start is not None and "a=t" in start[3] and "i=" in start[3] and "q=2" in start[3],
       "kitty: an ESC _G transmission with an id, asking no reply", start and start[3][:60])
    placed = list(t.placed.values())
    ok(len(placed) == 1 and placed[0][0] + placed[0][3] == cap,
       "kitty: placed at the picture's box, right above the caption", (placed, cap))
    ok(no_replies(r), "kitty: no reply of the terminal on the screen", "\n".join(t.lines()))
    place = story_rows(t)
    ids = list(t.placed)
    sent = r.keys("I").decode("utf-8", "replace")
    ok(ids and ("\x1b_Ga=d,d=I,i=%s," % ids[0]) in sent and not t.placed,
       "kitty: I deletes the picture by its id", (ids, t.placed))
    r.keys("I")     # the picture is fetched again: it comes after the frame
    r.pump(lambda: len(t.placed) == 1)
    ok(len(t.placed) == 1, "kitty: I again, the picture is placed again", t.placed)
    ok(r.help(), "kitty: the help over the story deletes the picture", r.on_help)
    ok(len(t.placed) == 1, "kitty: the picture is back after the help", t.placed)
    sent = r.keys("j" * 10).decode("utf-8", "replace")
    placed = list(t.placed.values())
    top = t.row_of(CAPTION)
    ok(len(placed) == 1 and placed[0][0] == 0 and placed[0][3] == top,
       "kitty: scrolled, the visible part alone is placed at the top", (placed, top))
    ok("\x1b_Ga=p," in sent and "a=t," not in sent and "a=T," not in sent and not t.strays,
       "kitty: a scroll places the picture again (a=p) and sends no pixels",
       re.findall(r"\x1b_G[^;\x1b]*", sent)[:6])
    m = re.search(r"\x1b_Ga=p,[^\x1b]*y=(\d+),w=\d+,h=(\d+),c=\d+,r=(\d+)", sent)
    w, h = t.images.get(list(t.placed)[0], (0, 0)) if t.placed else (0, 0)
    ok(m and int(m.group(1)) > 0 and int(m.group(1)) + int(m.group(2)) == h and
       int(m.group(3)) == top,
       "kitty: ... its source rectangle the picture's bottom rows, on the rows shown",
       (m and m.groups(), w, h, top))
    sent = r.resize(ROWS, COLS, (CELL_W, CELL_H)).decode("utf-8", "replace")
    ok("a=t," in sent and len(t.placed) == 1 and not t.strays,
       "kitty: a cleared screen (a resize) sends the picture again, and places it",
       re.findall(r"\x1b_G[^;\x1b]*", sent)[:6])
    old = list(t.placed)
    size = t.images.get(old[0]) if old else None
    before = len([l for l in open(env["KANBAO_TRACE"]) if l.startswith("decode ")])
    r.resize(ROWS, COLS, (20, 40))      # a larger font: the kept picture is too small
    r.pump(lambda: len(t.placed) == 1 and list(t.placed) != old)
    new = list(t.placed)
    decodes = [l for l in open(env["KANBAO_TRACE"]) if l.startswith("decode ")]
    ok(len(decodes) == before + 1 and new != old and size and t.images.get(new[0], (0, 0))[0] > size[0]
       and old[0] not in t.images,
       "kitty: a larger font decodes the picture again, larger, sent under a new id, the old "
       "deleted with its data", (decodes, old, new, size, t.images))
    ids = list(t.placed)
    ok(r.quit() and ids and not t.placed, "kitty: q ends the reader, its picture deleted",
       (ids, t.placed))
    return place


def symbols_session(env, kind, args=(), what=None):
    env = dict(env, KANBAO_TRACE=env["STORY"] + ".%s.trace" % kind)
    r = run(env, kind, args, pixels=False)
    t = r.term
    cap = t.row_of(CAPTION)
    what = what or kind
    r.pump(lambda: cap is not None and blocks(t, t.row_with(BEFORE[1]) + 1, cap))
    ok(not t.graphics, f"{what}: no sixel or kitty sequence", t.graphics[:1])
    ok(cap is not None and blocks(t, t.row_with(BEFORE[1]) + 1, cap),
       f"{what}: block symbols between the text and the caption",
       "\n".join(t.lines()))
    ok(no_replies(r), f"{what}: no reply of the terminal on the screen", "\n".join(t.lines()))
    place = story_rows(t)
    r.keys("j" * 4 + "k" * 4)
    decodes = [l for l in open(env["KANBAO_TRACE"]) if l.startswith("decode ")]
    ok(len(decodes) == 1, f"{what}: the picture is decoded once, not again to draw or "
       "scroll it (KANBAO_TRACE)", decodes)
    log = bytes(r.log)
    ok(r.quit(), f"{what}: q ends the reader")
    return place, log


def signal_while_asking(env):
    """SIGTERM while the reader waits for a silent terminal's answer: the
    terminal's modes are given back (echo, line editing) before it dies."""
    master, slave = pty.openpty()
    Reader.set_size(slave, ROWS, COLS)
    before = termios.tcgetattr(slave)
    pid = os.fork()
    if pid == 0:
        os.close(master)
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        os.execve(KANBAO, [KANBAO, "--images=auto", env["STORY"]], env)
    log, end = bytearray(), time.time() + WAIT
    while b"\x1b[c" not in log and time.time() < end:	# the queries are sent raw
        if select.select([master], [], [], 0.05)[0]:
            log += os.read(master, 1 << 16)
    asked = b"\x1b[c" in log
    os.kill(pid, signal.SIGTERM)
    gone, end = False, time.time() + WAIT
    while not gone:	# drain the pty until the reader is gone
        if select.select([master], [], [], 0.05)[0]:
            try:
                os.read(master, 1 << 16)
            except OSError:
                pass
        gone = os.waitpid(pid, os.WNOHANG)[0] == pid
        if not gone and time.time() >= end:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            break
    after = termios.tcgetattr(slave)
    os.close(slave)
    os.close(master)
    lflag = termios.ECHO | termios.ICANON | termios.ISIG
    ok(asked and gone and after[3] & lflag == before[3] & lflag,
       "a signal while the terminal is asked: its modes are given back",
       "asked %s, gone %s, lflag before %o, after %o" % (asked, gone, before[3], after[3]))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "kanbao-graphics.ti")
        with open(src, "w") as f:
            f.write(TERMINFO)
        subprocess.run(["tic", "-o", os.path.join(tmp, "terminfo"), src], check=True)
        story = os.path.join(tmp, "ferry.html")
        with open(story, "w") as f:
            f.write(PAGE)
        with open(os.path.join(tmp, "ferry.png"), "wb") as f:
            f.write(make_png(1600, 800))     # larger than any box: kept smaller
        drop = ("NO_COLOR", "LANG", "LANGUAGE", "TMUX", "STY", "KITTY_WINDOW_ID", "TERM_PROGRAM")
        env = {k: v for k, v in os.environ.items() if k not in drop}
        env.update(LC_ALL="C.UTF-8", TERM="kanbao-graphics", TERMINFO=os.path.join(tmp, "terminfo"),
                   HOME=tmp, XDG_CONFIG_HOME=tmp + "/config", XDG_CACHE_HOME=tmp + "/cache",
                   XDG_DATA_HOME=tmp + "/data", KANBAO_NO_PREFETCH="1", KANBAO_NO_MOUSE="1",
                   STORY=story)

        signal_while_asking(env)
        places = {"sixel": sixel_session(env), "kitty": kitty_session(env)}
        places["plain"], _ = symbols_session(env, "plain")
        places["silent"], _ = symbols_session(env, "silent", what="a terminal that never answers")
        r = Reader(env, "typist", ["--images=auto", story])
        ok(r.pump(lambda: r.term.row_with(AFTER[-1][:12]) is not None) and no_replies(r),
           "a key typed among the terminal's replies is kept: G shows the story's end",
           "\n".join(r.term.lines()))
        r.quit()
        r = Reader(env, "late typist", ["--images=auto", story])
        ok(r.pump(lambda: r.term.row_with(AFTER[-1][:12]) is not None) and no_replies(r),
           "a key typed right after the terminal's answer is kept too: G shows the story's end",
           "\n".join(r.term.lines()))
        r.quit()
        _, log = symbols_session(env, "sixel", ["--images=symbols"], "--images=symbols on sixel")
        ok(b"\x1b[c" not in log and b"\x1b_G" not in log, "--images=symbols sends no query")
        ok(len(set(places.values())) == 1 and None not in list(places.values())[0],
           "the caption and the text after the picture on the same rows on every terminal",
           places)
    return done()


if __name__ == "__main__":
    sys.exit(main())
