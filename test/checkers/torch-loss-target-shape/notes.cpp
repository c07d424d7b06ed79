// The notes of torch-loss-target-shape: LibTorch's message, where the shape
// came from, and the repairs that are plausible but not certain enough to
// apply. Every note is listed.
// RUN: %check_torch_tidy %s torch-loss-target-shape %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// seq2seq: transposing the logits or flattening both would run.
void seq2seq() {
  auto logits = torch::randn({4, 7, 10});
  auto labels = torch::randint(0, 10, {4, 7});
  F::cross_entropy(logits, labels);
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: target of shape [4, 7] does not fit input [4, 7, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [4, 10] expected [torch-loss-target-shape]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws 'Expected target size [4, 10], got [4, 7]' here
  // CHECK-NOTES: :[[@LINE-4]]:17: note: 'labels' has shape [4, 7] from 'randint' here
  // CHECK-NOTES: :[[@LINE-4]]:20: note: the classes are in the last dim of logits; LibTorch expects them in dim 1: 'logits.transpose(1, 2)' has shape [4, 10, 7]
  // CHECK-NOTES: :[[@LINE-5]]:20: note: or flatten both: 'logits.flatten(0, 1)' has shape [28, 10] and 'labels.flatten()' has shape [28]
}

// Channels last: a permute puts the classes in dim 1.
void channelsLast() {
  auto logits = torch::randn({2, 5, 6, 3});
  auto masks = torch::randint(0, 3, {2, 5, 6});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, masks);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: target of shape [2, 5, 6] does not fit input [2, 5, 6, 3] of 'CrossEntropyLoss': class indices of shape [2, 6, 3] expected [torch-loss-target-shape]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws 'size mismatch (got input: [2, 5, 6, 3] , target: [2, 5, 6]' here
  // CHECK-NOTES: :[[@LINE-5]]:16: note: 'masks' has shape [2, 5, 6] from 'randint' here
  // CHECK-NOTES: :[[@LINE-4]]:13: note: the classes are in the last dim of logits; LibTorch expects them in dim 1: 'logits.permute({0, 3, 1, 2})' has shape [2, 3, 5, 6]
  // CHECK-NOTES: :[[@LINE-5]]:13: note: or flatten both: 'logits.flatten(0, 2)' has shape [60, 3] and 'masks.flatten()' has shape [60]
}

// An input of the wrong rank: the warning is at the input, the notes
// explain the input.
void inputRank() {
  auto logProbs = torch::randn({3});
  torch::nn::NLLLoss criterion;
  criterion(logProbs, torch::randint(0, 3, {}));
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: input of shape [3] does not fit 'NLLLoss': 2 or more dims expected [torch-loss-target-shape]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws 'Expected 2 or more dimensions (got 1)' here
  // CHECK-NOTES: :[[@LINE-5]]:19: note: 'logProbs' has shape [3] from 'randn' here
}

// CTC with batch-first log_probs: the lengths are wrong for the batch
// LibTorch reads; transposing the input makes them fit.
void ctcBatchFirst() {
  auto logProbs = torch::randn({4, 10, 6}).log_softmax(2);
  torch::ctc_loss(logProbs, torch::randint(1, 6, {4, 3}), {10, 10, 10, 10}, {3, 3, 3, 3});
  // CHECK-NOTES: :[[@LINE-1]]:59: warning: input_lengths of shape [4] do not fit log_probs [4, 10, 6] of 'torch::ctc_loss': one length per batch element expected [torch-loss-target-shape]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws 'input_lengths must be of size batch_size' here
  // CHECK-NOTES: :[[@LINE-3]]:19: note: CTC takes log_probs as [T, N, C], time first: 'logProbs.transpose(0, 1)' has shape [10, 4, 6]
}

// Through a wrapper, a note shows the call it forwards to.
torch::Tensor sequenceLoss(const torch::Tensor &logits, const torch::Tensor &labels) {
  return F::cross_entropy(logits, labels);
}
void throughWrapper() {
  auto logits = torch::randn({4, 3});
  sequenceLoss(logits, torch::randint(0, 3, {5}));
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: target of shape [5] does not fit input [4, 3] of 'sequenceLoss': class indices of shape [4] expected [torch-loss-target-shape]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws 'Expected input batch_size (4) to match target batch_size (5).' here
  // CHECK-NOTES: :[[@LINE-7]]:10: note: 'sequenceLoss' calls 'torch::nn::functional::cross_entropy' here
  // CHECK-NOTES: :[[@LINE-4]]:24: note: shape [5] from 'randint' here
}
