/*
 * extract_readon: a related card's read-on link.  A summary card prints
 * its title's link, its excerpt and then the same link again under a
 * word of the site's own ("阅读全文 →", "Keep reading ›"): no word list
 * can hold them all, but the link's page names it, the title's own.  And
 * a card whose picture's link comes first, titled "Read the article:
 * TITLE", shows the title itself in the next link.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_readon.h"
#include "html.h"
#include "utf8.h"
#include "util.h"

#define READON_MAX 20	/* characters of a read-on link's words */

/* Does the link m lead to the page href? */
static int
leads_to(struct hnode *m, const char *href)
{
	char *h = is_anchor(m) ? html_attr(m, "href") : NULL;
	int same = h != NULL && href != NULL && strcmp(h, href) == 0;

	free(h);
	return same;
}

/* Is t, the text of a link to the card's page other than its title link,
 * a short read-on, once the title it may repeat for a screen reader is
 * cut ("Read more …<span class="invisible"> TITLE</span>")?  A long one
 * is the excerpt itself set in the link, which stays. */
static int
is_readon(const char *t, const char *title)
{
	size_t n = strlen(t) - (title != NULL && ends_on(t, title) ? strlen(title) : 0);
	char *own;
	int short_one;

	while (n > 0 && t[n - 1] == ' ')
		n--;
	own = xstrndup(t, n);
	short_one = n > 0 && utf8_chars_upto(own, READON_MAX + 1) <= READON_MAX;
	free(own);
	return short_one;
}

void
cut_readon_links(struct hnode *item, struct hnode *a, const char *title, char *text)
{
	char *href = html_attr(a, "href");

	for (struct hnode *m = item; href != NULL && m != NULL; m = html_next(m, item, 1)) {
		char *t, *at;

		if (m == a || !leads_to(m, href))
			continue;
		t = html_text(m);
		if (is_readon(t, title) && (at = strstr(text, t)) != NULL)
			memmove(at, at + strlen(t), strlen(at + strlen(t)) + 1);
		free(t);
	}
	free(href);
}

void
unlabel_card_title(struct hnode *item, struct hnode *a, char **title)
{
	char *href, *t = html_text(a);
	int shown = t[strspn(t, " ")] != '\0';

	free(t);
	if (shown || (href = html_attr(a, "href")) == NULL)
		return;
	for (struct hnode *m = item; m != NULL; m = html_next(m, item, 1)) {
		if (m == a || !leads_to(m, href))
			continue;
		t = full_title(m);
		if (ends_on(*title, t)) {	/* "Read the article: TITLE" */
			free(*title);
			*title = t;
			break;
		}
		free(t);
	}
	free(href);
}
