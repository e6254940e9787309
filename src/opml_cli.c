/*
 * opml_cli: `kanbao --import-opml FILE` and `kanbao --export-opml`; see
 * opml.h.  The file read is bounded and must be a regular file, so a
 * FIFO or a device cannot hold the command up.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config_add.h"
#include "i18n.h"
#include "opml.h"
#include "text.h"

/* FILE's bytes, or NULL with *err. */
static char *
read_opml(const char *file, size_t *len, char **err)
{
	struct stat st;
	char *text;

	if (stat(file, &st) != 0) {
		*err = xstrdup(strerror(errno));
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = xstrdup(_("not a regular file"));
		return NULL;
	}
	if ((text = read_file(file, OPML_MAX_BYTES, len)) == NULL)
		*err = errno == EFBIG ?
		    xasprintf(_("larger than %u MiB: not read"), OPML_MAX_BYTES >> 20) :
		    xstrdup(strerror(errno));
	return text;
}

/* Says what went wrong with what, cleaned, on stderr; 2. */
static int
failed(const char *what, char *err)
{
	char *w = text_clean(what, strlen(what)), *e = text_clean(err, strlen(err));

	fprintf(stderr, _("%s: %s: %s; the config is not changed\n"), PACKAGE, w, e);
	free(w);
	free(e);
	free(err);
	return 2;
}

int
opml_import_cli(const char *file, const char *config_path)
{
	struct opml o;
	struct config_added got;
	char *text, *err = NULL;
	size_t len;
	int rc;

	if (config_path == NULL)
		return failed(file, xstrdup(_("there is no config file to add to (HOME is not set)")));
	if ((text = read_opml(file, &len, &err)) == NULL)
		return failed(file, err);
	rc = opml_parse(text, len, &o, &err);
	free(text);
	if (rc != 0)
		return failed(file, err);
	for (size_t i = 0; i < o.n; i++) {	/* names as the config takes them */
		char *name = config_source_name(o.v[i].name, o.v[i].url);

		free(o.v[i].name);
		o.v[i].name = name;
	}
	rc = config_add_sources(config_path, o.v, o.n, &got, &err);
	if (rc != 0) {
		opml_free(&o);
		return failed(config_path, err);
	}
	printf(ngettext("Added %zu feed to %s", "Added %zu feeds to %s", got.added),
	    got.added, config_path);
	printf(_(" (%zu already there, %zu skipped)\n"), got.present, o.skipped + got.unfit);
	opml_free(&o);
	return 0;
}

int
opml_export_cli(const struct config *c)
{
	opml_write(c->sources, c->nsources, stdout);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror(PACKAGE ": stdout");
		return 2;
	}
	return 0;
}
