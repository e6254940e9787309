/*
 * fuzz_config: the config file parser, one line per input line, and site
 * rule matching against a URL.  Inputs are capped at 64 KiB.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "config_file.h"

#define MAX_INPUT (64 * 1024)

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct config c = {0};
	char *copy, *line, *save = NULL;
	int lineno = 0;

	if (size > MAX_INPUT)
		return 0;
	copy = malloc(size + 1);
	if (copy == NULL)
		return 0;
	memcpy(copy, data, size);
	copy[size] = '\0';
	for (line = strtok_r(copy, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save))
		config_line(&c, "fuzz", ++lineno, line);
	(void)sites_match(&c.sites, "http://www.example.test/a.html");
	config_free(&c);
	free(copy);
	return 0;
}
