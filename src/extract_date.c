/*
 * extract_date: dates as Chinese and English pages print them.
 *
 * Accepts 2023-02-21 13:55:38, 2023/2/21 13:55, 2023.02.21, 2023年2月21日
 * 13:55, 2023年2月21日13时55分, 06/02/2022 (day first), Nov. 19, 2019
 * 5:50 PM, 19 Nov 2019 05:44 GMT, ISO 8601 with a zone, and relative forms
 * (刚刚, 5分钟前, 3小时前, 2天前, 今天 / 昨天 / 前天 10:20) resolved against
 * "now", which the caller gives only where a relative word can be the
 * publication time (a byline), never for a headline or a sentence.
 *
 * The date stays as printed: no zone shift.  With DATE_ZONE the zone the
 * page gives follows it (+08:00, -05:00, Z for GMT / UTC).
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_clock.h"
#include "util.h"

static char *
format(const struct when *w, int flags)
{
	const char *z = flags & DATE_ZONE ? w->zone : "";

	if (w->h >= 0 && w->se >= 0)
		return xasprintf("%04d-%02d-%02dT%02d:%02d:%02d%s", w->y, w->mo, w->d,
		    w->h, w->mi, w->se, z);
	if (w->h >= 0)
		return xasprintf("%04d-%02d-%02dT%02d:%02d%s", w->y, w->mo, w->d, w->h, w->mi, z);
	return xasprintf("%04d-%02d-%02d", w->y, w->mo, w->d);
}

/* A four-digit year from 1970 to 2100, not followed by a fifth digit. */
static int
year_at(const char *s, int *y)
{
	return digits(s, 4, y) == 4 && *y >= 1970 && *y <= 2100 && !isdigit((unsigned char)s[4]);
}

/* A slashed M/D/YYYY whose day is past 12 (1/13/2026, as a US builder's
 * blog prints its date) can be read but one way: swap it to D/M.  One whose
 * both numbers could be a month stays day first. */
static int
month_first(struct when *w, char sep)
{
	int mo = w->d;

	if (sep != '/' || w->mo <= 12 || w->mo > 31 || mo > 12)
		return 0;
	w->d = w->mo;
	w->mo = mo;
	return 1;
}

/* D/M/YYYY read of a date whose time's zone is named as the US names its
 * own ("12/03/2026 02:15 PM PST", a GovDelivery bulletin's dateline): it
 * was printed month first, as the US prints it.  Only a date whose both
 * numbers could be a month; a zone given as GMT or an offset says nothing. */
static const char *
us_month_first(const char *e, struct when *w, char sep)
{
	int d = w->d;

	if (e != NULL && sep == '/' && w->us_zone && d <= 12 && w->mo <= 12) {
		w->d = w->mo;
		w->mo = d;
	}
	return e;
}

/* D/M/YYYY, as European sites print it ("06/02/2022 - 13:48"). */
static const char *
day_first_at(const char *s, struct when *w)
{
	int n, k;

	if ((n = digits(s, 2, &w->d)) == 0 || w->d < 1 || w->d > 31 || (s[n] != '/' && s[n] != '.'))
		return NULL;
	s += n + 1;
	if ((k = digits(s, 2, &w->mo)) == 0 || w->mo < 1 || s[k] != s[-1] ||
	    (w->mo > 12 && !month_first(w, s[-1])))
		return NULL;
	s += k + 1;
	if (!year_at(s, &w->y))
		return NULL;
	return us_month_first(parse_time(s + 4, w), w, s[-1]);
}

/* -MM-DD, 年M月D日 and their kin after a year, then a time; and the year
 * apart from MM/DD by a space, as a page that sets the year, the day and
 * the time in spans of their own shows them (2024 04/13 10:26:31). */
static const char *
month_day_at(const char *s, struct when *w)
{
	static const char *const ysep[] = {"-", "/", ".", "年", " ", NULL};
	static const char *const msep[] = {"-", "/", ".", "月", NULL};
	int n, spaced = *s == ' ';
	size_t k;

	if ((k = sep(s, ysep)) == 0 || (n = digits(s + k, 2, &w->mo)) == 0 || w->mo < 1 || w->mo > 12)
		return NULL;
	s += k + n;
	if (spaced && *s != '/')
		return NULL;
	if ((k = sep(s, msep)) == 0 || (n = digits(s + k, 2, &w->d)) == 0 || w->d < 1 || w->d > 31)
		return NULL;
	s += k + n;
	if (str_starts(s, "日"))
		s += strlen("日");
	return parse_time(s, w);
}

/* YYYY-MM-DD and its Chinese and dotted kin, starting exactly at s; with
 * DATE_ROC also a three-digit year of the Republic (Taiwan: 113-04-08 is
 * 2024-04-08), which only a date label makes a date. */
static const char *
numeric_at(const char *s, struct when *w, int flags)
{
	if (year_at(s, &w->y))
		return month_day_at(s + 4, w);
	if ((flags & DATE_ROC) && digits(s, 3, &w->y) == 3 && w->y >= 100 && w->y < 200 &&
	    !isdigit((unsigned char)s[3])) {
		w->y += 1911;
		return month_day_at(s + 3, w);
	}
	return NULL;
}

static const char *const months[] = {"january", "february", "march", "april",
	"may", "june", "july", "august", "september", "october", "november",
	"december", NULL};
static const char *const weekdays[] = {"monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", NULL};

/* One of names at s, whole or in three letters (Nov, Nov., Tue; Sept.):
 * its number from 1, and *end past it; 0 when none. */
static int
name_at(const char *s, const char *const *names, const char **end)
{
	size_t n = 0;

	while (isalpha((unsigned char)s[n]))
		n++;
	for (int i = 0; n >= 3 && names[i] != NULL; i++) {
		if (strncasecmp(s, names[i], n) != 0 ||
		    !(n == strlen(names[i]) || n == 3 || (n == 4 && names[i] == months[8])))
			continue;
		*end = s + n + (s[n] == '.');
		return i + 1;
	}
	return 0;
}

int
english_month_at(const char *s, const char **end)
{
	return name_at(s, months, end);
}

/* Past a day's English suffix: 19th, 1st. */
static const char *
ordinal(const char *p)
{
	static const char *const suffixes[] = {"st", "nd", "rd", "th", NULL};

	return p + sep(p, suffixes);
}

/* A month as CLDR's Chinese abbreviates it, "11月" and a blank, where an
 * English pattern ("MMM d, y") is printed in Chinese (a site builder's
 * blog dates: "11月 28, 2026"): its number, *end past the blank; 0 when
 * none.  "11月28日" is numeric_at's. */
static int
cldr_month_at(const char *s, const char **end)
{
	int m, n = digits(s, 2, &m);

	if (n == 0 || m < 1 || m > 12 || !str_starts(s + n, "月") || s[n + strlen("月")] != ' ')
		return 0;
	*end = s + n + strlen("月") + 1;
	return m;
}

/* The day after such a month, then its comma and blank ("28, "): past
 * them, or NULL. */
static const char *
cldr_day_at(const char *p, struct when *w)
{
	int n = digits(p, 2, &w->d);

	if (n == 0 || w->d < 1 || w->d > 31 || p[n] != ',')
		return NULL;
	return p + n + 1 + strspn(p + n + 1, " ");
}

/* Nov. 19, 2019 and 19 Nov 2019 (19th November, 2019), then a time. */
static const char *
english_at(const char *s, struct when *w)
{
	const char *p = s;
	int n;

	if ((w->mo = name_at(s, months, &p)) != 0)
		p += strspn(p, " ");
	else if ((w->mo = cldr_month_at(s, &p)) != 0 && (p = cldr_day_at(p, w)) == NULL)
		return NULL;	/* "11月 28, 2026": the day and its comma must follow */
	else if (w->mo != 0)
		return year_at(p, &w->y) ? parse_time(p + 4, w) : NULL;
	if ((n = digits(p, 2, &w->d)) == 0 || w->d < 1 || w->d > 31)
		return NULL;
	p = ordinal(p + n);
	/* a blog's "%B %e. %Y", the month first, a full stop after the day
	 * ("December  3. 2026", Serendipity's date header) */
	if (w->mo != 0 && *p == '.' && p[1] == ' ')
		p++;
	if (w->mo == 0 && (w->mo = name_at(p + strspn(p, " "), months, &p)) == 0)
		return NULL;
	p += strspn(p, " ,");
	return year_at(p, &w->y) ? parse_time(p + 4, w) : NULL;
}

/* A time before its date, as a chain's story stamp prints it ("5:00
 * a.m. CT June 9, 2024", "10:41 AM Tuesday, June 11, 2024", "18:42
 * UTC+8, 2024-11-06"), and as a British force's news page does, the day
 * first ("13:42 13/01/2026"). */
static const char *
time_first_at(const char *s, struct when *w)
{
	struct when t = {.h = -1, .mi = -1, .se = -1};
	const char *p, *e;

	if (!isdigit((unsigned char)*s) || (p = parse_time(s, &t)) == s)
		return NULL;
	p += strspn(p, " ,");
	if (name_at(p, weekdays, &e) != 0)
		p = e + strspn(e, " ,");
	/* or an English edition's ISO day after its clock and zone ("18:42
	 * UTC+8, 2024-11-06") */
	if (((e = english_at(p, w)) == NULL && (!isdigit((unsigned char)*p) ||
	    ((e = numeric_at(p, w, 0)) == NULL && (e = day_first_at(p, w)) == NULL))) || w->h >= 0)
		return NULL;
	w->h = t.h, w->mi = t.mi, w->se = t.se;
	memcpy(w->zone, t.zone, sizeof w->zone);
	w->season_std = t.season_std;
	return e;
}

/* Does a relative word end at s, not run on into more words (今天起)? */
static int
word_ends(const char *s)
{
	unsigned char c = (unsigned char)*s;

	if (c < 0x80)
		return !isalnum(c);
	return c < 0xE4 || c > 0xE9;	/* not an ideograph, U+4E00..U+9FFF */
}

/* 今天 / 昨天 / 前天 [10:20], 刚刚, 5分钟前, 3小时前, 2天前 */
static const char *
relative_at(const char *s, time_t now, struct when *w)
{
	static const struct { const char *word; int days; } day_words[] = {
		{"今天", 0}, {"昨天", 1}, {"前天", 2},
	};
	static const struct { const char *unit; int seconds; } ago[] = {
		{"分钟前", 60}, {"小时前", 3600}, {"天前", 86400},
	};
	struct tm tm;
	const char *p, *end = NULL;
	time_t t = now;
	int v, clock = 0;	/* the minute is now's, less what the page says */

	for (size_t i = 0; i < sizeof day_words / sizeof day_words[0] && end == NULL; i++) {
		if (!str_starts(s, day_words[i].word))
			continue;
		p = s + strlen(day_words[i].word);
		t = now - (time_t)day_words[i].days * 86400;
		if ((end = parse_time(p, w)) == p && !word_ends(p))
			end = NULL;
	}
	if (end == NULL && str_starts(s, "刚刚") && word_ends(s + strlen("刚刚"))) {
		end = s + strlen("刚刚");
		clock = 1;
	}
	if (end == NULL && (p = s + digits(s, 4, &v)) > s) {
		while (*p == ' ')
			p++;
		for (size_t i = 0; i < sizeof ago / sizeof ago[0] && end == NULL; i++)
			if (str_starts(p, ago[i].unit)) {
				t = now - (time_t)v * ago[i].seconds;
				end = p + strlen(ago[i].unit);
				clock = ago[i].seconds < 86400;
			}
	}
	if (end == NULL)
		return NULL;
	localtime_r(&t, &tm);
	w->y = tm.tm_year + 1900;
	w->mo = tm.tm_mon + 1;
	w->d = tm.tm_mday;
	w->zone[0] = '\0';	/* local time, as the page showed it */
	if (clock) {
		w->h = tm.tm_hour;
		w->mi = tm.tm_min;
		w->se = -1;
	}
	return end;
}

/* Past 民國 / 中華民國 (民国), which names the next year one of the
 * Republic's as Taiwanese papers print it (中華民國113年5月3日 is
 * 2024-05-03), with DATE_ROC set; s itself when none opens there. */
static const char *
roc_era(const char *s, int *flags)
{
	static const char *const eras[] = {"中華民國", "中华民国", "民國", "民国", NULL};
	size_t k;

	/* 中 is E4 B8 AD, 民 E6 B0 91: any other byte turns away at once */
	if (!(((unsigned char)s[0] == 0xE4 && (unsigned char)s[1] == 0xB8) ||
	    ((unsigned char)s[0] == 0xE6 && (unsigned char)s[1] == 0xB0)))
		return s;
	if ((k = sep(s, eras)) == 0 || !isdigit((unsigned char)s[k]))
		return s;
	*flags |= DATE_ROC;
	return s + k;
}

char *
date_here(const char *s, time_t now, int flags, const char **end)
{
	struct when w = {.h = -1, .mi = -1, .se = -1};
	const char *e;

	if (!isalnum((unsigned char)*s)) {
		const char *r = roc_era(s, &flags);

		if (r == s && now == 0)
			return NULL;	/* the common case, as date_find tries every byte */
		s = r;
	}
	if (name_at(s, weekdays, &e) != 0)	/* "Tuesday 15 October 2019" */
		s = e + strspn(e, " ,");
	if ((e = numeric_at(s, &w, flags)) == NULL && (e = day_first_at(s, &w)) == NULL &&
	    (e = english_at(s, &w)) == NULL && (e = time_first_at(s, &w)) == NULL &&
	    (now == 0 || (e = relative_at(s, now, &w)) == NULL))
		return NULL;
	if (end != NULL)
		*end = e;
	settle_zone(&w);
	return format(&w, flags);
}

char *
time_on_day(const char *s, const char *t, int flags, const char **end)
{
	char *day, *joined, *d = NULL;
	const char *e;

	if (!isdigit((unsigned char)*t) || (day = date_find(s, 0, 0)) == NULL)
		return NULL;
	joined = xasprintf("%.10s %s", day, t);	/* "2024-03-14 4:00pm, ..." */
	if ((d = date_here(joined, 0, flags, &e)) != NULL && strlen(d) <= 10) {
		free(d);	/* no time read: "4 hours ago" */
		d = NULL;
	}
	if (d != NULL)
		*end = t + (e - joined - 11);
	free(joined);
	free(day);
	return d;
}

char *
date_find(const char *s, time_t now, int flags)
{
	char *d = NULL;

	/* an absolute date anywhere beats a relative one before it; none
	 * starts inside a number or a word */
	for (int pass = 0; s != NULL && pass < 1 + (now != 0) && d == NULL; pass++)
		for (const char *p = s; *p && d == NULL; p++)
			if (p == s || !isalnum((unsigned char)p[-1]))
				d = date_here(p, pass ? now : 0, flags, NULL);
	return d;
}

char *
extract_date(const char *s, time_t now)
{
	return date_find(s, now, 0);
}
