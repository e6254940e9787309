/* config: the lines of the config file, each keyword's arguments read
 * into struct config; see config_file.h (config_read.c reads the file). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "config_file.h"
#include "config_int.h"
#include "convert.h"
#include "picture.h"

char *
config_default_path(void)
{
	return xdg_path("XDG_CONFIG_HOME", ".config", "config");
}

/* A file of thousands of bad lines gives a few messages, not thousands. */
void
config_error(struct config *c, const char *file, int lineno, const char *msg)
{
	char *clean;

	if (c->errors.n >= CONFIG_MAX_ERRORS) {
		c->errors_more++;
		return;
	}
	clean = text_clean(msg, strlen(msg));
	if (lineno > 0)
		strlist_push(&c->errors, xasprintf("%s:%d: %s", file, lineno, clean));
	else
		strlist_push(&c->errors, xasprintf("%s: %s", file, clean));
	free(clean);
}

/* Splits off the next word of *p (spaces and tabs separate words). */
static char *
next_word(const char **p)
{
	const char *s = *p, *e;

	/* config_load() hands over lines with their newline */
	while (*s != '\0' && strchr(" \t\r\n", *s) != NULL)
		s++;
	for (e = s; *e != '\0' && strchr(" \t\r\n", *e) == NULL; e++)
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
		config_error(c, file, lineno, _("usage: site HOST FIELD XPATH"));
	else if (sites_set(&c->sites, host, field, xpath, &err) != 0) {
		config_error(c, file, lineno, err);
		free(err);
	}
	free(host);
	free(field);
	free(xpath);
}

static char *
where(const char *file, int lineno)
{
	return xasprintf("%s:%d", file, lineno);
}

static void
parse_source(struct config *c, const char *file, int lineno, const char *args)
{
	char *name = next_word(&args), *url = next_word(&args), *extra = next_word(&args);

	if (name == NULL || url == NULL || extra != NULL) {
		config_error(c, file, lineno, _("usage: source NAME URL"));
		free(name);
		free(url);
		free(extra);
		return;
	}
	c->sources = xreallocarray(c->sources, c->nsources + 1, sizeof *c->sources);
	c->sources[c->nsources++] = (struct source){name, url};
}

static void
parse_bind(struct config *c, const char *file, int lineno, const char *args)
{
	char *key = next_word(&args), *action = next_word(&args), *extra = next_word(&args);

	if (key == NULL || action == NULL || extra != NULL) {
		config_error(c, file, lineno, _("usage: bind KEY ACTION"));
		free(key);
		free(action);
		free(extra);
		return;
	}
	c->bindings = xreallocarray(c->bindings, c->nbindings + 1, sizeof *c->bindings);
	c->bindings[c->nbindings++] = (struct key_binding){key, action, where(file, lineno)};
}

static int
is_color_name(const char *s)
{
	static const char *const names[] = {"default", "black", "red", "green",
		"yellow", "blue", "magenta", "cyan", "white", NULL};

	for (const char *const *n = names; *n; n++)
		if (strcmp(s, *n) == 0)
			return 1;
	return 0;
}

static void
parse_color(struct config *c, const char *file, int lineno, const char *args)
{
	char *element = next_word(&args), *fg = next_word(&args), *bg = next_word(&args);
	char *extra = next_word(&args), *msg;

	if (element == NULL || fg == NULL || extra != NULL) {
		config_error(c, file, lineno, _("usage: color ELEMENT FOREGROUND [BACKGROUND]"));
	} else if (!is_color_name(fg) || (bg != NULL && !is_color_name(bg))) {
		msg = xasprintf(_("unknown colour '%s'"), is_color_name(fg) ? bg : fg);
		config_error(c, file, lineno, msg);
		free(msg);
	} else {
		c->colors = xreallocarray(c->colors, c->ncolors + 1, sizeof *c->colors);
		c->colors[c->ncolors++] = (struct color){element, fg, bg, where(file, lineno)};
		return;
	}
	free(element);
	free(fg);
	free(bg);
	free(extra);
}

/* Reads one whole number from min to max; -1 with a message otherwise. */
static long
number_arg(struct config *c, const char *file, int lineno, const char *args,
    long min, long max)
{
	char *word = next_word(&args), *rest = next_word(&args), *end = NULL, *msg;
	long n = word ? strtol(word, &end, 10) : 0;

	if (word == NULL || rest != NULL || *end != '\0' || n < min || n > max) {
		msg = xasprintf(_("expected a number from %ld to %ld"), min, max);
		config_error(c, file, lineno, msg);
		free(msg);
		n = -1;
	}
	free(word);
	free(rest);
	return n;
}

static void
parse_timeout(struct config *c, const char *file, int lineno, const char *args)
{
	long n = number_arg(c, file, lineno, args, 1, 86400);

	if (n > 0)
		c->timeout = n;
}

static void
parse_cache_size(struct config *c, const char *file, int lineno, const char *args)
{
	long n = number_arg(c, file, lineno, args, 1, 1024 * 1024);

	if (n > 0)
		c->cache_mib = n;
}

static void
parse_ambiguous(struct config *c, const char *file, int lineno, const char *args)
{
	long n = number_arg(c, file, lineno, args, 1, 2);

	if (n > 0)
		c->ambiguous_width = (int)n;
}

static void
parse_convert(struct config *c, const char *file, int lineno, const char *args)
{
	char *mode = next_word(&args), *extra = next_word(&args), *msg;
	enum convert_mode m;

	if (mode == NULL || extra != NULL) {
		config_error(c, file, lineno, _("usage: convert t2s|s2t|none"));
	} else if (convert_mode_parse(mode, &m) != 0) {
		msg = xasprintf(_("unknown conversion '%s' (t2s: traditional to simplified, "
		    "s2t: simplified to traditional, or none)"), mode);
		config_error(c, file, lineno, msg);
		free(msg);
	} else {
		c->convert = (int)m;
	}
	free(mode);
	free(extra);
}

static void
parse_text_width(struct config *c, const char *file, int lineno, const char *args)
{
	long n = number_arg(c, file, lineno, args, 0, 10000);

	if (n >= 0)
		c->text_width = (int)n;
}

static void
parse_images(struct config *c, const char *file, int lineno, const char *args)
{
	char *mode = next_word(&args), *extra = next_word(&args), *msg;
	enum picture_mode m;

	if (mode == NULL || extra != NULL) {
		config_error(c, file, lineno, _("usage: images auto|symbols|sixel|kitty|none"));
	} else if (picture_mode_parse(mode, &m) != 0) {
		msg = xasprintf(_("unknown images '%s' (auto, symbols, sixel, kitty or none)"), mode);
		config_error(c, file, lineno, msg);
		free(msg);
	} else {
		c->images = (int)m;
	}
	free(mode);
	free(extra);
}

static void
parse_browser(struct config *c, const char *file, int lineno, const char *args)
{
	char *cmd;

	rest_trimmed(args, &cmd);
	if (cmd == NULL) {
		config_error(c, file, lineno, _("usage: browser COMMAND [ARGUMENT]..."));
		return;
	}
	free(c->browser);
	c->browser = cmd;
}

static const struct {
	const char *keyword;
	void (*parse)(struct config *, const char *, int, const char *);
} keywords[] = {
	{"source", parse_source},
	{"bind", parse_bind},
	{"color", parse_color},
	{"colour", parse_color},
	{"timeout", parse_timeout},
	{"cache-size", parse_cache_size},
	{"browser", parse_browser},
	{"ambiguous-width", parse_ambiguous},
	{"convert", parse_convert},
	{"text-width", parse_text_width},
	{"images", parse_images},
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
	config_error(c, file, lineno, msg);
	free(msg);
	free(word);
}

void
config_free(struct config *c)
{
	for (size_t i = 0; i < c->nsources; i++) {
		free(c->sources[i].name);
		free(c->sources[i].url);
	}
	free(c->sources);
	for (size_t i = 0; i < c->nbindings; i++) {
		free(c->bindings[i].key);
		free(c->bindings[i].action);
		free(c->bindings[i].where);
	}
	free(c->bindings);
	for (size_t i = 0; i < c->ncolors; i++) {
		free(c->colors[i].element);
		free(c->colors[i].fg);
		free(c->colors[i].bg);
		free(c->colors[i].where);
	}
	free(c->colors);
	free(c->browser);
	sites_free(&c->sites);
	strlist_free(&c->errors);
	memset(c, 0, sizeof *c);
}
