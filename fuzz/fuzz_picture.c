/*
 * fuzz_picture: the decode path (picture_decode: PNG, JPEG, WebP, GIF sniffed
 * from the first bytes, the size checked from the header) and, for what
 * decodes, the cells libchafa makes of it, and the picture as the reader
 * keeps it (scaled to a box) and sends it (a sixel band, kitty's
 * transmission and placement).  Inputs are capped at 1 MiB;
 * the pixel limit keeps a bomb's memory bounded.
 */
#include "config.h"

#include <stdlib.h>

#include "picture.h"
#include "picture_kitty.h"
#include "picture_scale.h"
#include "picture_sixel.h"

#define MAX_INPUT (1024 * 1024)

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* pic kept for a 16x8 box of 10x20 cells, a band of it in sixel, and
 * in kitty's sequences */
static void
kept_and_sent(const struct picture *pic)
{
	struct picture_band b = {PICTURE_SIXEL, 1, 16, 8, 3, 4, 10, 20};
	struct picture *kept;
	struct buf out = {0};
	unsigned w, h;

	picture_keep_size(pic->width, pic->height, 16, 8, 10, 20, &w, &h);
	if (w > pic->width || h > pic->height || w < 1 || h < 1)
		abort();
	kept = w < pic->width || h < pic->height ? picture_scale(pic, w, h) : NULL;
	if (picture_sixel(&out, kept != NULL ? kept : pic, &b) != 0)
		abort();
	picture_kitty_transmit(&out, kept != NULL ? kept : pic, 1);
	picture_kitty_place(&out, w, h, &b);
	buf_free(&out);
	picture_free(kept);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *err = NULL;
	struct picture *pic;

	if (size > MAX_INPUT)
		return 0;
	pic = picture_decode(data, size, &err);
	if (pic == NULL) {
		if (err == NULL)
			abort();	/* every refusal says why */
		return 0;
	}
	if (pic->width * (size_t)pic->height > PICTURE_MAX_PIXELS)
		abort();
	picture_cells_free(picture_cells(pic, 16, 8, PICTURE_COLORS_256));
	kept_and_sent(pic);
	picture_free(pic);
	return 0;
}
