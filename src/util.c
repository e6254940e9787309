/* util: allocation, growable strings and files; see util.h. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

void (*fatal_hook)(void);

void
fatal(const char *fmt, ...)
{
	va_list ap;

	if (fatal_hook != NULL)
		fatal_hook();
	fputs("kanbao: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

#define HUGE_HINT (4u << 20)	/* bytes of a block worth the hint */

/* Asks the kernel to back a big block with huge pages where it gives
 * them (a hint; it may say no): a page of 16 MiB makes arrays of tens of
 * MiB, and filling them 4 KiB at a time, a fault each, cost a fifth of
 * its run in system time.  Only a block that is a mapping of its own is
 * hinted, glibc's for blocks past main's mmap threshold, whose 16 bytes
 * of header and usable size span whole pages: a hint on part of a
 * mapping splits it, and realloc could no longer grow it in place. */
static void
hint_huge(void *p)
{
#if defined(MADV_HUGEPAGE) && defined(__GLIBC__)
	uintptr_t start = (uintptr_t)p - 2 * sizeof(size_t);
	uintptr_t end = (uintptr_t)p + malloc_usable_size(p);
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);

	if (page > 0 && start % page == 0 && end % page == 0)
		(void)madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
	(void)p;
#endif
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		fatal("out of memory");
	if (n >= HUGE_HINT)
		hint_huge(p);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		fatal("out of memory");
	if (size != 0 && n >= HUGE_HINT / size)
		hint_huge(p);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		fatal("out of memory");
	if (n >= HUGE_HINT)
		hint_huge(p);
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > (size_t)-1 / size)
		fatal("out of memory");
	return xrealloc(p, n * size);
}

void *
xgrow(void *p, size_t n, size_t size)
{
	return (n & (n - 1)) == 0 ? xreallocarray(p, n ? n * 2 : 8, size) : p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	if (n > 0)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* The formatted string, new; a copy of ap is measured first. */
static char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list again;
	char *s;
	int n;

	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, again);
	va_end(again);
	if (n < 0)
		fatal("bad format");
	s = xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

static void
buf_grow(struct buf *b, size_t more)
{
	size_t want = b->len + more + 1;

	if (want < b->len)
		fatal("out of memory");
	if (want <= b->cap)
		return;
	b->cap = b->cap ? b->cap : 64;
	while (b->cap < want)
		b->cap = b->cap > (size_t)-1 / 2 ? want : b->cap * 2;
	b->s = xrealloc(b->s, b->cap);
}

void
buf_add(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	if (n)
		memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addc(struct buf *b, char c)
{
	if (b->len + 2 > b->cap)
		buf_grow(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

void
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *
buf_steal(struct buf *b)
{
	char *s = b->s ? b->s : xstrdup("");

	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void
buf_free(struct buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

void
strlist_push(struct strlist *l, char *owned)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = owned;
}

void
strlist_pushf(struct strlist *l, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	strlist_push(l, xvasprintf(fmt, ap));
	va_end(ap);
}

char *
xdg_path(const char *env, const char *home_dir, const char *file)
{
	const char *xdg = getenv(env), *home = getenv("HOME");

	if (xdg != NULL && xdg[0] == '/')	/* relative ones are invalid */
		return xasprintf("%s/kanbao/%s", xdg, file);
	if (home != NULL && home[0] != '\0')
		return xasprintf("%s/%s/kanbao/%s", home, home_dir, file);
	return NULL;
}

int
make_parents(const char *path)
{
	char *dir = xstrdup(path), *p;
	int rc = 0;

	for (p = dir + 1; rc == 0 && (p = strchr(p, '/')) != NULL; p++) {
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST)
			rc = -1;
		*p = '/';
	}
	free(dir);
	return rc;
}

char *
strlist_take(struct strlist *l, size_t *taken)
{
	char *s;

	if (*taken >= l->n)
		return NULL;
	s = l->v[*taken];
	l->v[(*taken)++] = NULL;
	return s;
}

void
strlist_free(struct strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

size_t
str_hash(const char *s)
{
	size_t h = 14695981039346656037u;	/* FNV-1a */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static void
strset_grow(struct strset *set)
{
	size_t cap = set->cap ? set->cap * 2 : 64;
	struct strset bigger = {xcalloc(cap, sizeof(char *)), 0, cap, set->borrows,
		xcalloc(cap, sizeof(uint32_t))};

	for (size_t i = 0; i < set->cap; i++) {
		if (set->slots[i] == NULL)
			continue;
		size_t j = set->hashes[i] & (bigger.cap - 1);

		while (bigger.slots[j] != NULL)
			j = (j + 1) & (bigger.cap - 1);
		bigger.slots[j] = set->slots[i];
		bigger.hashes[j] = set->hashes[i];
		bigger.n++;
	}
	free(set->slots);
	free(set->hashes);
	*set = bigger;
}

int
strset_add(struct strset *set, const char *s)
{
	uint32_t h = (uint32_t)str_hash(s);
	size_t j;

	if ((set->n + 1) * 2 > set->cap)
		strset_grow(set);
	for (j = h & (set->cap - 1); set->slots[j] != NULL; j = (j + 1) & (set->cap - 1))
		if (set->hashes[j] == h && strcmp(set->slots[j], s) == 0)
			return 0;
	set->slots[j] = set->borrows ? (char *)s : xstrdup(s);
	set->hashes[j] = h;
	set->n++;
	return 1;
}

void
strset_free(struct strset *set)
{
	for (size_t i = 0; i < set->cap && !set->borrows; i++)
		free(set->slots[i]);
	free(set->slots);
	free(set->hashes);
	memset(set, 0, sizeof *set);
}

char *
read_file(const char *path, size_t max, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct buf b = {0};
	char chunk[65536];
	size_t n;
	struct stat st;

	if (f == NULL)
		return NULL;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		errno = EISDIR;
		return NULL;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (b.len + n > max) {
			fclose(f);
			buf_free(&b);
			errno = EFBIG;
			return NULL;
		}
		buf_add(&b, chunk, n);
	}
	if (ferror(f)) {
		int e = errno;

		fclose(f);
		buf_free(&b);
		errno = e ? e : EIO;
		return NULL;
	}
	fclose(f);
	*len = b.len;
	return buf_steal(&b);
}

int
str_istarts(const char *s, const char *prefix)
{
	/* most answers are no at the first letter */
	if (*prefix != '\0' && tolower((unsigned char)*s) != tolower((unsigned char)*prefix))
		return 0;
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}
