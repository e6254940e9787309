/*
 * extract_byline: source, author, editor and the time of publication.
 *
 * Byline fields are read from the short lines between the headline and
 * the end of the body, by label (来源：, 作者：, 责任编辑：), or from the
 * next cell of a metadata table; the date falls back on <meta>,
 * schema.org and <time>.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_parts.h"
#include "extract_words.h"
#include "text.h"

#define META_LINE_MAX 160	/* characters: longer lines are prose */

/* Is t a label standing alone, "发布日期：", whose value is the next cell
 * of a table (government sites lay their metadata out so)? */
static int
is_bare_label(const char *t, const char *const *labels)
{
	char *sq = squeeze(t);
	size_t n = strlen(sq);
	int bare = 0;

	if (n >= 3 && strcmp(sq + n - 3, "：") == 0)
		n -= 3;
	else if (n >= 1 && sq[n - 1] == ':')
		n -= 1;
	else
		n = 0;
	for (const char *const *l = labels; n > 0 && *l && !bare; l++)
		bare = n == strlen(*l) && strncmp(sq, *l, n) == 0;
	free(sq);
	return bare;
}

/* The segment after i, when the label at i stands alone. */
static const char *
next_cell(const struct ctx *c, size_t i, const char *const *labels)
{
	if (i + 1 >= c->nsegs || !is_bare_label(c->segs[i].text, labels) ||
	    utf8_chars_upto(c->segs[i + 1].text, 61) > 60)
		return NULL;
	return c->segs[i + 1].text;
}

static char *
scan_label(const struct ctx *c, const struct meta_win *w, const char *const *labels)
{
	for (size_t i = w->first; i < w->end; i = win_next(w, i)) {
		const char *cell;
		char *v;

		if (utf8_chars_upto(c->segs[i].text, META_LINE_MAX + 1) > META_LINE_MAX)
			continue;
		if ((v = find_labelled(c->segs[i].text, labels)) != NULL)
			return v;
		if ((cell = next_cell(c, i, labels)) != NULL && (v = label_value(cell)) != NULL)
			return v;
	}
	return NULL;
}

/* Editors also appear as [编辑:X], 【责任编辑：X】 at the end of the body. */
static char *
bracketed_editor(const struct ctx *c, const struct meta_win *w)
{
	for (size_t i = w->end; i > w->first && i + META_TAIL > w->end; i--) {
		const char *t = c->segs[i - 1].text;
		const char *p = strstr(t, "编辑") ? strstr(t, "编辑") : strstr(t, "編輯");

		if (p == NULL || utf8_chars_upto(t, 41) > 40)
			continue;
		char *v = find_labelled(p, editor_labels);

		if (v != NULL)
			return v;
	}
	return NULL;
}

static char *
labelled_date(const struct ctx *c, const struct meta_win *w, const char *const *labels)
{
	char *d;

	for (size_t i = w->first; i < w->end; i = win_next(w, i)) {
		const char *t = c->segs[i].text;

		if (utf8_chars_upto(t, META_LINE_MAX + 1) > META_LINE_MAX)
			continue;
		for (const char *const *l = labels; *l; l++)
			if (strstr(t, *l) && (d = extract_date(strstr(t, *l), c->fetched)))
				return d;
		if ((t = next_cell(c, i, labels)) != NULL && (d = extract_date(t, c->fetched)))
			return d;
	}
	return NULL;
}

/* schema.org datePublished: an itemprop attribute or JSON-LD. */
static char *
schema_date(struct ctx *c)
{
	char *v = meta_content(c, "itemprop", "datePublished"), *d = extract_date(v, 0);

	free(v);
	for (size_t i = 0; i < c->marked.n && d == NULL; i++) {
		xmlNodePtr n = c->marked.v[i];

		if (!html_attr_has(n, "itemprop", "datePublished"))
			continue;
		if ((v = html_attr(n, "content")) == NULL && (v = html_attr(n, "datetime")) == NULL)
			v = html_text(n);
		d = extract_date(v, 0);
		free(v);
	}
	for (size_t i = 0; i < c->ldjson.n && d == NULL; i++) {
		xmlNodePtr n = c->ldjson.v[i];
		const char *p;

		if (n->children == NULL || n->children->content == NULL)
			continue;
		p = strstr((const char *)n->children->content, "\"datePublished\"");
		if (p != NULL && strlen(p) > 16)
			d = extract_date(p + 15, 0);
	}
	return d;
}

static char *
published_date(struct ctx *c, const struct meta_win *w)
{
	static const char *const meta_names[][2] = {
		{"property", "article:published_time"}, {"name", "PubDate"},
		{"name", "pubdate"}, {"name", "publishdate"}, {"itemprop", "datePublished"},
		{"name", "OriginalPublicationDate"}, {"name", "publish_time"},
	};
	char *d, *v;

	/* a labelled date near the headline beats everything */
	if ((d = labelled_date(c, w, strong_date_labels)) != NULL ||
	    (d = labelled_date(c, w, date_labels)) != NULL)
		return d;
	struct elinfo *e = c->body_node ? el_info(c, c->body_node) : NULL;
	size_t stop = e ? e->first + 3 : w->end;

	for (size_t i = w->title; i < w->end && i < stop; i = win_next(w, i))
		if (utf8_chars_upto(c->segs[i].text, META_LINE_MAX + 1) <= META_LINE_MAX &&
		    (d = extract_date(c->segs[i].text, c->fetched)) != NULL)
			return d;
	for (size_t i = 0; i < sizeof meta_names / sizeof meta_names[0]; i++) {
		v = meta_content(c, meta_names[i][0], meta_names[i][1]);
		d = extract_date(v, 0);
		free(v);
		if (d)
			return d;
	}
	if ((d = schema_date(c)) != NULL)
		return d;
	for (size_t i = 0; i < c->times.n; i++) {
		v = html_attr(c->times.v[i], "datetime");
		d = extract_date(v, 0);
		free(v);
		if (d)
			return d;
	}
	return NULL;
}

/* "记者 刘晓岚", "文／何听澜", "By Lin Xi": the name without its role. */
static void
strip_role(char *t)
{
	size_t skip = 0;

	for (const char *const *l = author_labels; *l && skip == 0; l++)
		if (str_starts(t, *l) && t[strlen(*l)] == ' ')
			skip = strlen(*l) + 1;
	for (const char *const *r = author_roles; *r && skip == 0; r++)
		if (str_starts(t, *r) && t[strlen(*r)] != '\0')
			skip = strlen(*r);
	memmove(t, t + skip, strlen(t + skip) + 1);
}

/* A byline marked up rather than labelled: rel=author, itemprop=author,
 * class="author" (WordPress, most themes). */
static char *
marked_author(struct ctx *c)
{
	for (size_t i = 0; i < c->marked.n; i++) {
		xmlNodePtr n = c->marked.v[i];
		char *t;

		if (html_attr_has(n, "itemprop", "datePublished") || html_attr_has(n, "class", "comment"))
			continue;
		if (html_ancestor(n, "footer", 6) != NULL)
			continue;
		t = html_text(n);
		if (*t != '\0' && utf8_chars_upto(t, 21) <= 20 && !is_meta_line(t)) {
			strip_role(t);
			return t;
		}
		free(t);
	}
	return NULL;
}

/* A date shown without its time (or seconds) gains the precision of the
 * page's own
 * machine-readable date (<time datetime>, schema.org) for the same day:
 * "2024年3月22日" with datetime="2024-03-22T09:15:00+08:00" is 09:15:00. */
static char *
refine_date(struct ctx *c, char *shown)
{
	char *exact = NULL;

	if (shown == NULL || strlen(shown) >= 19)
		return shown;
	for (size_t i = 0; i < c->times.n && exact == NULL; i++) {
		xmlNodePtr n = c->times.v[i];
		char *v;

		if (html_attr_has(n, "class", "updated") ||
		    html_attr_has(n, "class", "modified"))
			continue;
		v = html_attr(n, "datetime");
		exact = extract_date(v, 0);
		free(v);
		if (exact != NULL && strncmp(exact, shown, strlen(shown)) != 0) {
			free(exact);
			exact = NULL;
		}
	}
	if (exact == NULL)
		exact = schema_date(c);
	if (exact != NULL && strncmp(exact, shown, strlen(shown)) == 0 &&
	    strlen(exact) > strlen(shown)) {
		free(shown);
		return exact;
	}
	free(exact);
	return shown;
}

void
extract_byline(struct ctx *c)
{
	struct meta_win w = meta_window(c);

	c->page->source = scan_label(c, &w, source_labels);
	c->page->author = scan_label(c, &w, author_labels);
	if (c->page->author == NULL)
		c->page->author = marked_author(c);
	c->page->editor = bracketed_editor(c, &w);
	if (c->page->editor == NULL)
		c->page->editor = scan_label(c, &w, editor_labels);
	c->page->published = refine_date(c, published_date(c, &w));
}
