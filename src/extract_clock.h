/*
 * extract_clock: a date's parts as extract_date.c reads them, and the
 * time of day and zone that follow a date (extract_clock.c).  Not a
 * public interface: extract_date.c and extract_clock.c share it.
 */
#ifndef KANBAO_EXTRACT_CLOCK_H
#define KANBAO_EXTRACT_CLOCK_H

#include <stddef.h>

struct when {
	int y, mo, d, h, mi, se;	/* h, mi, se are -1 when not shown */
	int iso;			/* the time followed a 'T' */
	char zone[8];			/* "", "Z" or "+08:00" */
	int season_std;			/* a zone named without its season
					 * (CT): its standard offset, else 0 */
	int us_zone;			/* the zone was named as the US and
					 * Canada name theirs (EST, PDT, CT) */
};

/* Reads 1..max digits into *val; returns the count read (0 when none). */
int digits(const char *s, int max, int *val);
/* Bytes of the first of alts that s starts with, or 0. */
size_t sep(const char *s, const char *const *alts);
/* The time after a date and its zone, into w; the end (s when none). */
const char *parse_time(const char *s, struct when *w);
/* The offset of a zone named without its season, now that w's date is
 * known (CT in June is -05:00). */
void settle_zone(struct when *w);

#endif
