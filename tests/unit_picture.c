/*
 * unit_picture: the decode path (src/picture.c) with pictures the test
 * makes itself from a few pixels (libpng, libjpeg, libwebp's encoders),
 * and the hostile ones: a PNG header claiming 20000x20000, a truncated
 * JPEG, a PNG behind a JPEG's magic, garbage, 16 MiB; then the cells
 * libchafa makes of a picture (src/picture_cells.c).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <png.h>
#include <webp/encode.h>
#include <zlib.h>

#include "picture.h"
#include "tap.h"

#define W 8
#define H 6

/* the test's picture: left half red, right half blue, opaque */
static unsigned char pixels[W * H * 4];

static void
make_pixels(void)
{
	int i;

	for (i = 0; i < W * H; i++) {
		int right = i % W >= W / 2;

		pixels[i * 4 + 0] = right ? 0 : 255;
		pixels[i * 4 + 1] = 0;
		pixels[i * 4 + 2] = right ? 255 : 0;
		pixels[i * 4 + 3] = 255;
	}
}

static unsigned char *
make_png(size_t *len)
{
	png_image image;
	png_alloc_size_t size = 0;
	unsigned char *out;

	memset(&image, 0, sizeof image);
	image.version = PNG_IMAGE_VERSION;
	image.width = W;
	image.height = H;
	image.format = PNG_FORMAT_RGBA;
	png_image_write_to_memory(&image, NULL, &size, 0, pixels, 0, NULL);
	out = malloc(size);
	png_image_write_to_memory(&image, out, &size, 0, pixels, 0, NULL);
	*len = size;
	return out;
}

static unsigned char *
make_jpeg(size_t *len)
{
	struct jpeg_compress_struct cinfo;
	struct jpeg_error_mgr jerr;
	unsigned char *out = NULL;
	unsigned long size = 0;
	int y;

	cinfo.err = jpeg_std_error(&jerr);
	jpeg_create_compress(&cinfo);
	jpeg_mem_dest(&cinfo, &out, &size);
	cinfo.image_width = W;
	cinfo.image_height = H;
	cinfo.input_components = 4;
	cinfo.in_color_space = JCS_EXT_RGBA;
	jpeg_set_defaults(&cinfo);
	jpeg_start_compress(&cinfo, TRUE);
	for (y = 0; y < H; y++) {
		JSAMPROW row = pixels + y * W * 4;
		jpeg_write_scanlines(&cinfo, &row, 1);
	}
	jpeg_finish_compress(&cinfo);
	jpeg_destroy_compress(&cinfo);
	*len = size;
	return out;
}

static void
put32(unsigned char *p, unsigned long v)
{
	p[0] = v >> 24, p[1] = v >> 16, p[2] = v >> 8, p[3] = v;
}

/* a chunk of type and len data bytes at p, its CRC right; its size */
static size_t
put_chunk(unsigned char *p, const char *type, const unsigned char *data, size_t len)
{
	put32(p, len);
	memcpy(p + 4, type, 4);
	if (len > 0)
		memcpy(p + 8, data, len);
	put32(p + 8 + len, crc32(0, p + 4, 4 + len));
	return 12 + len;
}

/* a PNG header that claims width x height, and no pixels */
static size_t
make_png_claim(unsigned char *p, unsigned long width, unsigned long height)
{
	unsigned char ihdr[13] = {0};
	size_t n = 8;

	memcpy(p, "\x89PNG\r\n\x1a\n", 8);
	put32(ihdr, width);
	put32(ihdr + 4, height);
	ihdr[8] = 8;	/* bit depth */
	ihdr[9] = 6;	/* RGBA */
	n += put_chunk(p + n, "IHDR", ihdr, sizeof ihdr);
	/* the start of a zlib stream: a bomb's few KB need not follow */
	n += put_chunk(p + n, "IDAT", (const unsigned char *)"\x78\x9c", 2);
	n += put_chunk(p + n, "IEND", NULL, 0);
	return n;
}

/* decoding len bytes at s fails with want */
static void
refused(const void *s, size_t len, const char *want, const char *what)
{
	const char *err = NULL;
	struct picture *pic = picture_decode(s, len, &err);

	tap_ok(pic == NULL, what);
	tap_str(err, want, what);
	picture_free(pic);
}

/* the pixel at x, y of pic is near r, g, b */
static int
pixel_near(const struct picture *pic, unsigned x, unsigned y, int r, int g, int b)
{
	const unsigned char *p = pic->rgba + (y * pic->width + x) * 4;

	return abs(p[0] - r) < 40 && abs(p[1] - g) < 40 && abs(p[2] - b) < 40;
}

static void
decoded(const unsigned char *s, size_t len, const char *what)
{
	const char *err = NULL;
	struct picture *pic = picture_decode(s, len, &err);
	char line[128];

	snprintf(line, sizeof line, "%s decoded", what);
	if (!tap_ok(pic != NULL, line)) {
		printf("#   %s\n", err ? err : "?");
		return;
	}
	snprintf(line, sizeof line, "%s: its size", what);
	tap_ok(pic->width == W && pic->height == H, line);
	snprintf(line, sizeof line, "%s: red on the left, blue on the right", what);
	tap_ok(pixel_near(pic, 0, 0, 255, 0, 0) && pixel_near(pic, W - 1, H - 1, 0, 0, 255), line);
	picture_free(pic);
}

static void
test_cells(const unsigned char *png, size_t len)
{
	struct picture *pic = picture_decode(png, len, NULL);
	struct picture_cells *cells = picture_cells(pic, 20, 10, PICTURE_COLORS_256);
	int i, blocks = 1, coloured = 0, palette = 1;

	tap_ok(cells != NULL && cells->cols >= 1 && cells->cols <= 20 &&
	    cells->rows >= 1 && cells->rows <= 10, "cells: within the box asked");
	for (i = 0; cells != NULL && i < cells->cols * cells->rows; i++) {
		uint32_t c = cells->cell[i].ch;

		if (c != ' ' && (c < 0x2580 || c > 0x259f))
			blocks = 0;
		if (cells->cell[i].fg >= 16 || cells->cell[i].bg >= 16)
			coloured = 1;
		if (cells->cell[i].fg > 255 || cells->cell[i].bg > 255)
			palette = 0;
	}
	tap_ok(blocks, "cells: block symbols only");
	tap_ok(coloured && palette, "cells: indexes of the 256-colour palette, not RGB");
	tap_ok(picture_cells(pic, 0, 10, PICTURE_COLORS_256) == NULL, "cells: none in no room");
	picture_cells_free(cells);
	picture_free(pic);
}

int
main(void)
{
	unsigned char *png, *jpeg, *webp = NULL, bomb[128], *big;
	size_t png_len, jpeg_len, webp_len;

	tap_init();
	make_pixels();
	png = make_png(&png_len);
	jpeg = make_jpeg(&jpeg_len);
	webp_len = WebPEncodeLosslessRGBA(pixels, W, H, W * 4, &webp);
	decoded(png, png_len, "PNG");
	decoded(jpeg, jpeg_len, "JPEG");
	decoded(webp, webp_len, "WebP");

	refused(bomb, make_png_claim(bomb, 20000, 20000), "picture too large",
	    "a PNG claiming 20000x20000 is refused from its header");
	refused(bomb, make_png_claim(bomb, 16000, 16000), "picture too large",
	    "a PNG claiming 256 megapixels is refused");
	refused(jpeg, jpeg_len / 2, "damaged JPEG", "a truncated JPEG");
	refused(png, png_len - 20, "damaged PNG", "a truncated PNG");
	refused(webp, webp_len - 10, "damaged WebP", "a truncated WebP");
	refused("hello, this is not a picture", 28, "not a picture", "garbage");
	refused("", 0, "empty", "nothing");
	refused("GIF89a\1\0\1\0", 10, "damaged GIF", "a GIF cut short in its header");
	/* a PNG behind a JPEG's first bytes: read as a JPEG, and damaged */
	memcpy(png, "\xff\xd8\xff", 3);
	refused(png, png_len, "damaged JPEG", "a PNG with a JPEG's magic");
	big = calloc(1, PICTURE_MAX_BYTES + 1);
	memcpy(big, "\x89PNG\r\n\x1a\n", 8);
	refused(big, PICTURE_MAX_BYTES + 1, "picture too large", "a file over 16 MiB");
	free(big);
	free(png);

	png = make_png(&png_len);
	test_cells(png, png_len);
	free(png);
	free(jpeg);
	WebPFree(webp);
	return tap_done();
}
