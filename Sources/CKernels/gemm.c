// The matrix product C = A·B for Tensors: packed, register- and cache-blocked, one kernel per
// instruction set, chosen at run time, so that one binary runs on any x86-64 or arm64 machine
// and uses the widest vector unit it has.
//
// Every path gives the same bits as the textbook triple loop: each C[i, j] starts from +0 and
// adds A[i, p]·B[p, j] for p = 0, 1, …, k − 1 in turn, each product rounded before its sum.
// Blocking only changes which independent sums are interleaved, never the order inside one,
// and the sums of one element are always on one thread. Fused multiply-add would round once
// instead of twice and so give other bits on machines that have it than on those that don't:
// contraction is switched off for the whole file, and the kernels only multiply, then add.
#pragma clang fp contract(off)

#include "CKernels.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// Blocking: KC rows of B (a micro-panel of KC×NR stays in L1 while the row panels of A pass),
// about MC_TARGET rows of A per block (MC×KC stays in L2 while B's panels pass).
enum { KC = 256, MC_TARGET = 144, MAX_TILE = 12 * 16, MAX_THREADS = 8 };

// One instruction set's kernels: `tile` takes an MR-row panel of packed A, `row` one row of A
// read in place (the rows left over below the last full panel); both update an MR×NR (or 1×NR)
// block of C, rows `ldc` apart, that holds the partial sums so far — or start it from +0 when
// `first` (the first KC block of p). Full blocks are C itself; the ragged right edge goes
// through a small buffer.
typedef struct {
    int mr, nr;
    void (*tile)(ptrdiff_t kc, const double *ap, const double *bp, double *c, ptrdiff_t ldc, int first);
    void (*row)(ptrdiff_t kc, const double *a, ptrdiff_t a_col, const double *bp, double *c, int first);
} gb_kernel;

// The kernels of one path, written once: VT is the vector type of VW doubles, NV vectors make a
// row of the tile (NR = VW·NV). Constant trip counts let the compiler keep the tile in registers.
#define GB_UNROLL _Pragma("clang loop unroll(full)")
#define GB_KERNELS(NAME, ATTR, VT, VW, MR, NV)                                                   \
    ATTR static void NAME##_tile(ptrdiff_t kc, const double *restrict ap,                        \
                                 const double *restrict bp, double *restrict c, ptrdiff_t ldc,   \
                                 int first) {                                                    \
        VT acc[MR][NV];                                                                          \
        GB_UNROLL for (int i = 0; i < MR; i++)                                                             \
            GB_UNROLL for (int v = 0; v < NV; v++) {                                                       \
                if (first) acc[i][v] = (VT)(0.0);                                                \
                else memcpy(&acc[i][v], c + i * ldc + v * VW, sizeof(VT));                       \
            }                                                                                    \
        for (ptrdiff_t p = 0; p < kc; p++) {                                                     \
            VT bv[NV];                                                                           \
            GB_UNROLL for (int v = 0; v < NV; v++) memcpy(&bv[v], bp + (p * NV + v) * VW, sizeof(VT));     \
            GB_UNROLL for (int i = 0; i < MR; i++) {                                                       \
                const VT av = (VT)(ap[p * MR + i]);                                              \
                GB_UNROLL for (int v = 0; v < NV; v++) acc[i][v] = acc[i][v] + av * bv[v];                 \
            }                                                                                    \
        }                                                                                        \
        GB_UNROLL for (int i = 0; i < MR; i++)                                                             \
            GB_UNROLL for (int v = 0; v < NV; v++) memcpy(c + i * ldc + v * VW, &acc[i][v], sizeof(VT));   \
    }                                                                                            \
    ATTR static void NAME##_row(ptrdiff_t kc, const double *restrict a, ptrdiff_t a_col,         \
                                const double *restrict bp, double *restrict c, int first) {      \
        VT acc[NV];                                                                              \
        GB_UNROLL for (int v = 0; v < NV; v++) {                                                           \
            if (first) acc[v] = (VT)(0.0);                                                       \
            else memcpy(&acc[v], c + v * VW, sizeof(VT));                                        \
        }                                                                                        \
        for (ptrdiff_t p = 0; p < kc; p++) {                                                     \
            const VT av = (VT)(a[p * a_col]);                                                    \
            GB_UNROLL for (int v = 0; v < NV; v++) {                                                       \
                VT bv;                                                                           \
                memcpy(&bv, bp + (p * NV + v) * VW, sizeof(VT));                                 \
                acc[v] = acc[v] + av * bv;                                                       \
            }                                                                                    \
        }                                                                                        \
        GB_UNROLL for (int v = 0; v < NV; v++) memcpy(c + v * VW, &acc[v], sizeof(VT));                    \
    }                                                                                            \
    static const gb_kernel NAME##_kernel = {MR, VW * NV, NAME##_tile, NAME##_row};

typedef double gb_d2 __attribute__((ext_vector_type(2)));
GB_KERNELS(scalar, , double, 1, 4, 4)
GB_KERNELS(vector128, , gb_d2, 2, 6, 2)

#if defined(__x86_64__)
typedef double gb_d4 __attribute__((ext_vector_type(4)));
typedef double gb_d8 __attribute__((ext_vector_type(8)));
GB_KERNELS(avx2, __attribute__((target("avx2"))), gb_d4, 4, 6, 2)
GB_KERNELS(avx512, __attribute__((target("avx512f"))), gb_d8, 8, 12, 2)
#endif

int gb_gemm_path_available(gb_gemm_path path) {
    switch (path) {
    case GB_PATH_SCALAR:
    case GB_PATH_VECTOR128:
        return 1;
#if defined(__x86_64__)
    case GB_PATH_AVX2:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2");
    case GB_PATH_AVX512:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f");
#endif
    default:
        return 0;
    }
}

gb_gemm_path gb_gemm_best_path(void) {
    if (gb_gemm_path_available(GB_PATH_AVX512)) return GB_PATH_AVX512;
    if (gb_gemm_path_available(GB_PATH_AVX2)) return GB_PATH_AVX2;
    return GB_PATH_VECTOR128;
}

static const gb_kernel *kernel_for(gb_gemm_path path) {
    switch (path) {
#if defined(__x86_64__)
    case GB_PATH_AVX512: return &avx512_kernel;
    case GB_PATH_AVX2: return &avx2_kernel;
#endif
    case GB_PATH_VECTOR128: return &vector128_kernel;
    default: return &scalar_kernel;
    }
}

// A product too narrow for panels (one column, or fewer than half a panel): each element's sum
// in turn, four columns interleaved so that the additions do not wait on each other.
static void narrow_product(const double *a, ptrdiff_t a_row, ptrdiff_t a_col,
                           const double *b, ptrdiff_t b_row, ptrdiff_t b_col,
                           double *c, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n) {
    for (ptrdiff_t i = 0; i < m; i++) {
        const double *ai = a + i * a_row;
        ptrdiff_t j = 0;
        for (; j + 4 <= n; j += 4) {
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            const double *bj = b + j * b_col;
            for (ptrdiff_t p = 0; p < k; p++) {
                const double x = ai[p * a_col];
                const double *bp = bj + p * b_row;
                s0 = s0 + x * bp[0];
                s1 = s1 + x * bp[b_col];
                s2 = s2 + x * bp[2 * b_col];
                s3 = s3 + x * bp[3 * b_col];
            }
            c[i * n + j] = s0; c[i * n + j + 1] = s1; c[i * n + j + 2] = s2; c[i * n + j + 3] = s3;
        }
        for (; j < n; j++) {
            double s = 0;
            for (ptrdiff_t p = 0; p < k; p++) s = s + ai[p * a_col] * b[p * b_row + j * b_col];
            c[i * n + j] = s;
        }
    }
}

// What every thread of one product shares. It lives on the heap and the last thread to let go
// frees it, so that the caller never waits for a helper thread that has not been scheduled yet:
// blocks nobody has started are the caller's to take, and it waits only for blocks under way.
typedef struct {
    const gb_kernel *kernel;
    const double *a;
    ptrdiff_t a_row, a_col;
    double *packed_b; // B in KC-row blocks of NR-column micro-panels, zero-padded
    double *packed_a; // one MC×KC block of A for each thread
    double *c;
    ptrdiff_t m, k, n, panels, mc, blocks;
    atomic_long next_block, finished_blocks;
    atomic_int stop, holders;
} gb_product;

static void let_go(gb_product *g) {
    if (atomic_fetch_sub(&g->holders, 1) == 1) {
        free(g->packed_a);
        free(g->packed_b);
        free(g);
    }
}

// B[pc + p, j0 + jj] for the micro-panel starting at column j0 of the block starting at row pc.
static void pack_b(const double *b, ptrdiff_t b_row, ptrdiff_t b_col, ptrdiff_t k, ptrdiff_t n,
                   int nr, double *out) {
    for (ptrdiff_t pc = 0; pc < k; pc += KC) {
        const ptrdiff_t kc = k - pc < KC ? k - pc : KC;
        for (ptrdiff_t j0 = 0; j0 < n; j0 += nr) {
            const ptrdiff_t width = n - j0 < nr ? n - j0 : nr;
            for (ptrdiff_t p = 0; p < kc; p++) {
                const double *src = b + (pc + p) * b_row + j0 * b_col;
                ptrdiff_t jj = 0;
                if (b_col == 1) {
                    memcpy(out, src, (size_t)width * sizeof(double));
                    jj = width;
                }
                for (; jj < width; jj++) out[jj] = src[jj * b_col];
                for (; jj < nr; jj++) out[jj] = 0;
                out += nr;
            }
        }
    }
}

// Rows [i0, i1) of C, with `packed_a` room for (i1 − i0)×KC doubles.
static void product_block(const gb_product *g, ptrdiff_t i0, ptrdiff_t i1, double *packed_a) {
    const gb_kernel *kern = g->kernel;
    const int mr = kern->mr, nr = kern->nr;
    const ptrdiff_t full_panels = (i1 - i0) / mr, n = g->n;
    double tile[MAX_TILE];
    for (ptrdiff_t pc = 0; pc < g->k; pc += KC) {
        const ptrdiff_t kc = g->k - pc < KC ? g->k - pc : KC;
        // A's full panels, MR rows interleaved for each p, read along A's rows in memory.
        for (ptrdiff_t r = 0; r < full_panels; r++) {
            double *out = packed_a + r * mr * kc;
            const double *src = g->a + (i0 + r * mr) * g->a_row + pc * g->a_col;
            if (g->a_col == 1) {
                for (int ii = 0; ii < mr; ii++)
                    for (ptrdiff_t p = 0; p < kc; p++) out[p * mr + ii] = src[ii * g->a_row + p];
            } else {
                for (ptrdiff_t p = 0; p < kc; p++)
                    for (int ii = 0; ii < mr; ii++) out[p * mr + ii] = src[ii * g->a_row + p * g->a_col];
            }
        }
        for (ptrdiff_t jp = 0; jp < g->panels; jp++) {
            const ptrdiff_t j0 = jp * nr, width = n - j0 < nr ? n - j0 : nr;
            const double *bp = g->packed_b + pc * g->panels * nr + jp * kc * nr;
            for (ptrdiff_t i = i0; i < i1;) {
                const int rows = i + mr <= i0 + full_panels * mr ? mr : 1;
                // A full block is updated in C; the ragged edge in `tile`, from the sums so far.
                double *c = g->c + i * n + j0;
                ptrdiff_t ldc = n;
                if (width < nr) {
                    memset(tile, 0, sizeof tile);
                    if (pc != 0)
                        for (int ii = 0; ii < rows; ii++) memcpy(tile + ii * nr, c + ii * n, (size_t)width * sizeof(double));
                    c = tile;
                    ldc = nr;
                }
                if (rows == mr)
                    kern->tile(kc, packed_a + ((i - i0) / mr) * mr * kc, bp, c, ldc, pc == 0);
                else
                    kern->row(kc, g->a + i * g->a_row + pc * g->a_col, g->a_col, bp, c, pc == 0);
                if (c == tile)
                    for (int ii = 0; ii < rows; ii++)
                        memcpy(g->c + (i + ii) * n + j0, tile + ii * nr, (size_t)width * sizeof(double));
                i += rows;
            }
        }
    }
}

// Takes blocks of rows until none are left or the product is stopped.
static void take_blocks(gb_product *g, double *packed_a, gb_poll_fn poll, void *context) {
    for (;;) {
        if (atomic_load(&g->stop)) return;
        if (poll && poll(context)) { atomic_store(&g->stop, 1); return; }
        const ptrdiff_t block = atomic_fetch_add(&g->next_block, 1);
        if (block >= g->blocks) return;
        const ptrdiff_t i0 = block * g->mc, i1 = i0 + g->mc < g->m ? i0 + g->mc : g->m;
        product_block(g, i0, i1, packed_a);
        atomic_fetch_add(&g->finished_blocks, 1);
    }
}

typedef struct {
    gb_product *product;
    double *packed_a;
} gb_helper;

static void *helper_main(void *argument) {
    gb_helper helper = *(gb_helper *)argument;
    free(argument);
    take_blocks(helper.product, helper.packed_a, NULL, NULL);
    let_go(helper.product);
    return NULL;
}

int gb_gemm(gb_gemm_path path, int threads,
            const double *a, ptrdiff_t a_row, ptrdiff_t a_col,
            const double *b, ptrdiff_t b_row, ptrdiff_t b_col,
            double *c, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n,
            gb_poll_fn poll, void *context) {
    if (m <= 0 || n <= 0) return 0;
    if (k <= 0) {
        memset(c, 0, (size_t)(m * n) * sizeof(double));
        return 0;
    }
    if (!gb_gemm_path_available(path)) path = GB_PATH_SCALAR;
    const gb_kernel *kern = kernel_for(path);
    if (n == 1 || 2 * n < kern->nr) {
        narrow_product(a, a_row, a_col, b, b_row, b_col, c, m, k, n);
        return 0;
    }
    gb_product *g = calloc(1, sizeof(gb_product));
    if (!g) return -1;
    *g = (gb_product){.kernel = kern, .a = a, .a_row = a_row, .a_col = a_col, .c = c, .m = m, .k = k, .n = n};
    g->panels = (n + kern->nr - 1) / kern->nr;
    g->mc = kern->mr * (MC_TARGET / kern->mr);
    g->blocks = (m + g->mc - 1) / g->mc;
    atomic_init(&g->next_block, 0);
    atomic_init(&g->finished_blocks, 0);
    atomic_init(&g->stop, 0);
    atomic_init(&g->holders, 1);

    // A second thread pays for itself from about eight million multiply-adds (a third of a
    // millisecond) on; below that, starting it costs more than it saves.
    if (threads <= 0) threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (threads > MAX_THREADS) threads = MAX_THREADS;
    if (threads > g->blocks) threads = (int)g->blocks;
    if ((double)m * (double)k * (double)n < 8e6) threads = 1;
    if (threads < 1) threads = 1;
    const size_t a_block = (size_t)(g->mc * KC);
    g->packed_b = malloc((size_t)(k * g->panels * kern->nr) * sizeof(double));
    g->packed_a = malloc(a_block * (size_t)threads * sizeof(double));
    if (!g->packed_b || !g->packed_a) { let_go(g); return -1; }
    pack_b(b, b_row, b_col, k, n, kern->nr, g->packed_b);

    for (int t = 1; t < threads; t++) {
        gb_helper *helper = malloc(sizeof(gb_helper));
        if (!helper) break;
        *helper = (gb_helper){g, g->packed_a + (size_t)t * a_block};
        atomic_fetch_add(&g->holders, 1);
        pthread_t id;
        if (pthread_create(&id, NULL, helper_main, helper) != 0) {
            atomic_fetch_sub(&g->holders, 1);
            free(helper);
            break;
        }
        pthread_detach(id);
    }
    take_blocks(g, g->packed_a, poll, context);
    // Claim whatever is left (after a stop, helpers must not start another block), then wait
    // for the blocks still under way elsewhere.
    const ptrdiff_t claimed = atomic_exchange(&g->next_block, g->blocks);
    const ptrdiff_t taken = claimed < g->blocks ? claimed : g->blocks;
    while (atomic_load(&g->finished_blocks) < taken) sched_yield();
    const int stopped = atomic_load(&g->stop);
    let_go(g);
    return stopped ? 1 : 0;
}
