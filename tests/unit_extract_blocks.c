/* unit_extract_blocks: the story as typed blocks: headings, quotes, lists,
 * data tables (not layout tables), pictures in place, and the links inside
 * the text with the attachments marked. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "tap.h"

#define P1 "<p>青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里，指导农户整地育秧。</p>"
#define P2 "<p>站长周明远说，今年的早稻品种换成了抗倒伏的新种，亩产有望提高一成，农户们都很期待。</p>"

static struct ctx c;

static void
blocks_of(const char *body)
{
	char *html = xasprintf("<html><head><title>青溪县春耕提前十天_青溪新闻网</title></head><body>"
	    "<h1>青溪县春耕提前十天</h1><div class=\"content\">%s</div></body></html>", body);

	test_doc(&c, html);
	find_body(&c);
	extract_title(&c);
	extract_body(&c);
	extract_images(&c);
	extract_blocks(&c);
	free(html);
}

static const struct block *
block(size_t i)
{
	return i < c.page->nblocks ? &c.page->blocks[i] : NULL;
}

static void
shapes(void)
{
	const struct block *b;

	blocks_of(P1 "<h3>新品种亩产有望提高一成</h3><blockquote><p>“今年的秧苗长得壮，心里踏实多了。”村民何德顺说。</p></blockquote>"
	    "<ul><li>化肥两千吨已经备好</li><li>农机五百台已经检修</li></ul>" P2);
	tap_int((long)c.page->nblocks, 5, "five blocks: paragraph, heading, quote, list, paragraph");
	tap_ok((b = block(1)) && b->type == BLOCK_H && strcmp(b->text, "新品种亩产有望提高一成") == 0,
	    "a heading in the story is a heading block");
	tap_ok((b = block(2)) && b->type == BLOCK_QUOTE, "a blockquote is a quote block");
	tap_ok((b = block(3)) && b->type == BLOCK_LIST && b->items.n == 2 &&
	    strcmp(b->items.v[1], "农机五百台已经检修") == 0, "the items of one list are one list block");
	tap_ok((b = block(4)) && b->type == BLOCK_P && c.page->body.n == 6,
	    "body keeps every paragraph as before, each list item one");
	test_doc_free(&c);
}

static void
links_in_text(void)
{
	const struct block *b;

	blocks_of(P1 "<p>报名表见<a href=\"/files/baoming.docx\">附件1：报名表</a>，"
	    "详情请见<a href=\"/news/2024/0301.html\">县农业农村局通知</a>，咨询电话12345。</p>" P2);
	b = block(1);
	tap_ok(b && b->nlinks == 2, "a paragraph carries the two links inside it");
	if (b && b->nlinks == 2) {
		tap_str(b->links[0].url, "http://unit.test/files/baoming.docx", "its first link's URL, absolute");
		tap_str(b->links[0].text, "附件1：报名表", "its first link's text");
		tap_ok(b->links[0].attachment, "a .docx is an attachment");
		tap_ok(!b->links[1].attachment, "a story page is not");
	}
	tap_ok(block(0) && block(0)->nlinks == 0, "a paragraph without links has none");
	test_doc_free(&c);

	/* a government site's 附件 line at the story's end, its file served
	 * by a download script that names it in the query */
	blocks_of(P1 P2 "<p>附件：<a href=\"/module/download/downfile.jsp?classid=0&amp;filename=cuoshi.pdf\">"
	    "促进民营经济发展若干措施（全文）.pdf</a></p>");
	tap_str(c.page->body.n ? c.page->body.v[c.page->body.n - 1] : NULL,
	    "附件：促进民营经济发展若干措施（全文）.pdf", "a 附件 line served by a download script ends the body");
	b = block(c.page->nblocks - 1);
	tap_ok(b && b->nlinks == 1 && b->links[0].attachment, "its link is an attachment");
	test_doc_free(&c);
	tap_ok(!is_attachment("http://unit.test/list.jsp?page=2&sort=date"), "a query naming no file is none");
	tap_ok(is_attachment("http://unit.test/get?id=3&f=a.docx#p1"), "a query's value naming a file makes one");
}

static void
tables(void)
{
	const struct block *b;

	blocks_of(P1 "<table><tr><th>日期</th><th>地点</th><th>内容</th></tr>"
	    "<tr><td>3月12日</td><td>城关镇</td><td>育秧技术培训</td></tr>"
	    "<tr><td>3月14日</td><td>白鹭镇</td><td>农机操作演示</td></tr></table>" P2);
	b = block(1);
	tap_ok(b && b->type == BLOCK_TABLE && b->nrows == 3, "a data table is one table block of its rows");
	if (b && b->type == BLOCK_TABLE && b->nrows == 3) {
		tap_ok(b->rows[0].n == 3 && strcmp(b->rows[0].v[1], "地点") == 0, "the header row first");
		tap_ok(b->rows[2].n == 3 && strcmp(b->rows[2].v[2], "农机操作演示") == 0, "cells in order");
	}
	tap_int((long)c.page->nblocks, 3, "the table's cells are not paragraphs too");
	test_doc_free(&c);
	blocks_of("<table><tr><td>" P1 P2 "<p>据了解，全县已备好化肥两千吨，农机五百台，确保春耕生产有序进行，不误农时。</p></td></tr></table>");
	tap_ok(c.page->nblocks == 3 && block(0)->type == BLOCK_P,
	    "a table that only places the story is no table block");
	test_doc_free(&c);
}

static void
pictures_in_place(void)
{
	const struct block *b;

	blocks_of(P1 "<p><img src=\"/img/field.jpg\" alt=\"田间\"></p>" P2);
	tap_ok(c.page->nblocks == 3 && (b = block(1)) && b->type == BLOCK_IMG &&
	    strcmp(b->src, "http://unit.test/img/field.jpg") == 0 && strcmp(b->alt, "田间") == 0,
	    "a picture stands where it stood, between the paragraphs");
	test_doc_free(&c);
}

int
main(void)
{
	tap_init();
	shapes();
	links_in_text();
	tables();
	pictures_in_place();
	return tap_done();
}
