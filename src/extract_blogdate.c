/*
 * extract_blogdate: a blog's post dated in two places, as Typepad's and
 * Blogger's classic templates print it: the day alone in a date header
 * over the post's block (h2.date-header "Tuesday, March 10, 2026"), the
 * time in the footer under the text ("Posted by NAME at 09:14 AM in
 * CATEGORY").  A day alone over a headline is most often a top bar's
 * today, so it counts only beside a post footer's time.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_blogdate.h"
#include "extract_find.h"
#include "extract_words.h"
#include "html.h"
#include "text.h"
#include "util.h"

#define DAY_LINE_MAX 40		/* characters of "Wednesday, September 30, 2026" */
#define FOOTER_LOOK 3		/* lines after the text a post's footer may start */
#define LINKS_SKIP_MAX 8	/* link lines between the text and its footer */
#define TIME_MAX 8		/* bytes of "12:45 PM" */

/* The time a post footer just after the body gives ("… at 09:14 AM
 * in …"): new, or NULL. */
static char *
footer_time(const struct ctx *c, const struct elinfo *e)
{
	for (size_t i = e->end, stop = post_footer_end(c, e->end); i < stop; i++) {
		const char *t = c->segs[i].text, *at;
		size_t n;

		if (starts_any(t, post_footer_marks) == NULL || (at = strstr(t, " at ")) == NULL)
			continue;
		at += strlen(" at ");
		n = strspn(at, "0123456789:");
		if (n >= 4 && (str_starts(at + n, " AM") || str_starts(at + n, " PM")))
			n += 3;
		if (n >= 4 && n <= TIME_MAX && strchr(at, ':') != NULL && strchr(at, ':') < at + n)
			return xstrndup(at, n);
	}
	return NULL;
}

size_t
post_footer_end(const struct ctx *c, size_t end)
{
	size_t i = end, lines = 0, skipped = 0;

	for (; i < c->nsegs && lines < FOOTER_LOOK; i++)
		if (skipped < LINKS_SKIP_MAX && link_dense(c, i, i + 1, 8))
			skipped++;
		else
			lines++;
	return i;
}

char *
blog_day(const struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;
	size_t t = c->title_seg;
	struct hnode *day, *post;
	char *d, *time, *both;

	if (e == NULL || t == 0 || t >= c->nsegs || utf8_chars_upto(c->segs[t - 1].text,
	    DAY_LINE_MAX + 1) > DAY_LINE_MAX)
		return NULL;
	/* the post's block, holding the headline, right after the day's */
	day = seg_block(c, &c->segs[t - 1]);
	post = day ? html_next_element(day) : NULL;
	if (post == NULL || !contains_node(post, seg_block(c, &c->segs[t])))
		return NULL;
	d = line_date(c->segs[t - 1].text, 0, 0);
	if (d == NULL || strlen(d) != 10 || (time = footer_time(c, e)) == NULL) {
		free(d);
		return NULL;
	}
	both = xasprintf("%s %s", c->segs[t - 1].text, time);
	free(d);
	free(time);
	d = line_date(both, 0, 0);
	free(both);
	return d;
}
