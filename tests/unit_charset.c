/* unit_charset: the order of evidence and the decoding of each charset. */
#include "config.h"

#include <stdlib.h>

#include "charset.h"
#include "tap.h"
#include "util.h"

/* 中文新闻 in several encodings */
#define ZH_UTF8 "\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\xB0\xE9\x97\xBB"
#define ZH_GBK "\xD6\xD0\xCE\xC4\xD0\xC2\xCE\xC5"
#define ZH_BIG5 "\xA4\xA4\xA4\xE5\xB7\x73\xBB\x44"	/* 中文新聞 */
#define ZH_BIG5_UTF8 "\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\xB0\xE8\x81\x9E"

struct charset_case {
	const char *what, *bytes, *http, *want_text, *want_charset;
};

static void
run(const struct charset_case *c)
{
	size_t len;
	char *used = NULL;
	char *got = charset_to_utf8(c->bytes, strlen(c->bytes), c->http, &len, &used);
	char *what = xasprintf("%s: charset", c->what);

	tap_ok(strstr(got, c->want_text) != NULL, c->what);
	tap_str(used, c->want_charset, what);
	free(what);
	free(got);
	free(used);
}

static void
test_order(void)
{
	static const struct charset_case cases[] = {
		{"UTF-8 with a meta", "<meta charset=utf-8><p>" ZH_UTF8 ZH_UTF8, NULL, ZH_UTF8, "UTF-8"},
		{"GBK named gb2312 in meta is read as GB18030",
		 "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>" ZH_GBK,
		 NULL, ZH_UTF8, "GB18030"},
		{"the HTTP charset beats the meta", "<meta charset=big5><p>" ZH_GBK ZH_GBK, "gbk",
		 ZH_UTF8, "GB18030"},
		{"Big5 by meta", "<meta charset=\"big5\"><p>" ZH_BIG5 ZH_BIG5, NULL, ZH_BIG5_UTF8, "BIG5-HKSCS"},
		{"UTF-8 bytes under a gb2312 meta are UTF-8",
		 "<meta charset=gb2312><p>" ZH_UTF8 ZH_UTF8, NULL, ZH_UTF8, "UTF-8"},
		{"a BOM wins over everything", "\xEF\xBB\xBF<meta charset=gbk><p>" ZH_UTF8, "gbk",
		 ZH_UTF8, "UTF-8"},
		{"plain ASCII without a declaration is UTF-8", "<p>hello", NULL, "hello", "UTF-8"},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		run(&cases[i]);
}

static void
test_gbk_labelled_utf8(void)
{
	/* a long GBK text declared as UTF-8: the label does not fit, uchardet decides */
	struct buf b = {0};
	size_t len;
	char *used = NULL, *got;

	buf_adds(&b, "<meta charset=utf-8><p>");
	for (int i = 0; i < 40; i++)
		buf_adds(&b, ZH_GBK "\xA3\xAC");	/* 中文新闻， */
	got = charset_to_utf8(b.s, b.len, NULL, &len, &used);
	tap_ok(strstr(got, ZH_UTF8) != NULL, "GBK labelled UTF-8 is decoded as GBK");
	tap_str(used, "GB18030", "GBK labelled UTF-8: detected charset");
	free(got);
	free(used);
	buf_free(&b);
}

/* uchardet sees a sample of a page with no label: bounded by its bytes
 * past ASCII, not by its markup, so a GBK story after 150 KiB of script
 * is still found, and a story longer than the sample is read whole. */
static void
test_detect_sample(void)
{
	struct buf b = {0};
	size_t len;
	char *used = NULL, *got;

	buf_adds(&b, "<html><script>");
	while (b.len < 150 * 1024)
		buf_adds(&b, "var x = 1; /* the site's own script */\n");
	buf_adds(&b, "</script><p>");
	for (int i = 0; i < 10000; i++)	/* 100,000 bytes of GBK */
		buf_adds(&b, ZH_GBK "\xA3\xAC");
	buf_adds(&b, "\xC4\xA9</p>");	/* 末 */
	got = charset_to_utf8(b.s, b.len, NULL, &len, &used);
	tap_str(used, "GB18030", "GBK after 150 KiB of script: detected charset");
	tap_ok(strstr(got, ZH_UTF8 "\xEF\xBC\x8C") != NULL && strstr(got, "\xE6\x9C\xAB</p>") != NULL,
	    "GBK longer than the sample: decoded to its last character");
	free(got);
	free(used);
	buf_free(&b);
}

/* NUL bytes a server left in a page go before decoding, wherever they
 * stand: at the start, doubled, at the end, inside a GBK text. */
static void
test_nul_bytes(void)
{
	static const char utf8[] = "\0<p>a\0b\0\0c\0";
	static const char gbk[] = "<meta charset=gbk><p>\xD6\xD0\0\xCE\xC4\xD0\xC2\0\0\xCE\xC5";
	size_t len;
	char *used = NULL, *got;

	got = charset_to_utf8(utf8, sizeof utf8 - 1, NULL, &len, &used);
	tap_str(got, "<p>abc", "NUL bytes go, the rest is kept in order");
	tap_int((long)len, (long)strlen("<p>abc"), "NUL bytes go: the length counts what is left");
	free(got);
	free(used);
	got = charset_to_utf8(gbk, sizeof gbk - 1, NULL, &len, &used);
	tap_ok(strstr(got, "<p>" ZH_UTF8) != NULL, "NUL bytes inside a GBK text go before it is decoded");
	free(got);
	free(used);
}

static void
test_utf16(void)
{
	static const char le[] = "\xFF\xFE<\0p\0>\0-N\x87" "e";	/* <p>中文 */
	size_t len;
	char *used = NULL;
	char *got = charset_to_utf8(le, sizeof le - 1, NULL, &len, &used);

	tap_str(got, "<p>" "\xE4\xB8\xAD\xE6\x96\x87", "UTF-16LE with a BOM");
	tap_str(used, "UTF-16LE", "UTF-16LE: charset");
	free(got);
	free(used);
}

static void
test_invalid(void)
{
	struct buf b = {0};
	size_t len;
	char *got;

	/* a stray byte in a long UTF-8 page is a typo, not a wrong label */
	for (int i = 0; i < 100; i++)
		buf_adds(&b, ZH_UTF8);
	buf_adds(&b, "ok\xFFzz");
	got = charset_to_utf8(b.s, b.len, "utf-8", &len, NULL);
	tap_ok(strstr(got, "ok\xEF\xBF\xBDzz") != NULL, "a stray invalid byte becomes U+FFFD");
	tap_ok(strstr(got, ZH_UTF8) != NULL, "and the rest stays UTF-8");
	tap_int((long)strlen(got), (long)len, "no NUL inside the text");
	free(got);
	buf_free(&b);
	got = charset_to_utf8("a\0b", 3, NULL, &len, NULL);
	tap_str(got, "ab", "NUL bytes are dropped");
	free(got);
	got = charset_to_utf8("", 0, NULL, &len, NULL);
	tap_str(got, "", "empty input gives empty text");
	free(got);
}

/* A GB2312 page with a dozen characters cut in half (a CMS that cuts
 * titles by bytes): no label fits by the rule for stray bytes, and the
 * reading with the fewest invalid bytes wins, not UTF-8 for all of it. */
static void
test_cut_characters(void)
{
	struct buf b = {0};
	size_t len;
	char *used = NULL, *got;

	buf_adds(&b, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>");
	for (int i = 0; i < 60; i++)
		buf_adds(&b, ZH_GBK "\xA3\xAC");	/* 中文新闻， */
	for (int i = 0; i < 12; i++)
		buf_adds(&b, "<li><a href=\"/a.html\">" ZH_GBK "\xD6</a></li>");
	got = charset_to_utf8(b.s, b.len, NULL, &len, &used);
	tap_ok(strstr(got, ZH_UTF8 "\xEF\xBC\x8C" ZH_UTF8) != NULL,
	    "GB2312 with a dozen cut characters is read as GB18030");
	tap_ok(strstr(got, ZH_UTF8 "\xEF\xBF\xBD</a>") != NULL, "each cut character is one U+FFFD");
	tap_str(used, "GB18030", "GB2312 with a dozen cut characters: charset");
	free(got);
	free(used);
	buf_free(&b);
	/* the same dozen bad bytes in UTF-8 under the same lying meta, in
	 * lines that read as GB18030 with more invalid bytes still */
	buf_adds(&b, "<meta charset=gb2312>");
	for (int i = 0; i < 60; i++)
		buf_adds(&b, "<p>" ZH_UTF8 "\xEF\xBC\x8C</p>");
	for (int i = 0; i < 12; i++)
		buf_adds(&b, "<li><a href=\"/a.html\">" ZH_UTF8 "\xE4\xB8</a></li>");
	used = NULL;
	got = charset_to_utf8(b.s, b.len, NULL, &len, &used);
	tap_ok(strstr(got, "<p>" ZH_UTF8 "\xEF\xBC\x8C</p>") != NULL,
	    "UTF-8 with a dozen cut characters under a gb2312 meta stays UTF-8");
	tap_str(used, "UTF-8", "UTF-8 with a dozen cut characters: charset");
	free(got);
	free(used);
	buf_free(&b);
}

/* Valid UTF-8 is read where it lies; every other page is a new string. */
static void
test_view(void)
{
	static const char utf8[] = "<meta charset=utf-8><p>" ZH_UTF8 ZH_UTF8 "</p>";
	static const char bom[] = "\xEF\xBB\xBF<p>" ZH_UTF8;
	static const char gbk[] = "<meta charset=gbk><p>" ZH_GBK;
	static const char nul[] = "<p>" ZH_UTF8 "\0!";
	static const char bad[] = "<p>" ZH_UTF8 ZH_UTF8 ZH_UTF8 "\xFF";
	size_t len;
	char *owned, *used;
	const char *got;

	got = charset_utf8_view(utf8, sizeof utf8 - 1, NULL, &len, &used, &owned);
	tap_ok(got == utf8 && owned == NULL && len == sizeof utf8 - 1,
	    "valid UTF-8 is the bytes themselves, not a copy");
	tap_str(used, "UTF-8", "and UTF-8 was applied");
	free(used);
	got = charset_utf8_view(utf8, sizeof utf8 - 1, "gbk", &len, NULL, &owned);
	tap_ok(got == utf8 && owned == NULL, "so is valid UTF-8 that the server calls GBK");
	got = charset_utf8_view(bom, sizeof bom - 1, NULL, &len, NULL, &owned);
	tap_ok(got == bom + 3 && owned == NULL && len == sizeof bom - 4,
	    "a UTF-8 page with a BOM is read after it");
	got = charset_utf8_view(gbk, sizeof gbk - 1, NULL, &len, NULL, &owned);
	tap_ok(got == owned && strstr(got, ZH_UTF8) != NULL && strlen(got) == len,
	    "GBK becomes a new string");
	free(owned);
	got = charset_utf8_view(nul, sizeof nul - 1, NULL, &len, NULL, &owned);
	tap_ok(owned != NULL && len == 3 + 12 + 1 && memcmp(got, "<p>" ZH_UTF8 "!", len) == 0,
	    "a page with a NUL is a copy without it");
	free(owned);
	got = charset_utf8_view(bad, sizeof bad - 1, "utf-8", &len, NULL, &owned);
	tap_ok(got == owned && strcmp(got, "<p>" ZH_UTF8 ZH_UTF8 ZH_UTF8 "\xEF\xBF\xBD") == 0,
	    "a page to repair is repaired in a copy");
	free(owned);
}

static void
test_sniff(void)
{
	static const struct { const char *in, *want; } cases[] = {
		{"<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html; CHARSET=GBK\">", "GBK"},
		{"<meta charset='big5'>", "big5"},
		{"<?xml version=\"1.0\" encoding=\"gb2312\"?><html>", "gb2312"},
		{"<meta name=keywords content=charset>", NULL},
		{"<p>no meta at all", NULL},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = charset_sniff_meta(cases[i].in, strlen(cases[i].in));

		tap_str(got, cases[i].want, cases[i].in);
		free(got);
	}
}

int
main(void)
{
	tap_init();
	test_order();
	test_gbk_labelled_utf8();
	test_detect_sample();
	test_utf16();
	test_nul_bytes();
	test_invalid();
	test_cut_characters();
	test_view();
	test_sniff();
	return tap_done();
}
