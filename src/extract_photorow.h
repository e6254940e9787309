/*
 * extract_photorow: a field table's picture row.  A government site sets
 * a release out as a table of label and value cells (標題, 發布單位,
 * 內容, 相片): the pictures stand in the row after the text's, beside a
 * label of their own, outside the story's cell.
 */
#ifndef KANBAO_EXTRACT_PHOTOROW_H
#define KANBAO_EXTRACT_PHOTOROW_H

#include "extract_dom.h"

/* The cell beside a picture label (相片, 照片, 圖片) in one of the three
 * rows after the row whose cell is the story's block, or NULL. */
struct hnode *photo_row_cell(const struct ctx *c);

#endif
