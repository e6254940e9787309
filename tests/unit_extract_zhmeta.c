/* unit_extract_zhmeta: byline fields and list dates on small Chinese
 * pages, the kinds of layout the fifth Chinese blind round (unseen5zh-*)
 * found wanting: roles among an author's names, a compound label after
 * one, a post's author card, its 编辑于 date, a count run into a date. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

/* an author's label with every name it credits */
static void
names_are(const char *line, const char *want, const char *what)
{
	char *got = find_labelled_names(line, author_labels);

	tap_str(got, want, what);
	free(got);
}

static void
author_names(void)
{
	names_are("作者：记者 方知远 通讯员 黄小禾", "方知远 黄小禾",
	    "roles among an author's names (记者 … 通讯员 …) are no names");
	names_are("来源：江屿日报 作者：记者 方知远", "方知远", "... a role alone before one name");
	names_are("作者：镇党政办　　文章来源：本站原创", "镇党政办",
	    "a compound label (文章来源：) ends a name, its first word no name");
	names_are("作者：林晓　文章录入：wangxh", "林晓", "... as 文章录入： does");
}

#define HEAD "<html><head><title>t</title></head><body>"
#define TEXT "<div class=\"RichText\"><p>桐溪支线通车那年是1961年，停运是2012年。它全长四十七公里，从干线上的青石铺站岔出去，沿着桐溪一路往山里走。</p>" \
	"<p>我小时候在水碾坝住过六年，父亲是水碾坝站的货运员。这篇文章是我这两年断断续续走访、翻档案的一点记录。</p>" \
	MORE MORE MORE MORE MORE MORE "</div>"
#define MORE "<p>青石铺原本只是干线上的一个小站。支线修通以后，山里的木材、煤和毛竹都要在这里换装到干线上，车站一下子扩成了六股道。</p>" \
	"<h2>二、水碾坝</h2><p>水碾坝在通车前只有几户人家和一座水碾。车站设在这里，是因为这一段坡度最缓，适合让货车会让。</p>"

static void
run_byline(struct ctx *c, const char *html)
{
	test_doc(c, html);
	find_body(c);
	extract_title(c);
	extract_byline(c);
}

static void
post_author(void)
{
	struct ctx c;

	run_byline(&c, HEAD "<h1>一条支线铁路和它养活过的三座小镇</h1><div class=\"Post-Author\"><div class=\"AuthorInfo\">"
	    "<div class=\"AuthorInfo-head\"><span class=\"AuthorInfo-name\"><a href=\"/people/lz\">山城老周</a></span></div>"
	    "<div class=\"AuthorInfo-detail\">地方史爱好者，前报社记者</div></div></div>" TEXT
	    "<div class=\"ContentItem-time\">编辑于 2024-03-18 21:47・IP 属地四川</div></body></html>");
	tap_str(c.page->author, "山城老周", "an author card's name, not the bio line under it");
	tap_str(c.page->published, "2024-03-18T21:47", "a post's 编辑于 date under a long text dates it when nothing else does");
	test_doc_free(&c);
	run_byline(&c, HEAD "<h1>一条支线铁路和它养活过的三座小镇</h1><div class=\"meta\"><span class=\"author\">山城老周</span>"
	    "<span>发布时间：2024-03-15 08:00</span></div>" TEXT
	    "<div class=\"ContentItem-time\">编辑于 2024-03-18 21:47</div></body></html>");
	tap_str(c.page->published, "2024-03-15T08:00", "... and yields to a publication date");
	test_doc_free(&c);
}

static void
run_images(struct ctx *c, const char *html)
{
	test_doc(c, html);
	find_body(c);
	extract_title(c);
	extract_body(c);
	extract_images(c);
}

#define COVER "<div class=\"TitleImage-wrapper\"><img src=\"/cover.jpg\" alt=\"桐溪支线\"></div>"
#define POST "<article class=\"Post-Main\"><h1>一条支线铁路和它养活过的三座小镇</h1>" TEXT "</article>"

static void
cover_pictures(void)
{
	struct ctx c;

	run_images(&c, HEAD "<div class=\"Post-content\">" COVER POST "</div></body></html>");
	tap_int((long)c.page->nimages, 1, "a post's cover picture just before its container is the story's");
	tap_str(c.page->nimages ? c.page->images[0].src : NULL, "http://unit.test/cover.jpg", "... its address");
	test_doc_free(&c);
	run_images(&c, HEAD "<div class=\"Post-content\"><div class=\"banner\"><img src=\"/ad.jpg\"></div>" POST
	    "</div></body></html>");
	tap_int((long)c.page->nimages, 0, "a picture before the container in a box of no cover's class is none");
	test_doc_free(&c);
}

static void
list_dates(void)
{
	char *d = item_date("聚焦民生实事：老旧小区雨污分流改造 88772024-05-17");

	tap_str(d, "2024-05-17", "a play count run into a date before it (88772024-05-17) is no part of the year");
	free(d);
	d = item_date("报名人数 202405-17");
	tap_ok(d == NULL || strcmp(d, "2024-05-17") != 0, "a run of digits that ends in no year stays no date");
	free(d);
}

int
main(void)
{
	author_names();
	post_author();
	cover_pictures();
	list_dates();
	return tap_done();
}
