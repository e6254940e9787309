/* unit_extract_unseen34mix: the kinds of layout the thirty-fourth mixed
 * blind round (unseen34mix-*) found wanting: an overseas Chinese blog
 * closing its story with a bracketed credit of one-character labels,
 * （文：NAME　圖：MAKER）; a post footer running its fields together in one
 * line of spans (Blogger's "發布者：NAME標籤：甲乙"), the tags' label past
 * the line's first field; a forum thread's topic title, a heading of a
 * link to the page itself, under a headerbar h1 of the forum's name. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_papercredit.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>玫瑰灣新聞: 關帝廟修繕竣工</title></head><body>"
#define H1 "<h1>關帝廟修繕竣工</h1>"
#define P1 "<p>玫瑰灣關帝廟歷時十個月的修繕工程日前竣工，六個華僑社團在廟前廣場舉行重光典禮，三百多位華僑華人到場觀禮。</p>"
#define P2 "<p>這座關帝廟建於一九一二年，是玫瑰灣最早的華人廟宇之一，前年雨季正殿屋頂部分塌陷，樑柱也出現蟲蛀。</p>"
#define P3 "<p>修繕委員會表示，關帝廟今後每逢週日開放參觀，並計劃在廟旁設立一個小型華僑歷史展覽室。</p>"
#define STORY(last) HEAD H1 "<div class=\"post-body\">" P1 P2 P3 last "</div></body></html>"

static void
labelled_writer_credit(void)
{
	test_gives(paper_credit_names, "（文：黃子軒　圖：本報攝影組）", "黃子軒",
	    "（文：NAME　圖：MAKER） names the writer");
	test_gives(paper_credit_names, "（文：黃子軒）", "黃子軒", "... the writer's label alone too");
	test_gives(paper_credit_names, "（文中數據來源：市統計局）", NULL,
	    "... a bracketed line opening on 文 with no colon after it names none");
	test_gives(paper_credit_names, "（文：本報記者在玫瑰灣採訪所得）", NULL,
	    "... nor does a colon's run of words longer than a name");
	test_author_is(STORY("<p>（文：黃子軒　圖：本報攝影組）</p>"), "黃子軒",
	    "the closing credit's writer is the author");
	test_body_count(STORY("<p>（文：黃子軒　圖：本報攝影組）</p>"), 3,
	    "... and the credit is no line of the story");
	test_body_count(STORY("<p>（文物保護基金今年另撥款修繕仁和會館）</p>"), 4,
	    "... a bracketed note closing the text stays a line");
}

#define FOOTER(fields) HEAD H1 "<div class=\"post\"><div class=\"post-body\">" P1 P2 P3 "</div>" \
	"<div class=\"post-footer\">" fields "</div></div></body></html>"

static void
label_past_first_field(void)
{
	char *joined = NULL;

	test_story_tags(FOOTER("<span class=\"byline\"><span>發布者：</span><a href=\"/profile/4\">玫瑰灣新聞</a>"
	    "</span><span class=\"byline\"><span>標籤：</span><a href=\"/search/label/a\">僑社</a>"
	    "<a href=\"/search/label/b\">文化</a></span>"), ",", &joined);
	tap_str(joined, "僑社,文化", "the tags are the links beside the label's own text, not the line's first field's");
	free(joined);
	joined = NULL;
	test_story_tags(FOOTER("<span>標籤：</span><a href=\"/search/label/a\">僑社</a>"
	    "<a href=\"/search/label/b\">文化</a>"), ",", &joined);
	tap_str(joined, "僑社,文化", "... a line opening on the label keeps its links");
	free(joined);
}

#define THREAD(href) "<html><head><meta charset=\"utf-8\"><title>拉包堡市长会见华人商会 - 匈牙利华人论坛</title>" \
	"</head><body><div class=\"headerbar\"><h1>匈牙利华人论坛</h1><p>在匈华人交流</p></div>" \
	"<h2 class=\"topic-title\"><a href=\"" href "\">拉包堡市长会见华人商会</a></h2><div class=\"post\">" \
	"<div class=\"content\">" P1 P2 P3 "</div></div></body></html>"

static void
heading_links_here(void)
{
	test_title_is(THREAD(TEST_URL), "拉包堡市长会见华人商会",
	    "a heading linking to the page itself is its headline, over <title>'s last part");
	test_title_is(THREAD("https://example.org/viewtopic.php?t=1"), "匈牙利华人论坛",
	    "... a heading linking to another page keeps its teaser's penalty");
}

int
main(void)
{
	labelled_writer_credit();
	label_past_first_field();
	heading_links_here();
	return tap_done();
}
