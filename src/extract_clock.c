/*
 * extract_clock: the time of day after (or before) a date, as pages print
 * it: 13:55:38, 5:50 PM, 5:00 a.m., 13时55分, and the zone after it (an
 * offset, Z, GMT, a zone's name).  extract_date.c reads the dates around
 * it.  A US zone named without its season (ET, CT: "5:00 a.m. CT") is
 * settled once the date is known, daylight time from the second Sunday
 * of March to the first Sunday of November.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "extract_clock.h"
#include "util.h"

/* Reads 1..max digits; returns the count read (0 when none). */
int
digits(const char *s, int max, int *val)
{
	int n = 0;

	*val = 0;
	while (n < max && isdigit((unsigned char)s[n]))
		*val = *val * 10 + (s[n++] - '0');
	return n;
}

/* Matches one of the alternatives at s, returning the bytes used. */
size_t
sep(const char *s, const char *const *alts)
{
	for (; *alts; alts++)
		if (str_starts(s, *alts))
			return strlen(*alts);
	return 0;
}

/* The zone as the contract prints it: Z for GMT and UTC, else +08:00. */
static void
set_zone(struct when *w, int minutes, int named)
{
	int a = minutes < 0 ? -minutes : minutes;

	if (minutes == 0 && named)
		snprintf(w->zone, sizeof w->zone, "Z");
	else
		snprintf(w->zone, sizeof w->zone, "%c%02d:%02d", minutes < 0 ? '-' : '+',
		    a / 60 % 100, a % 60);
}

/* What may stand between a date and its time: spaces, a comma, a dash,
 * "at", a slash ("May 3, 2024 / 05:12 PM CDT", as TV stations' sites
 * print it), the weekday, a zone name ("2012年12月10日, 格林尼治标准时间10:41"). */
static size_t
spaces(const char *s, struct when *w)
{
	static const char *const fillers[] = {"\xE3\x80\x80", "，", "星期", "周",
		"（星期", "(星期", "（周", "(周", "週", "（週", "(週", "北京时间", "北京時間", "香港时间", "香港時間",
		"格林尼治标准时间", "GMT", "UTC", "at ", "@", "·", "|", "/", NULL};
	static const char *const day_names[] = {"一", "二", "三", "四", "五", "六",
		"日", "天", NULL};
	static const char *const closers[] = {"）", ")", NULL};
	size_t n = 0, k;

	for (;;) {
		if (s[n] == 'T' && n == 0 && isdigit((unsigned char)s[1]))
			w->iso = 1;
		if (s[n] == ' ' || s[n] == 'T' || s[n] == '\t' || s[n] == ',' || s[n] == '-')
			n++;
		else if ((k = sep(s + n, fillers)) != 0) {
			if (str_starts(s + n, "北京") || str_starts(s + n, "香港"))
				set_zone(w, 8 * 60, 0);
			else if (s[n] == 'G' || s[n] == 'U' || str_starts(s + n, "格"))
				set_zone(w, 0, 1);
			n += k;
			/* the weekday, bracketed or not: 2024年5月3日（星期五） */
			if ((k >= 6 && memcmp(s + n - 6, "星期", 6) == 0) ||
			    (k >= 3 && (memcmp(s + n - 3, "周", 3) == 0 || memcmp(s + n - 3, "週", 3) == 0))) {
				n += sep(s + n, day_names);
				n += sep(s + n, closers);
			}
		} else
			return n;
	}
}

/* +08:00, +0800, +08, +8 after a time; bytes used, 0 when none. */
static size_t
offset_at(const char *s, struct when *w)
{
	const char *p;
	int hh, mm = 0, n;

	if ((*s != '+' && *s != '-') || (n = digits(s + 1, 2, &hh)) == 0 || hh > 14)
		return 0;
	p = s + 1 + n;
	if (n == 2 && *p == ':' && digits(p + 1, 2, &mm) == 2)
		p += 3;
	else if (n == 2 && digits(p, 2, &mm) == 2)
		p += 2;
	else
		mm = 0;
	if (isdigit((unsigned char)*p) || *p == ':' || mm > 59)
		return 0;
	set_zone(w, (*s == '-' ? -1 : 1) * (hh * 60 + mm), 0);
	return (size_t)(p - s);
}

#define ZONE_BRACKET_MAX 10	/* bytes of "(GMT+07:00" */

/* The zone after a time: Z, an offset, GMT / UTC (+N), a zone name. */
static const char *
zone_at(const char *s, struct when *w)
{
	static const struct { const char *name; int minutes; } names[] = {
		{"GMT", 0}, {"UTC", 0}, {"EST", -300}, {"EDT", -240}, {"CST", -360}, {"CDT", -300},
		{"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420},
		{"BST", 60}, {"CET", 60}, {"CEST", 120}, {"JST", 540}, {"KST", 540},
		{"HKT", 480}, {"SGT", 480}, {"AEST", 600}, {"AEDT", 660},
		/* South-east Asia's, as its papers print them (7:00 AM MYT) */
		{"MYT", 480}, {"PHT", 480}, {"WIB", 420}, {"ICT", 420},
		{"IST", 330},	/* India's, as Indian papers print it */
		/* without the season (5:00 a.m. CT): standard time until
		 * settle_zone knows the date */
		{"ET", -300}, {"CT", -360}, {"MT", -420}, {"PT", -480},
	};
	const char *p = s, *close;
	size_t k;

	if (*s == '.')		/* fractions of a second */
		for (p = s + 1; isdigit((unsigned char)*p); p++)
			;
	if (*p == 'Z' && !isalpha((unsigned char)p[1])) {
		set_zone(w, 0, 1);
		return p + 1;
	}
	/* a bare "-08:00" only where it cannot be a range (09:00-11:00) */
	if ((*p == '+' || w->iso || w->se >= 0) && (k = offset_at(p, w)) != 0)
		return p + k;
	p += strspn(p, " ");
	/* a zone in brackets of its own, "10:25 (GMT+7)", as Vietnamese
	 * papers print it: only a zone's capitals and offset inside */
	if (*p == '(' && (close = strchr(p, ')')) != NULL && close - p <= ZONE_BRACKET_MAX &&
	    (size_t)(close - p - 1) == strspn(p + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ+-:0123456789"))
		p++;
	else
		close = NULL;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		size_t n = strlen(names[i].name);
		const char *end;

		/* "CDTUpdated": spans of a byline glued with no space, a
		 * capitalised word right after the zone's capitals */
		if (strncmp(p, names[i].name, n) != 0 || (isalpha((unsigned char)p[n]) &&
		    !(isupper((unsigned char)p[n]) && islower((unsigned char)p[n + 1]))))
			continue;
		set_zone(w, names[i].minutes, 1);
		w->season_std = n == 2 ? names[i].minutes : 0;
		/* EST to PDT, and ET to PT: North America's */
		w->us_zone = (i >= 2 && i < 10) || i >= sizeof names / sizeof names[0] - 4;
		p += n;
		end = p + offset_at(p, w);
		return close != NULL && end == close ? close + 1 : end;
	}
	if (close != NULL)
		return s;
	/* "08:30 +0800", "08:30:00 -0500" */
	if ((*p == '+' || w->se >= 0) && (k = offset_at(p, w)) != 0)
		return p + k;
	return s;
}

/* 5:50 PM, 5:50 p.m., 5:50pm */
static const char *
half_day(const char *s, int *h)
{
	const char *p = s + (*s == ' ');
	int pm;

	if (strncasecmp(p, "am", 2) == 0 || strncasecmp(p, "pm", 2) == 0)
		pm = tolower((unsigned char)*p) == 'p', p += 2;
	else if (strncasecmp(p, "a.m.", 4) == 0 || strncasecmp(p, "p.m.", 4) == 0)
		pm = tolower((unsigned char)*p) == 'p', p += 4;
	else
		return s;
	if (isalpha((unsigned char)*p) || *h > 12 || *h == 0)
		return s;
	*h = pm ? *h % 12 + 12 : *h % 12;
	return p;
}

/* ".20pm" after an hour: the dot of a British 12-hour clock (3.20pm,
 * 11.05 a.m.), a time only when the half of the day follows, as
 * 2024.05.14 and 3.20 metres are none. */
static int
dotted(const char *s)
{
	int h = 1;

	return *s == '.' && isdigit((unsigned char)s[1]) && isdigit((unsigned char)s[2]) &&
	    half_day(s + 3, &h) != s + 3;
}

/* 下午 03:21:45, 晚上7:45: a half of the day named before the time, as
 * Taiwanese ASP pages and Malaysian Chinese papers print it.  Returns
 * the bytes used and sets *pm (1 afternoon, 0 morning, -1 noon). */
static size_t
half_day_before(const char *s, int *pm)
{
	static const struct { const char *word; int pm; } words[] = {
		{"上午", 0}, {"早上", 0}, {"凌晨", 0}, {"清晨", 0}, {"中午", -1},
		{"下午", 1}, {"傍晚", 1}, {"晚上", 1}, {"晚間", 1}, {"晚间", 1}, {"夜間", 1}, {"夜间", 1},
	};

	if ((unsigned char)*s < 0xE4)	/* none but a CJK ideograph opens one */
		return 0;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (str_starts(s, words[i].word)) {
			*pm = words[i].pm;
			return strlen(words[i].word) + strspn(s + strlen(words[i].word), " ");
		}
	return 0;
}

/* The hour of a 12-hour clock after its half of the day: 下午 3 is 15,
 * 上午 12 is 0, 中午 12 stays and 中午 1 is 13. */
static int
hour_of_half(int h, int pm)
{
	if (h > 12)
		return h;
	if (pm == -1)
		return h < 11 ? h + 12 : h;
	return pm ? h % 12 + 12 : h % 12;
}

/* The time after a date, H:MM[:SS] or H时MM分[SS秒], and its zone; returns
 * the end (s itself when there is no time). */
const char *
parse_time(const char *s, struct when *w)
{
	static const char *const colon[] = {":", "：", "时", "時", "點", "点", NULL};
	static const char *const minsep[] = {":", "：", "分", NULL};
	const char *p = s + spaces(s, w);
	size_t k, m, half;
	int n, pm = 0;

	p += half = half_day_before(p, &pm);
	w->h = w->mi = w->se = -1;
	if ((n = digits(p, 2, &w->h)) != 0 && (k = sep(p + n, colon)) == 0 && dotted(p + n))
		k = 1;
	if (n == 0 || w->h > 23 || k == 0 || digits(p + n + k, 2, &w->mi) != 2 || w->mi > 59) {
		w->h = w->mi = -1;
		w->zone[0] = '\0';
		w->season_std = 0;
		w->iso = 0;
		return s;
	}
	p += n + k + 2;
	if ((m = sep(p, minsep)) != 0 && digits(p + m, 2, &w->se) == 2 && w->se <= 59)
		p += m + 2;
	else
		w->se = -1;
	if (str_starts(p, "分") || str_starts(p, "秒"))
		p += strlen("分");
	if (half != 0)
		w->h = hour_of_half(w->h, pm);
	else
		p = half_day(p, &w->h);
	return zone_at(p, w);
}

/* The day of the week of a date, 0 for Sunday (Sakamoto's method). */
static int
weekday(int y, int m, int d)
{
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};

	y -= m < 3;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

/* Is the day in US daylight time: from the second Sunday of March to
 * the first Sunday of November (the hour of the change aside)? */
static int
us_daylight(int y, int m, int d)
{
	int start = 8 + (7 - weekday(y, 3, 8)) % 7, end = 1 + (7 - weekday(y, 11, 1)) % 7;

	return (m > 3 && m < 11) || (m == 3 && d >= start) || (m == 11 && d < end);
}

void
settle_zone(struct when *w)
{
	if (w->season_std != 0 && w->mo >= 1 && w->mo <= 12)
		set_zone(w, w->season_std + 60 * us_daylight(w->y, w->mo, w->d), 1);
}
