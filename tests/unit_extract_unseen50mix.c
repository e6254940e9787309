/* unit_extract_unseen50mix: the kinds of layout the fiftieth mixed blind
 * round (unseen50mix-*) found wanting: a Hexo NexT blog's rel="tag" links
 * printed with the tag's mark ("# 社区活动"), and the blog owner's
 * picture in NexT's sidebar (site-author-image) read as the story's. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>募捐</title></head><body>"
#define H1 "<h1>冬季食物募捐圆满结束 联合会为食物银行募得四吨物资</h1>"
#define P1 "<p>由湖畔市华人联合会发起的第八届食物募捐活动，于1月4日在东区社区中心圆满落幕，共募得食品约四吨。</p>"
#define P2 "<p>今年的收集点设在五间华人超市和两所中文学校，志愿者每个周末轮流值班，负责清点、分类和装车。</p>"
#define P3 "<p>联合会表示，明年将继续举办这项活动，并计划增设西区收集点，欢迎社区各界继续支持。</p>"
#define TAGS(a, b) HEAD "<article>" H1 "<div class=\"post-body\">" P1 P2 P3 "</div><footer>" \
	"<div class=\"post-tags\"><a href=\"/tags/a/\" rel=\"tag\">" a "</a><a href=\"/tags/b/\" " \
	"rel=\"tag\">" b "</a></div></footer></article></body></html>"

static void
rel_tag_mark(void)
{
	char *j = NULL;

	tap_int(test_story_tags(TAGS("# 社区活动", "# 食物银行"), "|", &j), 2, "two rel=tag links, two tags");
	tap_str(j, "社区活动|食物银行", "a rel=tag link's \"# \" mark is no part of its tag");
	free(j);
	tap_int(test_story_tags(TAGS("C# 编程", "志愿者"), "|", &j), 2, "... near miss: two tags");
	tap_str(j, "C# 编程|志愿者", "... a tag with a # inside it, and one without, stay as printed");
	free(j);
}

/* the credit box under the text names the writer; the sidebar's
 * picture is the blog's own */
#define CREDIT "<footer class=\"post-footer\"><div class=\"post-copyright\"><ul><li><strong>本文作者： " \
	"</strong>王建国</li></ul></div></footer>"
#define SIDEIMG(cls) HEAD "<main><div class=\"column\"><aside class=\"sidebar\"><div class=\"sidebar-inner\">" \
	"<div class=\"site-overview-wrap\"><div class=\"site-author\"><img class=\"" cls "\" " \
	"src=\"/images/avatar.png\" alt=\"湖畔市华人联合会\"><p class=\"site-author-name\">湖畔市华人联合会</p>" \
	"</div></div></div></aside></div><div class=\"main-inner\"><article>" H1 "<div class=\"post-body\">" P1 \
	"<p><img src=\"/images/2026/sorting.jpg\" alt=\"志愿者分拣食品\"></p>" P2 P3 "</div>" CREDIT \
	"</article></div></main></body></html>"
#define INSTORY(cls) HEAD "<article>" H1 "<div class=\"post-body\">" P1 "<p><img class=\"" cls "\" " \
	"src=\"/images/2026/drive.jpg\" alt=\"收集点\"></p>" P2 "<p><img src=\"/images/2026/sorting.jpg\" " \
	"alt=\"志愿者分拣食品\"></p>" P3 "</div>" CREDIT "</article></body></html>"

/* the pictures of the whole page, as kanbao --dump finds them */
static long
page_images(const char *html)
{
	struct page *p = test_page_of(html, TEST_URL);
	long n = (long)p->nimages;

	page_free(p);
	return n;
}

static void
author_image(void)
{
	tap_int(page_images(SIDEIMG("site-author-image")), 1,
	    "a blog's sidebar picture of its owner (site-author-image) is no picture of the story");
	tap_int(page_images(INSTORY("post-feature-image")), 2,
	    "... near miss: a story's picture with another -image class still counts");
}

int
main(void)
{
	rel_tag_mark();
	author_image();
	return tap_done();
}
