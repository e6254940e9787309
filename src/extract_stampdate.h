/* extract_stampdate: a social post's date stamp under its text, with the
 * poster's region after it ("2026-12-01 重庆"); see extract_stampdate.c. */
#ifndef KANBAO_EXTRACT_STAMPDATE_H
#define KANBAO_EXTRACT_STAMPDATE_H

/* Is t a date stamp: a numeric date (and time), perhaps after 编辑于 /
 * 发布于, then a place of one to four ideographs (重庆, 内蒙古)?  A line
 * going on past a short place ("2026-12-01 重庆市召开会议") is none, and so
 * is a bare date. */
int is_date_stamp(const char *t);

#endif
