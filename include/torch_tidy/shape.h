// torch-tidy: shape annotations as attributes.
//
//   #include <torch_tidy/shape.h>
//
//   TORCH_TIDY_SHAPE("[B, C]") torch::Tensor logits = model(x);
//   torch::Tensor loss_of(TORCH_TIDY_SHAPE("[B, C]") const torch::Tensor& logits,
//                         TORCH_TIDY_SHAPE("[B] long") const torch::Tensor& labels);
//   TORCH_TIDY_SHAPE("[N, 1]") torch::Tensor make_labels(int64_t n);  // the result
//
// Under clang the macro is [[clang::annotate("torch_tidy.shape", "...")]],
// which torch-tidy reads (the grammar is in docs/annotations.md); it changes
// nothing in the program. Under other compilers (GCC, MSVC) it expands to
// nothing, so annotated code builds everywhere. Comments
// (`// shape: [B, C]`) say the same without this header.
#ifndef TORCH_TIDY_SHAPE_H
#define TORCH_TIDY_SHAPE_H

#if defined(__clang__) && defined(__cplusplus) && defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::annotate)
#define TORCH_TIDY_SHAPE(annotation)                                           \
  [[clang::annotate("torch_tidy.shape", annotation)]]
#endif
#endif

#ifndef TORCH_TIDY_SHAPE
#define TORCH_TIDY_SHAPE(annotation)
#endif

#endif // TORCH_TIDY_SHAPE_H
