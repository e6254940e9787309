/*
 * fuzz_config: the config file reader (config_read: bounded lines, a
 * capped count of messages) and parser, then site rule matching against
 * URLs whose hosts the input may have named.  Inputs are capped at 64 KiB.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config_file.h"

#define MAX_INPUT (64 * 1024)

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const char *const urls[] = {
		"http://www.example.test/a.html", "https://A.EXAMPLE.TEST/",
		"http://x..example.test./", "file:///tmp/x.html",
	};
	struct config c = {0};
	FILE *f;

	if (size == 0 || size > MAX_INPUT)
		return 0;
	f = fmemopen((void *)(uintptr_t)data, size, "r");
	if (f == NULL)
		return 0;
	config_read(&c, f, "fuzz");
	fclose(f);
	if (c.errors.n > CONFIG_MAX_ERRORS)
		abort();	/* the cap holds whatever the input */
	for (size_t i = 0; i < sizeof urls / sizeof urls[0]; i++)
		(void)sites_match(&c.sites, urls[i]);
	config_free(&c);
	return 0;
}
