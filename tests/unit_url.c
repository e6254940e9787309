/* unit_url: the link policy of src/url.c: which links a page keeps,
 * which the reader follows and prefetches, which go to a browser. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "tap.h"
#include "url.h"

static const struct {
	const char *from, *url;
	int followable, web;
} cases[] = {
	{"https://a.cn/1.html", "https://a.cn/2.html", 1, 1},
	{"https://a.cn/1.html", "http://b.cn/x;y=$(id)", 1, 1},
	{"http://a.cn/", "HTTPS://a.cn/", 1, 1},
	{"file:///d/a1.html", "http://a.cn/", 1, 1},
	{"file:///d/a1.html", "file:///d/a2.html", 1, 0},
	{"FILE:///d/a1.html", "File:///d/a2.html", 1, 0},
	{"https://a.cn/1.html", "file:///etc/passwd", 0, 0},
	{"http://a.cn/", "javascript:alert(1)", 0, 0},
	{"file:///d/a1.html", "javascript:alert(1)", 0, 0},
	{"http://a.cn/", "data:text/html,<h1>x</h1>", 0, 0},
	{"http://a.cn/", "ftp://a.cn/x", 0, 0},
	{"http://a.cn/", "mailto:a@a.cn", 0, 0},
	{"http://a.cn/", "httpx://a.cn/", 0, 0},
	{"http://a.cn/", "http//a.cn/", 0, 0},
	{"http://a.cn/", "/etc/passwd", 0, 0},
	{"http://a.cn/", "", 0, 0},
	{NULL, "file:///etc/passwd", 0, 0},
	{NULL, NULL, 0, 0},
};

/* url_resolve(base, href, page): what a page's link becomes, or NULL. */
static const struct {
	const char *base, *href, *page, *want;
} resolved[] = {
	{"https://a.cn/news/1.html", "2.html", NULL, "https://a.cn/news/2.html"},
	{"https://a.cn/news/1.html", "../list.html?p=2", NULL, "https://a.cn/list.html?p=2"},
	{"https://a.cn/news/1.html", "\t//b.cn/x.html ", NULL, "https://b.cn/x.html"},
	{"https://a.cn/", "/a b.html", NULL, "https://a.cn/a%20b.html"},
	{"https://a.cn/", "javascript:void(0)", NULL, NULL},
	{"https://a.cn/", "JavaScript:alert(1)", NULL, NULL},
	{"https://a.cn/", "data:text/html,x", NULL, NULL},
	{"https://a.cn/", "mailto:a@a.cn", NULL, NULL},
	{"https://a.cn/", "#top", NULL, NULL},
	{"https://a.cn/", "", NULL, NULL},
	{"https://a.cn/", "ftp://a.cn/x", NULL, NULL},
	{"https://a.cn/", "file:///etc/passwd", "https://a.cn/", NULL},
	{"file:///d/a1.html", "a2.html", "file:///d/a1.html", "file:///d/a2.html"},
};

int
main(void)
{
	char s[URL_SCHEME_MAX + 1], what[256];

	tap_init();
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(what, sizeof what, "from %s: %s is %sfollowed",
		    cases[i].from ? cases[i].from : "(none)",
		    cases[i].url ? cases[i].url : "(null)", cases[i].followable ? "" : "not ");
		tap_int(url_followable(cases[i].from, cases[i].url), cases[i].followable, what);
		snprintf(what, sizeof what, "%s %s for a browser",
		    cases[i].url ? cases[i].url : "(null)", cases[i].web ? "is" : "is not");
		tap_int(url_is_web(cases[i].url), cases[i].web, what);
	}
	url_scheme("JavaScript:alert(1)", s);
	tap_str(s, "javascript", "the scheme, lower case");
	url_scheme("data:,x", s);
	tap_str(s, "data", "data:");
	url_scheme("no scheme here", s);
	tap_str(s, "?", "no scheme: ?");
	url_scheme("aaaaaaaaaaaaaaaaaaaaaaaa:x", s);
	tap_str(s, "?", "a scheme too long for a message: ?");
	url_scheme("\x1b]2;x:", s);
	tap_str(s, "?", "an escape sequence is no scheme");
	for (size_t i = 0; i < sizeof resolved / sizeof resolved[0]; i++) {
		char *got = url_resolve(resolved[i].base, resolved[i].href, resolved[i].page);

		snprintf(what, sizeof what, "%s from %s: %s", resolved[i].href, resolved[i].base,
		    resolved[i].want ? resolved[i].want : "no link");
		if (resolved[i].want == NULL)
			tap_ok(got == NULL, what);
		else
			tap_str(got ? got : "(null)", resolved[i].want, what);
		free(got);
	}
	return tap_done();
}
