/*
 * ui_out: see ui_out.h.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "ui_out.h"

static struct buf out;		/* tputs() has no user pointer */

struct buf *
ui_out(void)
{
	return &out;
}

int
ui_out_char(int c)
{
	buf_addc(&out, (char)c);
	return c;
}

void
ui_out_write(void)
{
	size_t done = 0;

	fflush(stdout);		/* curses' own bytes first */
	while (done < out.len) {
		ssize_t w = write(STDOUT_FILENO, out.s + done, out.len - done);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;	/* the terminal is gone: the key loop finds out */
		done += (size_t)w;
	}
	out.len = 0;
}

void
ui_out_free(void)
{
	buf_free(&out);
}
