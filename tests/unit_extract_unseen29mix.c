/* unit_extract_unseen29mix: the kinds of layout the twenty-ninth mixed
 * blind round (unseen29mix-*) found wanting: a county media centre's
 * 栏目 list printing a pinned row's mark (【置顶】) inside its link, before
 * the title; and a Taiwanese local paper marking up its whole byline,
 * 記者 NAME／PLACE報導, as the author's element. */
#include "config.h"

#include <stdlib.h>
#include <stdio.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

/* The first headline's title on a list of nine rows whose first link is
 * a (new). */
static char *
first_headline(const char *a)
{
	struct buf b = {0};
	struct ctx c;
	char *t;

	buf_adds(&b, "<html><head><meta charset=\"utf-8\"><title>县内要闻</title></head><body>"
	    "<div class=\"right\"><h2>县内要闻</h2><ul class=\"newslist\"><li><span>[2026-01-05]</span>");
	buf_adds(&b, a);
	buf_adds(&b, "</li>");
	for (int i = 0; i < 8; i++) {
		char row[256];

		snprintf(row, sizeof row, "<li><span>[2026-01-1%d]</span><a href=\"/x/%d.html\">岚溪县第%d批"
		    "乡村振兴项目开工建设</a></li>", i, i, i + 1);
		buf_adds(&b, row);
	}
	buf_adds(&b, "</ul></div></body></html>");
	test_list(&c, b.s);
	t = xstrdup(c.page->headlines.n == 9 ? c.page->headlines.v[0].title : "(no list of nine)");
	test_doc_free(&c);
	buf_free(&b);
	return t;
}

static void
pin_marks(void)
{
	test_gives(first_headline, "<a href=\"/x/p.html\"><font color=\"red\">【置顶】</font>岚溪县“新春走基层”"
	    "主题采访活动启动</a>", "岚溪县“新春走基层”主题采访活动启动",
	    "a pinned row's 【置顶】 mark, set apart first in its link, goes from the headline");
	test_gives(first_headline, "<a href=\"/x/p.html\"><span class=\"top\">[置頂]</span> 縣府公告年節垃圾"
	    "清運時間</a>", "縣府公告年節垃圾清運時間", "... and [置頂] in a span, a blank after it");
	test_gives(first_headline, "<a href=\"/x/p.html\"><font color=\"red\">【聚焦两会】</font>代表委员"
	    "热议乡村振兴</a>", "【聚焦两会】代表委员热议乡村振兴", "... a topic's label set apart so stays");
	test_gives(first_headline, "<a href=\"/x/p.html\">【置顶】临川区为民办实事项目进展情况公示</a>",
	    "【置顶】临川区为民办实事项目进展情况公示", "... a mark typed into the title's own text stays");
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
