/*
 * extract_pager: a list page's pager, for its next page (下一页, Next,
 * rel=next).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_dom.h"
#include "extract_parts.h"
#include "extract_words.h"

/* Is the anchor's whole text one of the pager's words for "next"? */
static int
says_next_page(struct hnode *a)
{
	char *t = html_text(a);
	int yes = 0;

	/* the first byte first: most links say none of these words */
	for (const char *const *w = next_page_words; *w && !yes; w++)
		yes = t[0] == (*w)[0] && strcmp(t, *w) == 0;
	free(t);
	return yes;
}

/* Does the anchor say "More" and the list's own name (More Local News,
 * 更多本地新闻 on the page named Local News / 本地新闻)?  A section front
 * ends its list so; a link to the section itself is the page, refused. */
static int
says_more_of_list(const struct ctx *c, struct hnode *a)
{
	const char *name = c->page->title;
	char *t;
	int yes = 0;

	if (name == NULL || *name == '\0')
		return 0;
	t = html_text(a);
	if (strncasecmp(t, "More ", 5) == 0)
		yes = strcasecmp(t + 5, name) == 0;
	else if (strncmp(t, "更多", strlen("更多")) == 0)
		yes = strcmp(t + strlen("更多"), name) == 0;
	free(t);
	return yes;
}

/* A list page's next page: <link rel="next">, an anchor marked rel=next,
 * or one whose text is 下一页 / Next (the pager) or "More" and the list's
 * name, not the page itself. */
void
extract_next_page(struct ctx *c)
{
	for (struct hnode *n = c->root; n != NULL && c->page->next_page == NULL;
	    n = html_next(n, c->root, html_is(n, "head") || visible(c, n))) {
		char *url;

		if (!((html_is(n, "link") || is_anchor(n)) && html_attr_has(n, "rel", "next")) &&
		    !(is_anchor(n) && (says_next_page(n) || says_more_of_list(c, n))))
			continue;
		if ((url = anchor_url(c, n)) != NULL && !same_page(c, url) &&
		    strncmp(url, "javascript:", 11) != 0)
			c->page->next_page = url;
		else
			free(url);
	}
}
