/* unit_extract_unseen21mix: the kinds of layout the twenty-first mixed
 * blind round (unseen21mix-*) found wanting: a Macau district site in Big5
 * written by a CP950 tool (文／NAME: the ／ that glibc's BIG5-HKSCS
 * lacks). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

/* what charset_to_utf8 makes of bytes declared Big5 */
static void
big5_is(const char *bytes, const char *want, const char *what)
{
	size_t n;
	char *s = charset_to_utf8(bytes, strlen(bytes), "big5", &n, NULL);

	tap_str(s, want, what);
	free(s);
}

/* a stray lead byte (A1) before a byte no pair ends in ('0'), in a page
 * long enough for one stray byte to be a typo: the lead is lost, the '0'
 * and the text after it kept */
static void
lone_lead(void)
{
	struct buf b = {0}, w = {0};
	char *s;
	size_t n;

	for (int i = 0; i < 120; i++) {
		buf_adds(&b, "\xb5\x6f\xa7\x47");
		buf_adds(&w, "發佈");
	}
	buf_adds(&b, "\xa1" "0\xb5\x6f\xa7\x47");
	buf_adds(&w, "\xef\xbf\xbd" "0發佈");
	s = charset_to_utf8(b.s, b.len, "big5", &n, NULL);
	tap_str(s, w.s, "but a lead byte before no trail byte is still lost, the next byte kept");
	free(s);
	free(b.s);
	free(w.s);
}

static void
cp950_pairs(void)
{
	/* 文／梁嘉敏 發佈 in Big5 as CP950 writes it */
	big5_is("\xa4\xe5\xa1\xfe\xb1\xe7\xb9\xc5\xb1\xd3 \xb5\x6f\xa7\x47",
	    "文／梁嘉敏 發佈", "a Big5 ／ (A1FE) HKSCS lacks is read as plain Big5 reads it");
	big5_is("\xa5\x78\xa5\x5f" "A240\xa2\x40", "台北A240＼", "... ＼ (A240) too");
	lone_lead();
}

#define MAYLIKE(heading) "<html><head><meta charset=\"utf-8\"><title>列治文三號路夜市今夏移址</title></head><body>" \
	"<h1>列治文三號路夜市今夏移址</h1><div class=\"entry-content\">" \
	"<p>列治文三號路夜市今年夏天將遷往河邊一個公眾停車場舉行，主辦單位日前通知攤商，新址可容納約二百個攤位。</p>" \
	"<p>不過，多名攤商表示新址距離天車站較遠，擔心人流不及以往，希望主辦單位加開接駁巴士。</p>" \
	"<p>今年夜市預計於五月中開幕，逢週五至週日營業，至九月底結束。</p></div>" \
	"<div id=\"related-posts\"><div class=\"mag-box-title\"><h3>" heading "</h3></div>" \
	"<div class=\"related-item\"><h3 class=\"post-title\"><a href=\"/2025/03/18/night-market-permit/\">" \
	"列治文市議會批出今年夜市許可</a></h3><span class=\"date\">2025-03-18</span></div>" \
	"<div class=\"related-item\"><h3 class=\"post-title\"><a href=\"/2025/02/26/canada-line-weekend/\">" \
	"天車加拿大線週末班次加密</a></h3><span class=\"date\">2025-02-26</span></div></div></body></html>"

static void
may_also_like(void)
{
	tap_int(test_story_related(xstrdup(MAYLIKE("您可能也喜歡"))), 2,
	    "您可能也喜歡 (You may also like) heads a theme's related posts");
	tap_int(test_story_related(xstrdup(MAYLIKE("你可能也喜欢"))), 2, "... 你可能也喜欢 too");
	tap_int(test_story_related(xstrdup(MAYLIKE("您可能也喜歡這家老店的招牌菜，週末記得早點去排隊。"))), 0,
	    "but a sentence opening on the words heads nothing");
}

#define CARD_STORY(card, after) "<html><head><meta charset=\"utf-8\"><title>雾岛川温泉街老旅馆改建</title></head><body>" \
	"<article><h1>雾岛川温泉街老旅馆改建</h1><div class=\"article__body\"><div class=\"article__text\">" \
	"<p>富岚县雾岛川町的温泉街上，一家停业十年的老旅馆经过改建，本月起作为面向外国游客的住宿设施重新开业。</p>" \
	"<p>町政府去年购入该建筑，保留原有外观和庭园，对内部进行抗震加固和改装，并增设了无障碍浴室。</p>" \
	card "<p>运营由町内一家旅游公司负责，工作人员可用英语、中文和韩语接待客人，每晚住宿费为一人一万二千日元起。</p>" \
	"<p>町观光协会的统计显示，去年到访温泉街的外国游客约为一万八千人次，比前一年增加四成。</p></div></div></article>" \
	after "</body></html>"
#define CARD(label, rest) "<aside class=\"inline-related\"><p class=\"label\">" label "</p>" rest "</aside>"
#define ONE_LINK "<a href=\"/news/local/20250221-0088.html\">雾岛川町空屋活用计划启动 首批五栋征集运营者</a>"
#define LIST_AFTER "<section><h2>More from Local</h2><ul>" \
	"<li><a href=\"/news/local/20250130-0041.html\">富岚县外国游客人数创新高</a></li>" \
	"<li><a href=\"/news/local/20241212-0233.html\">雾岛川温泉街举办灯笼节</a></li></ul></section>"

static void
one_link_cards(void)
{
	tap_int(test_story_related(xstrdup(CARD_STORY(CARD("关联报道", ONE_LINK), ""))), 1,
	    "a 关联报道 card of one link between the paragraphs gives its story");
	tap_int(test_story_related(xstrdup(CARD_STORY(CARD("關聯報導", ONE_LINK), ""))), 1, "... 關聯報導 too");
	tap_int(test_story_related(xstrdup(CARD_STORY(CARD("相关报道", ONE_LINK), ""))), 1,
	    "... and a 相关报道 card set in an aside");
	tap_int(test_story_related(xstrdup(CARD_STORY(CARD("Related", ONE_LINK), LIST_AFTER))), 2,
	    "but a list of two after the story still wins over the card");
	tap_int(test_story_related(xstrdup(CARD_STORY(CARD("相关报道", "<p>详见本报明日专版。</p>"), ""))), 0,
	    "... and a label over no link gives nothing");
	tap_int(test_story_related(xstrdup(CARD_STORY(CARD("关联报道", "<p>本报曾报道该计划" ONE_LINK "。</p>"), ""))), 0,
	    "... nor one over a sentence holding a link");
}

int
main(void)
{
	cp950_pairs();
	may_also_like();
	one_link_cards();
	return tap_done();
}
