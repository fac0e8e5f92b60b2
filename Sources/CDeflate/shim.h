#ifndef VANBAN_CDEFLATE_SHIM_H
#define VANBAN_CDEFLATE_SHIM_H

// Intel's ISA-L from the system (Debian: libisal-dev): the deflate and CRC-32 vanban writes
// zip entries with. Its igzip deflate is several times faster than zlib's at the same ratio,
// and streams (a part of any length goes through a fixed buffer).
#include <isa-l/igzip_lib.h>
#include <isa-l/crc.h>

/// The size of the working buffer ISA-L's deflate wants at `level` (1–3; 0 needs none).
static inline unsigned int vanban_deflateBufferSize(int level) {
    switch (level) {
    case 1: return ISAL_DEF_LVL1_DEFAULT;
    case 2: return ISAL_DEF_LVL2_DEFAULT;
    case 3: return ISAL_DEF_LVL3_DEFAULT;
    default: return 0;
    }
}

/// Whether the stream has written its last block (the state is an enum Swift sees as a raw value).
static inline int vanban_deflateEnded(const struct isal_zstream *stream) {
    return stream->internal_state.state == ZSTATE_END;
}

#endif
