/* url: resolution and policy for links; see url.h. */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/uri.h>

#include "text.h"
#include "url.h"
#include "util.h"

static int
is_hex(char ch)
{
	return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
}

/* May the byte not stand raw in a URL we print?  Asked of every byte of
 * every link: a bit of one of two masks, for bytes below 64 and below 128
 * (controls, space, " < > \ ^ ` { | } and DEL). */
static inline int
unprintable(unsigned char ch)
{
	static const uint64_t low = 0x1FFFFFFFFull | 1ull << '"' | 1ull << '<' | 1ull << '>';
	static const uint64_t high = 1ull << ('\\' - 64) | 1ull << ('^' - 64) |
	    1ull << ('`' - 64) | 1ull << ('{' - 64) | 1ull << ('|' - 64) | 1ull << ('}' - 64) |
	    1ull << (0x7F - 64);

	return ch < 64 ? (int)(low >> ch & 1) : ch < 128 ? (int)(high >> (ch - 64) & 1) : 0;
}

/* Makes an href from the wild parseable: libxml2 rejects a second '#', a
 * stray '%', raw spaces and bytes past ASCII, all common on real pages.
 * The bytes between escapes are copied in runs: a list page resolves
 * every link. */
static char *
escape_href(const char *h)
{
	struct buf b = {0};
	const unsigned char *p = (const unsigned char *)h, *run = p;
	int seen_hash = 0;

	buf_add(&b, "", 0);
	for (; *p; p++) {
		if ((*p == '#' && seen_hash) || *p >= 0x7F || unprintable(*p) ||
		    (*p == '%' && !(is_hex((char)p[1]) && is_hex((char)p[2])))) {
			buf_add(&b, (const char *)run, (size_t)(p - run));
			buf_addf(&b, "%%%02X", *p);
			run = p + 1;
		}
		seen_hash |= *p == '#';
	}
	buf_add(&b, (const char *)run, (size_t)(p - run));
	return buf_steal(&b);
}

/* Percent-encodes bytes that may not stand raw in a URL we print; NULL
 * when u has none, the common case: the caller keeps u as it is, not a
 * copy in a buffer of 64 bytes or more (a list page's every link is kept
 * to the end of its extraction). */
static char *
escape_url(const char *u)
{
	struct buf b = {0};
	const unsigned char *p = (const unsigned char *)u, *run = p;

	while (*p != '\0' && !unprintable(*p))
		p++;
	if (*p == '\0')
		return NULL;
	buf_add(&b, "", 0);
	for (; *p; p++) {
		if (unprintable(*p)) {
			buf_add(&b, (const char *)run, (size_t)(p - run));
			buf_addf(&b, "%%%02X", *p);
			run = p + 1;
		}
	}
	buf_add(&b, (const char *)run, (size_t)(p - run));
	return buf_steal(&b);
}

/* The length of the scheme and host of a plain base ("https://a.b.cn"
 * before its path), or 0: http, https or file in lower case, a host of
 * lower-case letters, digits, dots and dashes (none for file:///), no
 * user, no port. */
static size_t
plain_origin(const char *base)
{
	size_t n, host;

	if (strncmp(base, "http://", 7) == 0 || strncmp(base, "file://", 7) == 0)
		n = 7;
	else if (strncmp(base, "https://", 8) == 0)
		n = 8;
	else
		return 0;
	for (host = n; (base[n] >= 'a' && base[n] <= 'z') || (base[n] >= '0' && base[n] <= '9') ||
	    base[n] == '.' || base[n] == '-'; n++)
		;
	if (n == host && base[0] != 'f')
		return 0;
	return base[n] == '/' || base[n] == '\0' ? n : 0;
}

/* Is href a path from the root of plain characters ("/n/12.html"): no
 * authority (//), no dot segment, no query or fragment, nothing that
 * libxml2 would escape or unescape? */
static int
plain_path(const char *href)
{
	if (href[0] != '/' || href[1] == '/')
		return 0;
	for (const char *p = href; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '/' || *p == '.' || *p == '_' ||
		    *p == '-' || *p == '~') || (*p == '/' && p[1] == '.'))
			return 0;
	return 1;
}

static int
has_escaped_colon(const char *s)
{
	return s != NULL && (strstr(s, "%3A") != NULL || strstr(s, "%3a") != NULL);
}

/* libxml2 escapes a raw ':' in a path as %3A ("/ip/a.jpg/:/rs=w:1200"
 * of an image service), which is no URL the page wrote; the colon is put
 * back when neither the href nor the base held an escaped one, so every
 * %3A in the result is libxml2's. */
static void
restore_colons(char *out, const char *href, const char *base)
{
	char *r = out, *w = out;

	if (out == NULL || strchr(href, ':') == NULL || !has_escaped_colon(out) ||
	    has_escaped_colon(href) || has_escaped_colon(base))
		return;
	for (; *r; r++, w++) {
		if (r[0] == '%' && r[1] == '3' && (r[2] == 'A' || r[2] == 'a')) {
			*w = ':';
			r += 2;
		} else
			*w = *r;
	}
	*w = '\0';
}

char *
url_absolute(const char *base, const char *href)
{
	char *escaped, *out;
	xmlChar *abs;
	size_t origin;

	/* the common link of a list page, "/n/12.html" against a plain base:
	 * xmlBuildURI gives the base's scheme and host before the path as it
	 * stands, but parses the base again for every link to say so */
	if (base != NULL && (origin = plain_origin(base)) > 0 && plain_path(href)) {
		size_t n = strlen(href);

		/* joined by hand: xasprintf's format costs more than the rest
		 * of the URL's making, once for each of 400,000 links */
		out = xmalloc(origin + n + 1);
		memcpy(out, base, origin);
		memcpy(out + origin, href, n + 1);
		return out;
	}
	escaped = escape_href(href);
	abs = xmlBuildURI((const xmlChar *)escaped,
	    (const xmlChar *)(base && *base ? base : NULL));

	free(escaped);
	if (abs == NULL)
		return NULL;
	out = text_clean((const char *)abs, strlen((const char *)abs));
	xmlFree(abs);
	restore_colons(out, href, base);
	return out;
}

char *
url_resolve(const char *base, const char *href, const char *page_url)
{
	/* most links are written clean: cleaned only when not, as a list
	 * page of 16 MiB holds 400,000 of them */
	size_t len = strlen(href);
	char *owned = text_is_clean(href, len) ? NULL : text_clean(href, len), *abs, *out;
	const char *clean = owned != NULL ? owned : href;
	/* the schemes refused start with d, j, m, t or v: most links with
	 * none of these letters first are passed without the five tests */
	int first = tolower((unsigned char)*clean);
	int refusable = first == 'd' || first == 'j' || first == 'm' || first == 't' || first == 'v';

	if (*clean == '\0' || *clean == '#' || (refusable && (str_istarts(clean, "javascript:") ||
	    str_istarts(clean, "data:") || str_istarts(clean, "mailto:") ||
	    str_istarts(clean, "vbscript:") || str_istarts(clean, "tel:")))) {
		free(owned);
		return NULL;
	}
	abs = url_absolute(base, clean);
	free(owned);
	if (abs == NULL)
		return NULL;
	if (!url_followable(page_url, abs)) {
		free(abs);
		return NULL;
	}
	if ((out = escape_url(abs)) == NULL)
		return abs;
	free(abs);
	return out;
}

int
url_is_web(const char *url)
{
	return url != NULL && (str_istarts(url, "http://") || str_istarts(url, "https://"));
}

int
url_followable(const char *from, const char *url)
{
	if (url_is_web(url))
		return 1;
	/* a local page (a saved page, the demo edition) may link beside itself */
	return url != NULL && from != NULL && str_istarts(url, "file:") && str_istarts(from, "file:");
}

void
url_scheme(const char *url, char out[URL_SCHEME_MAX + 1])
{
	size_t n = 0;

	while (url != NULL && n < URL_SCHEME_MAX && (isalnum((unsigned char)url[n]) ||
	    url[n] == '+' || url[n] == '-' || url[n] == '.'))
		n++;
	if (url == NULL || n == 0 || url[n] != ':') {
		strcpy(out, "?");
		return;
	}
	for (size_t i = 0; i < n; i++)
		out[i] = (char)tolower((unsigned char)url[i]);
	out[n] = '\0';
}
