/* text: the cleaning of page text and the display width; see text.h. */
#include "config.h"

#include <string.h>
#include <wchar.h>

#include "text.h"
#include "util.h"

int
text_is_corrupting(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
		return 1;		/* C0, DEL, C1: ESC, CSI, OSC ... */
	switch (cp) {
	case 0x00AD:			/* soft hyphen: invisible, width varies */
	case 0x034F: case 0x061C: case 0x115F: case 0x1160: case 0x17B4:
	case 0x17B5: case 0x180E: case 0xFEFF:
		return 1;
	}
	if (cp >= 0x200B && cp <= 0x200F)	/* zero width, LRM, RLM */
		return 1;
	if (cp >= 0x202A && cp <= 0x202E)	/* bidi embeddings, overrides */
		return 1;
	if (cp >= 0x2060 && cp <= 0x206F)	/* isolates, invisible operators */
		return 1;
	if (cp >= 0xFFF9 && cp <= 0xFFFB)	/* interlinear annotation */
		return 1;
	if (cp >= 0xE0000 && cp <= 0xE0FFF)	/* tags, variation selectors supplement */
		return 1;
	if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF))
		return 1;		/* noncharacters */
	return 0;
}

/* A combining mark: the blocks of them by number, whatever the locale,
 * and whatever else the C library counts as zero width. */
static int
is_combining(uint32_t cp)
{
	/* CJK punctuation (not U+302A..U+302F) and fullwidth forms, the
	 * commonest of Chinese text after the ideographs: no wcwidth call */
	if ((cp >= 0x3000 && cp < 0x302A) || (cp >= 0xFF00 && cp <= 0xFFEF))
		return 0;
	if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) ||
	    (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
	    (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F))
		return 1;
	return cp >= 0x0300 && wcwidth((wchar_t)cp) == 0;
}

/* Makes room in out for what is left of the input and `more` besides. */
static void
reserve(char **out, size_t *cap, size_t used, size_t more)
{
	if (used + more + 1 <= *cap)
		return;
	if (more > (size_t)-1 / 2 - used)
		fatal("out of memory");
	*cap = used + more + 1 > *cap * 2 ? used + more + 1 : *cap * 2;
	*out = xrealloc(*out, *cap);
}

/* What text_clean does with an ASCII byte that is not printable: white
 * space becomes one space, a control character goes; 0 for the rest. */
enum { BLANK_SPACE = 1, BLANK_DROP = 2 };
static const unsigned char blank_class[256] = {
	[0x00] = BLANK_DROP, [0x01] = BLANK_DROP, [0x02] = BLANK_DROP, [0x03] = BLANK_DROP,
	[0x04] = BLANK_DROP, [0x05] = BLANK_DROP, [0x06] = BLANK_DROP, [0x07] = BLANK_DROP,
	[0x08] = BLANK_DROP, ['\t'] = BLANK_SPACE, ['\n'] = BLANK_SPACE, ['\v'] = BLANK_SPACE,
	['\f'] = BLANK_SPACE, ['\r'] = BLANK_SPACE, [0x0E] = BLANK_DROP, [0x0F] = BLANK_DROP,
	[0x10] = BLANK_DROP, [0x11] = BLANK_DROP, [0x12] = BLANK_DROP, [0x13] = BLANK_DROP,
	[0x14] = BLANK_DROP, [0x15] = BLANK_DROP, [0x16] = BLANK_DROP, [0x17] = BLANK_DROP,
	[0x18] = BLANK_DROP, [0x19] = BLANK_DROP, [0x1A] = BLANK_DROP, [0x1B] = BLANK_DROP,
	[0x1C] = BLANK_DROP, [0x1D] = BLANK_DROP, [0x1E] = BLANK_DROP, [0x1F] = BLANK_DROP,
	[' '] = BLANK_SPACE, [0x7F] = BLANK_DROP,
};

/* Are the 8 bytes at s all spaces and tabs? */
static int
blank_word(const unsigned char *s)
{
	uint64_t w, sp, tab;
	const uint64_t low7 = 0x7F7F7F7F7F7F7F7Fu, high = 0x8080808080808080u;

	memcpy(&w, s, 8);
	sp = w ^ 0x2020202020202020u;
	tab = w ^ 0x0909090909090909u;
	/* a byte's top bit is set where it is not 0 (not the space, the tab) */
	sp = ((sp & low7) + low7) | sp;
	tab = ((tab & low7) + low7) | tab;
	return (sp & tab & high) == 0;
}

/*
 * The output is never longer than the input, but for invalid bytes, which
 * grow from one byte to U+FFFD's three: a space is written for white space
 * already read, a character as long as it was read.  So the buffer is
 * reserved once at the input's length, runs of printable ASCII are copied
 * whole, and only a U+FFFD asks for more room.
 */
char *
text_clean(const char *s, size_t len)
{
	size_t cap = len + 1, o = 0, i = 0, n;
	char *out = xmalloc(cap);
	int pending_space = 0, marks = 0;
	uint32_t cp;

	while (i < len) {
		unsigned char ch = (unsigned char)s[i];

		if (ch > ' ' && ch < 0x7F) {	/* printable ASCII: the common case */
			size_t run = i + 1;

			while (run < len && (unsigned char)s[run] > ' ' && (unsigned char)s[run] < 0x7F)
				run++;
			if (pending_space)
				out[o++] = ' ';
			pending_space = 0;
			marks = 0;
			memcpy(out + o, s + i, run - i);
			o += run - i;
			i = run;
			continue;
		}
		if (ch < 0x80) {	/* a run of ASCII white space and controls to drop */
			int space = 0, k;

			while (i < len && (k = blank_class[(unsigned char)s[i]]) != 0) {
				space |= k;
				i++;
				/* a page's indentation, eight bytes at a time */
				while (k == BLANK_SPACE && len - i >= 8 &&
				    blank_word((const unsigned char *)s + i))
					i += 8;
			}
			if (space & BLANK_SPACE)
				pending_space = o > 0;
			continue;
		}
		/* CJK ideographs, punctuation and U+FFFD need no checks */
		if ((n = utf8_plain_wide_run(s + i, len - i)) > 0) {
			if (pending_space)
				out[o++] = ' ';
			pending_space = 0;
			marks = 0;
			memcpy(out + o, s + i, n);
			o += n;
			i += n;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		i += n;
		if (text_is_space(cp)) {
			pending_space = o > 0;
			continue;
		}
		if (text_is_corrupting(cp))
			continue;
		if (!is_combining(cp))
			marks = 0;
		else if (++marks > TEXT_MAX_MARKS)
			continue;
		if (n == 1 && cp == TEXT_REPLACEMENT)	/* one byte grows to three */
			reserve(&out, &cap, o, pending_space + 3 + (len - i));
		if (pending_space)
			out[o++] = ' ';
		pending_space = 0;
		o += utf8_encode(cp, out + o);
	}
	out[o] = '\0';
	return out;
}

int
text_is_clean(const char *s, size_t len)
{
	size_t i = 0, n;

	/* text_clean trims the ends and folds a run of spaces to one */
	if (len == 0 || s[0] == ' ' || s[len - 1] == ' ')
		return 0;
	while (i < len) {
		unsigned char ch = (unsigned char)s[i];

		if (ch > ' ' && ch < 0x7F)
			i++;
		else if (ch == ' ' && s[i + 1] != ' ')	/* not the last byte */
			i++;
		else if ((n = utf8_plain_wide_run(s + i, len - i)) > 0)
			i += n;
		else
			return 0;
	}
	return 1;
}
