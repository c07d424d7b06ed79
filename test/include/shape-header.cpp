// include/torch_tidy/shape.h in every place an annotation goes, compiled as
// one file by clang++ (the macro is [[clang::annotate(...)]]) and by g++
// (the macro is empty), with warnings as errors: annotated code builds with
// both. The dump shows that clang keeps the annotations.
// REQUIRES: gxx
// RUN: %cxx -std=c++17 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I%annotation_include %s
// RUN: %gxx -std=c++17 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I%annotation_include %s
// RUN: %gxx -std=c++17 -E -P -I%annotation_include %s | %FileCheck %s --check-prefix=GXX
// RUN: %cxx -std=c++17 -fsyntax-only -I%annotation_include -Xclang -ast-dump %s | %FileCheck %s --check-prefix=CLANG

#include <torch_tidy/shape.h>

namespace torch {
struct Tensor {
  Tensor() = default;
  Tensor view(long) const { return *this; }
};
} // namespace torch

// A function's result, its parameters, a field, a global and locals.
TORCH_TIDY_SHAPE("[N, 1]")
torch::Tensor columnLabels(TORCH_TIDY_SHAPE("[N, C]") const torch::Tensor &logits);

struct Batch {
  TORCH_TIDY_SHAPE("[B, C] float") torch::Tensor data;
  torch::Tensor target TORCH_TIDY_SHAPE("[B] long");
};

TORCH_TIDY_SHAPE("[]") torch::Tensor gLoss;

torch::Tensor columnLabels(const torch::Tensor &logits) {
  TORCH_TIDY_SHAPE("[*batch, C]") torch::Tensor copy = logits;
  torch::Tensor flat TORCH_TIDY_SHAPE("[...]") = copy.view(-1);
  return flat;
}

// GXX: torch::Tensor columnLabels( const torch::Tensor &logits);
// GXX: torch::Tensor data;
// GXX: torch::Tensor target ;

// CLANG: FunctionDecl {{.*}} columnLabels 'torch::Tensor (const torch::Tensor &)'
// CLANG: AnnotateAttr {{.*}} "torch_tidy.shape"
// CLANG: StringLiteral {{.*}} "[N, C]"
// CLANG: AnnotateAttr {{.*}} "torch_tidy.shape"
// CLANG: StringLiteral {{.*}} "[N, 1]"
// CLANG: FieldDecl {{.*}} data 'torch::Tensor'
// CLANG: AnnotateAttr {{.*}} "torch_tidy.shape"
// CLANG: StringLiteral {{.*}} "[B, C] float"
