// torch-loss-target-shape on real LibTorch headers. Every case also runs
// against LibTorch (runtime_proof.py): each warning's case must throw the
// message its note predicts, and the cases without a warning must run.
// The check offers no fix-it; its notes name the plausible repairs.
// REQUIRES: libtorch
// RUN: %check_torch_tidy %s torch-loss-target-shape %t -- -- %real_flags
// RUN: %runtime_proof --checks=torch-loss-target-shape --mode=examples %s %t-proof

#include "torch_tidy_cases.h"

namespace F = torch::nn::functional;

// ===== Class-index losses ====================================================

// seq2seq logits [B, T, V] with labels [B, T].
TORCH_TIDY_CASE(seq2seqLogits) {
  auto logits = torch::randn({4, 7, 10});
  auto labels = torch::randint(0, 10, {4, 7});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [4, 7] does not fit input [4, 7, 10] of 'CrossEntropyLoss': class indices of shape [4, 10] expected [torch-loss-target-shape]
}

// Both repairs the notes name run.
TORCH_TIDY_CASE(seq2seqTransposed) {
  auto logits = torch::randn({4, 7, 10});
  auto labels = torch::randint(0, 10, {4, 7});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits.transpose(1, 2), labels);
  criterion(logits.flatten(0, 1), labels.flatten());
}

// Labels of another batch.
TORCH_TIDY_CASE(batchMismatch) {
  auto logits = torch::randn({4, 3});
  F::nll_loss(logits.log_softmax(1), torch::randint(0, 3, {5}));
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: target of shape [5] does not fit input [4, 3] of 'torch::nn::functional::nll_loss': class indices of shape [4] expected [torch-loss-target-shape]
}

// NLLLoss's front end takes no unbatched input.
TORCH_TIDY_CASE(unbatchedNLL) {
  auto logProbs = torch::randn({3}).log_softmax(0);
  torch::nn::NLLLoss criterion;
  criterion(logProbs, torch::randint(0, 3, {}));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: input of shape [3] does not fit 'NLLLoss': 2 or more dims expected [torch-loss-target-shape]
}

// ===== Elementwise and binary losses =========================================

// BCELoss's "deprecated" size mismatch is an error in C++.
TORCH_TIDY_CASE(bceColumn) {
  auto probs = torch::rand({8, 1});
  torch::nn::BCELoss criterion;
  criterion(probs, torch::rand({8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: target of shape [8] does not fit input [8, 1] of 'BCELoss': a target of shape [8, 1] expected [torch-loss-target-shape]
  // CHECK-FIXES: criterion(probs, torch::rand({8}).unsqueeze(1));
}

// Shapes that do not broadcast.
TORCH_TIDY_CASE(notBroadcastable) {
  torch::poisson_nll_loss(torch::randn({8, 5}), torch::rand({8, 4}), true,
                          false, 1e-8, at::Reduction::Mean);
  // CHECK-MESSAGES: :[[@LINE-2]]:49: warning: target of shape [8, 4] does not fit input [8, 5] of 'torch::poisson_nll_loss': a target of shape [8, 5] expected [torch-loss-target-shape]
}

// ===== Losses of two inputs ==================================================

TORCH_TIDY_CASE(cosineThreeDims) {
  auto a = torch::randn({4, 8, 2});
  torch::nn::CosineEmbeddingLoss criterion;
  criterion(a, a, torch::ones({4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: target of shape [4] does not fit input1 [4, 8, 2] of 'CosineEmbeddingLoss': 2-d inputs for a 1-d target expected [torch-loss-target-shape]
}

TORCH_TIDY_CASE(marginRankingRanks) {
  auto x = torch::randn({8});
  F::margin_ranking_loss(x, x, torch::ones({8, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: target of shape [8, 1] does not fit input1 [8] of 'torch::nn::functional::margin_ranking_loss': a 1-d target expected [torch-loss-target-shape]
}

// With swap, positive and negative broadcast against each other.
TORCH_TIDY_CASE(tripletSwap) {
  auto anchor = torch::randn({1, 1});
  torch::nn::TripletMarginLoss criterion(
      torch::nn::TripletMarginLossOptions().swap(true));
  criterion(anchor, torch::randn({1, 3}), torch::randn({1, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: negative of shape [1, 2] does not fit positive [1, 3] of 'TripletMarginLoss' [torch-loss-target-shape]
}

// Without swap, the same tensors run.
TORCH_TIDY_CASE(tripletNoSwap) {
  auto anchor = torch::randn({1, 1});
  torch::nn::TripletMarginLoss criterion;
  criterion(anchor, torch::randn({1, 3}), torch::randn({1, 2}));
}

// ===== CTCLoss ===============================================================

// Batch-first log_probs: LibTorch reads the batch as 10.
TORCH_TIDY_CASE(ctcBatchFirst) {
  auto logProbs = torch::randn({4, 10, 6}).log_softmax(2);
  torch::nn::CTCLoss ctc;
  ctc(logProbs, torch::randint(1, 6, {4, 3}), torch::full({4}, 10, torch::kLong),
      torch::full({4}, 3, torch::kLong));
  // CHECK-MESSAGES: :[[@LINE-2]]:47: warning: input_lengths of shape [4] do not fit log_probs [4, 10, 6] of 'CTCLoss': one length per batch element expected [torch-loss-target-shape]
}

// Time first, as the note says, runs.
TORCH_TIDY_CASE(ctcTimeFirst) {
  auto logProbs = torch::randn({4, 10, 6}).log_softmax(2);
  torch::nn::CTCLoss ctc;
  ctc(logProbs.transpose(0, 1), torch::randint(1, 6, {4, 3}),
      torch::full({4}, 10, torch::kLong), torch::full({4}, 3, torch::kLong));
}

// Concatenated targets whose count is not the lengths' sum.
TORCH_TIDY_CASE(ctcConcatenated) {
  auto logProbs = torch::randn({10, 4, 6}).log_softmax(2);
  torch::ctc_loss(logProbs, torch::randint(1, 6, {11}), {10, 10, 10, 10},
                  {3, 3, 3, 3});
  // CHECK-MESSAGES: :[[@LINE-2]]:29: warning: targets of shape [11] do not fit log_probs [10, 4, 6] of 'torch::ctc_loss' [torch-loss-target-shape]
}
