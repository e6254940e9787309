/* unit_ui_url: which links the reader follows, prefetches and hands to a
 * browser (src/ui_url.c). */
#include "config.h"

#include <locale.h>

#include "tap.h"
#include "ui_url.h"

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

int
main(void)
{
	char s[UI_SCHEME_MAX + 1], what[256];

	tap_init();
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(what, sizeof what, "from %s: %s is %sfollowed",
		    cases[i].from ? cases[i].from : "(none)",
		    cases[i].url ? cases[i].url : "(null)", cases[i].followable ? "" : "not ");
		tap_int(ui_url_followable(cases[i].from, cases[i].url), cases[i].followable, what);
		snprintf(what, sizeof what, "%s %s for a browser",
		    cases[i].url ? cases[i].url : "(null)", cases[i].web ? "is" : "is not");
		tap_int(ui_url_is_web(cases[i].url), cases[i].web, what);
	}
	ui_url_scheme("JavaScript:alert(1)", s);
	tap_str(s, "javascript", "the scheme, lower case");
	ui_url_scheme("data:,x", s);
	tap_str(s, "data", "data:");
	ui_url_scheme("no scheme here", s);
	tap_str(s, "?", "no scheme: ?");
	ui_url_scheme("aaaaaaaaaaaaaaaaaaaaaaaa:x", s);
	tap_str(s, "?", "a scheme too long for a message: ?");
	ui_url_scheme("\x1b]2;x:", s);
	tap_str(s, "?", "an escape sequence is no scheme");
	return tap_done();
}
