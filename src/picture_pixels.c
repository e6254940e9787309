/*
 * picture_pixels: a picture's pixels, their limits and their allocation
 * (picture_int.h), which every decoder shares; picture_free (picture.h).
 * Calls no other part of the picture module.
 */
#include "config.h"

#include <stdlib.h>

#include "picture_int.h"

int
picture_size_ok(unsigned long width, unsigned long height)
{
	return width >= 1 && height >= 1 && width <= PICTURE_MAX_SIDE &&
	    height <= PICTURE_MAX_SIDE && width * height <= PICTURE_MAX_PIXELS;
}

struct picture *
picture_new(unsigned width, unsigned height)
{
	struct picture *pic = malloc(sizeof *pic);

	if (pic == NULL)
		return NULL;
	pic->width = width;
	pic->height = height;
	pic->rgba = malloc((size_t)width * height * 4);
	if (pic->rgba == NULL) {
		free(pic);
		return NULL;
	}
	return pic;
}

void
picture_free(struct picture *pic)
{
	if (pic == NULL)
		return;
	free(pic->rgba);
	free(pic);
}
