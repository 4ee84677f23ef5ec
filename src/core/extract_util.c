/*
 * extract_util.c -- the statement coder's plumbing: the arena all its memory
 * comes from, arrays that grow in it, a hash map, FNV hashes, civil dates.
 */
#include "extract_int.h"

/* ================================================================== */
/* arena                                                               */
/* ================================================================== */

typedef struct gx_block
{
	struct gx_block *next;
	size_t		size;
	size_t		used;
	/* data follows, 16-byte aligned */
} gx_block;

#define BLOCK_HDR	((sizeof(gx_block) + 15) & ~(size_t) 15)
#define BLOCK_MIN	(64 * 1024)

void
gx_arena_init(gx_arena *a, gx_alloc_fn alloc, gx_free_fn release, void *ctx)
{
	memset(a, 0, sizeof(*a));
	a->alloc = alloc;
	a->release = release;
	a->ctx = ctx;
}

void *
gx_alloc(gx_arena *a, size_t size)
{
	void	   *p = gx_alloc_raw(a, size);

	if (p)
		memset(p, 0, (size + 15) & ~(size_t) 15);
	return p;
}

/* not zeroed: for arrays written before they are read */
void *
gx_alloc_raw(gx_arena *a, size_t size)
{
	gx_block   *b = a->head;
	void	   *p;

	if (a->failed)
		return NULL;
	size = (size + 15) & ~(size_t) 15;
	if (size == 0)
		size = 16;
	if (b == NULL || b->size - b->used < size)
	{
		size_t		want = size > BLOCK_MIN ? size : BLOCK_MIN;

		if (want > SIZE_MAX / 2 ||
			(a->limit && a->total + want + BLOCK_HDR > a->limit))
		{
			a->failed = true;
			a->over_limit = want <= SIZE_MAX / 2;
			return NULL;
		}
		b = a->alloc(want + BLOCK_HDR, a->ctx);
		if (b == NULL)
		{
			a->failed = true;
			return NULL;
		}
		b->size = want;
		b->used = 0;
		b->next = a->head;
		a->head = b;
		a->total += want + BLOCK_HDR;
	}
	p = (char *) b + BLOCK_HDR + b->used;
	b->used += size;
	return p;
}

void
gx_arena_free(gx_arena *a)
{
	gx_block   *b = a->head;

	while (b)
	{
		gx_block   *next = b->next;

		if (a->release)
			a->release(b, a->ctx);
		b = next;
	}
	a->head = NULL;
	a->total = 0;
	a->failed = false;
	a->over_limit = false;
}

/* grow an arena array: returns the new array (old contents copied) */
void *
gx_grow(gx_arena *a, void *old, size_t elem, size_t n, size_t *cap)
{
	size_t		ncap = *cap ? *cap * 2 : 16;
	void	   *p;

	if (n < *cap)
		return old;
	p = gx_alloc(a, ncap * elem);
	if (p == NULL)
		return NULL;
	if (old && n)
		memcpy(p, old, n * elem);
	*cap = ncap;
	return p;
}

/* ================================================================== */
/* hash map uint64 -> int32 (open addressing, key 0 = empty)           */
/* ================================================================== */

uint64_t
gx_mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x ? x : 1;
}

bool
gx_hmap_put(gx_arena *a, gx_hmap *m, uint64_t key, int32_t val)
{
	size_t		i;

	key = key ? key : 1;
	if (m->cap == 0 || (m->n + 1) * 4 > m->cap * 3)
	{
		size_t		ncap = m->cap ? m->cap * 2 : 256;
		uint64_t   *nk = gx_alloc(a, ncap * sizeof(uint64_t));
		int32_t    *nv = gx_alloc(a, ncap * sizeof(int32_t));

		if (nk == NULL || nv == NULL)
			return false;
		for (i = 0; i < m->cap; i++)
		{
			if (m->keys[i])
			{
				size_t		j = gx_mix64(m->keys[i]) & (ncap - 1);

				while (nk[j])
					j = (j + 1) & (ncap - 1);
				nk[j] = m->keys[i];
				nv[j] = m->vals[i];
			}
		}
		m->keys = nk;
		m->vals = nv;
		m->cap = ncap;
	}
	i = gx_mix64(key) & (m->cap - 1);
	while (m->keys[i] && m->keys[i] != key)
		i = (i + 1) & (m->cap - 1);
	if (!m->keys[i])
		m->n++;
	m->keys[i] = key;
	m->vals[i] = val;
	return true;
}

int32_t
gx_hmap_get(const gx_hmap *m, uint64_t key)
{
	size_t		i;

	if (m->cap == 0)
		return -1;
	key = key ? key : 1;
	i = gx_mix64(key) & (m->cap - 1);
	while (m->keys[i])
	{
		if (m->keys[i] == key)
			return m->vals[i];
		i = (i + 1) & (m->cap - 1);
	}
	return -1;
}


uint64_t
gx_fnv(const char *s, size_t n)
{
	uint64_t	h = 0xcbf29ce484222325ULL;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 0x100000001b3ULL;
	}
	return h ? h : 1;
}

/* ================================================================== */
/* dates                                                               */
/* ================================================================== */

int32_t
gx_days_from_civil(int y, int m, int d)
{
	/* days since 1970-01-01 (H. Hinnant's algorithm), then shift to 2000 */
	int			era;
	unsigned	yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned) (y - era * 400);
	doy = (unsigned) ((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (int32_t) (era * 146097 + (int) doe - 719468) - 10957;
}

void
gx_civil_from_days(int32_t z0, int *y, int *m, int *d)
{
	int64_t		z = (int64_t) z0 + 10957 + 719468;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned	doe = (unsigned) (z - era * 146097);
	unsigned	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	unsigned	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned	mp = (5 * doy + 2) / 153;

	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int) (yoe + era * 400) + (*m <= 2);
}

/* day of week, 0 = Sunday; day 0 (2000-01-01) was a Saturday */
int
gx_weekday(int32_t day)
{
	int64_t		r = ((int64_t) day + 6) % 7;

	return (int) (r < 0 ? r + 7 : r);
}
