"""vt: the screen of a small terminal, as the screen tests play it.

A Screen reads the bytes a program writes to its terminal and keeps the
cells they draw, the way a real terminal would, whatever the program
believes about widths: a character takes the columns its own table says
(East Asian wide and fullwidth two, ambiguous `ambiguous`, combining
none), and a wide one fills its cell and the next, which holds "" (its
right half).  A character that does not fit before the right edge is not
drawn but kept in `overflow`.

It reads the sequences of the tests' terminfo entries: CSI cursor
addressing (H, f), erase in line and display (K, J), the scrolling region
(r), index (newline at the bottom) and reverse index (ESC M), CR, BS, TAB
and BEL; SGR (CSI ... m) changes nothing it keeps.  Anything else goes to
`unknown`, so a test can say a program sent only what its entry names.
DCS (ESC P) and APC (ESC _) strings are read whole, up to ST, and handed
to control_string(), which a terminal with pictures overrides.

Subclasses add what is theirs by overriding blank() (a cell written
over), scroll() (the region moved) and control_string()."""
import codecs, unicodedata


def scroll_grid(grid, top, bottom, up, empty):
    """Moves rows top..bottom of grid by one, up or down, bringing in a
    row of empty."""
    region = grid[top:bottom + 1]
    blank = [empty] * len(grid[top])
    grid[top:bottom + 1] = region[1:] + [blank] if up else [blank] + region[:-1]


class Screen:
    """Cells of text, a cursor and a scrolling region."""

    def __init__(self, rows, cols, ambiguous=1):
        self.ambiguous = ambiguous
        self.decode = codecs.getincrementaldecoder("utf-8")("replace")
        self.state, self.params, self.string = "text", "", ""
        self.overflow, self.unknown = [], []
        self.scrolls = 0
        self.resize(rows, cols)

    def resize(self, rows, cols):
        """A new size: the cells empty, the cursor home, no region."""
        self.rows, self.cols = rows, cols
        self.cells = [[" "] * cols for _ in range(rows)]
        self.y = self.x = 0
        self.top, self.bottom = 0, rows - 1

    def width(self, ch):
        if unicodedata.combining(ch):
            return 0
        eaw = unicodedata.east_asian_width(ch)
        return 2 if eaw in "WF" else self.ambiguous if eaw == "A" else 1

    def blank(self, y, x):
        """Empties cell x of row y and the rest of a wide character in it."""
        row = self.cells[y]
        if row[x] == "" and x > 0:
            row[x - 1] = " "
        if x + 1 < self.cols and row[x + 1] == "":
            row[x + 1] = " "
        row[x] = " "

    def scroll(self, up):
        """Moves the lines of the scrolling region by one."""
        scroll_grid(self.cells, self.top, self.bottom, up, " ")
        self.scrolls += 1

    def put(self, ch):
        w = self.width(ch)
        if w == 0:
            return
        if self.x + w > self.cols or self.y >= self.rows:
            self.overflow.append((self.y, self.x, ch))
            return
        for i in range(w):
            self.blank(self.y, self.x + i)
        self.cells[self.y][self.x] = ch
        if w == 2:
            self.cells[self.y][self.x + 1] = ""
        self.x += w

    def csi(self, final):
        args = [int(p) if p.isdigit() else 0 for p in self.params.split(";")]
        if final in "Hf":
            self.y = min(max(args[0], 1), self.rows) - 1
            self.x = min(max(args[1] if len(args) > 1 else 1, 1), self.cols) - 1
        elif final == "r":
            self.top = max(args[0], 1) - 1
            self.bottom = min(args[1] if len(args) > 1 and args[1] else self.rows, self.rows) - 1
            self.y = self.x = 0
        elif final == "K" and args[0] == 0:
            for x in range(self.x, self.cols):
                self.blank(self.y, x)
        elif final == "J" and args[0] in (0, 2):
            first = 0 if args[0] == 2 else self.y
            for y in range(first, self.rows):
                for x in range(self.x if y == self.y and args[0] == 0 else 0, self.cols):
                    self.blank(y, x)
        elif final != "m":
            self.unknown.append("CSI " + self.params + final)

    def control_string(self, kind, body):
        """A DCS ("dcs") or APC ("apc") string, without ESC P / ESC _ and ST."""
        self.unknown.append(kind.upper() + " " + body[:20])

    def escape(self, ch):
        """The character after ESC."""
        self.state, self.params = "text", ""
        if ch == "[":
            self.state = "csi"
        elif ch == "P":
            self.state = "dcs"
        elif ch == "_":
            self.state = "apc"
        elif ch == "M":
            if self.y == self.top:
                self.scroll(False)
            else:
                self.y = max(self.y - 1, 0)
        else:
            self.unknown.append("ESC " + ch)

    def control(self, ch):
        if ch == "\r":
            self.x = 0
        elif ch == "\n":
            if self.y == self.bottom:
                self.scroll(True)
            else:
                self.y = min(self.y + 1, self.rows - 1)
        elif ch == "\b":
            self.x = max(self.x - 1, 0)
        elif ch == "\t":
            self.x = min((self.x // 8 + 1) * 8, self.cols - 1)
        elif ch != "\a":
            self.unknown.append("control %#x" % ord(ch))

    def feed(self, data):
        """Reads bytes the program wrote; a character split between two
        calls is read whole."""
        for ch in self.decode.decode(data):
            if self.state in ("dcs", "apc"):
                self.string += ch
                if self.string.endswith("\x1b\\"):
                    kind, body = self.state, self.string[:-2]
                    self.state, self.string = "text", ""
                    self.control_string(kind, body)
            elif self.state == "esc":
                self.escape(ch)
            elif self.state == "csi":
                if "\x40" <= ch <= "\x7e":
                    self.state = "text"
                    self.csi(ch)
                else:
                    self.params += ch
            elif ch == "\x1b":
                self.state = "esc"
            elif ch < " " or ch == "\x7f":
                self.control(ch)
            else:
                self.put(ch)

    def lines(self):
        """The screen as text: blanks kept, right halves gone."""
        return ["".join(c for c in row if c).rstrip() for row in self.cells]

    def aligned(self):
        """The screen with right halves as blanks: columns line up."""
        return ["".join(c if c else " " for c in row).rstrip() for row in self.cells]

    def text(self):
        """The characters on screen in order, without any blank."""
        return "".join(c for row in self.cells for c in row if c.strip())

    def row_of(self, text):
        """The first row that holds text alone, or None."""
        for y, line in enumerate(self.lines()):
            if line.strip() == text:
                return y
        return None

    def row_with(self, text):
        """The first row that holds text, or None."""
        for y, line in enumerate(self.lines()):
            if text in line:
                return y
        return None
