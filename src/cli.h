/*
 * cli: what main's modes share.  The options as main parses them, and
 * the modes that print instead of opening the reader: the dump of each
 * INPUT and --search (cli_dump.c).
 */
#ifndef KANBAO_CLI_H
#define KANBAO_CLI_H

#include "config_file.h"
#include "fetch.h"
#include "store.h"

enum format { FORMAT_JSON, FORMAT_TEXT };

struct options {
	int dump;
	int refresh;
	enum format format;
	const char *base_url;
	int width;
	int whole;			/* dump the whole page, not the story */
	const char *config_path;	/* NULL: the default */
	int no_cache;
	int search;			/* the INPUTs are words to look for */
	const char *import_opml;	/* --import-opml FILE, or NULL */
	int export_opml;
	int ambi_width;
	int convert;			/* enum convert_mode; -1: the config's */
	int images;			/* enum picture_mode; -1: the config's */
	struct fetch_opts fetch;
	struct config config;
};

/* Dumps one input (a URL or a path) to stdout as JSON or text; 0, or -1
 * after printing why on stderr. */
int dump_one(const char *arg, const struct options *o);

/* kanbao --search WORDS (argv[optind..]): 0, 2 when there is no index,
 * 1 for a usage error.  Ends the store. */
int search_cli(int argc, char **argv, struct options *o, struct store *store);

/* kanbao --refresh, then the index brought up to date, so that the
 * stories refreshed are found at once, not indexed by the first search;
 * refresh_cli's exit status. */
int refresh_indexed(struct options *o, struct store *store);

/* What the cache has to say (a damaged file moved aside, caching
 * switched off), as warnings on stderr. */
void print_store_warnings(struct store *s);

#endif
