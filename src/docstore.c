#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "docstore.h"
#include "log.h"

static const char *
store_dir(void)
{
	return config_str("Documents.Dir", "/var/lib/passend/documents");
}

/* dir/ab/abcdef...: at most 256 files' directories, not one huge one. */
char *
docstore_path(struct arena *a, const char *id)
{
	if (strlen(id) != DOC_ID_LEN ||
	    strspn(id, "0123456789abcdef") != DOC_ID_LEN)
		return NULL;
	return arena_printf(a, "%s/%.2s/%s", store_dir(), id, id);
}

static int
sync_dir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC), rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

static int
copy(FILE *in, int fd, struct stored *out)
{
	unsigned char buf[65536], md[SHA256_LEN];
	void *sha = crypto_sha256_begin();
	size_t n, off;
	ssize_t w;
	int rc = -1;

	out->size = 0;
	if (fseek(in, 0, SEEK_SET) != 0)
		goto done;
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0) {
		crypto_sha256_update(sha, buf, n);
		for (off = 0; off < n; off += (size_t)w)
			if ((w = write(fd, buf + off, n - off)) < 0) {
				if (errno == EINTR)
					w = 0;
				else
					goto done;
			}
		out->size += (long long)n;
	}
	if (!ferror(in))
		rc = 0;
	else
		errno = EIO;
done:
	crypto_sha256_end(sha, md);
	hex_encode(md, SHA256_LEN, out->sha256);
	return rc;
}

/*
 * Stores the whole of in, or nothing: 0, or -1 with errno set (ENOSPC
 * when the disk is full) and no file left behind.
 */
int
docstore_put(struct arena *a, FILE *in, struct stored *out)
{
	unsigned char rnd[DOC_ID_LEN / 2];
	char *tmp, *sub, *path;
	int fd, saved;

	if (crypto_random(rnd, sizeof(rnd)) != 0)
		return -1;
	hex_encode(rnd, sizeof(rnd), out->id);
	path = docstore_path(a, out->id);
	sub = arena_printf(a, "%s/%.2s", store_dir(), out->id);
	tmp = arena_printf(a, "%s/.part-%s", store_dir(), out->id);
	/* The first document of a new installation makes the store. */
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0 &&
	    (errno != ENOENT || mkdir(store_dir(), 0700) != 0 ||
	    (fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0))
		goto fail;
	if (copy(in, fd, out) != 0 || fsync(fd) != 0) {
		saved = errno;
		close(fd);
		goto fail_tmp;
	}
	if (close(fd) != 0)
		goto fail_saved;
	if ((mkdir(sub, 0700) != 0 && errno != EEXIST) ||
	    rename(tmp, path) != 0)
		goto fail_saved;
	if (sync_dir(sub) != 0) {
		saved = errno;
		unlink(path);
		errno = saved;
		goto fail;
	}
	return 0;
fail_saved:
	saved = errno;
fail_tmp:
	unlink(tmp);
	errno = saved;
fail:
	log_error("document store: %s", strerror(errno));
	return -1;
}

FILE *
docstore_open(struct arena *a, const char *id)
{
	char *path = docstore_path(a, id);

	return path != NULL ? fopen(path, "rbe") : NULL;
}
