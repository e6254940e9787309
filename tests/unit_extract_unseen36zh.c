/* unit_extract_unseen36zh: the kind of layout the thirty-sixth Chinese
 * blind round (unseen36zh-*) found wanting: a 图集 page's few lines of
 * text in a block of their own, then its pictures each with a caption
 * in blocks of their own, then a closing paragraph (extract_photoset.c). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"


#define HEAD "<html><head><meta charset=\"utf-8\"><title>竹编进校园</title></head><body>" \
	"<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/hdtj/\">活动图集</a></div><div class=\"atlas\">" \
	"<h1>图集｜竹编技艺进校园</h1><div class=\"meta\">时间：2026-11-30 09:12</div>"
#define INTRO "<div class=\"intro\"><p>11月27日，县非遗保护中心联合县实验小学开展竹编技艺体验活动，省级非遗项目" \
	"代表性传承人带领团队走进校园，手把手教学生编织竹篮、竹扇和竹蜻蜓，现场气氛热烈。</p>" \
	"<p>活动中，学生们认真学习劈篾、起底、编织、收口等工序，感受传统手工艺的魅力，不少学生当场完成了" \
	"自己的第一件竹编作品。</p></div>"
#define ITEM(n, cap) "<div class=\"item\"><img src=\"/up/" n ".jpg\" alt=\"\"><p>" cap "</p></div>"
#define LINKED(n, cap) "<div class=\"item\"><a href=\"/hdtj/" n ".html\"><img src=\"/up/" n ".jpg\" alt=\"\"></a>" \
	"<p><a href=\"/hdtj/" n ".html\">" cap "</a></p></div>"
#define END "<div class=\"end\"><p>据介绍，今年以来，县非遗保护中心已组织非遗进校园活动12场，覆盖全县8所学校。</p></div>"
#define TAIL "</div><div class=\"foot\">版权所有：南山县非遗保护中心</div></body></html>"

static void
photo_set(void)
{
	test_page_body_is(HEAD INTRO "<div class=\"set\">" ITEM("1", "传承人向学生介绍竹编工具")
	    ITEM("2", "学生在传承人指导下学习起底") ITEM("3", "一名学生展示自己编织的竹蜻蜓") "</div>" END TAIL,
	    TEST_URL, 6, NULL, "据介绍，今年以来，县非遗保护中心已组织非遗进校园活动12场，覆盖全县8所学校。",
	    "a photo set after the text, and its closing words, are the story's");
	test_page_body_is(HEAD INTRO "<div class=\"set\">" ITEM("1", "传承人向学生介绍竹编工具")
	    ITEM("2", "学生在传承人指导下学习起底") ITEM("3", "一名学生展示自己编织的竹蜻蜓") "</div>"
	    "<div class=\"thumbs\"><img src=\"/up/s1.jpg\" alt=\"\"><img src=\"/up/s2.jpg\" alt=\"\"></div>" END TAIL,
	    TEST_URL, 6, NULL, NULL, "... a strip of thumbnails between the set and its closing words is passed over");
	test_page_body_is(HEAD INTRO "<div class=\"set\">" LINKED("1", "端午竹龙舟巡游")
	    LINKED("2", "丰收节非遗展") LINKED("3", "南山山歌进乡村") "</div>" END TAIL,
	    TEST_URL, 2, NULL, NULL, "... a set whose captions link to other sets (more photo sets) stays out");
	test_page_body_is(HEAD INTRO END TAIL, TEST_URL, 2, NULL, NULL,
	    "... a paragraph after the story with no photo set before it stays a note");
}

int
main(void)
{
	photo_set();
	return tap_done();
}
