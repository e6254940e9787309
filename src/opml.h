/*
 * opml: the feeds of an OPML file (newsboat's export, and others': nested
 * <outline> elements, each feed one with an xmlUrl attribute and a title
 * or text), and the sources written as OPML 2.0.
 *
 * Reading is pure (bytes in, a list out) and guarded, as an OPML file is
 * often a stranger's: at most OPML_MAX_BYTES; libxml2's XML parser with
 * XML_PARSE_NONET, without entity substitution (no XML_PARSE_NOENT), DTD
 * loading or XML_PARSE_HUGE; a document that declares entities (a
 * billion laughs) is refused before it is parsed; outlines deeper than
 * OPML_MAX_DEPTH are not read.  A feed whose URL is not http or https
 * (javascript:, file:, data:) or holds white space or control characters
 * is skipped and counted; titles are cleaned of control characters.
 * Repeated URLs are kept once.
 */
#ifndef KANBAO_OPML_H
#define KANBAO_OPML_H

#include <stddef.h>
#include <stdio.h>

#include "config_file.h"

#define OPML_MAX_BYTES (4u << 20)	/* 4 MiB: tens of thousands of feeds */
#define OPML_MAX_DEPTH 32		/* folders within folders */
#define OPML_MAX_FEEDS 100000

/* The feeds read, in document order; the caller frees them (opml_free). */
struct opml {
	struct source *v;	/* name: the outline's title (or text), maybe ""; url */
	size_t n;
	size_t skipped;		/* feeds whose URL kanbao will not read */
};

/* Reads the OPML text of len bytes into *out: 0, or -1 with *err (a new
 * string: not XML, not OPML, entities, too large, no feeds at all) and
 * *out empty. */
int opml_parse(const char *text, size_t len, struct opml *out, char **err);
void opml_free(struct opml *o);

/* The n sources as an OPML 2.0 document, escaped, to f. */
void opml_write(const struct source *s, size_t n, FILE *f);

/* opml_cli.c: `kanbao --import-opml FILE` adds FILE's feeds to the config
 * file at config_path (config_add.h) and says how many on stdout: 0, or
 * 2 after a message on stderr with the config as it was.  `kanbao
 * --export-opml` writes c's sources to stdout: 0, or 2 when stdout fails. */
int opml_import_cli(const char *file, const char *config_path);
int opml_export_cli(const struct config *c);

#endif
