/*
 * html_flat: a page whose elements nest deeper than HTML_FLAT_DEPTH,
 * made shallow before libxml2 parses it again (see html_parse).  libxml2
 * stops at 256 levels and drops the rest of the page; here the start tags
 * below the limit are dropped instead and their text stays, a dropped
 * block leaving a <br> so that its text keeps its own line.
 *
 * The depth is libxml2's as near as a scan of the tags can tell: void
 * elements, the end tags it honours (its end priorities) and the start
 * tags that close the element open before them (its htmlStartClose),
 * which html_elements.c holds.
 * Where the scan cannot tell, it counts deeper than libxml2, never less,
 * so what it drops is structure, never text.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "html_elements.h"
#include "util.h"

#define NAME_MAX_LEN 15		/* longer names are compared by their start */

struct flat {
	const char *s;
	size_t len;
	struct buf out;
	char open[HTML_FLAT_DEPTH][NAME_MAX_LEN + 1];
	int depth;		/* elements open, up to HTML_FLAT_DEPTH */
	size_t dropped;		/* start tags dropped and not yet closed */
	int text;		/* text written since the last <br> for a dropped block */
};

static int
is_space(char ch)
{
	return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

/* Reads a tag's name at s[i] (lower-cased, cut at NAME_MAX_LEN) as
 * libxml2 does; returns the position after it, i when there is none. */
static size_t
tag_name(const char *s, size_t len, size_t i, char name[NAME_MAX_LEN + 1])
{
	size_t n = 0;
	unsigned char ch = i < len ? (unsigned char)s[i] : 0;

	if (!((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') && ch != '_' && ch != ':')
		return i;
	for (; i < len; i++) {
		ch = (unsigned char)s[i];
		if (!((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') && !(ch >= '0' && ch <= '9') &&
		    ch != '_' && ch != ':' && ch != '-' && ch != '.')
			break;
		if (n < NAME_MAX_LEN)
			name[n++] = (char)((ch >= 'A' && ch <= 'Z') ? ch | 0x20 : ch);
	}
	name[n] = '\0';
	return i;
}

/* The position after the '>' that ends the tag from s[i], quotes kept
 * whole; *empty says whether it ended "/>" as libxml2 reads it. */
static size_t
tag_end(const char *s, size_t len, size_t i, int *empty)
{
	char quote = 0;

	*empty = 0;
	for (; i < len; i++) {
		if (quote) {
			quote = s[i] == quote ? 0 : quote;
		} else if (s[i] == '"' || s[i] == '\'') {
			quote = s[i];
		} else if (s[i] == '>') {
			/* "a=x/>" is the value "x/", not an empty element */
			*empty = s[i - 1] == '/' && (is_space(s[i - 2]) || s[i - 2] == '"' ||
			    s[i - 2] == '\'');
			return i + 1;
		}
	}
	return len;
}

/* The position after the first "</name" at or after i, whatever its case
 * (the end of script or style text), or len. */
static size_t
raw_end(const char *s, size_t len, size_t i, const char *name)
{
	size_t n = strlen(name);
	const char *p;

	while ((p = memchr(s + i, '<', len - i)) != NULL) {
		i = (size_t)(p - s) + 1;
		if (len - i > n && s[i] == '/' && strncasecmp(s + i + 1, name, n) == 0)
			return i - 1;
	}
	return len;
}

/* Writes s[from..to) with the text seen noted. */
static void
copy(struct flat *f, size_t from, size_t to)
{
	for (size_t i = from; i < to && !f->text; i++)
		f->text = (unsigned char)f->s[i] > ' ';
	buf_add(&f->out, f->s + from, to - from);
}

/* A dropped block's line break: one, however many blocks end together. */
static void
line_break(struct flat *f, const char *name)
{
	if (html_el_block(name) && f->text) {
		buf_adds(&f->out, "<br>");
		f->text = 0;
	}
}

static void
end_tag(struct flat *f, const char *name, size_t from, size_t to)
{
	int prio = html_el_end_priority(name), i;

	if (f->dropped > 0) {
		f->dropped--;
		line_break(f, name);
		return;
	}
	buf_add(&f->out, f->s + from, to - from);
	for (i = f->depth - 1; i >= 0; i--) {
		if (strcmp(f->open[i], name) == 0)
			break;
		if (html_el_end_priority(f->open[i]) > prio)
			return;
	}
	/* libxml2 closes html, body and head only at the end */
	if (i >= 0 && strcmp(name, "html") != 0 && strcmp(name, "body") != 0 &&
	    strcmp(name, "head") != 0)
		f->depth = i;
}

/* Closes what a start tag of name closes in libxml2; does the element
 * then go below the limit? */
static int
too_deep(struct flat *f, const char *name)
{
	while (f->depth > 0 && html_el_start_closes(f->open[f->depth - 1], name))
		f->depth--;
	return f->depth == HTML_FLAT_DEPTH || f->dropped > 0;
}

/* Does a style value of n bytes say display:none (html_is_hidden's test)? */
static int
display_none(const char *v, size_t n)
{
	char *style = xstrndup(v, n);
	int none = strcasestr(style, "display:none") != NULL ||
	    strcasestr(style, "display: none") != NULL;

	free(style);
	return none;
}

/* Does the start tag t[0..n) hide its element by an attribute: hidden, or
 * a style of display:none? */
static int
hidden_by_attr(const char *t, size_t n)
{
	size_t i = 1;

	while (i < n && !is_space(t[i]) && t[i] != '>' && t[i] != '/')
		i++;
	while (i < n) {
		size_t a, an, v = 0, vn = 0;

		while (i < n && (is_space(t[i]) || t[i] == '/'))
			i++;
		for (a = i; i < n && !is_space(t[i]) && t[i] != '=' && t[i] != '>' && t[i] != '/'; )
			i++;
		if ((an = i - a) == 0)
			return 0;
		while (i < n && is_space(t[i]))
			i++;
		if (i < n && t[i] == '=') {
			char q = 0;

			for (i++; i < n && is_space(t[i]); i++)
				;
			if (i < n && (t[i] == '"' || t[i] == '\''))
				q = t[i++];
			for (v = i; i < n && (q ? t[i] != q : !is_space(t[i]) && t[i] != '>'); )
				i++;
			vn = i - v;
			i += q != 0;
		}
		if (an == 6 && strncasecmp(t + a, "hidden", 6) == 0)
			return 1;
		if (an == 5 && strncasecmp(t + a, "style", 5) == 0 && display_none(t + v, vn))
			return 1;
	}
	return 0;
}

/* The position after the end tag that closes the element of name whose
 * start tag ends at i, counting the same name opened inside; len when
 * nothing closes it (libxml2 then holds it open to the end). */
static size_t
element_end(const char *s, size_t len, size_t i, const char *name)
{
	size_t open = 1;
	const char *lt;
	char n[NAME_MAX_LEN + 1];
	int empty;

	while (open > 0 && (lt = memchr(s + i, '<', len - i)) != NULL) {
		size_t at = (size_t)(lt - s), from = at + 1 + (at + 1 < len && s[at + 1] == '/');

		i = at + 1;
		if (tag_name(s, len, from, n) > from && strcmp(n, name) == 0)
			open = from > at + 1 ? open - 1 : open + 1;
	}
	return open > 0 ? len : tag_end(s, len, i, &empty);
}

/* A start tag s[from..to); returns where the scan goes on. */
static size_t
start_tag(struct flat *f, const char *name, int empty, size_t from, size_t to)
{
	if (html_el_void(name) || empty) {
		buf_add(&f->out, f->s + from, to - from);
		return to;
	}
	if (strcmp(name, "script") == 0 || strcmp(name, "style") == 0) {
		/* raw text, with its end tag: never dropped, never counted */
		size_t stop = raw_end(f->s, f->len, to, name);

		stop = stop < f->len ? tag_end(f->s, f->len, stop, &empty) : stop;
		buf_add(&f->out, f->s + from, stop - from);
		return stop;
	}
	if (!too_deep(f, name)) {
		buf_add(&f->out, f->s + from, to - from);
		strcpy(f->open[f->depth++], name);
		return to;
	}
	/* dropped: the text of an element shown goes on in its parent; the
	 * content of one hidden goes with it, as it would not be read */
	if (html_el_hidden(name) || hidden_by_attr(f->s + from, to - from))
		return element_end(f->s, f->len, to, name);
	f->dropped++;
	line_break(f, name);
	return to;
}

char *
html_flatten(const char *s, size_t len, size_t *outlen)
{
	struct flat *f = xcalloc(1, sizeof *f);
	size_t i = 0;
	char *out;

	f->s = s;
	f->len = len;
	while (i < len) {
		const char *lt = memchr(s + i, '<', len - i);
		size_t at = lt ? (size_t)(lt - s) : len, end;
		char name[NAME_MAX_LEN + 1];
		int empty;

		copy(f, i, at);
		if ((i = at) == len)
			break;
		if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			const char *e = memmem(s + i + 4, len - i - 4, "-->", 3);

			end = e ? (size_t)(e - s) + 3 : len;
			buf_add(&f->out, s + i, end - i);
		} else if (i + 1 < len && s[i + 1] == '/' && tag_name(s, len, i + 2, name) > i + 2) {
			end = tag_end(s, len, i, &empty);
			end_tag(f, name, i, end);
		} else if (tag_name(s, len, i + 1, name) > i + 1) {
			end = tag_end(s, len, i, &empty);
			end = start_tag(f, name, empty, i, end);
		} else {	/* "<!DOCTYPE", "<?", or a '<' of the text */
			end = i + 1;
			copy(f, i, end);
		}
		i = end;
	}
	*outlen = f->out.len;
	out = buf_steal(&f->out);
	free(f);
	return out;
}
