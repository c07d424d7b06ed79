// torch-loss-target-shape on the class-index losses: batch sizes that
// differ, the class dim in the wrong place, inputs of a rank the entry
// point does not take.
// RUN: %check_torch_tidy %s torch-loss-target-shape %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== Batch sizes ============================================================

// The labels of another batch.
void batchMismatch() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {5});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [5] does not fit input [4, 3] of 'CrossEntropyLoss': class indices of shape [4] expected [torch-loss-target-shape]
  F::nll_loss(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: target of shape [5] does not fit input [4, 3] of 'torch::nn::functional::nll_loss': class indices of shape [4] expected [torch-loss-target-shape]
  // at::nll_loss words it as a size mismatch.
  torch::nll_loss(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: target of shape [5] does not fit input [4, 3] of 'torch::nll_loss': class indices of shape [4] expected [torch-loss-target-shape]
}

// A row of labels, [1, N]: the batch check comes before the rank check,
// except in at::nll_loss (there it is torch-loss-target-rank's).
void labelsAsRow() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {1, 4});
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [1, 4] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-shape]
  torch::nll_loss(logits, labels);
}

// ===== The class dim ==========================================================

// seq2seq: logits [B, T, V] with labels [B, T]. LibTorch wants the classes
// in dim 1; two repairs are plausible, so notes name them and nothing is
// applied.
void seq2seq() {
  auto logits = torch::randn({4, 7, 10});
  auto labels = torch::randint(0, 10, {4, 7});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [4, 7] does not fit input [4, 7, 10] of 'CrossEntropyLoss': class indices of shape [4, 10] expected [torch-loss-target-shape]
}

// Channels last: [N, H, W, C] logits with [N, H, W] masks.
void channelsLast() {
  auto logits = torch::randn({2, 5, 6, 3});
  auto masks = torch::randint(0, 3, {2, 5, 6});
  F::cross_entropy(logits, masks);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [2, 5, 6] does not fit input [2, 5, 6, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [2, 6, 3] expected [torch-loss-target-shape]
}

// A transposed segmentation mask.
void transposedMask() {
  auto logits = torch::randn({2, 3, 5, 6});
  auto masks = torch::randint(0, 3, {2, 6, 5});
  torch::nll_loss2d(logits, masks);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [2, 6, 5] does not fit input [2, 3, 5, 6] of 'torch::nll_loss2d': class indices of shape [2, 5, 6] expected [torch-loss-target-shape]
}

// ===== The input's rank =======================================================

// NLLLoss's front end takes no unbatched input, though ATen does.
void unbatchedNLL() {
  auto logProbs = torch::randn({3}).log_softmax(0);
  auto label = torch::randint(0, 3, {});
  torch::nn::NLLLoss criterion;
  criterion(logProbs, label);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: input of shape [3] does not fit 'NLLLoss': 2 or more dims expected [torch-loss-target-shape]
  torch::nll_loss(logProbs, label);
}

// at::nll_loss takes 1-d and 2-d inputs only; at::nll_loss2d 4-d only.
void atenRanks() {
  auto logProbs = torch::randn({4, 3, 5});
  torch::nll_loss(logProbs, torch::randint(0, 3, {4, 5}));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: input of shape [4, 3, 5] does not fit 'torch::nll_loss': 1 or 2 dims expected [torch-loss-target-shape]
  torch::nll_loss2d(logProbs, torch::randint(0, 3, {4, 5, 6}));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: input of shape [4, 3, 5] does not fit 'torch::nll_loss2d': 4 dims ([N, C, H, W]) expected [torch-loss-target-shape]
  torch::nll_loss_nd(logProbs, torch::randint(0, 3, {4, 5}));
}

// ===== Not flagged ============================================================

void valid() {
  auto logits = torch::randn({4, 3, 5, 6});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, torch::randint(0, 3, {4, 5, 6}));
  F::nll_loss(torch::randn({4, 3, 7}), torch::randint(0, 3, {4, 7}));
  criterion(torch::randn({3}), torch::randint(0, 3, {}));
}

// Errors of the other checks: a [N, 1] target (rank), a Float target
// (dtype).
void otherChecks() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::randint(0, 3, {4, 1}));
  F::cross_entropy(logits, torch::rand({4}));
}

// Symbolic batch sizes that may differ are never guessed.
void symbolic(int64_t n, int64_t m) {
  F::cross_entropy(torch::randn({n, 3}), torch::randint(0, 3, {m}));
}
