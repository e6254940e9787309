/*
 * sites: per-host extraction rules.  A rule names, for one host, an XPath
 * per field that overrides the generic extraction, and nodes to remove
 * before it runs.  Rules come from a small built-in table and from the
 * config file (`site HOST FIELD XPATH`).  A struct site_rules owns all its
 * strings; sites_free() releases them.  Rules stay in the order their
 * hosts came; a hash index on the host (ASCII case folded) makes adding a
 * rule and finding the rule of a URL cost the same with 200,000 rules as
 * with ten.
 */
#ifndef KANBAO_SITES_H
#define KANBAO_SITES_H

enum site_field {
	SITE_TITLE, SITE_SOURCE, SITE_AUTHOR, SITE_EDITOR, SITE_PUBLISHED,
	SITE_BODY, SITE_TAGS, SITE_PREV, SITE_NEXT, SITE_RELATED,
	SITE_HEADLINES, SITE_REMOVE, SITE_NFIELDS
};

struct site_rule {
	char *host;			/* "example.com" also matches www.example.com */
	char *xpath[SITE_NFIELDS];	/* NULL: the generic rule */
};

struct site_rules {
	struct site_rule *v;
	size_t n, cap;
	size_t *slots;		/* the index: 1 + a position in v, 0 empty */
	size_t nslots;		/* a power of two, at least twice n; 0 at first */
	size_t longest;		/* the length of the longest host */
};

/* The field named name ("title", "body" ...), or -1. */
int site_field_by_name(const char *name);

/* Adds or replaces one field of the rule for host.  Returns 0, or -1 with
 * *err a new message (unknown field, XPath that does not compile). */
int sites_set(struct site_rules *r, const char *host, const char *field,
    const char *xpath, char **err);

/* Loads the built-in table. */
void sites_builtin(struct site_rules *r);

/* The rule for the host of url, or NULL: the rule of the host itself,
 * else of its closest parent domain (www.a.example, a.example, example). */
const struct site_rule *sites_match(const struct site_rules *r, const char *url);

void sites_free(struct site_rules *r);

#endif
