/* unit_convert: 繁简 (src/convert.c) on strings and pages, and page_dup,
 * which the reader converts instead of the page it keeps. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "convert.h"
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

/* A page with something in every field the JSON shows. */
static struct page *
full_page(void)
{
	struct page *p = page_new("http://tw.example/news/1.html");
	struct block *b;

	free(p->title);
	p->title = xstrdup("縣長視察颱風災區");
	p->source = xstrdup("雲溪縣政府");
	p->author = xstrdup("陳曉雯");
	p->editor = xstrdup("黃建國");
	p->published = xstrdup("2025-08-01T09:00");
	page_add_image(p, xstrdup("http://tw.example/i.jpg"), xstrdup("災區現場"));
	page_add_image(p, xstrdup("http://tw.example/j.jpg"), NULL);
	strlist_push(&p->tags, xstrdup("颱風"));
	p->prev = link_new(xstrdup("上一則新聞"), xstrdup("http://tw.example/0.html"), NULL, NULL);
	linklist_push(&p->related, xstrdup("災後重建會議"), xstrdup("http://tw.example/2.html"),
	    xstrdup("縣府召開會議……"), xstrdup("2025-08-02"));
	linklist_push(&p->headlines, xstrdup("頭條"), xstrdup("http://tw.example/3.html"), NULL, NULL);
	b = page_add_text(p, BLOCK_P, xstrdup("颱風過後，縣長前往災區視察。"));
	block_add_link(b, xstrdup("災區"), xstrdup("http://tw.example/z.html"), 0);
	b = page_add_block(p, BLOCK_TABLE);
	b->rows = xcalloc(1, sizeof *b->rows);
	b->nrows = 1;
	strlist_push(&b->rows[0], xstrdup("鄉鎮"));
	b = page_add_block(p, BLOCK_LIST);
	strlist_push(&b->items, xstrdup("清理道路"));
	strlist_push(&p->pages, xstrdup("http://tw.example/news/1.html"));
	p->next_page = xstrdup("http://tw.example/news/2.html");
	return p;
}

static void
test_dup(void)
{
	struct page *p = full_page(), *c = page_dup(p);
	char *a = to_json(p), *b = to_json(c);

	tap_str(b, a, "page_dup: the copy dumps as the page does, every field");
	free(a);
	free(b);
	page_free(c);
	page_free(p);
}

static void
test_page(void)
{
	struct page *p = full_page();
	char *j;

	tap_int(convert_page(p, CONVERT_T2S), 0, "convert_page t2s");
	tap_str(p->title, "县长视察台风灾区", "the title");
	tap_str(p->blocks[1].rows[0].v[0], "乡镇", "a table's cell");
	tap_str(p->blocks[0].links[0].text, "灾区", "a link's text");
	tap_str(p->blocks[0].links[0].url, "http://tw.example/z.html", "... not its URL");
	tap_str(p->related.v[0].snippet, "县府召开会议……", "a related item's snippet");
	j = to_json(p);
	tap_ok(strstr(j, "\"next_page\": \"http://tw.example/news/2.html\", \"converted\": \"t2s\"}\n") != NULL,
	    "the JSON ends with \"converted\": \"t2s\"");
	free(j);
	page_free(p);
}

static void
test_text(void)
{
	char *s, *big;
	struct strlist v = {0};

	s = convert_text(CONVERT_S2T, "图书馆");
	tap_str(s, "圖書館", "s2t");
	free(s);
	tap_ok(convert_text(CONVERT_T2S, "library 2025") == NULL, "ASCII: left as it is");
	tap_ok(convert_text(CONVERT_NONE, "圖書館") == NULL, "none: left as it is");
	tap_ok(convert_text(CONVERT_T2S, "圖書\xe9\xa4") == NULL, "invalid UTF-8 (a cut character): left as it is");
	tap_ok(convert_text(CONVERT_T2S, "\xff\xfe圖書館") == NULL, "invalid UTF-8 bytes: left as it is");
	big = xcalloc(1, CONVERT_MAX + 4);
	for (size_t i = 0; i + 3 <= CONVERT_MAX + 3; i += 3)
		memcpy(big + i, "館", 3);
	tap_ok(convert_text(CONVERT_T2S, big) == NULL, "over CONVERT_MAX bytes: left as it is");
	free(big);
	convert_variants("借書", &v);
	tap_int((long)v.n, 2, "variants of 借書: itself and 借书");
	tap_str(v.n == 2 ? v.v[1] : NULL, "借书", "... t2s");
	strlist_free(&v);
	convert_variants("news", &v);
	tap_int((long)v.n, 1, "variants of an ASCII word: itself");
	strlist_free(&v);
	tap_ok(convert_trouble() == NULL, "no trouble to tell");
}

int
main(void)
{
	tap_init();
	test_dup();
	test_page();
	test_text();
	convert_end();
	return tap_done();
}
