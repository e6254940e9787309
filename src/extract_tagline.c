/*
 * extract_tagline: a tag is a link to a tag's page (/tag/NAME); a blog's
 * entry meta line mixes such links with its category, archive date and
 * writer ("Posted in …, tagged with …, … on DATE by NAME", Silverstripe
 * Blog's and many themes'), and only the tag links of it are tags.
 * Pure tree reading, no I/O.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_tagline.h"
#include "extract_words.h"

#define TAG_LINE_MAX 200	/* characters of a meta line */
#define TAG_LINE_LINKS 15	/* its links */

int
tag_href(const char *href)
{
	/* one scan for "tag" reads all three forms */
	for (const char *p = href; (p = strstr(p, "tag")) != NULL; p += 3) {
		if (p > href && p[-1] == '/' && (p[3] == '/' || (p[3] == 's' && p[4] == '/')))
			return 1;
		if (p - href >= 4 && memcmp(p - 4, "mod=", 4) == 0 && p[3] == '&')
			return 1;
	}
	return 0;
}

/* Is the anchor a a link to a tag page? */
static int
tag_anchor(struct hnode *a)
{
	char *href = is_anchor(a) ? html_attr(a, "href") : NULL;
	int yes = href != NULL && tag_href(href);

	free(href);
	return yes;
}

int
tag_line(struct ctx *c, struct hnode *n, const struct elinfo *e)
{
	const struct seg *s;
	int tags = 0, other = 0;

	if (n->type != XML_ELEMENT_NODE || e->end != e->first + 1)
		return 0;
	s = &c->segs[e->first];
	/* a line of links, not a sentence with a link or two in it */
	if (s->chars > TAG_LINE_MAX || s->link_chars * 2 < s->chars)
		return 0;
	for (struct hnode *m = n; m != NULL; m = html_next(m, n, 1)) {
		if (!is_anchor(m))
			continue;
		if (tag_anchor(m))
			tags++;
		else
			other++;
		if (tags + other > TAG_LINE_LINKS)
			return 0;
	}
	return tags >= 2 && other >= 1;
}

void
tags_from_tag_links(struct ctx *c, struct hnode *n)
{
	for (struct hnode *m = n; m != NULL; m = html_next(m, n, 1)) {
		char *t;

		if (!tag_anchor(m))
			continue;
		t = html_text(m);
		if (*t != '\0')
			strlist_push(&c->page->tags, t);
		else
			free(t);
	}
}
