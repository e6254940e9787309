/* unit_layout: widths, UAX #14 breaking and 避头尾. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "tap.h"
#include "text.h"
#include "util.h"

/* Wraps text and joins the lines with '|'. */
static char *
wrap(const char *text, int width, int ambi)
{
	struct strlist lines = {0};
	struct buf b = {0};

	layout_wrap(text, width, ambi, &lines);
	buf_add(&b, "", 0);
	for (size_t i = 0; i < lines.n; i++) {
		if (i)
			buf_addc(&b, '|');
		buf_adds(&b, lines.v[i]);
	}
	strlist_free(&lines);
	return buf_steal(&b);
}

static void
test_wrap(void)
{
	static const struct { const char *in; int width; const char *want, *what; } cases[] = {
		{"hello world foo", 11, "hello world|foo", "Latin breaks at spaces"},
		{"internationalization", 8, "internat|ionaliza|tion", "a word wider than the line is cut"},
		{"一二三四五六", 4, "一二|三四|五六", "CJK breaks between ideographs"},
		{"一二三，四五", 6, "一二|三，四|五", "a comma never begins a line"},
		{"一二。三四", 4, "一|二。|三四", "a full stop goes down with its character"},
		{"一二三「四五」", 8, "一二三|「四五」", "an opening bracket never ends a line"},
		{"一二三》四五", 6, "一二|三》四|五", "a closing title mark never begins a line"},
		{"ab cd", 1, "a|b|c|d", "width 1 still makes progress"},
		{"中", 1, "中", "a double-width character alone on a width-1 line"},
		{"", 10, "", "empty text is one empty line"},
		{"kanbao 看报 reads 新闻", 8, "kanbao|看报|reads 新|闻", "mixed scripts break at spaces and ideographs"},
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = wrap(cases[i].in, cases[i].width, 1);

		tap_str(got, cases[i].want, cases[i].what);
		free(got);
	}
}

static void
test_no_line_breaks_rule(void)
{
	/* every line of a long Chinese paragraph keeps the rules and the width;
	 * below 6 columns a run like 半。” cannot fit at all, so the rules give */
	const char *para = "青禾县新建的白鹭大桥今天正式通车，全长八百米。"
	    "县交通局表示：“大桥通车后，两岸居民出行时间缩短一半。”"
	    "（记者 林小溪）据介绍，大桥于去年三月动工，历时十四个月建成。";
	int ok_start = 1, ok_end = 1, ok_width = 1;

	for (int width = 8; width <= 40; width++) {
		struct strlist lines = {0};

		layout_wrap(para, width, 1, &lines);
		for (size_t i = 0; i < lines.n; i++) {
			const char *l = lines.v[i];
			size_t len = strlen(l), j = 0, n;
			uint32_t cp, last = 0, first;

			utf8_decode(l, len, &first);
			while (j < len) {
				n = utf8_decode(l + j, len - j, &cp);
				last = cp;
				j += n;
			}
			if (i > 0 && layout_no_line_start(first))
				ok_start = 0;
			if (i + 1 < lines.n && layout_no_line_end(last))
				ok_end = 0;
			if (layout_width(l, len, 1) > width)
				ok_width = 0;
		}
		strlist_free(&lines);
	}
	tap_ok(ok_start, "no line starts with closing punctuation, widths 8..40");
	tap_ok(ok_end, "no line ends with opening punctuation, widths 8..40");
	tap_ok(ok_width, "no line is wider than its width, widths 8..40");
}

static void
test_width(void)
{
	tap_int(layout_width("abc", 3, 1), 3, "ASCII width");
	tap_int(layout_width("看报", 6, 1), 4, "CJK width");
	tap_int(layout_width("“引”", strlen("“引”"), 1), 4, "ambiguous quotes narrow");
	tap_int(layout_width("“引”", strlen("“引”"), 2), 6, "ambiguous quotes wide");
	tap_int(layout_width("a\x1b[31mb", 7, 1), 6, "ESC counts nothing, the rest of the sequence is text");
}

/* Characters in s[0..len). */
static size_t
chars_in(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Every Unicode scalar value, between two letters, at both ambiguous
 * widths and a wide and a narrow line, lays out without a crash and loses
 * nothing but the spaces at the breaks.  Debian 12's libunibreak aborts on
 * the regional indicators (the halves of every flag) and on U+FFFF. */
static void
test_every_scalar_value(void)
{
	int whole = 1, fits = 1;
	uint32_t first_bad = 0;

	for (uint32_t cp = 1; cp <= 0x10FFFF; cp++) {
		char text[8], joined[8];
		size_t n;

		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		text[0] = 'a';
		n = 1 + utf8_encode(cp, text + 1);
		text[n++] = 'b';
		text[n] = '\0';
		for (int ambi = 1; ambi <= 2; ambi++) {
			for (int width = 2; width <= 80; width += 78) {
				struct layout_spans spans = {0};
				size_t len = 0;

				layout_wrap_spans(text, width, ambi, &spans);
				for (size_t i = 0; i < spans.n; i++) {
					size_t w = spans.v[i].end - spans.v[i].start;

					if (len + w < sizeof joined)
						memcpy(joined + len, text + spans.v[i].start, w);
					len += w;
					if (layout_width(text + spans.v[i].start, w, ambi) > width &&
					    chars_in(text + spans.v[i].start, w) > 1)
						fits = 0;
				}
				joined[len < sizeof joined ? len : 0] = '\0';
				if (cp != ' ' && cp != '\n' && strcmp(joined, text) != 0 && whole) {
					whole = 0;
					first_bad = cp;
				}
				free(spans.v);
			}
		}
	}
	if (!whole)
		printf("# first loss at U+%04X\n", (unsigned)first_bad);
	tap_ok(whole, "every scalar value between letters lays out whole, both ambiguous widths");
	tap_ok(fits, "and no line of several characters is wider than the line");
}

static void
test_flags(void)
{
	char *got;

	got = wrap("a🇨🇳b", 80, 1);
	tap_str(got, "a🇨🇳b", "a flag between letters stays on its line");
	free(got);
	got = wrap("🇨🇳🇺🇸🇯🇵", 2, 1);
	tap_str(got, "🇨🇳|🇺🇸|🇯🇵", "flags break between flags, never inside one");
	free(got);
	got = wrap("新闻\xEF\xBF\xBF新闻", 80, 2);
	tap_ok(got != NULL && strncmp(got, "新闻", strlen("新闻")) == 0, "U+FFFF in text does not stop the layout");
	free(got);
}

/* layout_word_width: what a table column must hold not to cut a word. */
static void
test_word_width(void)
{
	tap_int(layout_word_width("Qinghe Middle School", 1), 6, "word width: the widest Latin word");
	tap_int(layout_word_width("青禾县", 1), 2, "word width: a CJK character is a word");
	tap_int(layout_word_width("上塘村、下塘村", 1), 4, "word width: 、 stays with the character before it");
	tap_int(layout_word_width("“青禾”", 2), 4, "word width: ambiguous quotes at width 2 stay with their word");
	tap_int(layout_word_width("", 1), 0, "word width: nothing is 0");
}

int
main(void)
{
	tap_init();
	test_wrap();
	test_no_line_breaks_rule();
	test_width();
	test_flags();
	test_word_width();
	test_every_scalar_value();
	return tap_done();
}
