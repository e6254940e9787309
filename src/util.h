/*
 * util: the small pieces every module uses.
 *
 * Allocation never fails for the caller: out of memory is fatal (design
 * practice 8), so x*alloc() either return memory or end the program after
 * calling the hook that restores the terminal.  A struct buf is a growable
 * NUL-terminated byte string that owns its memory.
 */
#ifndef KANBAO_UTIL_H
#define KANBAO_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
/* Room for one more element in p, an array of n elements that grows only
 * through here: doubled when n is zero or a power of two, so n appends
 * cost O(n) in all. */
void *xgrow(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
/* The n bytes at s, NUL bytes and all, and a NUL after them (s may be
 * NULL when n is 0). */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Called before the program exits on a fatal error (the UI restores the terminal). */
extern void (*fatal_hook)(void);
void fatal(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

struct buf {
	char *s;		/* always NUL-terminated once anything was added */
	size_t len, cap;
};

void buf_add(struct buf *b, const char *s, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *buf_steal(struct buf *b);	/* hands the string to the caller, resets b */
void buf_free(struct buf *b);

/* A growable array of owned strings. */
struct strlist {
	char **v;
	size_t n, cap;
};

void strlist_push(struct strlist *l, char *owned);
void strlist_pushf(struct strlist *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the caller the oldest string not yet taken (*taken counts them),
 * or NULL when all are: a queue of messages read once. */
char *strlist_take(struct strlist *l, size_t *taken);
void strlist_free(struct strlist *l);

/* A set of strings (open addressing); it copies what it holds, unless
 * borrows is set: it then holds the caller's strings, which must outlive
 * it (a list page's URLs, kept by the list, not a second copy of each). */
struct strset {
	char **slots;
	size_t n, cap;
	int borrows;
	uint32_t *hashes;	/* each slot's string's (its low half), so growing
				 * hashes nothing again */
};

/* s's FNV-1a hash, the one strset keeps. */
size_t str_hash(const char *s);

/* Adds s; returns 1 when it was new, 0 when already there. */
int strset_add(struct strset *set, const char *s);
void strset_free(struct strset *set);

/* $env/kanbao/file when env names an absolute directory, else
 * $HOME/home_dir/kanbao/file (XDG base directories); NULL without a home. */
char *xdg_path(const char *env, const char *home_dir, const char *file);

/* Creates the directories above path, like mkdir -p; 0, or -1 with errno. */
int make_parents(const char *path);

/* Reads a whole file, at most max bytes; NULL with errno set on failure. */
char *read_file(const char *path, size_t max, size_t *len);

/* Does s start with prefix?  Inline, byte by byte: extraction asks it
 * millions of times on a long page, and most answers are no at the first
 * byte, which strncmp(s, prefix, strlen(prefix)) reached only after
 * measuring the prefix. */
static inline int
str_starts(const char *s, const char *prefix)
{
	for (; *prefix != '\0'; s++, prefix++)
		if (*s != *prefix)
			return 0;
	return 1;
}

int str_istarts(const char *s, const char *prefix);

#endif
