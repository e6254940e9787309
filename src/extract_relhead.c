/*
 * extract_relhead: the headings of related lists in the document, for
 * extract_related.c; see extract_relhead.h.  Which words head one is
 * extract_label.c's to say (is_related_heading).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_dom.h"
#include "extract_linkbox.h"
#include "extract_relhead.h"
#include "extract_words.h"
#include "text.h"

/* The text node n in an anchor heads a list when the link is the line's
 * heading (<div><a><span>推荐阅读</span></a><a>更多</a></div>), not a
 * call to read on in a teaser's last line. */
static int
linked_heading(const struct ctx *c, struct hnode *a, const char *t)
{
	struct hnode *b = block_above(a);
	struct elinfo *e = b ? el_info((struct ctx *)c, b) : NULL;

	if (e == NULL || range_chars(c, e->first, e->end) > 30 || starts_any(t, related_cta))
		return 0;
	/* one item of a list or a menu of links (<li><a>Related changes</a></li>)
	 * is no heading; a heading and its 更多 link are two */
	for (struct hnode *n = a; n != b; n = n->parent) {
		int kin = 0;

		for (struct hnode *k = n->parent->children; k != NULL; k = k->next)
			kin += k->type == XML_ELEMENT_NODE && same_kind(k, n);
		if (kin >= 3)
			return 0;
	}
	return !html_is(b, "li") && !html_is(b, "dd");
}

int
text_is_related_heading(const struct ctx *c, struct hnode *n)
{
	char *t;
	int r;
	struct hnode *a;

	const char *raw = (const char *)n->content;
	size_t len;

	if (n->type != XML_TEXT_NODE || raw == NULL || (len = strlen(raw)) > 200)
		return 0;
	/* most text is no heading: look for a hint before building anything
	 * (a heading ending in "... may interest you" has its own) */
	while (len > 0 && strchr(" \t\r\n", raw[len - 1]) != NULL)
		len--;
	if (find_any(raw, related_hints) == NULL &&
	    !(len > 3 && len <= 60 && strncasecmp(raw + len - 4, " you", 4) == 0))
		return 0;
	t = html_text(n);
	r = *t != '\0' && is_related_heading(t) &&
	    ((a = enclosing_anchor(n)) == NULL || linked_heading(c, a, t));
	free(t);
	return r;
}

int
heads_topics(struct hnode *n)
{
	char *t = html_text(n);
	int yes = starts_any(t, topic_headings) != NULL;

	free(t);
	return yes;
}
