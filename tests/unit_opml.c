/* unit_opml: OPML read (newsboat's nesting, others' attributes, hostile
 * files) and written (escaped, read back the same). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opml.h"
#include "tap.h"
#include "util.h"

/* Parses text; the count of feeds, or -1 for an error. */
static long
parse(const char *text, struct opml *o)
{
	char *err = NULL;
	long rc = opml_parse(text, strlen(text), o, &err) == 0 ? (long)o->n : -1;

	tap_ok((rc < 0) == (err != NULL), "an error comes with its message, and only then");
	free(err);
	return rc;
}

static void
test_nested(void)
{
	struct opml o;

	tap_ok(parse("<?xml version=\"1.0\"?><opml version=\"1.0\"><head><title>newsboat</title></head>"
	    "<body><outline type=\"rss\" xmlUrl=\"http://a.example/rss\" title=\"青禾 日报\"/>"
	    "<outline title=\"乡镇\" text=\"乡镇\"><outline text=\"Fern &amp; Co\" xmlUrl=\"https://b.example/atom\"/>"
	    "<outline><outline xmlurl=\"http://c.example/\"/></outline></outline>"
	    "<outline xmlUrl=\"http://a.example/rss\" title=\"again\"/></body></opml>", &o) == 3,
	    "three feeds, nested ones too, a repeated URL once");
	if (o.n == 3) {
		tap_str(o.v[0].name, "青禾 日报", "the title");
		tap_str(o.v[1].name, "Fern & Co", "the text, without a title; &amp; read");
		tap_str(o.v[1].url, "https://b.example/atom", "its URL");
		tap_str(o.v[2].name, "", "no title or text: empty");
		tap_str(o.v[2].url, "http://c.example/", "xmlurl in lower case, two folders down");
	}
	opml_free(&o);
}

static void
test_hostile(void)
{
	static const char *const bad[] = {
		"", "not xml", "<opml><body>", "<rss><channel/></rss>", "<opml/>",
		"<opml><body></body></opml>",
		"<opml><body><outline text=\"folder\"/></body></opml>",
		"<!DOCTYPE opml [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
		    "<opml><body><outline text=\"&b;\" xmlUrl=\"http://x.example/&b;\"/></body></opml>",
		"<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
		    "<opml><body><outline text=\"&x;\" xmlUrl=\"http://x.example/\"/></body></opml>",
		"<opml><body><outline xmlUrl=\"javascript:alert(1)\"/><outline xmlUrl=\"file:///etc/passwd\"/>"
		    "<outline xmlUrl=\"data:,x\"/><outline xmlUrl=\"http://a b.example/\"/></body></opml>",
		"<opml><body><outline text=\"&#27;\" xmlUrl=\"http://x.example/\"/></body></opml>",
	};
	struct opml o;
	struct buf b = {0};
	char *err;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		tap_ok(parse(bad[i], &o) < 0 && o.n == 0 && o.v == NULL, "a bad or hostile file is refused");
		opml_free(&o);
	}
	tap_ok(parse("<opml><body><outline text=\"a\xc2\x9b" "31m\tb\" xmlUrl=\" http://x.example/ \"/>"
	    "<outline xmlUrl=\"javascript:x\"/></body></opml>", &o) == 1 && o.skipped == 1,
	    "a javascript: feed is skipped and counted beside a good one");
	if (o.n == 1) {
		tap_str(o.v[0].name, "a31m b", "a C1 control and a tab leave the title");
		tap_str(o.v[0].url, "http://x.example/", "the URL trimmed");
	}
	opml_free(&o);
	buf_adds(&b, "<opml><body>");
	for (int i = 0; i < 40; i++)
		buf_adds(&b, "<outline>");
	buf_adds(&b, "<outline xmlUrl=\"http://deep.example/\"/>");
	for (int i = 0; i < 40; i++)
		buf_adds(&b, "</outline>");
	buf_adds(&b, "</body></opml>");
	tap_ok(parse(b.s, &o) < 0, "a feed 40 folders deep is past the bound: none is read");
	opml_free(&o);
	buf_free(&b);
	tap_ok(opml_parse("<opml/>", (size_t)OPML_MAX_BYTES + 1, &o, &err) < 0, "over the size bound");
	free(err);
}

static void
test_write(void)
{
	struct source s[] = {{"青禾_日报", "http://a.example/rss?x=1&y=<2>"}, {"\"Fern\"'s", "https://b.example/"}};
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	struct opml o;

	opml_write(s, 2, f);
	fclose(f);
	tap_ok(strstr(text, "xmlUrl=\"http://a.example/rss?x=1&amp;y=&lt;2&gt;\"") != NULL, "& < > escaped");
	tap_ok(strstr(text, "title=\"&quot;Fern&quot;&apos;s\"") != NULL, "quotes escaped");
	tap_ok(strstr(text, "<opml version=\"2.0\">") != NULL, "OPML 2.0");
	tap_ok(parse(text, &o) == 2 && strcmp(o.v[0].url, s[0].url) == 0 &&
	    strcmp(o.v[1].name, s[1].name) == 0, "read back, the same sources");
	opml_free(&o);
	free(text);
}

int
main(void)
{
	tap_init();
	test_nested();
	test_hostile();
	test_write();
	return tap_done();
}
