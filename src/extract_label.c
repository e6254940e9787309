/*
 * extract_label: what a short line of text says, by the words it holds:
 * a byline field (来源：X), a notice (字号, 打印本页), 上一篇 / 下一篇, the
 * heading of a related list.  Text only: no document, no page.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"
#include "extract_covnote.h"
#include "extract_credmark.h"
#include "extract_fileline.h"
#include "extract_kinhead.h"
#include "extract_morefrom.h"
#include "extract_outletnote.h"
#include "extract_tongue.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

char *
squeeze_in_place(char *s)
{
	char *o = s;

	for (const char *p = s; *p; p++)
		if (*p != ' ')
			*o++ = *p;
	*o = '\0';
	return s;
}

/* s without spaces, for comparing titles that differ only in spacing. */
char *
squeeze(const char *s)
{
	return squeeze_in_place(xstrdup(s));
}

const char *
past_summary_label(const char *s)
{
	const char *p = s, *l;
	int bracket = str_starts(p, "【");

	p += bracket ? strlen("【") : *p == '[';
	bracket |= *s == '[';
	if ((l = starts_any(p, summary_labels)) == NULL)
		return s;
	p += strlen(l);
	if (bracket && (str_starts(p, "】") || *p == ']'))
		p += *p == ']' ? 1 : strlen("】");
	else if (colon_at(p) > 0)
		p = after_colon(p);
	else
		return s;
	while (*p == ' ')
		p++;
	return p;
}

int
is_nav_label(const char *s)
{
	return !utf8_longer_than(s, 59) && (starts_any(s, prev_labels) || starts_any(s, next_labels));
}

/* Strips the label, a colon and brackets from the front of a link text;
 * s itself when it does not start with the label. */
const char *
after_label(const char *s, const char *label)
{
	if (!str_starts(s, label))
		return s;	/* never step past the end of a shorter text */
	s += strlen(label);
	while (*s == ' ' || *s == ':' || *s == '>' || *s == ']' || *s == ')')
		s++;
	while (str_starts(s, "：") || str_starts(s, "】") || str_starts(s, "）") ||
	    str_starts(s, "》"))
		s += 3;
	while (*s == ' ')
		s++;
	/* 上一篇 文章：…, as WordPress themes split the label */
	if (str_starts(s, "文章") && (s[6] == ' ' || s[6] == ':' || str_starts(s + 6, "：")))
		return after_label(s, "文章");
	return s;
}

/* A label said twice, the icon's word and then the screen reader's
 * ("← Previous Post Previous post: TITLE": a WordPress theme's hidden
 * meta-nav span, then its screen-reader-text): once the first is gone the
 * second, closed by its colon, goes too; a title opening on the label's
 * words with no colon ("Next post office opens") stays whole. */
const char *
after_said_again(const char *s)
{
	const char *l, *p, *arrow = starts_any(s, arrow_marks);
	const char *t = arrow != NULL && s[strlen(arrow)] == ' ' ? s + strlen(arrow) + 1 : s;

	/* "Next Post → Next post: TITLE": the first label's arrow between */
	if ((l = starts_any(t, prev_labels)) == NULL && (l = starts_any(t, next_labels)) == NULL)
		return s;
	for (p = t + strlen(l); *p == ' '; p++)
		;
	return *p == ':' || p[-1] == ':' ? after_label(t, l) : s;
}

int
says_none(const char *s)
{
	return starts_any(s, none_words) != NULL;
}

/* Is s at most n words of Latin letters? */
static int
few_words(const char *s, int n)
{
	int words = 0;

	for (const char *p = s; *p; p++) {
		if ((unsigned char)*p >= 0x80)
			return 0;
		if (*p != ' ' && (p == s || p[-1] == ' '))
			words++;
	}
	return words <= n;
}

/* "More storm coverage", "More District News", a council's "Other
 * Parish News" or "More council news" (not a news section's "More Local
 * News") */
static int
more_topic(const char *p)
{
	size_t n = strlen(p), k = str_starts(p, "More ") ? 5 : str_starts(p, "Other ") ? 6 : 0;

	for (const char *const *e = more_topic_ends; k > 0 && *e; e++)
		if (n > strlen(*e) + k && strcmp(p + n - strlen(*e), *e) == 0)
			return strcasecmp(*e, " News") != 0 || starts_any(p + k, section_news_words) == NULL;
	return 0;
}

#define INTEREST_HEADING_MAX 40	/* characters of "Other items that may interest you" */
#define OUTLET_HEADING_MAX 88	/* of "More stories from NAME and writers in Journal and other communities." */

/* "Related stories from Harbor City Courier": a related heading naming
 * the outlet after "from", long as the outlet's name is, but a heading:
 * the name a capital's, no stop or comma in it ("Related stories from
 * the trial, she said." is a sentence) but a closing one ("More stories
 * from NAME and writers in Journal and other communities."). */
static int
outlet_related_heading(const char *s)
{
	const char *l = starts_any(s, related_from_words);
	size_t n = strlen(s);

	return l != NULL && isupper((unsigned char)s[strlen(l)]) && few_words(s, 12) &&
	    strcspn(s, ".,;:\"") >= n - (n > 0 && s[n - 1] == '.');
}

/* "Other items that may interest you": a short heading of a few words
 * ending so, with no stop or comma of a sentence. */
static int
interest_heading(const char *s)
{
	return ends_in_any(s, strlen(s), interest_ends) && few_words(s, 8) &&
	    strpbrk(s, ",;:\"") == NULL;
}

/* "Also Read" and nothing after it but spaces (extract_navwords.c
 * also_read_words) */
static int
also_read_heading(const char *p)
{
	size_t n = strlen(p);

	while (n > 0 && p[n - 1] == ' ')
		n--;
	return is_one_of(p, n, also_read_words);
}

#define BILINGUAL_HEADING_MAX 64	/* characters of "WELSH · ENGLISH" */

int
is_related_heading(const char *s)
{
	const char *p = s, *l;
	const char *half;

	/* a bilingual site's heading, its two tongues apart by a middle dot
	 * ("Straeon cysylltiedig · Related stories", "Articles connexes ·
	 * Related"): either half heads the list */
	if (((half = strstr(s, " \xC2\xB7 ")) != NULL || (half = strstr(s, " / ")) != NULL ||
	    (half = tongue_gap(s)) != NULL) && !utf8_longer_than(s, BILINGUAL_HEADING_MAX)) {
		/* or a slash ("Mwy o straeon / More stories"), or a space (相關消息 Related News) */
		size_t gap = half[1] == '/' ? 3 : (unsigned char)half[1] == 0xC2 ? 4 : 1;
		char *first = xstrndup(s, (size_t)(half - s));
		int yes = is_related_heading(first) || is_related_heading(half + gap);

		free(first);
		return yes;
	}

	/* a heading, not a sentence: 16 characters, or five English words
	 * ("Related to this story") */
	if (utf8_longer_than(s, 16) && (utf8_longer_than(s, 32) || !few_words(s, 5)) &&
	    !more_from_name(s))	/* "More from Harlow Creek Police Department" */
		return !utf8_longer_than(s, OUTLET_HEADING_MAX) && (outlet_related_heading(s) ||
		    (!utf8_longer_than(s, INTEREST_HEADING_MAX) && interest_heading(s)));
	while ((l = starts_any(p, heading_marks)) != NULL)	/* 【, ■, ►: the heading's marks */
		p += strlen(l);
	/* "Related Topics:", "Related Tags": the tag box's label, over tags */
	if (*p == 'R' && (str_starts(p, "Related ") || str_starts(p, "RELATED ")) &&
	    (starts_any(p + 8, tag_labels) != NULL || starts_any(p + 8, file_box_nouns) != NULL))
		return 0;	/* "Related Files": a box of the story's attachments, no stories */
	if (starts_any(p, related_words) != NULL || more_topic(p))
		return 1;
	/* "Also Read" over a box of links, exactly: the colon or bar of an
	 * "Also Read: TITLE" line leaves it to the body's rules */
	if (also_read_heading(p) || more_from_heading(p))	/* and "More from NAME" */
		return 1;
	/* 更多来自「NAME」: a short heading naming whose other items follow */
	if ((l = starts_any(p, more_from_zh)) != NULL && p[strlen(l)] != '\0')
		return 1;
	/* 关键词阅读, 深度阅读, 拓展阅读: a short heading ending in 阅读 */
	size_t n = strlen(p);

	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == ':'))
		n--;
	if (n >= 3 && strncmp(p + n - 3, "：", 3) == 0)
		n -= 3;
	if (n > 6 && strncmp(p + n - 6, "阅读", 6) == 0 && !utf8_longer_than(p, 8))
		return 1;
	/* 深读往期, 专栏往期: a column's earlier issues, a short heading ending in 往期 */
	if (n > 6 && strncmp(p + n - 6, "往期", 6) == 0 && !utf8_longer_than(p, 6))
		return 1;
	/* 相关史话, 相关科普, 往期节目: the site's own noun for its items */
	if (is_kin_noun_heading(p, n) || is_other_kind_heading(p, n))
		return 1;
	if (is_one_of(p, n, lone_related_words))	/* 相關, 推荐 alone over a list */
		return 1;
	/* TA的其他头条文章, 作者更多文章: the writer's other posts */
	return ends_in_any(p, n, post_nouns) && !utf8_longer_than(p, 12) &&
	    find_any(p, others_words) != NULL && find_any(p, writer_marks) != NULL;
}

size_t
colon_at(const char *p)
{
	const char *bar;

	while (*p == ' ')
		p++;
	if (*p == ':')
		return 1;
	if (str_starts(p, "："))
		return strlen("：");
	if ((unsigned char)*p >= 0xE4 && (bar = starts_any(p, label_bars)) != NULL)
		return strlen(bar);
	return 0;
}

/* p past spaces, one colon (or a label's bar) and spaces again. */
const char *
after_colon(const char *p)
{
	size_t n;

	while (*p == ' ')
		p++;
	n = colon_at(p);
	p += n;
	while (*p == ' ')
		p++;
	return p;
}

/* Is the label at p in s a picture's, 来源 after 图片 or 图 (（图片来源：
 * NAME）, 图源：NAME is no label of these)?  A picture's credit names who
 * gave the picture, not the story's source; 信息来源 stays. */
static int
picture_label(const char *s, const char *p)
{
	static const char *const pictures[] = {"图片", "圖片", "照片", "图", "圖", NULL};

	return (str_starts(p, "来源") || str_starts(p, "來源")) && p - s >= 3 &&
	    ends_in_any(s, (size_t)(p - s), pictures);
}

/* Is the label at p in s the 编辑 of a last-edit stamp (最后编辑：DATE,
 * a forum post's 最後編輯), which dates a change and names no editor? */
static int
edit_stamp_label(const char *s, const char *p)
{
	if (!str_starts(p, "编辑") && !str_starts(p, "編輯"))
		return 0;
	for (const char *const *w = last_edit_words; *w; w++)
		if ((size_t)(p - s) >= strlen(*w) && memcmp(p - strlen(*w), *w, strlen(*w)) == 0)
			return 1;
	return 0;
}

const char *
labelled_at(const char *s, const char *const *labels)
{
	/* the earliest place; where labels overlap, the first in the list */
	for (const char *p = find_any(s, labels); p != NULL; p = find_any(p + 1, labels))
		for (const char *const *l = labels; *l; l++) {
			size_t bar;

			if (!str_starts(p, *l) || picture_label(s, p) || edit_stamp_label(s, p))
				continue;
			if (colon_at(p + strlen(*l)) > 0)
				return after_colon(p + strlen(*l));
			/* a mobile page's 编辑 | NAME: its bar for a colon */
			if ((bar = spaced_bar_at(s, p, p + strlen(*l))) > 0)
				return p + strlen(*l) + bar;
		}
	return NULL;
}

/* Does s open with a disclaimer's label (免责声明：…, 【版权声明】…),
 * state that the text is not the site's view (本文…不代表…立场, "The
 * views expressed are the author's own"), keeps a press regulator's code
 * ("This website ... adhere to the ... Editors' Code"), or that everyone it names is
 * presumed innocent (a police blotter's note)? */
static int
opens_disclaimer(const char *s)
{
	if (str_starts(s, "【") || str_starts(s, "["))
		s += str_starts(s, "【") ? strlen("【") : 1;
	return starts_any(s, disclaimer_labels) != NULL ||
	    (starts_any(s, statement_opens) != NULL &&
	    (find_any(s, not_view_words) != NULL || find_any(s, regulator_words) != NULL)) ||
	    (find_any(s, innocence_words) != NULL && find_any(s, everyone_words) != NULL);
}

int
is_noise_line(const char *s)
{
	if (opens_disclaimer(s) || is_syndication_note(s) || is_site_note(s) || is_live_signoff(s) ||
	    is_outlet_note(s))
		return 1;
	if (utf8_longer_than(s, 80))
		return 0;
	if (is_jump_line(s) || is_framed_ad(s) || is_print_note(s) || is_lone_address(s) ||
	    is_underwriting(s) || is_language_note(s))
		return 1;
	if (is_one_of(s, strlen(s), notice_lines) || is_dated_notice(s))
		return 1;
	if (find_any(s, notice_parts) != NULL || is_numbered_ad(s) || is_ad_label(s))
		return 1;
	return is_pager_line(s);
}

#define END_MARK_MAX 16	/* bytes an end mark may take (－完－ takes 9) */

int
is_end_mark(const char *s)
{
	size_t n = strnlen(s, END_MARK_MAX + 1);

	return n <= END_MARK_MAX && is_one_of(s, n, end_marks);
}

#define MENU_LINK_MAX 12	/* characters of a menu's link: 返回列表, 更多精彩图片 */

/* Does t open on a menu's word (返回, 更多, 分享, 打印: not_article) as a
 * menu's link does (更多>>, 分享到, 返回列表, 更多精彩，请点击)?  A
 * headline that opens on one (更多小贩中心明年装设自动餐具回收设施) runs on
 * past a menu link's length with no arrow, no stop and no call to click. */
int
opens_menu_word(const char *t)
{
	static const char *const menu_marks[] = {">", "»", "》", "，", "。", "…", "请", "請",
		"点击", "點擊", NULL};

	if (starts_any(t, not_article) == NULL)
		return 0;
	return utf8_chars_upto(t, MENU_LINK_MAX + 1) <= MENU_LINK_MAX || find_any(t, menu_marks) != NULL;
}

/* Bytes of the tail word (更多, [详细], ...) that s[0..n) ends with, or 0. */
size_t
tail_word_length(const char *s, size_t n)
{
	for (const char *const *tl = tail_words; *tl; tl++) {
		size_t k = strlen(*tl);

		if (n >= k && memcmp(s + n - k, *tl, k) == 0)
			return k;
	}
	return 0;
}
