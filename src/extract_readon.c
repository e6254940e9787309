/*
 * extract_readon: a related card's read-on link.  A summary card prints
 * its title's link, its excerpt and then the same link again under a
 * word of the site's own ("阅读全文 →", "Keep reading ›"): no word list
 * can hold them all, but the link's page names it, the title's own.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_readon.h"
#include "html.h"
#include "utf8.h"

#define READON_MAX 20	/* characters of a read-on link's words */

/* Is m a short link to the page href, other than the title link a?  A
 * long one is the excerpt itself set in the link, which stays. */
static int
is_readon(struct hnode *m, struct hnode *a, const char *href, const char *t)
{
	char *h;
	int same;

	if (m == a || !is_anchor(m) || *t == '\0' || utf8_chars_upto(t, READON_MAX + 1) > READON_MAX)
		return 0;
	if ((h = html_attr(m, "href")) == NULL)
		return 0;
	same = strcmp(h, href) == 0;
	free(h);
	return same;
}

void
cut_readon_links(struct hnode *item, struct hnode *a, char *text)
{
	char *href = html_attr(a, "href");

	for (struct hnode *m = item; href != NULL && m != NULL; m = html_next(m, item, 1)) {
		char *t, *at;

		if (!is_anchor(m))
			continue;
		t = html_text(m);
		if (is_readon(m, a, href, t) && (at = strstr(text, t)) != NULL)
			memmove(at, at + strlen(t), strlen(at + strlen(t)) + 1);
		free(t);
	}
	free(href);
}
