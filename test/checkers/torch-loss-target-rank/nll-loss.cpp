// NLLLoss: exactly when LibTorch 1.13 throws the multi-target or the
// spatial-target error on each entry point (libtorch-loss-rules.md §1 item 2 and
// §2). The module and F::nll_loss run the same code; the ATen functions
// torch::nll_loss, torch::nll_loss_nd and torch::nll_loss2d each check in
// their own order. Sizes: N=4, C=3, D=2, H=5, W=6.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== NLLLoss module and F::nll_loss: r == 2, T.dim >= 2, T[0] == N ==========

// [N, 1]: multi-target on both, fixed by squeezing.
void nllModuleTargetN1() {
  auto logProbs = torch::randn({4, 3}).log_softmax(1);
  auto target = torch::randint(0, 3, {4, 1});
  torch::nn::NLLLoss criterion;
  criterion(logProbs, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: target of shape [4, 1] does not fit input [4, 3] of 'NLLLoss': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(logProbs, target.squeeze(1));
  F::nll_loss(logProbs, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::nll_loss': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::nll_loss(logProbs, target.squeeze(1));
}

// [N, C], Long or Float: NLL has no probability path, so a one-hot target
// shaped like the input is multi-target (CrossEntropy would not say so).
void nllOneHotTarget() {
  auto logProbs = torch::randn({4, 3}).log_softmax(1);
  auto oneHot = torch::randint(0, 2, {4, 3});
  auto probs = torch::rand({4, 3});
  F::nll_loss(logProbs, oneHot);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: target of shape [4, 3] does not fit input [4, 3] of 'torch::nn::functional::nll_loss': class indices of shape [4] expected [torch-loss-target-rank]
  F::nll_loss(logProbs, probs);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: target of shape [4, 3] does not fit input [4, 3] of 'torch::nn::functional::nll_loss': class indices of shape [4] expected [torch-loss-target-rank]
}

// [N, H, W] against a 2-d input: multi-target.
void nllSpatialTargetForFlatInput() {
  auto logProbs = torch::randn({4, 3}).log_softmax(1);
  auto masks = torch::randint(0, 3, {4, 5, 6});
  torch::nn::NLLLoss criterion;
  criterion->forward(logProbs, masks);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: target of shape [4, 5, 6] does not fit input [4, 3] of 'NLLLoss': class indices of shape [4] expected [torch-loss-target-rank]
}

// Input [N, C, H, W]: [N, 1, H, W] and even [N, C, H, W] reach the spatial
// check (there is no probability path).
void nllModuleSegmentation() {
  auto logProbs = torch::randn({4, 3, 5, 6}).log_softmax(1);
  auto kept = torch::randint(0, 3, {4, 1, 5, 6});
  auto sameShape = torch::rand({4, 3, 5, 6});
  torch::nn::NLLLoss criterion;
  criterion(logProbs, kept);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: target of shape [4, 1, 5, 6] does not fit input [4, 3, 5, 6] of 'NLLLoss': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(logProbs, kept.squeeze(1));
  criterion(logProbs, sameShape);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: target of shape [4, 3, 5, 6] does not fit input [4, 3, 5, 6] of 'NLLLoss': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
}

// Not flagged: the front end rejects 1-d input first ("Expected 2 or more
// dimensions (got 1)"), although ATen and CrossEntropy take it.
void nllModuleUnbatchedInput() {
  auto logProbs = torch::randn({3}).log_softmax(0);
  auto target = torch::randint(0, 3, {3, 1});
  F::nll_loss(logProbs, target);
}

// Not flagged: [1, N] is a batch mismatch for the front end ("Expected input
// batch_size (4) to match target batch_size (1).").
void nllModuleTransposedTarget() {
  auto logProbs = torch::randn({4, 3}).log_softmax(1);
  auto target = torch::randint(0, 3, {1, 4});
  torch::nn::NLLLoss criterion;
  criterion(logProbs, target);
  F::nll_loss(logProbs, target);
}

// Not flagged: rank-3 input: "Expected target size [4, 5], got [4, 3, 5]",
// even for a target shaped like the input.
void nllModuleSequence() {
  auto logProbs = torch::randn({4, 3, 5}).log_softmax(1);
  F::nll_loss(logProbs, torch::randint(0, 3, {4, 3, 5}));
  F::nll_loss(logProbs, torch::randint(0, 3, {4, 1, 5}));
}

// Not flagged: valid class indices.
void nllModuleValid() {
  torch::nn::NLLLoss criterion;
  criterion(torch::randn({4, 3}), torch::randint(0, 3, {4}));
  criterion(torch::randn({4, 3, 5, 6}), torch::randint(0, 3, {4, 5, 6}));
  criterion(torch::randn({4, 3, 5}), torch::randint(0, 3, {4, 5}));
}

// ===== torch::nll_loss: r in {1, 2} and T.dim >= 2, before the batch check ====

// [N, 1]: multi-target, fixed.
void atenNllLossTargetN1() {
  auto logProbs = torch::randn({4, 3}).log_softmax(1);
  auto target = torch::randint(0, 3, {4, 1});
  torch::nll_loss(logProbs, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nll_loss': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::nll_loss(logProbs, target.squeeze(1));
}

// [1, N]: multi-target here only (every other entry point reports a batch
// mismatch). Squeezing dim 0 gives [N], which runs: fixed.
void atenNllLossTransposedTarget() {
  auto logProbs = torch::randn({4, 3}).log_softmax(1);
  auto target = torch::randint(0, 3, {1, 4});
  torch::nll_loss(logProbs, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [1, 4] does not fit input [4, 3] of 'torch::nll_loss': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::nll_loss(logProbs, target.squeeze(0));
}

// [N+1, 1]: the batch sizes differ, but the rank check comes first.
void atenNllLossWrongBatchColumn() {
  auto logProbs = torch::randn({4, 3}).log_softmax(1);
  auto target = torch::randint(0, 3, {5, 1});
  torch::nll_loss(logProbs, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [5, 1] does not fit input [4, 3] of 'torch::nll_loss': class indices of shape [4] expected [torch-loss-target-rank]
}

// Unbatched [C] with [C, 1]: multi-target.
void atenNllLossUnbatched() {
  auto logProbs = torch::randn({3}).log_softmax(0);
  auto target = torch::randint(0, 3, {3, 1});
  torch::nll_loss(logProbs, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [3, 1] does not fit input [3] of 'torch::nll_loss': class indices of shape [] expected [torch-loss-target-rank]
}

// Not flagged: rank 3 and 4 inputs fail first with "input tensor should be
// 1D or 2D".
void atenNllLossHigherRankInput() {
  torch::nll_loss(torch::randn({4, 3, 5}), torch::randint(0, 3, {4, 1, 5}));
  torch::nll_loss(torch::randn({4, 3, 5, 6}), torch::randint(0, 3, {4, 1, 5, 6}));
}

// Not flagged: [N+1] is a size mismatch; [] a 0-d IndexError; [N] runs.
void atenNllLossOneDimTargets() {
  auto logProbs = torch::randn({4, 3}).log_softmax(1);
  torch::nll_loss(logProbs, torch::randint(0, 3, {5}));
  torch::nll_loss(logProbs, torch::randint(0, 3, {}));
  torch::nll_loss(logProbs, torch::randint(0, 3, {4}));
}

// ===== torch::nll_loss_nd: r in {1, 2}, T.dim >= 2, r == 1 or T[0] == N =======

// [N, 1] and an unbatched [C] input with [N, 1]: multi-target.
void atenNllLossNdMultiTarget() {
  auto logProbs = torch::randn({4, 3}).log_softmax(1);
  auto target = torch::randint(0, 3, {4, 1});
  torch::nll_loss_nd(logProbs, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nll_loss_nd': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::nll_loss_nd(logProbs, target.squeeze(1));
  auto unbatched = torch::randn({3});
  torch::nll_loss_nd(unbatched, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: target of shape [4, 1] does not fit input [3] of 'torch::nll_loss_nd': class indices of shape [] expected [torch-loss-target-rank]
}

// [N, 1, H, W] for [N, C, H, W]: the spatial check, fixed.
void atenNllLossNdSegmentation() {
  auto logProbs = torch::randn({4, 3, 5, 6});
  auto masks = torch::randint(0, 3, {4, 1, 5, 6});
  at::nll_loss_nd(logProbs, masks);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [4, 1, 5, 6] does not fit input [4, 3, 5, 6] of 'torch::nll_loss_nd': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
  // CHECK-FIXES: at::nll_loss_nd(logProbs, masks.squeeze(1));
}

// Not flagged: [1, N] is a batch mismatch here ("Expected input batch_size
// (4) to match target batch_size (1).").
void atenNllLossNdTransposedTarget() {
  torch::nll_loss_nd(torch::randn({4, 3}), torch::randint(0, 3, {1, 4}));
}

// Not flagged: a 0-d input: "Expected 1 or more dimensions (got 0)".
void atenNllLossNdScalarInput() {
  torch::nll_loss_nd(torch::randn({}), torch::randint(0, 3, {4, 1}));
}

// Not flagged: rank 3 and 5: "Expected target size".
void atenNllLossNdSequenceAndVolume() {
  torch::nll_loss_nd(torch::randn({4, 3, 5}), torch::randint(0, 3, {4, 1, 5}));
  torch::nll_loss_nd(torch::randn({4, 3, 2, 5, 6}),
                     torch::randint(0, 3, {4, 1, 2, 5, 6}));
}

// ===== torch::nll_loss2d: T.dim != 3, checked before the input =================

// [N, 1, H, W]: spatial, fixed.
void atenNllLoss2dKeepdim() {
  auto logProbs = torch::randn({4, 3, 5, 6});
  auto masks = torch::randint(0, 3, {4, 1, 5, 6});
  torch::nll_loss2d(logProbs, masks);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: target of shape [4, 1, 5, 6] does not fit input [4, 3, 5, 6] of 'torch::nll_loss2d': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::nll_loss2d(logProbs, masks.squeeze(1));
}

// [N]: spatial ("got targets of dimension: 1"), whatever the batch size;
// [N+1, H] too (the rank decides before any size is compared).
void atenNllLoss2dWrongRankTargets() {
  auto logProbs = torch::randn({4, 3, 5, 6});
  torch::nll_loss2d(logProbs, torch::randint(0, 3, {4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: target of shape [4] does not fit input [4, 3, 5, 6] of 'torch::nll_loss2d': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
  torch::nll_loss2d(logProbs, torch::randint(0, 3, {5, 5}));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: target of shape [5, 5] does not fit input [4, 3, 5, 6] of 'torch::nll_loss2d': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
}

// The target's rank is checked before the input's: an input of rank 2, or
// of unknown sizes, does not matter.
void atenNllLoss2dFlatInput() {
  auto logProbs = torch::randn({4, 3});
  torch::nll_loss2d(logProbs, torch::randint(0, 3, {4, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nll_loss2d': class indices of rank 3 ([N, H, W]) expected [torch-loss-target-rank]
}
void atenNllLoss2dUnknownInput(const torch::Tensor &logProbs) {
  torch::nll_loss2d(logProbs, torch::randint(0, 3, {4, 1, 5, 6}));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: target of shape [4, 1, 5, 6] does not fit 'torch::nll_loss2d': class indices of rank 3 ([N, H, W]) expected [torch-loss-target-rank]
}

// Not flagged: a rank-3 target passes the rank check; then [N, W, H] is a
// size mismatch, and a 2-d input is "only batches of spatial inputs".
void atenNllLoss2dRankThreeTargets() {
  torch::nll_loss2d(torch::randn({4, 3, 5, 6}), torch::randint(0, 3, {4, 6, 5}));
  torch::nll_loss2d(torch::randn({4, 3}), torch::randint(0, 3, {4, 5, 6}));
  torch::nll_loss2d(torch::randn({4, 3, 5, 6}), torch::randint(0, 3, {4, 5, 6}));
}
