/* utf8: UTF-8 bytes and code points; see utf8.h. */
#include "config.h"

#include <string.h>

#include "utf8.h"
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

/* out with room for need bytes, grown by half again at least. */
static char *
room_for(char *out, size_t *cap, size_t need)
{
	if (need <= *cap)
		return out;
	*cap = need > *cap + *cap / 2 ? need : *cap + *cap / 2;
	return xrealloc(out, *cap);
}

/* The length of the valid character at s, or 0 where none starts (a NUL
 * included): utf8_valid_run's test, for one character. */
static inline size_t
valid_char(const unsigned char *s, size_t len)
{
	uint32_t cp;
	size_t n;

	if (s[0] - 1u < 0x7F)
		return 1;
	if (s[0] < 0xC2 || s[0] > 0xF4 || len < 2 || (s[1] & 0xC0) != 0x80)
		return 0;
	n = utf8_decode((const char *)s, len, &cp);
	return cp == TEXT_REPLACEMENT && n == 1 ? 0 : n;
}

/* After a bad byte this many characters are taken one at a time before a
 * valid run is looked for again: among damaged bytes runs are a byte or
 * two long, and asking for each cost more than taking it. */
#define DAMAGED_STRETCH 64

char *
utf8_repair_count(const char *s, size_t len, size_t *outlen, size_t *replaced)
{
	/* room for the bytes and a few repairs: each invalid byte grows to
	 * U+FFFD's three, and random bytes are half invalid */
	size_t cap = len + len / 8 + 16, o = 0, i = 0, n, bad = 0, damaged = 0;
	char *out = xmalloc(cap);
	const unsigned char *u = (const unsigned char *)s;

	while (i < len) {
		if (damaged == 0) {
			/* valid runs are copied whole: most pages need no
			 * repair at all */
			n = utf8_valid_run(s + i, len - i);
			out = room_for(out, &cap, o + n + 1);
			memcpy(out + o, s + i, n);
			o += n;
			if ((i += n) == len)
				break;
		} else if (u[i] - 1u < 0x7F) {
			/* the room was made at the bad byte before */
			out[o++] = s[i++];
			damaged--;
			continue;
		} else if ((n = valid_char(u + i, len - i)) > 0) {
			for (size_t k = 0; k < n; k++)
				out[o++] = s[i++];
			damaged--;
			continue;
		}
		/* a byte that starts no character: U+FFFD, or nothing for a
		 * NUL, which would end the string early for every C consumer;
		 * and room for it and the stretch after it */
		out = room_for(out, &cap, o + 3 + 4 * DAMAGED_STRETCH + 1);
		if (s[i++] != '\0') {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			bad++;
		}
		damaged = DAMAGED_STRETCH;
	}
	out[o] = '\0';
	if (replaced != NULL)
		*replaced = bad;
	if (outlen != NULL)
		*outlen = o;
	return out;
}

void
utf8_stats(const char *s, size_t len, size_t *invalid, size_t *multibyte)
{
	size_t i = 0, n;

	*invalid = *multibyte = 0;
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
		} else if ((n = valid_char((const unsigned char *)s + i, len - i)) == 0) {
			(*invalid)++;	/* one byte, as utf8_repair takes it */
			i++;
		} else {
			(*multibyte)++;
			i += n;
		}
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
