/*
 * download: where d saves a link's target, and under what name.
 *
 * download_name() and download_dir() are pure (no I/O): a name made safe
 * from what the server and the URL say, and the directory by the XDG
 * user directories.  download_save() is the one function that touches
 * the disk: the bytes go to a temporary file in the directory, which is
 * renamed to the name (or "name (1).ext", "name (2).ext" ...) once it is
 * whole, so a failed save leaves nothing behind and no file is ever
 * written over.  Every char * returned is new and the caller's.
 */
#ifndef KANBAO_DOWNLOAD_H
#define KANBAO_DOWNLOAD_H

#include <stddef.h>

#define DOWNLOAD_NAME_MAX 200	/* bytes of a name, its " (n)" aside */
#define DOWNLOAD_FALLBACK "download"	/* a name when nothing else gives one */

/*
 * The name to save a file under: from the Content-Disposition header
 * (disposition, NULL: none; filename*= of RFC 5987 before filename=),
 * else the last segment of url's path, percent-decoded.  Made safe: the
 * last path component only (no '/', no '\'), no control or other
 * characters a terminal acts on, no leading dots or spaces, at most
 * DOWNLOAD_NAME_MAX bytes (the extension kept), never empty
 * (DOWNLOAD_FALLBACK).  Bytes that are not UTF-8 are read as GB18030.
 */
char *download_name(const char *disposition, const char *url);

/*
 * The directory downloads go to: xdg_download (the environment's
 * XDG_DOWNLOAD_DIR) when it is an absolute path, else the
 * XDG_DOWNLOAD_DIR line of user_dirs (the text of user-dirs.dirs, NULL:
 * none; "$HOME/..." or an absolute path), else home/Downloads.  NULL
 * when all that is left is a home that is not there.
 */
char *download_dir(const char *xdg_download, const char *user_dirs, const char *home);

/* name with " (n)" before its extension ("a.tar.gz" -> "a (1).tar.gz"
 * is not attempted: "a.tar (1).gz"); n 0: name itself. */
char *download_variant(const char *name, unsigned n);

/*
 * Saves the len bytes at s in dir (made if missing) under name, or its
 * first variant not taken, as described above; returns the path saved
 * to, or NULL with *err a new message saying why (a full disk says so).
 */
char *download_save(const char *dir, const char *name, const char *s, size_t len,
    char **err);

#endif
