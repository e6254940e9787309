/*
 * fetch_decode: the Content-Encoding of a response body (gzip, deflate),
 * decoded here rather than by libcurl because curl 7.88 takes a stream cut
 * short for a whole one: a gzip body without its last blocks and trailer,
 * sent with a Content-Length that matches, ends the transfer without an
 * error, and the half page would be cached as the page.  zlib says whether
 * the stream reached its end.  See fetch_int.h.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "fetch.h"
#include "fetch_int.h"
#include "i18n.h"
#include "util.h"

#define OUT_CHUNK 16384

struct fetch_decoder {
	z_stream z;
	int gzip;		/* else deflate: zlib-wrapped, or raw as some servers send */
	int started;		/* input seen: a raw-deflate retry is too late */
	int ended;		/* the stream reached its end */
	char *name;		/* the coding, for messages */
};

/* The one coding named by a Content-Encoding value: "gzip", "deflate",
 * NULL for none or identity; *other set to the value when it names
 * anything else (another coding, or two of them). */
static const char *
coding_of(const char *value, int *other)
{
	const char *found = NULL, *p = value;
	size_t n;

	*other = 0;
	while (*p) {
		p += strspn(p, " \t,");
		n = strcspn(p, " \t,");
		if (n == 0)
			break;
		if ((n == 4 && strncasecmp(p, "gzip", 4) == 0) ||
		    (n == 6 && strncasecmp(p, "x-gzip", 6) == 0))
			*other |= found != NULL, found = "gzip";
		else if (n == 7 && strncasecmp(p, "deflate", 7) == 0)
			*other |= found != NULL, found = "deflate";
		else if (!(n == 8 && strncasecmp(p, "identity", 8) == 0))
			*other = 1;
		p += n;
	}
	return found;
}

static void
decoder_init(struct fetch_decoder *d, int raw)
{
	/* 16 + 15: a gzip wrapper; 15: zlib's; -15: none */
	int bits = d->gzip ? 16 + MAX_WBITS : raw ? -MAX_WBITS : MAX_WBITS;

	memset(&d->z, 0, sizeof d->z);
	if (inflateInit2(&d->z, bits) != Z_OK)
		fatal("out of memory");
}

int
fetch_decoder_new(const char *encoding, struct fetch_decoder **out, char **why)
{
	const char *coding;
	int other;
	char *q;

	*out = NULL;
	*why = NULL;
	if (encoding == NULL)
		return 0;
	coding = coding_of(encoding, &other);
	if (other) {
		q = fetch_quoted(encoding);
		*why = xasprintf(_("unsupported content encoding (%s)"), q);
		free(q);
		return -1;
	}
	if (coding == NULL)
		return 0;
	*out = xcalloc(1, sizeof **out);
	(*out)->gzip = strcmp(coding, "gzip") == 0;
	(*out)->name = xstrdup(coding);
	decoder_init(*out, 0);
	return 0;
}

/* A new gzip member may follow the end of the last (gzip -c a b > ab):
 * returns 1 and starts on it; else what follows the end is ignored. */
static int
next_member(struct fetch_decoder *d)
{
	if (!d->gzip || d->z.avail_in < 2 || d->z.next_in[0] != 0x1f ||
	    d->z.next_in[1] != 0x8b)
		return 0;
	inflateReset(&d->z);
	d->ended = 0;
	return 1;
}

int
fetch_decoder_add(struct fetch_decoder *d, const char *p, size_t n,
    struct buf *out, size_t limit)
{
	unsigned char chunk[OUT_CHUNK];
	int rc;

	d->z.next_in = (unsigned char *)p;
	d->z.avail_in = (uInt)n;
	if (d->ended && !next_member(d))
		return FETCH_DECODE_OK;
	while (d->z.avail_in > 0 && !d->ended) {
		d->z.next_out = chunk;
		d->z.avail_out = sizeof chunk;
		rc = inflate(&d->z, Z_NO_FLUSH);
		if (rc == Z_DATA_ERROR && !d->gzip && !d->started) {
			/* "deflate" without zlib's wrapper: read it raw */
			inflateEnd(&d->z);
			decoder_init(d, 1);
			d->started = 1;
			d->z.next_in = (unsigned char *)p;
			d->z.avail_in = (uInt)n;
			continue;
		}
		d->started = 1;
		if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
			return FETCH_DECODE_CORRUPT;
		buf_add(out, (char *)chunk, sizeof chunk - d->z.avail_out);
		if (out->len > limit)
			return FETCH_DECODE_TOO_BIG;
		if (rc == Z_STREAM_END) {
			d->ended = 1;
			next_member(d);
		} else if (rc == Z_BUF_ERROR && d->z.avail_out > 0) {
			break;		/* no progress possible: needs more input */
		}
	}
	return FETCH_DECODE_OK;
}

int
fetch_decoder_ended(const struct fetch_decoder *d)
{
	return d->ended;
}

const char *
fetch_decoder_name(const struct fetch_decoder *d)
{
	return d->name;
}

void
fetch_decoder_free(struct fetch_decoder *d)
{
	if (d == NULL)
		return;
	inflateEnd(&d->z);
	free(d->name);
	free(d);
}
