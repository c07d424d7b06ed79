// torch-loss-target-rank beyond CrossEntropyLoss and NLLLoss: MultiMargin's
// "inconsistent target size" and CosineEmbedding's multi-target error.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== MultiMarginLoss ========================================================

// Labels as a column: one class index per sample expected.
void multiMarginColumn() {
  auto scores = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  torch::nn::MultiMarginLoss criterion;
  criterion(scores, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [4, 1] does not fit input [4, 3] of 'MultiMarginLoss': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(scores, labels.squeeze(1));
  torch::multi_margin_loss(scores, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::multi_margin_loss': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::multi_margin_loss(scores, labels.squeeze(1));
}

// The error also covers a count that differs: [5] for 4 samples.
void multiMarginCount() {
  auto scores = torch::randn({4, 3});
  F::multi_margin_loss(scores, torch::randint(0, 3, {5}));
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: target of shape [5] does not fit input [4, 3] of 'torch::nn::functional::multi_margin_loss': class indices of shape [4] expected [torch-loss-target-rank]
}

// ===== CosineEmbeddingLoss ====================================================

// One label (+1 / -1) per pair: a column is multi-target.
void cosineColumn() {
  auto a = torch::randn({4, 8});
  auto b = torch::randn({4, 8});
  auto same = torch::ones({4, 1});
  torch::nn::CosineEmbeddingLoss criterion;
  criterion(a, b, same);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: target of shape [4, 1] does not fit input1 [4, 8] of 'CosineEmbeddingLoss': labels of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(a, b, same.squeeze(1));
  // Multi-target whatever the inputs: the check comes first.
  torch::cosine_embedding_loss(torch::randn({4, 8, 2}), torch::randn({4, 8, 2}), torch::ones({4, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:82: warning: target of shape [4, 2] does not fit input1 [4, 8, 2] of 'torch::cosine_embedding_loss': labels of 0 or 1 dims expected [torch-loss-target-rank]
}

// ===== Not flagged ============================================================

void valid() {
  auto scores = torch::randn({4, 3});
  F::multi_margin_loss(scores, torch::randint(0, 3, {4}));
  F::multi_margin_loss(torch::randn({3}), torch::randint(0, 3, {1}));
  auto a = torch::randn({4, 8});
  F::cosine_embedding_loss(a, a, torch::ones({4}));
  F::cosine_embedding_loss(torch::randn({8}), torch::randn({8}), torch::ones({}));
}

// MultiMargin rejects an input of 3 dims before the target:
// torch-loss-target-shape's.
void otherCheck() {
  F::multi_margin_loss(torch::randn({4, 3, 2}), torch::randint(0, 3, {4, 1}));
}
