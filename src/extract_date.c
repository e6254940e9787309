/*
 * extract_date: dates as Chinese and English pages print them.
 *
 * Accepts 2023-02-21 13:55:38, 2023/2/21 13:55, 2023.02.21, 2023年2月21日
 * 13:55, 2023年2月21日13时55分, ISO 8601 with a zone (kept as printed, no
 * zone shift), and relative forms (刚刚, 5分钟前, 3小时前, 2天前, 今天 /
 * 昨天 / 前天 10:20) resolved against the fetch time.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "util.h"

/* Reads 1..max digits; returns the count read (0 when none). */
static int
digits(const char *s, int max, int *val)
{
	int n = 0;

	*val = 0;
	while (n < max && isdigit((unsigned char)s[n]))
		*val = *val * 10 + (s[n++] - '0');
	return n;
}

/* Matches "sep" where sep is one of the alternatives given, returning the
 * bytes used. */
static size_t
sep(const char *s, const char *const *alts)
{
	for (; *alts; alts++)
		if (str_starts(s, *alts))
			return strlen(*alts);
	return 0;
}

/* What may stand between a date and its time: spaces, a comma, a dash,
 * the weekday, a zone name ("2012年12月10日, 格林尼治标准时间10:41"). */
static size_t
spaces(const char *s)
{
	static const char *const fillers[] = {"\xE3\x80\x80", "，", "星期", "周",
		"北京时间", "格林尼治标准时间", "GMT", "UTC", NULL};
	static const char *const weekdays[] = {"一", "二", "三", "四", "五", "六",
		"日", "天", NULL};
	size_t n = 0, k;

	for (;;) {
		if (s[n] == ' ' || s[n] == 'T' || s[n] == '\t' || s[n] == ',' || s[n] == '-')
			n++;
		else if ((k = sep(s + n, fillers)) != 0) {
			n += k;
			if (str_starts(s + n - k, "星期") || str_starts(s + n - k, "周"))
				n += sep(s + n, weekdays);
		} else
			return n;
	}
}

/* The time part after a date: H:MM[:SS] or H时MM分[SS秒]. */
static void
parse_time(const char *s, int *h, int *mi, int *se)
{
	static const char *const colon[] = {":", "：", "时", "點", "点", NULL};
	static const char *const minsep[] = {":", "：", "分", NULL};
	size_t k, m;
	int n;

	*h = *mi = *se = -1;
	s += spaces(s);
	if ((n = digits(s, 2, h)) == 0 || *h > 23)
		return (void)(*h = -1);
	s += n;
	if ((k = sep(s, colon)) == 0 || (n = digits(s + k, 2, mi)) != 2 || *mi > 59) {
		*h = *mi = -1;
		return;
	}
	s += k + n;
	if ((m = sep(s, minsep)) != 0 && digits(s + m, 2, se) == 2 && *se <= 59)
		return;
	*se = -1;
}

static char *
format(int y, int mo, int d, int h, int mi, int se)
{
	if (h >= 0 && se >= 0)
		return xasprintf("%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, se);
	if (h >= 0)
		return xasprintf("%04d-%02d-%02dT%02d:%02d", y, mo, d, h, mi);
	return xasprintf("%04d-%02d-%02d", y, mo, d);
}

/* D/M/YYYY, as European sites print it ("06/02/2022 - 13:48"). */
static char *
day_first_at(const char *s)
{
	int y, mo, d, h, mi, se, n, k;

	if ((n = digits(s, 2, &d)) == 0 || d < 1 || d > 31 || (s[n] != '/' && s[n] != '.'))
		return NULL;
	s += n + 1;
	if ((k = digits(s, 2, &mo)) == 0 || mo < 1 || mo > 12 || s[k] != s[-1])
		return NULL;
	s += k + 1;
	if (digits(s, 4, &y) != 4 || y < 1970 || y > 2100 || isdigit((unsigned char)s[4]))
		return NULL;
	parse_time(s + 4, &h, &mi, &se);
	return format(y, mo, d, h, mi, se);
}

/* An absolute date starting exactly at s. */
static char *
date_at(const char *s)
{
	static const char *const ysep[] = {"-", "/", ".", "年", NULL};
	static const char *const msep[] = {"-", "/", ".", "月", NULL};
	int y, mo, d, h, mi, se, n;
	size_t k;

	if (digits(s, 4, &y) != 4 || y < 1970 || y > 2100 || isdigit((unsigned char)s[4]))
		return NULL;
	s += 4;
	if ((k = sep(s, ysep)) == 0 || (n = digits(s + k, 2, &mo)) == 0 || mo < 1 || mo > 12)
		return NULL;
	s += k + n;
	if ((k = sep(s, msep)) == 0 || (n = digits(s + k, 2, &d)) == 0 || d < 1 || d > 31)
		return NULL;
	s += k + n;
	if (str_starts(s, "日"))
		s += strlen("日");
	parse_time(s, &h, &mi, &se);
	return format(y, mo, d, h, mi, se);
}

static char *
relative_at(const char *s, time_t now)
{
	static const struct { const char *word; int days; } day_words[] = {
		{"今天", 0}, {"昨天", 1}, {"前天", 2},
	};
	struct tm tm;
	time_t t;
	int n, v, h, mi, se;

	if (str_starts(s, "刚刚")) {
		t = now;
		localtime_r(&t, &tm);
		return format(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, -1);
	}
	for (size_t i = 0; i < sizeof day_words / sizeof day_words[0]; i++) {
		if (!str_starts(s, day_words[i].word))
			continue;
		t = now - (time_t)day_words[i].days * 86400;
		localtime_r(&t, &tm);
		parse_time(s + strlen(day_words[i].word), &h, &mi, &se);
		return format(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, h, mi, se);
	}
	if ((n = digits(s, 4, &v)) == 0)
		return NULL;
	s += n;
	while (*s == ' ')
		s++;
	if (str_starts(s, "分钟前"))
		t = now - (time_t)v * 60;
	else if (str_starts(s, "小时前"))
		t = now - (time_t)v * 3600;
	else if (str_starts(s, "天前"))
		t = now - (time_t)v * 86400;
	else
		return NULL;
	localtime_r(&t, &tm);
	if (str_starts(s, "天前"))
		return format(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, -1, -1, -1);
	return format(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, -1);
}

char *
extract_date(const char *s, time_t now)
{
	char *d;

	if (s == NULL)
		return NULL;
	for (const char *p = s; *p; p++) {
		if (p > s && isdigit((unsigned char)p[-1]))
			continue;
		if ((d = date_at(p)) != NULL || (d = day_first_at(p)) != NULL)
			return d;
	}
	for (const char *p = s; *p; p++) {
		if (p > s && isdigit((unsigned char)p[-1]))
			continue;
		if (now != 0 && (d = relative_at(p, now)) != NULL)
			return d;
	}
	return NULL;
}
