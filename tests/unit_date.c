/* unit_date: dates as pages print them, to the contract's form; with
 * DATE_ZONE, with the zone the page gives. */
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
		/* English, month or day first, with the half of the day */
		{"Nov. 19, 2019 5:50 PM", "2019-11-19T17:50"},
		{"By Mara Quill · November 19, 2019 at 12:05 a.m.", "2019-11-19T00:05"},
		{"19 Nov 2019 05:44 GMT", "2019-11-19T05:44"},
		{"Tuesday 19th November, 2019", "2019-11-19"},
		{"Sept. 3, 2021, 9:15 AM", "2021-09-03T09:15"},
		{"June 30, 2022", "2022-06-30"},
		{"Mayor Novak spoke on 12 March 2020", "2020-03-12"},
		{"Nova 19, 2019", NULL},
		/* a relative word runs on into a sentence: no date */
		{"今天起城区公交线路调整", NULL},
		{"昨天下午，记者获悉", NULL},
		{"刚刚发布", NULL},
		{"刚刚 来源：青禾日报", "2024-03-06T12:00"},
		{"今天 09:05", "2024-03-06T09:05"},
		/* a range after a time is no zone */
		{"2024-03-06 09:00-11:00", "2024-03-06T09:00"},
	};
	static const struct { const char *in, *want; } zoned[] = {
		{"2024-05-06T08:30:00+08:00", "2024-05-06T08:30:00+08:00"},
		{"2019-11-19T17:50-08:00", "2019-11-19T17:50-08:00"},
		{"2019-11-19T05:44:10.123Z", "2019-11-19T05:44:10Z"},
		{"2019-11-19T05:44:10+0000", "2019-11-19T05:44:10+00:00"},
		{"19 Nov 2019 05:44 GMT", "2019-11-19T05:44Z"},
		{"Nov. 19, 2019 5:50 PM PST", "2019-11-19T17:50-08:00"},
		{"12 Apr 2024, 10:41 PM IST", "2024-04-12T22:41+05:30"},
		{"Tue, 19 Nov 2019 05:44:00 +0800", "2019-11-19T05:44:00+08:00"},
		{"2012年12月10日, 格林尼治标准时间10:41", "2012-12-10T10:41Z"},
		{"2024-03-06 北京时间 10:41", "2024-03-06T10:41+08:00"},
		/* a Hong Kong release's closing lines: the weekday in brackets,
		 * 香港時間 as the zone, 時 and 分 */
		{"2024年5月3日（星期五） 香港時間15時20分", "2024-05-03T15:20+08:00"},
		{"2024年5月3日(星期五)", "2024-05-03"},
		{"2024-03-06 10:41 GMT+8", "2024-03-06T10:41+08:00"},
		{"2024-03-06 09:00-11:00", "2024-03-06T09:00"},
		{"2024-03-06 GMT", "2024-03-06"},
		{"Nov. 19, 2019 5:50 PM", "2019-11-19T17:50"},
		/* a TV station's "at", its dot after the month, US zones */
		{"Published: May. 20, 2024 at 4:35 AM CDT", "2024-05-20T04:35-05:00"},
		{"Jan. 9, 2024 at 6:10 PM CST", "2024-01-09T18:10-06:00"},
		{"May 20, 2024 4:35 AM CDTUpdated: 7 hours ago", "2024-05-20T04:35-05:00"},
		{"May 20, 2024 4:35 AM CDTV", "2024-05-20T04:35"},
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
	for (size_t i = 0; i < sizeof zoned / sizeof zoned[0]; i++) {
		char *got = date_find(zoned[i].in, 0, DATE_ZONE);

		tap_str(got, zoned[i].want, zoned[i].in);
		free(got);
	}
	return tap_done();
}
