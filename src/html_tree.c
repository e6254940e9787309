/*
 * html_tree: libxml2's HTML parser read into kanbao's own tree; see html.h.
 *
 * The parser's events (an element starts or ends, text, a comment) are
 * the same whether libxml2 builds its DOM from them or we build ours, and
 * its rules for a page's mistakes (a <p> closed by a <div>, a <td> with no
 * <table>) live in the parser, not in the DOM builder.  So the tree below
 * is libxml2's DOM node for node; tests/unit_html_tree compares the two
 * on every fixture.  What the DOM builder adds is copied here: adjacent
 * texts join into one node, text with no element open is dropped, an
 * attribute written without a value gets its name as value when HTML
 * calls it boolean (checked) and "" otherwise, and the DOM's limits (256
 * elements deep, 10 MB of text in one node) stop the reading, as they stop
 * libxml2's, so that html_parse reads such a page again made shallow.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLtree.h>

#include "html.h"
#include "util.h"

#define DOM_MAX_DEPTH 256		/* libxml2's xmlParserMaxDepth */
#define DOM_MAX_TEXT 10000000		/* libxml2's XML_MAX_TEXT_LENGTH */

/* The tree being built; the parser context's _private. */
struct builder {
	htmlParserCtxtPtr ctxt;
	struct hdoc *doc;
	struct hnode *open;		/* the element the parser is in, or doc->top */
	struct hnode **lasts;		/* the last child of each open node, top first */
	size_t depth, cap;		/* open elements; lasts holds depth + 1 */
	struct buf text;		/* text not yet in a node: the parser gives it in pieces */
	xmlElementType text_type;	/* XML_TEXT_NODE or XML_CDATA_SECTION_NODE */
	int huge;			/* XML_PARSE_HUGE: no limits */
	int cut;			/* a limit stopped the reading */
};

static struct builder *
builder_of(void *ctx)
{
	return ((htmlParserCtxtPtr)ctx)->_private;
}

static struct hnode *
node_new(struct builder *b, xmlElementType type, const xmlChar *name)
{
	struct hnode *n = arena_alloc(&b->doc->mem, sizeof *n);

	memset(n, 0, sizeof *n);
	n->type = type;
	n->name = name;
	return n;
}

/* Adds n as the last child of the open node. */
static void
append(struct builder *b, struct hnode *n)
{
	struct hnode *last = b->lasts[b->depth];

	n->parent = b->open;
	n->prev = last;
	if (last != NULL)
		last->next = n;
	else
		b->open->children = n;
	b->lasts[b->depth] = n;
}

static void
stop(struct builder *b)
{
	b->cut = 1;
	xmlStopParser(b->ctxt);
}

/* The text gathered so far becomes a node: every event but more text of
 * the same kind ends a text node. */
static void
flush_text(struct builder *b)
{
	struct hnode *n;

	if (b->text.len == 0)
		return;
	n = node_new(b, b->text_type, (const xmlChar *)(b->text_type == XML_TEXT_NODE ?
	    "text" : "cdata"));
	n->content = (const xmlChar *)arena_strndup(&b->doc->mem, b->text.s, b->text.len);
	append(b, n);
	b->text.len = 0;
}

static void
add_text(struct builder *b, const xmlChar *s, int len, xmlElementType type)
{
	if (b->cut || len <= 0)
		return;
	if (b->text.len > 0 && b->text_type != type)
		flush_text(b);
	if (b->open == &b->doc->top)	/* as libxml2's DOM: no element, no text */
		return;
	if (b->text.len > 0 && !b->huge && b->text.len + (size_t)len > DOM_MAX_TEXT) {
		stop(b);
		return;
	}
	b->text_type = type;
	buf_add(&b->text, (const char *)s, (size_t)len);
}

static void
on_characters(void *ctx, const xmlChar *s, int len)
{
	add_text(builder_of(ctx), s, len, XML_TEXT_NODE);
}

static void
on_cdata(void *ctx, const xmlChar *s, int len)
{
	add_text(builder_of(ctx), s, len, XML_CDATA_SECTION_NODE);
}

static struct hattr *
attrs_of(struct builder *b, const xmlChar **atts)
{
	struct hattr *first = NULL, **tail = &first;

	for (size_t i = 0; atts != NULL && atts[i] != NULL; i += 2) {
		struct hattr *a = arena_alloc(&b->doc->mem, sizeof *a);
		const xmlChar *v = atts[i + 1];

		a->name = atts[i];
		if (v == NULL)
			a->value = htmlIsBooleanAttr(atts[i]) ? atts[i] : (const xmlChar *)"";
		else
			a->value = (const xmlChar *)arena_strndup(&b->doc->mem,
			    (const char *)v, strlen((const char *)v));
		a->next = NULL;
		*tail = a;
		tail = &a->next;
	}
	return first;
}

/* An element's name as libxml2's DOM keeps it: a prefix before a colon
 * (<o:p> of a page saved from a word processor, <fb:like>) is dropped,
 * as xmlSplitQName drops it, unless the name starts or ends with it. */
static const xmlChar *
local_name(struct builder *b, const xmlChar *name)
{
	const xmlChar *colon = (const xmlChar *)strchr((const char *)name, ':');

	if (colon == NULL || colon == name || colon[1] == '\0')
		return name;
	return xmlDictLookup(b->ctxt->dict, colon + 1, -1);
}

static void
on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	struct builder *b = builder_of(ctx);
	struct hnode *n;

	if (b->cut)
		return;
	flush_text(b);
	if (!b->huge && b->depth > DOM_MAX_DEPTH) {
		stop(b);
		return;
	}
	n = node_new(b, XML_ELEMENT_NODE, local_name(b, name));
	n->attrs = attrs_of(b, atts);
	append(b, n);
	if (b->depth + 2 > b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		b->lasts = xreallocarray(b->lasts, b->cap, sizeof *b->lasts);
	}
	b->lasts[++b->depth] = NULL;
	b->open = n;
}

static void
on_end(void *ctx, const xmlChar *name)
{
	struct builder *b = builder_of(ctx);

	(void)name;	/* the parser closes the open element, whatever its name */
	if (b->cut)
		return;
	flush_text(b);
	if (b->depth == 0)
		return;
	b->depth--;
	b->open = b->open->parent;
}

/* A comment or a processing instruction: a node of its own, under the
 * document when no element is open. */
static void
add_other(struct builder *b, xmlElementType type, const xmlChar *name, const xmlChar *s)
{
	struct hnode *n;

	if (b->cut)
		return;
	flush_text(b);
	n = node_new(b, type, name);
	if (s != NULL)
		n->content = (const xmlChar *)arena_strndup(&b->doc->mem,
		    (const char *)s, strlen((const char *)s));
	append(b, n);
}

static void
on_comment(void *ctx, const xmlChar *s)
{
	add_other(builder_of(ctx), XML_COMMENT_NODE, (const xmlChar *)"comment", s);
}

static void
on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	struct builder *b = builder_of(ctx);

	add_other(b, XML_PI_NODE, (const xmlChar *)arena_strndup(&b->doc->mem,
	    (const char *)target, strlen((const char *)target)), data);
}

static void
on_nothing(void *ctx)
{
	(void)ctx;
}

static void
on_end_document(void *ctx)
{
	flush_text(builder_of(ctx));
}

/* The parser's handlers, ours in place of the DOM builder's.  No
 * startDocument: libxml2's would make a DOM document; no internalSubset:
 * the tree keeps no <!DOCTYPE>. */
static void
use_builder(htmlParserCtxtPtr ctxt, struct builder *b)
{
	xmlSAXHandler *sax = ctxt->sax;

	sax->startDocument = on_nothing;
	sax->endDocument = on_end_document;
	sax->internalSubset = NULL;
	sax->externalSubset = NULL;
	sax->startElement = on_start;
	sax->endElement = on_end;
	sax->characters = on_characters;
	sax->ignorableWhitespace = on_characters;
	sax->cdataBlock = on_cdata;
	sax->comment = on_comment;
	sax->processingInstruction = on_pi;
	sax->reference = NULL;
	ctxt->_private = b;
	b->ctxt = ctxt;
}

/* The page as libxml2 reads it, a piece at a time (read_piece). */
struct reading {
	const char *at;
	size_t left;
};

/* A byte libxml2 takes for no character: a C0 control but the tab, the
 * line feed and the carriage return.  It drops each, with an error it
 * formats even when told to report none: a page of 16 MiB of them took
 * three seconds.  read_piece drops them instead, as libxml2 would. */
static int
no_character(unsigned char c)
{
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

/* The bytes of s[0..n) before the first no_character one: eight at a
 * time while none of them is below 0x20. */
static size_t
kept_run(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		uint64_t w;

		if (n - i >= 8) {
			memcpy(&w, s + i, 8);
			if (((w - 0x2020202020202020u) & ~w & 0x8080808080808080u) == 0) {
				i += 8;
				continue;
			}
		}
		if (no_character((unsigned char)s[i]))
			return i;
		i++;
	}
	return n;
}

static int
read_piece(void *arg, char *to, int len)
{
	struct reading *r = arg;
	size_t out = 0;

	/* 0 is the end to libxml2: a piece of controls alone reads on */
	while (out < (size_t)len && r->left > 0) {
		size_t n = r->left < (size_t)len - out ? r->left : (size_t)len - out;
		size_t k = kept_run(r->at, n);

		memcpy(to + out, r->at, k);
		out += k;
		r->at += k;
		r->left -= k;
		if (k < n) {	/* a control, dropped */
			r->at++;
			r->left--;
		}
	}
	return (int)out;
}

/*
 * One reading of utf8 by libxml2's parser: into a tree of our own (*tree)
 * when tree is not NULL, else into libxml2's DOM (*dom).  1 when it
 * stopped part-way, as the DOM does at its limits (it then sets
 * disableSAX, which no error of a page it reads on sets).  Read through a
 * callback, not from memory: htmlCtxtReadMemory copies the page whole,
 * then decodes it whole into a buffer grown by doubling; read in pieces,
 * it holds a few of them at a time.
 */
static int
read_once(const char *utf8, size_t len, const char *url, int opts,
    struct hdoc **tree, xmlDocPtr *dom)
{
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	struct reading r = {utf8, len};
	struct builder b = {0};
	xmlDocPtr got;
	int cut;

	if (ctxt == NULL)
		fatal("out of memory");
	if (tree != NULL) {
		b.doc = xcalloc(1, sizeof *b.doc);
		b.doc->top.type = XML_HTML_DOCUMENT_NODE;
		b.open = &b.doc->top;
		b.huge = (opts & XML_PARSE_HUGE) != 0;
		b.cap = 64;
		b.lasts = xreallocarray(NULL, b.cap, sizeof *b.lasts);
		b.lasts[0] = NULL;
		use_builder(ctxt, &b);
	}
	/* "UTF-8" and IGNORE_ENC: the page's own <meta> must not re-decode
	 * what charset.c already decoded */
	got = htmlCtxtReadIO(ctxt, read_piece, NULL, &r, url, "UTF-8", opts);
	cut = ctxt->disableSAX != 0 || b.cut;
	if (tree != NULL) {
		flush_text(&b);
		b.doc->names = ctxt->dict;
		xmlDictReference(ctxt->dict);
		free(b.lasts);
		buf_free(&b.text);
		xmlFreeDoc(got);	/* none: our handlers build no DOM */
		*tree = b.doc;
	} else {
		*dom = got;
	}
	htmlFreeParserCtxt(ctxt);
	return cut;
}

static void
ignore_errors(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* Reads the repaired text into a tree (tree not NULL) or libxml2's DOM
 * and, when a limit stopped the first reading, again made shallow by
 * html_flatten. */
static void
read_text(const char *text, size_t len, const char *url, struct hdoc **tree, xmlDocPtr *dom)
{
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
	size_t flen;
	char *flat;

	if (read_once(text, len, url, opts, tree, dom)) {
		/* never on the pages of shared/corpus: only a page built to
		 * hurt pays for the second reading */
		if (tree != NULL)
			html_free(*tree);
		else
			xmlFreeDoc(*dom);
		flat = html_flatten(text, len, &flen);
		read_once(flat, flen, url, opts | XML_PARSE_HUGE, tree, dom);
		free(flat);
	}
}

struct hdoc *
html_parse_both(const char *utf8, size_t len, const char *url, xmlDocPtr *dom)
{
	struct hdoc *doc = NULL;
	size_t blen;
	char *repaired = html_repair_tags(utf8, len, &blen);

	if (repaired != NULL) {
		utf8 = repaired;
		len = blen;
	}
	if (len > (size_t)0x7fffffff)
		len = 0x7fffffff;
	html_init();
	xmlSetGenericErrorFunc(NULL, ignore_errors);
	read_text(utf8, len, url, &doc, NULL);
	if (dom != NULL)	/* read from the same repaired text: once */
		read_text(utf8, len, url, NULL, dom);
	free(repaired);
	if (doc != NULL && html_root(doc) == NULL) {
		html_free(doc);
		return NULL;
	}
	return doc;
}

struct hdoc *
html_parse(const char *utf8, size_t len, const char *url)
{
	return html_parse_both(utf8, len, url, NULL);
}
