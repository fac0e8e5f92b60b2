#define _GNU_SOURCE
#include <unistd.h>
#include "CFileSystem.h"

int vanban_syncfs(int descriptor) {
#if defined(__linux__)
    return syncfs(descriptor);
#else
    return fsync(descriptor);
#endif
}
