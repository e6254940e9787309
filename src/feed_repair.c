/*
 * feed_repair: a feed's bytes made fit for libxml2; see feed_int.h.
 *
 * libxml2 2.9 in recover mode drops every named entity (&amp; and &lt;
 * included) after the first error, and real feeds are full of errors: a
 * bare & in a URL, &nbsp; from HTML, a stray <.  Only character references
 * survive, so the parser gets a copy in which every reference is one:
 * &amp; &lt; ... and HTML's &nbsp; &ldquo; become &#N;, any other & is
 * text (&#38;), so an entity the feed declares is shown, never expanded.
 * The DOCTYPE and comments are left out: with no entity to define, a DTD
 * is only a door to files and to exponential expansion.  Characters XML
 * forbids (controls, invalid UTF-8) are dropped or become U+FFFD.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <libxml/HTMLparser.h>

#include "feed_int.h"
#include "text.h"
#include "util.h"

/* The position after the first mark at or after i, or len. */
size_t
feed_skip_past(const char *s, size_t len, size_t i, const char *mark)
{
	const char *e = memmem(s + i, len - i, mark, strlen(mark));

	return e ? (size_t)(e - s) + strlen(mark) : len;
}

/* The position after a DOCTYPE, whose internal subset ([...]) may itself
 * hold '>' inside declarations, quoted strings and comments. */
size_t
feed_skip_doctype(const char *s, size_t len, size_t i)
{
	int depth = 0;
	char quote = 0;

	for (; i < len; i++) {
		if (quote) {
			quote = s[i] == quote ? 0 : quote;
		} else if (s[i] == '"' || s[i] == '\'') {
			quote = s[i];
		} else if (s[i] == '<' && len - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			i = feed_skip_past(s, len, i + 4, "-->") - 1;
		} else if (s[i] == '[') {
			depth++;
		} else if (s[i] == ']' && depth > 0) {
			depth--;
		} else if (s[i] == '>' && depth == 0) {
			return i + 1;
		}
	}
	return len;
}


static int
is_xml_char(uint32_t cp)
{
	return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
	    (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

/* Printable ASCII and the white space XML allows: copied as they are. */
static int
is_ascii_ok(unsigned char ch)
{
	return (ch >= 0x20 && ch < 0x80) || ch == '\t' || ch == '\n' || ch == '\r';
}

/* The end of the run from i that is copied as it is: printable ASCII, the
 * white space XML allows and valid UTF-8 of the characters it allows; text
 * outside markup (markup) also ends at '&' and '<'.  Copying whole runs,
 * not a character at a time, is most of the pass's speed on CJK text. */
static size_t
ok_run(const char *s, size_t i, size_t end, int markup)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t cp;
	size_t n;

	while (i < end) {
		if (u[i] < 0x80) {
			if (!is_ascii_ok(u[i]) || (markup && (u[i] == '&' || u[i] == '<')))
				break;
			i++;
			continue;
		}
		/* U+1000..U+CFFF, CJK among them: all allowed */
		if (u[i] >= 0xE1 && u[i] <= 0xEC && end - i > 2 &&
		    (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		n = utf8_decode(s + i, end - i, &cp);
		if ((cp == TEXT_REPLACEMENT && n == 1) || !is_xml_char(cp))
			break;
		i += n;
	}
	return i;
}

/* One byte that is not plain ASCII at s[i]: a control (dropped) or a UTF-8
 * sequence (copied when valid and allowed).  Returns the next position. */
static size_t
repair_byte(struct buf *b, const char *s, size_t end, size_t i)
{
	uint32_t cp;
	size_t n;

	if ((unsigned char)s[i] < 0x80)
		return i + 1;
	n = utf8_decode(s + i, end - i, &cp);
	if (cp == TEXT_REPLACEMENT && n == 1)
		buf_adds(b, "\xEF\xBF\xBD");
	else if (is_xml_char(cp))
		buf_add(b, s + i, n);
	return i + n;
}

/* Copies s[i, end) repairing bytes only (CDATA, processing instructions). */
static void
copy_repaired(struct buf *b, const char *s, size_t i, size_t end)
{
	while (i < end) {
		size_t run = ok_run(s, i, end, 0);

		buf_add(b, s + i, run - i);
		if ((i = run) < end)
			i = repair_byte(b, s, end, i);
	}
}

/* "&#N;" / "&#xH;" at i: its length, with the code point; 0 when none. */
static size_t
char_ref(const char *s, size_t len, size_t i, uint32_t *cp)
{
	size_t j = i + 2, start;
	int hex = j < len && s[j] == 'x';

	j += hex;
	*cp = 0;
	for (start = j; j < len && j - start < 8; j++) {
		unsigned char ch = (unsigned char)s[j];

		if (isdigit(ch))
			*cp = *cp * (hex ? 16 : 10) + (uint32_t)(ch - '0');
		else if (hex && isxdigit(ch))
			*cp = *cp * 16 + (uint32_t)(tolower(ch) - 'a' + 10);
		else
			break;
	}
	return j > start && j < len && s[j] == ';' ? j + 1 - i : 0;
}

/* The code point a named reference stands for (XML's five, HTML 4's), or
 * 0 when the name is none of them. */
static uint32_t
named_ref(const char *name)
{
	static const struct { const char *name; uint32_t cp; } xml[] = {
		{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
	};
	const htmlEntityDesc *h;

	for (size_t k = 0; k < sizeof xml / sizeof xml[0]; k++)
		if (strcmp(name, xml[k].name) == 0)
			return xml[k].cp;
	h = htmlEntityLookup((const xmlChar *)name);
	return h ? h->value : 0;
}

/* The reference at s[i] == '&' as a character reference; returns the
 * position after what was read. */
static size_t
repair_ref(struct buf *b, const char *s, size_t len, size_t i)
{
	char name[32];
	size_t n;
	uint32_t cp;

	if (i + 1 < len && s[i + 1] == '#') {
		if ((n = char_ref(s, len, i, &cp)) == 0)
			goto text;
		if (is_xml_char(cp))
			buf_add(b, s + i, n);
		return i + n;	/* a reference to a control is dropped */
	}
	for (n = 0; i + 1 + n < len && n < sizeof name - 1 && isalnum((unsigned char)s[i + 1 + n]); n++)
		name[n] = s[i + 1 + n];
	name[n] = '\0';
	if (n > 0 && i + 1 + n < len && s[i + 1 + n] == ';' && (cp = named_ref(name)) != 0) {
		buf_addf(b, "&#%u;", (unsigned)cp);
		return i + n + 2;
	}
text:
	buf_adds(b, "&#38;");
	return i + 1;
}

/* Markup at s[i] == '<': comments and the DOCTYPE are left out, CDATA and
 * processing instructions copied, a '<' that starts no tag is text. */
static size_t
repair_markup(struct buf *b, const char *s, size_t len, size_t i)
{
	unsigned char next = i + 1 < len ? (unsigned char)s[i + 1] : 0;
	size_t end;

	if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0)
		return feed_skip_past(s, len, i + 4, "-->");
	if (len - i >= 9 && strncasecmp(s + i, "<!DOCTYPE", 9) == 0)
		return feed_skip_doctype(s, len, i + 9);
	if (len - i >= 9 && memcmp(s + i, "<![CDATA[", 9) == 0) {
		end = feed_skip_past(s, len, i + 9, "]]>");
		copy_repaired(b, s, i, end);
		return end;
	}
	if (next == '?') {
		end = feed_skip_past(s, len, i + 2, "?>");
		copy_repaired(b, s, i, end);
		return end;
	}
	if (isalpha(next) || next == '_' || next == ':' || next == '/' || next == '!' ||
	    next >= 0x80)
		buf_addc(b, '<');
	else if (i + 1 < len)	/* a '<' that ends a cut feed is no text */
		buf_adds(b, "&#60;");
	return i + 1;
}

char *
feed_repair(const char *s, size_t len, size_t *outlen)
{
	struct buf b = {0};
	size_t i = 0;

	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && isspace((unsigned char)s[i]))	/* before <?xml */
		i++;
	buf_add(&b, "", 0);
	while (i < len) {
		size_t run = ok_run(s, i, len, 1);

		buf_add(&b, s + i, run - i);
		if ((i = run) >= len)
			break;
		if (s[i] == '&')
			i = repair_ref(&b, s, len, i);
		else if (s[i] == '<')
			i = repair_markup(&b, s, len, i);
		else
			i = repair_byte(&b, s, len, i);
	}
	*outlen = b.len;
	return buf_steal(&b);
}
