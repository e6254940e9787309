/*
 * main: start-up.  The options (cli_options.c) and the config file say
 * what to do: `kanbao --dump` runs fetch -> extract ->
 * page output for each input; otherwise the reader (ui.c) opens one URL,
 * or the config's sources, or the demo edition when there are none.
 */
#include "config.h"

#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "cli_options.h"
#include "config_file.h"
#include "convert.h"
#include "fetch.h"
#include "i18n.h"
#include "memory.h"
#include "opml.h"
#include "store.h"
#include "ui.h"
#include "util.h"

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

/* Built-in site rules, then the config file's; each bad line is a warning
 * on stderr and the rest still applies. */
static void
load_config(struct options *o)
{
	char *path = o->config_path ? xstrdup(o->config_path) : config_default_path();

	sites_builtin(&o->config.sites);
	if (path != NULL)
		config_load(&o->config, path, o->config_path == NULL);
	for (size_t i = 0; i < o->config.errors.n; i++)
		fprintf(stderr, _("%s: warning: %s\n"), PACKAGE, o->config.errors.v[i]);
	free(path);
}

/* demo/index.html beside the program's directory (a build tree) or in
 * PKGDATADIR, a new string; NULL when neither exists.  *looked gets the
 * places tried. */
static char *
demo_path(char **looked)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	/* beside the binary, installed, or in the source tree it was built from */
	char *cand[3] = {NULL, xstrdup(PKGDATADIR "/demo/index.html"),
		xstrdup(TOP_SRCDIR "/demo/index.html")};
	char *found = NULL;

	if (getenv("KANBAO_DEMO") != NULL) {	/* packagers and tests choose */
		free(cand[1]);
		free(cand[2]);
		cand[1] = xstrdup(getenv("KANBAO_DEMO"));
		cand[2] = NULL;
	} else if (n > 0) {
		exe[n] = '\0';
		*strrchr(exe, '/') = '\0';
		cand[0] = xasprintf("%s/../demo/index.html", exe);
	}
	*looked = xasprintf("%s%s%s%s%s", cand[0] ? cand[0] : "", cand[0] ? ", " : "",
	    cand[1], cand[2] ? ", " : "", cand[2] ? cand[2] : "");
	for (int i = 0; i < 3; i++) {
		if (found == NULL && cand[i] != NULL && access(cand[i], R_OK) == 0)
			found = cand[i];
		else
			free(cand[i]);
	}
	return found;
}

/* The reader on the one INPUT, or the sources of the config, or the demo
 * edition without either.  It remembers in kanbao.db. */
static int
reader(int argc, char **argv, struct options *o, struct store *store)
{
	struct ui_opts uo = {o->fetch, o->ambi_width ? o->ambi_width : 1, &o->config.sites,
		o->config.browser, &o->config, NULL, NULL, store,	/* F searches store's index */
		o->convert, o->config.text_width, o->images};
	char *demo, *looked, *config_path;
	int rc;

	if (argc - optind > 1) {
		fprintf(stderr, _("%s: the reader opens one URL; --dump takes several\n"), PACKAGE);
		return 1;
	}
	uo.memory = memory_open(NULL);	/* its trouble is shown on the status line */
	/* where + adds a feed a page offers */
	uo.config_path = config_path = o->config_path ? xstrdup(o->config_path) : config_default_path();
	if (optind < argc || o->config.nsources > 0) {
		rc = ui_run(optind < argc ? argv[optind] : NULL, &uo);
	} else if ((demo = demo_path(&looked)) == NULL) {
		fprintf(stderr, _("%s: no URL given, and no demo edition found (looked for %s)\n"
		    "Try '%s URL' or '%s --help'.\n"), PACKAGE, looked, PACKAGE, PACKAGE);
		free(looked);
		rc = 1;
	} else {
		free(looked);
		rc = ui_run(demo, &uo);
		free(demo);
	}
	memory_close(uo.memory);
	free(config_path);
	return rc;
}

/* --import-opml FILE, --export-opml: alone, they end the run. */
static int
opml_cli(struct options *o, int argc)
{
	char *path = o->config_path ? xstrdup(o->config_path) : config_default_path();
	int rc;

	if ((o->import_opml != NULL) + o->export_opml + o->dump + o->refresh + o->search > 1 ||
	    optind < argc) {
		fprintf(stderr, _("%s: --import-opml and --export-opml take no INPUT, and go alone\n"),
		    PACKAGE);
		rc = 1;
	} else {
		rc = o->export_opml ? opml_export_cli(&o->config) :
		    opml_import_cli(o->import_opml, path);
	}
	free(path);
	config_free(&o->config);
	return rc;
}

/* Widths come from the C library (mbrtowc, wcwidth) and so from LC_CTYPE,
 * which under the C locale makes every Chinese character unknown (-1).
 * kanbao reads and writes UTF-8 only, whatever the locale, so a locale
 * whose codeset is not UTF-8 gets a UTF-8 LC_CTYPE, the first that this
 * system has, for measuring; messages keep the user's language.  Not a
 * width table of kanbao's own: the reader's ncursesw places every cell
 * with the same wcwidth under the same LC_CTYPE (ui_term.c asks for a
 * UTF-8 one too), and a table of ours could only disagree with it. */
static void
utf8_ctype(void)
{
	static const char *const names[] = {"C.UTF-8", "en_US.UTF-8"};
	const char *cs = nl_langinfo(CODESET);

	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		if (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0)
			return;
		if (setlocale(LC_CTYPE, names[i]) != NULL)	/* else it stays */
			cs = nl_langinfo(CODESET);
	}
}

int
main(int argc, char **argv)
{
	struct options o = {0};
	struct store *store = NULL;
	int failed = 0;

#ifdef M_MMAP_THRESHOLD
	/* glibc raises its mmap threshold to the size of each large block
	 * freed, so the next large ones (a big page's node records, its
	 * segments) come from the heap, where growing one copies it and
	 * freeing one keeps its memory: a fixed threshold keeps them mapped,
	 * grown in place and given back (a 16 MiB page: up to 8% less peak) */
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
	/* and with the threshold fixed, the heap grows by 128 KiB and is
	 * given back as soon as 128 KiB lie free at its top: a big page's
	 * tree and texts, made and freed in small pieces, cost thousands of
	 * brk calls, half of a page of small tables' system time.  Grown 4
	 * MiB at a time (untouched, the pages take no memory) and trimmed
	 * past 8 MiB free, the same page makes a few dozen, for a peak 1%
	 * higher at most */
	mallopt(M_TOP_PAD, 4 * 1024 * 1024);
	mallopt(M_TRIM_THRESHOLD, 8 * 1024 * 1024);
#endif
	setlocale(LC_ALL, "");
	utf8_ctype();
#if ENABLE_NLS
	/* KANBAO_LOCALEDIR lets the tests use a catalogue not yet installed */
	bindtextdomain(PACKAGE, getenv("KANBAO_LOCALEDIR") ? getenv("KANBAO_LOCALEDIR") : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");	/* as the pages we print */
	textdomain(PACKAGE);
#endif
	o.fetch.max_bytes = FETCH_MAX_DEFAULT;
	o.convert = -1;
	o.images = -1;
	if (cli_parse_options(argc, argv, &o) != 0) {
		cli_usage(stderr);
		return 1;
	}
	if (o.width == 0)
		o.width = terminal_width();
	load_config(&o);
	if (o.fetch.timeout == 0)	/* the command line beats the config file */
		o.fetch.timeout = o.config.timeout ? o.config.timeout : 30;
	if (o.ambi_width == 0)
		o.ambi_width = o.config.ambiguous_width ? o.config.ambiguous_width : 1;
	if (o.convert < 0)
		o.convert = o.config.convert;
	if (o.images < 0)
		o.images = o.config.images;
	if (o.import_opml != NULL || o.export_opml)
		return opml_cli(&o, argc);
	if (o.refresh && (o.dump || optind < argc || o.fetch.offline || o.no_cache)) {
		fprintf(stderr, _("%s: --refresh takes no INPUT, and needs the network and the cache\n"),
		    PACKAGE);
		return 1;
	}
	if (o.dump && optind >= argc) {
		fprintf(stderr, _("%s: --dump needs at least one INPUT\n"), PACKAGE);
		cli_usage(stderr);
		return 1;
	}
	if (!o.no_cache) {	/* the file is opened on first use only */
		store = store_open(NULL, o.config.cache_mib ?
		    (size_t)o.config.cache_mib << 20 : STORE_MAX_DEFAULT);
		o.fetch.cache = store_fetch_cache(store);
		if (o.dump || o.refresh)	/* a batch may wait for the lock; the reader may not */
			store_set_wait(store, STORE_WAIT_BATCH);
	}
	if (o.search) {
		int rc = search_cli(argc, argv, &o, store);

		config_free(&o.config);
		convert_end();
		return rc;
	}
	if (!o.dump) {
		int rc = o.refresh ? refresh_indexed(&o, store) : reader(argc, argv, &o, store);

		print_store_warnings(store);	/* the terminal is ours again */
		store_close(store);
		config_free(&o.config);
		convert_end();
		return rc;
	}
	for (int i = optind; i < argc; i++) {
		if (dump_one(argv[i], &o) != 0)
			failed = 1;
		print_store_warnings(store);
		fflush(stdout);
	}
	config_free(&o.config);
	convert_end();
	store_close(store);
	if (ferror(stdout) || fclose(stdout) != 0) {
		perror(PACKAGE ": stdout");
		return 2;
	}
	return failed ? 2 : 0;
}
