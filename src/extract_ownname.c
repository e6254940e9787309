/*
 * extract_ownname: the site's own name as a story's source (see
 * extract_ownname.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_credmark.h"
#include "extract_find.h"
#include "extract_ownname.h"
#include "extract_pubdate.h"
#include "extract_titletag.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

#define SITE_NAME_MAX 12	/* characters of an outlet's name */
#define OWN_LINES 24		/* lines read from the headline on */

static const char *const paper_ends[] = {"报", "報", NULL};

/* Is s of two to SITE_NAME_MAX CJK characters alone? */
static int
cjk_only(const char *s)
{
	for (const char *p = s; *p != '\0'; p++)
		if ((unsigned char)*p < 0x80)
			return 0;
	return utf8_chars(s) >= 2 && utf8_chars(s) <= SITE_NAME_MAX;
}

#define TEXT_LINE_MIN 8	/* characters of a line of text, no share button's */

/* The last segment read: the body's first two lines of text, where a
 * dateline (本报讯（记者 …）) or a role line stands, or OWN_LINES past
 * the headline.  The short lines before them are read too: a share row
 * (分享, Facebook, Zalo) opening the text's block counts no line. */
static size_t
own_end(const struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;
	size_t end = c->title_seg + 1 + OWN_LINES, i;
	int lines = 0;

	for (i = e != NULL ? e->first : end; i < end && i < c->nsegs && lines < 2; i++)
		lines += utf8_chars_upto(c->segs[i].text, TEXT_LINE_MIN) >= TEXT_LINE_MIN;
	if (i < end)
		end = i;
	return end < c->nsegs ? end : c->nsegs;
}

/* The body's first segment, or nsegs. */
static size_t
body_first(const struct ctx *c)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;

	return e != NULL ? e->first : c->nsegs;
}

char *
og_site_shown(struct ctx *c)
{
	char *site, *found = NULL;

	if (c->title_seg >= c->nsegs || (site = meta_content(c, "property", "og:site_name")) == NULL)
		return NULL;
	squeeze_in_place(site);
	/* the lines above the body: its own first may open on the name
	 * as a sentence's subject (潮声新闻3日发布…) */
	for (size_t i = c->title_seg + 1; cjk_only(site) && i < own_end(c) && i < body_first(c) &&
	    found == NULL; i++) {
		const char *t = c->segs[i].text;
		char *sq;

		/* its first byte turns most lines away */
		if (*t != *site || utf8_chars_upto(t, META_LINE_MAX + 1) > META_LINE_MAX)
			continue;
		sq = squeeze(t);
		if (str_starts(sq, site))
			found = xstrdup(site);
		free(sq);
	}
	free(site);
	return found;
}

#define PLACE_MAX 8	/* characters of the place in 本报布尔诺讯（…） */

/* Does s open on the paper's dateline from a place, 本报布尔诺讯（记者
 * NAME）: 本报, one to PLACE_MAX CJK characters, 讯 and a bracket?
 * 本报资讯部 has no bracket after its 讯. */
static int
place_dateline(const char *s)
{
	static const char *const papers[] = {"本报", "本報", NULL};
	static const char *const marks[] = {"讯（", "訊（", "讯(", "訊(", NULL};
	const char *k = starts_any(s, papers), *p;

	if (k == NULL)
		return 0;
	p = s + strlen(k);
	for (int n = 0; n < PLACE_MAX && cjk_at(p); n++) {
		p += 3;
		if (starts_any(p, marks) != NULL)
			return 1;
	}
	return 0;
}

/* Does s open on the paper's dateline alone in brackets, （本报讯）, 【本报讯】,
 * or with a place, 【本报清莱讯】 (a Southeast Asian daily's opening), or
 * as Macau and Hong Kong dailies print it, 【本報消息】?
 * Only the 讯 form closed by its bracket: a bracketed （本报记者 NAME 摄）
 * is a picture's credit, 【本报资讯部】 a desk, no source. */
static int
bracketed_own_dateline(const char *s)
{
	static const char *const opens[] = {"（本报讯）", "【本报讯】", "（本報訊）", "【本報訊】",
		"[本报讯]", "(本报讯)", NULL};
	static const char *const brackets[] = {"【", "（", NULL};
	static const char *const papers[] = {"本报", "本報", NULL};
	static const char *const closes[] = {"讯】", "訊】", "讯）", "訊）", "消息】", "消息）", NULL};
	const char *k, *p;

	if (starts_any(s, opens) != NULL)
		return 1;
	if ((k = starts_any(s, brackets)) == NULL || (p = s + strlen(k), k = starts_any(p, papers)) == NULL)
		return 0;
	for (p += strlen(k); p - s < 40 && cjk_at(p); p += 3)
		if (starts_any(p, closes) != NULL)
			return 1;
	return 0;
}

/* Does a line credit its own paper: 本报记者 NAME, 本报讯（…）, 本报某地
 * 讯（…）, opening the line or after a label's colon (作者：本报记者 NAME)? */
static int
credits_own_paper(const char *s)
{
	static const char *const own[] = {"本报记者", "本报讯", "本报通讯员", "本報記者", "本報訊",
		"本報通訊員", NULL};
	const char *p;

	s = past_byline_mark(s);	/* ■本报记者 NAME */
	if (starts_any(s, own) != NULL || place_dateline(s) || bracketed_own_dateline(s))
		return 1;
	if ((p = strstr(s, "：")) == NULL || p - s > 30)
		return 0;
	for (p += strlen("："); *p == ' ' || str_starts(p, "　"); p += *p == ' ' ? 1 : strlen("　"))
		;
	return starts_any(p, own) != NULL;
}

/* The paper's name opening <title> before the headline, as an e-paper's
 * pages print it (留尼汪华侨周报 - 中法双语故事会走进…): CJK characters
 * to a separator, ending in 报, the headline after it longer than the
 * name (新春喜报 - 华人网 is a headline before its site); new, or NULL. */
static char *
paper_first(const char *title)
{
	const char *p = title;
	char *name;
	int k = 0;

	while (k <= SITE_NAME_MAX && cjk_at(p)) {
		p += 3;
		k++;
	}
	if (k < 2 || k > SITE_NAME_MAX || str_starts(title, "本") ||
	    utf8_chars(p) <= (size_t)k + 1)
		return NULL;
	name = xstrndup(title, (size_t)(p - title));
	if (!ends_in_any(name, strlen(name), paper_ends) || title_site_part(title, name, 0) != TITLE_FIRST) {
		free(name);
		return NULL;
	}
	return name;
}

/* The paper's name as the whole <title>, as many an e-paper's article
 * pages print it (<title>青漪日报</title>): CJK characters alone ending
 * in 报, not 本报, and not the headline itself (a short headline 春耕喜报
 * is no paper); new, or NULL. */
static char *
paper_alone(const struct ctx *c, const char *title)
{
	if (!cjk_only(title) || str_starts(title, "本") ||
	    !ends_in_any(title, strlen(title), paper_ends) || c->title_seg >= c->nsegs)
		return NULL;
	if (strstr(c->segs[c->title_seg].text, title) != NULL)
		return NULL;
	return xstrdup(title);
}

char *
own_paper_titled(const struct ctx *c)
{
	char *tt, *title, *found = NULL;
	const char *p;
	size_t i, end = own_end(c), n;
	int k = 0;

	if (c->title_seg >= c->nsegs)
		return NULL;
	for (i = c->title_seg + 1; i < end && !credits_own_paper(c->segs[i].text); i++)
		;
	if (i == end || (tt = title_tag_text(c)) == NULL)
		return NULL;
	title = squeeze(tt);
	free(tt);
	n = strlen(title);
	/* back from the end over CJK characters to a separator */
	for (p = title + n; p - title >= 3 && k <= SITE_NAME_MAX && (unsigned char)p[-3] >= 0xE4 &&
	    (unsigned char)p[-3] <= 0xE9 && (unsigned char)p[-2] >= 0x80; p -= 3)
		k++;
	if (k >= 2 && k <= SITE_NAME_MAX && p > title && ends_in_any(p, strlen(p), paper_ends) &&
	    !str_starts(p, "本") && title_site_part(title, p, 0) == TITLE_LAST)
		found = xstrdup(p);
	if (found == NULL)
		found = paper_first(title);
	if (found == NULL)
		found = paper_alone(c, title);
	free(title);
	return found;
}
