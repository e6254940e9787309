/* unit_text: UTF-8 decoding and the cleaning of page text. */
#include "config.h"

#include <stdlib.h>

#include "tap.h"
#include "text.h"
#include "util.h"

static void
test_clean(void)
{
	static const struct { const char *in, *want, *what; } cases[] = {
		{"  a \t b\n\nc  ", "a b c", "white space folds to one space and trims"},
		{"\xE3\x80\x80\xE3\x80\x80正文", "正文", "ideographic indent is removed"},
		{"a\x1b]0;pwned\x07" "b", "a]0;pwnedb", "ESC and BEL are dropped"},
		{"x\x1b[2Jy", "x[2Jy", "a clear-screen sequence loses its ESC"},
		{"\xC2\x9B" "31m", "31m", "C1 CSI is dropped"},
		{"ab\xE2\x80\xAE" "cd", "abcd", "bidi override U+202E is dropped"},
		{"zero\xE2\x80\x8Bwidth", "zerowidth", "zero width space is dropped"},
		{"soft\xC2\xADhyphen", "softhyphen", "soft hyphen is dropped"},
		{"bad\xFFz", "bad\xEF\xBF\xBDz", "an invalid byte becomes U+FFFD"},
		{"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "a surrogate is invalid"},
		{"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", "an overlong slash is invalid"},
		{"\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "past U+10FFFF is invalid"},
		{"\xF0\xA0\xAE\xB7", "\xF0\xA0\xAE\xB7", "a CJK extension B character stays"},
		{" \xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\x01\xEF\xBF", "\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
		    "U+FFFD stays, a control beside it goes, a cut one is two"},
		{"nbsp\xC2\xA0here", "nbsp here", "no-break space is a space"},
		{"", "", "the empty string stays empty"},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = text_clean(cases[i].in, strlen(cases[i].in));

		tap_str(got, cases[i].want, cases[i].what);
		free(got);
	}
}

/* A storm of combining marks keeps as many as a terminal cell holds, on
 * each base; ordinary accents are untouched. */
static void
test_mark_storm(void)
{
	struct buf in = {0};
	char *got;

	buf_adds(&in, "Z");
	for (int i = 0; i < 5000; i++)
		buf_adds(&in, "\xCC\x81");	/* U+0301 */
	buf_adds(&in, "a" "\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81 e\xCC\x81");
	got = text_clean(in.s, in.len);
	tap_str(got, "Z\xCC\x81\xCC\x81\xCC\x81\xCC\x81" "a\xCC\x81\xCC\x81\xCC\x81\xCC\x81 e\xCC\x81",
	    "5000 marks on one letter keep 4, the next letter its own 4, a single accent stays");
	free(got);
	got = text_clean("vi\xE1\xBB\x87t Ti\xE1\xBA\xBFng, \xE0\xBD\xA6\xE0\xBE\x90\xE0\xBE\xB1\xE0\xBD\xBA", 28);
	tap_str(got, "vi\xE1\xBB\x87t Ti\xE1\xBA\xBFng, \xE0\xBD\xA6\xE0\xBE\x90\xE0\xBE\xB1\xE0\xBD\xBA",
	    "Vietnamese and a Tibetan stack pass whole");
	free(got);
	buf_free(&in);
}

/* Invalid bytes are the one input that grows (one byte to U+FFFD's
 * three): a text of nothing else, with spaces between, comes out whole. */
static void
test_clean_grows(void)
{
	struct buf in = {0}, want = {0};
	char *got;

	for (int i = 0; i < 3000; i++) {
		buf_adds(&in, i % 3 ? "\xFF" : " \t\xFE");
		buf_adds(&want, i == 0 ? "\xEF\xBF\xBD" : i % 3 ? "\xEF\xBF\xBD" : " \xEF\xBF\xBD");
	}
	buf_adds(&in, "\x01ok\x7F ");
	buf_adds(&want, "ok");
	got = text_clean(in.s, in.len);
	tap_str(got, want.s, "3000 invalid bytes between spaces become 3000 U+FFFD");
	free(got);
	buf_free(&in);
	buf_free(&want);
}

static void
test_decode(void)
{
	uint32_t cp;

	tap_int((long)utf8_decode("\xE4\xB8\xAD", 3, &cp), 3, "中 is three bytes");
	tap_int((long)cp, 0x4E2D, "中 is U+4E2D");
	tap_int((long)utf8_decode("\xE4\xB8", 2, &cp), 1, "a truncated sequence uses one byte");
	tap_int((long)cp, TEXT_REPLACEMENT, "and gives U+FFFD");
}

static void
test_repair(void)
{
	size_t n;
	char *got = utf8_repair("a\0b", 3, &n);

	tap_str(got, "ab", "NUL bytes are dropped");
	tap_int((long)n, 2, "and the length counts what is left");
	free(got);
}

/* Each byte that starts no character becomes one U+FFFD, whatever stands
 * around it; a valid U+FFFD and valid characters pass as they are. */
static void
test_repair_invalid(void)
{
	static const struct { const char *in; size_t len; const char *out; size_t bad; } cases[] = {
		{"a\xFF\xFE" "b", 4, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b", 2},
		{"\xE4\xB8", 2, "\xEF\xBF\xBD\xEF\xBF\xBD", 2},	/* 中 cut short */
		{"\xE4\xB8\xAD\xEF\xBF\xBD", 6, "\xE4\xB8\xAD\xEF\xBF\xBD", 0},
		{"\xC0\xAF" "x", 3, "\xEF\xBF\xBD\xEF\xBF\xBD" "x", 2},	/* overlong '/' */
		{"\x80\0\x80", 3, "\xEF\xBF\xBD\xEF\xBF\xBD", 2},
		{"\xE4" "a\xF5\xC2", 4, "\xEF\xBF\xBD" "a\xEF\xBF\xBD\xEF\xBF\xBD", 3},	/* leads alone */
		{"\xED\xA0\x80" "b", 4, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b", 3},	/* a surrogate */
		{"\xC3\xA9\xF0\x9F\x93\xB0", 6, "\xC3\xA9\xF0\x9F\x93\xB0", 0},	/* é, a four-byte one */
		/* after a bad byte characters are taken one at a time: each
		 * kind, a NUL, a surrogate and a lead cut by the end */
		{"\xFF\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x93\xB0\0\xED\xA0\x80\xE4\xB8", 16,
		 "\xEF\xBF\xBD\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x93\xB0" "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
		 "\xEF\xBF\xBD\xEF\xBF\xBD", 6},
	};
	enum { MANY = 5000 };
	char many[MANY], *got;
	size_t n, bad, invalid, multibyte;

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		/* utf8_stats counts the same bad bytes the repair replaces */
		utf8_stats(cases[i].in, cases[i].len, &invalid, &multibyte);
		tap_int((long)invalid, (long)cases[i].bad, "utf8_stats: the bad bytes counted as the repair does");
		got = utf8_repair_count(cases[i].in, cases[i].len, &n, &bad);
		tap_str(got, cases[i].out, "utf8_repair: each bad byte one U+FFFD");
		tap_int((long)n, (long)strlen(cases[i].out), "utf8_repair: the length of what came out");
		tap_int((long)bad, (long)cases[i].bad, "utf8_repair: the bad bytes counted");
		free(got);
	}
	/* a long valid stretch between bad bytes, taken one character at a
	 * time and then as a run, comes out as it went in */
	{
		struct buf in = {0}, want = {0};

		for (int round = 0; round < 3; round++) {
			buf_adds(&in, "\xFE");
			buf_adds(&want, "\xEF\xBF\xBD");
			for (int k = 0; k < 100; k++) {
				buf_adds(&in, "\xE4\xB8\xAD" "a\xC3\xA9");
				buf_adds(&want, "\xE4\xB8\xAD" "a\xC3\xA9");
			}
		}
		got = utf8_repair_count(in.s, in.len, &n, &bad);
		tap_str(got, want.s, "utf8_repair: 300 valid characters after each of three bad bytes kept");
		tap_int((long)bad, 3, "utf8_repair: and three repairs");
		free(got);
		buf_free(&in);
		buf_free(&want);
	}
	/* three times the room: the buffer grows as it fills */
	memset(many, 0xFF, sizeof many);
	got = utf8_repair_count(many, sizeof many, &n, &bad);
	tap_int((long)n, 3L * MANY, "utf8_repair: 5000 bad bytes give 15000 bytes");
	tap_int((long)bad, MANY, "utf8_repair: and are 5000 repairs");
	tap_ok(strspn(got, "\xEF\xBF\xBD") == n && got[n] == '\0', "utf8_repair: all U+FFFD, ended");
	free(got);
}

/* The characters passed with no check, and those that are not. */
static void
test_plain_wide(void)
{
	static const struct { const char *s; uint32_t cp; } cases[] = {
		{"中", 0x4E2D}, {"。", 0x3002}, {"、", 0x3001}, {"」", 0x300D},
		{"，", 0xFF0C}, {"～", 0xFF5E}, {"\xEF\xBF\xBD", 0xFFFD},
		{"\xE3\x80\x80", 0},		/* the ideographic space */
		{"\xE3\x80\xAA", 0},		/* a tone mark, U+302A */
		{"\xEF\xBB\xBF", 0},		/* the byte-order mark */
		{"\xEF\xBE\x80", 0},		/* halfwidth katakana, U+FF80 */
		{"あ", 0}, {"a", 0}, {"\xE4\xB8", 0},
	};

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		tap_int((long)utf8_plain_wide(cases[i].s, strlen(cases[i].s)), (long)cases[i].cp,
		    "utf8_plain_wide: the character, or 0 where a check is needed");
}

/* text_is_clean says yes only where text_clean gives the same bytes back,
 * and so does a run of CJK text: the segment walk keeps a clean text
 * node as it is. */
static void
test_is_clean(void)
{
	static const struct { const char *s; int clean; } cases[] = {
		{"Ferry runs again", 1}, {"渡船今天复航。", 1}, {"第12段，共3段", 1},
		{"A 渡船 B", 1}, {"\xEF\xBF\xBD", 1},
		{"", 0}, {" lead", 0}, {"trail ", 0}, {"two  spaces", 0},
		{"tab\there", 0}, {"line\nbreak", 0}, {"esc\x1B[31m", 0},
		{"nbsp\xC2\xA0here", 0}, {"\xE3\x80\x80ideographic space", 0},
		{"zero\xE2\x80\x8Bwidth", 0}, {"bad \xE4\xB8 byte", 0}, {"é", 0},
	};

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *s = cases[i].s;
		char *t = text_clean(s, strlen(s));

		tap_int(text_is_clean(s, strlen(s)), cases[i].clean, "text_is_clean: clean text alone");
		if (cases[i].clean)
			tap_ok(strcmp(t, s) == 0, "text_is_clean: ... which text_clean gives back as it is");
		free(t);
	}
}

/* Counting stops at the limit: the bounded count is the whole count cut
 * there, and nothing past the limit is read (the buffer below has no NUL
 * after it; ASan sees any read past it). */
static void
test_chars(void)
{
	static const struct { const char *s; size_t n; const char *what; } cases[] = {
		{"", 0, "the empty string has no characters"},
		{"  a b\tc ", 3, "ASCII spaces do not count"},
		{"中文 新闻\xE3\x80\x80稿", 5, "CJK counts one each, U+3000 does not"},
		{"a\xC2\xA0" "b\xE2\x80\x83" "c", 3, "no-break and em spaces do not count"},
		{"\xEF\xBC\x8C\xEF\xBF\xBD\xEA\xB0\x80", 3, "full-width comma, U+FFFD, a Hangul syllable"},
		{"\xED\xA0\x80", 3, "a surrogate is three invalid bytes"},
		{"\xE0\x80\xAF", 3, "an overlong form is three invalid bytes"},
		{"x\xE4\xB8", 3, "a sequence cut by the end counts its bytes"},
		{"\xE3\x80\x82\xE3\x80\x81\xE3\x80\x8C\xE5\xBC\x95\xE3\x80\x8D\xE3\x81\x8B\xE3\x80", 8,
		    "CJK punctuation and kana count one each, a cut one its bytes"},
		{"\xF0\x9F\x87\xA8\xF0\x9F\x87\xB3", 2, "a flag is two regional indicators"},
	};
	char *unterminated = xmalloc(3);

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t n = utf8_chars(cases[i].s);

		tap_int((long)n, (long)cases[i].n, cases[i].what);
		for (size_t limit = 0; limit <= n + 1; limit++)
			if (utf8_chars_upto(cases[i].s, limit) != (n < limit ? n : limit))
				tap_ok(0, cases[i].what);
	}
	memcpy(unterminated, "abc", 3);
	tap_int((long)utf8_chars_upto(unterminated, 3), 3, "counting to the limit stops there");
	memcpy(unterminated, "\xE6\x96\x87", 3);
	tap_int((long)utf8_chars_upto(unterminated, 1), 1, "and after a whole CJK character");
	free(unterminated);
}

/* The valid prefix ends at the first invalid byte or NUL wherever it
 * falls, inside an ASCII word read eight bytes at a time or after it. */
static void
test_valid_run(void)
{
	char s[40];

	tap_int((long)utf8_valid_run("", 0), 0, "an empty text is valid");
	tap_int((long)utf8_valid_run("ab\xE4\xB8\xAD\xF0\x9F\x87\xA8\xC2\xA0z", 12), 12,
	    "ASCII, CJK, a regional indicator and a no-break space are valid");
	tap_int((long)utf8_valid_run("\xEF\xBF\xBD\xED\x9F\xBF\xED\xA0\x80", 9), 6,
	    "U+FFFD and U+D7FF are valid, a surrogate is not");
	tap_int((long)utf8_valid_run("ab\xE4\xB8", 4), 2, "a sequence cut by the end is not");
	for (size_t at = 0; at < 24; at++) {
		memset(s, 'a', sizeof s);
		s[at] = '\0';
		if (utf8_valid_run(s, sizeof s) != at)
			tap_ok(0, "a NUL ends the valid run");
		s[at] = '\x80';
		if (utf8_valid_run(s, sizeof s) != at)
			tap_ok(0, "a stray continuation byte ends the valid run");
		s[at] = '\xC3';	/* a lead byte followed by 'a' */
		if (utf8_valid_run(s, sizeof s) != at)
			tap_ok(0, "a lead byte without its continuation ends the valid run");
	}
	tap_int((long)utf8_valid_run(s, 23), 23, "the run stops at len, not at what lies after");
}

static void
test_width(void)
{
	tap_int(text_cp_width('a', 1), 1, "ASCII is one column");
	tap_int(text_cp_width(0x4E2D, 1), 2, "a CJK ideograph is two columns");
	tap_int(text_cp_width(0x201C, 1), 1, "a curly quote is one column by default");
	tap_int(text_cp_width(0x201C, 2), 2, "and two with ambiguous width 2");
	tap_int(text_cp_width(0x1B, 1), -1, "ESC is never shown");
	tap_int(text_cp_width(0x202E, 1), -1, "a bidi override is never shown");
	tap_int(text_cp_width(0xFF0C, 1), 2, "a full-width comma is two columns");
}

int
main(void)
{
	tap_init();
	test_clean();
	test_mark_storm();
	test_clean_grows();
	test_decode();
	test_repair();
	test_repair_invalid();
	test_plain_wide();
	test_is_clean();
	test_chars();
	test_valid_run();
	test_width();
	return tap_done();
}
