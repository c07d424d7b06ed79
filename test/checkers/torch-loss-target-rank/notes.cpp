// The notes of a warning: LibTorch's exact message at the call, then where
// the target's shape was made, most recent step first. Every note is listed.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== LibTorch's message ====================================================

// The multi-target message; the target's history goes back through the copy
// and the view to the factory.
void multiTargetHistory() {
  auto logits = torch::randn({4, 3});
  auto raw = torch::randint(0, 3, {4});
  auto labels = raw.view({-1, 1});
  torch::Tensor copy = labels;
  F::cross_entropy(logits, copy);
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws '0D or 1D target tensor expected, multi-target not supported' here
  // CHECK-NOTES: :[[@LINE-4]]:24: note: 'copy' has shape [4, 1] from this assignment
  // CHECK-NOTES: :[[@LINE-6]]:21: note: 'labels' has shape [4, 1] from 'view' here
  // CHECK-NOTES: :[[@LINE-8]]:14: note: 'raw' has shape [4] from 'randint' here
  // CHECK-FIXES: F::cross_entropy(logits, copy.squeeze(1));
}

// The spatial message names the target's rank; the note sits at the call
// (here the module's operator()).
void spatialMessage() {
  auto logits = torch::randn({4, 3, 5, 6});
  auto masks = torch::randint(0, 3, {4, 5, 6, 3});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, masks);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: target of shape [4, 5, 6, 3] does not fit input [4, 3, 5, 6] of 'CrossEntropyLoss': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws 'only batches of spatial targets supported (3D tensors) but got targets of dimension: 4' here
  // CHECK-NOTES: :[[@LINE-5]]:16: note: 'masks' has shape [4, 5, 6, 3] from 'randint' here
}

// at::nll_loss2d checks the target's rank first: its message, for a rank-2
// target.
void nll2dTargetRankFirst() {
  auto logProbs = torch::randn({4, 3});
  torch::nll_loss2d(logProbs, torch::randint(0, 3, {4, 1}));
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nll_loss2d': class indices of rank 3 ([N, H, W]) expected [torch-loss-target-rank]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws 'only batches of spatial targets supported (3D tensors) but got targets of dimension: 2' here
  // CHECK-NOTES: :[[@LINE-3]]:31: note: shape [4, 1] from 'randint' here
}

// ===== Where the shape came from =============================================

// keepdim=true on a variable: the note names argmax; the fix squeezes (the
// argmax is not at the argument, so its keepdim is not rewritten).
void keepdimHistory() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::rand({4, 3}).argmax(1, /*keepdim=*/true);
  F::nll_loss(logits, labels);
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::nll_loss': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws '0D or 1D target tensor expected, multi-target not supported' here
  // CHECK-NOTES: :[[@LINE-4]]:37: note: 'labels' has shape [4, 1] from 'argmax' here
  // CHECK-NOTES: :[[@LINE-5]]:17: note: shape [4, 3] from 'rand' here
  // CHECK-FIXES: F::nll_loss(logits, labels.squeeze(1));
}

// An in-place op and a reassignment are steps of the history too.
void inPlaceHistory() {
  auto logits = torch::randn({4, 3});
  torch::Tensor labels;
  labels = torch::randint(0, 3, {4});
  labels.unsqueeze_(1);
  torch::nll_loss(logits, labels);
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nll_loss': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws '0D or 1D target tensor expected, multi-target not supported' here
  // CHECK-NOTES: :[[@LINE-4]]:10: note: 'labels' has shape [4, 1] from 'unsqueeze_' here
  // CHECK-NOTES: :[[@LINE-6]]:12: note: 'labels' has shape [4] from 'randint' here
  // CHECK-FIXES: torch::nll_loss(logits, labels.squeeze(1));
}

// A Float target: the warning stands (shape is checked before dtype), the
// notes are the same, and there is no fix.
void floatTargetNotes() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::zeros({4, 1});
  torch::cross_entropy_loss(logits, labels);
  // CHECK-NOTES: :[[@LINE-1]]:37: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::cross_entropy_loss': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws '0D or 1D target tensor expected, multi-target not supported' here
  // CHECK-NOTES: :[[@LINE-4]]:17: note: 'labels' has shape [4, 1] from 'zeros' here
}

// ===== No warning, no note ===================================================

// LibTorch throws a batch mismatch here, not this check's error.
void batchMismatchHasNoNotes() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {1, 4});
  F::cross_entropy(logits, labels);
}

// A valid call.
void validHasNoNotes() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1}).squeeze(1);
  F::cross_entropy(logits, labels);
}
