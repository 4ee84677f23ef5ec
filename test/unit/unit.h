/*
 * unit.h -- the smallest test harness: CHECK counts, the runner prints
 * "N passed, N failed" and exits non-zero on any failure.
 */
#ifndef GEOPOL_UNIT_H
#define GEOPOL_UNIT_H

#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static long unit_passed, unit_failed;

#define CHECK(cond) do { \
	if (cond) unit_passed++; \
	else { unit_failed++; \
		fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_MSG(cond, ...) do { \
	if (cond) unit_passed++; \
	else { unit_failed++; \
		fprintf(stderr, "%s:%d: CHECK failed: %s: ", __FILE__, __LINE__, #cond); \
		fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } \
} while (0)

/* A failed property over many inputs counts once, not once per input. */
#define PROPERTY(name, nfail) do { \
	if ((nfail) == 0) unit_passed++; \
	else { unit_failed++; fprintf(stderr, "property %s: %ld failures\n", name, (long) (nfail)); } \
} while (0)

static int
unit_report(const char *suite)
{
	printf("%s: %ld passed, %ld failed\n", suite, unit_passed, unit_failed);
	return unit_failed == 0 ? 0 : 1;
}

/* xorshift64*: deterministic, seedable */
static uint64_t unit_rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t
unit_rand(void)
{
	uint64_t	x = unit_rng_state;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	unit_rng_state = x;
	return x * 0x2545F4914F6CDD1DULL;
}

static unsigned
unit_randn(unsigned n)
{
	return (unsigned) (unit_rand() % n);
}

#endif
