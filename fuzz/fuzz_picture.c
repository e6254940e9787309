/*
 * fuzz_picture: the decode path (picture_decode: PNG, JPEG, WebP, GIF sniffed
 * from the first bytes, the size checked from the header) and, for what
 * decodes, the cells libchafa makes of it.  Inputs are capped at 1 MiB;
 * the pixel limit keeps a bomb's memory bounded.
 */
#include "config.h"

#include <stdlib.h>

#include "picture.h"

#define MAX_INPUT (1024 * 1024)

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

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
	picture_free(pic);
	return 0;
}
