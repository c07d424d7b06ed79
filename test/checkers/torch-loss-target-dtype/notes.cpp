// The notes of torch-loss-target-dtype. Every note is listed.
// RUN: %check_torch_tidy %s torch-loss-target-dtype %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// The one-hot encoding is in the target's history.
void oneHot() {
  auto logits = torch::randn({4, 3});
  auto onehot = F::one_hot(torch::randint(0, 3, {4}), 3);
  F::cross_entropy(logits, onehot);
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: target of shape [4, 3] and dtype Long is read as class probabilities by 'torch::nn::functional::cross_entropy': floating probabilities, or class indices of shape [4], expected [torch-loss-target-dtype]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws 'Expected floating point type for target with class probabilities, got Long' here
  // CHECK-NOTES: :[[@LINE-4]]:17: note: 'onehot' has shape [4, 3] from 'one_hot' here
  // CHECK-NOTES: :[[@LINE-5]]:28: note: shape [4] from 'randint' here
  // CHECK-FIXES: F::cross_entropy(logits, onehot.argmax(1));
}

// CTC lengths: both are converted by one warning's fix-it.
void ctcLengths() {
  auto logProbs = torch::randn({10, 4, 6}).log_softmax(2);
  auto il = torch::full({4}, 10, torch::kFloat);
  auto tl = torch::full({4}, 3, torch::kFloat);
  F::ctc_loss(logProbs, torch::randint(1, 6, {4, 3}), il, tl);
  // CHECK-NOTES: :[[@LINE-1]]:55: warning: input_lengths of dtype Float do not fit 'torch::nn::functional::ctc_loss': integral lengths expected [torch-loss-target-dtype]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws 'input_lengths must be integral' here
  // CHECK-FIXES: F::ctc_loss(logProbs, torch::randint(1, 6, {4, 3}), il.to(torch::kLong), tl.to(torch::kLong));
}
