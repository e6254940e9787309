/*
 * extract_itemdate: the date printed inside a list item's or a related
 * item's text, as printed.  Text only, as extract_label.c.
 */
#include "config.h"

#include <string.h>

#include "extract.h"
#include "extract_words.h"
#include "util.h"

/* An ASCII letter or digit (whatever the locale says of other bytes). */
static int
word_byte(char b)
{
	return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

/* The year at p when a count runs into it with no space (a card's play
 * count before its date: 8877 then 2024-05-17, a run of eight digits and
 * a dash): the last four digits before the first dash or slash, when they
 * read as a year; p itself otherwise. */
static const char *
past_count(const char *p)
{
	size_t n = strspn(p, "0123456789");

	if (n > 4 && (p[n] == '-' || p[n] == '/') &&
	    (strncmp(p + n - 4, "19", 2) == 0 || strncmp(p + n - 4, "20", 2) == 0))
		return p + n - 4;
	return p;
}

/* The end of a clock or a video's length opening the run at p (01:40,
 * 1:02:15; the minutes two digits, what runs on after them another
 * field), or p when none opens it. */
static const char *
past_clock(const char *p)
{
	size_t h = strspn(p, "0123456789");

	if (h == 0 || h > 2 || p[h] != ':' || strspn(p + h + 1, "0123456789") < 2)
		return p;
	p += h + 3;
	if (*p == ':' && strspn(p + 1, "0123456789") >= 2)
		p += 3;
	return p + strspn(p, " ");
}

/* Does the run p..q open with a date of dots, the year first or last
 * (2025.03.28, 28.3.2025, then perhaps a time)?  A price (12.50) or a
 * version (1.2.3) is none: one dot, or no four-digit year. */
static int
dotted_date(const char *p, const char *q)
{
	size_t f[3], k = 0;

	while (k < 3 && p < q) {
		f[k] = strspn(p, "0123456789");
		if (f[k] == 0 || (size_t)(q - p) < f[k])
			return 0;
		p += f[k++];
		if (k < 3 && (p >= q || *p++ != '.'))
			return 0;
	}
	if (k != 3 || (p < q && *p != ' '))
		return 0;
	return (f[0] == 4 && f[1] <= 2 && f[2] <= 2) || (f[0] <= 2 && f[1] <= 2 && f[2] == 4);
}

/* A short run of a date inside an item, as printed. */
char *
item_date(const char *s)
{
	const char *p;

	for (p = s; *p; p++) {
		const char *q = p;
		int digits = 0, seps = 0, field = 0, first = 0;

		if (*p < '0' || *p > '9')
			continue;
		/* a run inside a longer token is no date: an index number
		 * (QX-2024-00131), a web address (/xwzx/202405/t2024…) */
		if (p > s && (word_byte(p[-1]) || strchr("-/_.", p[-1]) != NULL)) {
			while (word_byte(*p) || (*p != '\0' && strchr("-/_.:", *p) != NULL))
				p++;
			if (*p == '\0')
				break;
			continue;
		}
		p = past_count(p);
		if (p[1] == ':' || (p[1] != '\0' && p[2] == ':')) {
			/* a card's video length (01:40) is no date's start: the
			 * date run on after it, spaced or not, is the item's */
			p = q = past_clock(p);
			if (*p < '0' || *p > '9') {
				p--;
				continue;
			}
		}
		while ((*q >= '0' && *q <= '9') || *q == '-' || *q == '/' || *q == ':' ||
		    *q == '.' || (*q == ' ' && q[1] >= '0' && q[1] <= '9' && digits >= 4)) {
			/* a day has two digits: 2024-04-0558 is the date
			 * 2024-04-05 run into a count (58) with no space;
			 * a date ending in its year (03/28/2025) runs on */
			if (seps == 2 && field == 2 && first == 4 && *q >= '0' && *q <= '9')
				break;
			if (seps == 0 && *q >= '0' && *q <= '9')
				first++;
			field = *q >= '0' && *q <= '9' ? field + 1 : 0;
			if (*q >= '0' && *q <= '9')
				digits++;
			else if (*q == '-' || *q == '/')
				seps++;
			q++;
		}
		while (q > p && (q[-1] == ' ' || q[-1] == ':' || q[-1] == '.'))
			q--;
		if ((seps >= 1 || dotted_date(p, q)) && digits >= 4 && (q - p) >= 5)
			return xstrndup(p, (size_t)(q - p));
		if (q > p)
			p = q - 1;
	}
	/* 2024年3月20日, and English dates (November 14, 2023) read whole */
	if (strstr(s, "年") != NULL || strstr(s, "月") != NULL ||
	    (strpbrk(s, "JFMASONDjfmasond") != NULL && strpbrk(s, "0123456789") != NULL))
		return extract_date(s, 0);
	return NULL;
}

/* Digits at p: their count, up to max. */
static size_t
digits_at(const char *p, size_t max)
{
	size_t n = strspn(p, "0123456789");

	return n <= max ? n : 0;
}

/* A related module's link that prints the item's date before its title,
 * run into it by a dash (Joomla's mod_related_items: "2026-01-18 - 标题"):
 * the date is no part of the title.  Only a whole year-first date, then
 * " - " and a title; cut in place (the item's line still shows the date). */
void
cut_lead_date(char *text)
{
	size_t y = digits_at(text, 4), m, d;
	char sep = text[y], *p;

	if (y != 4 || (sep != '-' && sep != '/' && sep != '.') || (m = digits_at(text + 5, 2)) == 0 ||
	    text[5 + m] != sep || (d = digits_at(text + 6 + m, 2)) == 0)
		return;
	p = text + 6 + m + d;
	if (strncmp(p, " - ", 3) != 0 || p[3] == '\0' || p[3] == ' ')
		return;
	memmove(text, p + 3, strlen(p + 3) + 1);
}

/* An old site's list prints its bullet inside each link (<a>· 标题</a>,
 * <a>» Title</a>): the mark and the spaces after it are no part of the
 * title.  A mark inside the title (中国·青石) stays, and a link that is
 * the mark alone is left whole. */
void
cut_lead_bullet(char *text)
{
	const char *b = starts_any(text, link_bullets), *p;

	if (b == NULL)
		return;
	p = skip_blanks(text + strlen(b));
	if (*p != '\0')
		memmove(text, p, strlen(p) + 1);
}
