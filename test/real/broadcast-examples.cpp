// torch-loss-broadcast on real LibTorch headers, proven at run time: each
// warning's case runs and warns (or not) as its note says, and after --fix
// every case runs. Calls through the project's own loss functions are
// checked too (found, and declared with LossWrappers).
// REQUIRES: libtorch
// RUN: %check_torch_tidy %s torch-loss-broadcast %t -- \
// RUN:   -config="{CheckOptions: {LossWrappers: 'scaled_mse=torch::mse_loss'}}" -- %real_flags
// RUN: %runtime_proof --checks=torch-loss-broadcast --mode=examples \
// RUN:   --tidy-args="-config=\"{CheckOptions: {LossWrappers: 'scaled_mse=torch::mse_loss'}}\"" %s %t-proof

#include "torch_tidy_cases.h"

namespace F = torch::nn::functional;

// A regression head of one unit against labels [N].
TORCH_TIDY_CASE(regressionHead) {
  torch::nn::Linear head(16, 1);
  auto pred = head(torch::randn({8, 16}));
  auto y = torch::randn({8});
  torch::nn::MSELoss criterion;
  criterion(pred, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: target of shape [8] broadcasts against input [8, 1] of 'MSELoss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: criterion(pred, y.unsqueeze(1));
}

// L1Loss broadcasts in silence, whatever the entry point.
TORCH_TIDY_CASE(silentL1) {
  auto pred = torch::randn({8});
  auto y = torch::randn({8, 1});
  F::l1_loss(pred, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: target of shape [8, 1] broadcasts against input [8] of 'torch::nn::functional::l1_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: F::l1_loss(pred, y.squeeze(1));
}

// A row of labels for a column of predictions: the same elements.
TORCH_TIDY_CASE(rowOfLabels) {
  auto pred = torch::randn({6, 1});
  auto y = torch::randn({1, 6});
  torch::smooth_l1_loss(pred, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: target of shape [1, 6] broadcasts against input [6, 1] of 'torch::smooth_l1_loss' to [6, 6] [torch-loss-broadcast]
  // CHECK-FIXES: torch::smooth_l1_loss(pred, y.reshape_as(pred));
}

// ATen's Huber warns that it resized its output.
TORCH_TIDY_CASE(huberResize) {
  auto pred = torch::randn({8, 1});
  torch::huber_loss(pred, torch::randn({8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: target of shape [8] broadcasts against input [8, 1] of 'torch::huber_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: torch::huber_loss(pred, torch::randn({8}).unsqueeze(1));
}

// ATen's BCE squeezes, then still grows [3] against [4, 3].
TORCH_TIDY_CASE(bceAtenGrows) {
  torch::binary_cross_entropy(torch::rand({3}), torch::rand({4, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: target of shape [4, 3] broadcasts against input [3] of 'torch::binary_cross_entropy' to [4, 3] [torch-loss-broadcast]
}

// MultiLabelSoftMargin reduces the broadcast dim away: no run shows it.
TORCH_TIDY_CASE(multiLabelSoftMargin) {
  auto scores = torch::randn({8, 1});
  torch::nn::MultiLabelSoftMarginLoss criterion;
  criterion(scores, torch::rand({8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [8] broadcasts against input [8, 1] of 'MultiLabelSoftMarginLoss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: criterion(scores, torch::rand({8}).unsqueeze(1));
}

// ===== Through the project's own functions ===================================

// Found: the body forwards its parameters.
torch::Tensor regression_loss(const torch::Tensor &pred, const torch::Tensor &y) {
  return F::mse_loss(pred, y);
}

// Declared: the body does more.
torch::Tensor scaled_mse(const torch::Tensor &pred, const torch::Tensor &y) {
  auto loss = torch::mse_loss(pred, y);
  return loss * 0.5;
}

TORCH_TIDY_CASE(throughFoundWrapper) {
  auto pred = torch::randn({8, 1});
  regression_loss(pred, torch::randn({8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: target of shape [8] broadcasts against input [8, 1] of 'regression_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: regression_loss(pred, torch::randn({8}).unsqueeze(1));
}

TORCH_TIDY_CASE(throughDeclaredWrapper) {
  auto pred = torch::randn({8, 1});
  scaled_mse(pred, torch::randn({8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: target of shape [8] broadcasts against input [8, 1] of 'scaled_mse' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: scaled_mse(pred, torch::randn({8}).unsqueeze(1));
}

// Not flagged: a broadcast up to the input's shape.
TORCH_TIDY_CASE(perClassTargets) {
  auto pred = torch::randn({8, 3});
  torch::mse_loss(pred, torch::randn({3}));
  torch::mse_loss(pred, torch::randn({8, 1}));
}
