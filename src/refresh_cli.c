/*
 * refresh_cli: `kanbao --refresh`, a refresh on a fetcher of its own
 * (refresh.c), for a terminal or for cron.  On a terminal stderr carries
 * the progress as one line, rewritten in place with \r and erase-line and
 * taken away at the end; otherwise nothing but the failures goes there.
 * stdout gets the one summary line.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "config_file.h"
#include "i18n.h"
#include "refresh.h"
#include "search.h"
#include "text.h"
#include "util.h"

struct cli {
	int tty;		/* stderr is a terminal: the progress line */
	int shown;		/* the progress line is on it */
	int dirty;		/* the counts moved since it was drawn */
	double drawn;		/* when, in the refresh's seconds */
	struct search *index;	/* the stories extracted go to it, or NULL */
};

static volatile sig_atomic_t stop;

/* The refresh's own clock: seconds since it started. */
static double
seconds(const struct refresh *r)
{
	struct refresh_counts c;

	refresh_counts(r, &c);
	return c.seconds;
}

static void
on_signal(int sig)
{
	stop = sig;
}

/* Takes the progress line off the terminal. */
static void
cli_clear(struct cli *cli)
{
	if (cli->shown)
		fputs("\r\033[K", stderr);
	cli->shown = 0;
}

static int
terminal_columns(void)
{
	struct winsize ws;

	return ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1 ? ws.ws_col : 80;
}

/* The progress line, cut to the terminal's width so that \r goes back
 * to its start: a column never takes fewer than a byte of UTF-8. */
static void
cli_draw(struct cli *cli, const struct refresh *r)
{
	char *s = refresh_status(r);
	size_t n = strlen(s), max = (size_t)terminal_columns() - 1;

	if (n > max) {
		for (n = max; n > 0 && (s[n] & 0xC0) == 0x80; n--)
			;	/* not inside a character */
	}
	fprintf(stderr, "\r%.*s\033[K", (int)n, s);
	fflush(stderr);
	free(s);
	cli->shown = 1;
	cli->dirty = 0;
	cli->drawn = seconds(r);
}

static void
cli_failed(void *ctx, const char *msg)
{
	struct cli *cli = ctx;
	char *clean = text_clean(msg, strlen(msg));

	cli_clear(cli);
	fprintf(stderr, "%s: %s\n", PACKAGE, clean);
	free(clean);
	cli->dirty = 1;
}

static void
cli_progress(void *ctx, const struct refresh *r)
{
	struct cli *cli = ctx;

	(void)r;
	cli->dirty = 1;
}

/* The one line a run ends with, on stdout. */
static void
cli_summary(const struct refresh *r)
{
	char *s = refresh_summary(r);

	printf("%s: %s%s\n", PACKAGE, s, stop ? _(" (interrupted)") : "");
	free(s);
}

/* Ctrl-C (or a TERM) ends the run tidily: the progress line goes, the
 * summary says how far it came, and the cache keeps what came whole. */
static void
catch_signals(struct sigaction *old_int, struct sigaction *old_term)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, old_int);
	sigaction(SIGTERM, &sa, old_term);
}

/* A page extracted by the refresh goes into the index as it is. */
static void
cli_extracted(void *ctx, const struct fetched *f, const struct page *p)
{
	struct cli *cli = ctx;

	search_add(cli->index, f, p);
}

int
refresh_cli(const struct config *conf, const struct fetch_opts *o, struct search *index)
{
	struct cli cli = {isatty(STDERR_FILENO), 0, 1, 0, index};
	struct refresh_opts ro = {.sources = conf->sources, .nsources = conf->nsources,
		.sites = &conf->sites, .cache = o->cache, .failed = cli_failed,
		.progress = cli_progress, .ctx = &cli, .extracted = index != NULL ? cli_extracted : NULL};
	struct sigaction old_int, old_term;
	struct refresh_counts counts;
	struct fetcher *f;
	struct refresh *r;
	int failed;

	if (conf->nsources == 0) {
		fprintf(stderr, _("%s: nothing to refresh: the config has no 'source NAME URL' line\n"),
		    PACKAGE);
		return 1;
	}
	stop = 0;
	catch_signals(&old_int, &old_term);
	f = fetcher_new(o);
	r = refresh_start(f, &ro);
	while (!refresh_finished(r) && !stop) {
		fetcher_wait(f, -1, cli.tty ? 250 : 1000);
		fetcher_run(f);
		fetcher_complete(f);
		/* at most ten lines a second: a terminal over SSH is slow */
		if (cli.tty && cli.dirty && seconds(r) - cli.drawn >= 0.1)
			cli_draw(&cli, r);
	}
	cli_clear(&cli);
	cli_summary(r);
	refresh_counts(r, &counts);
	failed = counts.sources_failed > 0;
	refresh_free(r);
	fetcher_free(f);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	if (fflush(stdout) != 0 || ferror(stdout))
		perror(PACKAGE ": stdout");
	return stop ? 128 + stop : failed ? 2 : 0;
}
