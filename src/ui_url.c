/*
 * ui_url: which links the reader may follow, prefetch or hand to a
 * browser.  Plain string checks, no curses, so a unit test links it alone.
 *
 * Extraction already drops javascript:, data:, mailto: and file: links of
 * a web page; the reader checks again before it fetches anything, so a
 * link that slips through (a site rule, a feed, a future extractor) is
 * refused with a message rather than followed.
 */
#include "config.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "ui_url.h"

/* Is url's scheme s (case-insensitive), followed by ':'? */
static int
scheme_is(const char *url, const char *s)
{
	size_t n = strlen(s);

	return url != NULL && strncasecmp(url, s, n) == 0 && url[n] == ':';
}

int
ui_url_is_web(const char *url)
{
	return scheme_is(url, "http") || scheme_is(url, "https");
}

int
ui_url_followable(const char *from, const char *url)
{
	if (ui_url_is_web(url))
		return 1;
	/* a local page (the demo, tests) may link beside itself */
	return scheme_is(url, "file") && scheme_is(from, "file");
}

void
ui_url_scheme(const char *url, char out[UI_SCHEME_MAX + 1])
{
	size_t n = 0;

	while (url != NULL && n < UI_SCHEME_MAX && (isalnum((unsigned char)url[n]) ||
	    url[n] == '+' || url[n] == '-' || url[n] == '.'))
		n++;
	if (url == NULL || n == 0 || url[n] != ':') {
		strcpy(out, "?");
		return;
	}
	for (size_t i = 0; i < n; i++)
		out[i] = (char)tolower((unsigned char)url[i]);
	out[n] = '\0';
}
