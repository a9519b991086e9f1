// Adam's elementwise update (Sources/NN/Optimizers/Adam.swift has the formula and its
// provenance), one loop per instruction set, chosen at run time as the matrix product's are.
//
// Every operation is IEEE's correctly rounded +, −, ×, ÷ or √, in the order Adam.swift states,
// so each lane of a vector computes exactly what the scalar loop computes: every path gives the
// same bits. Contraction into fused multiply-add is off, as in gemm.c.
#pragma clang fp contract(off)

#include "CKernels.h"

// The loop, written once; `decay` (0 none, 1 decoupled, 2 L2) and `amsgrad` are constants in
// each instantiation, so that the compiler vectorises a loop without branches.
static inline __attribute__((always_inline)) void
adam_loop(const gb_adam_step *s, ptrdiff_t n, double *restrict p, const double *restrict g, double *restrict m,
          double *restrict v, double *restrict v_max, int decay, int amsgrad) {
    const double beta1 = s->beta1, beta2 = s->beta2, rest1 = 1 - s->beta1, rest2 = 1 - s->beta2;
    for (ptrdiff_t j = 0; j < n; j++) {
        double gj = g[j];
        if (decay == 1) p[j] = p[j] * s->decay;
        if (decay == 2) gj = gj + s->weight_decay * p[j];
        m[j] = beta1 * m[j] + rest1 * gj;
        v[j] = beta2 * v[j] + rest2 * gj * gj;
        double second = v[j];
        if (amsgrad) {
            // Swift's max(x, y): y >= x ? y : x.
            v_max[j] = v[j] >= v_max[j] ? v[j] : v_max[j];
            second = v_max[j];
        }
        const double denominator = __builtin_elementwise_sqrt(second) / s->correction2_root + s->eps;
        p[j] = p[j] - s->step_size * m[j] / denominator;
    }
}

#define GB_ADAM(NAME, ATTR)                                                                      \
    ATTR static void NAME(const gb_adam_step *s, ptrdiff_t n, double *p, const double *g,        \
                          double *m, double *v, double *v_max) {                                 \
        const int decay = s->weight_decay == 0 ? 0 : s->decoupled ? 1 : 2;                       \
        if (s->amsgrad) {                                                                        \
            if (decay == 0) adam_loop(s, n, p, g, m, v, v_max, 0, 1);                            \
            else if (decay == 1) adam_loop(s, n, p, g, m, v, v_max, 1, 1);                       \
            else adam_loop(s, n, p, g, m, v, v_max, 2, 1);                                       \
        } else {                                                                                 \
            if (decay == 0) adam_loop(s, n, p, g, m, v, v_max, 0, 0);                            \
            else if (decay == 1) adam_loop(s, n, p, g, m, v, v_max, 1, 0);                       \
            else adam_loop(s, n, p, g, m, v, v_max, 2, 0);                                       \
        }                                                                                        \
    }

GB_ADAM(adam_scalar, __attribute__((noinline)))
#if defined(__x86_64__)
GB_ADAM(adam_avx2, __attribute__((target("avx2"))))
GB_ADAM(adam_avx512, __attribute__((target("avx512f"))))
#endif

void gb_adam(gb_gemm_path path, const gb_adam_step *step, ptrdiff_t n, double *p, const double *g,
             double *m, double *v, double *v_max) {
    if (!gb_gemm_path_available(path)) path = GB_PATH_SCALAR;
    switch (path) {
#if defined(__x86_64__)
    case GB_PATH_AVX512: adam_avx512(step, n, p, g, m, v, v_max); return;
    case GB_PATH_AVX2: adam_avx2(step, n, p, g, m, v, v_max); return;
#endif
    default: adam_scalar(step, n, p, g, m, v, v_max); return;
    }
}
