/*
 * config_read: the config file read line by line into config_line(),
 * bounded so that no file can freeze start-up (see config_file.h for the
 * bounds); its problems go to config_error (config_int.h).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "config_file.h"
#include "config_int.h"
#include "i18n.h"

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
			config_error(c, name, lineno, msg);
			free(msg);
			break;
		}
		if (end == LINE_LONG) {
			msg = xasprintf(_("line too long (over %d bytes); skipped"), CONFIG_MAX_LINE);
			config_error(c, name, lineno, msg);
			free(msg);
			continue;
		}
		config_line(c, name, lineno, line);
	}
	if (ferror(f)) {
		msg = xasprintf(_("cannot read: %s"), strerror(errno));
		config_error(c, name, 0, msg);
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
		config_error(c, path, 0, msg);
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
