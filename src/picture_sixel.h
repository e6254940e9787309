/*
 * picture_sixel: a band of a kept picture (picture_scale.h) as a sixel
 * image, encoded here in one pass, so that a scroll step, which draws a
 * new band, costs little: chafa's encoder builds a palette for each
 * image, tens of milliseconds a band; this one maps each pixel into a
 * fixed cube of 6x6x6 colours, under a 4x4 ordered dither that hides the
 * cube's steps in a photograph.  The image is exactly the band's cells
 * in pixels (cols * cell_w by n * cell_h, the picture scaled to it by
 * its nearest pixel: the kept picture is about that size already); a
 * last sixel row taller than the band leaves the rest of its pixels
 * transparent (P2 = 1), so no cell below is painted.  Pure.
 */
#ifndef KANBAO_PICTURE_SIXEL_H
#define KANBAO_PICTURE_SIXEL_H

#include "picture.h"
#include "util.h"

/* Band b (picture_band: its cells, rows first .. first + n - 1) of pic
 * appended to out as one DCS sixel image; 0, or -1 when b is not a band
 * of cells. */
int picture_sixel(struct buf *out, const struct picture *pic, const struct picture_band *b);

#endif
