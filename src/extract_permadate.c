/*
 * extract_permadate: a photo blog's post (a LOFTER or Tumblr theme)
 * prints no byline: its date sits under the pictures and the caption,
 * opening a line of the post's footer as a link to the post's own
 * address, before the notes' and comments' counts ("2026-11-30
 * 热度(128) 评论(9)").  The link to the page itself says the date is the
 * post's, not a related item's or a comment's.  A last resort for
 * extract_pubdate.c, after the page's metadata.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_dom.h"
#include "extract_permadate.h"
#include "extract_words.h"
#include "html.h"
#include "utf8.h"

#define PERMA_LOOK 4	/* lines looked at after the story */
#define PERMA_CHARS 24	/* of a date alone */

/* The date segment s opens with, when its first text is a link to the
 * page itself (no fragment) whose text is that date alone: new, or NULL. */
static char *
self_linked_date(const struct ctx *c, const struct seg *s)
{
	struct hnode *a = s->node != NULL ? enclosing_anchor(s->node) : NULL;
	char *u, *t, *d = NULL;
	int cut = 0;

	if (a == NULL || (u = anchor_url(c, a)) == NULL)
		return NULL;
	if (strchr(u, '#') == NULL && same_page(c, u) &&
	    (t = html_text_upto(a, 4 * PERMA_CHARS, &cut)) != NULL) {
		if (!cut && utf8_chars_upto(t, PERMA_CHARS + 1) <= PERMA_CHARS && is_date_alone(t) &&
		    strncmp(s->text, t, strlen(t)) == 0)
			d = line_date(t, c->fetched, DATE_ZONE);
		free(t);
	}
	free(u);
	return d;
}

char *
permalink_date(const struct ctx *c)
{
	struct elinfo *e = c->body_node != NULL ? el_info((struct ctx *)c, c->body_node) : NULL;
	char *d = NULL;

	for (size_t i = e != NULL ? e->end : 0; e != NULL && d == NULL && i < c->nsegs &&
	    i < e->end + PERMA_LOOK; i++)
		d = self_linked_date(c, &c->segs[i]);
	return d;
}
