/* config: the config file; see config_file.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "i18n.h"
#include "text.h"
#include "config_file.h"
#include "convert.h"
#include "picture.h"

char *
config_default_path(void)
{
	return xdg_path("XDG_CONFIG_HOME", ".config", "config");
}

/* Keeps the first CONFIG_MAX_ERRORS messages and counts the rest: a file
 * of thousands of bad lines gives a few messages, not thousands.  Line 0
 * is the file as a whole. */
static void
error_at(struct config *c, const char *file, int lineno, const char *msg)
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
		error_at(c, file, lineno, _("usage: site HOST FIELD XPATH"));
	else if (sites_set(&c->sites, host, field, xpath, &err) != 0) {
		error_at(c, file, lineno, err);
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
		error_at(c, file, lineno, _("usage: source NAME URL"));
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
		error_at(c, file, lineno, _("usage: bind KEY ACTION"));
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
		error_at(c, file, lineno, _("usage: color ELEMENT FOREGROUND [BACKGROUND]"));
	} else if (!is_color_name(fg) || (bg != NULL && !is_color_name(bg))) {
		msg = xasprintf(_("unknown colour '%s'"), is_color_name(fg) ? bg : fg);
		error_at(c, file, lineno, msg);
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
		error_at(c, file, lineno, msg);
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
		error_at(c, file, lineno, _("usage: convert t2s|s2t|none"));
	} else if (convert_mode_parse(mode, &m) != 0) {
		msg = xasprintf(_("unknown conversion '%s' (t2s: traditional to simplified, "
		    "s2t: simplified to traditional, or none)"), mode);
		error_at(c, file, lineno, msg);
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
		error_at(c, file, lineno, _("usage: images auto|symbols|sixel|kitty|none"));
	} else if (picture_mode_parse(mode, &m) != 0) {
		msg = xasprintf(_("unknown images '%s' (auto, symbols, sixel, kitty or none)"), mode);
		error_at(c, file, lineno, msg);
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
		error_at(c, file, lineno, _("usage: browser COMMAND [ARGUMENT]..."));
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
	error_at(c, file, lineno, msg);
	free(msg);
	free(word);
}

enum line_end { LINE_OK, LINE_LONG, LINE_EOF, LINE_FULL };

/* Reads one line of f into buf (size bytes, NUL-terminated, without its
 * newline).  A line longer than buf is read to its end and LINE_LONG;
 * LINE_FULL once *total passes CONFIG_MAX_SIZE; LINE_EOF at the end with
 * nothing read.  Only buf is ever held: a file without newlines costs no
 * memory, and the size bound ends a file that never ends. */
static enum line_end
read_line(FILE *f, char *buf, size_t size, size_t *total)
{
	size_t len = 0;
	int ch, long_line = 0, any = 0;

	while ((ch = getc(f)) != EOF) {
		any = 1;
		if (++*total > CONFIG_MAX_SIZE)
			return LINE_FULL;
		if (ch == '\n')
			break;
		if (len + 1 < size)
			buf[len++] = (char)ch;
		else
			long_line = 1;
	}
	buf[len] = '\0';
	if (!any)
		return LINE_EOF;
	return long_line ? LINE_LONG : LINE_OK;
}

int
config_read(struct config *c, FILE *f, const char *name)
{
	size_t before = c->errors.n + c->errors_more, total = 0;
	char line[CONFIG_MAX_LINE + 1], *msg;
	enum line_end end;
	int lineno = 0;

	while ((end = read_line(f, line, sizeof line, &total)) != LINE_EOF) {
		lineno++;
		if (end == LINE_FULL) {
			msg = xasprintf(_("the file is larger than %d MiB; the rest is not read"),
			    CONFIG_MAX_SIZE >> 20);
			error_at(c, name, lineno, msg);
			free(msg);
			break;
		}
		if (end == LINE_LONG) {
			msg = xasprintf(_("line too long (over %d bytes); skipped"), CONFIG_MAX_LINE);
			error_at(c, name, lineno, msg);
			free(msg);
			continue;
		}
		config_line(c, name, lineno, line);
	}
	if (ferror(f)) {
		msg = xasprintf(_("cannot read: %s"), strerror(errno));
		error_at(c, name, 0, msg);
		free(msg);
	}
	return (int)(c->errors.n + c->errors_more - before);
}

/* Opens path for reading if it is a regular file; NULL with *msg (new)
 * saying why not.  O_NONBLOCK keeps open() of a FIFO from waiting for a
 * writer; the check then refuses it, as it refuses devices (/dev/zero
 * never ends) and directories.  NULL with *msg NULL: open() failed, and
 * errno says why. */
static FILE *
open_regular(const char *path, char **msg)
{
	struct stat st;
	FILE *f = NULL;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC), flags;

	*msg = NULL;
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) != 0)
		*msg = xasprintf(_("cannot read: %s"), strerror(errno));
	else if (S_ISDIR(st.st_mode))
		*msg = xstrdup(_("is a directory, not a config file"));
	else if (!S_ISREG(st.st_mode))
		*msg = xstrdup(_("not a regular file (a device, FIFO or socket); not read"));
	else if ((flags = fcntl(fd, F_GETFL)) == -1 ||
	    fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == -1 ||
	    (f = fdopen(fd, "r")) == NULL)
		*msg = xasprintf(_("cannot read: %s"), strerror(errno));
	if (f == NULL)
		close(fd);
	return f;
}

int
config_load(struct config *c, const char *path, int optional)
{
	size_t more = c->errors_more;
	char *msg;
	FILE *f = open_regular(path, &msg);
	int problems = 1;

	if (f == NULL && msg == NULL) {
		if (optional && errno == ENOENT)
			return 0;
		msg = xasprintf(_("cannot read: %s"), strerror(errno));
	}
	if (f == NULL) {
		error_at(c, path, 0, msg);
		free(msg);
	} else {
		problems = config_read(c, f, path);
		fclose(f);
	}
	/* the count of what the cap left out comes last */
	if (c->errors_more > more) {
		size_t n = c->errors_more - more;

		strlist_push(&c->errors, xasprintf(ngettext("… and %zu more problem in %s",
		    "… and %zu more problems in %s", n), n, path));
	}
	return problems;
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
