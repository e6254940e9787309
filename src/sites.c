/* sites: per-host rules; see sites.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/uri.h>
#include <libxml/xpath.h>

#include "html.h"
#include "i18n.h"
#include "sites.h"
#include "util.h"

static const char *const field_names[SITE_NFIELDS] = {
	"title", "source", "author", "editor", "published", "body", "tags",
	"prev", "next", "related", "headlines", "remove",
};

/*
 * The built-in table: sites whose pages the generic rules misread.  Each
 * line is host, field, XPath.  It holds the fixture host the tests use;
 * real entries go here as users report sites (never one of the corpus's:
 * generic rules must earn their accuracy there).
 */
static const char *const builtin[][3] = {
	{"rules.fixture.test", "title", "//div[@id='headline-box']/span[@class='t']"},
	{"rules.fixture.test", "body", "//div[@id='story']/div[@class='para']"},
	{"rules.fixture.test", "remove", "//div[@class='promo']"},
};

int
site_field_by_name(const char *name)
{
	for (int i = 0; i < SITE_NFIELDS; i++)
		if (strcasecmp(name, field_names[i]) == 0)
			return i;
	return -1;
}

static int
xpath_compiles(const char *xpath)
{
	xmlXPathCompExprPtr e;

	html_init();	/* a failed allocation is "out of memory", not a bad XPath */
	e = xmlXPathCompile((const xmlChar *)xpath);
	if (e == NULL)
		return 0;
	xmlXPathFreeCompExpr(e);
	return 1;
}

static unsigned char
fold(unsigned char ch)
{
	return ch >= 'A' && ch <= 'Z' ? (unsigned char)(ch - 'A' + 'a') : ch;
}

/* FNV-1a of host[0..len), ASCII letters folded to lower case. */
static size_t
host_hash(const char *host, size_t len)
{
	size_t h = 14695981039346656037u;

	for (size_t i = 0; i < len; i++)
		h = (h ^ fold((unsigned char)host[i])) * 1099511628211u;
	return h;
}

/* Is host[0..len) the rule's host, ASCII case aside? */
static int
host_is(const char *rule_host, const char *host, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (rule_host[i] == '\0' ||
		    fold((unsigned char)rule_host[i]) != fold((unsigned char)host[i]))
			return 0;
	return rule_host[i] == '\0';
}

/* The slot of host[0..len) in the index: the one holding its rule, or the
 * empty one where it would go. */
static size_t
slot_of(const struct site_rules *r, const char *host, size_t len)
{
	size_t mask = r->nslots - 1, j = host_hash(host, len) & mask;

	while (r->slots[j] != 0 && !host_is(r->v[r->slots[j] - 1].host, host, len))
		j = (j + 1) & mask;
	return j;
}

static void
index_grow(struct site_rules *r)
{
	size_t *old = r->slots, nold = r->nslots;

	r->nslots = nold ? nold * 2 : 16;
	r->slots = xcalloc(r->nslots, sizeof *r->slots);
	for (size_t i = 0; i < nold; i++) {
		if (old[i] == 0)
			continue;
		const char *h = r->v[old[i] - 1].host;

		r->slots[slot_of(r, h, strlen(h))] = old[i];
	}
	free(old);
}

static struct site_rule *
rule_for(struct site_rules *r, const char *host)
{
	size_t len = strlen(host), j;

	if ((r->n + 1) * 2 > r->nslots)
		index_grow(r);
	j = slot_of(r, host, len);
	if (r->slots[j] != 0)
		return &r->v[r->slots[j] - 1];
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 8;
		r->v = xreallocarray(r->v, r->cap, sizeof *r->v);
	}
	memset(&r->v[r->n], 0, sizeof r->v[r->n]);
	r->v[r->n].host = xstrdup(host);
	r->slots[j] = ++r->n;
	if (len > r->longest)
		r->longest = len;
	return &r->v[r->n - 1];
}

static void
quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

int
sites_set(struct site_rules *r, const char *host, const char *field,
    const char *xpath, char **err)
{
	int f = site_field_by_name(field);
	struct site_rule *rule;

	*err = NULL;
	if (f < 0) {
		*err = xasprintf(_("unknown field '%s' in a site rule"), field);
		return -1;
	}
	xmlSetGenericErrorFunc(NULL, quiet);
	if (!xpath_compiles(xpath)) {
		*err = xasprintf(_("invalid XPath for %s: %s"), field, xpath);
		return -1;
	}
	rule = rule_for(r, host);
	free(rule->xpath[f]);
	rule->xpath[f] = xstrdup(xpath);
	return 0;
}

void
sites_builtin(struct site_rules *r)
{
	char *err;

	for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
		if (sites_set(r, builtin[i][0], builtin[i][1], builtin[i][2], &err) != 0)
			fatal("built-in site rule: %s", err);
}

/* A rule for "example.com" serves www.example.com too: the host itself is
 * looked up first, then what follows each of its dots, so the longest
 * matching rule host wins, in as many look-ups as the host has labels. */
const struct site_rule *
sites_match(const struct site_rules *r, const char *url)
{
	xmlURIPtr uri;
	const struct site_rule *found = NULL;

	if (r == NULL || r->n == 0 || url == NULL || (uri = xmlParseURI(url)) == NULL)
		return NULL;
	/* a suffix longer than every rule's host needs no look-up, so a
	 * hostile host of many thousand labels costs its length, not its square */
	for (const char *h = uri->server, *end = h ? h + strlen(h) : NULL;
	    h != NULL && found == NULL; ) {
		size_t len = (size_t)(end - h), j;

		if (len <= r->longest && r->slots[j = slot_of(r, h, len)] != 0)
			found = &r->v[r->slots[j] - 1];
		if ((h = memchr(h, '.', len)) != NULL)
			h++;
	}
	xmlFreeURI(uri);
	return found;
}

void
sites_free(struct site_rules *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->v[i].host);
		for (int f = 0; f < SITE_NFIELDS; f++)
			free(r->v[i].xpath[f]);
	}
	free(r->v);
	free(r->slots);
	memset(r, 0, sizeof *r);
}
