/*
 * extract_feedlink: the feed a web page offers, as browsers and feed
 * readers find it (RSS autodiscovery): the first
 * <link rel="alternate" type="application/rss+xml" href="..."> in <head>,
 * or type application/atom+xml or application/rdf+xml, its URL resolved
 * and allowed by the link policy (url.h).  It goes in page->feed, for
 * the reader to offer; the dump does not print it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_parts.h"
#include "html.h"

/* Is n a <link> to a feed of the page? */
static int
is_feed_link(struct hnode *n)
{
	static const char *const types[] = {"application/rss+xml", "application/atom+xml",
		"application/rdf+xml", NULL};
	char *type;
	int yes = 0;

	if (!html_is(n, "link") || !html_attr_has(n, "rel", "alternate"))
		return 0;
	type = html_attr(n, "type");
	for (const char *const *t = types; type != NULL && *t != NULL && !yes; t++)
		yes = strcasecmp(type, *t) == 0;
	free(type);
	return yes;
}

void
extract_feed_link(struct ctx *c)
{
	for (struct hnode *n = c->root; n != NULL && c->page->feed == NULL;
	    n = html_next(n, c->root, 1)) {
		char *href;

		if (html_is(n, "body") && (n = html_next(n, c->root, 0)) == NULL)
			break;		/* the head's links only */
		if (!is_feed_link(n) || (href = html_attr(n, "href")) == NULL)
			continue;
		c->page->feed = resolve_url(c, href);
		free(href);
	}
}
