"""pixel_term: the screen of a terminal with sixel and kitty graphics, as
tests/ui_graphics.py plays it: cells of text (a wide character takes
two), the sixel paint over them, which text written over a cell (even a
blank, or an erase) takes away, as on xterm, and kitty's placements by
image id, until deleted: a picture transmitted (a=T, or a=t alone) is
held by its id, placed (a=T, a=p) until its placement is deleted (d=i)
or the picture with it (d=I).  It reads the few sequences of that test's
terminfo entry (cup, el, ed, csr, ind, ri, SGR), DCS and APC strings."""
import re, unicodedata

CELL_W, CELL_H = 10, 20     # a cell's pixels unless told otherwise


def sixel_size(body):
    """The width and height in pixels of a sixel image's raster attributes."""
    m = re.search(r'"1;1;(\d+);(\d+)', body)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


class Terminal:
    """Cells of text, the pixels over them and kitty's placements."""

    def __init__(self, rows, cols):
        self.state, self.params, self.string = "text", "", ""
        self.graphics = []      # (kind, y, x, body) in the order written
        self.queries = []
        self.placed = {}        # kitty: id -> (y, x, cols, rows)
        self.images = {}        # kitty: id -> (width, height) transmitted
        self.unknown = []       # kitty: placements of an id never transmitted
        self.resize(rows, cols)

    def resize(self, rows, cols, cell=(CELL_W, CELL_H)):
        self.rows, self.cols = rows, cols
        self.cell_w, self.cell_h = cell
        self.cells = [[" "] * cols for _ in range(rows)]
        self.pixels = [[False] * cols for _ in range(rows)]
        self.y = self.x = 0
        self.top, self.bottom = 0, rows - 1

    def blank(self, y, x):
        row = self.cells[y]
        if row[x] == "" and x > 0:
            row[x - 1] = " "
        if x + 1 < self.cols and row[x + 1] == "":
            row[x + 1] = " "
        row[x] = " "
        self.pixels[y][x] = False       # text, even a blank, takes the paint away

    def scroll(self, up):
        for grid, empty in ((self.cells, " "), (self.pixels, False)):
            region = grid[self.top:self.bottom + 1]
            blank = [empty] * self.cols
            grid[self.top:self.bottom + 1] = region[1:] + [blank] if up else [blank] + region[:-1]

    def put(self, ch):
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if self.x + w <= self.cols and self.y < self.rows:
            for i in range(w):
                self.blank(self.y, self.x + i)
            self.cells[self.y][self.x] = ch
            if w == 2:
                self.cells[self.y][self.x + 1] = ""
            self.x += w

    def csi(self, final):
        args = [int(p) if p.isdigit() else 0 for p in self.params.split(";")]
        if final == "H":
            self.y = min(max(args[0], 1), self.rows) - 1
            self.x = min(max(args[1] if len(args) > 1 else 1, 1), self.cols) - 1
        elif final == "r":
            self.top = max(args[0], 1) - 1
            self.bottom = min(args[1] if len(args) > 1 and args[1] else self.rows, self.rows) - 1
            self.y = self.x = 0
        elif final == "K":
            for x in range(self.x, self.cols):
                self.blank(self.y, x)
        elif final == "J":
            first = 0 if args[0] == 2 else self.y
            for y in range(first, self.rows):
                for x in range(self.x if y == self.y and args[0] == 0 else 0, self.cols):
                    self.blank(y, x)

    def sixel(self, body):
        """Paints the cells under a sixel image at the cursor."""
        w, h = sixel_size(body)
        self.graphics.append(("sixel", self.y, self.x, body))
        if h:
            for y in range(self.y, min(self.y + -(-h // self.cell_h), self.rows)):
                for x in range(self.x, min(self.x + -(-w // self.cell_w), self.cols)):
                    self.pixels[y][x] = True

    def kitty(self, body):
        keys = dict(kv.split("=", 1) for kv in body[1:].split(";")[0].split(",") if "=" in kv)
        if keys.get("a") == "q":
            self.queries.append(body)   # the reader asking, not drawing
            return
        self.graphics.append(("kitty", self.y, self.x, body))
        a, i = keys.get("a"), keys.get("i")
        if a in ("T", "t"):
            self.images[i] = (int(keys.get("s", 0)), int(keys.get("v", 0)))
        if a == "T" or (a == "p" and i in self.images):
            self.placed[i] = (self.y, self.x, int(keys["c"]), int(keys["r"]))
        elif a == "p":
            self.unknown.append(body)
        elif a == "d":
            self.placed.pop(i, None)
            if keys.get("d") == "I":
                self.images.pop(i, None)

    def feed(self, text):
        for ch in text:
            if self.state in ("dcs", "apc"):
                self.string += ch
                if self.string.endswith("\x1b\\"):
                    body, kind = self.string[:-2], self.state
                    self.state, self.string = "text", ""
                    if kind == "dcs":
                        self.sixel(body)
                    elif body.startswith("G"):
                        self.kitty(body)
            elif self.state == "esc":
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
            elif self.state == "csi":
                if "\x40" <= ch <= "\x7e":
                    self.state = "text"
                    self.csi(ch)
                else:
                    self.params += ch
            elif ch == "\x1b":
                self.state = "esc"
            elif ch == "\r":
                self.x = 0
            elif ch == "\n":
                if self.y == self.bottom:
                    self.scroll(True)
                else:
                    self.y = min(self.y + 1, self.rows - 1)
            elif ch >= " ":
                self.put(ch)

    def lines(self):
        return ["".join(row).rstrip() for row in self.cells]

    def row_of(self, text):
        for y, line in enumerate(self.lines()):
            if line.strip() == text:
                return y
        return None

    def row_with(self, text):
        for y, line in enumerate(self.lines()):
            if text in line:
                return y
        return None

    def pixel_rows(self):
        return [y for y in range(self.rows) if any(self.pixels[y])]
