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
to_text(const struct page *p, int width)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);

	page_write_text(p, width, f);
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
	    "\"related\": [], \"headlines\": []}\n", "an empty page has every key");
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
	linklist_push(&p->related, xstrdup("相关一"), xstrdup("http://a.test/r1.html"), NULL, NULL);
	t = to_text(p, 40);
	tap_ok(str_starts(t, "白鹭大桥通车\n"), "text starts with the title");
	tap_ok(strstr(t, "青禾县融媒体中心") && strstr(t, "2024-03-06T09:30"), "meta line holds source and time");
	tap_ok(strstr(t, "[1]下一篇的题目") != NULL, "next is reference 1");
	tap_ok(strstr(t, "[2]相关一") != NULL, "related is reference 2");
	tap_ok(strstr(t, "   1. http://a.test/2.html\n") && strstr(t, "   2. http://a.test/r1.html\n"),
	    "references list the URLs in order");
	free(t);
	page_free(p);
}

int
main(void)
{
	tap_init();
	test_empty();
	test_escapes();
	test_text();
	return tap_done();
}
