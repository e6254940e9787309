/*
 * extract_urldate: the day a story's address gives, for a page that
 * prints none.  A county site on a TRS-like CMS files each story under
 * its month and names it by its day (/202407/t20240708_41233.html), a
 * paper's CMS by a dated folder (/2024-07/08/content_1.htm, /20240708/,
 * /2024/07/08/): a reader takes the day from there.  Only a whole day
 * counts, never a month alone, and only in the path (a query's numbers
 * are ids).  Pure text.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "extract_urldate.h"
#include "util.h"

/* The number of the n digits at p, or -1 if one is no digit. */
static int
digits(const char *p, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9')
			return -1;
		v = v * 10 + (p[i] - '0');
	}
	return v;
}

static int
is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

/* The day at p in the forms YYYYMMDD, YYYY-MM/DD, YYYY/MM/DD, YYYY-MM-DD,
 * ending in no digit: its length, with y m d set; 0 for none. */
static int
day_at(const char *p, int *y, int *m, int *d)
{
	int len;

	*y = digits(p, 4);
	if (*y < 1995 || *y > 2099)
		return 0;
	if (is_digit(p[4])) {
		*m = digits(p + 4, 2), *d = digits(p + 6, 2), len = 8;
	} else if ((p[4] == '-' || p[4] == '/') && (p[7] == '-' || p[7] == '/')) {
		*m = digits(p + 5, 2), *d = digits(p + 8, 2), len = 10;
	} else {
		return 0;
	}
	if (*m < 1 || *m > 12 || *d < 1 || *d > 31 || is_digit(p[len]))
		return 0;
	return len;
}

char *
url_date(const char *url)
{
	const char *p, *end;
	int y, m, d;

	if (url == NULL || (p = strstr(url, "://")) == NULL || (p = strchr(p + 3, '/')) == NULL)
		return NULL;
	end = p + strcspn(p, "?#");
	/* a day opens a folder (/20240708/, /2024-07/08/) or follows a
	 * TRS name's t (t20240708_41233) */
	for (; p < end; p++)
		if ((*p == '/' || (*p == 't' && p[-1] == '/')) && p + 9 <= end && day_at(p + 1, &y, &m, &d) > 0)
			return xasprintf("%04d-%02d-%02d", y, m, d);
	return NULL;
}

/* The year and month of a dated folder pair in url's path (/2026/03/),
 * for a date whose day and month could be read either way: 1 with y m
 * set, 0 for none. */
int
url_month(const char *url, int *y, int *m)
{
	const char *p, *end;

	if (url == NULL || (p = strstr(url, "://")) == NULL || (p = strchr(p + 3, '/')) == NULL)
		return 0;
	end = p + strcspn(p, "?#");
	for (; p + 8 <= end; p++)
		if (*p == '/' && p[5] == '/' && p[8] == '/' && (*y = digits(p + 1, 4)) >= 1995 &&
		    *y <= 2099 && (*m = digits(p + 6, 2)) >= 1 && *m <= 12)
			return 1;
	return 0;
}
