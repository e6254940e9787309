/*
 * extract_pullquote: a pull quote set into the story, a <blockquote> of
 * words a paragraph beside it says ("“A county average can hide a lot of
 * suffering at the edges.”" over "Dr. Anita Sorensen, emergency
 * physician", then the paragraph '... “A county average can hide a lot
 * of suffering at the edges,” she said.'): the words said twice, and
 * their cite, are no lines of the story.  Only lines opening on a quote
 * mark in a blockquote are compared, with the two paragraphs on either
 * side; a quotation the story gives once, in a blockquote, stays.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_find.h"
#include "extract_pullquote.h"
#include "html.h"
#include "util.h"

#define PULL_MIN 24	/* bytes of the quote's words, to be worth comparing */
#define PULL_NEAR 2	/* paragraphs on either side that may say them */

/* The blockquote holding segment s, or NULL. */
static struct hnode *
quote_of(const struct ctx *c, size_t seg)
{
	return html_ancestor(seg_block(c, &c->segs[seg]), "blockquote", 3);
}

/* Does another body line within PULL_NEAR of i say the words of line i,
 * its quote marks and closing stop left out? */
static int
said_nearby(const struct ctx *c, size_t i)
{
	static const char *const opens[] = {"“", "\"", "‘", NULL};
	const char *t = c->page->body.v[i], *o = starts_any(t, opens);
	size_t n;
	char *core;
	int yes = 0;

	if (o == NULL)
		return 0;	/* a dash or another sign opening on E2 */
	t += strlen(o);
	n = strlen(t);
	while (n > 0 && (strchr(".,!?\"'", t[n - 1]) != NULL || (n >= 3 && (str_starts(t + n - 3, "”") ||
	    str_starts(t + n - 3, "’")))))
		n -= strchr(".,!?\"'", t[n - 1]) != NULL ? 1 : 3;
	if (n < PULL_MIN)
		return 0;
	core = xstrndup(t, n);
	for (size_t j = i >= PULL_NEAR ? i - PULL_NEAR : 0; j <= i + PULL_NEAR && j < c->page->body.n && !yes; j++)
		yes = j != i && quote_of(c, c->body_segs[j]) == NULL && strstr(c->page->body.v[j], core) != NULL;
	free(core);
	return yes;
}

static void
drop_line(struct ctx *c, size_t i)
{
	free(c->page->body.v[i]);
	memmove(&c->page->body.v[i], &c->page->body.v[i + 1], (c->page->body.n - i - 1) * sizeof *c->page->body.v);
	memmove(&c->body_segs[i], &c->body_segs[i + 1], (c->page->body.n - i - 1) * sizeof *c->body_segs);
	c->page->body.n--;
}

void
drop_pull_quotes(struct ctx *c)
{
	for (size_t i = 0; i < c->page->body.n; i++) {
		const unsigned char *t = (const unsigned char *)c->page->body.v[i];
		struct hnode *q;

		/* first byte: “ and ‘ open E2, a straight quote " */
		if ((*t != 0xE2 && *t != '"') || c->page->body.n < 3 ||
		    (q = quote_of(c, c->body_segs[i])) == NULL || !said_nearby(c, i))
			continue;
		drop_line(c, i);
		/* the cite under it, in the same blockquote */
		while (i < c->page->body.n && quote_of(c, c->body_segs[i]) == q)
			drop_line(c, i);
		i--;
	}
}
