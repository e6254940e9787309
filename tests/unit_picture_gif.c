/*
 * unit_picture_gif: the first frame of a GIF (src/picture_gif.c), with
 * GIFs the test makes from a few pixels with giflib's encoder: a plain
 * one, an interlaced one, one with a local colour map, a transparent
 * colour, a frame smaller than its screen, an animation; and the hostile
 * ones: a screen or a frame claiming 20000 pixels a side, a truncated
 * file, a header alone, a file without a frame.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gif_lib.h>

#include "picture.h"
#include "tap.h"

#define W 8
#define H 6

/* a GIF being written, in memory */
struct out {
	unsigned char *s;
	size_t len;
};

static int
put(GifFileType *gif, const GifByteType *buf, int n)
{
	struct out *o = gif->UserData;

	o->s = realloc(o->s, o->len + (size_t)n);
	memcpy(o->s + o->len, buf, (size_t)n);
	o->len += (size_t)n;
	return n;
}

/* what a test GIF holds: its screen, then one frame or two */
struct frame {
	int left, top, width, height, interlace;
	int transparent;		/* a colour index, or -1 */
	ColorMapObject *local;		/* or NULL */
	int (*index)(int x, int y);	/* the frame's pixels */
};

/* colours: 0 red, 1 blue, 2 green, 3 black; 4..7 greys, one a row */
static ColorMapObject *
palette(void)
{
	static const GifColorType c[8] = {
		{255, 0, 0}, {0, 0, 255}, {0, 255, 0}, {0, 0, 0},
		{40, 40, 40}, {80, 80, 80}, {120, 120, 120}, {160, 160, 160},
	};

	return GifMakeMapObject(8, c);
}

static ColorMapObject *
palette_black(void)
{
	static const GifColorType c[2] = {{0, 0, 0}, {0, 0, 0}};

	return GifMakeMapObject(2, c);
}

static int halves(int x, int y) { (void)y; return x < W / 2 ? 0 : 1; }
static int by_row(int x, int y) { (void)x; return 2 + y; }	/* green, black, greys */
static int all_green(int x, int y) { (void)x; (void)y; return 2; }
/* halves, with a green square at the top left for the transparent one */
static int holed(int x, int y) { return x < 2 && y < 2 ? 2 : halves(x, y); }

static void
put_frame(GifFileType *gif, const struct frame *f)
{
	static const int first[] = {0, 4, 2, 1}, step[] = {8, 8, 4, 2};
	GifPixelType row[64];

	if (f->transparent >= 0) {
		GraphicsControlBlock gcb = {0, false, 0, f->transparent};
		GifByteType ext[4];
		size_t n = EGifGCBToExtension(&gcb, ext);

		EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, (int)n, ext);
	}
	EGifPutImageDesc(gif, f->left, f->top, f->width, f->height, f->interlace, f->local);
	/* an interlaced frame is written in its passes' order */
	for (int p = 0; p < (f->interlace ? 4 : 1); p++)
		for (int y = f->interlace ? first[p] : 0; y < f->height; y += f->interlace ? step[p] : 1) {
			for (int x = 0; x < f->width && x < 64; x++)
				row[x] = (GifPixelType)f->index(x, y);
			EGifPutLine(gif, row, f->width);
		}
}

/* A GIF of a sw x sh screen in the test's palette and frames f[0..n). */
static unsigned char *
make_gif(int sw, int sh, const struct frame *f, int n, size_t *len)
{
	struct out o = {NULL, 0};
	int err;
	GifFileType *gif = EGifOpen(&o, put, &err);
	ColorMapObject *map = palette();

	EGifSetGifVersion(gif, true);
	EGifPutScreenDesc(gif, sw, sh, 8, 0, map);
	for (int i = 0; i < n; i++)
		put_frame(gif, &f[i]);
	EGifCloseFile(gif, &err);
	GifFreeMapObject(map);
	*len = o.len;
	return o.s;
}

static unsigned char *
simple_gif(const struct frame *f, size_t *len)
{
	return make_gif(W, H, f, 1, len);
}

/* pixel x, y of pic is r, g, b, a */
static int
pixel_is(const struct picture *pic, unsigned x, unsigned y, int r, int g, int b, int a)
{
	const unsigned char *p = pic->rgba + (y * pic->width + x) * 4;

	return p[0] == r && p[1] == g && p[2] == b && p[3] == a;
}

static struct picture *
decode_ok(const unsigned char *s, size_t len, const char *what)
{
	const char *err = NULL;
	struct picture *pic = picture_decode(s, len, &err);

	if (!tap_ok(pic != NULL && pic->width == W && pic->height == H, what))
		printf("#   %s\n", err ? err : "a picture of another size");
	return pic;
}

static void
refused(const unsigned char *s, size_t len, const char *want, const char *what)
{
	const char *err = NULL;
	struct picture *pic = picture_decode(s, len, &err);

	tap_ok(pic == NULL, what);
	tap_str(err, want, what);
	picture_free(pic);
}

static void
test_plain(void)
{
	struct frame f = {0, 0, W, H, 0, -1, NULL, halves};
	size_t len;
	unsigned char *gif = simple_gif(&f, &len);
	struct picture *pic = decode_ok(gif, len, "a GIF is decoded, its screen's size");

	tap_ok(pic && pixel_is(pic, 0, 0, 255, 0, 0, 255) && pixel_is(pic, W - 1, H - 1, 0, 0, 255, 255),
	    "GIF: red on the left, blue on the right, opaque");
	picture_free(pic);
	refused(gif, len / 2, "damaged GIF", "a truncated GIF ends in an error");
	refused(gif, 13, "damaged GIF", "a GIF of its header alone");
	free(gif);
}

static void
test_interlaced(void)
{
	struct frame f = {0, 0, W, H, 1, -1, NULL, by_row};
	size_t len;
	unsigned char *gif = simple_gif(&f, &len);
	struct picture *pic = decode_ok(gif, len, "an interlaced GIF is decoded");
	int rows_right = pic != NULL;

	for (int y = 2; pic != NULL && y < H; y++)	/* the greys */
		rows_right = rows_right && pixel_is(pic, 3, y, 40 * (y - 1), 40 * (y - 1), 40 * (y - 1), 255);
	tap_ok(rows_right && pixel_is(pic, 0, 0, 0, 255, 0, 255) && pixel_is(pic, 0, 1, 0, 0, 0, 255),
	    "interlaced: each row in its place");
	picture_free(pic);
	free(gif);
}

static void
test_local_map(void)
{
	struct frame f = {0, 0, W, H, 0, -1, palette_black(), halves};
	size_t len;
	unsigned char *gif;
	struct picture *pic;

	/* the screen's map is the test's; the frame's own is black */
	gif = simple_gif(&f, &len);
	pic = decode_ok(gif, len, "a GIF with a local colour map");
	tap_ok(pic && pixel_is(pic, 0, 0, 0, 0, 0, 255) && pixel_is(pic, W - 1, 0, 0, 0, 0, 255),
	    "local colour map: the frame's own colours, not the screen's");
	picture_free(pic);
	GifFreeMapObject(f.local);
	free(gif);
}

static void
test_transparent(void)
{
	struct frame f = {0, 0, W, H, 0, 2, NULL, holed};
	size_t len;
	unsigned char *gif = simple_gif(&f, &len);
	struct picture *pic = decode_ok(gif, len, "a GIF with a transparent colour");

	tap_ok(pic && pic->rgba[3] == 0 && pixel_is(pic, 2, 0, 255, 0, 0, 255),
	    "transparency: the transparent colour is clear, the rest opaque");
	picture_free(pic);
	free(gif);
}

static void
test_frames(void)
{
	struct frame two[2] = {{2, 1, 4, 3, 0, -1, NULL, all_green}, {0, 0, W, H, 0, -1, NULL, halves}};
	size_t len;
	unsigned char *gif = make_gif(W, H, two, 2, &len);
	struct picture *pic = decode_ok(gif, len, "an animation: the screen's size");

	tap_ok(pic && pixel_is(pic, 2, 1, 0, 255, 0, 255) && pixel_is(pic, 5, 3, 0, 255, 0, 255),
	    "the first frame, at its place on the screen");
	tap_ok(pic && pic->rgba[3] == 0 && pixel_is(pic, W - 1, H - 1, 0, 0, 0, 0),
	    "the screen outside the first frame is clear; the second frame is not drawn");
	picture_free(pic);
	free(gif);
}

static void
test_hostile(void)
{
	struct frame f = {0, 0, 2, 2, 0, -1, NULL, halves};
	struct frame huge = {0, 0, 20000, 20000, 0, -1, NULL, halves};
	size_t len;
	unsigned char *gif;
	struct out o = {NULL, 0};
	int err;
	GifFileType *g;

	gif = make_gif(20000, 20000, &f, 1, &len);
	refused(gif, len, "picture too large", "a GIF whose screen claims 20000x20000 is refused");
	tap_ok(len < 200, "... from a file of a few bytes");
	free(gif);
	/* a frame that claims 20000x20000 on a small screen, and no pixels:
	 * written by hand, as the encoder would want them all */
	g = EGifOpen(&o, put, &err);
	EGifSetGifVersion(g, true);
	{
		ColorMapObject *map = palette();

		EGifPutScreenDesc(g, 2, 2, 8, 0, map);
		GifFreeMapObject(map);
	}
	EGifPutImageDesc(g, huge.left, huge.top, huge.width, huge.height, 0, NULL);
	EGifCloseFile(g, &err);
	refused(o.s, o.len, "picture too large", "a frame claiming 20000x20000 is refused before its pixels");
	free(o.s);
	gif = make_gif(W, H, NULL, 0, &len);
	refused(gif, len, "damaged GIF", "a GIF without a frame");
	free(gif);
}

int
main(void)
{
	tap_init();
	test_plain();
	test_interlaced();
	test_local_map();
	test_transparent();
	test_frames();
	test_hostile();
	return tap_done();
}
