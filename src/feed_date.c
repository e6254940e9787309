/*
 * feed_date: the dates of RSS, RFC 822 as pubDate prints them, read into
 * the contract's form; see feed_int.h.  Pure: strings in, strings out.
 */
#include "config.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "feed_int.h"
#include "util.h"

/* Reads 1..max digits; returns the count read (0 when none). */
static int
read_digits(const char *s, int max, int *val)
{
	int n = 0;

	*val = 0;
	while (n < max && isdigit((unsigned char)s[n]))
		*val = *val * 10 + (s[n++] - '0');
	return n;
}

static const char *
skip_blank(const char *s)
{
	while (*s == ' ' || *s == '-' || *s == ',')
		s++;
	return s;
}

/* "08:30[:00]" after an RFC 822 date; the zone that follows is ignored:
 * dates stay as printed. */
static void
rfc822_time(const char *s, int *h, int *mi, int *se)
{
	int n = read_digits(s, 2, h);

	*mi = *se = -1;
	if (n == 0 || s[n] != ':' || read_digits(s + n + 1, 2, mi) != 2 || *h > 23 || *mi > 59) {
		*h = *mi = -1;
		return;
	}
	s += n + 3;
	if (*s != ':' || read_digits(s + 1, 2, se) != 2 || *se > 59)
		*se = -1;
}

char *
feed_rfc822_date(const char *s)
{
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	int d, mo, y, h, mi, se, n;
	const char *m;

	s = skip_blank(s);
	while (isalpha((unsigned char)*s))	/* the weekday */
		s++;
	s = skip_blank(s);
	if ((n = read_digits(s, 2, &d)) == 0 || d < 1 || d > 31)
		return NULL;
	s = skip_blank(s + n);
	if (strlen(s) < 3 || !isalpha((unsigned char)s[0]))
		return NULL;
	for (m = months; *m; m += 3)
		if (strncasecmp(s, m, 3) == 0)
			break;
	if (*m == '\0')
		return NULL;
	mo = (int)(m - months) / 3 + 1;
	while (isalpha((unsigned char)*s) || *s == '.')	/* "March", "Mar." */
		s++;
	s = skip_blank(s);
	n = read_digits(s, 4, &y);
	if (n == 2)
		y += y < 50 ? 2000 : 1900;
	else if (n != 4 || isdigit((unsigned char)s[4]))
		return NULL;
	rfc822_time(skip_blank(s + n), &h, &mi, &se);
	if (h >= 0 && se >= 0)
		return xasprintf("%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, se);
	if (h >= 0)
		return xasprintf("%04d-%02d-%02dT%02d:%02d", y, mo, d, h, mi);
	return xasprintf("%04d-%02d-%02d", y, mo, d);
}
