/*
 * extract_refine: a shown date made exact.  A byline shows "2024年3月22日"
 * or "Jun 3, 2024 | 1:15pm"; the page's own machine-readable time (<time
 * datetime>, schema.org, <meta>, read by extract_machdate.c) gives the
 * same day to the second, or the same moment in UTC, and its zone.  Split
 * from extract_pubdate.c, which finds the date shown.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_machdate.h"
#include "extract_refine.h"
#include "extract_urldate.h"

/* Where a date's zone starts ("+08:00", "Z"), or its end. */
static const char *
zone_of(const char *d)
{
	return strlen(d) > 16 ? d + 16 + strcspn(d + 16, "Z+-") : d + strlen(d);
}

/* A date shown without its time or seconds gains the precision of the
 * page's own machine-readable date (<time datetime>, schema.org, <meta>)
 * for the same day, and its zone: "2024年3月22日" with
 * datetime="2024-03-22T09:15:00+08:00" is 09:15:00+08:00.  A zone shown
 * must be the same. */
static int
refines(const char *exact, const char *shown)
{
	size_t n = (size_t)(zone_of(shown) - shown);
	const char *ez, *sz = shown + n;

	if (exact == NULL || strncmp(exact, shown, n) != 0 || strlen(exact) <= strlen(shown))
		return 0;
	/* midnight to the second is a date without its time (PubDate 00:00:00),
	 * and so is noon UTC to the second: Drupal stores a date-only field so */
	ez = zone_of(exact);
	if (strncmp(exact + 10, "T00:00", 6) == 0 &&
	    (ez == exact + 16 || (ez == exact + 19 && strncmp(exact + 16, ":00", 3) == 0)))
		return 0;
	if (strcmp(exact + 10, "T12:00:00Z") == 0)
		return 0;
	return *sz == '\0' || strcmp(ez, sz) == 0 ||
	    (strspn(ez, "Z+0:") == strlen(ez) && strspn(sz, "Z+0:") == strlen(sz));
}

#define ZONE_MINUTES_MAX (14 * 60)	/* the farthest a zone stands from UTC */

/* Minutes since 2000-01-01T00:00 of "YYYY-MM-DDTHH:MM", or -1. */
static long
minutes_of(const char *d)
{
	int y, m, day, h, mi;
	long days;

	if (strlen(d) < 16 || sscanf(d, "%4d-%2d-%2dT%2d:%2d", &y, &m, &day, &h, &mi) != 5 ||
	    y < 2000 || m < 1 || m > 12)
		return -1;
	/* days from civil: March as the year's first month */
	y -= m <= 2;
	days = 365L * (y - 2000) + (y - 2000) / 4 - (y - 2000) / 100 + (y - 2000) / 400 +
	    (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	return (days * 24 + h) * 60 + mi;
}

/* Does exact, a UTC time (datetime="2024-06-03T11:15:00Z"), stand for the
 * same moment as shown, a local time without its zone read from the
 * page ("Jun 3, 2024 | 1:15pm": 13:15)?  They are apart by a zone's
 * offset: whole quarter hours, fourteen hours at most.  A time apart by
 * other minutes (11:22Z beside 13:15) is another moment. */
static int
same_moment_utc(const char *exact, const char *shown)
{
	const char *ez = zone_of(exact);
	long a, b, off;

	if (strlen(shown) != 16 || strcmp(ez, "Z") != 0 || (a = minutes_of(exact)) < 0 ||
	    (b = minutes_of(shown)) < 0)
		return 0;
	off = b - a;
	return off != 0 && off % 15 == 0 && off <= ZONE_MINUTES_MAX && off >= -ZONE_MINUTES_MAX;
}

/* Minutes since 2000 in UTC of a date to the minute with its zone
 * ("2026-01-15T14:00:00+08:00", "…06:00:00Z"), or -1. */
static long
utc_minutes(const char *d)
{
	const char *z = zone_of(d);
	long m = minutes_of(d);
	int h, mi;

	if (m < 0 || *z == '\0')
		return -1;
	if (*z == 'Z')
		return m;
	if (sscanf(z + 1, "%2d:%2d", &h, &mi) != 2)
		return -1;
	return *z == '+' ? m - (h * 60 + mi) : m + (h * 60 + mi);
}

/* The page's machine-readable date number i: its <time>s, schema.org,
 * then <meta>. */
static char *
machine_date(struct ctx *c, size_t i)
{
	return i < c->times.n ? time_date(c, i) : i == c->times.n ? schema_date(c) : meta_date(c);
}

/* A UTC stamp (<time datetime="…06:00:00Z">) is the moment told in no
 * one's zone; when another of the page's own dates tells the same moment
 * in its zone (article:published_time "…14:00:00+08:00") and so refines
 * the date shown, that is the time the page printed: the later one. */
static char *
local_of_utc(struct ctx *c, size_t from, char *utc, const char *shown)
{
	long at = utc_minutes(utc);

	for (size_t i = from; at >= 0 && i < c->times.n + 2; i++) {
		char *d = machine_date(c, i);

		if (d != NULL && *zone_of(d) != 'Z' && utc_minutes(d) == at && refines(d, shown)) {
			free(utc);
			return d;
		}
		free(d);
	}
	return utc;
}

/* A machine date without its zone (<time datetime="2026-11-27T10:15">)
 * gains the zone of a later one of the page's own that gives the same
 * time and a zone (JSON-LD's datePublished "2026-11-27T10:15+08:00", as
 * static site generators write both): the same moment, told whole.  One
 * of another time, or of the same time to other seconds, is none. */
static char *
zoned_same(struct ctx *c, size_t from, char *bare)
{
	size_t n = strlen(bare);

	for (size_t i = from; i < c->times.n + 2; i++) {
		char *d = machine_date(c, i);

		if (d != NULL && strncmp(d, bare, n) == 0 && zone_of(d) == d + n && *zone_of(d) != '\0') {
			free(bare);
			return d;
		}
		free(d);
	}
	return bare;
}

/* A numeric date read day first, "12/03/2026 - 10:45" as 2026-03-12T10:45,
 * that the page's schema date gives month first to the minute (RDFa's
 * 2026-12-03T10:45:00-08:00: a US site's m/d/Y) is the machine's.  Only
 * a date with its time: the day and the minute must both agree. */
static char *
swapped_day(struct ctx *c, char *shown)
{
	char sw[17], *exact;

	if (strlen(shown) != 16 || memcmp(shown + 5, shown + 8, 2) == 0 || shown[8] > '1' ||
	    (shown[8] == '1' && shown[9] > '2'))
		return shown;
	memcpy(sw, shown, 17);
	memcpy(sw + 5, shown + 8, 2);
	memcpy(sw + 8, shown + 5, 2);
	exact = schema_date(c);
	if (exact == NULL || !refines(exact, sw)) {
		free(exact);
		return shown;
	}
	free(shown);
	return exact;
}

/* A date read day first ("03/10/2026 2:45 PM" as 2026-10-03) on a page
 * whose address files it under the other month (/news/2026/03/...) was
 * printed month first, as a US county's CMS does: the address names the
 * month the story was filed in, which the date's other reading matches.
 * Only when the day could be a month and the reading as printed does not
 * match the folder's month. */
static char *
folder_month(struct ctx *c, char *shown)
{
	int y, m, sy, sm, sd;

	if (sscanf(shown, "%4d-%2d-%2d", &sy, &sm, &sd) != 3 || sd > 12 || sd == sm ||
	    !url_month(c->url, &y, &m) || y != sy || m != sd)
		return shown;
	shown[5] = (char)('0' + sd / 10), shown[6] = (char)('0' + sd % 10);
	shown[8] = (char)('0' + sm / 10), shown[9] = (char)('0' + sm % 10);
	return shown;
}

/* A date to the second in UTC ("…08:40:12+00:00", "…Z": WordPress's AMP
 * reader writes its <time datetime> so) gives way to another of the
 * page's machine dates telling the same moment to the second in a zone
 * of its own (JSON-LD's "…15:40:12+07:00"): the time the page's place
 * read.  One of another moment leaves it. */
static char *
utc_told_local(struct ctx *c, char *shown)
{
	const char *z = zone_of(shown);
	long at = utc_minutes(shown);

	if (at < 0 || (strcmp(z, "Z") != 0 && strcmp(z, "+00:00") != 0))
		return shown;
	for (size_t i = 0; i < c->times.n + 2; i++) {
		char *d = machine_date(c, i);
		const char *dz = d != NULL ? zone_of(d) : NULL;

		if (d != NULL && dz == d + 19 && strcmp(dz, "Z") != 0 && strcmp(dz, "+00:00") != 0 &&
		    utc_minutes(d) == at && strncmp(d + 16, shown + 16, 3) == 0) {
			free(shown);
			return d;
		}
		free(d);
	}
	return shown;
}

char *
refine_date(struct ctx *c, char *shown)
{
	char *exact = NULL;

	if (shown == NULL || (zone_of(shown) == shown + 19 && shown[19] != '\0'))
		return shown == NULL ? NULL : utc_told_local(c, shown);	/* to the second, with its zone */
	for (size_t i = 0; i < c->times.n + 2; i++) {
		exact = machine_date(c, i);
		if (refines(exact, shown) || (exact != NULL && same_moment_utc(exact, shown))) {
			if (strcmp(zone_of(exact), "Z") == 0)
				exact = local_of_utc(c, i + 1, exact, shown);
			else if (*zone_of(exact) == '\0')
				exact = zoned_same(c, i + 1, exact);
			free(shown);
			return exact;
		}
		free(exact);
	}
	return folder_month(c, swapped_day(c, shown));
}
