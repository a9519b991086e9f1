/*
 * Reference outputs for gradbook's RandomSource (Sources/Tensors/RandomSource.swift).
 *
 * next() and splitmix64_next() below follow the authors' public-domain reference code,
 * xoshiro256starstar.c and splitmix64.c by David Blackman and Sebastiano Vigna
 * (https://prng.di.unimi.it/), with the state made explicit instead of a global array.
 * The xoshiro state is filled from the seed with four SplitMix64 outputs, as the authors
 * recommend.
 *
 * Regenerate the literals in Tests/TensorsTests/RandomSourceTests.swift with:
 *     gcc -O2 -std=c99 -o /tmp/xoshiro_reference scripts/reference/xoshiro_reference.c
 *     /tmp/xoshiro_reference
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

/* splitmix64.c */
static uint64_t splitmix64_next(uint64_t *x) {
	uint64_t z = (*x += 0x9e3779b97f4a7c15);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
	return z ^ (z >> 31);
}

/* xoshiro256starstar.c */
static inline uint64_t rotl(const uint64_t x, int k) {
	return (x << k) | (x >> (64 - k));
}

static uint64_t next(uint64_t s[4]) {
	const uint64_t result = rotl(s[1] * 5, 7) * 9;
	const uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];

	s[2] ^= t;

	s[3] = rotl(s[3], 45);

	return result;
}

static void print_stream(uint64_t seed, int count) {
	uint64_t x = seed;
	uint64_t s[4];
	for (int i = 0; i < 4; i++) s[i] = splitmix64_next(&x);
	printf("seed %" PRIu64 ":\n", seed);
	for (int i = 0; i < count; i++) printf("    0x%016" PRIX64 ",\n", next(s));
}

int main(void) {
	/* Sanity check of SplitMix64 against its widely quoted first output for seed 1234567. */
	uint64_t x = 1234567;
	printf("splitmix64(1234567) first output: %" PRIu64 "\n", splitmix64_next(&x));

	print_stream(0, 8);
	print_stream(42, 8);
	print_stream(0xFFFFFFFFFFFFFFFF, 4);
	return 0;
}
