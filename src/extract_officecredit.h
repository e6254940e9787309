/*
 * extract_officecredit: a bracketed credit that opens with the outlet's or
 * office's name before its first role (（榆溪县融媒体中心 记者 NAME 通讯员
 * NAME）).  Promises: office_before_role(s) returns s past that name when
 * an office's name (office_len) is followed by a role of credit
 * (credit_roles), else s itself; it never allocates, never reads past s.
 */
#ifndef KANBAO_EXTRACT_OFFICECREDIT_H
#define KANBAO_EXTRACT_OFFICECREDIT_H

#include <stddef.h>

const char *office_before_role(const char *s);
/* Does s[0..n) end in one of credit_roles (记者, 通讯员 …), or is it one?
 * (extract_credit.c reads a credit line's roles so too.) */
int ends_in_role(const char *s, size_t n);

#endif
