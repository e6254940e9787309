/*
 * ui: the reader, an ncursesw interface over fetch, extract and layout.
 *
 * ui_run() owns the terminal from start to end and restores it on every
 * way out: the quit key, SIGTERM, SIGHUP, SIGINT, a lost terminal and
 * fatal() (through fatal_hook).  Nothing a page or the network does ends
 * it; failures are messages on the status line.
 */
#ifndef KANBAO_UI_H
#define KANBAO_UI_H

#include "config_file.h"
#include "fetch.h"
#include "memory.h"
#include "sites.h"

struct store;

struct ui_opts {
	struct fetch_opts fetch;
	int ambi_width;		/* 1 or 2: columns of East Asian ambiguous characters */
	const struct site_rules *sites;	/* per-host extraction rules, or NULL */
	const char *browser;	/* what o runs, or NULL: $BROWSER */
	struct config *config;	/* sources, bindings, colours, or NULL; + adds sources */
	const char *config_path;	/* where + adds them, or NULL: nowhere */
	struct memory *memory;	/* kanbao.db, or NULL; not owned */
	struct store *store;	/* the cache, whose index F searches, or NULL; not owned */
	int convert;		/* enum convert_mode: 繁简 at start (T switches) */
	int text_width;		/* a story's columns; 0: the full width (W cycles) */
	int images;		/* enum picture_mode: a story's pictures (I toggles) */
};

/* Opens arg (a URL or a path) and runs until the reader quits; with arg
 * NULL, the sources screen of o->config (or its only source).  Returns
 * the exit status: 0, or 1 when there is no usable terminal. */
int ui_run(const char *arg, const struct ui_opts *o);

#endif
