// torch-loss-target-dtype: targets of a dtype LibTorch rejects.
// RUN: %check_torch_tidy %s torch-loss-target-dtype %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== Class indices must be Long =============================================

// Float labels, e.g. read from a float dataset: converted.
void floatIndices() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4}, torch::kFloat);
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of dtype Float does not fit 'CrossEntropyLoss': class indices of dtype Long expected [torch-loss-target-dtype]
  // CHECK-FIXES: criterion(logits, labels.to(torch::kLong));
  torch::nll_loss2d(torch::randn({4, 3, 5, 6}), torch::randint(0, 3, {4, 5, 6}, torch::kInt));
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: target of dtype Int does not fit 'torch::nll_loss2d': class indices of dtype Long expected [torch-loss-target-dtype]
  // CHECK-FIXES: torch::nll_loss2d(torch::randn({4, 3, 5, 6}), torch::randint(0, 3, {4, 5, 6}, torch::kInt).to(torch::kLong));
  F::multi_margin_loss(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: target of dtype Float does not fit 'torch::nn::functional::multi_margin_loss': class indices of dtype Long expected [torch-loss-target-dtype]
  // CHECK-FIXES: F::multi_margin_loss(logits, labels.to(torch::kLong));
}

// ===== CrossEntropyLoss's probability path ====================================

// A Long one-hot target shaped like the input is read as probabilities:
// the class indices are taken back with argmax.
void oneHotTarget() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  auto onehot = F::one_hot(labels, 3);
  F::cross_entropy(logits, onehot);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 3] and dtype Long is read as class probabilities by 'torch::nn::functional::cross_entropy': floating probabilities, or class indices of shape [4], expected [torch-loss-target-dtype]
  // CHECK-FIXES: F::cross_entropy(logits, onehot.argmax(1));
}

// A Long target shaped like the input that is not known to be one-hot:
// both repairs are plausible, so none is applied.
void longProbabilities() {
  auto logits = torch::randn({4, 3});
  torch::cross_entropy_loss(logits, torch::randint(0, 2, {4, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: target of shape [4, 3] and dtype Long is read as class probabilities by 'torch::cross_entropy_loss': floating probabilities, or class indices of shape [4], expected [torch-loss-target-dtype]
}

// Probabilities with ignore_index set: LibTorch refuses; no repair.
void ignoreIndexWithProbabilities() {
  auto logits = torch::randn({4, 3});
  auto probs = torch::rand({4, 3});
  F::cross_entropy(logits, probs, F::CrossEntropyFuncOptions().ignore_index(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 3] and dtype Float is read as class probabilities by 'torch::nn::functional::cross_entropy', which does not support ignore_index with them [torch-loss-target-dtype]
}

// ===== Floating targets =======================================================

// BCE takes targets of the input's dtype.
void bceLongTarget() {
  auto probs = torch::rand({8});
  auto labels = torch::randint(0, 2, {8});
  torch::nn::BCELoss criterion;
  criterion(probs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: target of dtype Long does not fit 'BCELoss': the input's dtype Float expected [torch-loss-target-dtype]
  // CHECK-FIXES: criterion(probs, labels.to(torch::kFloat));
  torch::binary_cross_entropy(probs, torch::rand({8}, torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: target of dtype Double does not fit 'torch::binary_cross_entropy': the input's dtype Float expected [torch-loss-target-dtype]
  // CHECK-FIXES: torch::binary_cross_entropy(probs, torch::rand({8}, torch::kDouble).to(torch::kFloat));
}

// BCEWithLogits and KLDiv take any floating target.
void floatingTargets() {
  auto logits = torch::randn({8});
  auto labels = torch::randint(0, 2, {8});
  F::binary_cross_entropy_with_logits(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: target of dtype Long does not fit 'torch::nn::functional::binary_cross_entropy_with_logits': a floating dtype expected [torch-loss-target-dtype]
  // CHECK-FIXES: F::binary_cross_entropy_with_logits(logits, labels.to(torch::kFloat));
  torch::kl_div(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: target of dtype Long does not fit 'torch::kl_div': a floating dtype expected [torch-loss-target-dtype]
  // CHECK-FIXES: torch::kl_div(logits, labels.to(torch::kFloat));
}

// ===== CTC lengths ============================================================

void ctcFloatLengths() {
  auto logProbs = torch::randn({10, 4, 6}).log_softmax(2);
  auto targets = torch::randint(1, 6, {4, 3});
  auto inputLengths = torch::full({4}, 10, torch::kFloat);
  auto targetLengths = torch::full({4}, 3, torch::kLong);
  torch::nn::CTCLoss ctc;
  ctc(logProbs, targets, inputLengths, targetLengths);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: input_lengths of dtype Float do not fit 'CTCLoss': integral lengths expected [torch-loss-target-dtype]
  // CHECK-FIXES: ctc(logProbs, targets, inputLengths.to(torch::kLong), targetLengths);
}

// ===== Not flagged ============================================================

void valid() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::randint(0, 3, {4}));
  F::cross_entropy(logits, torch::rand({4, 3}));
  // at::nll_loss also takes Byte class indices.
  torch::nll_loss(logits, torch::randint(0, 3, {4}, torch::kByte));
  // Elementwise losses promote integral targets.
  torch::mse_loss(logits, torch::randint(0, 3, {4, 3}));
  // BCEWithLogits takes a Double target.
  torch::binary_cross_entropy_with_logits(logits, torch::rand({4, 3}, torch::kDouble));
}

// Shape errors come first: torch-loss-target-rank, not this check.
void shapeFirst() {
  F::cross_entropy(torch::randn({4, 3}), torch::rand({4, 1}));
}

// A dtype the engine does not know is never guessed.
void unknownDType(torch::ScalarType t) {
  F::cross_entropy(torch::randn({4, 3}), torch::randint(0, 3, {4}, t));
}

// No fix-it that would leave a broadcast: a Long [1] target for a 0-d
// input would then broadcast to [1].
void noFixIntoBroadcast() {
  torch::kl_div(torch::randn({}), torch::randint(0, 2, {1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: target of dtype Long does not fit 'torch::kl_div': a floating dtype expected [torch-loss-target-dtype]
}
