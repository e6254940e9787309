"""pixel_term: the screen of a terminal with sixel and kitty graphics, as
tests/ui_graphics.py plays it: the cells of tests/vt.py's Screen, the
sixel paint over them, which text written over a cell (even a blank, or
an erase) takes away, as on xterm, and kitty's placements by image id,
until deleted: a picture transmitted (a=T, or a=t alone) is held by its
id, placed (a=T, a=p) until its placement is deleted (d=i) or the picture
with it (d=I).  Besides the sequences Screen reads, it reads DCS strings
as sixel images and APC strings starting with G as kitty's commands."""
import re

from vt import Screen, scroll_grid

CELL_W, CELL_H = 10, 20     # a cell's pixels unless told otherwise


def sixel_size(body):
    """The width and height in pixels of a sixel image's raster attributes."""
    m = re.search(r'"1;1;(\d+);(\d+)', body)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


class Terminal(Screen):
    """Cells of text, the pixels over them and kitty's placements."""

    def __init__(self, rows, cols):
        self.graphics = []      # (kind, y, x, body) in the order written
        self.queries = []
        self.placed = {}        # kitty: id -> (y, x, cols, rows)
        self.images = {}        # kitty: id -> (width, height) transmitted
        self.strays = []        # kitty: placements of an id never transmitted
        super().__init__(rows, cols)

    def resize(self, rows, cols, cell=(CELL_W, CELL_H)):
        super().resize(rows, cols)
        self.cell_w, self.cell_h = cell
        self.pixels = [[False] * cols for _ in range(rows)]

    def blank(self, y, x):
        super().blank(y, x)
        self.pixels[y][x] = False       # text, even a blank, takes the paint away

    def scroll(self, up):
        super().scroll(up)
        scroll_grid(self.pixels, self.top, self.bottom, up, False)

    def control_string(self, kind, body):
        if kind == "dcs":
            self.sixel(body)
        elif body.startswith("G"):
            self.kitty(body)
        else:
            super().control_string(kind, body)

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
            self.strays.append(body)
        elif a == "d":
            self.placed.pop(i, None)
            if keys.get("d") == "I":
                self.images.pop(i, None)

    def pixel_rows(self):
        return [y for y in range(self.rows) if any(self.pixels[y])]
