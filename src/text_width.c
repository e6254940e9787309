/*
 * text_width: how many columns a code point takes on the reader's
 * terminal.  Apart from text.c because it is the layout's question, not
 * the cleaning's: wcwidth, with East Asian Ambiguous characters wide when
 * the terminal draws them so, and the CJK and emoji blocks an old C
 * library does not know.  Pure, no I/O.
 */
#include "config.h"

#include <stdint.h>
#include <wchar.h>

#include "text.h"

/* East Asian Ambiguous characters common in Chinese text: quotes, dots,
 * dashes, ellipsis, Greek, Cyrillic, box drawing and circled numbers. */
static int
is_ambiguous(uint32_t cp)
{
	static const uint32_t ranges[][2] = {
		{0x00A1, 0x00A1}, {0x00A4, 0x00A4}, {0x00A7, 0x00A8},
		{0x00AA, 0x00AA}, {0x00AE, 0x00AE}, {0x00B0, 0x00B4},
		{0x00B6, 0x00BA}, {0x00BC, 0x00BF}, {0x00D7, 0x00D7},
		{0x00F7, 0x00F7}, {0x0391, 0x03A9}, {0x03B1, 0x03C9},
		{0x0401, 0x0401}, {0x0410, 0x044F}, {0x0451, 0x0451},
		{0x2010, 0x2010}, {0x2013, 0x2016}, {0x2018, 0x2019},
		{0x201C, 0x201D}, {0x2020, 0x2022}, {0x2024, 0x2027},
		{0x2030, 0x2030}, {0x2032, 0x2033}, {0x2035, 0x2035},
		{0x203B, 0x203B}, {0x2103, 0x2103}, {0x2116, 0x2116},
		{0x2121, 0x2122}, {0x2160, 0x216B}, {0x2170, 0x2179},
		{0x2190, 0x2199}, {0x2460, 0x24E9}, {0x2500, 0x257F},
		{0x25A0, 0x25A1}, {0x25B2, 0x25B3}, {0x25C6, 0x25C7},
		{0x25CB, 0x25CB}, {0x25CE, 0x25D1}, {0x2605, 0x2606},
		{0x2640, 0x2640}, {0x2642, 0x2642},
	};
	size_t lo = 0, hi = sizeof ranges / sizeof ranges[0];

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (cp < ranges[mid][0])
			hi = mid;
		else if (cp > ranges[mid][1])
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

int
text_cp_width(uint32_t cp, int ambi_width)
{
	int w;

	if (cp >= 0x20 && cp < 0x7F)	/* printable ASCII, the most of many pages */
		return 1;
	if (text_is_corrupting(cp))
		return -1;
	if (ambi_width == 2 && is_ambiguous(cp))
		return 2;
	w = wcwidth((wchar_t)cp);
	if (w < 0) {
		/* the C library may not know newer CJK and emoji blocks */
		if ((cp >= 0x20000 && cp <= 0x3FFFD) || (cp >= 0x1F300 && cp <= 0x1FAFF))
			return 2;
		return -1;
	}
	return w;
}
