/*
 * fuzz_extract: bytes -> charset -> libxml2 -> extract (or, for RSS and
 * Atom, feed_repair and feed) -> page, and the page's JSON and text
 * output, then the same for the whole page (in.whole, the reader's v);
 * run.sh seeds it with the fixture pages and feeds.  Inputs are
 * capped at 256 KiB: larger ones only slow the fuzzer down
 * (tests/hostile.py covers size).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "extract.h"
#include "page.h"

#define MAX_INPUT (256 * 1024)

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void
extract_and_write(const struct extract_input *in)
{
	struct page *p = extract_bytes(in);
	FILE *devnull = fopen("/dev/null", "w");

	if (devnull != NULL) {
		page_write_json(p, devnull);
		page_write_text(p, 40, 1, devnull);
		fclose(devnull);
	}
	page_free(p);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct extract_input in = {0};

	if (size > MAX_INPUT)
		return 0;
	in.bytes = (const char *)data;
	in.len = size;
	in.url = "http://fuzz.test/a/b/page.html";
	in.fetched = 1700000000;
	extract_and_write(&in);
	in.whole = 1;
	extract_and_write(&in);
	return 0;
}
