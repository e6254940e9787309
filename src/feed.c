/*
 * feed: RSS / RDF / Atom to a list page; see feed.h.
 *
 * The three formats differ only in where things sit: RSS 2.0 has
 * rss/channel/item, RSS 1.0 has rdf:RDF/channel and rdf:RDF/item, Atom has
 * feed/entry.  Element names are matched by local name in the formats' own
 * namespaces (or none, as sloppy feeds write them), so one walk reads all.
 */
#include "config.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/parser.h>

#include "extract.h"
#include "feed.h"
#include "feed_el.h"
#include "feed_int.h"
#include "html.h"
#include "url.h"
#include "util.h"

#define DETECT_MAX 8192		/* bytes feed_detect looks at */
#define SNIPPET_CHARS 40	/* a title made from a description */
#define SUMMARY_CHARS 300	/* a headline's summary (its snippet) */
#define FEED_MAX_BYTES (16u << 20)	/* read of one feed; the rest is cut */


struct feed_ctx {
	const char *url;	/* the feed's: links resolve against it */
	time_t fetched;
	xmlNodePtr root;
	struct page *page;
	struct strset seen;	/* headline URLs so far */
	size_t items;		/* items read, up to FEED_MAX_ITEMS */
};

/* ---- detection ---- */

/* Does a feed's root element start at i? */
static int
root_at(const char *s, size_t len, size_t i)
{
	static const char *const roots[] = {"<rss", "<feed", "<rdf:RDF"};

	for (size_t k = 0; k < sizeof roots / sizeof roots[0]; k++) {
		size_t n = strlen(roots[k]);

		if (len - i > n && memcmp(s + i, roots[k], n) == 0)
			return isspace((unsigned char)s[i + n]) || s[i + n] == '>' ||
			    s[i + n] == '/';
	}
	return 0;
}

int
feed_detect(const char *utf8, size_t len)
{
	size_t n = len < DETECT_MAX ? len : DETECT_MAX, i = 0;

	if (n >= 3 && memcmp(utf8, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	for (;;) {
		while (i < n && isspace((unsigned char)utf8[i]))
			i++;
		if (i >= n || utf8[i] != '<')
			return 0;
		if (n - i >= 2 && memcmp(utf8 + i, "<?", 2) == 0)
			i = feed_skip_past(utf8, n, i + 2, "?>");
		else if (n - i >= 4 && memcmp(utf8 + i, "<!--", 4) == 0)
			i = feed_skip_past(utf8, n, i + 4, "-->");
		else if (n - i >= 9 && strncasecmp(utf8 + i, "<!DOCTYPE", 9) == 0)
			i = feed_skip_doctype(utf8, n, i + 9);
		else
			return root_at(utf8, n, i);
	}
}

/* ---- URLs ---- */

/* The base a link below item resolves against: the feed URL, then the
 * xml:base of the root, the item and the link element, each relative to
 * the one before (Atom feeds use them). */
static char *
link_base(const struct feed_ctx *c, xmlNodePtr item, xmlNodePtr link)
{
	xmlNodePtr chain[] = {c->root, item, link};
	char *base = xstrdup(c->url ? c->url : "");

	for (size_t i = 0; i < sizeof chain / sizeof chain[0]; i++) {
		xmlChar *x = xmlGetNsProp(chain[i], (const xmlChar *)"base",
		    (const xmlChar *)NS_XML);
		char *next;

		if (x == NULL)
			continue;
		next = url_absolute(base, (const char *)x);
		xmlFree(x);
		if (next != NULL) {
			free(base);
			base = next;
		}
	}
	return base;
}

/* href (raw from the feed) as an absolute URL a reader may open: http or
 * https, or file: beside a file: feed.  NULL otherwise. */
static char *
resolve(const struct feed_ctx *c, xmlNodePtr item, xmlNodePtr link, const char *href)
{
	char *base = link_base(c, item, link), *abs;

	abs = url_resolve(base, href, c->url);
	free(base);
	return abs;
}

/* The attribute of a link element, or NULL. */
static char *
attr(xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s;

	if (v == NULL)
		return NULL;
	s = xstrdup((const char *)v);
	xmlFree(v);
	return s;
}

/* The first usable <link> of item of this kind: "text" (RSS: the URL is
 * the content), "alternate" (Atom rel=alternate) or "" (Atom, no rel). */
static char *
link_of_kind(const struct feed_ctx *c, xmlNodePtr item, const char *kind)
{
	for (xmlNodePtr n = item->children; n != NULL; n = n->next) {
		char *href, *rel, *url = NULL;

		if (!feed_el_is(n, NULL, "link", NULL))
			continue;
		href = attr(n, "href");
		rel = attr(n, "rel");
		if (*kind == 't' && href == NULL) {
			char *text = feed_el_plain(n);

			url = text ? resolve(c, item, n, text) : NULL;
			free(text);
		} else if (href != NULL && (rel ? strcasecmp(rel, kind) == 0 : *kind == '\0')) {
			url = resolve(c, item, n, href);
		}
		free(href);
		free(rel);
		if (url != NULL)
			return url;
	}
	return NULL;
}

/* An RSS <guid> is the item's permalink unless isPermaLink="false". */
static char *
guid_link(const struct feed_ctx *c, xmlNodePtr item)
{
	xmlNodePtr g = feed_child(item, NULL, "guid", NULL);
	char *perma, *text, *url;

	if (g == NULL)
		return NULL;
	perma = attr(g, "isPermaLink");
	text = perma && strcasecmp(perma, "false") == 0 ? NULL : feed_el_plain(g);
	url = text ? resolve(c, item, g, text) : NULL;
	free(perma);
	free(text);
	return url;
}

static char *
item_link(const struct feed_ctx *c, xmlNodePtr item)
{
	static const char *const kinds[] = {"text", "alternate", ""};
	char *url;

	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if ((url = link_of_kind(c, item, kinds[i])) != NULL)
			return url;
	return guid_link(c, item);
}

/* ---- dates ---- */

/* pubDate (RFC 822, or whatever a Chinese CMS prints there), else dc:date,
 * Atom published, updated (ISO 8601): the first that reads as a date. */
static char *
item_date(const struct feed_ctx *c, xmlNodePtr item)
{
	static const struct { const char *ns, *local, *bare; } when[] = {
		{NS_DC, "date", "dc:date"}, {NULL, "published", NULL},
		{NULL, "updated", NULL}, {NULL, "issued", NULL},
	};
	char *s = feed_el_plain(feed_child(item, NULL, "pubDate", NULL)), *d = NULL;

	if (s != NULL && (d = feed_rfc822_date(s)) == NULL)
		d = extract_date(s, c->fetched);
	free(s);
	for (size_t i = 0; d == NULL && i < sizeof when / sizeof when[0]; i++) {
		s = feed_el_plain(feed_child(item, when[i].ns, when[i].local, when[i].bare));
		d = extract_date(s, c->fetched);
		free(s);
	}
	return d;
}

/* ---- items ---- */

/* Where an item keeps its summary, in the order it is looked for. */
static const struct { const char *ns, *local, *bare; } summary_els[] = {
	{NULL, "description", NULL}, {NS_CONTENT, "encoded", "content:encoded"},
	{NULL, "summary", NULL}, {NULL, "content", NULL},
};

/* The start of the item's description or content as text, or NULL. */
static char *
item_summary(xmlNodePtr item, size_t chars)
{
	char *t = NULL;

	for (size_t i = 0; t == NULL && i < sizeof summary_els / sizeof summary_els[0]; i++)
		t = feed_el_text(feed_child(item, summary_els[i].ns, summary_els[i].local, summary_els[i].bare));
	return t != NULL ? feed_first_chars(t, chars) : NULL;
}

/* The title, else the start of the summary, else NULL. */
static char *
item_title(xmlNodePtr item)
{
	char *t = feed_el_text(feed_child(item, NULL, "title", NULL));

	return t != NULL ? t : item_summary(item, SNIPPET_CHARS);
}

static void
add_item(struct feed_ctx *c, xmlNodePtr item)
{
	char *url = item_link(c, item), *title;

	if (url == NULL)
		return;
	if (!strset_add(&c->seen, url)) {
		free(url);
		return;
	}
	/* an item with no text at all is still a story: show where it goes */
	if ((title = item_title(item)) == NULL)
		title = xstrdup(url);
	linklist_push(&c->page->headlines, title, url, item_summary(item, SUMMARY_CHARS),
	    item_date(c, item));
}

/* Adds the items (or entries) among the children of parent, in order. */
static void
add_items(struct feed_ctx *c, xmlNodePtr parent, const char *name)
{
	for (xmlNodePtr n = parent ? parent->children : NULL;
	    n != NULL && c->items < FEED_MAX_ITEMS; n = n->next) {
		if (!feed_el_is(n, NULL, name, NULL))
			continue;
		c->items++;
		add_item(c, n);
	}
}

static void
set_title(struct feed_ctx *c, xmlNodePtr holder)
{
	char *t = feed_el_text(feed_child(holder, NULL, "title", NULL));

	if (t != NULL) {
		free(c->page->title);
		c->page->title = t;
	}
}

/* ---- parsing ---- */

static void
quiet(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	(void)err;
}

/* Belt and braces: without NOENT and DTDLOAD libxml2 loads no external
 * entity, and should a path ever reach one anyway, this loader refuses. */
static xmlParserInputPtr
refuse_entity(void *ctx, const xmlChar *public_id, const xmlChar *system_id)
{
	(void)ctx;
	(void)public_id;
	(void)system_id;
	return NULL;
}

/* The document, or NULL.  IGNORE_ENC: the text is UTF-8 already, and the
 * feed's own <?xml encoding="gbk"?> must not decode it a second time. */
static xmlDocPtr
feed_read(const char *utf8, size_t len, const char *url)
{
	int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
	    XML_PARSE_RECOVER | XML_PARSE_IGNORE_ENC | XML_PARSE_COMPACT;
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc = NULL;
	size_t n;
	char *text = feed_repair(utf8, len < FEED_MAX_BYTES ? len : FEED_MAX_BYTES, &n);

	html_init();
	if ((ctxt = xmlNewParserCtxt()) == NULL)
		fatal("out of memory");
	/* per-context hooks: nothing global changes */
	ctxt->sax->resolveEntity = refuse_entity;
	ctxt->sax->externalSubset = NULL;
	ctxt->sax->serror = quiet;
	if (n > 0 && n <= INT_MAX)
		doc = xmlCtxtReadMemory(ctxt, text, (int)n, url, "UTF-8", opts);
	xmlFreeParserCtxt(ctxt);
	free(text);
	return doc;
}

struct page *
feed_parse(const char *utf8, size_t len, const char *url, time_t fetched)
{
	xmlDocPtr doc = feed_read(utf8, len, url);
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL, channel;
	struct feed_ctx c = {.url = url, .fetched = fetched, .root = root};
	int atom = feed_el_is(root, NULL, "feed", NULL);

	if (!atom && !feed_el_is(root, NULL, "rss", NULL) && !feed_el_is(root, NS_RDF, "RDF", "rdf:RDF")) {
		xmlFreeDoc(doc);
		return NULL;
	}
	c.page = page_new(url);
	c.page->kind = PAGE_LIST;
	c.page->from_feed = 1;
	if (atom) {
		set_title(&c, root);
		add_items(&c, root, "entry");
	} else {
		channel = feed_child(root, NULL, "channel", NULL);
		set_title(&c, channel);
		add_items(&c, channel, "item");
		add_items(&c, root, "item");	/* RSS 1.0 puts them beside the channel */
	}
	linklist_sort_newest(&c.page->headlines);
	strset_free(&c.seen);
	xmlFreeDoc(doc);
	return c.page;
}
