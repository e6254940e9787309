/*
 * extract_taglink: a tag link's own word.  A tag menu's toggle repeats
 * its first tag after a label ("Filed to: roads", then the menu's
 * "roads"), so a story's tags are also kept once each.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_taglink.h"
#include "html.h"
#include "util.h"

/* Drops a hash tag's mark, and the blank a theme sets after it in an
 * element of its own (<a><span>#</span> Roads</a>, Blocksy's tag
 * links), which would otherwise open the tag. */
static void
drop_hash(char *t)
{
	size_t k = *t == '#' ? 1 : 3;

	k += strspn(t + k, " ");
	memmove(t, t + k, strlen(t + k) + 1);
}

/* Drops a label the link opens with in an element of its own, its colon
 * ending it (<a><span>Filed to:</span><span>roads</span></a>, a tag menu's
 * toggle): the tag is what follows.  A colon inside one run of text
 * ("Star Wars: Andor") is the tag's own. */
static void
drop_inner_label(struct hnode *a, char *t)
{
	struct hnode *n = a;
	char *label;
	size_t len;

	while ((n = html_next(n, a, 1)) != NULL && (n->type != XML_TEXT_NODE || html_is_blank_text(n)))
		;
	if (n == NULL)
		return;
	label = html_text(n);
	len = strlen(label);
	if (len < strlen(t) && colon_at_end(label, len) > 0 && strncmp(t, label, len) == 0) {
		len += strspn(t + len, " ");
		memmove(t, t + len, strlen(t + len) + 1);
	}
	free(label);
}

int
tag_taken(const struct ctx *c, const char *t)
{
	for (size_t i = 0; i < c->page->tags.n; i++)
		if (strcmp(c->page->tags.v[i], t) == 0)
			return 1;
	return 0;
}

char *
tag_link_text(struct hnode *a)
{
	char *t = html_text(a);

	drop_inner_label(a, t);
	if (str_starts(t, "#") || str_starts(t, "＃"))	/* a hash tag */
		drop_hash(t);
	return t;
}
