// torch-loss-target-rank on real LibTorch headers, as users write it. Every
// case also runs against real LibTorch (runtime_proof.py): each warning's
// case must throw the message the warning's note predicts, the cases
// without warnings must run, and after --fix every case must run.
// Warnings that come without a fix-it are in rank-without-fixits.cpp.
// REQUIRES: libtorch
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %real_flags
// RUN: %runtime_proof --checks=torch-loss-target-rank --mode=examples %s %t-proof

#include "torch_tidy_cases.h"

namespace F = torch::nn::functional;

// ===== The classic: labels [N, 1] for CrossEntropyLoss =======================

// Labels read as a column.
TORCH_TIDY_CASE(ceModuleColumnLabels) {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1});
  torch::nn::CrossEntropyLoss criterion;
  auto loss = criterion(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: target of shape [8, 1] does not fit input [8, 5] of 'CrossEntropyLoss': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: auto loss = criterion(logits, labels.squeeze(1));
}

// The same through forward and a view that kept the extra dim.
TORCH_TIDY_CASE(ceForwardView) {
  auto logits = torch::randn({16, 10});
  auto labels = torch::randint(0, 10, {16}).view({-1, 1});
  torch::nn::CrossEntropyLoss criterion;
  criterion->forward(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: target of shape [16, 1] does not fit input [16, 10] of 'CrossEntropyLoss': class indices of shape [16] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion->forward(logits, labels.squeeze(1));
}

// Predictions turned into labels with keepdim.
TORCH_TIDY_CASE(ceFunctionalArgmaxKeepdim) {
  auto teacher = torch::randn({4, 3});
  auto student = torch::randn({4, 3});
  F::cross_entropy(student, teacher.argmax(1, /*keepdim=*/true));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(student, teacher.argmax(1));
}

// A Linear classifier head and unsqueezed labels.
TORCH_TIDY_CASE(ceLinearHeadUnsqueeze) {
  torch::nn::Linear head(20, 4);
  auto features = torch::randn({6, 20});
  auto labels = torch::randint(0, 4, {6});
  labels = labels.unsqueeze(1);
  torch::cross_entropy_loss(head(features), labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: target of shape [6, 1] does not fit input [6, 4] of 'torch::cross_entropy_loss': class indices of shape [6] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::cross_entropy_loss(head(features), labels.squeeze(1));
}

// ===== NLLLoss ===============================================================

TORCH_TIDY_CASE(nllModuleColumnLabels) {
  auto logProbs = torch::randn({8, 5}).log_softmax(1);
  auto labels = torch::zeros({8, 1}, torch::kLong);
  torch::nn::NLLLoss criterion;
  criterion(logProbs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: target of shape [8, 1] does not fit input [8, 5] of 'NLLLoss': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(logProbs, labels.squeeze(1));
}

TORCH_TIDY_CASE(nllATenStacked) {
  auto logProbs = torch::randn({2, 5}).log_softmax(1);
  auto a = torch::randint(0, 5, {1});
  auto b = torch::randint(0, 5, {1});
  auto labels = torch::stack({a, b});
  torch::nll_loss(logProbs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [2, 1] does not fit input [2, 5] of 'torch::nll_loss': class indices of shape [2] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::nll_loss(logProbs, labels.squeeze(1));
}

// ===== Segmentation: the spatial twin ========================================

// Masks with a channel dim of 1.
TORCH_TIDY_CASE(ceSegmentationChannelMask) {
  auto logits = torch::randn({2, 3, 5, 6});
  auto masks = torch::randint(0, 3, {2, 1, 5, 6});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, masks);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [2, 1, 5, 6] does not fit input [2, 3, 5, 6] of 'CrossEntropyLoss': class indices of shape [2, 5, 6] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(logits, masks.squeeze(1));
}

TORCH_TIDY_CASE(nll2dChannelMask) {
  auto logProbs = torch::randn({2, 3, 5, 6}).log_softmax(1);
  auto masks = torch::randint(0, 3, {2, 5, 6}).unsqueeze(1);
  torch::nll_loss2d(logProbs, masks);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: target of shape [2, 1, 5, 6] does not fit input [2, 3, 5, 6] of 'torch::nll_loss2d': class indices of shape [2, 5, 6] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::nll_loss2d(logProbs, masks.squeeze(1));
}

// ===== Valid code: no warning ================================================

TORCH_TIDY_CASE(validClassIndices) {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1}).squeeze(1);
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
  torch::nll_loss(logits.log_softmax(1), labels);
}

// Class probabilities: a floating target shaped like the input.
TORCH_TIDY_CASE(validProbabilities) {
  auto logits = torch::randn({8, 5});
  auto probs = torch::rand({8, 5}).softmax(1);
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, probs);
}

// Segmentation with [N, H, W] masks is valid, whatever folklore says.
TORCH_TIDY_CASE(validSegmentation) {
  auto logits = torch::randn({2, 3, 5, 6});
  auto masks = torch::randint(0, 3, {2, 5, 6});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, masks);
  torch::nll_loss2d(logits.log_softmax(1), masks);
}

// One-hot labels brought back to indices.
TORCH_TIDY_CASE(validOneHotArgmax) {
  auto logits = torch::randn({8, 5});
  auto oneHot = F::one_hot(torch::randint(0, 5, {8}), 5);
  F::cross_entropy(logits, oneHot.argmax(1));
}
