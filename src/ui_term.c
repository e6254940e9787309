/*
 * ui_term: the terminal's start and end, and the ways out of the reader.
 *
 * ui_term_start() refuses, with one line on stderr, what cannot show the
 * reader: no terminal, no UTF-8, a TERM unset or unknown to terminfo, a
 * terminal without cursor addressing (dumb, a printing terminal).  Then it
 * sets curses up and keeps, in static storage, what undoes it: the
 * terminal modes from before and the bytes that leave the alternate
 * screen, show the cursor, turn the mouse, the keypad and attributes off.
 *
 * Signals.  SIGTERM, SIGHUP and SIGINT set a flag the loop reads, so the
 * reader ends through endwin() and ui_term_raise() then dies of the
 * signal.  A crash (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGQUIT), or
 * a second SIGTERM, SIGHUP or SIGINT while the first is unanswered, goes
 * to a last-resort handler that only does what is async-signal-safe: it
 * writes the saved bytes with write(2), sets the terminal modes back with
 * tcsetattr(), puts back the handler that was there before ours (the
 * default, or a sanitizer's, which then reports) and raises the signal
 * again.
 */
#include "config.h"

#include <curses.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "i18n.h"
#include "ui_cells.h"
#include "ui_graphics.h"
#include "ui_int.h"

#include <term.h>	/* last: its macros (lines, columns) would break layout.h */

#define RESET_MAX 512

static const int crash_signals[] = {
	SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGQUIT,
};
static const int end_signals[] = { SIGTERM, SIGHUP, SIGINT };

#define NCRASH (sizeof crash_signals / sizeof crash_signals[0])
#define NEND (sizeof end_signals / sizeof end_signals[0])

static char reset[RESET_MAX];	/* what undoes curses, written as is */
static size_t reset_len;
static struct termios modes;	/* the terminal's modes before curses */
static int have_modes;
static volatile sig_atomic_t armed;	/* the terminal is curses's now */
static volatile sig_atomic_t got_end;	/* SIGTERM, SIGHUP or SIGINT came */
static struct sigaction before[NSIG];	/* the handlers ours replaced */

/* The last resort: the terminal back, then the signal as if we had not
 * caught it.  Only async-signal-safe calls. */
static void
on_crash(int sig, siginfo_t *info, void *context)
{
	int fault = sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE || sig == SIGILL;

	(void)context;
	if (armed) {
		armed = 0;
		if (reset_len > 0)
			(void)!write(STDOUT_FILENO, reset, reset_len);
		if (have_modes)
			tcsetattr(STDIN_FILENO, TCSANOW, &modes);
	}
	sigaction(sig, &before[sig], NULL);
	/* a fault comes again when the instruction does, to the handler put
	 * back (a sanitizer's reports where it was); a signal sent to us is
	 * sent again, and waits until we return */
	if (!fault || info == NULL || info->si_code <= 0)
		raise(sig);
}

static void
on_end(int sig, siginfo_t *info, void *context)
{
	if (got_end)
		on_crash(sig, info, context);	/* the first went unanswered */
	else
		got_end = sig;
}

/* Notes the handlers there before curses and we set ours: on_crash and
 * ui_term_raise() put them back (the default, or a sanitizer's). */
static void
signals_save(void)
{
	for (size_t i = 0; i < NCRASH; i++)
		sigaction(crash_signals[i], NULL, &before[crash_signals[i]]);
	for (size_t i = 0; i < NEND; i++)
		sigaction(end_signals[i], NULL, &before[end_signals[i]]);
}

/* Sets handler for sig, unless sig was ignored when we started (nohup). */
static void
catch(int sig, void (*handler)(int, siginfo_t *, void *))
{
	struct sigaction sa;

	if (before[sig].sa_handler == SIG_IGN)
		return;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGTTOU);	/* tcsetattr() from the background */
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(sig, &sa, NULL);
}

/* Puts back the handlers that were there before ours. */
static void
uncatch(void)
{
	for (size_t i = 0; i < NCRASH; i++)
		if (before[crash_signals[i]].sa_handler != SIG_IGN)
			sigaction(crash_signals[i], &before[crash_signals[i]], NULL);
	for (size_t i = 0; i < NEND; i++)
		if (before[end_signals[i]].sa_handler != SIG_IGN)
			sigaction(end_signals[i], &before[end_signals[i]], NULL);
}

static int
reset_putc(int c)
{
	if (reset_len < sizeof reset)
		reset[reset_len++] = (char)c;
	return c;
}

static void
reset_add(const char *cap)
{
	if (cap != NULL && cap != (char *)-1)
		tputs(cap, 1, reset_putc);
}

/* The bytes that undo what curses did, as endwin() would send them; with
 * CAN first, which ends an escape sequence a crash cut short. */
static void
reset_save(void)
{
	const char *xm = tigetstr("XM");

	reset_len = 0;
	reset_putc('\030');
	reset_add(exit_attribute_mode);
	reset_add(orig_pair);
	reset_add(cursor_normal);
	reset_add(keypad_local);
	if (has_mouse()) {
		/* ncurses asks for mouse reports with XM when the entry has it,
		 * else with xterm's mode 1000 */
		if (xm != NULL && xm != (char *)-1)
			reset_add(tiparm(xm, 0));
		else
			reset_add("\033[?1000l");
	}
	reset_add(exit_ca_mode);
}

/* fatal_hook: give the terminal back before the message is printed. */
void
ui_term_end(void)
{
	armed = 0;
	if (!isendwin()) {
		ui_graphics_stop();
		endwin();
	}
	fatal_hook = NULL;
}

static int
utf8_locale(void)
{
	const char *cs = nl_langinfo(CODESET);

	if (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0)
		return 1;
	return setlocale(LC_CTYPE, "C.UTF-8") != NULL &&
	    strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

/* Can the terminal TERM names show the reader?  0, or -1 after saying
 * why on stderr.  Asks terminfo first, so that newterm() is never given
 * a terminal it would take and then draw nothing on. */
static int
term_usable(void)
{
	const char *term = getenv("TERM");
	int err = 0, usable;

	if (term == NULL || *term == '\0') {
		fprintf(stderr, _("%s: TERM is not set, so the reader cannot draw; "
		    "set it, or try --dump\n"), PACKAGE);
		return -1;
	}
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		if (err == 0)
			fprintf(stderr, _("%s: the terminal '%s' is not known here "
			    "(no terminfo entry); set TERM, or try --dump\n"), PACKAGE, term);
		else
			fprintf(stderr, _("%s: cannot use the terminal (TERM=%s)\n"),
			    PACKAGE, term);
		return -1;
	}
	usable = cursor_address != NULL && !hard_copy && !generic_type;
	del_curterm(cur_term);	/* and cur_term is NULL again */
	if (!usable)
		fprintf(stderr, _("%s: the terminal '%s' cannot show the reader (it "
		    "lacks cursor addressing); try --dump\n"), PACKAGE, term);
	return usable ? 0 : -1;
}

int
ui_term_start(struct ui *u)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("%s: the reader needs a terminal (try --dump)\n"), PACKAGE);
		return -1;
	}
	if (!utf8_locale()) {
		fprintf(stderr, _("%s: the reader needs a UTF-8 locale\n"), PACKAGE);
		return -1;
	}
	if (term_usable() != 0)
		return -1;
	have_modes = tcgetattr(STDIN_FILENO, &modes) == 0;
	signals_save();		/* before newterm(), which sets handlers of its own */
	ui_graphics_detect(u->opts.images);	/* asks the terminal before curses reads it */
	if (newterm(NULL, stdout, stdin) == NULL) {
		fprintf(stderr, _("%s: cannot use the terminal (TERM=%s)\n"), PACKAGE,
		    getenv("TERM"));
		return -1;
	}
	fatal_hook = ui_term_end;
	ui_graphics_start();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	set_escdelay(25);
	ui_mouse_init();
	ui_cells_init();
	curs_set(0);
	ui_colors_init(u);
	getmaxyx(stdscr, u->rows, u->cols);
	reset_save();
	armed = 1;
	for (size_t i = 0; i < NCRASH; i++)
		catch(crash_signals[i], on_crash);
	for (size_t i = 0; i < NEND; i++)
		catch(end_signals[i], on_end);
	return 0;
}

int
ui_term_signalled(void)
{
	return got_end;
}

/* After ui_term_end(): our handlers go; a signal that ended the reader
 * ends the program now, as the one who sent it expects. */
void
ui_term_raise(void)
{
	uncatch();
	if (got_end)
		raise(got_end);
}
