/*
 * config_file (config.c; autoconf owns the name config.h): the config
 * file, a line format of `keyword arguments`:
 *
 *     # comments and blank lines are ignored
 *     site HOST FIELD XPATH      a site rule (see sites.h)
 *
 * A bad line gives one message naming file:line and is skipped; the rest
 * of the file still applies.  struct config owns what it holds.
 */
#ifndef KANBAO_CONFIG_FILE_H
#define KANBAO_CONFIG_FILE_H

#include "sites.h"
#include "util.h"

struct config {
	struct site_rules sites;
	struct strlist errors;	/* "file:line: message", in order */
};

/* The default path: $XDG_CONFIG_HOME/kanbao/config, or
 * ~/.config/kanbao/config (a new string), or NULL without a home. */
char *config_default_path(void);

/* Reads path into c (which may already hold rules).  A missing file is no
 * error when optional is set.  Returns the count of errors added. */
int config_load(struct config *c, const char *path, int optional);

/* Parses one line (for tests and for config_load). */
void config_line(struct config *c, const char *file, int lineno, const char *line);

void config_free(struct config *c);

#endif
