/*
 * fuzz_layout: text and a width through layout_wrap and layout_width.
 * The first byte picks the width (1..64) and the ambiguous width; the rest
 * is the text, capped at 64 KiB.  Checks that no line is wider than the
 * width unless it holds a single character.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "text.h"

#define MAX_INPUT (64 * 1024)

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static int ready;
	struct strlist lines = {0};
	char *text;
	int width, ambi;

	if (!ready) {
		setlocale(LC_ALL, "C.UTF-8");
		ready = 1;
	}
	if (size < 1 || size > MAX_INPUT)
		return 0;
	width = 1 + data[0] % 64;
	ambi = data[0] & 0x80 ? 2 : 1;
	text = text_clean((const char *)data + 1, size - 1);
	layout_wrap(text, width, ambi, &lines);
	for (size_t i = 0; i < lines.n; i++) {
		size_t len = strlen(lines.v[i]);
		uint32_t cp;

		if (layout_width(lines.v[i], len, ambi) > width && utf8_decode(lines.v[i], len, &cp) != len)
			abort();
	}
	strlist_free(&lines);
	free(text);
	return 0;
}
