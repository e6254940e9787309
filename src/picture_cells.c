/*
 * picture_cells: a picture to a grid of terminal cells with libchafa
 * (see picture.h).  The grid is plain data (a code point and two palette
 * indexes a cell) so the UI draws it with curses like any text, and
 * chafa's escapes never reach the terminal.  In pixels, chafa only says
 * how many cells a picture takes (picture_fit): kanbao writes the sixel
 * and kitty sequences itself (picture_sixel.c, picture_kitty.c).
 *
 * libchafa is opened with dlopen on the first picture, as convert.c opens
 * libopencc: linked at start-up it would bring GLib, whose constructors
 * allocate (and abort when they cannot) in every run, most of which draw
 * no picture.  Without it a picture is its caption alone.
 */
#include "config.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <chafa.h>

#include "picture.h"
#include "util.h"

/* the soname of libchafa, then the name a -dev package links */
static const char *const libnames[] = {"libchafa.so.0", "libchafa.so"};

#define CHAFA_CALLS(X) \
	X(symbol_map_new) X(symbol_map_add_by_tags) X(symbol_map_unref) \
	X(canvas_config_new) X(canvas_config_unref) X(canvas_config_set_symbol_map) \
	X(canvas_config_set_canvas_mode) X(canvas_config_set_pixel_mode) \
	X(canvas_config_set_geometry) X(canvas_new) X(canvas_unref) \
	X(canvas_draw_all_pixels) X(canvas_get_char_at) X(canvas_get_raw_colors_at) \
	X(calc_canvas_geometry) X(set_n_threads)

static struct {
	void *lib;
	int tried;
#define MEMBER(name) __typeof__(chafa_##name) *name;
	CHAFA_CALLS(MEMBER)
#undef MEMBER
} C;

/* libchafa's functions, loaded once; 0, or -1 when it is not there. */
static int
load_chafa(void)
{
	int ok = 1;

	if (C.tried)
		return C.lib != NULL ? 0 : -1;
	C.tried = 1;
	for (size_t i = 0; C.lib == NULL && i < sizeof libnames / sizeof *libnames; i++)
		C.lib = dlopen(libnames[i], RTLD_NOW | RTLD_LOCAL);
	if (C.lib == NULL)
		return -1;
#define LOAD(name) ok = ok && (*(void **)&C.name = dlsym(C.lib, "chafa_" #name)) != NULL;
	CHAFA_CALLS(LOAD)
#undef LOAD
	if (ok) {
		/* drawn on the reader's own thread: a picture of at most half a
		 * screen needs no pool, and the pool's threads keep GLib data
		 * that a leak checker reports once for each (fuzz_picture) */
		C.set_n_threads(1);
		return 0;
	}
	dlclose(C.lib);
	C.lib = NULL;
	return -1;
}

#define CELL_RATIO 0.5f	/* a cell's width over its height */

static ChafaCanvasMode
canvas_mode(enum picture_colors colors)
{
	switch (colors) {
	case PICTURE_COLORS_256:
		return CHAFA_CANVAS_MODE_INDEXED_240;
	case PICTURE_COLORS_16:
		return CHAFA_CANVAS_MODE_INDEXED_16;
	case PICTURE_COLORS_8:
		return CHAFA_CANVAS_MODE_INDEXED_8;
	case PICTURE_MONO:
		break;
	}
	return CHAFA_CANVAS_MODE_FGBG;
}

/* chafa's canvas of cols x rows, block symbols only */
static ChafaCanvas *
canvas_new(int cols, int rows, enum picture_colors colors)
{
	ChafaSymbolMap *map = C.symbol_map_new();
	ChafaCanvasConfig *config = C.canvas_config_new();
	ChafaCanvas *canvas;

	C.symbol_map_add_by_tags(map, CHAFA_SYMBOL_TAG_BLOCK | CHAFA_SYMBOL_TAG_SPACE);
	C.canvas_config_set_symbol_map(config, map);
	C.canvas_config_set_canvas_mode(config, canvas_mode(colors));
	C.canvas_config_set_pixel_mode(config, CHAFA_PIXEL_MODE_SYMBOLS);
	C.canvas_config_set_geometry(config, cols, rows);
	canvas = C.canvas_new(config);
	C.canvas_config_unref(config);
	C.symbol_map_unref(map);
	return canvas;
}

int
picture_cells_ready(void)
{
	return load_chafa() == 0;
}

struct picture_cells *
picture_cells(const struct picture *pic, int cols, int rows, enum picture_colors colors)
{
	struct picture_cells *cells;
	ChafaCanvas *canvas;
	int x, y;

	if (pic == NULL || cols < 1 || rows < 1 || load_chafa() != 0)
		return NULL;
	C.calc_canvas_geometry((int)pic->width, (int)pic->height, &cols, &rows,
	    CELL_RATIO, TRUE, FALSE);
	if (cols < 1 || rows < 1)
		return NULL;
	canvas = canvas_new(cols, rows, colors);
	C.canvas_draw_all_pixels(canvas, CHAFA_PIXEL_RGBA8_UNASSOCIATED, pic->rgba,
	    (int)pic->width, (int)pic->height, (int)pic->width * 4);
	cells = xmalloc(sizeof *cells);
	cells->cols = cols;
	cells->rows = rows;
	cells->cell = xcalloc((size_t)cols * rows, sizeof *cells->cell);
	for (y = 0; y < rows; y++)
		for (x = 0; x < cols; x++) {
			struct picture_cell *c = &cells->cell[y * cols + x];

			c->ch = C.canvas_get_char_at(canvas, x, y);
			/* raw: palette indexes in the indexed modes, not RGB */
			C.canvas_get_raw_colors_at(canvas, x, y, &c->fg, &c->bg);
			if (colors == PICTURE_MONO)
				c->fg = c->bg = -1;
		}
	C.canvas_unref(canvas);
	return cells;
}

void
picture_cells_free(struct picture_cells *cells)
{
	if (cells == NULL)
		return;
	free(cells->cell);
	free(cells);
}

/* ---- pixels ---- */

int
picture_pixels_ready(void)
{
	return load_chafa() == 0;
}

int
picture_fit(unsigned width, unsigned height, int cell_w, int cell_h, int *cols, int *rows)
{
	if (width == 0 || height == 0 || cell_w < 1 || cell_h < 1 || *cols < 1 || *rows < 1 ||
	    load_chafa() != 0)
		return -1;
	C.calc_canvas_geometry((int)width, (int)height, cols, rows,
	    (gfloat)cell_w / (gfloat)cell_h, TRUE, FALSE);
	return *cols >= 1 && *rows >= 1 ? 0 : -1;
}
