/*
 * ui_trace: the lines of KANBAO_TRACE (the file ui.c opens as u->trace),
 * in microseconds of CLOCK_MONOTONIC, so that a benchmark times key to
 * screen by the reader's own clock (ui.c says which lines there are).
 * Calls nothing of the reader's but ui_view, so that any part of it may
 * write a line.  No curses here.
 */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include "ui_int.h"

long long
ui_trace_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

void
ui_trace(struct ui *u, long long t, const char *what, const char *more)
{
	struct view *v;

	if (u->trace == NULL)
		return;
	fprintf(u->trace, "%s %lld", what, t != 0 ? t : ui_trace_now());
	if (more != NULL)
		fprintf(u->trace, " %s %s", more,
		    (v = ui_view(u)) != NULL && v->page != NULL ? v->page->url : "-");
	fputc('\n', u->trace);
	fflush(u->trace);
}
