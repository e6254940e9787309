/* unit_feedlink: the feed a page offers (<link rel="alternate"> in
 * <head>, RSS autodiscovery), resolved and allowed by the link policy. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "html.h"
#include "tap.h"

static void
check(const char *head, const char *want, const char *what)
{
	char *html = xasprintf("<html><head><title>t</title>%s</head><body><p>text</p>"
	    "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/in-body.xml\"></body></html>",
	    head);
	struct ctx c;

	test_doc(&c, html);
	extract_feed_link(&c);
	tap_str(c.page->feed, want, what);
	test_doc_free(&c);
	free(html);
}

int
main(void)
{
	tap_init();
	check("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/rss/index.xml\">",
	    "http://unit.test/rss/index.xml", "an RSS feed, resolved against the page");
	check("<link rel=\"stylesheet\" href=\"a.css\"><link rel=\"Alternate\" type=\"application/atom+xml\""
	    " href=\"https://feeds.unit.test/atom\">", "https://feeds.unit.test/atom",
	    "an Atom feed, after other links; rel in any case");
	check("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"feed.xml\">"
	    "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\">",
	    "http://unit.test/news/2024/feed.xml", "the first of two");
	check("<link rel=\"alternate\" hreflang=\"en\" href=\"/en/\">", NULL,
	    "an alternate page in another language is no feed");
	check("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">", NULL,
	    "a javascript: feed is refused");
	check("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"file:///etc/passwd\">", NULL,
	    "a file: feed from a web page is refused");
	check("<link rel=\"alternate\" type=\"application/rss+xml\">", NULL, "no href: none");
	check("", NULL, "a link in the body is not the page's feed");
	return tap_done();
}
