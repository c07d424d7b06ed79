// torch-loss-target-dtype on real LibTorch headers, proven at run time:
// each warning's case throws the predicted message, the others run, and
// after --fix every case runs.
// REQUIRES: libtorch
// RUN: %check_torch_tidy %s torch-loss-target-dtype %t -- -- %real_flags
// RUN: %runtime_proof --checks=torch-loss-target-dtype --mode=examples %s %t-proof

#include "torch_tidy_cases.h"

#include <vector>

namespace F = torch::nn::functional;

// Labels read from a float buffer.
TORCH_TIDY_CASE(floatLabels) {
  std::vector<float> buffer = {0, 2, 1, 1};
  auto logits = torch::randn({4, 3});
  auto labels = torch::from_blob(buffer.data(), {4}, torch::kFloat);
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of dtype Float does not fit 'CrossEntropyLoss': class indices of dtype Long expected [torch-loss-target-dtype]
  // CHECK-FIXES: criterion(logits, labels.to(torch::kLong));
}

// A one-hot encoding given as class probabilities.
TORCH_TIDY_CASE(oneHotLabels) {
  auto logits = torch::randn({4, 3});
  auto onehot = F::one_hot(torch::randint(0, 3, {4}), 3);
  F::cross_entropy(logits, onehot);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 3] and dtype Long is read as class probabilities by 'torch::nn::functional::cross_entropy': floating probabilities, or class indices of shape [4], expected [torch-loss-target-dtype]
  // CHECK-FIXES: F::cross_entropy(logits, onehot.argmax(1));
}

// Binary labels as Long.
TORCH_TIDY_CASE(bceLongLabels) {
  auto probs = torch::rand({8});
  auto labels = torch::randint(0, 2, {8});
  torch::nn::BCELoss criterion;
  criterion(probs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: target of dtype Long does not fit 'BCELoss': the input's dtype Float expected [torch-loss-target-dtype]
  // CHECK-FIXES: criterion(probs, labels.to(torch::kFloat));
}

TORCH_TIDY_CASE(bceWithLogitsLongLabels) {
  auto probs = torch::rand({8});
  auto labels = torch::randint(0, 2, {8});
  F::binary_cross_entropy_with_logits(probs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: target of dtype Long does not fit 'torch::nn::functional::binary_cross_entropy_with_logits': a floating dtype expected [torch-loss-target-dtype]
  // CHECK-FIXES: F::binary_cross_entropy_with_logits(probs, labels.to(torch::kFloat));
}

// KLDiv rejects integral targets before any shape check.
TORCH_TIDY_CASE(kldivCounts) {
  auto logProbs = torch::randn({4, 3}).log_softmax(1);
  torch::kl_div(logProbs, torch::randint(0, 5, {4, 3}), at::Reduction::Sum);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: target of dtype Long does not fit 'torch::kl_div': a floating dtype expected [torch-loss-target-dtype]
  // CHECK-FIXES: torch::kl_div(logProbs, torch::randint(0, 5, {4, 3}).to(torch::kFloat), at::Reduction::Sum);
}

// CTC lengths as floats: both converted.
TORCH_TIDY_CASE(ctcFloatLengths) {
  auto logProbs = torch::randn({10, 4, 6}).log_softmax(2);
  auto il = torch::full({4}, 10, torch::kFloat);
  auto tl = torch::full({4}, 3, torch::kFloat);
  torch::ctc_loss(logProbs, torch::randint(1, 6, {4, 3}), il, tl);
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: input_lengths of dtype Float do not fit 'torch::ctc_loss': integral lengths expected [torch-loss-target-dtype]
  // CHECK-FIXES: torch::ctc_loss(logProbs, torch::randint(1, 6, {4, 3}), il.to(torch::kLong), tl.to(torch::kLong));
}

// Not flagged: Byte indices for at::nll_loss, Double targets for
// BCEWithLogits, integral targets for MSE.
TORCH_TIDY_CASE(validDTypes) {
  auto logits = torch::randn({4, 3});
  torch::nll_loss(logits.log_softmax(1), torch::randint(0, 3, {4}, torch::kByte));
  torch::binary_cross_entropy_with_logits(logits, torch::rand({4, 3}, torch::kDouble));
  torch::mse_loss(logits, torch::randint(0, 3, {4, 3}));
}
