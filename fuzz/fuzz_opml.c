/*
 * fuzz_opml: OPML read (opml_parse: the size bound, entities refused,
 * the depth bound, URLs and titles checked) and what it read written
 * back as OPML and read again, which must give the same feeds.  Inputs
 * are capped at 256 KiB.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opml.h"

#define MAX_INPUT (256 * 1024)

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct opml o, again;
	char *err = NULL, *text = NULL;
	size_t len = 0;
	FILE *f;

	if (size > MAX_INPUT)
		return 0;
	if (opml_parse((const char *)data, size, &o, &err) != 0) {
		if (err == NULL || o.n != 0)
			abort();	/* an error says why and keeps nothing */
		free(err);
		return 0;
	}
	if ((f = open_memstream(&text, &len)) == NULL)
		abort();
	opml_write(o.v, o.n, f);
	fclose(f);
	if (opml_parse(text, len, &again, &err) != 0 || again.n != o.n)
		abort();	/* what it writes, it reads back whole */
	for (size_t i = 0; i < o.n; i++)
		if (strcmp(o.v[i].url, again.v[i].url) != 0)
			abort();
	opml_free(&again);
	opml_free(&o);
	free(text);
	return 0;
}
