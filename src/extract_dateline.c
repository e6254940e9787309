/*
 * extract_dateline: the lines of a byline (is_meta_line: 来源：X, 作者：Y,
 * 发布时间：Z, 本报记者 陈立 with no label), and the date in one, by the
 * words around it.  A label names it (发布时间：2023-02-21 13:55,
 * Published Nov. 19, 2019); a weak label
 * (时间, 日期, 发布) only where it starts a field, not inside a word
 * (开放时间) nor before a sentence (日期：2003年8月18日，县里…); an update's
 * date (更新时间, Updated on) is never the line's.  Text only:
 * extract_date.c reads the dates, extract_label.c the labels' values.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_credmark.h"
#include "extract_words.h"
#include "text.h"
#include "util.h"

/* Where p stands in s: 0 inside a word (a letter or digit before it), 1
 * where a field may start (the line's start, a space, a separator), 2
 * right after an ideograph, where only a whole label starts a field. */
static int
field_start(const char *s, const char *p)
{
	const unsigned char *l = (const unsigned char *)p - 1;

	if (p == s)
		return 1;
	if (*l < 0x80)
		return isalnum(*l) ? 0 : 1;
	while (l > (const unsigned char *)s && (*l & 0xC0) == 0x80)
		l--;
	return *l >= 0xE4 && *l <= 0xE9 ? 2 : 1;	/* U+4E00..U+9FFF */
}

/* The first of labels in s at or after from that can start a field
 * there, or NULL; *label gets which.  A weak one (时间, 日期) must not
 * follow a word: 开放时间 is no label.  Found with find_any, as a body's
 * every line is asked. */
static const char *
next_label(const char *s, const char *from, const char *const *labels, const char **label)
{
	/* the earliest place; where labels overlap, the first in the list */
	for (const char *p = find_any(from, labels); p != NULL; p = find_any(p + 1, labels))
		for (const char *const *l = labels; *l; l++) {
			int at, weak = 0;

			if (!str_starts(p, *l))
				continue;
			for (const char *const *w = weak_date_labels; *w && !weak; w++)
				weak = strcmp(*w, *l) == 0;
			at = field_start(s, p);
			if (at == 1 || (at == 2 && !weak)) {
				*label = *l;
				return p;
			}
		}
	return NULL;
}

#define BY_NAME_MAX 60	/* bytes of "by Tilden Courier" in "Published by ... on" */

/* Past a date label: a colon, "on" or 于, an opening bracket; and the
 * name between "Published by" and "on" (an obituary's paper). */
static const char *
after_date_label(const char *p)
{
	const char *on;

	p = after_colon(p);
	if (str_starts(p, "by ") && (on = strstr(p, " on ")) != NULL && on - p <= BY_NAME_MAX)
		p = on + 1;
	if (str_starts(p, "on "))
		p += 3;
	else if (str_starts(p, "于"))
		p += strlen("于");
	while (*p == ' ' || *p == '[' || *p == '(' || str_starts(p, "【") || str_starts(p, "（"))
		p += (unsigned char)*p < 0x80 ? 1 : 3;
	return p;
}

/* Can s hold a date at all: a digit, or 刚刚, 今天, 昨天?  Most lines of
 * a body cannot, and are passed over at the cost of a scan. */
static int
may_hold_date(const char *s)
{
	return strpbrk(s, "0123456789") != NULL || strstr(s, "刚刚") != NULL ||
	    strstr(s, "天") != NULL;
}

/* Does s end a sentence somewhere (。！？)?  No byline does. */
static int
has_full_stop(const char *s)
{
	return strstr(s, "。") != NULL || strstr(s, "！") != NULL || strstr(s, "？") != NULL;
}

/* Does the text at p go on as a sentence (2003年8月18日，县里启动…。)
 * rather than on to the next field of a byline (，来源：X)? */
static int
goes_on(const char *p)
{
	int comma = 0, run = 0;
	const char *l;

	if (has_full_stop(p))
		return 1;
	if (strstr(p, "，") == NULL && strstr(p, "；") == NULL)
		return 0;
	while (*p) {
		if ((l = starts_any(p, stop_labels)) != NULL && colon_at(p + strlen(l)) > 0) {
			comma = run = 0;
			p = after_colon(p + strlen(l));
			continue;
		}
		if (str_starts(p, "，") || str_starts(p, "；"))
			comma = 1, run = 0;
		else if (comma && (unsigned char)*p >= 0xE4 && (unsigned char)*p <= 0xE9)
			run++;
		p += (unsigned char)*p < 0x80 ? 1 : (unsigned char)*p < 0xE0 ? 2 :
		    (unsigned char)*p < 0xF0 ? 3 : 4;
	}
	return comma && run >= 6;
}

char *
labelled_date(const char *s, const char *const *labels, time_t now, int flags)
{
	const char *l, *end;
	char *d;

	if (!may_hold_date(s))
		return NULL;
	for (const char *p = next_label(s, s, labels, &l); p != NULL;
	    p = next_label(s, p + 1, labels, &l)) {
		const char *v = after_date_label(p + strlen(l));

		/* "Updated March 14 2024 - 5:30pm, first published 4:00pm": a
		 * time alone is that time on the line's day */
		if ((d = date_here(v, now, flags, &end)) == NULL &&
		    (d = time_on_day(s, v, flags, &end)) == NULL)
			continue;
		if (!goes_on(end))
			return d;
		free(d);
	}
	return NULL;
}

char *
line_date(const char *s, time_t now, int flags)
{
	char *d = NULL;

	for (int pass = 0; pass < 1 + (now != 0) && d == NULL && may_hold_date(s); pass++) {
		const char *l, *end, *upd = next_label(s, s, update_labels, &l);

		for (const char *p = s; *p && d == NULL; p++) {
			if (p == upd) {	/* an update's date is not the line's */
				char *u = date_here(after_date_label(p + strlen(l)), now, 0, &end);

				if (u != NULL)
					p = end - 1;
				free(u);
				upd = next_label(s, p + 1, update_labels, &l);
			} else if (field_start(s, p) == 1 || (pass == 0 && field_start(s, p) == 2)) {
				/* none inside a number or a word; a relative word
				 * only where it stands alone (3小时前, not 据悉3天前) */
				d = date_here(p, pass ? now : 0, flags, NULL);
			}
		}
	}
	return d;
}

int
is_sentence(const char *s)
{
	return goes_on(s);
}

int
is_date_line(const char *s)
{
	static const char *const *all[] = {strong_date_labels, date_labels, update_labels, NULL};
	const char *l, *v, *end;
	char *d;
	int n;

	if (!may_hold_date(s) || has_full_stop(s))
		return 0;	/* most lines of a body */
	for (const char *const *const *set = all; *set; set++) {
		for (const char *p = next_label(s, s, *set, &l); p != NULL;
		    p = next_label(s, p + 1, *set, &l)) {
			v = after_date_label(p + strlen(l));
			/* any now: whether a relative date stands here, not which */
			if ((d = date_here(v, 1, 0, &end)) != NULL)
				free(d);
			else if ((n = (int)strspn(v, "0123456789")) >= 1 && n <= 2 &&
			    (v[n] == '-' || v[n] == '/' || str_starts(v + n, "月")) &&
			    isdigit((unsigned char)v[n + (v[n] == '-' || v[n] == '/' ? 1 : 3)]))
				end = v + n;	/* 03-05 10:20, 3月5日 */
			else
				continue;
			if (!goes_on(end))
				return 1;
		}
	}
	return 0;
}

#define BAR_LINE_MAX 64	/* bytes of 来源丨OFFICE 编辑丨NAME 审核丨NAME */

/* A byline's line: a date field, a source, author, editor or staff
 * label with its value, or roles and names alone (本报记者 陈立); short, as
 * bylines are. */
/* Does s hold one of the two bars (丨, ｜)?  strstr for each: quicker
 * than find_any's filter for so few words, and every short line of a
 * story is asked. */
static int
holds_bar(const char *s)
{
	for (const char *const *b = label_bars; *b; b++)
		if (strstr(s, *b) != NULL)
			return 1;
	return strstr(s, " | ") != NULL;	/* 编辑 | NAME (extract_credmark.c) */
}

#define PAIR_LINE_MAX 40	/* characters of 文字：NAME NAME　图片：NAME */

/* Is s a closing line of a writer's and a photographer's credits
 * (文字：NAME　图片：NAME), as a 高校 story signs off? */
static int
is_credit_pair_line(const char *s)
{
	static const char *const picture_labels[] = {"图片", "摄影", "图", "圖片", "攝影", "圖", NULL};
	const char *l;

	if ((unsigned char)*s < 0xE4 || (l = starts_any(s, writer_labels)) == NULL ||
	    colon_at(s + strlen(l)) == 0 || utf8_longer_than(s, PAIR_LINE_MAX))
		return 0;
	return labelled_at(s + strlen(l), picture_labels) != NULL;
}

/* A reading time alone on its line: a label or nothing, a number, and
 * its unit closing the line ("阅读时长 2 分钟", "4 min read"). */
int
is_reading_time(const char *s)
{
	const char *l = starts_any(s, reading_time_labels), *p = l ? s + strlen(l) : s;
	size_t n;

	while (*p == ' ' || *p == ':')
		p++;
	if (!isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	if (l != NULL && *p == ' ')
		p++;
	for (const char *const *u = reading_time_units; *u; u++)
		if (strncmp(p, *u, n = strlen(*u)) == 0 && p[n] == '\0' &&
		    (l != NULL || (*u)[0] == ' '))
			return 1;
	return 0;
}

int
is_meta_line(const char *s)
{
	static const char *const *all[] = {source_labels, author_labels,
		editor_labels, staff_labels, section_labels, NULL};
	const char *l;
	char *v;

	if (utf8_longer_than(s, 100))
		return 0;
	if (is_date_line(s) || is_supplied_line(s) || is_credit_pair_line(s))
		return 1;
	/* 编辑　NAME closing a weekly's story: no colon */
	if ((v = credit_line_names(s)) != NULL || (v = spaced_editor(s)) != NULL) {
		free(v);
		return 1;
	}
	/* a label is followed by a colon, or in a short line by a WeChat
	 * post's bar (编辑丨林小满): a line without one has none */
	if (strchr(s, ':') == NULL && strstr(s, "：") == NULL &&
	    (strnlen(s, BAR_LINE_MAX + 1) > BAR_LINE_MAX || !holds_bar(s)))
		return 0;
	if ((l = starts_any(s, original_title_labels)) != NULL && colon_at(s + strlen(l)) > 0)
		return 1;
	/* a photographer's line of its own (攝影：NAME) under a picture; a
	 * caption ending in its credit (…。（摄影：NAME）) is no such line */
	if ((l = starts_any(s, photo_labels)) != NULL && colon_at(s + strlen(l)) > 0 &&
	    (v = find_labelled(s, photo_labels)) != NULL) {
		free(v);
		return 1;
	}
	for (const char *const *const *set = all; *set; set++) {
		if ((v = find_labelled(s, *set)) != NULL) {
			free(v);
			return 1;
		}
	}
	return 0;
}
