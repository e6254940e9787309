/*
 * layout: width and line breaking; see layout.h.
 *
 * layout_wrap() walks the text once, keeping a running column count and
 * the last place a line may break.  libunibreak marks the UAX #14 break
 * opportunities; 避头尾 vetoes those that would start a line with closing
 * punctuation or end one with opening punctuation.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <linebreak.h>

#include "layout.h"
#include "text.h"

/* Is cp one of the characters of set (UTF-8)? */
static int
in_set(uint32_t cp, const char *set)
{
	char enc[5] = {0};

	if (cp == 0)
		return 0;
	enc[utf8_encode(cp, enc)] = '\0';
	return strstr(set, enc) != NULL;
}

int
layout_no_line_start(uint32_t cp)
{
	return in_set(cp, "，。、；：？！）」』》〉】〕〗〙〛”’…—～·．,.;:?!)]}%"
	    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻ー゛゜");
}

int
layout_no_line_end(uint32_t cp)
{
	return in_set(cp, "（「『《〈【〔〖〘〚“‘([{");
}

int
layout_width(const char *s, size_t len, int ambi_width)
{
	size_t i = 0;
	int cols = 0, w;
	uint32_t cp;

	while (i < len) {
		if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F) {
			i++;	/* printable ASCII: one column, no decoding */
			cols++;
			continue;
		}
		i += utf8_decode(s + i, len - i, &cp);
		w = text_cp_width(cp, ambi_width);
		if (w > 0)
			cols += w;
	}
	return cols;
}

/* Emits [start, end) as a line without its trailing spaces. */
static void
emit(const char *text, size_t start, size_t end, struct layout_spans *out)
{
	while (end > start && text[end - 1] == ' ')
		end--;
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 16;
		out->v = xreallocarray(out->v, out->cap, sizeof *out->v);
	}
	out->v[out->n].start = start;
	out->v[out->n].end = end;
	out->n++;
}

/* May a line break between a and b (libunibreak said it may)? */
static int
break_allowed(uint32_t a, uint32_t b)
{
	return !layout_no_line_start(b) && !layout_no_line_end(a);
}

/* Start of the character before pos. */
static size_t
char_before(const char *text, size_t pos)
{
	do
		pos--;
	while (pos > 0 && ((unsigned char)text[pos] & 0xC0) == 0x80);
	return pos;
}

/* Where to cut a run with no break opportunity that is wider than the
 * line: at pos, moved back while that would start the next line with
 * closing punctuation or end this one with opening punctuation, as long
 * as one character stays on the line. */
static size_t
forced_cut(const char *text, size_t start, size_t pos)
{
	size_t cut = pos, len = strlen(text);

	while (cut > start) {
		size_t before = char_before(text, cut);
		uint32_t next, prev;

		if (before <= start)
			break;
		utf8_decode(text + cut, len - cut, &next);
		utf8_decode(text + before, cut - before, &prev);
		if (!layout_no_line_start(next) && !layout_no_line_end(prev))
			break;
		cut = before;
	}
	return cut > start ? cut : pos;
}

/* Is text[i..] a regional indicator (U+1F1E6..U+1F1FF, F0 9F 87 A6..BF)? */
static int
is_regional_indicator(const char *text, size_t len, size_t i)
{
	const unsigned char *s = (const unsigned char *)text + i;

	return len - i >= 4 && s[0] == 0xF0 && s[1] == 0x9F && s[2] == 0x87 &&
	    s[3] >= 0xA6 && s[3] <= 0xBF;
}

/* Is text[i..] U+FFFF (EF BF BF)? */
static int
is_ffff(const char *text, size_t len, size_t i)
{
	return len - i >= 3 && memcmp(text + i, "\xEF\xBF\xBF", 3) == 0;
}

/*
 * libunibreak 5.1 (Debian 12) aborts on an assertion when a regional
 * indicator (either half of every flag, such as 🇨🇳) follows another
 * character, and on U+FFFF, which it takes for its end of text.  Every
 * other scalar value is safe in every context (tests/unit_layout lays
 * each one out between letters).  So it is given a copy in which each of
 * those stands in as a character of the same length that it handles: a
 * plane-2 ideograph (U+20000) for a regional indicator, since a flag
 * breaks as an ideograph does, and U+FFFD for U+FFFF.  Returns text
 * itself when it holds neither, else a copy the caller frees.
 */
static const char *
unibreak_safe(const char *text, size_t len)
{
	char *copy = NULL;

	for (size_t i = 0; i < len; i++) {
		if (!is_regional_indicator(text, len, i) && !is_ffff(text, len, i))
			continue;
		if (!copy)
			copy = xstrndup(text, len);
		if (is_ffff(text, len, i))
			memcpy(copy + i, "\xEF\xBF\xBD", 3);
		else
			memcpy(copy + i, "\xF0\xA0\x80\x80", 4);
	}
	return copy ? copy : text;
}

/* UAX #14 LB30a: the two regional indicators of a flag stay together. */
static void
keep_flags_whole(const char *text, size_t len, char *brks)
{
	size_t run = 0;

	for (size_t i = 0; i < len; i++) {
		if (((unsigned char)text[i] & 0xC0) == 0x80)
			continue;
		if (!is_regional_indicator(text, len, i)) {
			run = 0;
			continue;
		}
		if (run % 2 == 1)
			brks[i - 1] = LINEBREAK_NOBREAK;
		run++;
	}
}

/* Break opportunities of text: brks[i] tells what may follow byte i. */
static void
find_breaks(const char *text, size_t len, char *brks)
{
	static int tables_ready;
	const char *safe = unibreak_safe(text, len);

	if (!tables_ready) {	/* read-only once built; without them every lookup is slow */
		init_linebreak();
		tables_ready = 1;
	}
	set_linebreaks_utf8((const utf8_t *)safe, len, "zh", brks);
	if (safe != text) {
		keep_flags_whole(text, len, brks);
		free((char *)safe);
	}
}

void
layout_wrap_spans(const char *text, int width, int ambi_width, struct layout_spans *out)
{
	size_t len = strlen(text), i = 0, start = 0, brk = 0, n, first = out->n;
	int col = 0, brk_col = 0, w;
	uint32_t cp;
	char *brks;

	if (width < 1)
		width = 1;
	brks = xmalloc(len + 1);
	find_breaks(text, len, brks);
	while (i < len) {
		if ((unsigned char)text[i] >= 0x20 && (unsigned char)text[i] < 0x7F) {
			cp = (unsigned char)text[i];	/* printable ASCII */
			n = w = 1;
		} else {
			n = utf8_decode(text + i, len - i, &cp);
			w = text_cp_width(cp, ambi_width);
		}
		if (w < 0)
			w = 0;
		if (i > start && cp != ' ' && col + w > width) {
			if (brk > start) {
				emit(text, start, brk, out);
				start = brk;
				col -= brk_col;
			} else {
				size_t cut = forced_cut(text, start, i);

				emit(text, start, cut, out);
				col = layout_width(text + cut, i - cut, ambi_width);
				start = cut;
			}
			while (start < len && text[start] == ' ' && start < i)
				start++, col--;
			if (col < 0)
				col = 0;
			brk = start;
			brk_col = 0;
			continue;
		}
		if (cp == '\n' || brks[i + n - 1] == LINEBREAK_MUSTBREAK) {
			if (cp == '\n' || i + n < len) {
				emit(text, start, cp == '\n' ? i : i + n, out);
				start = brk = i + n;
				col = brk_col = 0;
				i += n;
				continue;
			}
		}
		col += w;
		i += n;
		if (i < len && brks[i - 1] == LINEBREAK_ALLOWBREAK) {
			uint32_t next;

			utf8_decode(text + i, len - i, &next);
			if (break_allowed(cp, next)) {
				brk = i;
				brk_col = col;
			}
		}
	}
	if (start < len || out->n == first || len == 0)
		emit(text, start, len, out);
	free(brks);
}

int
layout_word_width(const char *text, int ambi_width)
{
	size_t len = strlen(text), i = 0, n;
	int col = 0, widest = 0, w;
	uint32_t cp;
	char *brks = xmalloc(len + 1);

	find_breaks(text, len, brks);
	while (i < len) {
		n = utf8_decode(text + i, len - i, &cp);
		w = text_cp_width(cp, ambi_width);
		if (cp != ' ' && w > 0)
			col += w;	/* a word's trailing spaces go at the break */
		if (col > widest)
			widest = col;
		i += n;
		if (i < len && brks[i - 1] != LINEBREAK_NOBREAK && brks[i - 1] != LINEBREAK_INSIDEACHAR) {
			uint32_t next;

			utf8_decode(text + i, len - i, &next);
			if (break_allowed(cp, next))
				col = 0;
		}
	}
	free(brks);
	return widest;
}

void
layout_wrap(const char *text, int width, int ambi_width, struct strlist *out)
{
	struct layout_spans spans = {0};

	layout_wrap_spans(text, width, ambi_width, &spans);
	for (size_t i = 0; i < spans.n; i++)
		strlist_push(out, xstrndup(text + spans.v[i].start,
		    spans.v[i].end - spans.v[i].start));
	free(spans.v);
}
