// A name stands for one size: within one annotation, within one function
// (between annotated sites where one runs before the other on every path),
// within one call's arguments, within one object's fields. A name met with
// two certainly different sizes is a warning at the later site, with a
// note at the earlier one.
// RUN: %check_torch_tidy %s torch-shape-annotation %t -- -- %mirror_flags -I%annotation_include

#include <torch/torch.h>

torch::Tensor load();

// ===== Within one annotation =================================================

void oneAnnotation() {
  auto square = torch::randn({8, 5}); // shape: [N, N]
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: 'N' is 5 at dim 1 but 8 at dim 0 of the shape [8, 5] of 'square' [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-2]]:49: note: 'square' is annotated here
}

void oneAnnotationFits() {
  auto square = torch::randn({5, 5}); // shape: [N, N]
}

// ===== Within one function ===================================================

// [B, C] meets [8, 5], then [C, B] meets [8, 5]: C is 5, then 8.
void swapped() {
  auto logits = torch::randn({8, 5}); // shape: [B, C]
  auto transposed = torch::randn({8, 5}); // shape: [C, B]
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: 'C' is 8 in the shape [8, 5] of 'transposed', but 5 in the shape [8, 5] of 'logits' [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: 'C' is 5 here
}

// Whatever path is taken, the first site ran before the second.
void dominating(bool train, int steps) {
  auto logits = torch::randn({8, 5}); // shape: [B, C]
  if (train) {
    auto labels = torch::randint(0, 5, {4}); // shape: [B]
    // CHECK-NOTES: :[[@LINE-1]]:19: warning: 'B' is 4 in the shape [4] of 'labels', but 8 in the shape [8, 5] of 'logits' [torch-shape-annotation]
    // CHECK-NOTES: :[[@LINE-4]]:17: note: 'B' is 8 here
  }
  for (int i = 0; i < steps; ++i) {
    torch::Tensor weights = torch::ones({6}); // shape: [C]
    // CHECK-NOTES: :[[@LINE-1]]:29: warning: 'C' is 6 in the shape [6] of 'weights', but 5 in the shape [8, 5] of 'logits' [torch-shape-annotation]
    // CHECK-NOTES: :[[@LINE-9]]:17: note: 'C' is 5 here
  }
}

// A variadic name covers the same dims everywhere.
void variadicNames() {
  auto images = torch::randn({2, 3, 5}); // shape: [*batch, C]
  auto masks = torch::randn({2, 4}); // shape: [*batch]
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: '*batch' is [2, 4] in the shape [2, 4] of 'masks', but [2, 3] in the shape [2, 3, 5] of 'images' [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: '*batch' is [2, 3] here
  auto fewer = torch::randn({2}); // shape: [*batch]
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: '*batch' is [2] in the shape [2] of 'fewer', but [2, 3] in the shape [2, 3, 5] of 'images' [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-6]]:17: note: '*batch' is [2, 3] here
}

// The returned tensor shares the function's names.
// returns shape: [B]
torch::Tensor firstColumn() {
  auto x = torch::randn({8, 5}); // shape: [B, C]
  return torch::randn({4});
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'B' is 4 in the shape [4] of the result of 'firstColumn', but 8 in the shape [8, 5] of 'x' [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-3]]:12: note: 'B' is 8 here
}

// No warning: on no path do both sites run.
void exclusivePaths(bool big) {
  if (big) {
    auto a = torch::randn({8}); // shape: [B]
  } else {
    auto b = torch::randn({4}); // shape: [B]
  }
}

// No warning: the earlier site runs on some paths only.
void notOnEveryPath(bool big) {
  if (big) {
    auto a = torch::randn({8}); // shape: [B]
  }
  auto b = torch::randn({4}); // shape: [B]
}

// No warning: symbols and unknown sizes may be equal; a parameter's name is
// whatever the caller passes.
void mayBeEqual(int n, int m, const torch::Tensor &x /* shape: [B] */) {
  auto a = torch::randn({n}); // shape: [B]
  auto b = torch::randn({m}); // shape: [B]
  auto c = torch::randn({8}); // shape: [B]
  auto d = load(); // shape: [B]
}

// ===== Within one call =======================================================

void train(const torch::Tensor &logits /* shape: [B, C] */,
           const torch::Tensor &labels /* shape: [B] */);
void pair(const torch::Tensor &a /* shape: [B, C] */,
          const torch::Tensor &b /* shape: [C, B] */);

void calls() {
  auto logits = torch::randn({8, 5});
  train(logits, torch::randint(0, 5, {4}));
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: 'B' is 4 in the shape [4] of parameter 'labels' of 'train', but 8 in the shape [8, 5] of parameter 'logits' of 'train' [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-2]]:9: note: 'B' is 8 here
  pair(logits, torch::randn({8, 5}));
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'C' is 8 in the shape [8, 5] of parameter 'b' of 'pair', but 5 in the shape [8, 5] of parameter 'a' of 'pair' [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: 'C' is 5 here
  pair(logits, torch::randn({5, 8}));
  // No warning: each call binds its own names.
  train(logits, torch::randint(0, 5, {8}));
  train(torch::randn({4, 5}), torch::randint(0, 5, {4}));
}

// ===== Within one object =====================================================

struct Batch {
  torch::Tensor data;   // shape: [B, C]
  torch::Tensor target; // shape: [B]
};

void objects(Batch &batch, Batch &other) {
  batch.data = torch::randn({8, 5});
  batch.target = torch::randint(0, 5, {4});
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: 'B' is 4 in the shape [4] of field 'target', but 8 in the shape [8, 5] of field 'data' [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-3]]:16: note: 'B' is 8 here
  // No warning: another object, and the function's own B.
  other.target = torch::randint(0, 5, {6});
  auto local = torch::randn({3}); // shape: [B]
}
