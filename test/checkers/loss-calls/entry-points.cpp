// Every spelling of CrossEntropyLoss and NLLLoss is checked.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== CrossEntropyLoss ======================================================

// The module called like a function: ModuleHolder::operator().
void ceModuleCall() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [8, 1] does not fit input [8, 5] of 'CrossEntropyLoss': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(logits, labels.squeeze(1));
}

// The module's forward through the holder's operator->.
void ceModuleForward() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1});
  torch::nn::CrossEntropyLoss criterion;
  criterion->forward(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: target of shape [8, 1] does not fit input [8, 5] of 'CrossEntropyLoss': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion->forward(logits, labels.squeeze(1));
}

// The Impl object itself.
void ceImplForward() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1});
  torch::nn::CrossEntropyLossImpl criterion;
  criterion.forward(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [8, 1] does not fit input [8, 5] of 'CrossEntropyLoss'
  // CHECK-FIXES: criterion.forward(logits, labels.squeeze(1));
}

// The functional form, with and without options.
void ceFunctional() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1});
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nn::functional::cross_entropy'
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
  F::cross_entropy(logits, labels, F::CrossEntropyFuncOptions().reduction(torch::kSum));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nn::functional::cross_entropy'
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1), F::CrossEntropyFuncOptions().reduction(torch::kSum));
}

// ATen, spelled torch:: or at::.
void ceATen() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1});
  torch::cross_entropy_loss(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::cross_entropy_loss'
  // CHECK-FIXES: torch::cross_entropy_loss(logits, labels.squeeze(1));
  at::cross_entropy_loss(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::cross_entropy_loss'
  // CHECK-FIXES: at::cross_entropy_loss(logits, labels.squeeze(1));
}

// ===== NLLLoss ===============================================================

void nllModule() {
  auto logProbs = torch::randn({8, 5}).log_softmax(1);
  auto labels = torch::randint(0, 5, {8, 1});
  torch::nn::NLLLoss criterion;
  criterion(logProbs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: target of shape [8, 1] does not fit input [8, 5] of 'NLLLoss'
  // CHECK-FIXES: criterion(logProbs, labels.squeeze(1));
  criterion->forward(logProbs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: target of shape [8, 1] does not fit input [8, 5] of 'NLLLoss'
  // CHECK-FIXES: criterion->forward(logProbs, labels.squeeze(1));
}

void nllFunctional() {
  auto logProbs = torch::randn({8, 5}).log_softmax(1);
  auto labels = torch::randint(0, 5, {8, 1});
  F::nll_loss(logProbs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nn::functional::nll_loss'
  // CHECK-FIXES: F::nll_loss(logProbs, labels.squeeze(1));
}

void nllATen() {
  auto logProbs = torch::randn({8, 5}).log_softmax(1);
  auto labels = torch::randint(0, 5, {8, 1});
  torch::nll_loss(logProbs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nll_loss'
  // CHECK-FIXES: torch::nll_loss(logProbs, labels.squeeze(1));
  at::nll_loss_nd(logProbs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nll_loss_nd'
  // CHECK-FIXES: at::nll_loss_nd(logProbs, labels.squeeze(1));
}

// at::nll_loss2d checks the target's rank before anything else.
void nll2d() {
  auto logProbs = torch::randn({4, 3, 5, 6}).log_softmax(1);
  auto masks = torch::randint(0, 3, {4, 1, 5, 6});
  torch::nll_loss2d(logProbs, masks);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: target of shape [4, 1, 5, 6] does not fit input [4, 3, 5, 6] of 'torch::nll_loss2d': class indices of shape [4, 5, 6] expected
  // CHECK-FIXES: torch::nll_loss2d(logProbs, masks.squeeze(1));
}

// ===== Not flagged ===========================================================

// Class indices of the right shape.
void validIndices() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
  F::nll_loss(logits.log_softmax(1), labels);
  torch::nll_loss(logits, labels);
}

// A floating target shaped like the input is a class-probability target.
void probabilities() {
  auto logits = torch::randn({8, 5});
  auto probs = torch::rand({8, 5}).softmax(1);
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, probs);
}

// Segmentation: input [N, C, H, W] with target [N, H, W] is valid.
void segmentation() {
  auto logits = torch::randn({4, 3, 5, 6});
  auto masks = torch::randint(0, 3, {4, 5, 6});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, masks);
  torch::nll_loss2d(logits.log_softmax(1), masks);
}

// Unknown shapes are silence.
void unknown(const torch::Tensor &logits, const torch::Tensor &labels) {
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
}
