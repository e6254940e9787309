/* page: the page model, its JSON and its text; see page.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "layout.h"
#include "page.h"
#include "text.h"

struct page *
page_new(const char *url)
{
	struct page *p = xcalloc(1, sizeof *p);

	p->url = xstrdup(url ? url : "");
	p->title = xstrdup("");
	return p;
}

struct link *
link_new(char *title, char *url, char *snippet, char *date)
{
	struct link *l = xcalloc(1, sizeof *l);

	l->title = title;
	l->url = url;
	l->snippet = snippet;
	l->date = date;
	return l;
}

static void
link_clear(struct link *l)
{
	free(l->title);
	free(l->url);
	free(l->snippet);
	free(l->date);
}

void
link_free(struct link *l)
{
	if (l == NULL)
		return;
	link_clear(l);
	free(l);
}

void
linklist_push(struct linklist *l, char *title, char *url, char *snippet, char *date)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = (struct link){title, url, snippet, date};
}

void
linklist_free(struct linklist *l)
{
	for (size_t i = 0; i < l->n; i++)
		link_clear(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

void
page_add_image(struct page *p, char *src, char *alt)
{
	if (p->nimages == p->capimages) {
		p->capimages = p->capimages ? p->capimages * 2 : 4;
		p->images = xreallocarray(p->images, p->capimages, sizeof *p->images);
	}
	p->images[p->nimages++] = (struct image){src, alt};
}

void
page_free(struct page *p)
{
	if (p == NULL)
		return;
	free(p->url);
	free(p->title);
	free(p->source);
	free(p->author);
	free(p->editor);
	free(p->published);
	strlist_free(&p->body);
	for (size_t i = 0; i < p->nimages; i++) {
		free(p->images[i].src);
		free(p->images[i].alt);
	}
	free(p->images);
	strlist_free(&p->tags);
	link_free(p->prev);
	link_free(p->next);
	linklist_free(&p->related);
	linklist_free(&p->headlines);
	free(p);
}

/* ---- JSON ---- */

/* Writes s as a JSON string.  Strings are already clean, but escaping every
 * control character keeps the output valid whatever reaches here. */
static void
json_str(const char *s, FILE *f)
{
	if (s == NULL) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		switch (*c) {
		case '"': fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\t': fputs("\\t", f); break;
		case '\r': fputs("\\r", f); break;
		default:
			if (*c < 0x20 || *c == 0x7F)
				fprintf(f, "\\u%04x", *c);
			else
				fputc(*c, f);
		}
	}
	fputc('"', f);
}

static void
json_key(const char *key, const char *value, FILE *f)
{
	fprintf(f, ", \"%s\": ", key);
	json_str(value, f);
}

static void
json_link(const struct link *l, int with_extra, int with_snippet, FILE *f)
{
	if (l == NULL) {
		fputs("null", f);
		return;
	}
	fputs("{\"title\": ", f);
	json_str(l->title, f);
	json_key("url", l->url, f);
	if (with_snippet)
		json_key("snippet", l->snippet, f);
	if (with_extra)
		json_key("date", l->date, f);
	fputc('}', f);
}

static void
json_links(const char *key, const struct linklist *l, int with_snippet, FILE *f)
{
	fprintf(f, ", \"%s\": [", key);
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			fputs(", ", f);
		json_link(&l->v[i], 1, with_snippet, f);
	}
	fputc(']', f);
}

static void
json_strings(const char *key, const struct strlist *l, FILE *f)
{
	fprintf(f, ", \"%s\": [", key);
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			fputs(", ", f);
		json_str(l->v[i], f);
	}
	fputc(']', f);
}

void
page_write_json(const struct page *p, FILE *f)
{
	fputs("{\"url\": ", f);
	json_str(p->url, f);
	json_key("kind", p->kind == PAGE_LIST ? "list" : "article", f);
	json_key("title", p->title, f);
	json_key("source", p->source, f);
	json_key("author", p->author, f);
	json_key("editor", p->editor, f);
	json_key("published", p->published, f);
	json_strings("body", &p->body, f);
	fputs(", \"images\": [", f);
	for (size_t i = 0; i < p->nimages; i++) {
		fputs(i ? ", {\"src\": " : "{\"src\": ", f);
		json_str(p->images[i].src, f);
		json_key("alt", p->images[i].alt, f);
		fputc('}', f);
	}
	fputc(']', f);
	json_strings("tags", &p->tags, f);
	fputs(", \"prev\": ", f);
	json_link(p->prev, 0, 0, f);
	fputs(", \"next\": ", f);
	json_link(p->next, 0, 0, f);
	json_links("related", &p->related, 1, f);
	json_links("headlines", &p->headlines, 0, f);
	fputs("}\n", f);
}

/* ---- text ---- */

struct text_out {
	FILE *f;
	int width;
	struct strlist refs;	/* URLs, numbered from 1 */
};

static void
put_wrapped(struct text_out *o, const char *indent, const char *s)
{
	struct strlist lines = {0};
	int iw = layout_width(indent, strlen(indent), 1);

	layout_wrap(s, o->width - iw > 8 ? o->width - iw : 8, 1, &lines);
	for (size_t i = 0; i < lines.n; i++)
		fprintf(o->f, "%s%s\n", indent, lines.v[i]);
	strlist_free(&lines);
}

/* Adds a reference and returns its number. */
static size_t
add_ref(struct text_out *o, const char *url)
{
	strlist_push(&o->refs, xstrdup(url));
	return o->refs.n;
}

static void
put_meta(struct text_out *o, const struct page *p)
{
	struct buf b = {0};
	const char *sep = "";

	if (p->source)
		buf_addf(&b, _("Source: %s"), p->source), sep = " · ";
	if (p->published)
		buf_addf(&b, "%s%s", sep, p->published), sep = " · ";
	if (p->author)
		buf_addf(&b, "%s", sep), buf_addf(&b, _("Author: %s"), p->author), sep = " · ";
	if (p->editor)
		buf_addf(&b, "%s", sep), buf_addf(&b, _("Editor: %s"), p->editor);
	if (b.len)
		put_wrapped(o, "", b.s);
	buf_free(&b);
}

/* The space after a label: none after a full-width colon (上一篇：). */
static const char *
label_gap(const char *label)
{
	size_t n = strlen(label);

	return n >= 3 && strcmp(label + n - 3, "：") == 0 ? "" : " ";
}

static void
put_nav(struct text_out *o, const char *label, const struct link *l)
{
	char *line;

	if (l == NULL)
		return;
	line = xasprintf("%s%s[%zu]%s", label, label_gap(label), add_ref(o, l->url), l->title);
	put_wrapped(o, "", line);
	free(line);
}

static void
put_links(struct text_out *o, const char *heading, const struct linklist *l)
{
	if (l->n == 0)
		return;
	fprintf(o->f, "\n%s\n", heading);
	for (size_t i = 0; i < l->n; i++) {
		const struct link *k = &l->v[i];
		char *line = xasprintf("[%zu]%s%s%s", add_ref(o, k->url), k->title,
		    k->date ? "  " : "", k->date ? k->date : "");

		put_wrapped(o, "  ", line);
		free(line);
		if (k->snippet)
			put_wrapped(o, "      ", k->snippet);
	}
}

static void
put_body(struct text_out *o, const struct page *p)
{
	for (size_t i = 0; i < p->body.n; i++) {
		fputc('\n', o->f);
		put_wrapped(o, "", p->body.v[i]);
	}
	for (size_t i = 0; i < p->nimages; i++) {
		char *line = xasprintf(_("[Image: %s]"),
		    p->images[i].alt ? p->images[i].alt : p->images[i].src);

		if (i == 0)
			fputc('\n', o->f);
		put_wrapped(o, "", line);
		free(line);
	}
	if (p->tags.n > 0) {
		struct buf b = {0};

		buf_adds(&b, _("Tags:"));
		for (size_t i = 0; i < p->tags.n; i++)
			buf_addf(&b, "%s%s", i ? " " : label_gap(b.s), p->tags.v[i]);
		fputc('\n', o->f);
		put_wrapped(o, "", b.s);
		buf_free(&b);
	}
}

void
page_write_text(const struct page *p, int width, FILE *f)
{
	struct text_out o = {f, width < 20 ? 20 : width, {0}};

	put_wrapped(&o, "", p->title[0] ? p->title : p->url);
	put_meta(&o, p);
	put_body(&o, p);
	if (p->prev || p->next)
		fputc('\n', f);
	put_nav(&o, _("Previous:"), p->prev);
	put_nav(&o, _("Next:"), p->next);
	put_links(&o, _("Related:"), &p->related);
	put_links(&o, _("Headlines:"), &p->headlines);
	if (o.refs.n > 0) {
		fprintf(f, "\n%s\n\n", _("References"));
		for (size_t i = 0; i < o.refs.n; i++)
			fprintf(f, "%4zu. %s\n", i + 1, o.refs.v[i]);
	}
	strlist_free(&o.refs);
}
