/* sites: per-host rules; see sites.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/uri.h>
#include <libxml/xpath.h>

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

const char *
site_field_name(enum site_field f)
{
	return f < SITE_NFIELDS ? field_names[f] : "?";
}

static int
xpath_compiles(const char *xpath)
{
	xmlXPathCompExprPtr e = xmlXPathCompile((const xmlChar *)xpath);

	if (e == NULL)
		return 0;
	xmlXPathFreeCompExpr(e);
	return 1;
}

static struct site_rule *
rule_for(struct site_rules *r, const char *host)
{
	for (size_t i = 0; i < r->n; i++)
		if (strcasecmp(r->v[i].host, host) == 0)
			return &r->v[i];
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 8;
		r->v = xreallocarray(r->v, r->cap, sizeof *r->v);
	}
	memset(&r->v[r->n], 0, sizeof r->v[r->n]);
	r->v[r->n].host = xstrdup(host);
	return &r->v[r->n++];
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

/* Does host equal pattern, or end in "." pattern? */
static int
host_matches(const char *host, const char *pattern)
{
	size_t h = strlen(host), p = strlen(pattern);

	if (h == p)
		return strcasecmp(host, pattern) == 0;
	return h > p && host[h - p - 1] == '.' && strcasecmp(host + h - p, pattern) == 0;
}

const struct site_rule *
sites_match(const struct site_rules *r, const char *url)
{
	xmlURIPtr uri;
	const struct site_rule *best = NULL;

	if (r == NULL || r->n == 0 || url == NULL || (uri = xmlParseURI(url)) == NULL)
		return NULL;
	for (size_t i = 0; uri->server != NULL && i < r->n; i++)
		if (host_matches(uri->server, r->v[i].host) &&
		    (best == NULL || strlen(r->v[i].host) > strlen(best->host)))
			best = &r->v[i];
	xmlFreeURI(uri);
	return best;
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
	memset(r, 0, sizeof *r);
}
