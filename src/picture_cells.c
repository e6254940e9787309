/*
 * picture_cells: a picture to a grid of terminal cells with libchafa
 * (see picture.h).  The grid is plain data (a code point and two palette
 * indexes a cell) so the UI draws it with curses like any text, and
 * chafa's escapes never reach the terminal.  In pixels (picture_pixels),
 * chafa is handed a term info of kanbao's own, holding only the sixel or
 * kitty sequences written here, so what it prints is those sequences
 * around the pixel data it encodes, and nothing else.
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

/* libchafa 1.8's, for pixels: without them, symbols alone */
#define PIXEL_CALLS(X) \
	X(canvas_config_set_cell_geometry) X(canvas_print) X(term_info_new) \
	X(term_info_set_seq) X(term_info_unref)

static struct {
	void *lib;
	int tried, pixels;	/* pixels: PIXEL_CALLS are there */
#define MEMBER(name) __typeof__(chafa_##name) *name;
	CHAFA_CALLS(MEMBER)
	PIXEL_CALLS(MEMBER)
#undef MEMBER
	gchar *(*string_free)(GString *s, gboolean free_segment);	/* GLib's */
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
		C.pixels = 1;
#define LOAD_PIXELS(name) C.pixels = C.pixels && \
		(*(void **)&C.name = dlsym(C.lib, "chafa_" #name)) != NULL;
		PIXEL_CALLS(LOAD_PIXELS)
#undef LOAD_PIXELS
		/* the library chafa brought: its handle's lookup reaches it */
		C.pixels = C.pixels && (*(void **)&C.string_free = dlsym(C.lib, "g_string_free")) != NULL;
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
	return load_chafa() == 0 && C.pixels;
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

/* A term info that knows kanbao's sequences for mode alone. */
static ChafaTermInfo *
term_info(enum picture_mode mode, unsigned id)
{
	char begin[96];
	/* kitty's: chafa's arguments f, s, v, c, r; ours: the id, no reply
	 * (q=2), the cursor left where it was (C=1) */
	const struct {
		ChafaTermSeq seq;
		const char *s;
	} sixel[] = {
		{CHAFA_TERM_SEQ_BEGIN_SIXELS, "\033P%1;%2;%3q"},
		{CHAFA_TERM_SEQ_END_SIXELS, "\033\\"},
	}, kitty[] = {
		{CHAFA_TERM_SEQ_BEGIN_KITTY_IMMEDIATE_IMAGE_V1, begin},
		{CHAFA_TERM_SEQ_END_KITTY_IMAGE, "\033_Gm=0\033\\"},
		{CHAFA_TERM_SEQ_BEGIN_KITTY_IMAGE_CHUNK, "\033_Gm=1;"},
		{CHAFA_TERM_SEQ_END_KITTY_IMAGE_CHUNK, "\033\\"},
	}, *v = mode == PICTURE_SIXEL ? sixel : kitty;
	size_t n = mode == PICTURE_SIXEL ? sizeof sixel / sizeof *sixel : sizeof kitty / sizeof *kitty;
	ChafaTermInfo *ti = C.term_info_new();

	snprintf(begin, sizeof begin,
	    "\033_Ga=T,i=%u,q=2,C=1,f=%%1,s=%%2,v=%%3,c=%%4,r=%%5,m=1\033\\", id);
	for (size_t i = 0; i < n; i++)
		if (!C.term_info_set_seq(ti, v[i].seq, v[i].s, NULL)) {
			C.term_info_unref(ti);
			return NULL;
		}
	return ti;
}

/* chafa's canvas for band b, in pixels */
static ChafaCanvas *
pixel_canvas(const struct picture_band *b)
{
	ChafaCanvasConfig *config = C.canvas_config_new();
	ChafaCanvas *canvas;

	C.canvas_config_set_pixel_mode(config, b->mode == PICTURE_SIXEL ?
	    CHAFA_PIXEL_MODE_SIXELS : CHAFA_PIXEL_MODE_KITTY);
	C.canvas_config_set_canvas_mode(config, CHAFA_CANVAS_MODE_TRUECOLOR);
	C.canvas_config_set_cell_geometry(config, b->cell_w, b->cell_h);
	C.canvas_config_set_geometry(config, b->cols, b->n);
	canvas = C.canvas_new(config);
	C.canvas_config_unref(config);
	return canvas;
}

char *
picture_pixels(const struct picture *pic, const struct picture_band *b, size_t *len)
{
	ChafaTermInfo *ti;
	ChafaCanvas *canvas;
	GString *printed;
	unsigned y0, y1;
	char *seq;

	if (pic == NULL || b->cols < 1 || b->rows < 1 || b->first < 0 || b->n < 1 ||
	    b->first + b->n > b->rows || b->cell_w < 1 || b->cell_h < 1 ||
	    (b->mode != PICTURE_SIXEL && b->mode != PICTURE_KITTY) ||
	    load_chafa() != 0 || !C.pixels || (ti = term_info(b->mode, b->id)) == NULL)
		return NULL;
	/* the picture's rows under the band's cells */
	y0 = (unsigned)((unsigned long long)pic->height * (unsigned)b->first / (unsigned)b->rows);
	y1 = (unsigned)((unsigned long long)pic->height * (unsigned)(b->first + b->n) / (unsigned)b->rows);
	if (y1 <= y0)
		y1 = y0 + 1 <= pic->height ? y0 + 1 : y0;
	if (y1 <= y0) {
		C.term_info_unref(ti);
		return NULL;
	}
	canvas = pixel_canvas(b);
	C.canvas_draw_all_pixels(canvas, CHAFA_PIXEL_RGBA8_UNASSOCIATED,
	    pic->rgba + (size_t)y0 * pic->width * 4, (int)pic->width, (int)(y1 - y0),
	    (int)pic->width * 4);
	printed = C.canvas_print(canvas, ti);
	*len = printed->len;
	seq = xmalloc(printed->len + 1);
	memcpy(seq, printed->str, printed->len + 1);
	C.string_free(printed, TRUE);
	C.canvas_unref(canvas);
	C.term_info_unref(ti);
	return seq;
}
