/* unit_date: dates as pages print them, to the contract's form. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "tap.h"

int
main(void)
{
	/* 2024-03-06 12:00:00 local time: the fetch time of the relative cases */
	struct tm tm = {.tm_year = 124, .tm_mon = 2, .tm_mday = 6, .tm_hour = 12, .tm_isdst = -1};
	time_t now;
	static const struct { const char *in, *want; } cases[] = {
		{"发布时间：2023-02-21 13:55:38", "2023-02-21T13:55:38"},
		{"2023-02-21 13:55", "2023-02-21T13:55"},
		{"日期: 2023/2/1", "2023-02-01"},
		{"2023年2月21日 13:55", "2023-02-21T13:55"},
		{"2023年02月21日13时05分", "2023-02-21T13:05"},
		{"2023.02.21", "2023-02-21"},
		{"2024-05-06T08:30:00+08:00", "2024-05-06T08:30:00"},
		{"时间：2023-13-40", NULL},
		{"电话 12345678", NULL},
		{"3小时前", "2024-03-06T09:00"},
		{"30分钟前", "2024-03-06T11:30"},
		{"昨天 10:20", "2024-03-05T10:20"},
		{"前天 08:05", "2024-03-04T08:05"},
		{"2天前", "2024-03-04"},
	};

	tap_init();
	setenv("TZ", "UTC", 1);
	tzset();
	now = mktime(&tm);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = extract_date(cases[i].in, now);

		tap_str(got, cases[i].want, cases[i].in);
		free(got);
	}
	return tap_done();
}
