/*
 * convert: 繁简 with OpenCC; see convert.h.
 *
 * libopencc is opened with dlopen, as curl_lazy.c opens libcurl: linked
 * at start-up it would bring libmarisa and its own loading into every
 * run, and most runs convert nothing.  OpenCC is C++, but its C API
 * catches its exceptions and answers (opencc_t)-1 or NULL; the texts it
 * is given are checked here first (valid UTF-8, bounded), so what it
 * reads is what it was made for.
 */
#include "config.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include <opencc.h>

#include "convert.h"
#include "i18n.h"
#include "layout.h"
#include "page.h"
#include "text.h"

/* the soname of OpenCC 1.1, then the name a -dev package links */
static const char *const libnames[] = {"libopencc.so.1.1", "libopencc.so"};

#define FAILED ((opencc_t)-1)

static struct {
	void *lib;
	int lib_tried;
	__typeof__(opencc_open) *open;
	__typeof__(opencc_close) *close;
	__typeof__(opencc_convert_utf8) *convert;
	__typeof__(opencc_convert_utf8_free) *free;
	__typeof__(opencc_error) *error;
	opencc_t cc[3];		/* by mode; NULL: not tried yet, FAILED: tried */
	struct strlist trouble;	/* what went wrong, each told once */
	size_t told;
} S;

static const char *const names[] = {"none", "t2s", "s2t"};

int
convert_mode_parse(const char *name, enum convert_mode *m)
{
	for (int i = 0; i < 3; i++)
		if (strcmp(name, names[i]) == 0) {
			*m = (enum convert_mode)i;
			return 0;
		}
	return -1;
}

const char *
convert_mode_name(enum convert_mode m)
{
	return (unsigned)m < 3 ? names[m] : names[0];
}

/* libopencc's functions, loaded once; 0, or -1 with the trouble kept. */
static int
load_lib(void)
{
	if (S.lib_tried)
		return S.lib != NULL ? 0 : -1;
	S.lib_tried = 1;
	for (size_t i = 0; S.lib == NULL && i < sizeof libnames / sizeof *libnames; i++)
		S.lib = dlopen(libnames[i], RTLD_NOW | RTLD_LOCAL);
	if (S.lib != NULL &&
	    (*(void **)&S.open = dlsym(S.lib, "opencc_open")) != NULL &&
	    (*(void **)&S.close = dlsym(S.lib, "opencc_close")) != NULL &&
	    (*(void **)&S.convert = dlsym(S.lib, "opencc_convert_utf8")) != NULL &&
	    (*(void **)&S.free = dlsym(S.lib, "opencc_convert_utf8_free")) != NULL &&
	    (*(void **)&S.error = dlsym(S.lib, "opencc_error")) != NULL)
		return 0;
	strlist_pushf(&S.trouble, _("cannot load libopencc (%s): 繁简 text is shown as it is"),
	    dlerror());
	if (S.lib != NULL)
		dlclose(S.lib);
	S.lib = NULL;
	return -1;
}

/* The converter of mode m, opened on first use; NULL when it cannot be. */
static opencc_t
converter(enum convert_mode m)
{
	const char *dir = getenv("KANBAO_OPENCC_DIR");
	char *config;

	if (m != CONVERT_T2S && m != CONVERT_S2T)
		return NULL;
	if (S.cc[m] == NULL && load_lib() == 0) {
		if (dir != NULL && *dir != '\0')
			config = xasprintf("%s/%s.json", dir, names[m]);
		else
			config = xasprintf("%s.json", names[m]);
		S.cc[m] = S.open(config);
		if (S.cc[m] == FAILED) {
			const char *why = S.error();

			/* OpenCC's words name the file it missed */
			strlist_pushf(&S.trouble, _("cannot open OpenCC's %s conversion (%s): "
			    "繁简 text is shown as it is"), names[m], why != NULL ? why : config);
		}
		free(config);
	}
	return S.cc[m] == FAILED ? NULL : S.cc[m];
}

static int
is_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

/* What s becomes with cc: a new string, or NULL for s as it is. */
static char *
convert_with(opencc_t cc, const char *s)
{
	size_t n = strlen(s);
	char *out, *copy = NULL;

	if (n == 0 || n > CONVERT_MAX || is_ascii(s, n) || utf8_valid_run(s, n) != n)
		return NULL;
	out = S.convert(cc, s, n);
	if (out == NULL)
		return NULL;
	/* what a dictionary gives back is checked as a page's text is */
	if (strcmp(out, s) != 0 && utf8_valid_run(out, strlen(out)) == strlen(out))
		copy = xstrdup(out);
	S.free(out);
	return copy;
}

char *
convert_text(enum convert_mode m, const char *s)
{
	opencc_t cc;

	if (m == CONVERT_NONE || s == NULL || is_ascii(s, strlen(s)) || (cc = converter(m)) == NULL)
		return NULL;
	return convert_with(cc, s);
}

/* ---- a page ---- */

static void
in_place(opencc_t cc, char **s)
{
	char *c;

	if (*s != NULL && (c = convert_with(cc, *s)) != NULL) {
		free(*s);
		*s = c;
	}
}

static void
list_in_place(opencc_t cc, struct strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		in_place(cc, &l->v[i]);
}

static void
links_in_place(opencc_t cc, struct linklist *l)
{
	for (size_t i = 0; i < l->n; i++) {
		in_place(cc, &l->v[i].title);
		in_place(cc, &l->v[i].snippet);
	}
}

/* Each block's paragraph of p's body (body.n for a block of no text),
 * found while the body's strings are still those the blocks point at. */
static size_t *
paragraphs_of_blocks(const struct page *p)
{
	size_t *para = xreallocarray(NULL, p->nblocks + 1, sizeof *para), from = 0;

	for (size_t i = 0; i < p->nblocks; i++)
		para[i] = block_is_text(p->blocks[i].type) ?
		    page_paragraph_of(p, p->blocks[i].text, &from) : p->body.n;
	return para;
}

/* b, whose text is paragraph shown of p's body, after the body was
 * converted */
static void
block_in_place(opencc_t cc, const struct page *p, struct block *b, size_t shown)
{
	switch (b->type) {
	case BLOCK_LIST:
		list_in_place(cc, &b->items);
		break;
	case BLOCK_TABLE:
		for (size_t r = 0; r < b->nrows; r++)
			list_in_place(cc, &b->rows[r]);
		break;
	case BLOCK_IMG:
		in_place(cc, &b->alt);
		break;
	default:
		b->text = shown < p->body.n ? p->body.v[shown] : NULL;
	}
	for (size_t k = 0; k < b->nlinks; k++)
		in_place(cc, &b->links[k].text);
}

int
convert_page(struct page *p, enum convert_mode m)
{
	opencc_t cc = converter(m);
	size_t *para;

	if (cc == NULL)
		return -1;
	in_place(cc, &p->title);
	in_place(cc, &p->source);
	in_place(cc, &p->author);
	in_place(cc, &p->editor);
	para = paragraphs_of_blocks(p);
	list_in_place(cc, &p->body);
	for (size_t i = 0; i < p->nimages; i++)
		in_place(cc, &p->images[i].alt);
	list_in_place(cc, &p->tags);
	if (p->prev != NULL)
		in_place(cc, &p->prev->title);
	if (p->next != NULL)
		in_place(cc, &p->next->title);
	links_in_place(cc, &p->related);
	links_in_place(cc, &p->headlines);
	for (size_t i = 0; i < p->nblocks; i++)
		block_in_place(cc, p, &p->blocks[i], para[i]);
	free(para);
	p->converted = names[m];
	return 0;
}

/* ---- searching ---- */

void
convert_variants(const char *s, struct strlist *out)
{
	size_t first = out->n;

	strlist_push(out, xstrdup(s));
	if (is_ascii(s, strlen(s)))
		return;
	for (int m = CONVERT_T2S; m <= CONVERT_S2T; m++) {
		char *c = convert_text((enum convert_mode)m, s);
		int seen = c == NULL;

		for (size_t i = first; !seen && i < out->n; i++)
			seen = strcmp(out->v[i], c) == 0;
		if (seen)
			free(c);
		else
			strlist_push(out, c);
	}
}

static int
match_cmp(const void *a, const void *b)
{
	const struct lmatch *x = a, *y = b;

	if (x->block != y->block)
		return x->block < y->block ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

size_t
convert_find(const struct ldoc *d, const char *needle, struct lmatch **out)
{
	struct strlist forms = {0};
	struct lmatch *all = NULL, *m;
	size_t n = 0, k, kept = 0;

	convert_variants(needle, &forms);
	for (size_t i = 0; i < forms.n; i++) {
		k = ldoc_find(d, forms.v[i], &m);
		all = xreallocarray(all, n + k + 1, sizeof *all);
		if (k > 0)
			memcpy(all + n, m, k * sizeof *m);
		n += k;
		free(m);
	}
	strlist_free(&forms);
	qsort(all, n, sizeof *all, match_cmp);
	/* a place two forms both found (a word the same in both scripts) once */
	for (size_t i = 0; i < n; i++)
		if (kept == 0 || all[kept - 1].block != all[i].block ||
		    all[i].start >= all[kept - 1].start + all[kept - 1].len)
			all[kept++] = all[i];
	*out = all;
	return kept;
}

char *
convert_trouble(void)
{
	return strlist_take(&S.trouble, &S.told);
}

void
convert_end(void)
{
	for (int m = 0; m < 3; m++) {
		if (S.cc[m] != NULL && S.cc[m] != FAILED)
			S.close(S.cc[m]);
		S.cc[m] = NULL;
	}
	strlist_free(&S.trouble);
	S.told = 0;
	/* the library stays: its own destructors run at exit */
}
