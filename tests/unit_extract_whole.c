/* unit_extract_whole: the whole page, for pages whose story extraction
 * fails: every visible text in document order, navigation and sidebars
 * included, as headings, lists, paragraphs, data tables and pictures, each
 * with its links; nothing a reader does not see (scripts, styles,
 * noscript, hidden elements). */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "tap.h"

static struct ctx c;

static void
whole_of(const char *html)
{
	test_doc(&c, html);
	extract_whole(&c);
}

static const struct block *
block(size_t i)
{
	return i < c.page->nblocks ? &c.page->blocks[i] : NULL;
}

/* The index of the first body paragraph holding s, or -1. */
static long
body_at(const char *s)
{
	for (size_t i = 0; i < c.page->body.n; i++)
		if (strstr(c.page->body.v[i], s) != NULL)
			return (long)i;
	return -1;
}

#define NAV "<ul class=\"nav\"><li><a href=\"/index.html\">首页</a></li>" \
	"<li><a href=\"/zwgk/\">镇务公开</a></li><li><a href=\"/bsfw/\">办事服务</a></li></ul>"
#define SIDE "<div class=\"side\"><h3>柳塘天气</h3><p>今日晴转多云，气温8至18摄氏度。</p></div>"

static void
portal(void)
{
	const struct block *b;

	whole_of("<html><head><title>柳塘镇人民政府</title><style>p{color:red}</style>"
	    "<script>var x = \"脚本文字\";</script></head><body>" NAV
	    "<noscript><p>请启用脚本</p></noscript>"
	    "<div class=\"main\"><h2>镇务动态</h2><p>镇卫生院开展<a href=\"/a/1.html\">义诊进村</a>活动。</p>"
	    "<div style=\"display:none\">不显示的备注</div><p hidden>隐藏段落</p></div>" SIDE
	    "<div class=\"footer\"><a href=\"/about.html\">网站地图</a></div></body></html>");
	tap_str(c.page->title, "柳塘镇人民政府", "the title is the page's <title>");
	tap_int(c.page->kind, PAGE_ARTICLE, "the whole page is an article");
	tap_int((long)c.page->nblocks, 6, "six blocks: nav list, heading, paragraph, heading, paragraph, footer");
	tap_ok((b = block(0)) && b->type == BLOCK_LIST && b->items.n == 3 && b->nlinks == 3 &&
	    strcmp(b->links[1].url, "http://unit.test/zwgk/") == 0,
	    "the navigation is a list block with a link for each item");
	tap_ok((b = block(1)) && b->type == BLOCK_H && strcmp(b->text, "镇务动态") == 0,
	    "a heading is a heading block");
	tap_ok((b = block(2)) && b->type == BLOCK_P && b->nlinks == 1 &&
	    strcmp(b->links[0].text, "义诊进村") == 0, "a link inside a paragraph is the paragraph's");
	tap_ok((b = block(4)) && b->type == BLOCK_P && strcmp(b->text, "今日晴转多云，气温8至18摄氏度。") == 0,
	    "the sidebar's text is there, in its place");
	tap_ok((b = block(5)) && b->nlinks == 1 && strcmp(b->links[0].url, "http://unit.test/about.html") == 0,
	    "the footer's link too");
	tap_ok(body_at("首页") == 0 && body_at("镇务动态") < body_at("义诊进村") &&
	    body_at("义诊进村") < body_at("柳塘天气") && body_at("柳塘天气") < body_at("网站地图"),
	    "body holds the page's text in document order");
	tap_ok(body_at("脚本") < 0 && body_at("color") < 0 && body_at("请启用") < 0 &&
	    body_at("不显示") < 0 && body_at("隐藏") < 0, "no script, style, noscript or hidden text");
	test_doc_free(&c);
}

static void
tables_and_pictures(void)
{
	const struct block *b;

	whole_of("<html><body><table class=\"layout\"><tr><td><p>左栏的说明文字在这里。</p>"
	    "<table><tr><th>片区</th><th>时间</th></tr><tr><td>北片</td><td>8时</td></tr>"
	    "<tr><td>南片</td><td>12时</td></tr></table></td>"
	    "<td><img src=\"/img/map.png\" alt=\"停水范围\"><p>附件：<a href=\"/f/list.xlsx\">名单</a></p></td></tr></table>"
	    "</body></html>");
	tap_ok((b = block(0)) && b->type == BLOCK_P && strcmp(b->text, "左栏的说明文字在这里。") == 0,
	    "a layout table's cell is a paragraph");
	tap_ok((b = block(1)) && b->type == BLOCK_TABLE && b->nrows == 3 && b->rows[2].n == 2 &&
	    strcmp(b->rows[2].v[1], "12时") == 0, "a data table inside it is a table block of its rows");
	tap_ok((b = block(2)) && b->type == BLOCK_IMG && strcmp(b->src, "http://unit.test/img/map.png") == 0 &&
	    b->alt && strcmp(b->alt, "停水范围") == 0 && c.page->nimages == 1,
	    "a picture stands where it stood, and is one of images");
	tap_ok((b = block(3)) && b->nlinks == 1 && b->links[0].attachment,
	    "a link to a document is an attachment");
	tap_ok(body_at("北片") > body_at("左栏") && body_at("附件") > body_at("12时"),
	    "body holds the table's cells in order too");
	tap_str(c.page->title, "", "no <title>: an empty title");
	test_doc_free(&c);
}

static void
lists_and_headings(void)
{
	const struct block *b;

	whole_of("<html><body><ul><li><h4>镇务公开</h4><ul><li><a href=\"/a\">通知</a></li>"
	    "<li><a href=\"/b\">公告</a></li></ul></li><li>办事指南</li></ul>"
	    "<blockquote>一段引文。</blockquote><p>第一行<br>第二行</p></body></html>");
	tap_ok((b = block(0)) && b->type == BLOCK_H, "a heading inside an item is a heading");
	tap_ok((b = block(1)) && b->type == BLOCK_LIST && b->items.n == 2 && b->nlinks == 2,
	    "the inner list's items are one list");
	tap_ok((b = block(2)) && b->type == BLOCK_LIST && b->items.n == 1 &&
	    strcmp(b->items.v[0], "办事指南") == 0, "the outer list goes on as a list of its own");
	tap_ok((b = block(3)) && b->type == BLOCK_QUOTE, "a blockquote is a quote");
	tap_ok((b = block(5)) && b->type == BLOCK_P && strcmp(b->text, "第二行") == 0,
	    "a <br> starts a new line");
	test_doc_free(&c);
}

/* Tables nested in tables, each holding a cell of text: none is weighed
 * as data but the innermost, and the text comes out in order. */
static void
nested_tables(void)
{
	struct buf b = {0};
	char *html;
	int ordered = 1;

	buf_adds(&b, "<html><body>");
	for (int i = 0; i < 150; i++)
		buf_adds(&b, "<table><tr><td>外层</td><td>");
	buf_adds(&b, "最里面");
	for (int i = 0; i < 150; i++)
		buf_adds(&b, "</td></tr></table>");
	buf_adds(&b, "</body></html>");
	html = buf_steal(&b);
	whole_of(html);
	for (size_t i = 0; i + 1 < c.page->body.n; i++)
		ordered &= strcmp(c.page->body.v[i], "外层") == 0;
	tap_ok(c.page->body.n == 151 && ordered &&
	    strcmp(c.page->body.v[150], "最里面") == 0, "150 nested tables: every cell's text, in order");
	test_doc_free(&c);
	free(html);
}

int
main(void)
{
	tap_init();
	portal();
	tables_and_pictures();
	lists_and_headings();
	nested_tables();
	return tap_done();
}
