/*
 * picture: PNG, JPEG, WebP and GIF bytes to RGBA pixels (see picture.h).
 *
 * Each decoder reads the header first and the size is checked there,
 * before the pixels are allocated: what a file claims is all a bomb can
 * cost.  libpng's simplified API and libjpeg's error_exit both end a
 * damaged file with a longjmp back here (libpng's inside its own
 * setjmp), so every error is a value.  A JPEG that libjpeg only warns
 * about (a truncated one, filled out with grey) is refused too: half a
 * photograph is not the photograph.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <png.h>
#include <webp/decode.h>

#include "picture.h"
#include "picture_int.h"

enum kind { KIND_NONE, KIND_PNG, KIND_JPEG, KIND_WEBP, KIND_GIF };

/* the type from the magic bytes alone */
static enum kind
sniff(const unsigned char *s, size_t len)
{
	if (len >= 8 && memcmp(s, "\x89PNG\r\n\x1a\n", 8) == 0)
		return KIND_PNG;
	if (len >= 3 && memcmp(s, "\xff\xd8\xff", 3) == 0)
		return KIND_JPEG;
	if (len >= 12 && memcmp(s, "RIFF", 4) == 0 && memcmp(s + 8, "WEBP", 4) == 0)
		return KIND_WEBP;
	if (len >= 6 && (memcmp(s, "GIF87a", 6) == 0 || memcmp(s, "GIF89a", 6) == 0))
		return KIND_GIF;
	return KIND_NONE;
}

static struct picture *
decode_png(const unsigned char *s, size_t len, const char **err)
{
	png_image image;
	struct picture *pic;

	memset(&image, 0, sizeof image);
	image.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_memory(&image, s, len)) {
		*err = "damaged PNG";
		return NULL;
	}
	if (!picture_size_ok(image.width, image.height)) {
		png_image_free(&image);
		*err = "picture too large";
		return NULL;
	}
	image.format = PNG_FORMAT_RGBA;
	if ((pic = picture_new(image.width, image.height)) == NULL) {
		png_image_free(&image);
		*err = "out of memory";
		return NULL;
	}
	if (!png_image_finish_read(&image, NULL, pic->rgba, 0, NULL)) {
		png_image_free(&image);
		picture_free(pic);
		*err = "damaged PNG";
		return NULL;
	}
	return pic;
}

/* libjpeg's error manager, with the way back from error_exit */
struct jpeg_trap {
	struct jpeg_error_mgr mgr;
	jmp_buf back;
};

static void
jpeg_exit(j_common_ptr cinfo)
{
	longjmp(((struct jpeg_trap *)cinfo->err)->back, 1);
}

/* libjpeg's messages would go to stderr, under the curses screen */
static void
jpeg_quiet(j_common_ptr cinfo)
{
	(void)cinfo;
}

/* a progressive JPEG of thousands of scans takes minutes: refused */
static void
jpeg_progress(j_common_ptr cinfo)
{
	if (cinfo->is_decompressor &&
	    ((j_decompress_ptr)cinfo)->input_scan_number > 100)
		jpeg_exit(cinfo);
}

static struct picture *
decode_jpeg(const unsigned char *s, size_t len, const char **err)
{
	struct jpeg_decompress_struct cinfo;
	struct jpeg_trap trap;
	struct jpeg_progress_mgr progress = { .progress_monitor = jpeg_progress };
	struct picture *volatile pic = NULL;

	cinfo.err = jpeg_std_error(&trap.mgr);
	trap.mgr.error_exit = jpeg_exit;
	trap.mgr.output_message = jpeg_quiet;
	*err = "damaged JPEG";
	if (setjmp(trap.back)) {
		jpeg_destroy_decompress(&cinfo);
		picture_free(pic);
		return NULL;
	}
	jpeg_create_decompress(&cinfo);
	/* a progressive JPEG keeps its coefficients whole: 6 bytes a pixel
	 * at most, so the pixel limit bounds them; past it, refused */
	cinfo.mem->max_memory_to_use = (long)PICTURE_MAX_PIXELS * 6;
	cinfo.progress = &progress;
	jpeg_mem_src(&cinfo, s, len);
	jpeg_read_header(&cinfo, TRUE);
	if (!picture_size_ok(cinfo.image_width, cinfo.image_height)) {
		*err = "picture too large";
		longjmp(trap.back, 1);
	}
	cinfo.out_color_space = JCS_EXT_RGBA;
	jpeg_start_decompress(&cinfo);
	if ((pic = picture_new(cinfo.output_width, cinfo.output_height)) == NULL) {
		*err = "out of memory";
		longjmp(trap.back, 1);
	}
	while (cinfo.output_scanline < cinfo.output_height) {
		JSAMPROW row = pic->rgba + (size_t)cinfo.output_scanline * pic->width * 4;
		jpeg_read_scanlines(&cinfo, &row, 1);
	}
	jpeg_finish_decompress(&cinfo);
	if (trap.mgr.num_warnings > 0)	/* truncated, or damaged inside */
		longjmp(trap.back, 1);
	jpeg_destroy_decompress(&cinfo);
	return pic;
}

static struct picture *
decode_webp(const unsigned char *s, size_t len, const char **err)
{
	int width, height;
	struct picture *pic;

	if (!WebPGetInfo(s, len, &width, &height)) {
		*err = "damaged WebP";
		return NULL;
	}
	if (!picture_size_ok((unsigned long)width, (unsigned long)height)) {
		*err = "picture too large";
		return NULL;
	}
	if ((pic = picture_new(width, height)) == NULL) {
		*err = "out of memory";
		return NULL;
	}
	if (WebPDecodeRGBAInto(s, len, pic->rgba, (size_t)width * height * 4,
	    width * 4) == NULL) {
		picture_free(pic);
		*err = "damaged WebP";
		return NULL;
	}
	return pic;
}

int
picture_mode_parse(const char *s, enum picture_mode *mode)
{
	static const char *const names[] = {"auto", "symbols", "sixel", "kitty", "none"};

	for (size_t i = 0; s != NULL && i < sizeof names / sizeof *names; i++)
		if (strcmp(s, names[i]) == 0) {
			*mode = (enum picture_mode)i;
			return 0;
		}
	return -1;
}

struct picture *
picture_decode(const void *s, size_t len, const char **err)
{
	const char *why;

	if (err == NULL)
		err = &why;
	if (s == NULL || len == 0) {
		*err = "empty";
		return NULL;
	}
	if (len > PICTURE_MAX_BYTES) {
		*err = "picture too large";
		return NULL;
	}
	switch (sniff(s, len)) {
	case KIND_PNG:
		return decode_png(s, len, err);
	case KIND_JPEG:
		return decode_jpeg(s, len, err);
	case KIND_WEBP:
		return decode_webp(s, len, err);
	case KIND_GIF:
		return picture_decode_gif(s, len, err);
	case KIND_NONE:
		break;
	}
	*err = "not a picture";
	return NULL;
}
