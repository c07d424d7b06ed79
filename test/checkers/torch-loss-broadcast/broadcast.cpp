// torch-loss-broadcast: elementwise losses whose target broadcasts against
// the input into a bigger tensor. LibTorch runs, warning at best, and the
// loss averages over every pair.
// RUN: %check_torch_tidy %s torch-loss-broadcast %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== Warned: the regression head's [N, 1] against labels [N] ==============

// MSELoss module: LibTorch warns, then broadcasts to [8, 8]. The fix adds
// the missing dim to the target.
void mseModule() {
  auto pred = torch::randn({8, 1});
  auto y = torch::randn({8});
  torch::nn::MSELoss criterion;
  criterion(pred, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: target of shape [8] broadcasts against input [8, 1] of 'MSELoss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: criterion(pred, y.unsqueeze(1));
  criterion->forward(pred, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8] broadcasts against input [8, 1] of 'MSELoss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: criterion->forward(pred, y.unsqueeze(1));
}

// ATen's mse_loss, smooth_l1_loss and every l1_loss broadcast in silence.
void silentEntries() {
  auto pred = torch::randn({8, 1});
  auto y = torch::randn({8});
  torch::mse_loss(pred, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: target of shape [8] broadcasts against input [8, 1] of 'torch::mse_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: torch::mse_loss(pred, y.unsqueeze(1));
  F::l1_loss(pred, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: target of shape [8] broadcasts against input [8, 1] of 'torch::nn::functional::l1_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: F::l1_loss(pred, y.unsqueeze(1));
  at::smooth_l1_loss(pred, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8] broadcasts against input [8, 1] of 'torch::smooth_l1_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: at::smooth_l1_loss(pred, y.unsqueeze(1));
}

// The other way round: an extra size-1 dim on the target is squeezed.
void extraTargetDim() {
  auto pred = torch::randn({8});
  auto y = torch::randn({8, 1});
  torch::nn::L1Loss criterion;
  criterion(pred, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: target of shape [8, 1] broadcasts against input [8] of 'L1Loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: criterion(pred, y.squeeze(1));
}

// Same elements, transposed: the target is reshaped like the input.
void transposedTarget() {
  auto pred = torch::randn({6, 1});
  auto y = torch::randn({1, 6});
  F::huber_loss(pred, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: target of shape [1, 6] broadcasts against input [6, 1] of 'torch::nn::functional::huber_loss' to [6, 6] [torch-loss-broadcast]
  // CHECK-FIXES: F::huber_loss(pred, y.reshape_as(pred));
}

// The other elementwise losses: PoissonNLL, HingeEmbedding, KLDiv,
// MultiLabelSoftMargin, MarginRanking, ATen's BCE and BCEWithLogits.
void otherLosses() {
  auto x = torch::randn({8, 1});
  auto t = torch::rand({8});
  torch::poisson_nll_loss(x, t, true, false, 1e-8, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: target of shape [8] broadcasts against input [8, 1] of 'torch::poisson_nll_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: torch::poisson_nll_loss(x, t.unsqueeze(1), true, false, 1e-8, 0);
  F::hinge_embedding_loss(x, t);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: target of shape [8] broadcasts against input [8, 1] of 'torch::nn::functional::hinge_embedding_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: F::hinge_embedding_loss(x, t.unsqueeze(1));
  torch::nn::KLDivLoss kl(torch::kBatchMean);
  kl(x, t);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: target of shape [8] broadcasts against input [8, 1] of 'KLDivLoss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: kl(x, t.unsqueeze(1));
  F::multilabel_soft_margin_loss(x, t);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: target of shape [8] broadcasts against input [8, 1] of 'torch::nn::functional::multilabel_soft_margin_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: F::multilabel_soft_margin_loss(x, t.unsqueeze(1));
  // ATen's BCE squeezes both sides first: [8, 1] against [3, 8] grows.
  torch::binary_cross_entropy(x.sigmoid(), torch::rand({3, 8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: target of shape [3, 8] broadcasts against input [8, 1] of 'torch::binary_cross_entropy' to [3, 8] [torch-loss-broadcast]
  // ATen's BCEWithLogits takes the target's shape, into which the input grows.
  torch::binary_cross_entropy_with_logits(x, torch::rand({8, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: target of shape [8, 3] broadcasts against input [8, 1] of 'torch::binary_cross_entropy_with_logits' to [8, 3] [torch-loss-broadcast]
  torch::margin_ranking_loss(x, x, torch::ones({8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: target of shape [8] broadcasts against input1 [8, 1] of 'torch::margin_ranking_loss' to [8, 8] [torch-loss-broadcast]
}

// ===== Not flagged ===========================================================

// Equal shapes.
void equalShapes() {
  auto pred = torch::randn({8, 1});
  torch::nn::MSELoss criterion;
  criterion(pred, torch::randn({8, 1}));
  F::l1_loss(pred.squeeze(1), torch::randn({8}));
}

// A target that broadcasts up to the input's shape does not grow it: one
// target row for every sample is a legitimate broadcast.
void broadcastUpToInput() {
  auto pred = torch::randn({8, 3});
  torch::mse_loss(pred, torch::randn({3}));
  torch::mse_loss(pred, torch::randn({8, 1}));
}

// ATen's BCE with [N, 1] and [N]: squeezed, they agree.
void bceSqueezes() {
  auto p = torch::rand({8, 1});
  torch::binary_cross_entropy(p, torch::rand({8}));
}

// Shapes that do not broadcast at all throw: torch-loss-target-shape.
void notBroadcastable() {
  torch::mse_loss(torch::randn({8}), torch::randn({5}));
}

// A symbolic size may be 1, which would not grow the tensor: silent.
void symbolicBatch(int64_t n) {
  auto pred = torch::randn({n, 1});
  torch::mse_loss(pred, torch::randn({n}));
}

// FALSE NEGATIVE: shapes from parameters are unknown.
void unknownShapes(const torch::Tensor &pred, const torch::Tensor &y) {
  torch::mse_loss(pred, y);
}

// ===== Fix-its ================================================================

// The target comes from a macro: warned, never edited.
#define TARGET torch::randn({8})
void targetFromMacro() {
  torch::mse_loss(torch::randn({8, 1}), TARGET);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: target of shape [8] broadcasts against input [8, 1] of 'torch::mse_loss' to [8, 8] [torch-loss-broadcast]
}

// Different element counts: no repair is certain.
void differentCounts() {
  torch::l1_loss(torch::randn({8, 1}), torch::randn({3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: target of shape [3] broadcasts against input [8, 1] of 'torch::l1_loss' to [8, 3] [torch-loss-broadcast]
}

// A reshape needs the input by name: not offered for a temporary input.
void temporaryInput() {
  auto y = torch::randn({1, 6});
  torch::mse_loss(torch::randn({6, 1}), y);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: target of shape [1, 6] broadcasts against input [6, 1] of 'torch::mse_loss' to [6, 6] [torch-loss-broadcast]
}
