/* config_add: sources appended to the config file; see config_add.h. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "config_add.h"
#include "i18n.h"
#include "text.h"

#define NAME_CHARS 40
#define URL_MAX 2048		/* a config line holds the URL with room to spare */

char *
config_source_name(const char *title, const char *url)
{
	char *t = text_clean(title ? title : "", title ? strlen(title) : 0);
	size_t at = 0, len = strlen(t), k = 0;
	uint32_t cp;

	for (; k < NAME_CHARS && at < len; k++)
		at += utf8_decode(t + at, len - at, &cp);
	t[at] = '\0';
	for (char *p = t; *p; p++)
		if (*p == ' ')
			*p = '_';	/* text_clean left single spaces only */
	if (*t == '\0') {	/* the host: between "//" and the next '/' */
		const char *h = strstr(url, "//");

		free(t);
		h = h ? h + 2 : url;
		t = text_clean(h, strcspn(h, "/?#"));
		if (*t == '\0') {
			free(t);
			t = xstrdup("feed");
		}
	}
	return t;
}

/* Can a config line hold this word (one word, no control characters)? */
static int
fits(const char *s, size_t max)
{
	size_t n = strlen(s);

	if (n == 0 || n > max)
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p <= ' ' || *p == 0x7f)
			return 0;
	return 1;
}

/* The file to rewrite: path, or the file its link names (a new string);
 * *st its state, st->st_mode 0 when it does not exist yet.  NULL with
 * *err when it cannot be the config file. */
static char *
target(const char *path, struct stat *st, char **err)
{
	char *real = realpath(path, NULL);

	memset(st, 0, sizeof *st);
	if (real == NULL) {
		if (errno != ENOENT) {
			*err = xasprintf("%s: %s", path, strerror(errno));
			return NULL;
		}
		if (make_parents(path) != 0) {
			*err = xasprintf(_("%s: cannot make its directory: %s"), path, strerror(errno));
			return NULL;
		}
		return xstrdup(path);	/* a new file (or a dangling link's name) */
	}
	if (stat(real, st) != 0 || !S_ISREG(st->st_mode)) {
		*err = xasprintf(_("%s: not a regular file; not changed"), path);
		free(real);
		return NULL;
	}
	if (st->st_size > CONFIG_MAX_SIZE) {
		*err = xasprintf(_("%s: larger than %d MiB; not changed"), path, CONFIG_MAX_SIZE >> 20);
		free(real);
		return NULL;
	}
	return real;
}

/* The URLs of the source lines in text. */
static void
listed_urls(const char *text, size_t len, const char *name, struct strset *seen)
{
	struct config c = {0};
	FILE *f;

	if (len == 0 || (f = fmemopen((void *)text, len, "r")) == NULL)
		return;
	config_read(&c, f, name);
	fclose(f);
	for (size_t i = 0; i < c.nsources; i++)
		strset_add(seen, c.sources[i].url);
	config_free(&c);
}

/* Writes text to a new file beside real and renames it over real; 0, or
 * -1 with *err and nothing changed. */
static int
replace(const char *real, const struct stat *st, const struct buf *text, char **err)
{
	char *tmp = xasprintf("%s.XXXXXX", real);
	int fd = mkstemp(tmp), ok;
	FILE *f;

	if (fd < 0) {
		*err = xasprintf(_("%s: cannot write beside it: %s"), real, strerror(errno));
		free(tmp);
		return -1;
	}
	/* the old file's permissions; a new one stays the owner's (0600) */
	ok = st->st_mode == 0 || fchmod(fd, st->st_mode & 07777) == 0;
	if (!ok || (f = fdopen(fd, "w")) == NULL) {
		ok = 0;
		close(fd);
	} else {
		ok = fwrite(text->s, 1, text->len, f) == text->len && fflush(f) == 0 &&
		    fsync(fileno(f)) == 0;
		ok = fclose(f) == 0 && ok;
	}
	if (ok && rename(tmp, real) == 0) {
		free(tmp);
		return 0;
	}
	*err = xasprintf(_("%s: cannot write: %s"), real, strerror(errno));
	unlink(tmp);
	free(tmp);
	return -1;
}

int
config_add_sources(const char *path, const struct source *add, size_t n,
    struct config_added *out, char **err)
{
	struct stat st;
	struct strset seen = {0};
	struct buf b = {0};
	char *real = target(path, &st, err), *old = NULL;
	size_t len = 0;
	int rc = 0;

	memset(out, 0, sizeof *out);
	if (real == NULL)
		return -1;
	if (st.st_mode != 0 && (old = read_file(real, CONFIG_MAX_SIZE, &len)) == NULL) {
		*err = xasprintf(_("%s: cannot read: %s"), path, strerror(errno));
		free(real);
		return -1;
	}
	listed_urls(old, len, path, &seen);
	buf_add(&b, old ? old : "", len);
	if (len > 0 && old[len - 1] != '\n')
		buf_addc(&b, '\n');	/* the last line stays a line of its own */
	for (size_t i = 0; i < n; i++) {
		if (!fits(add[i].url, URL_MAX) || !fits(add[i].name, CONFIG_MAX_LINE / 2))
			out->unfit++;
		else if (!strset_add(&seen, add[i].url))
			out->present++;
		else {
			buf_addf(&b, "source %s %s\n", add[i].name, add[i].url);
			out->added++;
		}
	}
	if (out->added > 0)
		rc = replace(real, &st, &b, err);
	if (rc != 0)
		out->added = 0;
	buf_free(&b);
	strset_free(&seen);
	free(old);
	free(real);
	return rc;
}
