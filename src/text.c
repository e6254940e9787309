/* text: UTF-8 decoding and cleaning; see text.h. */
#include "config.h"

#include <string.h>
#include <wchar.h>

#include "text.h"
#include "util.h"

size_t
utf8_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c, min;
	size_t n, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		n = 2, c = s[0] & 0x1F, min = 0x80;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		n = 3, c = s[0] & 0x0F, min = 0x800;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		n = 4, c = s[0] & 0x07, min = 0x10000;
	} else {
		*cp = TEXT_REPLACEMENT;
		return 1;
	}
	if (len < n) {
		*cp = TEXT_REPLACEMENT;
		return 1;
	}
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = TEXT_REPLACEMENT;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = TEXT_REPLACEMENT;
		return 1;
	}
	*cp = c;
	return n;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = TEXT_REPLACEMENT;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

char *
utf8_repair(const char *s, size_t len, size_t *outlen)
{
	return utf8_repair_count(s, len, outlen, NULL);
}

/* Does the 8-byte word hold only ASCII and no NUL? */
static int
ascii_word(const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	/* a byte's top bit after (b | 0x80) - 1 is clear only for 0x00 and 0x80 */
	return ((w | ~((w | 0x8080808080808080u) - 0x0101010101010101u)) &
	    0x8080808080808080u) == 0;
}

/* Do the 32 bytes at s hold only ASCII and no NUL?  The test of
 * ascii_word on four words at once, their flags joined before the one
 * branch: markup is long runs of ASCII. */
static int
ascii_block(const unsigned char *s)
{
	const uint64_t high = 0x8080808080808080u, ones = 0x0101010101010101u;
	uint64_t w[4], bad = 0;

	memcpy(w, s, 32);
	for (int k = 0; k < 4; k++)
		bad |= w[k] | ~((w[k] | high) - ones);
	return (bad & high) == 0;
}

size_t
utf8_valid_run(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		if (s[i] >= 0x01 && s[i] < 0x80) {
			/* ASCII: a short run (the tags between the words of a
			 * CJK page) a byte at a time, where a failed test of 32
			 * bytes cost more than the run; a long one 32 or 8
			 * bytes at a time */
			size_t start = i;

			while (i < len && s[i] - 1u < 0x7F && i - start < 8)
				i++;
			if (i - start < 8)
				continue;
			while (len - i >= 32 && ascii_block(s + i))
				i += 32;
			while (len - i >= 8 && ascii_word(s + i))
				i += 8;
			continue;
		}
		/* three-byte characters (U+1000..U+CFFF and U+E000..U+FFFF: CJK
		 * text and its fullwidth punctuation), checked inline: after
		 * these lead bytes every continuation byte is valid */
		while (len - i > 2 && s[i] >= 0xE1 && s[i] <= 0xEF && s[i] != 0xED &&
		    (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80)
			i += 3;
		if (i == len || (s[i] >= 0x01 && s[i] < 0x80))
			continue;
		n = utf8_decode(str + i, len - i, &cp);
		if (cp == 0 || (cp == TEXT_REPLACEMENT && n == 1))
			break;
		i += n;
	}
	return i;
}

char *
utf8_repair_count(const char *s, size_t len, size_t *outlen, size_t *replaced)
{
	struct buf b = {0};
	size_t i = 0, n, run, bad = 0;
	uint32_t cp;

	buf_add(&b, "", 0);
	/* valid runs are copied whole: most pages need no repair at all */
	while ((run = utf8_valid_run(s + i, len - i)) < len - i) {
		buf_add(&b, s + i, run);
		i += run;
		n = utf8_decode(s + i, len - i, &cp);
		if (cp != 0) {	/* NUL would end the string early for every C consumer */
			buf_adds(&b, "\xEF\xBF\xBD");
			bad++;
		}
		i += n;
	}
	buf_add(&b, s + i, len - i);
	if (replaced != NULL)
		*replaced = bad;
	if (outlen != NULL)
		*outlen = b.len;
	return buf_steal(&b);
}

void
utf8_stats(const char *s, size_t len, size_t *invalid, size_t *multibyte)
{
	size_t i = 0, n;
	uint32_t cp;

	*invalid = *multibyte = 0;
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (cp == TEXT_REPLACEMENT && n == 1)
			(*invalid)++;
		else if (n > 1)
			(*multibyte)++;
		i += n;
	}
}

size_t
utf8_chars_upto(const char *str, size_t limit)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t n = 0;
	uint32_t cp;

	while (n < limit && *s != '\0') {
		if (*s < 0x80) {
			n += *s++ > ' ';
			continue;
		}
		/* U+3000..U+CFFF and U+E000..U+FFFF but U+3000 (a space):
		 * valid, and no other space among them; U+3000..U+3FFF holds
		 * Chinese punctuation (。、「」) and kana */
		if ((unsigned)(*s - 0xE3) <= 0xEF - 0xE3 && *s != 0xED &&
		    (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
		    !(*s == 0xE3 && s[1] == 0x80 && s[2] == 0x80)) {
			n++;
			s += 3;
			continue;
		}
		/* a NUL ends a sequence as any other non-continuation byte does,
		 * so the decoder never reads past the string */
		s += utf8_decode((const char *)s, 4, &cp);
		n += !text_is_space(cp);
	}
	return n;
}

size_t
utf8_chars(const char *s)
{
	return utf8_chars_upto(s, (size_t)-1);
}

int
utf8_longer_than(const char *s, size_t limit)
{
	return strnlen(s, limit + 1) > limit && utf8_chars_upto(s, limit + 1) > limit;
}

int
text_is_space(uint32_t cp)
{
	switch (cp) {
	case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000:
		return 1;
	}
	return cp >= 0x2000 && cp <= 0x200A;
}

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

/* Is s[i..] one of the CJK ideographs U+4000..U+9FFF (lead bytes E4..E9)? */
static int
is_ideograph(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;

	return len - i > 2 && u[0] >= 0xE4 && u[0] <= 0xE9 &&
	    (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80;
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
		/* CJK ideographs (U+4E00..U+9FFF: lead bytes E4..E9) need no checks */
		if (is_ideograph(s, len, i)) {
			size_t run = i + 3;

			while (is_ideograph(s, len, run))
				run += 3;
			if (pending_space)
				out[o++] = ' ';
			pending_space = 0;
			marks = 0;
			memcpy(out + o, s + i, run - i);
			o += run - i;
			i = run;
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
