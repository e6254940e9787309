/* unit_config: the config line format and site rule matching. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "config_file.h"
#include "tap.h"

static void
test_lines(void)
{
	static const struct { const char *line; const char *error; } cases[] = {
		{"# a comment", NULL},
		{"   ", NULL},
		{"site news.example title //h1", NULL},
		{"site news.example body //div[@id='c']//p", NULL},
		{"site news.example colour //h1", "f:5: unknown field 'colour' in a site rule"},
		{"site news.example title //h1[", "f:6: invalid XPath for title: //h1["},
		{"site news.example", "f:7: usage: site HOST FIELD XPATH"},
		{"sight news.example title //h1", "f:8: unknown keyword 'sight'"},
		{"site other.example next  //a[@rel='next']  ", NULL},
	};
	struct config c = {0};
	size_t errors = 0;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		config_line(&c, "f", (int)i + 1, cases[i].line);
		if (cases[i].error == NULL) {
			tap_int((long)c.errors.n, (long)errors, cases[i].line);
			continue;
		}
		errors++;
		tap_str(c.errors.n == errors ? c.errors.v[errors - 1] : NULL, cases[i].error, cases[i].line);
	}
	tap_int((long)c.sites.n, 2, "two hosts have rules");
	tap_str(c.sites.v[0].xpath[SITE_BODY], "//div[@id='c']//p", "the XPath is the rest of the line");
	tap_str(c.sites.v[1].xpath[SITE_NEXT], "//a[@rel='next']", "trailing spaces are trimmed");
	config_free(&c);
}

static void
test_match(void)
{
	struct config c = {0};
	const struct site_rule *r;

	config_line(&c, "f", 1, "site example.test title //h1");
	config_line(&c, "f", 2, "site city.example.test title //h2");
	r = sites_match(&c.sites, "http://www.example.test/a.html");
	tap_str(r ? r->host : NULL, "example.test", "a subdomain matches its domain");
	r = sites_match(&c.sites, "https://city.example.test/a.html");
	tap_str(r ? r->host : NULL, "city.example.test", "the longest host wins");
	r = sites_match(&c.sites, "http://badexample.test/");
	tap_ok(r == NULL, "a host that only ends in the same letters does not match");
	r = sites_match(&c.sites, "file:///tmp/x.html");
	tap_ok(r == NULL, "a file URL has no host");
	r = sites_match(&c.sites, "http://WWW.City.Example.Test/");
	tap_str(r ? r->host : NULL, "city.example.test", "hosts match whatever their case");
	{
		struct buf url = {0};

		buf_adds(&url, "http://");
		for (int i = 0; i < 20000; i++)
			buf_adds(&url, "a.");
		buf_adds(&url, "example.test/");
		r = sites_match(&c.sites, url.s);
		tap_str(r ? r->host : NULL, "example.test", "a host of 20,000 labels finds its domain's rule");
		buf_free(&url);
	}
	config_free(&c);
}

static void
test_everyday(void)
{
	static const struct { const char *line; const char *error; } cases[] = {
		{"source 青禾日报 http://qinghe.example/news/", NULL},
		{"source onlyname", "f:2: usage: source NAME URL"},
		{"bind x quit", NULL},
		{"bind x", "f:4: usage: bind KEY ACTION"},
		{"color title yellow default", NULL},
		{"color title purple", "f:6: unknown colour 'purple'"},
		{"timeout 12", NULL},
		{"timeout soon", "f:8: expected a number from 1 to 86400"},
		{"cache-size 50", NULL},
		{"browser firefox --new-tab", NULL},
		{"ambiguous-width 3", "f:11: expected a number from 1 to 2"},
		{"ambiguous-width 2", NULL},
	};
	struct config c = {0};
	size_t errors = 0;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		config_line(&c, "f", (int)i + 1, cases[i].line);
		if (cases[i].error == NULL) {
			tap_int((long)c.errors.n, (long)errors, cases[i].line);
			continue;
		}
		errors++;
		tap_str(c.errors.n == errors ? c.errors.v[errors - 1] : NULL, cases[i].error, cases[i].line);
	}
	tap_int((long)c.nsources, 1, "one source");
	tap_str(c.nsources ? c.sources[0].url : NULL, "http://qinghe.example/news/", "its URL");
	tap_str(c.nbindings ? c.bindings[0].where : NULL, "f:3", "a binding remembers its line");
	tap_int(c.timeout, 12, "timeout");
	tap_int(c.cache_mib, 50, "cache size");
	tap_str(c.browser, "firefox --new-tab", "browser command with its arguments");
	tap_int(c.ambiguous_width, 2, "ambiguous width");
	config_free(&c);
}

static void
test_missing(void)
{
	struct config c = {0};

	tap_int(config_load(&c, "/nonexistent/kanbao/config", 1), 0, "a missing default file is no error");
	tap_int(config_load(&c, "/nonexistent/kanbao/config", 0), 1, "a missing named file is one error");
	config_free(&c);
}

/* config_load() hands lines over with their newline: the last word of a
 * line must not keep it. */
static void
test_newlines(void)
{
	struct config c = {0};

	config_line(&c, "f", 1, "source 本地 file:///news/index.html\n");
	config_line(&c, "f", 2, "bind x quit\r\n");
	config_line(&c, "f", 3, "color title red\n");
	tap_int((long)c.errors.n, 0, "lines ending in a newline parse");
	tap_str(c.nsources ? c.sources[0].url : NULL, "file:///news/index.html", "a source's URL without the newline");
	tap_str(c.nbindings ? c.bindings[0].action : NULL, "quit", "a binding's action without CR LF");
	tap_str(c.ncolors ? c.colors[0].fg : NULL, "red", "a colour without the newline");
	config_free(&c);
}

/* Rules are found by host among many: the hash index grows with them and
 * keeps every host, case aside. */
static void
test_many_hosts(void)
{
	struct config c = {0};
	const struct site_rule *r;
	char *url, *err, *host, *want;
	size_t wrong = 0;

	for (int i = 0; i < 5000; i++) {
		host = xasprintf("h%d.Example.TEST", i);
		if (sites_set(&c.sites, host, "title", "//h1", &err) != 0)
			wrong++;
		free(host);
	}
	sites_set(&c.sites, "H17.example.test", "body", "//p", &err);
	tap_int((long)c.sites.n, 5000, "5,000 hosts, one rule each; a host in other case is the same");
	for (int i = 0; i < 5000; i++) {
		url = xasprintf("https://www.h%d.example.test/n/1.html", i);
		want = xasprintf("h%d.Example.TEST", i);
		r = sites_match(&c.sites, url);
		if (r == NULL || strcmp(r->host, want) != 0)
			wrong++;
		free(url);
		free(want);
	}
	tap_int((long)wrong, 0, "each host's URL finds its own rule");
	r = sites_match(&c.sites, "http://H17.EXAMPLE.test/");
	tap_str(r ? r->xpath[SITE_BODY] : NULL, "//p", "a rule's fields gather under one host");
	tap_ok(sites_match(&c.sites, "http://h5000.example.test/") == NULL, "a host without a rule finds none");
	config_free(&c);
}

int
main(void)
{
	tap_init();
	test_lines();
	test_match();
	test_everyday();
	test_missing();
	test_newlines();
	test_many_hosts();
	return tap_done();
}
