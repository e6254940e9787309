/*
 * picture_kitty: see picture_kitty.h.  The pixels go as RGBA (f=32),
 * deflated (o=z) when that is smaller, in base64, at most CHUNK bytes of it a
 * sequence, as the protocol asks of a remote client (m=1 on every chunk
 * but the last).  Deflating matters over SSH: a kept picture is up to
 * 8 MiB of RGBA, whose alpha bytes alone are a quarter of it and all 255.
 */
#include "config.h"

#include <stdlib.h>
#include <zlib.h>

#include "deflate_bytes.h"
#include "picture_kitty.h"

#define CHUNK 4096		/* base64 bytes a sequence: a multiple of 4 */

static void
base64(struct buf *out, const unsigned char *s, size_t n)
{
	static const char digits[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)s[i] << 16;
		char q[4];

		if (i + 1 < n)
			v |= (unsigned)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		q[0] = digits[v >> 18 & 63];
		q[1] = digits[v >> 12 & 63];
		q[2] = i + 1 < n ? digits[v >> 6 & 63] : '=';
		q[3] = i + 2 < n ? digits[v & 63] : '=';
		buf_add(out, q, 4);
	}
}

void
picture_kitty_transmit(struct buf *out, const struct picture *pic, unsigned id)
{
	size_t raw = (size_t)pic->width * pic->height * 4, len = raw, step = CHUNK / 4 * 3;
	unsigned char *z = deflate_bytes(pic->rgba, raw, Z_BEST_SPEED, &len);
	const unsigned char *data = z != NULL ? z : pic->rgba;

	if (z == NULL)
		len = raw;
	for (size_t at = 0; at < len; at += step) {
		size_t n = len - at < step ? len - at : step;
		int more = at + n < len;

		if (at == 0)
			buf_addf(out, "\033_Ga=t,i=%u,f=32,s=%u,v=%u,%sq=2,m=%d;", id, pic->width,
			    pic->height, z != NULL ? "o=z," : "", more);
		else
			buf_addf(out, "\033_Gm=%d;", more);
		base64(out, data + at, n);
		buf_adds(out, "\033\\");
	}
	free(z);
}

void
picture_kitty_place(struct buf *out, unsigned width, unsigned height,
    const struct picture_band *b)
{
	/* the picture's rows under the band's cells */
	unsigned y0 = (unsigned)((unsigned long long)height * (unsigned)b->first / (unsigned)b->rows);
	unsigned y1 = (unsigned)((unsigned long long)height * (unsigned)(b->first + b->n) /
	    (unsigned)b->rows);

	if (y1 <= y0)
		y1 = y0 + 1 <= height ? y0 + 1 : y0;
	if (y1 <= y0)
		return;
	buf_addf(out, "\033_Ga=p,i=%u,p=1,x=0,y=%u,w=%u,h=%u,c=%d,r=%d,C=1,q=2\033\\", b->id, y0,
	    width, y1 - y0, b->cols, b->n);
}

void
picture_kitty_delete(struct buf *out, unsigned id, int forget)
{
	buf_addf(out, "\033_Ga=d,d=%c,i=%u,q=2\033\\", forget ? 'I' : 'i', id);
}
