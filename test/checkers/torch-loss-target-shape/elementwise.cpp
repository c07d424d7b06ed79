// torch-loss-target-shape on the elementwise and binary losses: sizes that
// must be equal, shapes that do not broadcast, outputs that cannot take
// the broadcast shape.
// RUN: %check_torch_tidy %s torch-loss-target-shape %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== Equal sizes required ===================================================

// BCELoss and BCEWithLogitsLoss (module and functional) demand the input's
// exact sizes; LibTorch's "deprecated" is a hard error in C++. A target that
// lacks (or has an extra) size-1 dim is repaired with unsqueeze (squeeze).
void bceFrontEnd() {
  auto probs = torch::rand({8, 1});
  auto labels = torch::rand({8});
  torch::nn::BCELoss bce;
  bce(probs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: target of shape [8] does not fit input [8, 1] of 'BCELoss': a target of shape [8, 1] expected [torch-loss-target-shape]
  // CHECK-FIXES: bce(probs, labels.unsqueeze(1));
  F::binary_cross_entropy_with_logits(probs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: target of shape [8] does not fit input [8, 1] of 'torch::nn::functional::binary_cross_entropy_with_logits': a target of shape [8, 1] expected [torch-loss-target-shape]
  // CHECK-FIXES: F::binary_cross_entropy_with_logits(probs, labels.unsqueeze(1));
}

// ATen's BCEWithLogits writes into the target's shape, which the input may
// not outgrow.
void bceWithLogitsAten() {
  torch::binary_cross_entropy_with_logits(torch::randn({8, 3}), torch::rand({8, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:65: warning: target of shape [8, 1] does not fit input [8, 3] of 'torch::binary_cross_entropy_with_logits': a target of shape [8, 3] expected [torch-loss-target-shape]
}

// SoftMarginLoss keeps the input's shape.
void softMargin() {
  F::soft_margin_loss(torch::randn({8, 1}), torch::ones({8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: target of shape [8] does not fit input [8, 1] of 'torch::nn::functional::soft_margin_loss': a target of shape [8, 1] expected [torch-loss-target-shape]
  // CHECK-FIXES: F::soft_margin_loss(torch::randn({8, 1}), torch::ones({8}).unsqueeze(1));
}

// MultiLabelMarginLoss takes a target of the input's shape; no size-1 dim
// repairs it, so there is no fix-it.
void multiLabelMargin() {
  torch::nn::MultiLabelMarginLoss criterion;
  criterion(torch::randn({4, 3}), torch::randint(0, 3, {4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: target of shape [4] does not fit input [4, 3] of 'MultiLabelMarginLoss': a target of shape [4, 3] expected [torch-loss-target-shape]
}

// ===== Shapes that do not broadcast ===========================================

void notBroadcastable() {
  auto pred = torch::randn({8, 5});
  torch::nn::MSELoss mse;
  mse(pred, torch::randn({8, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: target of shape [8, 4] does not fit input [8, 5] of 'MSELoss': a target of shape [8, 5] expected [torch-loss-target-shape]
  // CHECK-FIXES: mse(pred, torch::randn({8, 4}));
  torch::kl_div(pred.log_softmax(1), torch::rand({5, 8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: target of shape [5, 8] does not fit input [8, 5] of 'torch::kl_div': a target of shape [8, 5] expected [torch-loss-target-shape]
  // Same element count, but a transposed target is not reshaped: no fix-it.
  // CHECK-FIXES: torch::kl_div(pred.log_softmax(1), torch::rand({5, 8}));
}

// ===== Not flagged ============================================================

void valid() {
  auto pred = torch::randn({8, 1});
  F::binary_cross_entropy(pred.sigmoid(), torch::rand({8, 1}));
  // ATen's BCE squeezes: [8, 1] against [8] runs, and is right.
  torch::binary_cross_entropy(pred.sigmoid(), torch::rand({8}));
  // A broadcast LibTorch runs is torch-loss-broadcast's.
  torch::mse_loss(pred, torch::randn({8}));
  torch::mse_loss(pred, torch::randn({8, 1}));
}
