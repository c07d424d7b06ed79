// torch-loss-target-shape on the losses of two inputs (CosineEmbedding,
// MarginRanking, TripletMargin) and on CTCLoss.
// RUN: %check_torch_tidy %s torch-loss-target-shape %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== CosineEmbeddingLoss ====================================================

// A 1-d target (one label per pair) takes 2-d inputs.
void cosineRanks() {
  auto a = torch::randn({4, 8, 2});
  torch::nn::CosineEmbeddingLoss criterion;
  criterion(a, a, torch::ones({4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: target of shape [4] does not fit input1 [4, 8, 2] of 'CosineEmbeddingLoss': 2-d inputs for a 1-d target expected [torch-loss-target-shape]
}

// One label per pair: [5] labels for 4 pairs.
void cosineCount() {
  auto a = torch::randn({4, 8});
  F::cosine_embedding_loss(a, a, torch::ones({5}));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: target of shape [5] does not fit input1 [4, 8] of 'torch::nn::functional::cosine_embedding_loss': labels of shape [4] expected [torch-loss-target-shape]
}

// ===== MarginRankingLoss ======================================================

// The front end wants the three ranks equal; ATen broadcasts.
void marginRankingRanks() {
  auto x1 = torch::randn({8});
  auto x2 = torch::randn({8});
  F::margin_ranking_loss(x1, x2, torch::ones({8, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: target of shape [8, 1] does not fit input1 [8] of 'torch::nn::functional::margin_ranking_loss': a 1-d target expected [torch-loss-target-shape]
  // input2 does not broadcast with input1.
  torch::margin_ranking_loss(x1, torch::randn({5}), torch::ones({8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: input2 of shape [5] does not fit input1 [8] of 'torch::margin_ranking_loss' [torch-loss-target-shape]
}

// ===== TripletMarginLoss ======================================================

void triplet() {
  auto anchor = torch::randn({8, 16});
  torch::nn::TripletMarginLoss criterion;
  criterion(anchor, torch::randn({8, 16, 1}), torch::randn({8, 16}));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: positive of shape [8, 16, 1] does not fit anchor [8, 16] of 'TripletMarginLoss': a 2-d positive expected [torch-loss-target-shape]
  criterion(anchor, torch::randn({8, 16}), torch::randn({8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: negative of shape [8] does not fit anchor [8, 16] of 'TripletMarginLoss' [torch-loss-target-shape]
}

// ===== CTCLoss ================================================================

// Batch first, [N, T, C], where CTC takes [T, N, C]: the batch is read as
// 10. A note says how to put time first.
void ctcBatchFirst() {
  auto logProbs = torch::randn({4, 10, 6}).log_softmax(2);
  auto targets = torch::randint(1, 6, {4, 3});
  auto inputLengths = torch::full({4}, 10, torch::kLong);
  auto targetLengths = torch::full({4}, 3, torch::kLong);
  torch::nn::CTCLoss ctc;
  ctc(logProbs, targets, inputLengths, targetLengths);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: input_lengths of shape [4] do not fit log_probs [4, 10, 6] of 'CTCLoss': one length per batch element expected [torch-loss-target-shape]
}

// Padded targets of another batch, with the IntArrayRef lengths.
void ctcTargets() {
  auto logProbs = torch::randn({10, 4, 6}).log_softmax(2);
  torch::ctc_loss(logProbs, torch::randint(1, 6, {5, 3}), {10, 10, 10, 10}, {3, 3, 3, 3});
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: targets of shape [5, 3] do not fit log_probs [10, 4, 6] of 'torch::ctc_loss' [torch-loss-target-shape]
  torch::ctc_loss(logProbs, torch::randint(1, 6, {4, 3, 1}), {10, 10, 10, 10}, {3, 3, 3, 3});
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: targets of shape [4, 3, 1] do not fit log_probs [10, 4, 6] of 'torch::ctc_loss' [torch-loss-target-shape]
  // Lengths beyond the 10 time steps.
  torch::ctc_loss(logProbs, torch::randint(1, 6, {4, 3}), {12, 10, 10, 10}, {3, 3, 3, 3});
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: input_lengths longer than the 10 time steps of log_probs [10, 4, 6] of 'torch::ctc_loss' [torch-loss-target-shape]
  // log_probs of 4 dims.
  torch::ctc_loss(logProbs.unsqueeze(0), torch::randint(1, 6, {4, 3}), {10, 10, 10, 10}, {3, 3, 3, 3});
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: log_probs of shape [1, 10, 4, 6] do not fit 'torch::ctc_loss': 3 dims ([T, N, C]) or 2 ([T, C]) expected [torch-loss-target-shape]
}

// ===== Not flagged ============================================================

void valid() {
  auto a = torch::randn({4, 8});
  F::cosine_embedding_loss(a, a, torch::ones({4}));
  F::margin_ranking_loss(torch::randn({8}), torch::randn({8}), torch::ones({8}));
  F::triplet_margin_loss(a, a, a);
  auto logProbs = torch::randn({10, 4, 6}).log_softmax(2);
  torch::ctc_loss(logProbs, torch::randint(1, 6, {4, 3}), {10, 10, 10, 10}, {3, 3, 3, 3});
  // Concatenated targets: 12 = 3 + 3 + 3 + 3.
  torch::ctc_loss(logProbs, torch::randint(1, 6, {12}), {10, 10, 10, 10}, {3, 3, 3, 3});
  // Lengths as tensors: their values are not followed, so a call with
  // well-shaped arguments is never judged.
  torch::nn::CTCLoss ctc;
  ctc(logProbs, torch::randint(1, 6, {4, 3}), torch::full({4}, 10, torch::kLong),
      torch::full({4}, 3, torch::kLong));
}
