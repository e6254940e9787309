/* unit_extract_unseen48mix: the kinds of layout the forty-eighth mixed
 * blind round (unseen48mix-*) found wanting: an e-paper article page
 * whose <title> is the paper's name alone, under a 本报记者 byline; a
 * WeChat article's meta row naming its writer with no label and no
 * <meta name="author"> (NAME ACCOUNT DATE). */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define P1 "<p>初冬时节，沿着新修的白鹭湾至岩口产业路一路前行，沿途的草莓大棚、茶园和民宿次第铺展。这条全长9.6公里的水泥路，把三个村串在了一起。</p>"
#define P2 "<p>路没修通前，村里的茶叶要靠摩托车一趟趟往外运，收购商都不愿意进来。如今大货车能直接开到茶园边，今年村里的干茶卖了40多万元。</p>"
#define P3 "<p>片区联动带来了实实在在的收益。据统计，今年以来三村共接待游客6.2万人次，实现旅游综合收入870万元，村集体经济收入均突破30万元。</p>"
#define PAPER(title, h1) "<html><head><meta charset=\"utf-8\"><title>" title "</title></head><body>" \
	"<div class=\"article\"><h1>" h1 "</h1><p class=\"author\">本报记者 荀叶 通讯员 霍小满</p>" \
	"<div class=\"content\">" P1 P2 P3 "</div></div></body></html>"

static void
paper_titled_alone(void)
{
	test_source_is(PAPER("青漪日报", "一条产业路 串起三个村"), "青漪日报",
	    "a 本报 credit under a <title> that is the paper's name alone: the paper is the source");
	test_source_is(PAPER("春耕喜报", "春耕喜报"), NULL,
	    "... a <title> that is the headline itself, ending in 报, names no paper");
}

#define WX(row) "<html><head><meta charset=\"utf-8\"><title>暖心！移动小课堂开进留守儿童家门口</title></head>" \
	"<body><div id=\"img-content\"><h1 class=\"title\">暖心！移动小课堂开进留守儿童家门口</h1>" \
	"<div class=\"meta\">" row "</div><div id=\"js_content\" class=\"content\">" P1 P2 P3 \
	"</div></div></body></html>"

static void
row_name(void)
{
	test_author_is(WX("<span>祝晚晴</span> <span><a href=\"#\">石坝镇发布</a></span> <em>2026-12-06 19:40</em>"),
	    "祝晚晴", "a meta row NAME ACCOUNT DATE names its writer");
	test_author_is(WX("<span>原创</span> <span><a href=\"#\">石坝镇发布</a></span> <em>2026-12-06 19:40</em>"),
	    NULL, "... a mark before the account is no name");
	test_author_is(WX("<span>青漪日报</span> <span><a href=\"#\">青漪发布</a></span> <em>2026-12-06 19:40</em>"),
	    NULL, "... nor is an outlet before the account");
	test_author_is(WX("<span>金竹</span> <span>云峤</span> <em>2026-12-06 19:40</em>"),
	    NULL, "... nor a short word before a word that is no account");
}

int
main(void)
{
	paper_titled_alone();
	row_name();
	return tap_done();
}
