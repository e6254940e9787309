/*
 * unit_memory: kanbao.db, history, read state and saved stories: what
 * goes in comes back, survives a reopen, and a file that is not a
 * database (or cannot be written) is left byte for byte as it was while
 * memory switches off with one message.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "memory.h"
#include "tap.h"
#include "util.h"

static char dir[] = "/tmp/kanbao-memory-XXXXXX";

static int
has(const struct strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return 1;
	return 0;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s = NULL;
	long n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	s = xmalloc((size_t)n + 1);
	*len = fread(s, 1, (size_t)n, f);
	fclose(f);
	return s;
}

static void
test_read_state(void)
{
	char *path = xasprintf("%s/data/kanbao/kanbao.db", dir);
	struct memory *m = memory_open(path);
	struct strlist urls = {0};

	tap_ok(memory_enabled(m), "a new kanbao.db opens, directories made");
	tap_ok(memory_warning(m) == NULL, "... without a warning");
	tap_int(memory_opened(m, "http://a/1", "http://a/1?r", "一"), 0, "a page opened is recorded");
	tap_int(memory_opened(m, "http://a/2", NULL, "二"), 0, "another");
	tap_ok(memory_is_read(m, "http://a/1") && memory_is_read(m, "http://a/1?r") &&
	    memory_is_read(m, "http://a/2"), "asked-for and final URLs are read");
	tap_ok(!memory_is_read(m, "http://a/3"), "an unopened URL is not");
	memory_close(m);

	m = memory_open(path);
	tap_ok(memory_is_read(m, "http://a/2"), "read state survives a reopen");
	tap_int(memory_read_urls(m, &urls), 0, "all read URLs listed");
	tap_ok(urls.n == 3 && has(&urls, "http://a/1") && has(&urls, "http://a/1?r") &&
	    has(&urls, "http://a/2"), "... the three of them");
	strlist_free(&urls);
	memory_close(m);
	free(path);
}

static void
test_saved(void)
{
	char *path = xasprintf("%s/data/kanbao/kanbao.db", dir);
	struct memory *m = memory_open(path);
	static const char gbk[] = "<title>\xb2\xe2\xca\xd4</title>\0tail";
	struct memory_story s = {
		.url = "http://a/s1", .title = "测试", .final_url = "http://b/s1",
		.charset = "gbk", .body = (char *)gbk, .len = sizeof gbk, .saved = 100,
	}, got, *list;
	size_t n;

	tap_int(memory_save(m, &s), 0, "a story is saved");
	s.url = "http://a/s2";
	s.title = "第二";
	s.saved = 200;
	tap_int(memory_save(m, &s), 0, "a second one");
	memory_close(m);

	m = memory_open(path);
	tap_int(memory_load(m, "http://a/s1", &got), 1, "a saved story loads after a reopen");
	tap_ok(got.len == sizeof gbk && memcmp(got.body, gbk, sizeof gbk) == 0,
	    "... its bytes whole, NUL and all");
	tap_str(got.final_url, "http://b/s1", "... its final URL");
	tap_str(got.charset, "gbk", "... its charset");
	tap_str(got.title, "测试", "... its title");
	memory_story_free(&got);
	tap_int(memory_load(m, "http://a/none", &got), 0, "an unsaved URL is not found");
	tap_int(memory_saved(m, &list, &n), 2, "the saved list has both");
	tap_ok(n == 2 && strcmp(list[0].url, "http://a/s2") == 0 && list[0].body == NULL,
	    "... newest first, without bodies");
	memory_stories_free(list, n);
	memory_close(m);
	free(path);
}

static void
test_history(void)
{
	char *path = xasprintf("%s/history.db", dir);
	struct memory *m = memory_open(path);
	struct memory_visit *v;
	size_t n;

	tap_int(memory_history(m, 10, &v, &n), 0, "a new kanbao.db has no history");
	memory_visits_free(v, n);
	memory_opened(m, "http://a/1", NULL, "一");
	memory_opened(m, "http://a/2", "http://b/2", "二");
	memory_opened(m, "http://a/3", NULL, NULL);
	memory_opened(m, "http://a/1", NULL, "一 again");
	memory_close(m);

	m = memory_open(path);
	tap_int(memory_history(m, 10, &v, &n), 3, "history after a reopen: each URL once");
	tap_ok(n == 3 && strcmp(v[0].url, "http://a/1") == 0 && strcmp(v[1].url, "http://a/3") == 0 &&
	    strcmp(v[2].url, "http://b/2") == 0, "... newest visit first, by the URL it ended at");
	tap_ok(n == 3 && v[0].title != NULL && strcmp(v[0].title, "一 again") == 0 &&
	    v[1].title == NULL && v[0].opened >= v[2].opened, "... with the latest title and time");
	memory_visits_free(v, n);
	tap_int(memory_history(m, 2, &v, &n), 2, "history up to a limit");
	tap_ok(n == 2 && strcmp(v[1].url, "http://a/3") == 0, "... the newest ones");
	memory_visits_free(v, n);
	memory_close(m);
	free(path);
}

static void
test_garbage(void)
{
	char *path = xasprintf("%s/garbage.db", dir), *before, *after, *w;
	static const char junk[] = "this is not a database, it is a letter to kanbao\n";
	size_t lb, la, hn;
	struct memory_visit *hv;
	FILE *f = fopen(path, "wb");
	struct memory *m;
	struct stat st;

	fwrite(junk, 1, sizeof junk - 1, f);
	fclose(f);
	before = slurp(path, &lb);
	m = memory_open(path);
	tap_ok(!memory_enabled(m), "a garbage kanbao.db: memory is off");
	tap_int(memory_history(m, 10, &hv, &hn), -1, "... and has no history to give");
	memory_visits_free(hv, hn);
	w = memory_warning(m);
	tap_ok(w != NULL && strstr(w, path) != NULL && strstr(w, "not a kanbao database") != NULL,
	    "... with a message naming the file");
	tap_ok(memory_warning(m) == NULL, "... once");
	tap_int(memory_opened(m, "http://a/1", NULL, "t"), -1, "writes fail quietly");
	tap_ok(!memory_is_read(m, "http://a/1"), "nothing is read");
	memory_close(m);
	after = slurp(path, &la);
	tap_ok(la == lb && memcmp(before, after, la) == 0, "the file is byte for byte untouched");
	tap_ok(stat(path, &st) == 0, "... and still where it was");
	{
		char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);

		tap_ok(access(wal, F_OK) != 0 && access(shm, F_OK) != 0, "... with no -wal or -shm beside it");
		free(wal);
		free(shm);
	}
	free(w);
	free(before);
	free(after);
	free(path);
}

static void
test_readonly(void)
{
	char *ro = xasprintf("%s/ro", dir), *path = xasprintf("%s/ro/kanbao.db", dir);
	char *under_file = xasprintf("%s/garbage.db/kanbao.db", dir), *w;
	struct memory *m;

	m = memory_open(under_file);
	w = memory_warning(m);
	tap_ok(!memory_enabled(m) && w != NULL, "a directory that is a file: off, with a message");
	free(w);
	memory_close(m);

	mkdir(ro, 0500);
	if (geteuid() == 0) {
		printf("ok %d - # SKIP root writes to read-only directories\n", ++tap_n);
	} else {
		m = memory_open(path);
		w = memory_warning(m);
		tap_ok(!memory_enabled(m) && w != NULL && strstr(w, path) != NULL,
		    "a read-only directory: off, with a message naming the file");
		free(w);
		memory_close(m);
	}
	chmod(ro, 0700);
	free(ro);
	free(path);
	free(under_file);
}

int
main(void)
{
	char *cmd;

	tap_init();
	if (mkdtemp(dir) == NULL)
		return 99;
	test_read_state();
	test_saved();
	test_history();
	test_garbage();
	test_readonly();
	cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	return tap_done();
}
