/*
 * unit_picture_keep: a picture as the reader keeps and sends it
 * (issue 19): the size kept (picture_keep_size), the box filter
 * (picture_scale), kanbao's sixel encoder (picture_sixel) and kitty's
 * transmission and placement (picture_kitty), on pictures made here.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "../src/picture.h"
#include "../src/picture_int.h"
#include "../src/picture_kitty.h"
#include "../src/picture_scale.h"
#include "../src/picture_sixel.h"
#include "tap.h"

/* A width x height picture, each pixel (r, g, b) = f(x, y), opaque. */
static struct picture *
made(unsigned width, unsigned height, unsigned char r, unsigned char g, unsigned char b)
{
	struct picture *pic = picture_new(width, height);

	for (size_t i = 0; i < (size_t)width * height; i++) {
		pic->rgba[i * 4] = r;
		pic->rgba[i * 4 + 1] = g;
		pic->rgba[i * 4 + 2] = b;
		pic->rgba[i * 4 + 3] = 255;
	}
	return pic;
}

/* Pixels no deflate can shrink: a sequence of a 32-bit LCG's high bytes. */
static struct picture *
noise(unsigned width, unsigned height)
{
	struct picture *pic = picture_new(width, height);
	uint32_t x = 12345;

	for (size_t i = 0; i < (size_t)width * height * 4; i++) {
		x = x * 1103515245u + 12345u;
		pic->rgba[i] = (unsigned char)(x >> 24);
	}
	return pic;
}

static int
starts(const char *s, const char *prefix)
{
	return s != NULL && strncmp(s, prefix, strlen(prefix)) == 0;
}

static int
b64(char c)
{
	const char *d = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = c != '\0' ? strchr(d, c) : NULL;

	return p != NULL ? (int)(p - d) : -1;
}

/* Whether the payload of the kitty transmission in seq (its chunks'
 * base64 joined, inflated when deflated) is want[0..len); *chunks: how
 * many sequences it took. */
static int
kitty_payload(const char *seq, const unsigned char *want, size_t len, int deflated,
    size_t *chunks)
{
	size_t cap = strlen(seq), n = 0;
	unsigned char *raw = malloc(cap), *plain = malloc(len + 1);
	uLongf plen = len + 1;
	int same = 0;

	*chunks = 0;
	for (const char *s = seq; (s = strstr(s, "\033_G")) != NULL; s++) {
		const char *semi = strchr(s, ';'), *end = strstr(s, "\033\\");
		unsigned v = 0;
		int bits = 0;

		(*chunks)++;
		for (const char *c = semi + 1; c < end && *c != '='; c++) {
			v = v << 6 | (unsigned)b64(*c);
			if ((bits += 6) >= 8) {
				bits -= 8;
				raw[n++] = (unsigned char)(v >> bits);
			}
		}
	}
	if (!deflated)
		same = n == len && memcmp(raw, want, len) == 0;
	else if (uncompress(plain, &plen, raw, (uLong)n) == Z_OK)
		same = plen == len && memcmp(plain, want, len) == 0;
	free(raw);
	free(plain);
	return same;
}

static void
keep_sizes(void)
{
	unsigned w, h;

	picture_keep_size(2000, 1333, 60, 20, 10, 20, &w, &h);
	tap_ok(w <= 600 && h <= 400 && (w == 600 || h == 400),
	    "a 2000x1333 picture in a 60x20 box of 10x20 cells is kept at most 600x400");
	picture_keep_size(64, 32, 60, 20, 10, 20, &w, &h);
	tap_ok(w == 64 && h == 32, "a picture smaller than its box is kept as it is");
	picture_keep_size(16384, 2400, 1000, 500, 40, 80, &w, &h);
	tap_ok((unsigned long)w * h <= PICTURE_KEEP_PIXELS && w > h,
	    "a huge box keeps at most PICTURE_KEEP_PIXELS, its aspect kept");
}

static void
scaling(void)
{
	struct picture *pic = made(4, 2, 0, 0, 0), *small;

	/* left half black, right half white: halved, each side averages */
	for (unsigned y = 0; y < 2; y++)
		memset(pic->rgba + (y * 4 + 2) * 4, 255, 8);
	small = picture_scale(pic, 2, 1);
	tap_ok(small != NULL && small->width == 2 && small->height == 1 &&
	    small->rgba[0] == 0 && small->rgba[4] == 255 && small->rgba[7] == 255,
	    "picture_scale averages the pixels each new one covers");
	picture_free(small);
	small = picture_scale(pic, 1, 1);
	tap_ok(small != NULL && small->rgba[0] == 128 && small->rgba[3] == 255,
	    "... to one pixel: the whole picture's mean");
	picture_free(small);
	tap_ok(picture_scale(pic, 8, 2) == NULL, "picture_scale never makes a picture larger");
	picture_free(pic);
}

static void
sixel(void)
{
	struct picture *pic = made(30, 20, 255, 0, 0);
	struct picture_band b = {PICTURE_SIXEL, 1, 3, 2, 1, 1, 10, 20};
	struct buf out = {0};
	unsigned w = 0, h = 0;

	tap_ok(picture_sixel(&out, pic, &b) == 0 && out.len > 0, "picture_sixel encodes a band");
	tap_ok(strncmp(out.s, "\033P0;1;0q\"1;1;", 13) == 0 &&
	    sscanf(out.s + 13, "%u;%u", &w, &h) == 2 && w == 30 && h == 20,
	    "... as a sixel image of its cells' pixels (3 cells of 10 by 1 of 20), zeros clear");
	tap_ok(strstr(out.s, "#180;2;100;0;0") != NULL && strstr(out.s, "#180!30~") != NULL,
	    "... red in the cube's red, runs of a sixel as !n");
	tap_ok(strstr(out.s, "#180!30B-") != NULL && strcmp(out.s + out.len - 2, "\033\\") == 0,
	    "... its last sixel row only the band's two rows left (20 = 3 * 6 + 2)");
	for (size_t i = 2; i + 2 < out.len; i++)
		if (out.s[i] < 0x20 || out.s[i] > 0x7e) {
			tap_ok(0, "... printable ASCII between its ESCs");
			break;
		}
	buf_free(&out);
	b.first = 2;
	tap_ok(picture_sixel(&out, pic, &b) == -1 && out.len == 0,
	    "a band past the picture's rows is refused");
	picture_free(pic);
}

static void
kitty(void)
{
	struct picture *pic = made(40, 30, 1, 2, 3);
	struct picture_band b = {PICTURE_KITTY, 7, 4, 3, 1, 2, 10, 10};
	struct buf out = {0};
	size_t chunks = 0;

	picture_kitty_transmit(&out, pic, 7);
	tap_ok(starts(out.s, "\033_Ga=t,i=7,f=32,s=40,v=30,o=z,q=2,m=0;"),
	    "kitty: the pixels transmitted under the id, deflated (o=z)");
	tap_ok(kitty_payload(out.s, pic->rgba, (size_t)40 * 30 * 4, 1, &chunks) && chunks == 1,
	    "... whose base64, inflated, is the picture's RGBA, in one chunk");
	buf_free(&out);
	picture_free(pic);
	pic = noise(40, 30);	/* does not deflate: sent as it is */
	picture_kitty_transmit(&out, pic, 7);
	tap_ok(starts(out.s, "\033_Ga=t,i=7,f=32,s=40,v=30,q=2,m=1;"),
	    "kitty: pixels that do not deflate go as they are, no o=z");
	tap_ok(kitty_payload(out.s, pic->rgba, (size_t)40 * 30 * 4, 0, &chunks) && chunks == 2 &&
	    strstr(out.s, "\033_Gm=0;") != NULL,
	    "... in chunks of 4096 base64 bytes, the last m=0");
	buf_free(&out);
	picture_kitty_place(&out, 40, 30, &b);
	tap_str(out.s, "\033_Ga=p,i=7,p=1,x=0,y=10,w=40,h=20,c=4,r=2,C=1,q=2\033\\",
	    "kitty: a band placed: the source rectangle of its rows, on its cells");
	buf_free(&out);
	picture_kitty_delete(&out, 7, 0);
	picture_kitty_delete(&out, 7, 1);
	tap_str(out.s, "\033_Ga=d,d=i,i=7,q=2\033\\\033_Ga=d,d=I,i=7,q=2\033\\",
	    "kitty: a placement deleted alone (d=i), a picture with its data (d=I)");
	buf_free(&out);
	picture_free(pic);
}

int
main(void)
{
	tap_init();
	keep_sizes();
	scaling();
	sixel();
	kitty();
	return tap_done();
}
