/* unit_extract_unseen63mix: the kinds of layout the sixty-third mixed
 * blind round (unseen63mix-*) found wanting: a blog theme's Chinese
 * rel=prev / rel=next pager of the direction alone ("← 较新的文章",
 * "较早的文章 →"), which names no story; a credit line closing on its
 * dateline (本报记者 NAME PLACE讯), whose PLACE讯 is no second name. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>河岸</title></head><body>"
#define H1 "<h1>青年义工清理河岸</h1>"
#define P1 "<p>青年义工队周日清晨动员一百多名队员和附近居民，沿着小河两岸清理垃圾，一个上午清出废弃物约三吨。</p>"
#define P2 "<p>队长说，小河流经三个村子，雨季一到，河里的垃圾就会堵住下游的水闸，每年都有人家被水淹。</p>"
#define P3 "<p>义工队计划明年春天再组织一次清理，并和附近学校合作，让学生参与环保教育。</p>"
#define STORY HEAD H1 "<article class=\"post\"><div class=\"post-content\">" P1 P2 P3 "</div></article>"

#define RELPAGER(prev, next) STORY "<nav class=\"pagination\">" \
	"<a href=\"/post/1002/newer-story\" rel=\"prev\">" prev "</a> " \
	"<a href=\"/post/1000/older-story\" rel=\"next\">" next "</a>" \
	"</nav></body></html>"

static void
bare_chinese_pager(void)
{
	test_nav_is(RELPAGER("&larr; 较新的文章", "较早的文章 &rarr;"), NULL, NULL,
	    "a rel pager of 较新的文章 / 较早的文章 alone names no story");
	test_nav_is(RELPAGER("« 較新的文章", "較舊的文章 »"), NULL, NULL,
	    "... nor of 較新的文章 / 較舊的文章");
	test_nav_is(RELPAGER("&larr; 较新的文章：年货市场下月开张", "较早的文章：华校新校舍奠基 &rarr;"),
	    "较新的文章：年货市场下月开张", "较早的文章：华校新校舍奠基",
	    "... a link of the word and a title is kept");
}

static void
credit_dateline_tail(void)
{
	test_gives(credit_line_names, "本报记者 黄丽珍 日里讯", "黄丽珍",
	    "本报记者 NAME PLACE讯: the closing PLACE讯 is the dateline, no name");
	test_gives(credit_line_names, "本報記者 何詠恩 氹仔訊", "何詠恩",
	    "... in traditional characters too");
	test_gives(credit_line_names, "记者 张嘉讯", "张嘉讯",
	    "... a name ending in 讯 that no name comes before stays the name");
	test_gives(credit_line_names, "记者 黄丽珍 林思雅", "黄丽珍 林思雅",
	    "... and two names with no dateline stay two");
}

int
main(void)
{
	bare_chinese_pager();
	credit_dateline_tail();
	return tap_done();
}
