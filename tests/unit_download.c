/*
 * unit_download: the name d saves a file under and where (src/download.c),
 * and the save itself (src/download_save.c) in a directory of its own:
 * hostile names made safe, the XDG download directory, " (1)" for a name
 * taken, nothing left behind by a save that fails.
 */
#include "config.h"

#include <dirent.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "download.h"
#include "tap.h"
#include "util.h"

#define U "http://qinghe.example"

static void
name_is(const char *disposition, const char *url, const char *want, const char *what)
{
	char *got = download_name(disposition, url);

	tap_str(got, want, what);
	free(got);
}

/* No control character, no '/', no leading dot, not empty, bounded. */
static int
is_safe(const char *s)
{
	if (*s == '\0' || *s == '.' || strlen(s) > DOWNLOAD_NAME_MAX)
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7f || *p == '/' || *p == '\\')
			return 0;
	return 1;
}

static void
safe(const char *disposition, const char *url, const char *what)
{
	char *got = download_name(disposition, url);

	if (!tap_ok(is_safe(got), what))
		printf("#   got: %s\n", got);
	free(got);
}

static void
test_names_from_urls(void)
{
	name_is(NULL, U "/uploadfile/2024/0312/附件1.docx", "附件1.docx", "the URL path's last segment");
	name_is(NULL, U "/files/%E6%8A%A5%E5%90%8D%E8%A1%A8.xlsx?id=3#top", "报名表.xlsx",
	    "percent-decoded (UTF-8), query and fragment left out");
	name_is(NULL, U "/files/%B8%BD%BC%FE.doc", "附件.doc", "percent-encoded GBK is read as GB18030");
	name_is(NULL, U "/../../etc/passwd", "passwd", "../../etc/passwd: the last component only");
	name_is(NULL, U "/d/..%2F..%2Fetc%2Fpasswd", "passwd", "..%2F..%2F: decoded slashes are path too");
	name_is(NULL, U "/d/a%5Cb.txt", "b.txt", "a\\b: a backslash is a separator too");
	name_is(NULL, U "/d/%2E%2E", "download", "a name of .. alone: the fallback");
	name_is(NULL, U "/d/.bashrc", "bashrc", "no leading dot (no hidden file)");
	name_is(NULL, U "/", "download", "an empty path: the fallback");
	name_is(NULL, U, "download", "no path at all: the fallback");
	name_is(NULL, U "/d/%00", "download", "a NUL only: the fallback");
	name_is(NULL, U "/d/a%1B%5B31mred%0Aline%07.pdf", "a[31mred line.pdf",
	    "ESC, BEL removed, a newline is a space");
	safe(NULL, U "/d/%C2%9B31m%E2%80%AEfdp.exe", "C1 controls and bidi overrides removed");
}

static void
test_names_from_headers(void)
{
	name_is("attachment; filename=\"春耕补贴名单.xls\"", U "/d?id=9", "春耕补贴名单.xls",
	    "Content-Disposition filename=\"...\" before the URL");
	name_is("attachment; filename=plain.txt", U "/x.bin", "plain.txt", "a token filename");
	name_is("attachment; filename=\"say \\\"hi\\\".txt\"", U "/x", "say \"hi\".txt",
	    "a quoted-string with escaped quotes");
	name_is("attachment; filename=\"fallback.txt\"; filename*=UTF-8''%E6%8B%9B%E8%81%98%20%E5%85%AC%E5%91%8A.pdf",
	    U "/x", "招聘 公告.pdf", "RFC 5987 filename*=UTF-8''... wins over filename=");
	name_is("attachment; FILENAME*=utf-8'zh'%E9%80%9A%E7%9F%A5.doc", U "/x", "通知.doc",
	    "filename*, any case, with a language");
	name_is("attachment; filename*=GBK''%CD%A8%D6%AA.doc", U "/x", "通知.doc", "filename* in GBK");
	name_is("attachment; filename=\"%E9%99%84%E4%BB%B6.zip\"", U "/x", "附件.zip",
	    "a percent-encoded filename= (as many servers send it) is decoded");
	name_is("attachment; filename=\"\xb8\xbd\xbc\xfe" "1.doc\"", U "/x", "附件1.doc",
	    "raw GBK bytes in filename= (as Chinese servers send them) are read as GB18030");
	name_is("attachment; filename=\"../../etc/passwd\"", U "/x", "passwd",
	    "a header's ../../etc/passwd: the last component only");
	name_is("attachment; filename*=UTF-8''..%2F..%2F%1B%5D2%3Bpwned%07%E8%A1%A8.xlsx", U "/x",
	    "]2;pwned表.xlsx", "a header's path and terminal escapes removed");
	name_is("attachment; filename=\"\"", U "/files/real.rar", "real.rar", "an empty filename: the URL's");
	name_is("attachment", U "/files/real.rar", "real.rar", "no filename: the URL's");
	name_is("attachment; filename=\"...\"", U "/x", "download", "dots only: the fallback");
}

static void
test_long_names(void)
{
	char url[1024], *got;

	strcpy(url, U "/d/");
	for (int i = 0; i < 100; i++)
		strcat(url, "县");	/* 300 bytes */
	strcat(url, ".docx");
	got = download_name(NULL, url);
	tap_ok(strlen(got) <= DOWNLOAD_NAME_MAX, "a 300-byte name is cut to DOWNLOAD_NAME_MAX bytes");
	tap_ok(strlen(got) > 5 && strcmp(got + strlen(got) - 5, ".docx") == 0, "... its extension kept");
	tap_ok(strncmp(got, "县县", 6) == 0 && (strlen(got) - 5) % 3 == 0, "... cut between characters");
	free(got);
}

static void
test_variants(void)
{
	char *v;

	tap_str(v = download_variant("名单.xlsx", 0), "名单.xlsx", "variant 0: the name");
	free(v);
	tap_str(v = download_variant("名单.xlsx", 1), "名单 (1).xlsx", "variant 1: name (1).ext");
	free(v);
	tap_str(v = download_variant("README", 12), "README (12)", "no extension: name (12)");
	free(v);
}

static void
test_dirs(void)
{
	const char *dirs = "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\n"
	    "XDG_DOWNLOAD_DIR=\"$HOME/下载\"\n";
	char *d;

	tap_str(d = download_dir("/srv/dl", dirs, "/home/lin"), "/srv/dl", "XDG_DOWNLOAD_DIR of the environment first");
	free(d);
	tap_str(d = download_dir("relative/dl", dirs, "/home/lin"), "/home/lin/下载",
	    "a relative one is not taken; user-dirs.dirs next, $HOME replaced");
	free(d);
	tap_str(d = download_dir(NULL, "XDG_DOWNLOAD_DIR=\"/data/dl\"\n", "/home/lin"), "/data/dl",
	    "an absolute path in user-dirs.dirs");
	free(d);
	tap_str(d = download_dir("", "XDG_DOWNLOAD_DIR=\"dl\"\n", "/home/lin"), "/home/lin/Downloads",
	    "else ~/Downloads");
	free(d);
	tap_str(d = download_dir(NULL, NULL, NULL), NULL, "no home: none");
	free(d);
}

/* The names in dir, sorted and joined with '|'. */
static char *
listing(const char *dir)
{
	struct dirent **e;
	int n = scandir(dir, &e, NULL, alphasort);
	struct buf b = {0};

	buf_adds(&b, "");
	for (int i = 0; i < n; i++) {
		if (strcmp(e[i]->d_name, ".") != 0 && strcmp(e[i]->d_name, "..") != 0) {
			if (b.len > 0)
				buf_addc(&b, '|');
			buf_adds(&b, e[i]->d_name);
		}
		free(e[i]);
	}
	free(e);
	return buf_steal(&b);
}

static void
test_save(void)
{
	char base[] = "/tmp/unit_download.XXXXXX", *dir, *p1, *p2, *err, *l, *body;
	size_t len;
	struct rlimit small, old;

	if (mkdtemp(base) == NULL) {
		tap_ok(0, "a temporary directory");
		return;
	}
	dir = xasprintf("%s/new/下载", base);
	p1 = download_save(dir, "名单.xlsx", "PK\3\4 first", 11, &err);
	tap_ok(p1 != NULL && err == NULL, "a save into a directory that is not there makes it");
	body = p1 != NULL ? read_file(p1, 100, &len) : NULL;
	tap_ok(body != NULL && len == 11 && memcmp(body, "PK\3\4 first", 11) == 0, "... with the bytes");
	free(body);
	p2 = download_save(dir, "名单.xlsx", "second", 6, &err);
	tap_str(p2 != NULL ? strrchr(p2, '/') + 1 : NULL, "名单 (1).xlsx", "the name taken: name (1).ext");
	body = read_file(p1, 100, &len);
	tap_ok(body != NULL && len == 11, "... the first file is not written over");
	free(body);
	/* a write that fails (the file size limit, as a full disk would) */
	getrlimit(RLIMIT_FSIZE, &old);
	small.rlim_cur = 4096;	/* the soft limit only: it can be raised again */
	small.rlim_max = old.rlim_max;
	signal(SIGXFSZ, SIG_IGN);
	setrlimit(RLIMIT_FSIZE, &small);
	body = xmalloc(100000);
	memset(body, 'x', 100000);
	tap_ok(download_save(dir, "big.zip", body, 100000, &err) == NULL && err != NULL,
	    "a write that fails: no path, a message");
	setrlimit(RLIMIT_FSIZE, &old);
	printf("#   %s\n", err ? err : "");
	tap_str(l = listing(dir), "名单 (1).xlsx|名单.xlsx", "... and nothing of it left in the directory");
	free(l);
	free(body);
	free(err);
	free(p1);
	free(p2);
	free(dir);
	dir = xasprintf("rm -rf '%s'", base);
	if (system(dir) != 0)
		printf("# could not remove %s\n", base);
	free(dir);
}

/* With UNIT_DOWNLOAD_FULL set (tests/download_full.sh: a 64 KiB tmpfs),
 * a save larger than the disk says it is full and leaves nothing. */
static void
test_full_disk(const char *dir)
{
	size_t n = 200000;
	char *body = xmalloc(n), *err = NULL, *path, *l;

	memset(body, 'x', n);
	path = download_save(dir, "图集.zip", body, n, &err);
	tap_ok(path == NULL && err != NULL && strstr(err, "the disk is full") != NULL,
	    "a full disk: no path, the message says the disk is full");
	printf("#   %s\n", err ? err : "");
	tap_str(l = listing(dir), "", "... and nothing is left on it");
	free(l);
	free(path);
	free(err);
	free(body);
}

int
main(void)
{
	const char *full = getenv("UNIT_DOWNLOAD_FULL");

	if (full != NULL && *full != '\0') {
		tap_init();
		test_full_disk(full);
		return tap_done();
	}
	tap_init();
	test_names_from_urls();
	test_names_from_headers();
	test_long_names();
	test_variants();
	test_dirs();
	test_save();
	return tap_done();
}
