/* unit_extract_unseen13mix: the kinds of layout the thirteenth blind
 * round (unseen13mix-*, three Chinese and three English regional story
 * pages) found wanting: a British 12-hour clock with a dot (3.20pm); a
 * Taiwanese paper's date in the years of the Republic after 民國; a
 * Joomla article's tag list between its info block and the text; a box of
 * hash tags whose class names hashtags; a desk's account (编辑部) marked
 * as a WordPress post's author over 本报记者 NAME atop the text; a lead
 * picture whose caption ends in its credit in brackets (（記者NAME攝）); a
 * reporting scheme's credit naming its funder closing the story (Local
 * Democracy Reporting, the Local Journalism Initiative), and the scheme's
 * logo beside it; a lead figure inside the story's container (an article
 * of header, figure, share bar and text) just above the text's block; a
 * bilingual heading whose halves a middle dot parts ("Straeon cysylltiedig
 * · Related stories"). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Library to close two days a week</title></head>" \
	"<body><h1>Library to close two days a week</h1>"
#define P1 "<p>The village library will open on only three days a week from September after the cabinet approved cuts.</p>"
#define P2 "<p>The branch currently opens Monday to Friday, and one part-time post will go under the new hours.</p>"
#define P3 "<p>A mobile library will visit the village on Mondays from October, the council said on Tuesday.</p>"
#define STORY_OPEN "<div class=\"rich-text\">" P1 P2 P3 "</div>"
#define STORY STORY_OPEN "</body></html>"

static char *
date_of(const char *s)
{
	return extract_date(s, 0);
}

static char *
published_of(const char *html)
{
	struct ctx c;
	char *v;

	test_byline(&c, html);
	v = c.page->published != NULL ? xstrdup(c.page->published) : NULL;
	test_doc_free(&c);
	return v;
}

static void
dotted_clock(void)
{
	test_gives(date_of, "Tuesday, 14 May 2024, 3.20pm", "2024-05-14T15:20",
	    "a British clock's dot between hour and minute before pm is a time");
	test_gives(date_of, "14 May 2024, 11.05 a.m.", "2024-05-14T11:05", "... and before a.m. after a space");
	test_gives(date_of, "14 May 2024, 3.20 metres of water", "2024-05-14",
	    "a dotted number with no half of the day after it is no time");
	test_gives(published_of, HEAD "<p class=\"dateline\">Dydd Mawrth, 14 Mai 2024 · Tuesday, 14 May 2024, 3.20pm</p>"
	    STORY, "2024-05-14T15:20", "a bilingual dateline gives its English date and dotted time");
}

static void
roc_era(void)
{
	test_gives(date_of, "中華民國113年5月3日 星期五", "2024-05-03", "中華民國113年 is 2024");
	test_gives(date_of, "民國113年05月03日", "2024-05-03", "民國113年 is 2024");
	test_gives(date_of, "民国112年1月2日", "2023-01-02", "... and 民国 in simplified letters");
	test_gives(date_of, "第113年5月3日", NULL, "a three-digit year with no era before it is none");
}

static char *
tags_of(const char *html)
{
	char *v;

	test_story_tags(html, "|", &v);
	return v;
}

#define INFO "<dl class=\"article-info\"><dd class=\"createdby\">Written by Dale Hummel</dd>" \
	"<dd class=\"published\">Published: 03 June 2024</dd></dl>"

static void
tags_near_text(void)
{
	test_gives(tags_of, HEAD INFO "<ul class=\"tags inline\"><li><a href=\"/tag/storm\">Storm</a></li>"
	    "<li><a href=\"/tag/outages\">Outages</a></li></ul><div itemprop=\"articleBody\">" P1 P2 P3
	    "</div></body></html>", "Storm|Outages", "a tag list on the line just before the text gives the tags");
	test_gives(tags_of, "<html><head><meta charset=\"utf-8\"><title>Library hours cut</title></head><body>"
	    "<ul class=\"topics\"><li><a href=\"/t/news\">News</a></li><li><a href=\"/t/sport\">Sport</a></li></ul>"
	    "<h1>Library hours cut</h1><p class=\"byline\">By Rhodri Bevan</p><p class=\"date\">14 May 2024</p>"
	    STORY, "", "... but not one lines above it, as a site's topic menu over the headline is");
	test_gives(tags_of, HEAD STORY_OPEN "<div class=\"hashtag\"><a href=\"/tag/1\">#老街</a> "
	    "<a href=\"/tag/2\">#騎樓</a></div></body></html>", "老街|騎樓",
	    "a box whose class names hashtags gives its tags, without the #");
}

#define ZH_HEAD "<html><head><meta charset=\"utf-8\"><title>老华埠将设双语路牌</title></head><body>" \
	"<article><h1 class=\"entry-title\">老华埠将设双语路牌</h1><div class=\"entry-meta\">" \
	"<time class=\"entry-date\" datetime=\"2024-06-07T10:22:31-07:00\">2024年6月7日</time> " \
	"<span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/newsroom/\">%s</a></span></div>" \
	"<div class=\"entry-content\">%s<p>拉克菲尔德市议会6月4日晚以7票赞成、0票反对，通过在老华埠设置中英双语路牌的提案，首批路牌预计今年秋天完成安装。</p>" \
	"<p>提案由代表第三区的市议员提出。她在会上说，老华埠已有一百二十多年历史，许多第一代移民长者不谙英文。</p>" \
	"<p>湖滨中华会馆将于6月15日上午10时在会馆礼堂举办说明会，介绍路牌设计和公众意见征询的方式。</p></div></article></body></html>"

static void
desk_account(void)
{
	char *html;

	html = xasprintf(ZH_HEAD, "编辑部", "<p><strong>本报记者 周文海</strong></p>");
	test_author_is(html, "周文海", "a desk's account marked as the author yields to 本报记者 NAME atop the text");
	free(html);
	html = xasprintf(ZH_HEAD, "编辑部", "");
	test_author_is(html, "编辑部", "... and stays when no reporter is credited");
	free(html);
	html = xasprintf(ZH_HEAD, "梁佳", "<p><strong>本报记者 周文海</strong></p>");
	test_author_is(html, "梁佳", "a person's name marked as the author stays");
	free(html);
}

static long
pictures_of(const char *lead)
{
	char *html;

	html = xasprintf("<html><head><title>澄水老街騎樓整平</title></head><body><div class=\"news\">"
	    "<h1>澄水老街騎樓整平</h1><div class=\"info\">中華民國113年5月3日</div>%s<div class=\"text\">"
	    "<p>〔記者徐佩玲／澄水報導〕澄水鎮老街兩側騎樓高低不平，鎮公所爭取到補助一千二百萬元，將分兩期整平騎樓，全案預計年底前完工。</p>"
	    "<p>澄水老街保留不少日治時期的洗石子立面，但各戶騎樓地坪是屋主各自施作，最大高低差將近四十公分。</p>"
	    "<p>鎮公所回應，工程將分段施作，每段施工期約兩週，並會保留店家出入動線。</p></div></div></body></html>", lead);
	return test_story_images(html);
}

static void
bracketed_credit(void)
{
	tap_int(pictures_of("<div class=\"photo\"><img src=\"/photo/1.jpg\" alt=\"騎樓\"><p class=\"photo_text\">"
	    "澄水老街騎樓高低落差大，行人常被迫走到馬路上。（記者徐佩玲攝）</p></div>"), 1,
	    "a lead picture whose caption ends in its credit in brackets (（記者NAME攝）) is the story's");
	tap_int(pictures_of("<div class=\"photo\"><img src=\"/photo/1.jpg\" alt=\"騎樓\"><p class=\"photo_text\">"
	    "澄水老街騎樓高低落差大，行人常被迫走到馬路上。(記者 徐佩玲 攝)</p></div>"), 1,
	    "... and in ASCII brackets");
	tap_int(pictures_of("<div class=\"promo\"><img src=\"/ad/1.jpg\" alt=\"\"><p class=\"promo_text\">"
	    "訂閱電子報，每天早上送到你的信箱。（限時優惠）</p></div>"), 0,
	    "a bracketed line that credits no picture gives none");
}

#define LDRS "<p>Rhodri Bevan is a Local Democracy Reporter, covering Glanmor County Council. The Local Democracy " \
	"Reporting Service is funded by the BBC and used by news organisations across Wales.</p>"

static void
scheme_credit(void)
{
	test_body_count(HEAD "<article><div class=\"rich-text\">" P1 P2 P3 "</div><div class=\"note\">" LDRS
	    "</div></article></body></html>", 3, "a reporting scheme's credit naming its funder closes no story");
	test_body_count(HEAD "<article><div class=\"rich-text\">" P1 P2 P3 "<p><em>Local Democracy Reporting is "
	    "Public Interest Journalism funded through NZ On Air.</em></p></div></article></body></html>", 3,
	    "... nor does an italic one in the text");
	test_body_count(HEAD "<article><div class=\"rich-text\">" P1 P2 P3 "<p>Priya Sandhu is a Local Journalism "
	    "Initiative reporter with the Harrow Valley Star. The Local Journalism Initiative is funded by the "
	    "Government of Canada.</p></div></article></body></html>", 3, "... nor the Local Journalism Initiative's");
	test_body_count(HEAD "<article><div class=\"rich-text\">" P1 P2 P3 "<p>The council said it would invite the "
	    "Local Democracy Reporting Service to cover its community board meetings from next year.</p></div>"
	    "</article></body></html>", 4, "a story's last line naming the scheme but no funder stays");
}

static char *
images_of(const char *mid, const char *after)
{
	struct ctx c;
	struct buf b = {0};
	char *html, *v;

	html = xasprintf(HEAD "<main><article class=\"news-page\"><header><p class=\"kicker\">Local Democracy</p>"
	    "<h1>Library to close two days a week</h1><p class=\"byline\">By Rhodri Bevan</p></header>%s"
	    "<div class=\"rich-text\">" P1 P2 P3 "</div>%s</article></main></body></html>", mid, after);
	test_story(&c, html);
	extract_images(&c);
	for (size_t i = 0; i < c.page->nimages; i++)
		buf_addf(&b, "%s%s", i ? "|" : "", c.page->images[i].src);
	v = b.len ? buf_steal(&b) : xstrdup("");
	buf_free(&b);
	test_doc_free(&c);
	free(html);
	return v;
}

static void
lead_in_container(void)
{
	char *v;

	v = images_of("<figure class=\"news-page__image\"><img src=\"/media/library.jpg\" alt=\"The library\">"
	    "<figcaption>The library on Heol y Bont.</figcaption></figure><div class=\"share\">Share "
	    "<a href=\"/fb\">Facebook</a> <a href=\"/x\">X</a></div>", "<div class=\"ldrs-note\">"
	    "<img src=\"/static/ldrs-logo.png\" alt=\"LDRS\">" LDRS "</div>");
	tap_str(v, "http://unit.test/media/library.jpg",
	    "a lead figure just above the text's block inside the container is the story's, the scheme's logo none");
	free(v);
	v = images_of("", "<div class=\"end-photo\"><img src=\"/media/reading-group.jpg\" alt=\"Reading group\">"
	    "<p class=\"caption\">The reading group meets on Tuesdays.</p></div>");
	tap_str(v, "http://unit.test/media/reading-group.jpg", "a picture after the text with no cut credit stays");
	free(v);
}

static void
bilingual_heading(void)
{
	tap_int(is_related_heading("Straeon cysylltiedig · Related stories"), 1,
	    "a bilingual heading whose English half is a related heading heads a list");
	tap_int(is_related_heading("Related · Perthnasol"), 1, "... and so does one whose first half is");
	tap_int(is_related_heading("Pynciau · Topics"), 0, "a bilingual heading of no related words heads none");
	tap_int(is_related_heading("Library hours cut as council cuts bite across the county · Related stories "
	    "and more"), 0, "a long line with a middle dot is no heading");
}

int
main(void)
{
	dotted_clock();
	roc_era();
	tags_near_text();
	desk_account();
	bracketed_credit();
	scheme_credit();
	lead_in_container();
	bilingual_heading();
	return tap_done();
}
