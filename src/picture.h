/*
 * picture: a story's image, from the bytes the fetcher gave to cells a
 * terminal can show.
 *
 * picture_decode() reads PNG (libpng), JPEG (libjpeg-turbo), WebP
 * (libwebp) and the first frame of a GIF (giflib), the type sniffed
 * from the first bytes, never from the URL or a Content-Type: a file
 * that lies about its type is read as what it is, or refused.  The size is checked from the header before a pixel
 * is allocated (PICTURE_MAX_SIDE, PICTURE_MAX_PIXELS), so a
 * decompression bomb of a few KB is refused at the cost of its header;
 * truncated and malformed files end in an error, never a crash.
 *
 * picture_cells() scales a picture with libchafa to a grid of terminal
 * cells (a character and two colours each) that the UI draws with
 * curses: Unicode block symbols, the colours of the terminal's palette.
 * picture_fit() says, with libchafa too, how many cells a picture takes
 * in pixels on a terminal that has sixel or kitty graphics, whose
 * sequences picture_sixel.h and picture_kitty.h make.  All are pure (no I/O, no curses); what
 * they return is the caller's.
 */
#ifndef KANBAO_PICTURE_H
#define KANBAO_PICTURE_H

#include <stddef.h>
#include <stdint.h>

#define PICTURE_MAX_SIDE 16384			/* pixels of a width or height */
#define PICTURE_MAX_PIXELS (40u * 1000 * 1000)	/* width * height */
#define PICTURE_MAX_BYTES (16u << 20)		/* a file larger is not read */

struct picture {
	unsigned width, height;
	unsigned char *rgba;	/* width * height * 4 bytes, rows top down */
};

/*
 * The picture in the len bytes at s, or NULL with *err a static message
 * saying why ("not a picture", "too large", "damaged PNG" ...).
 */
struct picture *picture_decode(const void *s, size_t len, const char **err);
void picture_free(struct picture *pic);

/*
 * How the reader shows pictures: `images` in the config, --images.
 *   symbols  Unicode block symbols in the palette's colours, on any
 *            terminal, through tmux and screen
 *   sixel    pixels, as a sixel image (DCS ... q): xterm -ti vt340,
 *            mlterm, foot, WezTerm, contour
 *   kitty    pixels, in the kitty graphics protocol: kitty, Ghostty,
 *            WezTerm
 *   auto     whichever the terminal answers it has (term_graphics.h),
 *            symbols in tmux or screen or when it answers neither
 *   none     the caption line alone
 */
enum picture_mode { PICTURE_AUTO, PICTURE_SYMBOLS, PICTURE_SIXEL, PICTURE_KITTY, PICTURE_NONE };

/* "auto", "symbols", "sixel", "kitty" or "none" into *mode: 0, else -1. */
int picture_mode_parse(const char *s, enum picture_mode *mode);

/* how many colours the cells may use: what the terminal has */
enum picture_colors {
	PICTURE_MONO,		/* no colours: the symbols alone */
	PICTURE_COLORS_8,	/* indexes 0..7 */
	PICTURE_COLORS_16,	/* indexes 0..15 */
	PICTURE_COLORS_256,	/* indexes 16..255 (the first 16 are the user's) */
};

struct picture_cell {
	uint32_t ch;		/* a Unicode code point, width 1 */
	int fg, bg;		/* palette indexes, -1: the terminal's own */
};

struct picture_cells {
	int cols, rows;
	struct picture_cell *cell;	/* rows * cols, row by row */
};

/*
 * pic scaled to fit cols x rows cells, its aspect kept (a cell is about
 * twice as tall as wide); the grid may be smaller than asked in one
 * direction.  NULL when cols or rows < 1.
 */
struct picture_cells *picture_cells(const struct picture *pic, int cols, int rows,
    enum picture_colors colors);
void picture_cells_free(struct picture_cells *cells);

/* Can cells be made: is libchafa there (opened on first use)? */
int picture_cells_ready(void);

/* The cells (*cols x *rows, at most the ones given) that a picture of
 * width x height pixels takes on cells of cell_w x cell_h pixels, its
 * aspect kept.  0, or -1 when it has none or libchafa is not there. */
int picture_fit(unsigned width, unsigned height, int cell_w, int cell_h,
    int *cols, int *rows);

/* A band of a picture drawn in pixels: rows first .. first + n - 1 of
 * the cols x rows cells it takes (picture_fit), so that a picture partly
 * on the screen shows the part that is. */
struct picture_band {
	enum picture_mode mode;	/* PICTURE_SIXEL or PICTURE_KITTY */
	unsigned id;		/* kitty's image id, not 0: deleted by it */
	int cols, rows;
	int first, n;
	int cell_w, cell_h;	/* a cell's pixels */
};

/* Can pixels be placed: is libchafa there for picture_fit? */
int picture_pixels_ready(void);

#endif
