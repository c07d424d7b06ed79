// Warnings where no repair is certain: the check warns, offers no fix-it,
// and LibTorch throws the predicted message (runtime_proof.py).
// REQUIRES: libtorch
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %real_flags
// RUN: %runtime_proof --checks=torch-loss-target-rank --mode=examples %s %t-proof

#include "torch_tidy_cases.h"

// Float labels: squeezing alone would reach "expected scalar type Long".
TORCH_TIDY_CASE(floatColumnLabels) {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1}).to(torch::kFloat);
  torch::nn::functional::nll_loss(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nn::functional::nll_loss': class indices of shape [8] expected [torch-loss-target-rank]
}

// Two extra dims: no single squeeze repairs it.
TORCH_TIDY_CASE(twoExtraDims) {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1, 1});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [8, 1, 1] does not fit input [8, 5] of 'CrossEntropyLoss': class indices of shape [8] expected [torch-loss-target-rank]
}

// An unbatched input takes a 0-d target: squeezing [5, 1] gives [5], which
// CrossEntropyLoss would read as class probabilities.
TORCH_TIDY_CASE(unbatchedInput) {
  auto logits = torch::randn({5});
  auto label = torch::randint(0, 5, {5, 1});
  torch::cross_entropy_loss(logits, label);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: target of shape [5, 1] does not fit input [5] of 'torch::cross_entropy_loss': class indices of shape [] expected [torch-loss-target-rank]
}

// The target comes out of a macro: warned, never edited.
#define LABELS_OF(batch) torch::randint(0, 5, {batch, 1})
TORCH_TIDY_CASE(targetFromMacro) {
  auto logits = torch::randn({4, 5});
  torch::nll_loss(logits, LABELS_OF(4));
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: target of shape [4, 1] does not fit input [4, 5] of 'torch::nll_loss': class indices of shape [4] expected [torch-loss-target-rank]
}
