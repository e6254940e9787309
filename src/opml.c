/* opml: OPML read and written; see opml.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>

#include "html.h"
#include "i18n.h"
#include "opml.h"
#include "text.h"
#include "util.h"

/* ---- reading ---- */

static int
el_named(xmlNodePtr n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

/* The first of the attributes names of n, cleaned, or NULL. */
static char *
attr_of(xmlNodePtr n, const char *const *names, int raw)
{
	for (; *names != NULL; names++) {
		xmlChar *v = xmlGetProp(n, (const xmlChar *)*names);
		char *s;

		if (v == NULL)
			continue;
		s = raw ? xstrdup((const char *)v) : text_clean((const char *)v, strlen((char *)v));
		xmlFree(v);
		return s;
	}
	return NULL;
}

/* The URL of a feed, trimmed, if kanbao reads it: http(s), one word,
 * nothing that a terminal or the config could take for more. */
static char *
feed_url(char *raw)
{
	size_t start = strspn(raw, " \t\r\n"), end = strlen(raw);
	char *url, *clean;
	int same;

	while (end > start && strchr(" \t\r\n", raw[end - 1]) != NULL)
		end--;
	url = xstrndup(raw + start, end - start);
	free(raw);
	if (!str_istarts(url, "http://") && !str_istarts(url, "https://"))
		goto refuse;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p <= ' ' || *p == 0x7f)
			goto refuse;
	clean = text_clean(url, strlen(url));
	same = strcmp(clean, url) == 0;	/* no C1 control, no bidi mark */
	free(clean);
	if (same)
		return url;
refuse:
	free(url);
	return NULL;
}

struct walk {
	struct opml *out;
	struct strset seen;
};

static void
add_feed(struct walk *w, xmlNodePtr n, char *raw_url)
{
	static const char *const titles[] = {"title", "text", NULL};
	char *url = feed_url(raw_url);
	struct opml *o = w->out;

	if (url == NULL) {
		o->skipped++;
		return;
	}
	if (o->n >= OPML_MAX_FEEDS || !strset_add(&w->seen, url)) {
		free(url);
		return;
	}
	o->v = xgrow(o->v, o->n, sizeof *o->v);	/* doubles as it fills */
	o->v[o->n].url = url;
	if ((o->v[o->n].name = attr_of(n, titles, 0)) == NULL)
		o->v[o->n].name = xstrdup("");
	o->n++;
}

/* The outlines below parent, folders within folders up to the bound. */
static void
walk_outlines(struct walk *w, xmlNodePtr parent, int depth)
{
	static const char *const urls[] = {"xmlUrl", "xmlurl", "XMLURL", NULL};

	if (depth > OPML_MAX_DEPTH)
		return;
	for (xmlNodePtr n = parent->children; n != NULL; n = n->next) {
		char *url;

		if (!el_named(n, "outline"))
			continue;
		if ((url = attr_of(n, urls, 1)) != NULL)
			add_feed(w, n, url);
		walk_outlines(w, n, depth + 1);
	}
}

static xmlNodePtr
child_named(xmlNodePtr parent, const char *name)
{
	for (xmlNodePtr n = parent ? parent->children : NULL; n != NULL; n = n->next)
		if (el_named(n, name))
			return n;
	return NULL;
}

static xmlParserInputPtr
no_entity(void *ctx, const xmlChar *public_id, const xmlChar *system_id)
{
	(void)ctx;
	(void)public_id;
	(void)system_id;
	return NULL;
}

static void
quiet(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	(void)err;
}

/* The document, or NULL: no network, no DTD, no entity substituted. */
static xmlDocPtr
read_xml(const char *text, size_t len)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;

	html_init();
	if ((ctxt = xmlNewParserCtxt()) == NULL)
		fatal("out of memory");
	ctxt->sax->resolveEntity = no_entity;
	ctxt->sax->serror = quiet;
	doc = xmlCtxtReadMemory(ctxt, text, (int)len, NULL, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	xmlFreeParserCtxt(ctxt);
	return doc;
}

int
opml_parse(const char *text, size_t len, struct opml *out, char **err)
{
	struct walk w = {out, {0}};
	xmlDocPtr doc;
	xmlNodePtr root, body;

	memset(out, 0, sizeof *out);
	*err = NULL;
	if (len > OPML_MAX_BYTES)
		*err = xasprintf(_("larger than %u MiB: not read"), OPML_MAX_BYTES >> 20);
	else if (memmem(text, len, "<!ENTITY", 8) != NULL)
		*err = xstrdup(_("it declares entities, which kanbao does not expand"));
	if (*err != NULL)
		return -1;
	if ((doc = read_xml(text, len)) == NULL) {
		*err = xstrdup(_("not well-formed XML"));
		return -1;
	}
	root = xmlDocGetRootElement(doc);
	if (!el_named(root, "opml") || (body = child_named(root, "body")) == NULL)
		*err = xstrdup(_("not OPML: no <opml> with a <body>"));
	else
		walk_outlines(&w, body, 1);
	strset_free(&w.seen);
	xmlFreeDoc(doc);
	if (*err == NULL && out->n == 0)
		*err = out->skipped > 0 ?
		    xasprintf(_("none of its %zu feeds has an http or https URL"), out->skipped) :
		    xstrdup(_("no feeds in it (no <outline> with an xmlUrl)"));
	if (*err != NULL) {
		opml_free(out);
		return -1;
	}
	return 0;
}

void
opml_free(struct opml *o)
{
	for (size_t i = 0; i < o->n; i++) {
		free(o->v[i].name);
		free(o->v[i].url);
	}
	free(o->v);
	memset(o, 0, sizeof *o);
}

/* ---- writing ---- */

/* s cleaned of control characters, as an XML attribute's value. */
static void
put_attr(const char *s, FILE *f)
{
	char *t = text_clean(s, strlen(s));

	for (const char *p = t; *p; p++) {
		switch (*p) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&apos;", f); break;
		default: putc(*p, f);
		}
	}
	free(t);
}

void
opml_write(const struct source *s, size_t n, FILE *f)
{
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
	    "  <head>\n    <title>kanbao sources</title>\n  </head>\n  <body>\n", f);
	for (size_t i = 0; i < n; i++) {
		fputs("    <outline type=\"rss\" text=\"", f);
		put_attr(s[i].name, f);
		fputs("\" title=\"", f);
		put_attr(s[i].name, f);
		fputs("\" xmlUrl=\"", f);
		put_attr(s[i].url, f);
		fputs("\"/>\n", f);
	}
	fputs("  </body>\n</opml>\n", f);
}
