/*
 * memory_int: what memory.c (opening, the queue, writing it) shares with
 * memory_write.c (the statements of each action) and memory_read.c
 * (reading the file and what waits to go into it).  Nobody
 * else sees a struct memory's insides.
 */
#ifndef KANBAO_MEMORY_INT_H
#define KANBAO_MEMORY_INT_H

#include <time.h>

#include "db.h"
#include "memory.h"

/* An action not yet written. */
struct pending {
	int save;		/* a story saved; else a page opened */
	int only_read;		/* a page opened: marked read only, no history */
	char *title;		/* may be NULL */
	time_t when;
	/* a page opened: url and final_url (or NULL); a story saved: the
	 * page, its bytes held, not copied */
	struct fetched f;
};

struct memory {
	char *path;
	sqlite3 *db;		/* NULL: memory is off */
	int checked;		/* the file is ours, its tables made */
	struct pending *queue;	/* oldest first */
	size_t nqueue, capqueue;
	int said_busy;
	struct strlist warnings;
	size_t warnings_taken;
};

/* s copied, or NULL for NULL. */
char *memory_dup(const char *s);
/* A free row at the end of *v (growing it), zeroed. */
void *memory_grow(void *v, size_t n, size_t *cap, size_t size);
/* A statement failed with rc: decide what that means for memory. */
void memory_trouble(struct memory *m, int rc);
/* Writes p into m's open transaction: an SQLite result code
 * (memory_write.c). */
int memory_write(struct memory *m, const struct pending *p);
/* Where a page opened ended (the history's URL), or a story is from. */
const char *memory_final(const struct fetched *f);

#endif
