// Shapes through LibTorch ops: view / reshape with -1, unsqueeze / squeeze
// and their in-place forms, flatten, argmax and max(dim) with keepdim (read
// with std::get and structured bindings), stack, one_hot and to(dtype).
// Input [N, C] = [4, 3] unless said otherwise.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== view / reshape ========================================================

// -1 is solved from the element count: [4] viewed as {-1, 1} or {4, -1}.
void viewAddsColumn() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  F::cross_entropy(logits, labels.view({-1, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.view({-1, 1}).squeeze(1));
  F::cross_entropy(logits, labels.reshape({4, -1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.reshape({4, -1}).squeeze(1));
  F::cross_entropy(logits, torch::reshape(labels, {-1, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, torch::reshape(labels, {-1, 1}).squeeze(1));
}

// Not flagged: {-1} keeps [4]; {1, -1} gives [1, 4], a batch mismatch.
void viewValidOrOtherError() {
  auto logits = torch::randn({4, 3});
  auto column = torch::randint(0, 3, {4, 1});
  F::cross_entropy(logits, column.view({-1}));
  F::cross_entropy(logits, column.view({1, -1}));
}

// Not flagged: 4 elements cannot be viewed as {3, -1}: view throws first.
void viewThrows() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  F::cross_entropy(logits, labels.view({3, -1}));
}

// ===== unsqueeze / squeeze ===================================================

// unsqueeze(1), unsqueeze(-1) and torch::unsqueeze add the column.
void unsqueezeAddsColumn() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  F::cross_entropy(logits, labels.unsqueeze(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.unsqueeze(1).squeeze(1));
  F::cross_entropy(logits, labels.unsqueeze(-1));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.unsqueeze(-1).squeeze(1));
  F::cross_entropy(logits, torch::unsqueeze(labels, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, torch::unsqueeze(labels, 1).squeeze(1));
}

// Not flagged: unsqueeze(0) gives [1, 4], a batch mismatch.
void unsqueezeFront() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  F::cross_entropy(logits, labels.unsqueeze(0));
}

// squeeze(d) removes one size-1 dim only: [4, 1, 1] -> [4, 1].
void squeezeOneOfTwo() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1, 1});
  F::cross_entropy(logits, labels.squeeze(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(2).squeeze(1));
}

// Not flagged: squeeze() removes both; squeeze(1) of [4, 1] gives [4].
void squeezeValid() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::randint(0, 3, {4, 1, 1}).squeeze());
  F::cross_entropy(logits, torch::randint(0, 3, {4, 1}).squeeze(1));
}

// In place: unsqueeze_ changes the variable itself.
void unsqueezeInPlace() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  labels.unsqueeze_(1);
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// Not flagged: squeeze_() and squeeze_(1) repair the variable in place.
void squeezeInPlace() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  labels.squeeze_(1);
  F::cross_entropy(logits, labels);
  auto more = torch::randint(0, 3, {4, 1, 1});
  more.squeeze_();
  F::cross_entropy(logits, more);
}

// ===== flatten ===============================================================

// flatten(1) of [4, 1, 1] is [4, 1]; flatten(0, 1) of [4, 1, 1] too.
void flattenKeepsColumn() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1, 1});
  F::cross_entropy(logits, labels.flatten(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.flatten(1).squeeze(1));
  F::cross_entropy(logits, torch::flatten(labels, 0, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, torch::flatten(labels, 0, 1).squeeze(1));
}

// Masks [N, H, W] flattened from dim 1 against a flat input: multi-target,
// and no size-1 dim to squeeze, so no fix.
void flattenMasks() {
  auto logits = torch::randn({4, 3});
  auto masks = torch::randint(0, 3, {4, 5, 6});
  F::cross_entropy(logits, masks.flatten(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 30] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
}

// Not flagged: flatten() gives [4].
void flattenAll() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::randint(0, 3, {4, 1, 1}).flatten());
}

// ===== argmax and max(dim) ===================================================

// argmax(1, true) keeps the reduced dim: [4, 1], Long.
void argmaxKeepdim() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::rand({4, 3}).argmax(1, /*keepdim=*/true);
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// Not flagged: argmax(1) drops it; argmax() is 0-d (a batch mismatch).
void argmaxValid() {
  auto logits = torch::randn({4, 3});
  auto scores = torch::rand({4, 3});
  F::cross_entropy(logits, scores.argmax(1));
  F::cross_entropy(logits, torch::argmax(scores, 1));
  F::cross_entropy(logits, scores.argmax());
}

// max(1, true) read with std::get: the indices (element 1) are [4, 1] Long;
// the values (element 0) are [4, 1] Float, warned without a fix.
void maxKeepdimGet() {
  auto logits = torch::randn({4, 3});
  auto scores = torch::rand({4, 3});
  F::cross_entropy(logits, std::get<1>(scores.max(1, true)));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, std::get<1>(scores.max(1, true)).squeeze(1));
  F::cross_entropy(logits, std::get<0>(scores.max(1, true)));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
}

// max(1, true) read with a structured binding.
void maxKeepdimBinding() {
  auto logits = torch::randn({4, 3});
  auto [values, indices] = torch::rand({4, 3}).max(1, true);
  F::cross_entropy(logits, indices);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, indices.squeeze(1));
}

// Not flagged: max(1) drops the dim, read either way.
void maxValid() {
  auto logits = torch::randn({4, 3});
  auto scores = torch::rand({4, 3});
  F::cross_entropy(logits, std::get<1>(scores.max(1)));
  auto [values, indices] = scores.max(1);
  F::cross_entropy(logits, indices);
}

// ===== stack =================================================================

// Stacking along dim 1 makes [4, 2]: multi-target, no fix.
void stackColumns() {
  auto logits = torch::randn({4, 3});
  auto a = torch::randint(0, 3, {4});
  auto b = torch::randint(0, 3, {4});
  F::cross_entropy(logits, torch::stack({a, b}, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 2] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
}

// Not flagged: along dim 0 it is [2, 4], a batch mismatch.
void stackRows() {
  auto logits = torch::randn({4, 3});
  auto a = torch::randint(0, 3, {4});
  F::cross_entropy(logits, torch::stack({a, a}));
}

// ===== one_hot ===============================================================

// NLL has no probability path: one_hot(y, 3) is [4, 3] multi-target.
void oneHotForNll() {
  auto logProbs = torch::randn({4, 3}).log_softmax(1);
  auto labels = torch::randint(0, 3, {4});
  F::nll_loss(logProbs, F::one_hot(labels, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: target of shape [4, 3] does not fit input [4, 3] of 'torch::nn::functional::nll_loss': class indices of shape [4] expected [torch-loss-target-rank]
  F::nll_loss(logProbs, torch::one_hot(labels, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: target of shape [4, 3] does not fit
}

// one_hot with the wrong class count is [4, 4]: not the probability path.
void oneHotWrongClassCount() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  F::cross_entropy(logits, F::one_hot(labels, 4));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 4] does not fit
}

// Not flagged: for CrossEntropy one_hot(y, 3) is the probability path (its
// Long dtype is another check's business); one_hot(y) has an unknown class
// count.
void oneHotForCrossEntropy() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  F::cross_entropy(logits, F::one_hot(labels, 3));
  F::cross_entropy(logits, F::one_hot(labels));
}

// ===== to(dtype) =============================================================

// to(kLong) makes a Long target: fixed. to(kFloat) makes it Float: no fix.
void toDtype() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  F::cross_entropy(logits, torch::rand({4, 1}).to(torch::kLong));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, torch::rand({4, 1}).to(torch::kLong).squeeze(1));
  F::cross_entropy(logits, labels.to(torch::kFloat));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
}

// Not flagged: to() keeps the sizes; a Float [4, 3] target is the
// probability path.
void toDtypeValid() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::randint(0, 2, {4, 3}).to(torch::kFloat));
  F::cross_entropy(logits, torch::rand({4}).to(torch::kLong));
}
