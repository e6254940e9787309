/* html_repair: a page's start tags bounded, its stray </body> and
 * </html> dropped and its <![if ...]> / <![endif]> marks dropped before
 * libxml2 reads it; see html.h. */
#include "config.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "util.h"

#define TAG_MAX 16384	/* bytes of one start tag that reach libxml2 */

/* Copies the raw text of a comment or a script/style element unchanged;
 * returns the position after it. */
static size_t
copy_raw(struct buf *b, const char *s, size_t len, size_t i, const char *end_mark)
{
	const char *e = memmem(s + i, len - i, end_mark, strlen(end_mark));
	size_t stop = e ? (size_t)(e - s) + strlen(end_mark) : len;

	buf_add(b, s + i, stop - i);
	return stop;
}

/* Is s[i] (a '<') the start of a downlevel-revealed conditional mark,
 * "<![if !vml]>" or "<![endif]>" as Word's saved HTML wraps a picture in?
 * HTML reads "<![" not opening CDATA as a bogus comment up to '>', never
 * shown; libxml2 2.9 gives it as text. */
static int
bogus_mark(const char *s, size_t len, size_t i)
{
	return len - i > 3 && s[i + 1] == '!' && s[i + 2] == '[' &&
	    !(len - i >= 9 && memcmp(s + i + 3, "CDATA[", 6) == 0);
}

/* Bytes that end an unquoted stretch of a start tag. */
static const unsigned char tag_mark[256] = {['"'] = 1, ['\''] = 1, ['>'] = 1};

/* Copies a start tag, cut at TAG_MAX bytes with its open quote closed:
 * libxml2 compares every attribute of a tag with every other, so a tag
 * of a million attributes would take hours.  The bytes up to s[start +
 * TAG_MAX] are read for quotes (that one too, though a cut tag ends
 * before it); a quoted value is passed with memchr. */
static size_t
copy_tag(struct buf *b, const char *s, size_t len, size_t i)
{
	size_t start = i, end = len - i > TAG_MAX ? i + TAG_MAX + 1 : len;
	char quote = 0;

	while (i < end) {
		const char *q;

		if (quote) {
			if ((q = memchr(s + i, quote, end - i)) == NULL) {
				i = end;	/* cut inside the value */
				break;
			}
			i = (size_t)(q - s) + 1;
			quote = 0;
			continue;
		}
		while (i < end && !tag_mark[(unsigned char)s[i]])
			i++;
		if (i == end || s[i] == '>')
			break;
		quote = s[i++];
	}
	if (i == end && end == start + TAG_MAX + 1) {
		i = start + TAG_MAX;
		buf_add(b, s + start, TAG_MAX);
		if (quote)
			buf_addc(b, quote);
		while (i < len && s[i] != '>')
			i++;
		buf_addc(b, '>');
		return i < len ? i + 1 : len;
	}
	i = i < len ? i + 1 : len;
	buf_add(b, s + start, i - start);
	return i;
}

/* The length of the end tag </body> or </html> at s[i], or 0. */
static size_t
page_end_tag(const char *s, size_t len, size_t i)
{
	size_t j = i + 6;

	if (len - i < 7 || s[i + 1] != '/')
		return 0;
	/* the first letter first: this runs for every end tag of the page */
	if ((s[i + 2] | 0x20) != 'b' && (s[i + 2] | 0x20) != 'h')
		return 0;
	if (strncasecmp(s + i + 2, "body", 4) != 0 && strncasecmp(s + i + 2, "html", 4) != 0)
		return 0;
	while (j < len && isspace((unsigned char)s[j]))
		j++;
	return j < len && s[j] == '>' ? j + 1 - i : 0;
}

/* Where the page's last start tag begins, scripts and styles left out
 * (statistics code often follows </html>), or 0. */
static size_t
last_start_tag(const char *s, size_t len)
{
	for (const char *p = s + len; (p = memrchr(s, '<', (size_t)(p - s))) != NULL; ) {
		size_t left = len - (size_t)(p - s);

		if (left > 1 && isalpha((unsigned char)p[1]) &&
		    !(left > 7 && strncasecmp(p + 1, "script", 6) == 0) &&
		    !(left > 6 && strncasecmp(p + 1, "style", 5) == 0))
			return (size_t)(p - s);
	}
	return 0;
}

/*
 * The text with every start tag bounded, every stray </body> and
 * </html> dropped and every bogus_mark dropped; NULL when no tag needed
 * it.  A stray end tag is one
 * with markup after it: a server-side include of a page's tail, mid-page.
 * libxml2 2.9 ignores one that closes an included <html> or <body>, but
 * one alone closes the document, and what follows lands outside <body>
 * or in a second root element that extraction never walks.  Dropped, the
 * parser closes both at the end of the text, as they were meant.
 */
char *
html_repair_tags(const char *s, size_t len, size_t *outlen)
{
	struct buf b = {0};
	size_t i = 0, content_end = len, skip;
	int repair = 0, stray_checked = 0;

	for (const char *p = s; (p = memchr(p, '<', len - (size_t)(p - s))) != NULL; p++) {
		const char *gt = memchr(p, '>', len - (size_t)(p - s));

		if (gt == NULL || gt - p > TAG_MAX) {
			repair = 1;
			break;
		}
		if (len - (size_t)(p - s) >= 4 && memcmp(p, "<!--", 4) == 0) {
			/* "<![endif]-->" inside a comment is no mark */
			const char *e = memmem(p + 4, len - (size_t)(p - s) - 4, "-->", 3);

			if (e != NULL) {
				p = e + 2;
				continue;
			}
		}
		if (bogus_mark(s, len, (size_t)(p - s))) {
			repair = 1;
			break;
		}
		if (page_end_tag(s, len, (size_t)(p - s)) > 0) {
			if (!stray_checked) {
				content_end = last_start_tag(s, len);
				stray_checked = 1;
			}
			if ((size_t)(p - s) < content_end) {
				repair = 1;
				break;
			}
		}
		p = gt - 1 > p ? gt - 1 : p;
	}
	if (!repair)
		return NULL;
	if (!stray_checked)
		content_end = last_start_tag(s, len);
	while (i < len) {
		const char *lt = memchr(s + i, '<', len - i);
		size_t at = lt ? (size_t)(lt - s) : len;

		buf_add(&b, s + i, at - i);
		i = at;
		if (i >= len)
			break;
		if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			i = copy_raw(&b, s, len, i, "-->");
		} else if (bogus_mark(s, len, i)) {
			const char *gt = memchr(s + i, '>', len - i);

			i = gt ? (size_t)(gt - s) + 1 : len;
		} else if (i + 1 < len && ((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z')) {
			int raw = len - i > 7 && (strncasecmp(s + i, "<script", 7) == 0 ||
			    strncasecmp(s + i, "<style", 6) == 0);
			int script = raw && (s[i + 2] | 0x20) == 'c';

			i = copy_tag(&b, s, len, i);
			if (raw)
				i = copy_raw(&b, s, len, i, script ? "</script" : "</style");
		} else if (i < content_end && (skip = page_end_tag(s, len, i)) > 0) {
			i += skip;
		} else {
			buf_addc(&b, '<');
			i++;
		}
	}
	*outlen = b.len;
	return buf_steal(&b);
}
