/*
 * config_file (config.c, config_read.c; autoconf owns the name config.h):
 * the config file, a line format of `keyword arguments`:
 *
 *     # comments and blank lines are ignored
 *     source NAME URL            a site to read: a list page or a feed
 *     bind KEY ACTION            a key for an action of the reader
 *     color ELEMENT FG [BG]      a colour (default, black, red, ... white)
 *     timeout SECONDS            network timeout (default 30)
 *     cache-size MIB             bound of the page cache (default 200)
 *     browser COMMAND ARGS...    what `o` runs (default $BROWSER)
 *     ambiguous-width 1|2        columns of “ ” · — … (default 1)
 *     convert t2s|s2t|none       繁简: show text in the other script (convert.h)
 *     text-width N               a story's measure: N columns, centred; 0, or
 *                                a terminal narrower: its full width (default 0)
 *     images auto|symbols|sixel|kitty|none   a story's pictures (picture.h)
 *     site HOST FIELD XPATH      a site rule (see sites.h)
 *
 * A bad line gives one message naming file:line and is skipped; the rest
 * of the file still applies.  struct config owns what it holds.
 *
 * Reading is bounded, so no file can freeze start-up: only regular files
 * are read (not a directory, a FIFO, a device such as /dev/zero), a line
 * over CONFIG_MAX_LINE bytes is skipped with a message, reading stops
 * after CONFIG_MAX_SIZE bytes, and only the first CONFIG_MAX_ERRORS
 * messages are kept; config_load() then adds one "… and N more problems
 * in FILE" line.
 */
#ifndef KANBAO_CONFIG_FILE_H
#define KANBAO_CONFIG_FILE_H

#include <stdio.h>

#include "sites.h"
#include "util.h"

#define CONFIG_MAX_LINE 4096			/* bytes, without the newline */
#define CONFIG_MAX_SIZE (16 * 1024 * 1024)	/* bytes: 200,000 site rules fit */
#define CONFIG_MAX_ERRORS 10

struct source {
	char *name, *url;
};

struct key_binding {
	char *key, *action;	/* checked by the reader, which knows both */
	char *where;		/* "file:line", for its messages */
};

struct color {
	char *element, *fg, *bg;	/* bg may be NULL */
	char *where;
};

struct config {
	struct source *sources;
	size_t nsources;
	struct key_binding *bindings;
	size_t nbindings;
	struct color *colors;
	size_t ncolors;
	long timeout;		/* seconds; 0: the default */
	long cache_mib;		/* 0: the default */
	int ambiguous_width;	/* 1 or 2; 0: the default (1) */
	int convert;		/* enum convert_mode; CONVERT_NONE by default */
	int text_width;		/* columns of a story; 0: the full width */
	int images;		/* enum picture_mode; PICTURE_AUTO by default */
	char *browser;		/* NULL: $BROWSER */
	struct site_rules sites;
	struct strlist errors;	/* "file:line: message", in order, capped */
	size_t errors_more;	/* problems past the cap, counted only */
};

/* The default path: $XDG_CONFIG_HOME/kanbao/config, or
 * ~/.config/kanbao/config (a new string), or NULL without a home. */
char *config_default_path(void);

/* Reads path into c (which may already hold rules).  A missing file is no
 * error when optional is set.  Returns the count of problems found. */
int config_load(struct config *c, const char *path, int optional);

/* Reads the lines of f, naming them name:line (config_load's core, for
 * tests).  Returns the count of problems found. */
int config_read(struct config *c, FILE *f, const char *name);

/* Parses one line (for tests and for config_load). */
void config_line(struct config *c, const char *file, int lineno, const char *line);

void config_free(struct config *c);

#endif
