/*
 * picture_gif: the first frame of a GIF (giflib), as picture_decode
 * gives it (see picture.h).
 *
 * The file is read from memory record by record, not with DGifSlurp,
 * which would decode every frame of an animation: only the first is
 * shown.  The logical screen's size and the frame's are checked before
 * a pixel is allocated; the frame is drawn on a clear canvas of the
 * logical screen (grown to hold a frame that overflows it, within the
 * same limits), its transparent colour left clear, its rows put back in
 * order when interlaced, in its own colour map or the global one.  A
 * truncated file, a frame without colours or a file with no frame is
 * refused whole: a part of the picture is not the picture.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gif_lib.h>

#include "picture_int.h"

/* the bytes giflib reads, from memory */
struct gif_source {
	const unsigned char *s;
	size_t len, pos;
};

static int
gif_read(GifFileType *gif, GifByteType *buf, int want)
{
	struct gif_source *src = gif->UserData;
	size_t n = want > 0 ? (size_t)want : 0;

	if (n > src->len - src->pos)
		n = src->len - src->pos;	/* short: giflib says "read failed" */
	memcpy(buf, src->s + src->pos, n);
	src->pos += n;
	return (int)n;
}

/* Reads an extension; its graphic control block, if it is one, goes to
 * *transparent.  0, or -1 for a damaged file. */
static int
read_extension(GifFileType *gif, int *transparent)
{
	GifByteType *ext;
	GraphicsControlBlock gcb;
	int code;

	if (DGifGetExtension(gif, &code, &ext) == GIF_ERROR)
		return -1;
	if (code == GRAPHICS_EXT_FUNC_CODE && ext != NULL &&
	    DGifExtensionToGCB(ext[0], ext + 1, &gcb) == GIF_OK)
		*transparent = gcb.TransparentColor;
	while (ext != NULL)
		if (DGifGetExtensionNext(gif, &ext) == GIF_ERROR)
			return -1;
	return 0;
}

/* Row y of the frame, as colour indexes, onto the canvas at its place
 * (the canvas holds the whole frame: see canvas_for). */
static void
put_row(struct picture *pic, const GifImageDesc *d, const ColorMapObject *map,
    int transparent, int y, const GifPixelType *row)
{
	unsigned char *out = pic->rgba + ((size_t)(d->Top + y) * pic->width + d->Left) * 4;

	for (int x = 0; x < d->Width; x++, out += 4) {
		if (row[x] == transparent || row[x] >= map->ColorCount)
			continue;	/* left clear; an index past the map too */
		out[0] = map->Colors[row[x]].Red;
		out[1] = map->Colors[row[x]].Green;
		out[2] = map->Colors[row[x]].Blue;
		out[3] = 255;
	}
}

/* The frame's rows in file order: an interlaced frame sends every 8th
 * row from 0, every 8th from 4, every 4th from 2, every 2nd from 1. */
static int
read_rows(GifFileType *gif, struct picture *pic, int transparent)
{
	static const int first[] = {0, 4, 2, 1}, step[] = {8, 8, 4, 2};
	const GifImageDesc *d = &gif->Image;
	const ColorMapObject *map = d->ColorMap != NULL ? d->ColorMap : gif->SColorMap;
	int passes = d->Interlace ? 4 : 1, ok = 0;
	GifPixelType *row;

	if (map == NULL || map->Colors == NULL)
		return -1;	/* no colours to show */
	row = malloc((size_t)d->Width);
	if (row == NULL)
		return -1;
	for (int p = 0; p < passes; p++)
		for (int y = d->Interlace ? first[p] : 0; y < d->Height;
		    y += d->Interlace ? step[p] : 1) {
			if (DGifGetLine(gif, row, d->Width) == GIF_ERROR)
				goto out;
			put_row(pic, d, map, transparent, y, row);
		}
	ok = 1;
out:
	free(row);
	return ok ? 0 : -1;
}

/* The canvas for the frame gif->Image: the logical screen, grown to the
 * frame's extent; NULL with *err when either is past the limits. */
static struct picture *
canvas_for(const GifFileType *gif, const char **err)
{
	const GifImageDesc *d = &gif->Image;
	unsigned long right = (unsigned long)d->Left + (unsigned long)d->Width;
	unsigned long bottom = (unsigned long)d->Top + (unsigned long)d->Height;
	unsigned long w = (unsigned long)gif->SWidth, h = (unsigned long)gif->SHeight;
	struct picture *pic;

	if (d->Left < 0 || d->Top < 0 || !picture_size_ok((unsigned long)d->Width,
	    (unsigned long)d->Height)) {
		*err = d->Width > 0 && d->Height > 0 ? "picture too large" : "damaged GIF";
		return NULL;
	}
	w = right > w ? right : w;
	h = bottom > h ? bottom : h;
	if (!picture_size_ok(w, h)) {
		*err = "picture too large";
		return NULL;
	}
	if ((pic = picture_new((unsigned)w, (unsigned)h)) == NULL) {
		*err = "out of memory";
		return NULL;
	}
	memset(pic->rgba, 0, (size_t)w * h * 4);	/* clear */
	return pic;
}

/* Reads up to the first frame and decodes it. */
static struct picture *
first_frame(GifFileType *gif, const char **err)
{
	GifRecordType type;
	int transparent = NO_TRANSPARENT_COLOR;
	struct picture *pic;

	*err = "damaged GIF";
	for (;;) {
		if (DGifGetRecordType(gif, &type) == GIF_ERROR)
			return NULL;
		if (type == TERMINATE_RECORD_TYPE)
			return NULL;	/* no frame at all */
		if (type == EXTENSION_RECORD_TYPE) {
			if (read_extension(gif, &transparent) != 0)
				return NULL;
			continue;
		}
		if (type == IMAGE_DESC_RECORD_TYPE)
			break;
	}
	if (DGifGetImageDesc(gif) == GIF_ERROR || (pic = canvas_for(gif, err)) == NULL)
		return NULL;
	if (read_rows(gif, pic, transparent) != 0) {
		picture_free(pic);
		*err = "damaged GIF";
		return NULL;
	}
	return pic;
}

struct picture *
picture_decode_gif(const unsigned char *s, size_t len, const char **err)
{
	struct gif_source src = {s, len, 0};
	struct picture *pic = NULL;
	GifFileType *gif;
	int error;

	if ((gif = DGifOpen(&src, gif_read, &error)) == NULL) {
		*err = "damaged GIF";
		return NULL;
	}
	/* the logical screen: a bomb's claim is refused from it alone */
	if (!picture_size_ok((unsigned long)gif->SWidth, (unsigned long)gif->SHeight) &&
	    (gif->SWidth > 0 && gif->SHeight > 0))
		*err = "picture too large";
	else
		pic = first_frame(gif, err);
	DGifCloseFile(gif, &error);
	return pic;
}
