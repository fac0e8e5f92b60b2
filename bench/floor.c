/* The floor: the least work a batch of N documents can cost on this machine — N files of
 * SIZE bytes written (open, write, close), then one sync, as vanban's batches do. No
 * rendering, no temporary file and rename. Usage: floor DIR N SIZE; prints seconds. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: floor DIR N SIZE\n"); return 2; }
    const char *dir = argv[1];
    long n = atol(argv[2]), size = atol(argv[3]);
    char *buffer = malloc(size > 0 ? size : 1);
    memset(buffer, 'x', size);
    mkdir(dir, 0755);
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    char path[4096];
    for (long i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/%05ld.odt", dir, i + 1);
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || write(fd, buffer, size) != size) { perror(path); return 1; }
        close(fd);
    }
    sync();
    clock_gettime(CLOCK_MONOTONIC, &end);
    printf("%.4f\n", (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9);
    return 0;
}
