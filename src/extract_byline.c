/*
 * extract_byline: source, author, editor and the time of publication.
 *
 * Byline fields are read from the short lines between the headline and
 * the end of the body, by label (来源：, 作者：, 责任编辑：), or from the
 * next cell of a metadata table.  The date is extract_pubdate.c's.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_authorlink.h"
#include "extract_avatarname.h"
#include "extract_closing.h"
#include "extract_dom.h"
#include "extract_issuer.h"
#include "extract_marked.h"
#include "extract_metaname.h"
#include "extract_ownlabel.h"
#include "extract_papercredit.h"
#include "extract_poster.h"
#include "extract_parts.h"
#include "extract_pubdate.h"
#include "extract_source.h"
#include "extract_titletag.h"
#include "extract_words.h"
#include "text.h"

/* Is segment i a table's header cell before a data cell (發布單位 |
 * 社會課), the header cell the label's colon?  Not one over a header row
 * (來源 | 日期 over the values' row). */
static int
header_cell(const struct ctx *c, size_t i)
{
	return i + 1 < c->nsegs && html_is(seg_block(c, &c->segs[i]), "th") &&
	    html_is(seg_block(c, &c->segs[i + 1]), "td");
}

/* The value of the first of labels in the window's short lines or in the
 * cell after one; with names, every name an author's label credits. */
static char *
scan_label(const struct ctx *c, const struct meta_win *w, const char *const *labels, int names)
{
	for (size_t i = w->first; i < w->end; i = win_next(w, i)) {
		const char *cell, *t = c->segs[i].text;
		char *v;

		if (utf8_chars_upto(t, META_LINE_MAX + 1) > META_LINE_MAX || seg_in_caption(c, i))
			continue;	/* a caption's "(Source: KQTV)" credits its picture */
		if ((v = names ? find_labelled_names(t, labels) : find_labelled(t, labels)) != NULL)
			return blank_field(v);
		if ((cell = next_cell(c, i, labels, !header_cell(c, i) && !label_block(c, i))) != NULL &&
		    (v = names ? label_names(cell) : label_value(cell)) != NULL)
			return blank_field(v);
	}
	return NULL;
}

/* The names after a label that opens a short line of the window (报道：
 * 陈慧玲　摄影：林家豪), or in the cell after the label standing alone, as
 * a CMS's inline field prints it (报道 | 许雅婷, its colon drawn by a
 * style sheet), or NULL. */
static char *
scan_line_label(const struct ctx *c, const struct meta_win *w, const char *const *labels)
{
	for (size_t i = w->first; i < w->end; i = win_next(w, i)) {
		const char *cell, *t = c->segs[i].text, *l = starts_any(t, labels);
		char *v;

		if (l != NULL && colon_at(t + strlen(l)) > 0 &&
		    utf8_chars_upto(t, META_LINE_MAX + 1) <= META_LINE_MAX)
			return label_names(after_colon(t + strlen(l)));
		if (l != NULL && (cell = next_cell(c, i, labels, 0)) != NULL)
			return label_names(cell);
		if (l == NULL && utf8_chars_upto(t, META_LINE_MAX + 1) <= META_LINE_MAX &&
		    (v = field_label_names(t, labels)) != NULL)
			return v;	/* a field of a line of them, after a blank */
	}
	return NULL;
}

/* The writer of a short line's "文：NAME　图：MAKER" pair (a school's news
 * page between its date and its count), or NULL. */
static char *
scan_writer_pair(const struct ctx *c, const struct meta_win *w)
{
	for (size_t i = w->first; i < w->end; i = win_next(w, i)) {
		const char *t = c->segs[i].text;
		char *v;

		if (utf8_chars_upto(t, META_LINE_MAX + 1) <= META_LINE_MAX && !seg_in_caption(c, i) &&
		    (v = writer_pair_name(t)) != NULL)
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
		char *v = find_labelled(t, editor_labels);

		if (v != NULL || (v = spaced_editor(t)) != NULL)
			return v;
	}
	return NULL;
}


#define BYLINE_MAX 100	/* characters: "By Kate Lawson · Updated April 9 2024 - 9:10am, ..." */

/* Does the role r end in a space or a slash (文 / , 文／)? */
static int
ends_in_mark(const char *r)
{
	size_t n = strlen(r), w = strlen("／");

	return r[n - 1] == ' ' || r[n - 1] == '/' || (n >= w && strcmp(r + n - w, "／") == 0);
}

/* The body's first segment that is not a byline line: a portal's
 * 原标题： line may stand above the dateline paragraph (本报讯（记者 …）);
 * under the headline when the body's block holds it (a weekly's date
 * above the headline is no story). */
static size_t
first_story_seg(const struct ctx *c, const struct elinfo *e)
{
	size_t i = c->title_seg >= e->first && c->title_seg + 1 < e->end ? c->title_seg + 1 : e->first;

	while (i + 1 < e->end && is_meta_line(c->segs[i].text))
		i++;
	return i;
}

/* A byline line of its own under the headline, a role and a name with
 * no colon: "本报记者　何雨桐" (e-papers), "By Dana Whitfield", "By Kate
 * Lawson · Posted 3 hours ago" (the name ends at the separator); every
 * name of a line of roles and names: "江潮新闻记者 程书远 通讯员 雷佳"
 * gives "程书远 雷佳"; and those the first paragraph's dateline credits
 * (本报讯（记者 陈立）…). */
static char *
role_line_author(const struct ctx *c, const struct meta_win *w)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;
	size_t story = e != NULL ? first_story_seg(c, e) : 0;

	/* a picture's caption over the dateline's paragraph (〔記者…〕) */
	story += e != NULL && story + 1 < e->end && after_picture(c, story);
	for (size_t i = w->title; e != NULL && i < w->end && i <= story; i = win_next(w, i)) {
		const char *t = c->segs[i].text, *r = starts_any(t, byline_roles);
		char *names;

		if (i != c->title_seg && ((names = credit_line_names(t)) != NULL ||
		    (names = dateline_credit(t)) != NULL))
			return names;
		if (r != NULL && i != c->title_seg && utf8_chars_upto(t, BYLINE_MAX + 1) <= BYLINE_MAX) {
			const char *p = t + strlen(r);

			p += strspn(p, " ");
			/* the role ends in a space or a slash, or spaces follow it */
			if (p > t + strlen(r) || ends_in_mark(r)) {
				const char *r2 = ends_in_mark(r) ? starts_any(p, byline_roles) : NULL;

				/* a writer's mark before the paper's role (文/本刊记者 NAME) */
				if (r2 != NULL && (unsigned char)*r2 >= 0x80 && p[strlen(r2)] == ' ')
					p += strlen(r2) + 1;
				if ((names = byline_name_at(p)) != NULL || starts_any(t, submitter_roles) == NULL)
					return names;	/* "Submitted by admin on DATE": a byline may follow */
			}
		}
	}
	return NULL;
}

/* A credit inside a byline's line of other fields, between the headline
 * and the story: spans run together (来源：南屿财经网记者 柯文涛 实习生
 * 钟语桐), or one short line of outlet, date and 本报记者 NAME. */
static char *
meta_line_credit(const struct ctx *c, const struct meta_win *w)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;
	size_t story = e != NULL ? first_story_seg(c, e) : 0;

	for (size_t i = w->title; e != NULL && i < w->end && i < story; i = win_next(w, i)) {
		const char *t = c->segs[i].text;
		char *names;

		if (i != c->title_seg && utf8_chars_upto(t, META_LINE_MAX + 1) <= META_LINE_MAX &&
		    ((names = inline_credit(t)) != NULL || (names = slashed_writer(t)) != NULL ||
		    (names = fielded_by(t)) != NULL))
			return names;
	}
	return NULL;
}

#define POST_HEADER_LINES 4	/* lines over the headline a post header spans */
#define NAME_LINE_CHARS 20	/* a name alone on its line, no sentence */
#define BYLINE_BLOCK_LINES 8	/* lines under the headline a byline block may start */

/* Is n, or an element a few levels above it, a byline's block by its
 * class, id or component name (byline-block, contributors)? */
static int
in_byline_block(struct hnode *n)
{
	static const char *const attrs[] = {"class", "id", "data-component", "data-testid", NULL};

	for (int up = 0; n != NULL && up < 4; up++, n = n->parent)
		for (const char *const *a = attrs; *a; a++)
			if (html_attr_has_any(n, *a, byline_classes))
				return 1;
	return 0;
}

/* A name alone on its line, no "By" before it, in a byline's block just
 * under the headline (a broadcaster's byline: the name, then the role on
 * a line of its own). */
static char *
bare_byline_name(const struct ctx *c)
{
	for (size_t i = c->title_seg + 1; i < c->nsegs && i <= c->title_seg + BYLINE_BLOCK_LINES; i++) {
		const struct seg *s = &c->segs[i];
		char *name;

		if (s->chars > 40 || !in_byline_block(seg_block(c, s)))
			continue;
		if ((name = byline_name_at(s->text)) != NULL && name_line(s->text, name))
			return name;
		free(name);
	}
	return NULL;
}

/* A commentator's role opening a line between the headline and the story
 * with no name after it (本报评论员  2024-06-18 06:40  来源：…): a 评论员文章
 * is signed by the role, which is then the author. */
static char *
commentator_author(const struct ctx *c, const struct meta_win *w)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;
	size_t story = e != NULL ? first_story_seg(c, e) : 0;

	for (size_t i = w->title; e != NULL && i < w->end && i < story; i = win_next(w, i)) {
		const char *t = c->segs[i].text, *r = starts_any(t, commentator_roles), *p;

		if (i == c->title_seg || r == NULL)
			continue;
		p = t + strlen(r);
		if (*p != '\0' && *p != ' ')
			continue;
		p += strspn(p, " ");
		if ((unsigned char)*p < 0x80)	/* the end, a date: no name after the role */
			return xstrdup(r);
	}
	return NULL;
}

/* The outlet the story's dateline names (【港島日報專訊】…), for a page
 * whose byline labels no source. */
static char *
dateline_source(struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info(c, c->body_node) : NULL;

	if (e == NULL || e->first >= e->end)
		return NULL;
	return dateline_outlet(c->segs[first_story_seg(c, e)].text);
}

/* The name marked as the author: the outlet's own is its source (北湖新闻
 * atop its app's share page; the reporters are credited below); a
 * desk's account (编辑部, as a weekly's WordPress posts its stories)
 * yields to the reporter a role line atop the text credits (本报记者 NAME). */
static void
marked_name(struct ctx *c, const struct meta_win *w)
{
	char *credit;

	if (names_own_site(c, c->page->author)) {
		if (c->page->source == NULL)
			c->page->source = c->page->author;
		else
			free(c->page->author);
		c->page->author = NULL;
	} else if ((is_desk_account(c->page->author) || names_site_account(c, c->page->author) ||
	    names_source(c, c->page->author)) && (credit = role_line_author(c, w)) != NULL) {
		free(c->page->author);
		c->page->author = credit;
	}
}

/* A short line that gives a date (2026年1月12日, Jan 12, 2026). */
static int
dated_line(const char *t)
{
	char *d = utf8_chars_upto(t, NAME_LINE_CHARS + 1) <= NAME_LINE_CHARS ?
	    line_date(t, 0, DATE_ZONE) : NULL;

	free(d);
	return d != NULL;
}

/* A blog builder's post header over the headline (Wix's, Medium's): the
 * author's name alone on its line, then the date, then the reading time
 * (郑晓峰 / 2026年1月12日 / 阅读时长 2 分钟).  A name over a date with no
 * reading time under it may be anything's: a section's, a top bar's. */
static char *
post_header_author(const struct ctx *c)
{
	size_t t = c->title_seg;

	for (size_t i = t > POST_HEADER_LINES ? t - POST_HEADER_LINES : 0; t < c->nsegs && i + 2 < t; i++) {
		const struct seg *s = &c->segs[i];

		if (is_reading_time(c->segs[i + 2].text) && dated_line(c->segs[i + 1].text) &&
		    s->chars <= NAME_LINE_CHARS && !strpbrk(s->text, "0123456789") &&
		    !is_meta_line(s->text))
			return xstrdup(s->text);
	}
	return NULL;
}

void
extract_byline(struct ctx *c)
{
	struct meta_win w = meta_window(c);
	char *credit;

	c->page->source = source_under_title(c, &w, scan_label(c, &w, source_labels, 0));
	if (c->page->source == NULL)
		c->page->source = portal_from_source(c, &w);
	if (c->page->source == NULL)
		c->page->source = dateline_source(c);
	if (c->page->source == NULL)
		c->page->source = marked_source(c);
	if (c->page->source == NULL)
		c->page->source = release_sender(c, &w);
	if (c->page->source == NULL)
		c->page->source = issuer_source(c, &w);
	if (c->page->source == NULL)
		c->page->source = shown_site_source(c);
	if (c->page->source == NULL)
		c->page->source = epaper_source(c);
	c->page->author = scan_label(c, &w, author_labels, 1);
	if (c->page->author != NULL && is_posting_account(c->page->author) &&
	    (credit = role_line_author(c, &w)) != NULL) {
		/* 作者：青岑城市频道 over 文/青岑晚报记者 石蕾, 作者：编辑部 over 本报
		 * 某地讯（记者 NAME）: the account posted it, the reporter wrote it */
		free(c->page->author);
		c->page->author = credit;
	}
	if (c->page->author == NULL && (c->page->author = marked_author(c)) != NULL)
		marked_name(c, &w);
	if (c->page->author == NULL)
		c->page->author = role_line_author(c, &w);
	if (c->page->author == NULL)
		c->page->author = meta_line_credit(c, &w);
	if (c->page->author == NULL)
		c->page->author = closing_credit(c);
	if (c->page->author == NULL)
		c->page->author = shown_meta_author(c, &w);
	if (c->page->author == NULL)
		c->page->author = scan_line_label(c, &w, report_labels);
	if (c->page->author == NULL)
		c->page->author = scan_writer_pair(c, &w);
	if (c->page->author == NULL)
		c->page->author = bare_byline_name(c);
	if (c->page->author == NULL)
		c->page->author = commentator_author(c, &w);
	if (c->page->author == NULL)
		c->page->author = scan_label(c, &w, writer_labels, 1);
	if (c->page->author == NULL)
		c->page->author = linked_author(c);
	if (c->page->author == NULL)
		c->page->author = poster_author(c);
	if (c->page->author == NULL)
		c->page->author = scan_label(c, &w, photo_labels, 1);
	if (c->page->author == NULL && c->body_node != NULL)
		c->page->author = follow_card_author(c, w.title, el_info(c, c->body_node)->first);
	if (c->page->author == NULL)
		c->page->author = post_header_author(c);
	if (c->page->author == NULL)
		c->page->author = avatar_name_author(c);
	if (c->page->author == NULL)
		c->page->author = schema_author(c);
	if (c->page->author == NULL)
		c->page->author = meta_named_author(c);
	c->page->editor = bracketed_editor(c, &w);
	if (c->page->editor == NULL)
		c->page->editor = scan_label(c, &w, editor_labels, 0);
	c->page->published = byline_published(c, &w);
}
