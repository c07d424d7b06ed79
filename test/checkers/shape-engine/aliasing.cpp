// Aliasing: `auto b = a;` copies a handle, so both name one tensor, and an
// in-place op through either changes both. A new tensor (clone, view,
// unsqueeze, a factory) is another object; assigning one to b rebinds b only.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

torch::Tensor loadLabels();

// ===== In-place ops through a copied handle ==================================

// b.unsqueeze_(1) changes a's tensor too: both are [4, 1].
void inPlaceThroughCopy() {
  auto logits = torch::randn({4, 3});
  auto a = torch::randint(0, 3, {4});
  auto b = a;
  b.unsqueeze_(1);
  F::cross_entropy(logits, a);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, a.squeeze(1));
  F::cross_entropy(logits, b);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, b.squeeze(1));
}

// The handle an in-place op returns is the same tensor.
void inPlaceResult() {
  auto logits = torch::randn({4, 3});
  auto a = torch::randint(0, 3, {4});
  auto b = a.unsqueeze_(1);
  F::cross_entropy(logits, a);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, a.squeeze(1));
  F::cross_entropy(logits, b);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, b.squeeze(1));
}

// A view is a new tensor object: squeezing its base in place leaves its
// sizes alone.
void viewKeepsItsSizes() {
  auto logits = torch::randn({4, 3});
  auto base = torch::randint(0, 3, {4, 1});
  auto column = base.view({4, 1});
  base.squeeze_(1);
  F::cross_entropy(logits, base);
  F::cross_entropy(logits, column);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, column.squeeze(1));
}

// Not flagged: squeeze_ through the copy repairs the original.
void repairedThroughCopy() {
  auto logits = torch::randn({4, 3});
  auto a = torch::randint(0, 3, {4, 1});
  auto b = a;
  b.squeeze_(1);
  F::cross_entropy(logits, a);
}

// Not flagged: a clone is another tensor; a stays [4].
void cloneIsAnotherTensor() {
  auto logits = torch::randn({4, 3});
  auto a = torch::randint(0, 3, {4});
  auto b = a.clone();
  b.unsqueeze_(1);
  F::cross_entropy(logits, a);
}

// Not flagged: the copy is unsqueezed on one path only.
void inPlaceOnOnePath(bool flag) {
  auto logits = torch::randn({4, 3});
  auto a = torch::randint(0, 3, {4});
  auto b = a;
  if (flag)
    b.unsqueeze_(1);
  F::cross_entropy(logits, a);
}

// ===== Rebinding a handle ====================================================

// b = b.unsqueeze(1) makes b a new tensor; a keeps its sizes (not flagged),
// b is [4, 1].
void rebindDoesNotAlias() {
  auto logits = torch::randn({4, 3});
  auto a = torch::randint(0, 3, {4});
  auto b = a;
  b = b.unsqueeze(1);
  F::cross_entropy(logits, a);
  F::cross_entropy(logits, b);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, b.squeeze(1));
}

// Not flagged: a handle of unknown origin may be any tensor, including the
// target: an in-place op through it makes the target unknown.
void unknownHandleMayAliasTarget() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  auto other = loadLabels();
  other.squeeze_();
  F::cross_entropy(logits, labels);
}

// FALSE NEGATIVE: a by-value parameter cannot alias a tensor made inside the
// function, but the analysis does not tell fresh tensors apart from others:
// the in-place op on the parameter makes the target unknown.
void parameterCannotAliasFreshTensor(torch::Tensor input) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  input.squeeze_();
  F::cross_entropy(logits, labels);
}
