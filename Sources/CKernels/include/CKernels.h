#ifndef GRADBOOK_CKERNELS_H
#define GRADBOOK_CKERNELS_H

#include <stddef.h>

/// The instruction sets the matrix product has a kernel for. Every path gives the same bits:
/// each element of C is summed in increasing p from 0, without fused multiply-add.
typedef enum {
    GB_PATH_SCALAR = 0,   ///< plain C, one double at a time
    GB_PATH_VECTOR128 = 1, ///< two doubles a register: SSE2 on x86-64, NEON on arm64
    GB_PATH_AVX2 = 2,     ///< four doubles a register
    GB_PATH_AVX512 = 3,   ///< eight doubles a register
} gb_gemm_path;

/// The widest path this processor (and its operating system) can run.
gb_gemm_path gb_gemm_best_path(void);

/// Whether `path` can run here.
int gb_gemm_path_available(gb_gemm_path path);

/// Called between blocks of work on the calling thread; a nonzero answer stops the product.
typedef int (*gb_poll_fn)(void *context);

/// C = A·B, where A[i, p] = a[i·a_row + p·a_col] (m×k), B[p, j] = b[p·b_row + j·b_col] (k×n)
/// and C is row-major m×n. Strides let a transposed operand be read in place.
/// Blocks of rows are spread over up to `threads` threads (0: one per processor); `poll` (may be NULL) is asked between
/// blocks, on the calling thread only. Returns 0 when done, 1 when stopped by `poll` (C is then
/// partly written), -1 when memory for packing could not be had.
int gb_gemm(gb_gemm_path path, int threads,
            const double *a, ptrdiff_t a_row, ptrdiff_t a_col,
            const double *b, ptrdiff_t b_row, ptrdiff_t b_col,
            double *c, ptrdiff_t m, ptrdiff_t k, ptrdiff_t n,
            gb_poll_fn poll, void *context);

/// One Adam step's constants (Sources/NN/Optimizers/Adam.swift).
typedef struct {
    double beta1, beta2, eps, weight_decay;
    double step_size;        ///< lr / (1 − β₁ᵗ)
    double correction2_root; ///< √(1 − β₂ᵗ)
    double decay;            ///< 1 − lr·λ, for the decoupled (AdamW) decay
    int decoupled, amsgrad;
} gb_adam_step;

/// Adam's update of n elements in place: the parameters p, the moments m and v and (with
/// amsgrad) v_max, from the gradient g. The vector paths give the scalar path's bits; the
/// scalar path runs for `GB_PATH_VECTOR128` too.
void gb_adam(gb_gemm_path path, const gb_adam_step *step, ptrdiff_t n, double *p, const double *g,
             double *m, double *v, double *v_max);

#endif
