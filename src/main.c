/*
 * main: options and start-up.  `kanbao --dump` runs fetch -> extract ->
 * page output for each input; otherwise the reader (ui.c) opens one URL,
 * or the demo edition when none is given.
 */
#include "config.h"

#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "extract.h"
#include "fetch.h"
#include "i18n.h"
#include "page.h"
#include "text.h"
#include "ui.h"
#include "util.h"

enum format { FORMAT_JSON, FORMAT_TEXT };

struct options {
	int dump;
	enum format format;
	const char *base_url;
	int width;
	int ambi_width;
	struct fetch_opts fetch;
};

static void
usage(FILE *f)
{
	fprintf(f, _("Usage: %s [OPTION]... [URL]\n"
	    "  or:  %s --dump [--format=json|text] [--base-url=URL] [--width=N] INPUT...\n"),
	    PACKAGE, PACKAGE);
	if (f == stderr) {
		fprintf(f, _("Try '%s --help' for more information.\n"), PACKAGE);
		return;
	}
	fputs(_("Read regional news sites in the terminal.\n\n"), f);
	fputs(_("  -d, --dump           print the extracted page(s) and exit\n"
	    "  -f, --format=FORMAT  dump format: json (default) or text\n"
	    "  -b, --base-url=URL   resolve links of a saved page against URL\n"
	    "  -w, --width=N        wrap text output at N columns\n"
	    "                       (default: the terminal's width, or 80)\n"
	    "      --ambi-width=N   columns that East Asian ambiguous characters\n"
	    "                       (curly quotes, middle dots) take: 1 (default) or 2\n"
	    "  -h, --help           display this help and exit\n"
	    "  -V, --version        output version information and exit\n\n"), f);
	fputs(_("INPUT is an http, https or file URL, or the path of a saved page.\n"
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

static int
terminal_width(void)
{
	struct winsize ws;
	const char *cols = getenv("COLUMNS");

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	if (cols != NULL && atoi(cols) > 0)
		return atoi(cols);
	return 80;
}

static int
parse_options(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{"dump", no_argument, NULL, 'd'},
		{"format", required_argument, NULL, 'f'},
		{"base-url", required_argument, NULL, 'b'},
		{"width", required_argument, NULL, 'w'},
		{"ambi-width", required_argument, NULL, 'A'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0}
	};
	int ch;
	char *end;
	long n;

	while ((ch = getopt_long(argc, argv, "df:b:w:hV", longopts, NULL)) != -1) {
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
		case 'A':
			if (strcmp(optarg, "1") != 0 && strcmp(optarg, "2") != 0) {
				fprintf(stderr, _("%s: --ambi-width is 1 or 2, not '%s'\n"),
				    PACKAGE, optarg);
				return -1;
			}
			o->ambi_width = optarg[0] - '0';
			break;
		case 'h':
			usage(stdout);
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

/* Dumps one input; returns 0, or -1 after printing why on stderr. */
static int
dump_one(const char *arg, const struct options *o)
{
	struct fetch_result r;
	struct extract_input in = {0};
	struct page *p;
	char *err;

	if (fetch_blocking(arg, &o->fetch, &r, &err) != 0) {
		fprintf(stderr, "%s: %s\n", PACKAGE, err);
		free(err);
		return -1;
	}
	in.bytes = r.body;
	in.len = r.len;
	in.http_charset = r.charset;
	in.url = o->base_url ? o->base_url : r.url;
	in.fetched = r.fetched;
	p = extract_bytes(&in);
	if (o->format == FORMAT_JSON)
		page_write_json(p, stdout);
	else
		page_write_text(p, o->width, stdout);
	page_free(p);
	fetch_result_free(&r);
	return 0;
}

/* demo/index.html beside the program's directory (a build tree) or in
 * PKGDATADIR, a new string; NULL when neither exists.  *looked gets the
 * places tried. */
static char *
demo_path(char **looked)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *cand[2] = {NULL, xstrdup(PKGDATADIR "/demo/index.html")};
	char *found = NULL;

	if (n > 0) {
		exe[n] = '\0';
		*strrchr(exe, '/') = '\0';
		cand[0] = xasprintf("%s/../demo/index.html", exe);
	}
	*looked = xasprintf("%s%s%s", cand[0] ? cand[0] : "", cand[0] ? ", " : "", cand[1]);
	for (int i = 0; i < 2; i++) {
		if (found == NULL && cand[i] != NULL && access(cand[i], R_OK) == 0)
			found = cand[i];
		else
			free(cand[i]);
	}
	return found;
}

/* The reader on the one INPUT, or on the demo edition without one. */
static int
reader(int argc, char **argv, const struct options *o)
{
	struct ui_opts uo = {o->fetch, o->ambi_width ? o->ambi_width : 1};
	char *demo, *looked;
	int rc;

	if (argc - optind > 1) {
		fprintf(stderr, _("%s: the reader opens one URL; --dump takes several\n"), PACKAGE);
		return 1;
	}
	if (optind < argc)
		return ui_run(argv[optind], &uo);
	if ((demo = demo_path(&looked)) == NULL) {
		fprintf(stderr, _("%s: no URL given, and no demo edition found (looked for %s)\n"
		    "Try '%s URL' or '%s --help'.\n"), PACKAGE, looked, PACKAGE, PACKAGE);
		free(looked);
		return 1;
	}
	free(looked);
	rc = ui_run(demo, &uo);
	free(demo);
	return rc;
}

int
main(int argc, char **argv)
{
	struct options o = {0};
	int failed = 0;

	setlocale(LC_ALL, "");
#if ENABLE_NLS
	bindtextdomain(PACKAGE, LOCALEDIR);
	textdomain(PACKAGE);
#endif
	o.fetch.max_bytes = FETCH_MAX_DEFAULT;
	o.fetch.timeout = 30;
	if (parse_options(argc, argv, &o) != 0) {
		usage(stderr);
		return 1;
	}
	if (o.width == 0)
		o.width = terminal_width();
	if (!o.dump)
		return reader(argc, argv, &o);
	if (optind >= argc) {
		fprintf(stderr, _("%s: --dump needs at least one INPUT\n"), PACKAGE);
		usage(stderr);
		return 1;
	}
	for (int i = optind; i < argc; i++) {
		if (dump_one(argv[i], &o) != 0)
			failed = 1;
		fflush(stdout);
	}
	if (ferror(stdout) || fclose(stdout) != 0) {
		perror(PACKAGE ": stdout");
		return 2;
	}
	return failed ? 2 : 0;
}
