/* unit_extract_unseen11zh: the kinds of layout the eleventh Chinese blind
 * round (unseen11zh-*) found wanting: a slider's counter with its buttons
 * run on (1/4查看原图); a line of roles and names closed by 文/图; a desk
 * named before the reporters (本报驻…记者站). */
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

static void
credits(void)
{
	test_gives(credit_line_names, "记者 温雅 见习记者 秦川 文/图", "温雅 秦川",
	    "a line of roles and names closed by 文/图 credits the names");
	test_gives(credit_line_names, "记者 温雅 文", "温雅", "... and so by 文");
	test_gives(credit_line_names, "记者 温雅 摄", NULL, "... but 摄 alone credits a picture");
	test_gives(credit_line_names, "记者 温雅 文/图 秦川", NULL, "... a mark amid the names ends no line");
	test_gives(label_names, "本报驻岑南记者站 记者 冯堃 通讯员 邹珺瑶", "冯堃 邹珺瑶",
	    "a desk named before the reporters (本报驻…记者站) is no name");
	test_gives(label_names, "江潮新闻记者 程书远", "程书远", "... nor an outlet's role run together");
	test_gives(label_names, "记者 方知远 通讯员 黄小禾", "方知远 黄小禾", "... roles alone are skipped as before");
}

int
main(void)
{
	slide_counter();
	credits();
	return tap_done();
}
