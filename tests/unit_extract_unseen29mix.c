/* unit_extract_unseen29mix: the kinds of layout the twenty-ninth mixed
 * blind round (unseen29mix-*) found wanting: a county media centre's
 * 栏目 list printing a pinned row's mark (【置顶】) inside its link, before
 * the title; and a Taiwanese local paper marking up its whole byline,
 * 記者 NAME／PLACE報導, as the author's element. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_listrow.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

/* a row's title with the mark cut, as cut_pin_label leaves it (new) */
static char *
pin_cut(const char *t)
{
	char *s = xstrdup(t);

	cut_pin_label(s);
	return s;
}

static void
pin_marks(void)
{
	struct buf b = {0};
	struct ctx c;

	test_gives(pin_cut, "【置顶】岚溪县“新春走基层”采访活动启动", "岚溪县“新春走基层”采访活动启动",
	    "a pinned row's 【置顶】 mark opening its title goes");
	test_gives(pin_cut, "[置頂] 縣府公告年節垃圾清運時間", "縣府公告年節垃圾清運時間",
	    "... and [置頂] with a blank after it");
	test_gives(pin_cut, "【聚焦两会】代表委员热议乡村振兴", "【聚焦两会】代表委员热议乡村振兴",
	    "... a topic's label in the same brackets stays");
	test_gives(pin_cut, "置顶式风扇进入夏季销售旺季", "置顶式风扇进入夏季销售旺季",
	    "... the word opening a title, no brackets, stays");
	buf_adds(&b, "<html><head><meta charset=\"utf-8\"><title>县内要闻</title></head><body>"
	    "<div class=\"right\"><h2>县内要闻</h2><ul class=\"newslist\">");
	buf_adds(&b, "<li><span>[2026-01-05]</span><a href=\"/x/p.html\"><font color=\"red\">【置顶】</font>"
	    "岚溪县“新春走基层”主题采访活动启动</a></li>");
	for (int i = 0; i < 8; i++) {
		char row[256];

		snprintf(row, sizeof row, "<li><span>[2026-01-1%d]</span><a href=\"/x/%d.html\">岚溪县第%d批"
		    "乡村振兴项目开工建设</a></li>", i, i, i + 1);
		buf_adds(&b, row);
	}
	buf_adds(&b, "</ul></div></body></html>");
	test_list(&c, b.s);
	tap_ok(c.page->headlines.n == 9 && strcmp(c.page->headlines.v[0].title,
	    "岚溪县“新春走基层”主题采访活动启动") == 0, "a list's pinned row gives its title without the mark");
	test_doc_free(&c);
	buf_free(&b);
}

#define TW_HEAD "<html><head><meta charset=\"utf-8\"><title>T</title></head><body><article>" \
	"<h1>玉里鎮百年碾米廠活化</h1><div class=\"info\"><span class=\"article-author\">"
#define TW_TAIL "</span><time datetime=\"2026-01-14T10:35:00+08:00\">2026/01/14 10:35</time></div>" \
	"<div class=\"c\"><p>花蓮縣玉里鎮一座有近百年歷史的老碾米廠，將由鎮公所租下活化，改建為故事館。" \
	"鎮公所表示，修繕工程已經發包，預計明年春天完工開放。</p><p>這座碾米廠位於玉里火車站附近，日治時期" \
	"昭和年間興建，木造桁架和磚造外牆大致完好。</p></div></article></body></html>"

static void
slashed_marked_bylines(void)
{
	test_author_is(TW_HEAD "記者 邱文彬／花蓮報導" TW_TAIL, "邱文彬",
	    "a marked byline 記者 NAME／PLACE報導: the name, no place");
	test_author_is(TW_HEAD "記者邱文彬／花蓮報導" TW_TAIL, "邱文彬", "... and with no blank after the role");
	test_author_is(TW_HEAD "邱文彬" TW_TAIL, "邱文彬", "... a marked name alone stays as it was");
}

int
main(void)
{
	pin_marks();
	slashed_marked_bylines();
	return tap_done();
}
