/* unit_extract_unseen34zh: the kind of layout the thirty-fourth Chinese
 * blind round (unseen34zh-*) found wanting: a weather or air-quality
 * bulletin closing on "预报员：NAME　签发：NAME", its writer and the one who
 * signs it out, which named no author and stayed as the body's last line. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>快报</title></head><body>"
#define H1 "<h1>1月15日全市空气质量快报：扩散条件转好 今明两天以良为主</h1>"
#define P1 "<p>受冷空气南下影响，1月15日我市大气扩散条件明显转好，全市空气质量由前两日的轻度污染好转为良，" \
	"平均空气质量指数为72。</p>"
#define P2 "<p>从近7日变化趋势看，1月12日至14日受静稳天气影响，我市出现连续三天轻度污染，15日凌晨起偏北风" \
	"增大至3到4级，污染物浓度快速下降。</p>"
#define P3 "<p>未来两天预报：16日多云，偏北风2到3级，空气质量良；17日晴到多云，空气质量良。</p>"
#define OPEN HEAD H1 "<div class=\"content\">" P1 P2 P3
#define CLOSE "</div></body></html>"
#define SIGNED OPEN "<p align=\"right\">预报员：邵宁远　签发：龚卫华</p>" CLOSE

static void
bulletin_forecaster(void)
{
	test_author_is(SIGNED, "邵宁远", "a bulletin's 预报员 is its writer");
	test_body_count(SIGNED, 3, "... and the 预报员 / 签发 line closing it is no body");
	test_author_is(OPEN "<p><span>预报员：邵宁远</span><span>签发：龚卫华</span></p>" CLOSE, "邵宁远",
	    "... in spans run together, the 签发 after the name is no part of it");
	test_body_count(OPEN "<p align=\"right\">签发：龚卫华</p>" CLOSE, 3,
	    "... nor is a 签发 line alone, the one who signs it out");
	test_author_is(OPEN "<p>市气象台首席预报员邵宁远介绍，本次冷空气过程将持续到17日。</p>" CLOSE, NULL,
	    "... a story's line naming a forecaster names no author");
	test_body_count(OPEN "<p>预报员提醒：近期早晚气温低，请注意防寒保暖。</p>" CLOSE, 4,
	    "... and a 预报员提醒 line stays in the story");
}

int
main(void)
{
	bulletin_forecaster();
	return tap_done();
}
