/*
 * picture_cells: a picture to a grid of terminal cells with libchafa
 * (see picture.h).  The grid is plain data (a code point and two palette
 * indexes a cell) so the UI draws it with curses like any text, and
 * chafa's escapes never reach the terminal.
 */
#include <stdlib.h>

#include <chafa.h>

#include "picture.h"
#include "util.h"

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
	ChafaSymbolMap *map = chafa_symbol_map_new();
	ChafaCanvasConfig *config = chafa_canvas_config_new();
	ChafaCanvas *canvas;

	chafa_symbol_map_add_by_tags(map, CHAFA_SYMBOL_TAG_BLOCK | CHAFA_SYMBOL_TAG_SPACE);
	chafa_canvas_config_set_symbol_map(config, map);
	chafa_canvas_config_set_canvas_mode(config, canvas_mode(colors));
	chafa_canvas_config_set_pixel_mode(config, CHAFA_PIXEL_MODE_SYMBOLS);
	chafa_canvas_config_set_geometry(config, cols, rows);
	canvas = chafa_canvas_new(config);
	chafa_canvas_config_unref(config);
	chafa_symbol_map_unref(map);
	return canvas;
}

struct picture_cells *
picture_cells(const struct picture *pic, int cols, int rows, enum picture_colors colors)
{
	struct picture_cells *cells;
	ChafaCanvas *canvas;
	int x, y;

	if (pic == NULL || cols < 1 || rows < 1)
		return NULL;
	chafa_calc_canvas_geometry((int)pic->width, (int)pic->height, &cols, &rows,
	    CELL_RATIO, TRUE, FALSE);
	if (cols < 1 || rows < 1)
		return NULL;
	canvas = canvas_new(cols, rows, colors);
	chafa_canvas_draw_all_pixels(canvas, CHAFA_PIXEL_RGBA8_UNASSOCIATED, pic->rgba,
	    (int)pic->width, (int)pic->height, (int)pic->width * 4);
	cells = xmalloc(sizeof *cells);
	cells->cols = cols;
	cells->rows = rows;
	cells->cell = xcalloc((size_t)cols * rows, sizeof *cells->cell);
	for (y = 0; y < rows; y++)
		for (x = 0; x < cols; x++) {
			struct picture_cell *c = &cells->cell[y * cols + x];

			c->ch = chafa_canvas_get_char_at(canvas, x, y);
			/* raw: palette indexes in the indexed modes, not RGB */
			chafa_canvas_get_raw_colors_at(canvas, x, y, &c->fg, &c->bg);
			if (colors == PICTURE_MONO)
				c->fg = c->bg = -1;
		}
	chafa_canvas_unref(canvas);
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
