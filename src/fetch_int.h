/*
 * fetch_int: the parts of fetching that need no network, shared by
 * fetch.c (which alone includes curl) and kept apart so that they stay
 * small and testable: local files, URL forms, Content-Type and header
 * values, binary sniffing, Content-Encoding.  Every char * returned is
 * new and the caller's.
 */
#ifndef KANBAO_FETCH_INT_H
#define KANBAO_FETCH_INT_H

#include <stddef.h>

#include "fetch.h"

struct buf;

/* Is arg an http:// or https:// URL (any case)? */
int fetch_is_http(const char *arg);

/* Reads a path or a file:// URL, at most max bytes; 0, or -1 with *err a
 * new "INPUT: why" line.  Other schemes are an error, and so is a file
 * that is no page (a picture, a PDF), unless any_type: a picture's. */
int fetch_local(const char *arg, size_t max, int any_type, struct fetched *r, char **err);

/* A name from outside, fit for a message: control characters removed,
 * at most 200 bytes. */
char *fetch_quoted(const char *name);

/* A header's value (the bytes after "Name:"), trimmed; NULL when empty,
 * too long, or holding control characters. */
char *fetch_header_value(const char *p, size_t n);

/* Does a Content-Type name something kanbao can read (not an image, a
 * PDF, an archive or application/octet-stream)? */
int fetch_type_is_page(const char *content_type);

/* The charset parameter of a Content-Type, or NULL. */
char *fetch_type_charset(const char *content_type);

/* Does a Content-Type say text (text/..., HTML, XHTML, XML)?  Then NUL
 * bytes in the body are the server's mistake, not a sign of binary. */
int fetch_type_is_text(const char *content_type);

/* "not a web page (TYPE)"; type NULL says the bytes looked binary. */
char *fetch_not_a_page(const char *content_type);

/* Why bytes are no page, as a new "not a web page (...)", or NULL for a
 * page.  They are not when they start as an image, a PDF, an archive or a
 * program does, whatever the server says; nor, unless declared_text, when
 * NUL bytes come early in bytes that neither open with markup nor carry a
 * UTF-16 byte-order mark. */
char *fetch_sniff_binary(const char *body, size_t len, int declared_text);

/* An age in seconds as a new short string ("42 s", "5 min", "3 h", "2 d"). */
char *fetch_age(long seconds);

/*
 * A decoder of a response's Content-Encoding that knows whether the
 * stream reached its end (libcurl's does not say).  gzip (x-gzip) and
 * deflate (zlib-wrapped or raw); identity or no encoding needs none.
 */
struct fetch_decoder;
enum { FETCH_DECODE_OK, FETCH_DECODE_CORRUPT, FETCH_DECODE_TOO_BIG };

/* *d gets a decoder for the Content-Encoding value (NULL for none: no
 * value, or identity); returns 0, or -1 with *why a new message when the
 * value names a coding this one cannot read. */
int fetch_decoder_new(const char *encoding, struct fetch_decoder **d, char **why);

/* Decodes n more bytes onto out; stops with FETCH_DECODE_TOO_BIG once out
 * holds more than limit bytes.  Bytes after the stream's end are ignored,
 * unless a new gzip member starts there. */
int fetch_decoder_add(struct fetch_decoder *d, const char *p, size_t n,
    struct buf *out, size_t limit);

/* Did the stream reach its end (a gzip trailer, zlib's final block)? */
int fetch_decoder_ended(const struct fetch_decoder *d);
const char *fetch_decoder_name(const struct fetch_decoder *d);	/* "gzip" */
void fetch_decoder_free(struct fetch_decoder *d);

#endif
