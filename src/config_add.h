/*
 * config_add: sources added to the config file, by the reader's + (a feed
 * a page offers) and by `kanbao --import-opml`.
 *
 * The file is rewritten whole and atomically: its bytes as they were,
 * every line and comment kept, then one `source NAME URL` line per new
 * source, written to a temporary file beside it, synced, and renamed over
 * it; a crash or a full disk leaves the old file whole, and on any error
 * nothing changes.  A symbolic link is followed: the file it names is
 * replaced and the link stays.  A URL that the file already lists, or
 * that comes twice, is not added again.  A missing file is made (and its
 * directory); a file that is not a regular file, or too large to be a
 * config file (CONFIG_MAX_SIZE), is refused.
 */
#ifndef KANBAO_CONFIG_ADD_H
#define KANBAO_CONFIG_ADD_H

#include <stddef.h>

#include "config_file.h"

/* What config_add_sources did. */
struct config_added {
	size_t added;		/* lines appended */
	size_t present;		/* already listed (or twice in add[]): left out */
	size_t unfit;		/* a URL or name a config line cannot hold: left out */
};

/* Appends add[0..n) to the file at path; 0 and *out, or -1 with *err (a
 * new string) and the file as it was. */
int config_add_sources(const char *path, const struct source *add, size_t n,
    struct config_added *out, char **err);

/* A title as a source's NAME, one word of the config line: cleaned of
 * control characters, white space made '_', at most 40 characters; the
 * URL's host when the title has no text.  A new string. */
char *config_source_name(const char *title, const char *url);

#endif
