/*
 * download_save: a downloaded file onto the disk; see download.h.
 *
 * The bytes go to a temporary file in the directory first (mkstemp: a
 * hidden name of its own); once they are all written and synced, the
 * final name is taken with O_EXCL (the first of "name", "name (1)" ...
 * that nobody has: never another's file written over) and the temporary
 * file is renamed onto it.  Any failure removes what was made, so a
 * file either is there whole or is not there at all.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "download.h"
#include "i18n.h"
#include "util.h"

#define VARIANTS_MAX 1000	/* "name (999).ext" is the last tried */

/* Why a write failed, for a person: a full disk in plain words. */
static const char *
why(int err)
{
	if (err == ENOSPC)
		return _("the disk is full");
#ifdef EDQUOT
	if (err == EDQUOT)
		return _("the disk quota is used up");
#endif
	return strerror(err);
}

/* dir, and the directories above it, made if missing. */
static int
make_dir(const char *dir)
{
	char *inside = xasprintf("%s/x", dir);
	int rc = make_parents(inside);

	free(inside);
	return rc;
}

/* All n bytes at s to fd; 0, or -1 with errno. */
static int
write_all(int fd, const char *s, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, s, n)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* The first of name's variants in dir that nobody has, made empty and
 * ours (O_EXCL): its path, and its descriptor in *fd; NULL with errno. */
static char *
claim(const char *dir, const char *name, int *fd)
{
	for (unsigned n = 0; n < VARIANTS_MAX; n++) {
		char *v = download_variant(name, n);
		char *path = xasprintf("%s/%s", dir, v);

		free(v);
		if ((*fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666)) >= 0)
			return path;
		free(path);
		if (errno != EEXIST)
			return NULL;
	}
	errno = EEXIST;
	return NULL;
}

/* The temporary file tmp (open as fd, bytes written) becomes a new file
 * of name in dir, with the mode a new file gets (the umask's); returns
 * its path, or NULL with errno (and tmp left for the caller to remove). */
static char *
put_in_place(const char *dir, const char *name, const char *tmp, int fd)
{
	struct stat st;
	int final, err;
	char *path = claim(dir, name, &final);

	if (path == NULL)
		return NULL;
	if (fstat(final, &st) != 0 || fchmod(fd, st.st_mode & 07777) != 0 ||
	    rename(tmp, path) != 0) {
		err = errno;
		close(final);
		unlink(path);
		free(path);
		errno = err;
		return NULL;
	}
	close(final);
	return path;
}

char *
download_save(const char *dir, const char *name, const char *s, size_t len, char **err)
{
	char *tmp = xasprintf("%s/.kanbao-download-XXXXXX", dir), *path = NULL;
	int fd = -1, e;

	*err = NULL;
	if (make_dir(dir) != 0 || (fd = mkstemp(tmp)) < 0) {
		*err = xasprintf(_("cannot save in %s: %s"), dir, why(errno));
		free(tmp);
		return NULL;
	}
	if (write_all(fd, s, len) != 0 || fsync(fd) != 0 ||
	    (path = put_in_place(dir, name, tmp, fd)) == NULL) {
		e = errno;
		close(fd);
		unlink(tmp);
		*err = xasprintf(_("cannot save %s in %s: %s"), name, dir, why(e));
		free(tmp);
		return NULL;
	}
	if (close(fd) != 0) {	/* a network disk may say only now that it is full */
		e = errno;
		unlink(path);
		*err = xasprintf(_("cannot save %s in %s: %s"), name, dir, why(e));
		free(path);
		path = NULL;
	}
	free(tmp);
	return path;
}
