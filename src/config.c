/* config: the config file; see config_file.h. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "config_file.h"

char *
config_default_path(void)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (xdg != NULL && *xdg == '/')
		return xasprintf("%s/kanbao/config", xdg);
	if (home != NULL && *home != '\0')
		return xasprintf("%s/.config/kanbao/config", home);
	return NULL;
}

static void
error_at(struct config *c, const char *file, int lineno, const char *msg)
{
	char *clean = text_clean(msg, strlen(msg));

	strlist_push(&c->errors, xasprintf("%s:%d: %s", file, lineno, clean));
	free(clean);
}

/* Splits off the next word of *p (spaces and tabs separate words). */
static char *
next_word(const char **p)
{
	const char *s = *p, *e;

	while (*s == ' ' || *s == '\t')
		s++;
	for (e = s; *e && *e != ' ' && *e != '\t'; e++)
		;
	*p = e;
	return e > s ? xstrndup(s, (size_t)(e - s)) : NULL;
}

static void
rest_trimmed(const char *p, char **out)
{
	const char *e;

	while (*p == ' ' || *p == '\t')
		p++;
	e = p + strlen(p);
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
		e--;
	*out = e > p ? xstrndup(p, (size_t)(e - p)) : NULL;
}

static void
parse_site(struct config *c, const char *file, int lineno, const char *args)
{
	char *host = next_word(&args), *field = next_word(&args), *xpath, *err;

	rest_trimmed(args, &xpath);
	if (host == NULL || field == NULL || xpath == NULL)
		error_at(c, file, lineno, _("usage: site HOST FIELD XPATH"));
	else if (sites_set(&c->sites, host, field, xpath, &err) != 0) {
		error_at(c, file, lineno, err);
		free(err);
	}
	free(host);
	free(field);
	free(xpath);
}

static const struct {
	const char *keyword;
	void (*parse)(struct config *, const char *, int, const char *);
} keywords[] = {
	{"site", parse_site},
};

void
config_line(struct config *c, const char *file, int lineno, const char *line)
{
	const char *p = line;
	char *word = next_word(&p), *msg;

	if (word == NULL || word[0] == '#') {
		free(word);
		return;
	}
	for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
		if (strcmp(word, keywords[i].keyword) == 0) {
			keywords[i].parse(c, file, lineno, p);
			free(word);
			return;
		}
	}
	msg = xasprintf(_("unknown keyword '%s'"), word);
	error_at(c, file, lineno, msg);
	free(msg);
	free(word);
}

int
config_load(struct config *c, const char *path, int optional)
{
	FILE *f = fopen(path, "r");
	size_t before = c->errors.n, cap = 0;
	char *line = NULL;
	int lineno = 0;

	if (f == NULL) {
		if (!(optional && errno == ENOENT)) {
			char *msg = xasprintf(_("cannot read: %s"), strerror(errno));

			error_at(c, path, 0, msg);
			free(msg);
		}
		return (int)(c->errors.n - before);
	}
	while (getline(&line, &cap, f) != -1)
		config_line(c, path, ++lineno, line);
	free(line);
	fclose(f);
	return (int)(c->errors.n - before);
}

void
config_free(struct config *c)
{
	sites_free(&c->sites);
	strlist_free(&c->errors);
}
