#ifndef VANBAN_CINFLATE_SHIM_H
#define VANBAN_CINFLATE_SHIM_H

// zlib from the system (Debian: zlib1g-dev): raw inflate and CRC-32 for reading zip entries
// with vanban's own bounds.
#include <zlib.h>

/// `inflateInit2` is a macro in zlib.h, which Swift cannot call.
static inline int vanban_inflateInitRaw(z_streamp stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

#endif
