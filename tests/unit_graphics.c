/*
 * unit_graphics: pictures in pixels without a terminal.  The replies
 * term_graphics_parse() reads (a sixel DA1, kitty's answer before DA1 and
 * after it, a cell's pixels, replies cut in two, keys typed among them),
 * term_graphics_detect() on a pty nobody answers (symbols, the modes as
 * they were) and with the modes and places that ask nothing; then the
 * sequences picture_pixels() makes of a picture the test paints.
 */
#include "config.h"

#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "picture.h"
#include "picture_kitty.h"
#include "picture_sixel.h"
#include "tap.h"
#include "term_graphics.h"

static void
parse(const char *s, struct term_replies *r, struct term_graphics *g, size_t *took)
{
	memset(r, 0, sizeof *r);
	memset(g, 0, sizeof *g);
	*took = term_graphics_parse((const unsigned char *)s, strlen(s), r, g);
}

static void
replies(void)
{
	struct term_replies r;
	struct term_graphics g;
	size_t took;

	parse("\033[?62;4;22c", &r, &g, &took);
	tap_ok(r.da1 && r.sixel && !r.kitty && took == 11, "DA1 with 4: sixel, the wait over");
	parse("\033[?62;14;22c", &r, &g, &took);
	tap_ok(r.da1 && !r.sixel, "DA1 with 14 and no 4: no sixel");
	parse("\033_Gi=31;OK\033\\\033[6;20;10t\033[?62;22c", &r, &g, &took);
	tap_ok(r.kitty && r.da1 && r.cell_w == 10 && r.cell_h == 20 && g.ntypeahead == 0,
	    "kitty's reply, a cell of 10x20 pixels, DA1: kitty");
	parse("\033_Gi=310;OK\033\\\033[?62;22c", &r, &g, &took);
	tap_ok(!r.kitty && r.da1, "a reply for image 310 is not ours");
	parse("\033[?62;22c\033_Gi=31;OK\033\\", &r, &g, &took);
	tap_ok(!r.kitty && r.da1 && took == 9, "a kitty reply after DA1 is not waited for");
	parse("\033_Gi=31;OK\033", &r, &g, &took);
	tap_ok(!r.kitty && took == 0, "a reply cut short is left for the rest");
	parse("\033[?62;", &r, &g, &took);
	tap_ok(!r.da1 && took == 0, "... a DA1 too");
	parse("j\033[Ak\033[?62;4c", &r, &g, &took);
	tap_ok(r.da1 && g.ntypeahead == 5 && memcmp(g.typeahead, "j\033[Ak", 5) == 0,
	    "keys typed among the replies are kept, in order, the replies not");
	parse("\033[6;999999;999999t\033[?62;4c", &r, &g, &took);
	tap_ok(r.da1 && r.cell_w == 0 && r.cell_h == 0,
	    "a cell of a million pixels is no size: not known");
	parse("\033[6;0;10t\033[?62;4c", &r, &g, &took);
	tap_ok(r.da1 && r.cell_w == 0 && r.cell_h == 0, "... nor one of 0 pixels");
	parse("\033_Gi=7;OK\033\\\033[?1;2c", &r, &g, &took);
	tap_ok(!r.kitty && r.da1, "an APC reply that is not to our query is no kitty");
}

static void
no_questions(void)
{
	struct term_graphics g;

	term_graphics_detect(PICTURE_SYMBOLS, -1, -1, &g);
	tap_ok(g.mode == PICTURE_SYMBOLS, "images symbols: symbols, the terminal untouched");
	term_graphics_detect(PICTURE_NONE, -1, -1, &g);
	tap_ok(g.mode == PICTURE_NONE, "images none: none");
	setenv("TMUX", "/tmp/tmux-0/default,1,0", 1);
	term_graphics_detect(PICTURE_AUTO, -1, -1, &g);
	tap_ok(g.mode == PICTURE_SYMBOLS, "auto inside tmux: symbols, unasked");
	unsetenv("TMUX");
	setenv("TERM", "xterm-kitty", 1);
	term_graphics_detect(PICTURE_AUTO, -1, -1, &g);
	tap_ok(g.mode == PICTURE_KITTY, "auto with TERM=xterm-kitty: kitty");
	setenv("TERM", "xterm-256color", 1);
}

/* A pty nobody answers: symbols after the wait, its modes as before. */
static void
silent_terminal(void)
{
	struct term_graphics g;
	struct termios before, after;
	struct winsize ws = {24, 80, 0, 0};
	char sent[256] = "";
	int master, slave;
	ssize_t n;

	if (openpty(&master, &slave, NULL, NULL, &ws) != 0) {
		tap_ok(1, "# SKIP no pty");
		return;
	}
	unsetenv("KITTY_WINDOW_ID");
	unsetenv("STY");
	tcgetattr(slave, &before);
	term_graphics_detect(PICTURE_AUTO, slave, slave, &g);
	tcgetattr(slave, &after);
	n = read(master, sent, sizeof sent - 1);
	tap_ok(g.mode == PICTURE_SYMBOLS, "a terminal that never answers: symbols");
	tap_ok(n > 0 && strstr(sent, "\033_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\033\\") != NULL &&
	    strstr(sent, "\033[16t") != NULL &&
	    strcmp(sent + n - 3, "\033[c") == 0, "it was sent the kitty query, CSI 16 t, then DA1");
	tap_ok(after.c_lflag == before.c_lflag && after.c_iflag == before.c_iflag,
	    "its modes are as they were");
	close(master);
	close(slave);
}

static void
pixels(void)
{
	enum { PW = 40, PH = 20 };
	static unsigned char rgba[PW * PH * 4];
	struct picture pic = {PW, PH, rgba};
	struct picture_band b = {PICTURE_SIXEL, 5, 8, 4, 0, 4, 10, 20};
	struct buf seq = {0};
	size_t bad = 0;
	int cols = 60, rows = 10;

	for (size_t i = 0; i < sizeof rgba; i++)
		rgba[i] = i % 4 == 3 ? 255 : (unsigned char)(i * 7);
	if (!picture_pixels_ready()) {
		tap_ok(1, "# SKIP libchafa is not here");
		return;
	}
	tap_ok(picture_fit(PW, PH, 10, 20, &cols, &rows) == 0 && cols == 40 && rows == 10,
	    "a 2:1 picture on cells of 10x20 pixels: 40x10 cells of 60x10");
	picture_sixel(&seq, &pic, &b);
	for (size_t i = 0; seq.s != NULL && i < seq.len; i++)
		bad += (seq.s[i] < 0x20 || seq.s[i] > 0x7e) && seq.s[i] != '\033';
	tap_ok(seq.s != NULL && strncmp(seq.s, "\033P", 2) == 0 && strstr(seq.s, "q\"1;1;80;") != NULL &&
	    strcmp(seq.s + seq.len - 2, "\033\\") == 0 && bad == 0,
	    "sixel: DCS ... q, 80 pixels wide, ST; printable ASCII between");
	buf_free(&seq);
	b.mode = PICTURE_KITTY;
	b.first = 1;
	b.n = 2;
	picture_kitty_transmit(&seq, &pic, b.id);
	picture_kitty_place(&seq, PW, PH, &b);
	tap_ok(seq.s != NULL && strncmp(seq.s, "\033_Ga=t,i=5,f=32,s=40,v=20,", 26) == 0 &&
	    strstr(seq.s, "q=2,m=") != NULL &&
	    strstr(seq.s, "\033_Ga=p,i=5,p=1,x=0,y=5,w=40,h=10,c=8,r=2,C=1,q=2\033\\") != NULL,
	    "kitty: its id, no reply asked, then 8x2 cells of the band placed");
	buf_free(&seq);
	b.first = 3;
	tap_ok(picture_sixel(&seq, &pic, &b) == -1, "a band past the picture's rows: none");
}

int
main(void)
{
	tap_init();
	replies();
	no_questions();
	silent_terminal();
	pixels();
	return tap_done();
}
