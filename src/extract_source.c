/*
 * extract_source: the outlet a story names without a 来源： label: an
 * element marked as the source, the site's own name opening or closing a
 * line of the header, a wire release's closing SOURCE line.
 * extract_byline.c asks these after the labels.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_ownname.h"
#include "extract_parts.h"
#include "extract_postnote.h"
#include "extract_pubdate.h"
#include "extract_source.h"
#include "extract_titletag.h"
#include "extract_words.h"
#include "text.h"

/* Is n marked as the source alone (class="source", a portal's
 * "provider" of a syndicated story, or the "agency" an Indian daily
 * credits in its byline: <span class="agency">TNN</span>), not as the
 * author? */
int
is_source_mark(struct hnode *n)
{
	return html_attr_has_any(n, "class", source_classes) && !html_attr_has(n, "class", "author") &&
	    !html_attr_has(n, "rel", "author") && !html_attr_has(n, "itemprop", "author");
}

#define SOURCE_MAX 20	/* characters of an outlet's name */

/* The source a portal marks up with no label: a short bare name in an
 * element of class "source" between the headline and the body
 * (<span class="date">…</span> <a class="source">青屿日报</a>), or of a
 * portal's "provider" (the outlet a syndicated story came from). */
char *
marked_source(struct ctx *c)
{
	struct elinfo *body = c->body_node ? el_info(c, c->body_node) : NULL;

	for (size_t i = 0; body != NULL && i < c->marked.n; i++) {
		struct hnode *n = c->marked.v[i];
		struct elinfo *e = el_info(c, n);
		char *t;

		/* an inline element's range may be empty: the line it
		 * stands in is counted when the line ends */
		if (!is_source_mark(n) || e == NULL ||
		    (c->title_seg < c->nsegs && e->first <= c->title_seg) || e->first > body->first)
			continue;
		t = html_text(n);
		/* a name, not the label alone (来源) nor 本站原创 */
		if (utf8_chars(t) >= 2 && utf8_chars_upto(t, SOURCE_MAX + 1) <= SOURCE_MAX &&
		    strpbrk(t, ":0123456789") == NULL && strstr(t, "：") == NULL &&
		    starts_any(t, source_labels) == NULL && starts_any(t, not_names) == NULL)
			return t;
		free(t);
	}
	return NULL;
}

#define SITE_NAME_MAX 12	/* characters of a paper's name */
#define SITE_LINES 24		/* lines read between the headline and the body */

/* Is the squeezed name of two CJK characters or more alone? */
static int
cjk_name(const char *name)
{
	for (const char *p = name; *p != '\0'; p++)
		if ((unsigned char)*p < 0x80)
			return 0;
	return utf8_chars(name) >= 2;
}

/* Is the squeezed name, of CJK characters alone, a whole part of <title>? */
static int
title_names_site(const char *title, const char *name)
{
	return cjk_name(name) && title_site_part(title, name, 0) != 0;
}

/* Does the headline itself open on name and a colon ("澄川：万亩油茶迎丰收",
 * as a county's media put their place before a headline)?  <title>, the
 * headline again, then holds the name as a part of its own: the place,
 * no site's name. */
static int
headline_place(const char *headline, const char *name)
{
	size_t n = strlen(name);

	return headline != NULL && strncmp(headline, name, n) == 0 &&
	    (str_starts(headline + n, "：") || headline[n] == ':');
}

/* The site's name among the first or the last SITE_NAME_MAX characters
 * of the squeezed line sq, new, or NULL; no place the headline opens on. */
static char *
site_at_ends(const char *title, const char *sq, const char *headline)
{
	const char *p = sq, *q = sq + strlen(sq);
	char *head = NULL;

	for (int k = 0; k < SITE_NAME_MAX && *p != '\0'; k++) {
		do	/* one character more at each end */
			p++;
		while (((unsigned char)*p & 0xC0) == 0x80);
		do
			q--;
		while (q > sq && ((unsigned char)*q & 0xC0) == 0x80);
		if (title_names_site(title, q) && !headline_place(headline, q))
			return xstrdup(q);
		head = xstrndup(sq, (size_t)(p - sq));
		if (title_names_site(title, head) && !headline_place(headline, head))
			return head;
		free(head);
	}
	return NULL;
}

int
names_own_site(const struct ctx *c, const char *name)
{
	char *tt = title_tag_text(c), *title = tt ? squeeze(tt) : NULL, *sq = squeeze(name);
	int yes = title != NULL && (title_names_site(title, sq) || (strcmp(title, sq) == 0 && cjk_name(sq)));

	free(tt);
	free(title);
	free(sq);
	return yes;
}

/* Is the name the account a blog platform posts under, the site's own:
 * the <title> opens on it and a colon ("Highlands Courier: TITLE", as
 * Blogger writes a post's title)?  Such a "Posted by" yields to the
 * reporter's byline atop the text. */
int
names_site_account(const struct ctx *c, const char *name)
{
	char *tt = title_tag_text(c);
	size_t n = strlen(name);
	int yes = tt != NULL && n >= 3 && strncmp(tt, name, n) == 0 && tt[n] == ':' && tt[n + 1] == ' ';

	free(tt);
	return yes;
}

/* Is the name marked as the author the outlet the byline already gives
 * as the source (a platform's account card beside the text names it
 * too)?  No writer: it yields to a role line's reporter (记者 NAME). */
int
names_source(const struct ctx *c, const char *name)
{
	return c->page->source != NULL && name != NULL && strcmp(c->page->source, name) == 0;
}

/* Is the squeezed name sq the section the page's metadata names
 * (article:section; Discourse's og:article:section, a forum's category)?
 * <title> holds a section as a part of its own too ("TITLE - 社区公告 -
 * FORUM"), and a category's badge stands under the headline: no outlet. */
static int
meta_section(struct ctx *c, const char *sq)
{
	static const char *const props[] = {"article:section", "og:article:section", NULL};
	int yes = 0;

	for (const char *const *p = props; *p && !yes; p++) {
		char *v = meta_content(c, "property", *p);

		if (v != NULL) {
			squeeze_in_place(v);
			yes = strcmp(v, sq) == 0;
		}
		free(v);
	}
	return yes;
}

/* Does og:site_name name the site as another whole part of <title>
 * than the squeezed sq (a forum's "TOPIC - 屋邨消息 - SITE")?  Then sq,
 * the byline's "發表於 FORUM", is the section the post went in. */
static int
site_named_apart(struct ctx *c, const char *title, const char *sq)
{
	char *site = meta_content(c, "property", "og:site_name");
	int yes = 0;

	if (site != NULL) {
		squeeze_in_place(site);
		yes = strstr(site, sq) == NULL && strstr(sq, site) == NULL && title_names_site(title, site);
	}
	free(site);
	return yes;
}

/* The site's name, a whole part of <title> ("…｜老街的修鞋摊 - 南屿晚报"),
 * opening or closing a short line between the headline and the body: a
 * byline that names its paper unlabelled (文 / 陶然2024-05-12 07:00南屿晚报). */
char *
shown_site_source(struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info(c, c->body_node) : NULL;
	char *tt = title_tag_text(c), *title = tt ? squeeze(tt) : NULL, *found = NULL;

	for (size_t i = c->title_seg + 1; title && e && i < e->first && i < c->nsegs &&
	    i <= c->title_seg + SITE_LINES && !found; i++) {
		char *sq;

		if (utf8_chars_upto(c->segs[i].text, META_LINE_MAX + 1) > META_LINE_MAX)
			continue;
		sq = squeeze(c->segs[i].text);
		found = site_at_ends(title, sq, c->page->title);
		free(sq);
		if (found != NULL && (meta_section(c, found) || site_named_apart(c, title, found))) {
			free(found);
			found = NULL;
		}
	}
	free(tt);
	free(title);
	return found != NULL ? found : og_site_shown(c);
}

/* An e-paper's story is its paper's own: the page of its print edition
 * labels no 来源, and <title> names the paper before the e-paper's mark
 * (柘江日报数字报-HEADLINE).  The name runs back from the mark over CJK
 * characters to the title's start or a separator, and ends in 报. */
char *
epaper_source(const struct ctx *c)
{
	char *tt = title_tag_text(c), *found = NULL;

	for (const char *const *m = epaper_marks; tt != NULL && *m && found == NULL; m++) {
		const char *at = strstr(tt, *m), *p = at;
		int k = 0;

		while (p != NULL && p - tt >= 3 && k < 12 && (unsigned char)p[-3] >= 0xE4 &&
		    (unsigned char)p[-3] <= 0xE9 && (unsigned char)p[-2] >= 0x80) {
			p -= 3;
			k++;
		}
		/* the walk stops at the start or a separator, not mid-sentence */
		if (at != NULL && k >= 3 && k < 12 &&
		    (memcmp(at - 3, "报", 3) == 0 || memcmp(at - 3, "報", 3) == 0))
			found = xstrndup(p, (size_t)(at - p));
	}
	free(tt);
	return found != NULL ? found : own_paper_titled(c);
}

/* The body that issued a release, as its metadata list names it: a term
 * "From:" standing alone with the name in the next cell (gov.uk's
 * <dt>From:</dt><dd>Wexcombe Borough Council</dd>).  An inline "From: …"
 * is no such list's and names nothing. */
char *
issuer_source(const struct ctx *c, const struct meta_win *w)
{
	for (size_t i = w->first; i < w->end; i = win_next(w, i)) {
		const char *cell = next_cell(c, i, issuer_labels, 1);

		if (cell != NULL)
			return label_value(cell);
	}
	return NULL;
}

/* The sender a wire release's closing "SOURCE NAME" line names. */
char *
release_sender(const struct ctx *c, const struct meta_win *w)
{
	char *v = NULL;

	for (size_t i = w->end; i > w->first && i + META_TAIL > w->end && v == NULL; i--)
		v = release_source(c->segs[i - 1].text);
	return v;
}

char *
from_field_source(const char *line)
{
	const char *v;

	/* a cleaned line has a space at most beside each character: past
	 * this many bytes it is longer than a line of fields, and is not
	 * searched (a damaged page may be one line of megabytes) */
	if (strnlen(line, META_LINE_MAX * 5 + 2) > META_LINE_MAX * 5 + 1 ||
	    find_any(line, from_labels) == NULL ||
	    utf8_chars_upto(line, META_LINE_MAX + 1) > META_LINE_MAX ||
	    (v = labelled_at(line, from_labels)) == NULL ||
	    labelled_at(line, author_labels) == NULL)
		return NULL;
	return label_value(v);
}

/* A portal article's "来自: PAPER" in the line of its fields, or a
 * repost's opening "转载自 OUTLET" (extract_postnote.c). */
char *
portal_from_source(const struct ctx *c, const struct meta_win *w)
{
	char *v = NULL;

	for (size_t i = w->first; i < w->end && v == NULL; i = win_next(w, i))
		if ((v = from_field_source(c->segs[i].text)) == NULL)
			v = repost_source(c->segs[i].text);
	return v;
}
