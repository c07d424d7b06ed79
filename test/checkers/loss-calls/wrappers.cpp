// A project's own loss functions are checked like the loss they call:
// found when the body visibly forwards, or declared by LossWrappers.
// RUN: %check_torch_tidy %s torch-loss-target-rank,torch-loss-broadcast %t -- \
// RUN:   -config="{CheckOptions: {LossWrappers: 'train::weighted_loss(1, 0)=CrossEntropyLoss; train::Trainer::criterion=torch::mse_loss'}}" \
// RUN:   -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== Found: the whole body is `return <loss call>;` on the parameters ======

torch::Tensor classification_loss(const torch::Tensor &logits,
                                  const torch::Tensor &labels) {
  return F::cross_entropy(logits, labels);
}

// Parameters in another order, and options that the body sets.
torch::Tensor regression_loss(torch::Tensor target, torch::Tensor pred) {
  return torch::mse_loss(pred, target, at::Reduction::Sum);
}

void callsThroughFoundWrappers() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1});
  classification_loss(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: target of shape [8, 1] does not fit input [8, 5] of 'classification_loss': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: classification_loss(logits, labels.squeeze(1));
  regression_loss(torch::randn({8}), torch::randn({8, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: target of shape [8] broadcasts against input [8, 1] of 'regression_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: regression_loss(torch::randn({8}).unsqueeze(1), torch::randn({8, 1}));
}

// ===== Declared with LossWrappers ============================================

namespace train {
// Its body does more than forward: found only because it is declared.
torch::Tensor weighted_loss(const torch::Tensor &labels,
                            const torch::Tensor &logits, double weight) {
  torch::nn::CrossEntropyLoss criterion;
  auto loss = criterion(logits, labels);
  return loss * weight;
}

struct Trainer {
  torch::Tensor criterion(const torch::Tensor &pred, const torch::Tensor &y);
};
} // namespace train

void callsThroughDeclaredWrappers(train::Trainer &trainer) {
  auto logits = torch::randn({8, 5});
  train::weighted_loss(torch::randint(0, 5, {8, 1}), logits, 0.5);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: target of shape [8, 1] does not fit input [8, 5] of 'weighted_loss': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: train::weighted_loss(torch::randint(0, 5, {8, 1}).squeeze(1), logits, 0.5);
  trainer.criterion(torch::randn({8, 1}), torch::randn({8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: target of shape [8] broadcasts against input [8, 1] of 'criterion' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: trainer.criterion(torch::randn({8, 1}), torch::randn({8}).unsqueeze(1));
}

// ===== Not wrappers ===========================================================

// The loss's target is not a parameter.
torch::Tensor fixedTarget(const torch::Tensor &logits) {
  return F::cross_entropy(logits, torch::randint(0, 5, {8}));
}

// More than a forwarding: a statement before the return. Not a wrapper,
// but its call passes the labels in: the warning is in its body, with a
// note at the call, and no fix-it (other code may call it).
torch::Tensor logsFirst(const torch::Tensor &logits, const torch::Tensor &labels) {
  (void)logits.dim();
  return F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
}

void callsOfNonWrappers() {
  auto labels = torch::randint(0, 5, {8, 1});
  fixedTarget(torch::randn({8, 5}));
  logsFirst(torch::randn({8, 5}), labels);
}

// ===== Templates ==============================================================

// A function template's instantiation forwards as plainly.
template <typename T> torch::Tensor generic(const T &logits, const T &labels) {
  return F::cross_entropy(logits, labels);
}

void callsOfATemplate() {
  auto labels = torch::randint(0, 5, {8, 1});
  generic(torch::randn({8, 5}), labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: target of shape [8, 1] does not fit input [8, 5] of 'generic': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: generic(torch::randn({8, 5}), labels.squeeze(1));
}
