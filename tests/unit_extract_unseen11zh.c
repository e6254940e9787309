/* unit_extract_unseen11zh: the kinds of layout the eleventh Chinese blind
 * round (unseen11zh-*) found wanting: a slider's counter with its buttons
 * run on (1/4查看原图). */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

static void
slide_counter(void)
{
	tap_ok(is_count_line("1/4查看原图"), "a slide's counter with the slider's 查看原图 run on is no paragraph");
	tap_ok(is_count_line("2/6 全屏 查看原图"), "... nor with its buttons apart");
	tap_ok(!is_count_line("1/4查看原图后发现"), "... a line going on past the buttons stays");
	tap_ok(!is_count_line("4/1 原图"), "... a counter past its count is none");
}

int
main(void)
{
	slide_counter();
	return tap_done();
}
