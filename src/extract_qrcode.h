/* extract_qrcode: QR codes among a story's pictures; see
 * extract_qrcode.c. */
#ifndef KANBAO_EXTRACT_QRCODE_H
#define KANBAO_EXTRACT_QRCODE_H

#include "extract_dom.h"

/* Is img a QR code (or a follow call's banner), no picture of the story? */
int qr_code(struct hnode *img);

#endif
