/*
 * extract_title: the headline.
 *
 * The headline is the heading that the <title> or og:title confirms: sites
 * append their name to <title>, so the heading that is a part of it is the
 * headline, and a heading that is the site's part of it (a logo) is not.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_wikiname.h"
#include "extract_dom.h"
#include "extract_heading.h"
#include "extract_parts.h"
#include "extract_titletag.h"
#include "extract_words.h"
#include "text.h"

/* The rank of an h1-h6 (1 to 6); 0 for any other element. */
static int
heading_rank(struct hnode *n)
{
	const char *name = (const char *)n->name;

	if (name != NULL && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0')
		return name[1] - '0';
	return 0;
}

static int
is_title_candidate(struct hnode *n)
{
	static const char *const boxes[] = {"div", "p", "span", "td", "strong",
		"font", "b", "header", NULL};
	/* class or id words: div.tit, span#PRHeadlineSpan (a government
	 * press release's headline in a span of its own) */
	static const char *const classes[] = {"tit", "headline", NULL};
	const char *name = (const char *)n->name;

	if (n->type != XML_ELEMENT_NODE || name == NULL)
		return 0;
	/* h1 to h6, td, th: read by letters, this runs for every element */
	if (heading_rank(n) != 0 || (name[0] == 't' && (name[1] == 'd' || name[1] == 'h') &&
	    name[2] == '\0'))
		return 1;
	if (n->attrs == NULL)
		return 0;
	for (const char *const *b = boxes; *b; b++)
		if (html_is(n, *b))	/* one class lookup for both words */
			return html_attr_has_any(n, "class", classes) || html_attr_has_any(n, "id", classes) ||
			    big_font_heading(n);
	return 0;
}

/* Words at most in a heading that is a label of the page (Libraries,
 * Club news, About This Site) rather than a headline, when neither <title>
 * nor og:title holds it: headlines say what happened, in more words. */
#define LABEL_WORDS 3

/* Does the element start just above the body (or at its top)? */
static int
near_body(const struct title_hint *h, const struct elinfo *e)
{
	return e->first <= h->body_first + 2 && e->first + 40 >= h->body_first;
}

/* Does the anchor a lead to the page itself?  A forum's topic title or a
 * blog's headline links to its own page (phpBB's h2.topic-title): no
 * teaser's link to another story. */
static int
links_here(const struct ctx *c, struct hnode *a)
{
	char *u = anchor_url(c, a);
	int yes = u != NULL && same_page(c, u);

	free(u);
	return yes;
}

static double
title_score(struct ctx *c, struct hnode *n, const char *text, const struct title_hint *h)
{
	char *sq = squeeze(text);
	struct elinfo *e = el_info(c, n);
	double s = 0;

	/* the site's name (og:site_name) is not the headline */
	if (h->site != NULL && strcasecmp(h->site, sq) == 0) {
		free(sq);
		return -5;
	}
	/* a table cell holds any word of <title> (the issuer, the date): it
	 * is a headline only when it holds most of <title> */
	if (cell_short_of_title(n, sq, h->title)) {
		free(sq);
		return 0;
	}
	if (h->title && strstr(h->title, sq) != NULL) {
		int logo = is_logo(n) || heading_links_up(c, n), site = title_site_part(h->title, sq, logo);

		/* the site's or the section's name in <title> is not the
		 * headline; a logo tells "Site | Headline" from "Headline | Site" */
		if (site == TITLE_MIDDLE || ((site != 0 || strcmp(h->title, sq) == 0) && logo))
			s -= 5;
		else if (site == TITLE_LAST)
			s += 2;	/* a short last part after a longer one: most often the
				 * site's or section's name, a weak confirmation */
		else
			s += 4 + (strcmp(h->title, sq) == 0 ? 0 : 0.5);
	}
	if (h->og && strcmp(h->og, sq) == 0)
		s += 4;
	else if (h->og && strstr(h->og, sq) != NULL)
		s += 2;
	else if (s == 0 && h->title != NULL && heading_few_words(text, LABEL_WORDS))
		s -= 3;	/* a label (News, Club news) that <title> does not hold */
	if (html_is(n, "h1") || html_attr_has(n, "class", "headline"))
		s += 2;
	else if (html_is(n, "h2"))
		s += 1;
	if (html_ancestor(n, "a", 3) != NULL || (n->children && is_anchor(n->children) &&
	    n->children->next == NULL && !links_here(c, n->children)))
		s -= 1.5;
	if (e != NULL && c->body_node != NULL) {
		if (near_body(h, e))
			s += 1.5;
		else if (e->first >= h->body_end)
			s -= 2;
	}
	free(sq);
	return s;
}

/* A headline split over two elements (a subtitle "——…" in a <div> that
 * the parser moved out of the <p>): joined when <title> holds both. */
static char *
title_continued(struct ctx *c, struct hnode *best, char *text, const char *title)
{
	struct elinfo *e = el_info(c, best);
	char *joined, *sq;

	if (title == NULL || e == NULL || e->end >= c->nsegs)
		return text;
	joined = heading_join(text, c->segs[e->end].text);
	sq = squeeze(joined);
	if (strstr(title, sq) != NULL && utf8_chars_upto(c->segs[e->end].text, 2) >= 2) {
		free(text);
		text = joined;
	} else {
		free(joined);
	}
	free(sq);
	return text;
}

/* Is t, squeezed, the whole text of a segment of the page? */
static int
shown_on_page(const struct ctx *c, const char *t)
{
	char *sq = squeeze(t);
	int yes = 0;

	for (size_t i = 0; i < c->nsegs && !yes; i++) {
		char *seg = squeeze(c->segs[i].text);

		yes = strcmp(seg, sq) == 0;
		free(seg);
	}
	free(sq);
	return yes;
}

/* Is n a heading of the page's own (see own_heading) that outranks the
 * one kept so far?  A small heading above a larger one is a kicker or a
 * label ("Study text" over the story's name), not the headline. */
static int
outranks(struct hnode *n, struct hnode *own)
{
	int rank = heading_rank(n), kept = own ? heading_rank(own) : 0;

	return own == NULL || (rank != 0 && kept != 0 && rank < kept);
}

/* A heading of the page's own: an h1-h6 or a box of a headline-like
 * class (no plain table cell, which holds anything), just above the body. */
static int
own_heading(struct ctx *c, struct hnode *n, const struct title_hint *h)
{
	struct elinfo *e = el_info(c, n);

	return e != NULL && c->body_node != NULL && near_body(h, e) && !plain_cell(n) &&
	    !side_menu_heading(n, c->body_node);	/* no side menu's */
}

/* A list page's own name: its one <h1>, shown, no logo and no link
 * ("Articles by NAME" over an author's archive that <title> calls "NAME,
 * Author at SITE"); new, or NULL. */
static char *
list_heading(struct ctx *c)
{
	struct hnode *h1 = NULL;
	char *t;
	size_t len;

	for (struct hnode *n = c->root; n != NULL; n = html_next(n, c->root, visible(c, n)))
		if (html_is(n, "h1") && visible(c, n) && !is_offscreen(n)) {
			if (h1 != NULL)
				return NULL;	/* two: neither names the page */
			h1 = n;
		}
	if (h1 == NULL || is_logo(h1) || html_ancestor(h1, "a", 3) != NULL || count_links(h1, 1) > 0 ||
	    (t = heading_text(h1)) == NULL)
		return NULL;
	len = utf8_chars_upto(t, HEADING_MAX + 1);
	if (len < 4 || len > HEADING_MAX) {
		free(t);
		return NULL;
	}
	return t;
}

void
extract_title(struct ctx *c)
{
	struct title_hint h = {0};
	char *tt = title_tag_text(c), *og = declared_title(c);
	char *site = meta_content(c, "property", "og:site_name");
	struct hnode *best = NULL, *own = NULL, *label = NULL, *cell = NULL;
	char *cell_text = NULL;
	char *best_text = NULL, *own_text = NULL;
	int any_confirmed = 0;
	double best_score = 2.9;
	struct elinfo *be = c->body_node ? el_info(c, c->body_node) : NULL;

	if (site == NULL)
		site = meta_content(c, "name", "application-name");
	h.title = tt ? squeeze(tt) : NULL;
	h.og = og ? squeeze(og) : NULL;
	h.site = site ? squeeze(site) : NULL;
	/* a <title> or og:title of the site's name alone confirms nothing
	 * and is no headline: a heading near the body needs no confirming */
	if (h.site != NULL && h.title != NULL && strcasecmp(h.title, h.site) == 0) {
		free(h.title);
		h.title = NULL;
		free(tt);
		tt = NULL;
		best_score = 1.9;
	}
	if (h.site != NULL && h.og != NULL && strcasecmp(h.og, h.site) == 0) {
		free(h.og);
		h.og = NULL;
		free(og);
		og = NULL;
	}
	h.body_first = be ? be->first : 0;
	h.body_end = be ? be->end : 0;
	for (struct hnode *n = c->root; n != NULL; n = html_next(n, c->root, visible(c, n))) {
		char *t;
		size_t len;
		double s;

		if (!is_title_candidate(n) || !visible(c, n) || is_offscreen(n))
			continue;
		if ((t = heading_text(n)) == NULL)
			continue;	/* longer than any headline */
		if (n->name[0] == 't' && cell == NULL && html_is_cell(n)) {
			struct hnode *p = n->prev;

			while (p != NULL && p->type != XML_ELEMENT_NODE)
				p = p->prev;
			if (label != NULL && p == label) {
				cell = n;	/* the cell after 標　　題 */
				cell_text = xstrdup(t);
			} else if (title_label_cell(t)) {
				label = n;
			}
		}
		len = utf8_chars_upto(t, HEADING_MAX + 1);
		if (len < 4 && tt != NULL) {
			char *shown = short_heading_title(t, tt);	/* 讣  告 */

			free(t);
			if ((t = shown) == NULL)
				continue;
		} else if (len < 4 || len > HEADING_MAX) {
			free(t);
			continue;
		}
		s = title_score(c, n, t, &h);
		any_confirmed |= hint_confirms(&h, t) && !cell_short_of_title(n, t, h.title);
		if (s <= best_score) {
			if (outranks(n, own) && s >= 1.5 && len >= 6 && own_heading(c, n, &h)) {
				free(own_text);
				own = n;
				own_text = t;
			} else {
				free(t);
			}
			continue;
		}
		free(best_text);
		best_text = t;
		best = n;
		best_score = s;
	}
	/* the app's name in its banner, the whole <title>, over a heading
	 * of the story twice as long that nothing confirms: that heading */
	if (best != NULL && own != NULL && og == NULL && title_names_app(best_text, own_text) &&
	    hint_whole_title(&h, best_text) && el_info(c, own)->first > el_info(c, best)->first) {
		free(best_text);
		best = own;
		best_text = own_text;
		own_text = NULL;
	}
	/* a side menu's heading (<aside><h2>議會新聞</h2>), the section that
	 * <title> and the declared title (a DC.Title) name, is no headline:
	 * the longer heading of the page's own just after it, above the
	 * story, is, and that declared title declares only the section */
	if (best != NULL && own != NULL && side_menu_heading(best, own) &&
	    (og == NULL || same_text(og, best_text)) && utf8_chars(own_text) > utf8_chars(best_text) &&
	    el_info(c, own)->first > el_info(c, best)->first) {
		free(best_text);
		best = own;
		best_text = own_text;
		own_text = NULL;
		free(og);
		og = NULL;
		free(h.og);
		h.og = NULL;
	}
	/* a <title> naming only the site or the section confirms no
	 * heading, its first part nowhere on the page: the heading above
	 * the story is the headline (政府信息公开, 全球資訊網); a large
	 * <font> line opening on that part is left to title_part_shown */
	if (best == NULL && own != NULL && !any_confirmed && og == NULL && tt != NULL) {
		char *first = title_first_part(tt);

		if ((!shown_on_page(c, first) && !(big_font_heading(own) && str_starts(own_text, first))) ||
		    title_names_app(first, own_text)) {
			best = own;
			best_text = own_text;
			own_text = NULL;
		}
		free(first);
	}
	free(own_text);
	/* a field table's headline row (標　　題 | the headline) names the
	 * story when nothing but the whole <title> or the declared title
	 * confirms another heading (縣政新聞 is <title>'s section part) */
	if (cell != NULL && og == NULL && (best == NULL || !hint_whole_title(&h, best_text)) &&
	    utf8_chars_upto(cell_text, HEADING_MAX + 1) >= 6) {
		free(best_text);
		best = cell;
		best_text = cell_text;
		cell_text = NULL;
	}
	free(cell_text);
	if (best_text != NULL && !hint_confirms(&h, best_text))
		best_text = hint_without_bracket_label(&h, best_text);
	c->title_seg = c->nsegs;
	if (best != NULL && el_info(c, best) != NULL) {
		c->title_seg = el_info(c, best)->first;
		best_text = title_continued(c, best, best_text, h.title);
	}
	/* a heading that neither <title> nor the declared title holds won on
	 * its place alone: the page's own declaration is surer */
	if (best_text != NULL && og != NULL && !hint_confirms(&h, best_text)) {
		free(best_text);
		best_text = NULL;
	}
	if (best_text == NULL && c->page->kind == PAGE_LIST)
		best_text = list_heading(c);
	if (best_text == NULL && og != NULL)
		best_text = xstrdup(og);
	if (best_text == NULL && tt != NULL)
		best_text = title_part_shown(c, tt);
	if (best_text != NULL) {
		cut_wiki_namespace(best_text, c->url);	/* "News:TITLE" of a wiki */
		free(c->page->title);
		c->page->title = best_text;
	}
	free(tt);
	free(og);
	free(site);
	free(h.title);
	free(h.og);
	free(h.site);
}
