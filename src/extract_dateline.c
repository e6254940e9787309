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
		if ((d = date_here(after_date_label(p + strlen(l)), now, flags, &end)) == NULL)
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

/* The CJK characters of the token s[0..n), or -1 when it holds another. */
static int
cjk_chars(const char *s, size_t n)
{
	int k = 0;

	for (size_t i = 0; i < n; i += 3, k++)
		if (i + 3 > n || (unsigned char)s[i] < 0xE4 || (unsigned char)s[i] > 0xE9)
			return -1;
	return k;
}

/* Does the token s[0..n) of k characters end in one of credit_roles? */
static int
ends_in_role(const char *s, size_t n)
{
	for (const char *const *r = credit_roles; *r; r++) {
		size_t rn = strlen(*r);

		if (rn <= n && memcmp(s + n - rn, *r, rn) == 0)
			return 1;
	}
	return 0;
}

/* p past spaces and ideographic spaces (U+3000) */
static const char *
skip_blanks(const char *p)
{
	while (*p == ' ' || str_starts(p, "　"))
		p += *p == ' ' ? 1 : strlen("　");
	return p;
}

char *
credit_line_names(const char *s)
{
	struct buf names = {0};
	int after_role = 0, named = 1;	/* the line must open with a role */
	const char *w;

	/* a role is CJK characters: a line opening with another byte (most
	 * lines of a body) has none, so it is not counted */
	if ((unsigned char)*s < 0xE4 || (unsigned char)*s > 0xE9 || utf8_longer_than(s, 40))
		return NULL;
	/* 文/青岑晚报记者 石蕾: the writer's mark before the outlet's role */
	if ((w = starts_any(s, writer_slashes)) != NULL)
		s = skip_blanks(s + strlen(w));
	while (*s != '\0') {
		size_t n = 0;
		int k;

		while (s[n] != '\0' && s[n] != ' ' && !str_starts(s + n, "　"))
			n++;
		k = cjk_chars(s, n);
		if (k >= 2 && k <= 12 && ends_in_role(s, n) && named) {
			after_role = 1;	/* 本报记者, 通讯员: names follow */
			named = 0;
		} else if (k >= 2 && k <= 4 && after_role) {
			if (names.len > 0)
				buf_addc(&names, ' ');
			buf_add(&names, s, n);
			named = 1;
		} else {
			/* 记者 NAME 文/图: the credit's mark ends the line */
			if (named && names.len > 0 && s[n] == '\0' && is_one_of(s, n, credit_tails))
				s += n;
			break;
		}
		s = skip_blanks(s + n);
	}
	if (*s != '\0' || !named || names.len == 0) {
		buf_free(&names);
		return NULL;
	}
	return buf_steal(&names);
}

/* 【濠灣日報專訊】記者黎嘉敏報道：…, 本报讯 记者 王敏 报道：…: the reporter
 * a dateline names before 报道, new, or NULL. */
static char *
reported_by(const char *s)
{
	static const char *const marks[] = {"讯", "訊", "】", NULL};
	static const char *const says[] = {"报道", "報道", "报导", "報導", NULL};
	static const char *const roles[] = {"记者", "記者", NULL};
	const char *p = NULL, *m, *r, *q;

	for (const char *const *k = marks; *k; k++)
		if ((m = strstr(s, *k)) != NULL && m - s <= 60 && (p == NULL || m < p))
			p = m + strlen(*k);
	if (p == NULL)
		return NULL;
	if (str_starts(p, "】"))
		p += strlen("】");
	p = skip_blanks(p);
	if ((r = starts_any(p, roles)) == NULL)
		return NULL;
	p = q = skip_blanks(p + strlen(r));
	for (int k = 1; k <= 4 && (unsigned char)*q >= 0xE4 && (unsigned char)*q <= 0xE9 && q[1] && q[2]; k++) {
		q += 3;	/* a name of two to four characters, then 报道 */
		if (k >= 2 && starts_any(skip_blanks(q), says) != NULL)
			return xstrndup(p, (size_t)(q - p));
	}
	return NULL;
}

/* 〔記者林育萱／嵐溪報導〕…, 【記者陳冠廷／瑞穗報導】…, as Taiwanese papers open a
 * story: the reporters before the slash (apart by 、), new, or NULL. */
static char *
bracketed_credit(const char *s)
{
	static const char *const opens[] = {"〔", "［", "【", "[", NULL};
	const char *o = starts_any(s, opens), *r, *slash;
	char *line, *names;

	if (o == NULL || (r = starts_any(s + strlen(o), credit_roles)) == NULL)
		return NULL;
	s += strlen(o) + strlen(r);
	if (((slash = strstr(s, "／")) == NULL && (slash = strchr(s, '/')) == NULL) || slash - s > 60)
		return NULL;
	line = xasprintf("%s %.*s", r, (int)(slash - s), s);
	for (char *c = strstr(line, "、"); c != NULL; c = strstr(c, "、"))
		memcpy(c, "   ", 3);
	names = credit_line_names(line);
	free(line);
	return names;
}

char *
dateline_credit(const char *s)
{
	static const char *const opens[] = {"讯（", "电（", "讯(", "电(", NULL};
	const char *p = NULL, *q;
	char *inside, *names;

	if ((names = bracketed_credit(s)) != NULL)
		return names;
	for (const char *const *o = opens; *o && p == NULL; o++)
		if ((p = strstr(s, *o)) != NULL && (size_t)(p - s) <= 90)
			p += strlen(*o);
		else
			p = NULL;
	if (p == NULL)
		return reported_by(s);
	if (((q = strstr(p, "）")) == NULL && (q = strchr(p, ')')) == NULL) || q - p > 120)
		return NULL;
	inside = xstrndup(p, (size_t)(q - p));
	/* 记者 甲、乙: names apart by 、 as by spaces */
	for (char *c = strstr(inside, "、"); c != NULL; c = strstr(c, "、"))
		memcpy(c, "   ", 3);
	names = credit_line_names(inside);
	free(inside);
	return names;
}

/* A byline's line: a date field, a source, author, editor or staff
 * label with its value, or roles and names alone (本报记者 陈立); short, as
 * bylines are. */
int
is_meta_line(const char *s)
{
	static const char *const *all[] = {source_labels, author_labels,
		editor_labels, staff_labels, NULL};
	const char *l;
	char *v;

	if (utf8_longer_than(s, 100))
		return 0;
	if (is_date_line(s) || is_supplied_line(s))
		return 1;
	if ((v = credit_line_names(s)) != NULL) {
		free(v);
		return 1;
	}
	/* a label is followed by a colon (or a WeChat post's bar, 编辑丨):
	 * a line without one has none */
	if (find_any(s, label_colons) == NULL)
		return 0;
	if ((l = starts_any(s, original_title_labels)) != NULL && colon_at(s + strlen(l)) > 0)
		return 1;
	for (const char *const *const *set = all; *set; set++) {
		if ((v = find_labelled(s, *set)) != NULL) {
			free(v);
			return 1;
		}
	}
	return 0;
}

char *
dateline_outlet(const char *s)
{
	static const char *const ends[] = {"專訊】", "专讯】", "讯】", "訊】", NULL};
	const char *p = s + strlen("【"), *q;
	int k;

	if (!str_starts(s, "【") || str_starts(p, "本") || (q = strstr(p, "】")) == NULL || q - p > 40)
		return NULL;
	for (const char *const *e = ends; *e; e++) {
		size_t n = strlen(*e) - strlen("】");

		if ((size_t)(q - p) > n && memcmp(q - n, *e, n) == 0 &&
		    (k = cjk_chars(p, (size_t)(q - n - p))) >= 2 && k <= 10)
			return xstrndup(p, (size_t)(q - n - p));
	}
	return NULL;
}
