/*
 * ui_browser: `o` hands a URL to a browser.  The command is the config's
 * `browser`, else $BROWSER, split on blanks; the URL is one more argument.
 * posix_spawnp runs it, never a shell, so nothing in a URL (; $( ) ` |)
 * is interpreted.  Only http(s) URLs leave the reader.
 *
 * A terminal browser (w3m, lynx, links, elinks, www-browser ...) gets the
 * terminal: curses is ended, the reader waits for the browser to finish,
 * then redraws.  Any other browser runs beside the reader, in a process
 * group of its own, its standard streams on /dev/null so it cannot write
 * over the screen; ui_browser_reap() collects it when it ends.
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "i18n.h"
#include "ui_int.h"
#include "url.h"

extern char **environ;

#define MAX_ARGS 32
#define MAX_CHILDREN 16

/* The browsers running beside the reader, to collect when they end. */
struct ui_browser {
	pid_t children[MAX_CHILDREN];
	size_t n;
};

struct ui_browser *
ui_browser_new(void)
{
	return xcalloc(1, sizeof(struct ui_browser));
}

void
ui_browser_free(struct ui_browser *b)
{
	free(b);	/* those still running go on, in their own process group */
}

static int
terminal_browser(const char *prog)
{
	static const char *const names[] = {
		"w3m", "lynx", "links", "links2", "elinks", "www-browser",
		"browsh", "carbonyl",
	};
	const char *base = strrchr(prog, '/');

	base = base != NULL ? base + 1 : prog;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(base, names[i]) == 0)
			return 1;
	return 0;
}

/* Runs argv in the background; returns its pid, or -1 with errno set. */
static pid_t
spawn_beside(char **argv)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	pid_t pid = -1;
	int rc;

	posix_spawn_file_actions_init(&fa);
	posix_spawnattr_init(&at);
	for (int fd = 0; fd <= 2; fd++)
		posix_spawn_file_actions_addopen(&fa, fd, "/dev/null",
		    fd == 0 ? O_RDONLY : O_WRONLY, 0);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP);
	posix_spawnattr_setpgroup(&at, 0);
	rc = posix_spawnp(&pid, argv[0], &fa, &at, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	if (rc != 0) {
		errno = rc;
		return -1;
	}
	return pid;
}

/* Runs argv on the terminal and waits for it; 0, or -1 with errno set. */
static int
spawn_on_terminal(struct ui *u, char **argv)
{
	pid_t pid;
	int rc, st;

	def_prog_mode();
	endwin();
	rc = posix_spawnp(&pid, argv[0], NULL, NULL, argv, environ);
	if (rc == 0)
		while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
	reset_prog_mode();
	u->clear = 1;
	refresh();
	if (rc != 0) {
		errno = rc;
		return -1;
	}
	return 0;
}

void
ui_browser_open(struct ui *u, const char *url)
{
	const char *cmd = u->opts.browser;
	char *words, *argv[MAX_ARGS + 2], *save = NULL;
	int argc = 0, rc;

	if (!url_is_web(url)) {
		char scheme[URL_SCHEME_MAX + 1];

		url_scheme(url, scheme);
		ui_message(u, 0, _("Only http(s) pages open in a browser; this is a %s: page"),
		    scheme);
		return;
	}
	if (cmd == NULL || cmd[strspn(cmd, " \t")] == '\0')
		cmd = getenv("BROWSER");
	if (cmd == NULL || cmd[strspn(cmd, " \t")] == '\0') {
		ui_message(u, 1, _("No browser: set $BROWSER, or browser in the config"));
		return;
	}
	words = xstrdup(cmd);
	for (char *w = strtok_r(words, " \t", &save); w && argc < MAX_ARGS;
	    w = strtok_r(NULL, " \t", &save))
		argv[argc++] = w;
	argv[argc++] = (char *)url;
	argv[argc] = NULL;
	if (terminal_browser(argv[0])) {
		rc = spawn_on_terminal(u, argv);
	} else {
		pid_t pid = spawn_beside(argv);

		rc = pid < 0 ? -1 : 0;
		if (pid > 0 && u->browser->n < MAX_CHILDREN)
			u->browser->children[u->browser->n++] = pid;
	}
	if (rc != 0)
		ui_message(u, 1, _("Cannot run %s: %s"), argv[0], strerror(errno));
	else
		ui_message(u, 0, _("Opened in %s: %s"), argv[0], url);
	free(words);
}

/* Collects the browsers that have ended, without waiting. */
void
ui_browser_reap(struct ui *u)
{
	struct ui_browser *b = u->browser;

	for (size_t i = 0; i < b->n; ) {
		if (waitpid(b->children[i], NULL, WNOHANG) != 0)
			b->children[i] = b->children[--b->n];
		else
			i++;
	}
}
