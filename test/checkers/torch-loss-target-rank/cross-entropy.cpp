// CrossEntropyLoss: exactly when LibTorch 1.13 throws the multi-target or
// the spatial-target error (libtorch-loss-rules.md §1 item 2 and §2), on the three
// entry points that run the same code: the module, F::cross_entropy and
// torch::cross_entropy_loss. Multi-target iff r in {1, 2}, T.dim >= 2,
// T != I and (r == 1 or T[0] == N); spatial iff r == 4, T != I, T[0] == N and
// T.dim != 3. Sizes: N=4, C=3, D=2, H=5, W=6.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== Multi-target: input [N, C] ============================================

// [N, 1] Long: the keepdim mistake. Warned on every entry point, fixed by
// squeezing the extra dim.
void ceTargetN1() {
  auto input = torch::randn({4, 3});
  auto target = torch::randint(0, 3, {4, 1});
  torch::nn::CrossEntropyLoss criterion;
  criterion(input, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: target of shape [4, 1] does not fit input [4, 3] of 'CrossEntropyLoss': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(input, target.squeeze(1));
  F::cross_entropy(input, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(input, target.squeeze(1));
  torch::cross_entropy_loss(input, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::cross_entropy_loss': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::cross_entropy_loss(input, target.squeeze(1));
}

// [N, 1] Float: still multi-target (shape checks run before the dtype
// check), but no fix: the squeezed target would fail with "expected scalar
// type Long but found Float".
void ceFloatTargetN1() {
  auto input = torch::randn({4, 3});
  auto target = torch::rand({4, 1});
  torch::nn::CrossEntropyLoss criterion;
  criterion(input, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: target of shape [4, 1] does not fit input [4, 3] of 'CrossEntropyLoss': class indices of shape [4] expected [torch-loss-target-rank]
}

// [N, C, 1]: multi-target; the trailing size-1 dim is not what the loss
// wants removed alone ([N, C] is still multi-target), so no fix.
void ceTargetNC1() {
  auto input = torch::randn({4, 3});
  auto target = torch::randint(0, 3, {4, 3, 1});
  F::cross_entropy(input, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: target of shape [4, 3, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
}

// [N, H, W] and [N, 1, H, W] against a 2-d input: multi-target, no fix.
void ceSpatialTargetsForFlatInput() {
  auto input = torch::randn({4, 3});
  auto masks = torch::randint(0, 3, {4, 5, 6});
  auto keptMasks = torch::randint(0, 3, {4, 1, 5, 6});
  torch::cross_entropy_loss(input, masks);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: target of shape [4, 5, 6] does not fit input [4, 3] of 'torch::cross_entropy_loss': class indices of shape [4] expected [torch-loss-target-rank]
  torch::cross_entropy_loss(input, keptMasks);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: target of shape [4, 1, 5, 6] does not fit input [4, 3] of 'torch::cross_entropy_loss': class indices of shape [4] expected [torch-loss-target-rank]
}

// [N, C+1]: a one-hot target with the wrong number of classes is not the
// probability path (T != I), so it is multi-target.
void ceTargetNCPlus1() {
  auto input = torch::randn({4, 3});
  auto target = torch::rand({4, 4});
  torch::nn::CrossEntropyLoss criterion;
  criterion->forward(input, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [4, 4] does not fit input [4, 3] of 'CrossEntropyLoss': class indices of shape [4] expected [torch-loss-target-rank]
}

// ===== Multi-target: unbatched input [C] =====================================

// r == 1: any target of rank >= 2 other than the input's sizes, whatever its
// first size ([C, 1], and [N, 1] although N != C).
void ceUnbatchedInput() {
  auto input = torch::randn({3});
  auto column = torch::randint(0, 3, {3, 1});
  auto other = torch::randint(0, 3, {4, 1});
  F::cross_entropy(input, column);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: target of shape [3, 1] does not fit input [3] of 'torch::nn::functional::cross_entropy': class indices of shape [] expected [torch-loss-target-rank]
  F::cross_entropy(input, other);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: target of shape [4, 1] does not fit input [3] of 'torch::nn::functional::cross_entropy': class indices of shape [] expected [torch-loss-target-rank]
}

// ===== Spatial target: input [N, C, H, W] ====================================

// [N, 1, H, W]: "only batches of spatial targets supported (3D tensors) but
// got targets of dimension: 4", fixed by squeezing dim 1.
void ceSegmentationKeepdim() {
  auto input = torch::randn({4, 3, 5, 6});
  auto masks = torch::randint(0, 3, {4, 1, 5, 6});
  torch::nn::CrossEntropyLoss criterion;
  criterion(input, masks);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: target of shape [4, 1, 5, 6] does not fit input [4, 3, 5, 6] of 'CrossEntropyLoss': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(input, masks.squeeze(1));
}

// [N, H, W, C] (channels last), [N] and [N, C]: the target's rank is not 3
// and its batch matches, so the spatial check throws. No fix.
void ceSegmentationOtherRanks() {
  auto input = torch::randn({4, 3, 5, 6});
  auto channelsLast = torch::randint(0, 3, {4, 5, 6, 3});
  auto perImage = torch::randint(0, 3, {4});
  auto oneHot = torch::randint(0, 2, {4, 3});
  torch::cross_entropy_loss(input, channelsLast);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: target of shape [4, 5, 6, 3] does not fit input [4, 3, 5, 6] of 'torch::cross_entropy_loss': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
  torch::cross_entropy_loss(input, perImage);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: target of shape [4] does not fit input [4, 3, 5, 6] of 'torch::cross_entropy_loss': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
  torch::cross_entropy_loss(input, oneHot);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: target of shape [4, 3] does not fit input [4, 3, 5, 6] of 'torch::cross_entropy_loss': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
}

// ===== Not flagged: LibTorch throws something else first =====================

// [1, N] for input [N, C]: the batch check runs first ("Expected input
// batch_size (4) to match target batch_size (1)."): not this check's error.
void ceTransposedTargetIsBatchMismatch() {
  auto input = torch::randn({4, 3});
  auto target = torch::randint(0, 3, {1, 4});
  torch::nn::CrossEntropyLoss criterion;
  criterion(input, target);
  F::cross_entropy(input, target);
  torch::cross_entropy_loss(input, target);
}

// [N+1, 1]: rank 2, but the batch sizes differ: batch mismatch first.
void ceWrongBatchColumn() {
  auto input = torch::randn({4, 3});
  auto target = torch::randint(0, 3, {5, 1});
  F::cross_entropy(input, target);
}

// [N, C] Long: the sizes equal the input's, so the probability path is taken
// and it fails with "Expected floating point type for target with class
// probabilities, got Long".
void ceOneHotLongIsProbabilityPath() {
  auto input = torch::randn({4, 3});
  auto target = torch::randint(0, 2, {4, 3});
  F::cross_entropy(input, target);
}

// [N, 1] for an input [N, 1]: T == I, the probability path again, even though
// the target looks like the keepdim mistake.
void ceSingleClassInputSameShape() {
  auto input = torch::randn({4, 1});
  auto target = torch::randint(0, 1, {4, 1});
  torch::cross_entropy_loss(input, target);
}

// [C, 1] for input [C, 1]: the same, unbatched.
void ceUnbatchedSameShape() {
  auto input = torch::randn({3, 1});
  auto target = torch::rand({3, 1});
  torch::cross_entropy_loss(input, target);
}

// Rank-3 input [N, C, H]: "Expected target size [4, 5], got [4, 1, 5]" (and
// "got [4, 3]"), never multi-target.
void ceSequenceInput() {
  auto input = torch::randn({4, 3, 5});
  auto kept = torch::randint(0, 3, {4, 1, 5});
  auto perClass = torch::randint(0, 3, {4, 3});
  torch::nn::CrossEntropyLoss criterion;
  criterion(input, kept);
  criterion(input, perClass);
}

// Rank-5 input [N, C, D, H, W] with [N, 1, D, H, W]: "Expected target size".
void ceVolumeInputKeepdim() {
  auto input = torch::randn({4, 3, 2, 5, 6});
  auto target = torch::randint(0, 3, {4, 1, 2, 5, 6});
  F::cross_entropy(input, target);
}

// [N, C, H, W] target for the same input: probability path.
void ceSegmentationSameShape() {
  auto input = torch::randn({4, 3, 5, 6});
  auto target = torch::randint(0, 3, {4, 3, 5, 6});
  F::cross_entropy(input, target);
}

// [N, W, H]: rank 3, so the spatial check passes; "size mismatch" follows.
void ceSegmentationTransposedMask() {
  auto input = torch::randn({4, 3, 5, 6});
  auto target = torch::randint(0, 3, {4, 6, 5});
  F::cross_entropy(input, target);
}

// [1, 1, H, W] for input [N, C, H, W]: the batch check comes first.
void ceSegmentationBatchMismatch() {
  auto input = torch::randn({4, 3, 5, 6});
  auto target = torch::randint(0, 3, {1, 1, 5, 6});
  F::cross_entropy(input, target);
}

// 0-d input: "Dimension out of range" before any target check.
void ceScalarInput() {
  auto input = torch::randn({});
  auto target = torch::randint(0, 3, {4, 1});
  F::cross_entropy(input, target);
}

// ===== Not flagged: valid calls ==============================================

// [N] Long for [N, C], [] for [C], [N, H, W] for [N, C, H, W],
// [N, D, H, W] for [N, C, D, H, W]: all run.
void ceValidTargets() {
  torch::nn::CrossEntropyLoss criterion;
  criterion(torch::randn({4, 3}), torch::randint(0, 3, {4}));
  criterion(torch::randn({3}), torch::randint(0, 3, {}));
  criterion(torch::randn({4, 3, 5, 6}), torch::randint(0, 3, {4, 5, 6}));
  criterion(torch::randn({4, 3, 2, 5, 6}), torch::randint(0, 3, {4, 2, 5, 6}));
}

// Float probabilities shaped like the input run (default ignore_index).
void ceProbabilities() {
  auto input = torch::randn({4, 3});
  auto probs = torch::rand({4, 3}).softmax(1);
  torch::cross_entropy_loss(input, probs);
}

// Unknown sizes on either side are silence.
void ceUnknownInput(const torch::Tensor &input) {
  F::cross_entropy(input, torch::randint(0, 3, {4, 1}));
}
void ceUnknownTarget(const torch::Tensor &target) {
  F::cross_entropy(torch::randn({4, 3}), target);
}
