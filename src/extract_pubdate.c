/*
 * extract_pubdate: the time of publication, for extract_byline.c.  The
 * date the byline shows (by label, or unlabelled right under the headline
 * or on a byline line right under the story), else <meta>, schema.org and
 * <time> (read by extract_machdate.c), else an e-paper's issue, else an
 * update's; with its zone when the page gives one.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_blogdate.h"
#include "extract_dom.h"
#include "extract_find.h"
#include "extract_permadate.h"
#include "extract_pubdate.h"
#include "extract_refine.h"
#include "extract_stampdate.h"
#include "extract_urldate.h"
#include "extract_words.h"
#include "text.h"

/* Is t a label standing alone, "发布日期：", whose value is the next cell
 * of a table (government sites lay their metadata out so)?  A date's
 * label (发文日期, not a weak 时间) may stand without its colon: the cell
 * after it must be a date. */
#define BARE_LABEL_MAX 128	/* bytes of a cell holding a label, spaced out and all */

/* Is sq[0..n), squeezed of its spaces, the label l ("Written by" is
 * "Writtenby" so)? */
static int
squeezed_label(const char *sq, size_t n, const char *l)
{
	size_t k = 0;

	for (; *l != '\0'; l++)
		if (*l != ' ' && (k >= n || sq[k++] != *l))
			return 0;
	return k == n;
}

static int
is_bare_label(const char *t, const char *const *labels, int need_colon)
{
	char *sq;
	size_t n;
	const char *const *l;

	/* every cell is asked: a long one is not copied to learn it is none */
	if (strnlen(t, BARE_LABEL_MAX) == BARE_LABEL_MAX)
		return 0;
	sq = squeeze(t);
	n = strlen(sq);

	if (colon_at_end(sq, n) > 0)
		n -= colon_at_end(sq, n);
	else if (need_colon)
		n = 0;
	for (l = weak_date_labels; *l && sq[n] == '\0'; l++)
		if (strcmp(sq, *l) == 0)
			n = 0;	/* a weak label needs its colon */
	for (l = labels; n > 0 && *l && !squeezed_label(sq, n, *l); l++)
		;
	free(sq);
	return n > 0 && *l != NULL;
}

const char *
next_cell(const struct ctx *c, size_t i, const char *const *labels, int need_colon)
{
	if (i + 1 >= c->nsegs || !is_bare_label(c->segs[i].text, labels, need_colon) ||
	    utf8_chars_upto(c->segs[i + 1].text, 61) > 60)
		return NULL;
	return c->segs[i + 1].text;
}

/* A date and the segment it was read from. */
struct dated {
	char *date;
	size_t seg;
};

/* The first date after one of labels in the window's short lines, or in
 * the cell after such a label standing alone (发布日期 | 2024年03月01日). */
static struct dated
label_scan_date(const struct ctx *c, const struct meta_win *w, const char *const *labels)
{
	struct dated d = {NULL, 0};

	for (size_t i = w->first; i < w->end && d.date == NULL; i = win_next(w, i)) {
		const char *t = c->segs[i].text;

		if (utf8_chars_upto(t, META_LINE_MAX + 1) > META_LINE_MAX)
			continue;
		d.seg = i;
		if (c->times.n > 0 && starts_any(t, labels) != NULL && (d.date = age_in_time(c, i)) != NULL)
			break;
		d.date = labelled_date(t, labels, c->fetched, DATE_ZONE | DATE_ROC);
		if (d.date == NULL && (t = next_cell(c, i, labels, 0)) != NULL)
			d.date = date_here(t, c->fetched, DATE_ZONE | DATE_ROC, NULL);
	}
	return d;
}

/* Where the body's first lines begin: under the headline when the body's
 * block holds it (Joomla's div.item-page: the h2, then dl.article-info's
 * 详细内容 / 分类 / 创建于 lines), else at the body's first line. */
static size_t
body_head(size_t first, size_t title)
{
	return first <= title ? title + 1 : first;
}

/* The first date of a short line from the headline to the body's first
 * lines, unlabelled (2024-03-05 09:30　青禾日报).  Relative words count only
 * in a byline's line: never in the headline or a sentence. */
static struct dated
unlabelled_date(const struct ctx *c, const struct meta_win *w)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;
	size_t stop = e ? body_head(e->first, w->title) + 3 : w->end;
	struct dated d = {NULL, 0}, pictured = {NULL, 0};

	for (size_t i = w->title; i < w->end && i < stop && d.date == NULL; i = win_next(w, i)) {
		const char *t = c->segs[i].text;
		int byline = i != c->title_seg && utf8_chars_upto(t, 41) <= 40;

		if (utf8_chars_upto(t, META_LINE_MAX + 1) > META_LINE_MAX || is_sentence(t) ||
		    find_any(t, other_item_date_words) != NULL)
			continue;	/* 最新推荐文章于 DATE 发布 dates another post */
		if (seg_in_caption(c, i)) {
			/* a lead picture's caption dates the picture: the
			 * story's date only when no line under it gives one */
			if (pictured.date == NULL) {
				pictured.seg = i;
				pictured.date = line_date(t, 0, DATE_ZONE);
			}
			continue;
		}
		d.seg = i;
		if (byline && (d.date = age_in_time(c, i)) != NULL)
			break;
		d.date = line_date(t, byline ? c->fetched : 0, DATE_ZONE);
	}
	if (d.date == NULL)
		return pictured;
	free(pictured.date);
	return d;
}

/* Does the line right above the headline stand in the headline's own
 * header block (a CMS's item header: the date and time, then the
 * headline, as Joomla's K2 and many blog themes set them)? */
static int
shares_header(const struct ctx *c, size_t i, size_t t)
{
	struct hnode *a = seg_block(c, &c->segs[i]), *h = seg_block(c, &c->segs[t]);

	return a != NULL && h != NULL && a != h && (h->parent == a || h->parent == a->parent) &&
	    !html_is(a, "body");
}

/* A date line just above the headline beside a byline field (the year,
 * day and time in spans of their own, 来源：新华网 next to them): the
 * byline set over the headline.  A top bar's date of today
 * (今天是2024年03月06日) stands beside no byline field. */
static struct dated
date_above_title(const struct ctx *c, const struct meta_win *w)
{
	struct dated d = {NULL, 0};
	size_t t = w->title;

	for (size_t i = t > 3 ? t - 3 : 0; i < t && t < c->nsegs && d.date == NULL; i++) {
		const char *s = c->segs[i].text;

		int header;

		if (utf8_chars_upto(s, 41) > 40 || is_sentence(s))
			continue;
		header = i + 1 == t && shares_header(c, i, t);
		if (!header && !((i > 0 && is_meta_line(c->segs[i - 1].text)) ||
		    (i + 1 < t && (is_meta_line(c->segs[i + 1].text) ||
		    is_reading_time(c->segs[i + 1].text)))))
			continue;
		d.seg = i;
		d.date = line_date(s, 0, DATE_ZONE);
		if (header && d.date != NULL && strlen(d.date) <= 10) {
			free(d.date);	/* a day alone over the headline: a top bar's today */
			d.date = NULL;
		}
	}
	return d;
}

static size_t
distance(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* The date a byline shows: by label (a publication's label first), but an
 * unlabelled date and time right under the headline beats a label farther
 * away (a comment's 发表时间, a related item's 时间). */
static char *
shown_date(const struct ctx *c, const struct meta_win *w)
{
	struct dated lab = label_scan_date(c, w, strong_date_labels), un;

	if (lab.date == NULL)
		lab = label_scan_date(c, w, date_labels);
	un = unlabelled_date(c, w);
	if (un.date == NULL)
		un = date_above_title(c, w);
	if (un.date == NULL && (un.date = blog_day(c)) != NULL)
		un.seg = w->title;
	if (lab.date != NULL && (un.date == NULL || strlen(un.date) <= 10 ||
	    distance(lab.seg, w->title) <= distance(un.seg, w->title))) {
		free(un.date);
		return lab.date;
	}
	free(lab.date);
	return un.date;
}

/* An e-paper page dates a story only by the issue in its header, beside
 * the page's mark: "2024年03月06日 星期三　第A07版：乡村振兴". */
static char *
edition_date(const struct ctx *c, const struct meta_win *w)
{
	for (size_t i = 0; i < w->title && i < c->nsegs; i++) {
		if (utf8_chars_upto(c->segs[i].text, 61) > 60 || !is_edition_line(c->segs[i].text))
			continue;
		for (size_t j = i >= 2 ? i - 2 : 0; j <= i + 2 && j < w->title; j++) {
			char *d = utf8_chars_upto(c->segs[j].text, 61) <= 60 ?
			    line_date(c->segs[j].text, 0, DATE_ZONE) : NULL;

			if (d != NULL)
				return d;
		}
	}
	return NULL;
}

/* A byline under the story, as mobile pages put it: an unlabelled date
 * on a line of byline fields just after the body ("2024-04-11 08:36
 * 来源：江陵日报"), or a note's date stamp ("2026-12-01 重庆"). */
static char *
trailing_date(const struct ctx *c, const struct meta_win *w)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;
	char *d = NULL;

	if (e == NULL)
		return NULL;
	for (size_t i = e->end; i < w->end && i < e->end + 3 && d == NULL; i = win_next(w, i))
		if (utf8_chars_upto(c->segs[i].text, META_LINE_MAX + 1) <= META_LINE_MAX &&
		    (is_meta_line(c->segs[i].text) || is_date_stamp(c->segs[i].text)))
			d = line_date(c->segs[i].text, c->fetched, DATE_ZONE);
	return d;
}

/* A press release's closing lines: the date and time on the lines right
 * after its end mark (完, ###), read as one ("2024年5月3日（星期五）" over
 * "香港時間15時20分"). */
static char *
closing_date(const struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;

	for (size_t i = e ? e->first : 0; e != NULL && i + 1 < e->end; i++) {
		char *lines, *d;

		if (!is_end_mark(c->segs[i].text) || utf8_chars_upto(c->segs[i + 1].text, 41) > 40)
			continue;
		lines = i + 2 < e->end && utf8_chars_upto(c->segs[i + 2].text, 41) <= 40 ?
		    xasprintf("%s %s", c->segs[i + 1].text, c->segs[i + 2].text) :
		    xstrdup(c->segs[i + 1].text);
		d = line_date(lines, 0, DATE_ZONE);
		free(lines);
		return d;
	}
	return NULL;
}

/* "更新时间：", "Updated on": the page's only date, as a last resort. */
static char *
updated_date(const struct ctx *c, const struct meta_win *w)
{
	for (size_t i = w->first; i < w->end; i = win_next(w, i)) {
		char *d = utf8_chars_upto(c->segs[i].text, META_LINE_MAX + 1) <= META_LINE_MAX ?
		    labelled_date(c->segs[i].text, update_labels, c->fetched, DATE_ZONE) : NULL;

		if (d != NULL)
			return d;
	}
	return NULL;
}

/* Does line t open with a date of the day of shown (its publication,
 * before the update: "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7 …")? */
static int
opens_with_day(const char *t, time_t now, const char *shown)
{
	char *d = date_find(t, now, DATE_ZONE);
	int same = d != NULL && strncmp(d, shown, 10) == 0;

	free(d);
	return same;
}

/* A shown date of another day than the page's <meta> date yields to an
 * "Updated:" date on the lines under the headline that names the meta's
 * day: an English portal prints its publication so (Updated: 2025-03-14
 * 10:32), and the date it passed over was a caption's or a sentence's
 * (March 13, 2025 in the lead picture's caption).  Not when the update's
 * line opens with the shown date: a CMS that writes its update time into
 * the meta prints the publication first on that line. */
static char *
agreed_update(struct ctx *c, const struct meta_win *w, char *shown)
{
	char *m = meta_date(c), *u = NULL;
	size_t i = w->title, n = 0;

	if (m != NULL && strncmp(m, shown, 10) != 0)
		for (i = win_next(w, i); i < w->end && n < 3 && u == NULL; i = win_next(w, i), n++)
			if (utf8_chars_upto(c->segs[i].text, META_LINE_MAX + 1) <= META_LINE_MAX &&
			    (u = labelled_date(c->segs[i].text, update_labels, c->fetched, DATE_ZONE)) != NULL &&
			    (strncmp(u, m, 10) != 0 || opens_with_day(c->segs[i].text, c->fetched, shown))) {
				free(u);
				u = NULL;
			}
	free(m);
	if (u == NULL)
		return shown;
	free(shown);
	return u;
}

static char *
published_date(struct ctx *c, const struct meta_win *w)
{
	char *d;

	if ((d = shown_date(c, w)) != NULL)
		return agreed_update(c, w, past_update(c, d));
	/* <time class="published">: the date printed, with the page's zone */
	for (size_t i = 0; i < c->times.n; i++)
		if (html_attr_has(c->times.v[i], "class", "published") && (d = time_date(c, i)) != NULL)
			return d;
	if ((d = meta_date(c)) != NULL || (d = schema_date(c)) != NULL)
		return d;
	for (size_t i = 0; i < c->times.n; i++)
		if ((d = time_date(c, i)) != NULL)
			return d;
	if ((d = edition_date(c, w)) != NULL || (d = trailing_date(c, w)) != NULL ||
	    (d = permalink_date(c)) != NULL ||
	    (d = closing_date(c)) != NULL || (d = updated_date(c, w)) != NULL)
		return d;
	return url_date(c->url);
}

char *
byline_published(struct ctx *c, const struct meta_win *w)
{
	return refine_date(c, published_date(c, w));
}
