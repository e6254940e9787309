/*
 * term_graphics: see term_graphics.h.  The queries are the ones chafa and
 * notcurses send: the kitty graphics query of a 1x1 picture (a=q only
 * asks, nothing is drawn; i=31 marks the reply as ours), CSI 16 t for a
 * cell's pixels, and DA1 last, since a terminal answers in order and
 * every terminal answers DA1: its reply says all the others have come.
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "term_graphics.h"

#define ESC 0x1b
#define KITTY_QUERY "\033_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\033\\"
#define CELL_QUERY "\033[16t"
#define DA1_QUERY "\033[c"

/* ---- the replies ---- */

static void
typeahead(struct term_graphics *g, const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n && g->ntypeahead < sizeof g->typeahead; i++)
		g->typeahead[g->ntypeahead++] = s[i];
}

/* The numbers of a CSI's parameters "a;b;c" (at most max). */
static int
csi_numbers(const unsigned char *p, size_t n, int *v, int max)
{
	int k = 0;

	for (size_t i = 0; i < n && k < max; i++) {
		v[k] = 0;
		while (i < n && p[i] >= '0' && p[i] <= '9') {
			if (v[k] < 100000)
				v[k] = v[k] * 10 + (p[i] - '0');
			i++;
		}
		k++;
	}
	return k;
}

/* The CSI reply p (its parameters, n bytes) ending in final; 0 when it
 * is no reply of ours (a key, such as an arrow). */
static int
csi_reply(const unsigned char *p, size_t n, unsigned char final, struct term_replies *r)
{
	int v[16], k;

	if (final == 'c' && n > 0 && p[0] == '?') {
		k = csi_numbers(p + 1, n - 1, v, 16);
		for (int i = 0; i < k; i++)
			r->sixel |= v[i] == 4;
		r->da1 = 1;
		return 1;
	}
	if (final == 't' && (k = csi_numbers(p, n, v, 3)) == 3 && v[0] == 6) {
		/* a size past any font's is no size: the pixels of a picture's
		 * box are cells times it, and chafa would be asked for
		 * gigabytes */
		if (v[1] >= 1 && v[1] <= TERM_CELL_MAX && v[2] >= 1 && v[2] <= TERM_CELL_MAX) {
			r->cell_h = v[1];
			r->cell_w = v[2];
		}
		return 1;
	}
	return 0;
}

/* The APC at s (ESC _ ... ESC \), n bytes: a kitty reply to our query? */
static int
apc_reply(const unsigned char *s, size_t n, struct term_replies *r)
{
	const unsigned char *id = n >= 8 ? memmem(s, n, "i=31", 4) : NULL;

	/* i=31 whole: i=310 is another program's image */
	if (id != NULL && s[2] == 'G' && id + 4 < s + n && (id[4] == ';' || id[4] == ',') &&
	    !r->da1) {
		r->kitty = 1;
		return 1;
	}
	return 0;
}

/* The length of the escape sequence at s (n bytes), read into r when it
 * is a reply; 0 when it is cut short; -1 when it is not a sequence. */
static long
sequence(const unsigned char *s, size_t n, struct term_replies *r, int *reply)
{
	size_t i;

	if (n < 2)
		return 0;
	if (s[1] == '_') {		/* APC: up to ST */
		for (i = 2; i + 1 < n; i++)
			if (s[i] == ESC && s[i + 1] == '\\') {
				*reply = apc_reply(s, i, r);
				return (long)(i + 2);
			}
		return 0;
	}
	if (s[1] != '[')
		return -1;
	for (i = 2; i < n; i++)
		if (s[i] >= 0x40 && s[i] <= 0x7e) {
			*reply = csi_reply(s + 2, i - 2, s[i], r);
			return (long)(i + 1);
		}
	return 0;
}

size_t
term_graphics_parse(const unsigned char *s, size_t n, struct term_replies *r,
    struct term_graphics *g)
{
	size_t i = 0;

	while (i < n && !r->da1) {
		int reply = 0;
		long len = s[i] == ESC ? sequence(s + i, n - i, r, &reply) : -1;

		if (len == 0)
			break;		/* cut short: more is coming */
		if (len < 0)
			len = 1;
		if (!reply)
			typeahead(g, s + i, (size_t)len);	/* a key, typed early */
		i += (size_t)len;
	}
	return i;
}

/* ---- asking ---- */

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int
write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Reads replies until DA1's, or until TERM_REPLY_WAIT_MS pass. */
static void
read_replies(int in, struct term_replies *r, struct term_graphics *g)
{
	unsigned char buf[4096];
	size_t have = 0, took;
	long long end = now_ms() + TERM_REPLY_WAIT_MS;

	while (!r->da1 && have < sizeof buf) {
		struct pollfd p = {in, POLLIN, 0};
		long long left = end - now_ms();
		ssize_t got;

		if (left <= 0 || poll(&p, 1, (int)left) == 0)
			break;
		got = read(in, buf + have, sizeof buf - have);
		if (got < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (got <= 0)
			break;
		have += (size_t)got;
		took = term_graphics_parse(buf, have, r, g);
		memmove(buf, buf + took, have - took);
		have -= took;
	}
	if (r->da1)
		typeahead(g, buf, have);	/* keys typed after the answer, read with it */
	else
		tcflush(in, TCIFLUSH);	/* what came of a late answer */
}

/* Sends the queries and reads the replies, the terminal raw meanwhile.
 * The signals that end or stop kanbao wait until its modes are back: no
 * handler of the reader's is set yet, and one that came meanwhile would
 * leave the shell a terminal without echo. */
static void
ask(int in, int out, int kitty, int cell, struct term_replies *r, struct term_graphics *g)
{
	struct termios before, raw;
	char q[sizeof KITTY_QUERY + sizeof CELL_QUERY + sizeof DA1_QUERY] = "";
	sigset_t ending, mask;

	if (tcgetattr(in, &before) != 0)
		return;
	raw = before;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG | IEXTEN);
	raw.c_iflag &= ~(tcflag_t)(ICRNL | IXON);
	raw.c_cc[VMIN] = 0;
	raw.c_cc[VTIME] = 0;
	sigemptyset(&ending);
	sigaddset(&ending, SIGTERM);
	sigaddset(&ending, SIGHUP);
	sigaddset(&ending, SIGINT);
	sigaddset(&ending, SIGQUIT);
	sigaddset(&ending, SIGTSTP);
	sigprocmask(SIG_BLOCK, &ending, &mask);
	if (tcsetattr(in, TCSANOW, &raw) != 0) {
		sigprocmask(SIG_SETMASK, &mask, NULL);
		return;
	}
	if (kitty)
		strcat(q, KITTY_QUERY);
	if (cell)
		strcat(q, CELL_QUERY);
	strcat(q, DA1_QUERY);
	if (write_all(out, q, strlen(q)) == 0)
		read_replies(in, r, g);
	tcsetattr(in, TCSANOW, &before);
	sigprocmask(SIG_SETMASK, &mask, NULL);	/* what came is delivered now */
}

/* ---- what the environment says ---- */

enum hint { HINT_NONE, HINT_MUX, HINT_KITTY };

static int
set(const char *name)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0';
}

static enum hint
environment_hint(void)
{
	const char *term = getenv("TERM");

	if (term == NULL)
		term = "";
	if (set("TMUX") || set("STY") || strncmp(term, "screen", 6) == 0 ||
	    strncmp(term, "tmux", 4) == 0)
		return HINT_MUX;
	if (set("KITTY_WINDOW_ID") || strcmp(term, "xterm-kitty") == 0)
		return HINT_KITTY;
	return HINT_NONE;
}

void
term_graphics_detect(enum picture_mode configured, int in, int out, struct term_graphics *g)
{
	struct term_replies r = {0};
	enum hint hint = HINT_NONE;
	int query_kitty;

	memset(g, 0, sizeof *g);
	g->mode = configured;
	if (configured == PICTURE_SYMBOLS || configured == PICTURE_NONE)
		return;
	if (configured == PICTURE_AUTO && (hint = environment_hint()) == HINT_MUX) {
		g->mode = PICTURE_SYMBOLS;
		return;
	}
	term_cell_measure(out, &g->cell_w, &g->cell_h);
	query_kitty = configured == PICTURE_AUTO && hint == HINT_NONE;
	if (query_kitty || g->cell_w <= 0 || g->cell_h <= 0)
		ask(in, out, query_kitty, g->cell_w <= 0 || g->cell_h <= 0, &r, g);
	if (g->cell_w <= 0 || g->cell_h <= 0) {
		g->cell_w = r.cell_w;
		g->cell_h = r.cell_h;
	}
	if (hint == HINT_KITTY)
		g->mode = PICTURE_KITTY;
	else if (configured == PICTURE_AUTO)
		g->mode = r.kitty ? PICTURE_KITTY : r.sixel ? PICTURE_SIXEL : PICTURE_SYMBOLS;
}
