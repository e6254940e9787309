/*
 * cli_options: the command line read into struct options; see
 * cli_options.h.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_options.h"
#include "convert.h"
#include "i18n.h"
#include "picture.h"

/* long options without a short form */
enum { OPT_TIMEOUT = 256, OPT_MAX_SIZE, OPT_OFFLINE, OPT_NO_CACHE, OPT_REFRESH,
	OPT_IMPORT_OPML, OPT_EXPORT_OPML, OPT_WHOLE,
	OPT_CONVERT, OPT_IMAGES };

void
cli_usage(FILE *f)
{
	fprintf(f, _("Usage: %s [OPTION]... [URL]\n"
	    "  or:  %s --dump [--format=json|text] [--base-url=URL] [--width=N] INPUT...\n"),
	    PACKAGE, PACKAGE);
	fprintf(f, _("  or:  %s --refresh\n"), PACKAGE);
	fprintf(f, _("  or:  %s --search [--format=json|text] WORDS...\n"), PACKAGE);
	fprintf(f, _("  or:  %s --import-opml FILE | --export-opml\n"), PACKAGE);
	if (f == stderr) {
		fprintf(f, _("Try '%s --help' for more information.\n"), PACKAGE);
		return;
	}
	fputs(_("Read regional news sites in the terminal.\n\n"), f);
	fputs(_("      --refresh        fetch every source and every story on them not yet\n"
	    "                       in the cache, for reading offline, and exit\n"), f);
	fputs(_("      --search         print the stories read or saved that hold every one\n"
	    "                       of WORDS, newest first, from the cache, and exit\n"), f);
	fputs(_("      --import-opml=FILE\n"
	    "                       add the feeds of the OPML file FILE to the config\n"
	    "                       file's sources (those not there yet), and exit\n"
	    "      --export-opml    write the config file's sources as OPML to stdout,\n"
	    "                       and exit\n"), f);
	fputs(_("      --whole-page     with --dump: all the visible text of each page,\n"
	    "                       navigation and sidebars too, instead of its story\n"), f);
	fputs(_("  -d, --dump           print the extracted page(s) and exit\n"
	    "  -f, --format=FORMAT  dump format: json (default) or text\n"
	    "  -b, --base-url=URL   resolve links of a saved page against URL\n"
	    "  -w, --width=N        wrap text output at N columns\n"
	    "                       (default: the terminal's width, or 80)\n"
	    "  -c, --config=FILE    read FILE instead of the default config file\n"
	    "      --timeout=SECONDS\n"
	    "                       give up connecting, or on a transfer that stalls,\n"
	    "                       after SECONDS, and on any fetch after 4 x SECONDS\n"
	    "                       (default: 30)\n"
	    "      --max-size=BYTES refuse pages larger than BYTES (default: 16 MiB)\n"
	    "      --offline        read http and https pages from the cache only\n"
	    "      --no-cache       neither read nor write the cache\n"
	    "      --ambi-width=N   columns that East Asian ambiguous characters\n"
	    "                       (curly quotes, middle dots) take: 1 (default) or 2\n"
	    "      --convert=MODE   繁简: t2s shows traditional Chinese as simplified,\n"
	    "                       s2t simplified as traditional, none the page's own\n"
	    "                       (default: the config's convert, else none)\n"
	    "      --images=MODE    a story's pictures in the reader: auto (sixel or\n"
	    "                       kitty when the terminal answers it has them, else\n"
	    "                       symbols), symbols (Unicode blocks), sixel, kitty,\n"
	    "                       or none: the caption line alone\n"
	    "                       (default: the config's images, else auto)\n"
	    "  -h, --help           display this help and exit\n"
	    "  -V, --version        output version information and exit\n\n"), f);
	fputs(_("INPUT is an http, https or file URL, or the path of a saved page.\n"
	    "Pages fetched over http(s) are kept in $XDG_CACHE_HOME/kanbao/cache.db\n"
	    "and revalidated when fetched again.\n"
	    "Exit status: 0 if all inputs were read, 2 if any failed, 1 for a usage error.\n"), f);
	fprintf(f, _("\nReport bugs to: %s\n"), PACKAGE_BUGREPORT);
}

static void
version(void)
{
	printf("%s %s\n", PACKAGE, VERSION);
	puts(_("Copyright (C) 2026 the kanbao authors.\n"
	    "License: MIT.\n"
	    "This is free software: you are free to change and redistribute it.\n"
	    "There is NO WARRANTY, to the extent permitted by law."));
}

/* A whole decimal number in [min, max]; 0, or -1. */
static int
parse_number(const char *s, long min, long max, long *n)
{
	char *end;

	errno = 0;
	*n = strtol(s, &end, 10);
	return *s == '\0' || *end != '\0' || errno != 0 || *n < min || *n > max ? -1 : 0;
}

int
cli_parse_options(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{"dump", no_argument, NULL, 'd'},
		{"refresh", no_argument, NULL, OPT_REFRESH},
		{"format", required_argument, NULL, 'f'},
		{"base-url", required_argument, NULL, 'b'},
		{"width", required_argument, NULL, 'w'},
		{"whole-page", no_argument, NULL, OPT_WHOLE},
		{"config", required_argument, NULL, 'c'},
		{"timeout", required_argument, NULL, OPT_TIMEOUT},
		{"max-size", required_argument, NULL, OPT_MAX_SIZE},
		{"offline", no_argument, NULL, OPT_OFFLINE},
		{"no-cache", no_argument, NULL, OPT_NO_CACHE},
		{"search", no_argument, NULL, 'S'},	/* long only: no S in the short ones */
		{"ambi-width", required_argument, NULL, 'A'},
		{"import-opml", required_argument, NULL, OPT_IMPORT_OPML},
		{"export-opml", no_argument, NULL, OPT_EXPORT_OPML},
		{"convert", required_argument, NULL, OPT_CONVERT},
		{"images", required_argument, NULL, OPT_IMAGES},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0}
	};
	enum convert_mode mode;
	enum picture_mode images;
	int ch;
	char *end;
	long n;

	while ((ch = getopt_long(argc, argv, "df:b:w:c:hV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			o->dump = 1;
			break;
		case 'f':
			if (strcmp(optarg, "json") == 0)
				o->format = FORMAT_JSON;
			else if (strcmp(optarg, "text") == 0)
				o->format = FORMAT_TEXT;
			else {
				fprintf(stderr, _("%s: unknown format '%s' (json or text)\n"),
				    PACKAGE, optarg);
				return -1;
			}
			break;
		case 'b':
			o->base_url = optarg;
			break;
		case 'w':
			n = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || n < 1 || n > 10000) {
				fprintf(stderr, _("%s: invalid width '%s'\n"), PACKAGE, optarg);
				return -1;
			}
			o->width = (int)n;
			break;
		case 'c':
			o->config_path = optarg;
			break;
		case OPT_TIMEOUT:
			if (parse_number(optarg, 1, 86400, &n) != 0) {
				fprintf(stderr, _("%s: invalid timeout '%s' (1 to 86400 seconds)\n"),
				    PACKAGE, optarg);
				return -1;
			}
			o->fetch.timeout = n;
			break;
		case OPT_MAX_SIZE:
			if (parse_number(optarg, 1, LONG_MAX, &n) != 0) {
				fprintf(stderr, _("%s: invalid size '%s'\n"), PACKAGE, optarg);
				return -1;
			}
			o->fetch.max_bytes = (size_t)n;
			break;
		case OPT_OFFLINE:
			o->fetch.offline = 1;
			break;
		case OPT_REFRESH:
			o->refresh = 1;
			break;
		case OPT_WHOLE:
			o->whole = 1;
			break;
		case OPT_NO_CACHE:
			o->no_cache = 1;
			break;
		case 'A':
			if (strcmp(optarg, "1") != 0 && strcmp(optarg, "2") != 0) {
				fprintf(stderr, _("%s: --ambi-width is 1 or 2, not '%s'\n"),
				    PACKAGE, optarg);
				return -1;
			}
			o->ambi_width = optarg[0] - '0';
			break;
		case 'S':
			o->search = 1;
			break;
		case OPT_IMPORT_OPML:
			o->import_opml = optarg;
			break;
		case OPT_EXPORT_OPML:
			o->export_opml = 1;
			break;
		case OPT_CONVERT:
			if (convert_mode_parse(optarg, &mode) != 0) {
				fprintf(stderr, _("%s: --convert is t2s, s2t or none, not '%s'\n"),
				    PACKAGE, optarg);
				return -1;
			}
			o->convert = (int)mode;
			break;
		case OPT_IMAGES:
			if (picture_mode_parse(optarg, &images) != 0) {
				fprintf(stderr, _("%s: --images is auto, symbols, sixel, kitty or none, "
				    "not '%s'\n"), PACKAGE, optarg);
				return -1;
			}
			o->images = (int)images;
			break;
		case 'h':
			cli_usage(stdout);
			exit(0);
		case 'V':
			version();
			exit(0);
		default:
			return -1;
		}
	}
	return 0;
}
