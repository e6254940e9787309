/* unit_page: the JSON of the dump contract and the text output. */
#include "config.h"

#include <stdlib.h>

#include "page.h"
#include "tap.h"
#include "util.h"

static char *
to_json(const struct page *p)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);

	page_write_json(p, f);
	fclose(f);
	return s;
}

static char *
to_text(const struct page *p, int width, int ambi)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);

	page_write_text(p, width, ambi, f);
	fclose(f);
	return s;
}

static void
test_empty(void)
{
	struct page *p = page_new("http://a.test/x.html");
	char *j = to_json(p);

	tap_str(j, "{\"url\": \"http://a.test/x.html\", \"kind\": \"article\", \"title\": \"\", "
	    "\"source\": null, \"author\": null, \"editor\": null, \"published\": null, "
	    "\"body\": [], \"images\": [], \"tags\": [], \"prev\": null, \"next\": null, "
	    "\"related\": [], \"headlines\": [], \"blocks\": [], \"pages\": [], "
	    "\"next_page\": null}\n", "an empty page has every key");
	free(j);
	page_free(p);
}

static void
test_blocks_json(void)
{
	struct page *p = page_new("http://a.test/x.html");
	struct block *b = page_add_text(p, BLOCK_P, xstrdup("See the form."));
	char *j, *at;

	block_add_link(b, xstrdup("the form"), xstrdup("http://a.test/f.docx"), 1);
	b = page_add_block(p, BLOCK_TABLE);
	b->rows = xcalloc(2, sizeof *b->rows);
	b->nrows = 2;
	strlist_push(&b->rows[0], xstrdup("Day"));
	strlist_push(&b->rows[0], xstrdup("Place"));
	strlist_push(&b->rows[1], xstrdup("Mon"));
	strlist_push(&b->rows[1], xstrdup("Quay"));
	b = page_add_block(p, BLOCK_IMG);
	b->src = xstrdup("http://a.test/i.jpg");
	b = page_add_block(p, BLOCK_LIST);
	strlist_push(&b->items, xstrdup("one"));
	strlist_push(&p->pages, xstrdup("http://a.test/x.html"));
	j = to_json(p);
	at = strstr(j, "\"blocks\"");
	tap_str(at, "\"blocks\": [{\"type\": \"p\", \"text\": \"See the form.\", \"links\": "
	    "[{\"text\": \"the form\", \"url\": \"http://a.test/f.docx\", \"attachment\": true}]}, "
	    "{\"type\": \"table\", \"rows\": [[\"Day\", \"Place\"], [\"Mon\", \"Quay\"]], \"links\": []}, "
	    "{\"type\": \"img\", \"src\": \"http://a.test/i.jpg\", \"alt\": null, \"links\": []}, "
	    "{\"type\": \"list\", \"items\": [\"one\"], \"links\": []}], "
	    "\"pages\": [\"http://a.test/x.html\"], \"next_page\": null}\n",
	    "blocks as the contract types them, then pages and next_page");
	free(j);
	page_free(p);
}

static void
test_escapes(void)
{
	struct page *p = page_new("http://a.test/\"q\"");
	char *j;

	free(p->title);
	p->title = xstrdup("say \"hi\" \\ back\x01");
	strlist_push(&p->body, xstrdup("line\nbreak\ttab"));
	p->prev = link_new(xstrdup("上一"), xstrdup("http://a.test/1.html"), NULL, NULL);
	linklist_push(&p->related, xstrdup("r"), xstrdup("http://a.test/r"), NULL, xstrdup("03-05"));
	page_add_image(p, xstrdup("http://a.test/i.png"), NULL);
	j = to_json(p);
	tap_ok(strstr(j, "\"url\": \"http://a.test/\\\"q\\\"\"") != NULL, "quotes in a URL are escaped");
	tap_ok(strstr(j, "\"title\": \"say \\\"hi\\\" \\\\ back\\u0001\"") != NULL,
	    "quotes, backslashes and controls are escaped");
	tap_ok(strstr(j, "\"line\\nbreak\\ttab\"") != NULL, "newline and tab are escaped");
	tap_ok(strstr(j, "\"prev\": {\"title\": \"上一\", \"url\": \"http://a.test/1.html\"}") != NULL,
	    "prev has title and url only");
	tap_ok(strstr(j, "{\"title\": \"r\", \"url\": \"http://a.test/r\", \"snippet\": null, \"date\": \"03-05\"}") != NULL,
	    "a related item has snippet and date");
	tap_ok(strstr(j, "{\"src\": \"http://a.test/i.png\", \"alt\": null}") != NULL, "an image with no alt");
	free(j);
	page_free(p);
}

/* The lines are layout_page's, as the reader shows them (no catalogue is
 * bound here, so the labels are the English msgids): title, meta line
 * (source · time with a space for the T), a blank, each paragraph and a
 * blank, "Previous: (none)" since the page has only 下一篇, the next
 * link, a blank, "Related" and its items indented by the read-mark
 * place; then the links' URLs in the order they came. */
static void
test_text(void)
{
	struct page *p = page_new("http://a.test/x.html");
	char *t;

	free(p->title);
	p->title = xstrdup("白鹭大桥通车");
	p->source = xstrdup("青禾县融媒体中心");
	p->published = xstrdup("2024-03-06T09:30");
	strlist_push(&p->body, xstrdup("第一段。"));
	p->next = link_new(xstrdup("下一篇的题目"), xstrdup("http://a.test/2.html"), NULL, NULL);
	linklist_push(&p->related, xstrdup("相关一"), xstrdup("http://a.test/r1.html"),
	    xstrdup("相关一的摘要"), xstrdup("2024-03-05"));
	t = to_text(p, 40, 1);
	tap_str(t, "白鹭大桥通车\n"
	    "青禾县融媒体中心 · 2024-03-06 09:30\n"
	    "\n"
	    "第一段。\n"
	    "\n"
	    "Previous: (none)\n"
	    "Next: 下一篇的题目\n"
	    "\n"
	    "Related\n"
	    "  相关一  2024-03-05\n"
	    "\n"
	    "References\n"
	    "\n"
	    "   1. http://a.test/2.html\n"
	    "   2. http://a.test/r1.html\n",
	    "text: the screen's lines, then the links' URLs in order");
	free(t);
	page_free(p);
}

/* --width holds in columns: a Chinese paragraph of 30 characters (60
 * columns) at width 20 is three lines of 10 characters; a headline of a
 * list page, at 32 columns, takes the read-mark place (2), its day and two
 * spaces (12) and nine characters (18), and the rest hangs under the
 * title. */
static void
test_text_width(void)
{
	struct page *p = page_new("http://a.test/");
	char *t;

	free(p->title);
	p->title = xstrdup("本地新闻");
	strlist_push(&p->body, xstrdup("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"));
	t = to_text(p, 20, 1);
	tap_str(t, "本地新闻\n\n一二三四五六七八九十\n一二三四五六七八九十\n一二三四五六七八九十\n\n",
	    "text: Chinese wraps at --width columns, no references without links");
	free(t);
	p->kind = PAGE_LIST;
	linklist_push(&p->headlines, xstrdup("青禾县春季茶叶开采 茶农忙碌"), xstrdup("http://a.test/1.html"),
	    NULL, xstrdup("2024-03-07T08:15"));
	t = to_text(p, 32, 1);
	tap_str(t, "本地新闻\n\n  2024-03-07  青禾县春季茶叶开采\n"
	    "              茶农忙碌\n\nReferences\n\n   1. http://a.test/1.html\n",
	    "text: a list's headlines with their day, as on screen");
	free(t);
	page_free(p);
}

int
main(void)
{
	tap_init();
	test_empty();
	test_blocks_json();
	test_escapes();
	test_text();
	test_text_width();
	return tap_done();
}
