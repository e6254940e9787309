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
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/uri.h>

#include "extract.h"
#include "feed.h"
#include "feed_int.h"
#include "html.h"
#include "text.h"
#include "url.h"
#include "util.h"

#define DETECT_MAX 8192		/* bytes feed_detect looks at */
#define TEXT_MAX 8192		/* bytes of one element's text we read */
#define SNIPPET_CHARS 40	/* a title made from a description */
#define SUMMARY_CHARS 300	/* a headline's summary (its snippet) */
#define FEED_MAX_BYTES (16u << 20)	/* read of one feed; the rest is cut */

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_ATOM03 "http://purl.org/atom/ns#"
#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_RSS09 "http://my.netscape.com/rdf/simple/0.9/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_XML "http://www.w3.org/XML/1998/namespace"

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

/* ---- elements and their text ---- */

/* Is n the element local in namespace ns?  A NULL ns means the formats'
 * own: none, RSS 0.9/1.0 or Atom.  A feed that uses a prefix it never
 * declared leaves the element named "prefix:local" without a namespace,
 * so bare (when not NULL) is accepted as well. */
static int
el_is(xmlNodePtr n, const char *ns, const char *local, const char *bare)
{
	const char *href;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->name == NULL)
		return 0;
	if (bare != NULL && n->ns == NULL && strcmp((const char *)n->name, bare) == 0)
		return 1;
	if (strcmp((const char *)n->name, local) != 0)
		return 0;
	href = n->ns && n->ns->href ? (const char *)n->ns->href : NULL;
	if (ns != NULL)
		return href != NULL && strcmp(href, ns) == 0;
	return href == NULL || strcmp(href, NS_ATOM) == 0 || strcmp(href, NS_RSS1) == 0 ||
	    strcmp(href, NS_RSS09) == 0 || strcmp(href, NS_ATOM03) == 0;
}

/* The first child of parent that el_is() matches, or NULL. */
static xmlNodePtr
child(xmlNodePtr parent, const char *ns, const char *local, const char *bare)
{
	for (xmlNodePtr n = parent ? parent->children : NULL; n != NULL; n = n->next)
		if (el_is(n, ns, local, bare))
			return n;
	return NULL;
}

/* Adds at most room bytes of s, never cutting a UTF-8 sequence. */
static void
add_bounded(struct buf *b, const char *s, size_t room)
{
	size_t n = strlen(s);

	if (n > room) {
		n = room;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	buf_add(b, s, n);
}

/* The raw text below n, at most TEXT_MAX bytes.  There are no entity
 * references left to expand: feed_repair() made every one a character. */
static char *
raw_text(xmlNodePtr root)
{
	struct buf b = {0};

	buf_add(&b, "", 0);
	for (xmlNodePtr n = root->children; n != NULL && b.len < TEXT_MAX;
	    n = html_next(n, root, 1))
		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
		    n->content != NULL)
			add_bounded(&b, (const char *)n->content, TEXT_MAX - b.len);
	return buf_steal(&b);
}

/* Does s hold markup: a tag (<b>, </p>, <!--) or an entity (&nbsp;)? */
static int
looks_like_html(const char *s)
{
	for (const char *p = s; *p; p++) {
		if (*p == '<' && (isalpha((unsigned char)p[1]) || p[1] == '/' || p[1] == '!'))
			return 1;
		if (*p == '&') {
			size_t n = strspn(p + 1, "#0123456789abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

			if (n > 0 && n < 32 && p[1 + n] == ';')
				return 1;
		}
	}
	return 0;
}

/* Escaped HTML to text: a title is text, whatever the feed put in it. */
static char *
html_to_text(const char *s)
{
	xmlDocPtr doc;
	xmlNodePtr root;
	char *t;

	if (!looks_like_html(s))
		return text_clean(s, strlen(s));
	doc = html_parse(s, strlen(s), NULL);
	root = doc ? xmlDocGetRootElement(doc) : NULL;
	t = root ? html_text(root) : xstrdup("");
	xmlFreeDoc(doc);
	return t;
}

/* The text of n as a reader sees it (HTML reduced to text), or NULL when
 * n is absent or holds none. */
static char *
el_text(xmlNodePtr n)
{
	char *raw, *t;

	if (n == NULL)
		return NULL;
	raw = raw_text(n);
	t = html_to_text(raw);
	free(raw);
	if (*t == '\0') {
		free(t);
		return NULL;
	}
	return t;
}

/* The text of n as written (a link, a date): cleaned, no HTML pass. */
static char *
el_plain(xmlNodePtr n)
{
	char *raw, *t;

	if (n == NULL)
		return NULL;
	raw = raw_text(n);
	t = text_clean(raw, strlen(raw));
	free(raw);
	if (*t == '\0') {
		free(t);
		return NULL;
	}
	return t;
}

/* The first max characters of s (which it frees), cleaned again so a cut
 * after a space leaves none at the end. */
static char *
first_chars(char *s, size_t max)
{
	size_t len = strlen(s), at = 0;
	char *t;

	for (size_t k = 0; k < max && at < len; k++) {
		uint32_t cp;

		at += utf8_decode(s + at, len - at, &cp);
	}
	t = text_clean(s, at);
	free(s);
	return t;
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

		if (!el_is(n, NULL, "link", NULL))
			continue;
		href = attr(n, "href");
		rel = attr(n, "rel");
		if (*kind == 't' && href == NULL) {
			char *text = el_plain(n);

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
	xmlNodePtr g = child(item, NULL, "guid", NULL);
	char *perma, *text, *url;

	if (g == NULL)
		return NULL;
	perma = attr(g, "isPermaLink");
	text = perma && strcasecmp(perma, "false") == 0 ? NULL : el_plain(g);
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
	char *s = el_plain(child(item, NULL, "pubDate", NULL)), *d = NULL;

	if (s != NULL && (d = feed_rfc822_date(s)) == NULL)
		d = extract_date(s, c->fetched);
	free(s);
	for (size_t i = 0; d == NULL && i < sizeof when / sizeof when[0]; i++) {
		s = el_plain(child(item, when[i].ns, when[i].local, when[i].bare));
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
		t = el_text(child(item, summary_els[i].ns, summary_els[i].local, summary_els[i].bare));
	return t != NULL ? first_chars(t, chars) : NULL;
}

/* The title, else the start of the summary, else NULL. */
static char *
item_title(xmlNodePtr item)
{
	char *t = el_text(child(item, NULL, "title", NULL));

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
		if (!el_is(n, NULL, name, NULL))
			continue;
		c->items++;
		add_item(c, n);
	}
}

static void
set_title(struct feed_ctx *c, xmlNodePtr holder)
{
	char *t = el_text(child(holder, NULL, "title", NULL));

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
	int atom = el_is(root, NULL, "feed", NULL);

	if (!atom && !el_is(root, NULL, "rss", NULL) && !el_is(root, NS_RDF, "RDF", "rdf:RDF")) {
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
		channel = child(root, NULL, "channel", NULL);
		set_title(&c, channel);
		add_items(&c, channel, "item");
		add_items(&c, root, "item");	/* RSS 1.0 puts them beside the channel */
	}
	linklist_sort_newest(&c.page->headlines);
	strset_free(&c.seen);
	xmlFreeDoc(doc);
	return c.page;
}
