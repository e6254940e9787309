/*
 * extract_hardwrap: a story's paragraphs laid out in hard-wrapped lines,
 * put back together (see extract_hardwrap.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_hardwrap.h"
#include "html.h"
#include "util.h"

#define WRAP_MIN_LINES 4	/* of the body, before anything is joined */
#define INDENT_CHARS 2		/* 　　, which the segment's count leaves out */

/* Does the raw text of s open with a paragraph's indent: an ideographic
 * space, or two no-break spaces, past the source's line break? */
static int
indented(const struct seg *s)
{
	const unsigned char *t = (const unsigned char *)s->node->content;

	if (t == NULL)
		return 0;
	t += strspn((const char *)t, "\n\r\t ");
	return (t[0] == 0xE3 && t[1] == 0x80 && t[2] == 0x80) ||
	    (t[0] == 0xC2 && t[1] == 0xA0 && t[2] == 0xC2 && t[3] == 0xA0);
}

/* Is s's text the first after a <br>, blanks aside? */
static int
after_break(const struct seg *s)
{
	for (struct hnode *n = s->node->prev; n != NULL; n = n->prev) {
		if (n->type == XML_ELEMENT_NODE)
			return html_is(n, "br");
		if (n->type == XML_TEXT_NODE && !html_is_blank_text(n))
			return 0;
	}
	return 0;
}

/* The width of s's line: its characters and its indent. */
static int
width(const struct seg *s)
{
	return s->chars + (indented(s) ? INDENT_CHARS : 0);
}

/* Is a line this wide of the column's full width? */
static int
full(int line, int widest)
{
	return line * 5 >= widest * 4;
}

/* Does body line k run on from the line above: no indent, after a <br>? */
static int
runs_on(const struct ctx *c, size_t k)
{
	const struct seg *s = &c->segs[c->body_segs[k]];

	return !indented(s) && after_break(s);
}

static char *
joined(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	/* Latin words wrapped at a space take it back; CJK text has none */
	int space = la > 0 && (unsigned char)a[la - 1] < 0x80 && (unsigned char)*b < 0x80;
	char *s = xmalloc(la + space + lb + 1);

	memcpy(s, a, la);
	if (space)
		s[la] = ' ';
	memcpy(s + la + space, b, lb + 1);
	return s;
}

void
join_hard_wraps(struct ctx *c)
{
	struct strlist *body = &c->page->body;
	size_t n = body->n, w = 0, indents = 0, wraps = 0;
	int widest = 0, last = 0;

	if (n < WRAP_MIN_LINES)
		return;
	for (size_t k = 0; k < n; k++) {
		const struct seg *s = &c->segs[c->body_segs[k]];

		if (width(s) > widest)
			widest = width(s);
		if (indented(s))
			indents++;
		else if (k > 0 && after_break(s))
			wraps++;
	}
	if (indents < 2 || wraps < 2)
		return;
	for (size_t k = 0; k < n; k++) {
		const struct seg *s = &c->segs[c->body_segs[k]];

		/* a line of the column's width wraps on, and a short one ends
		 * its paragraph; so a wrapped line is full but for the
		 * paragraph's last, which an indent or the end follows: short
		 * lines under a lead-in (包括：) running on are a list's */
		if (w > 0 && full(last, widest) && runs_on(c, k) &&
		    (full(width(s), widest) || k + 1 == n || !runs_on(c, k + 1)) &&
		    seg_block(c, s) == seg_block(c, &c->segs[c->body_segs[w - 1]])) {
			char *t = joined(body->v[w - 1], body->v[k]);

			free(body->v[w - 1]);
			free(body->v[k]);
			body->v[w - 1] = t;
			last = width(s);
			continue;
		}
		body->v[w] = body->v[k];
		c->body_segs[w++] = c->body_segs[k];
		last = width(s);
	}
	body->n = w;
}
