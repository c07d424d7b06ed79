// Symbolic sizes: an int parameter, or a local whose value is unknown, is one
// size (a symbol) shared by all its uses. [n, 1] against [n, 3] is certain
// multi-target; two different symbols are never assumed equal (nor
// different), and a symbol may be 1.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

int64_t batchSize();

// ===== Shared symbols ========================================================

// An int parameter: [n, 1] vs [n, 3], with C a known constant other than 1.
void parameterBatch(int64_t n) {
  auto logits = torch::randn({n, 3});
  F::cross_entropy(logits, torch::randint(0, 3, {n, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [n, 1] does not fit input [n, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [n] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, torch::randint(0, 3, {n, 1}).squeeze(1));
}

// A constant class count held in a const local.
void parameterBatchNamedClasses(int n) {
  const int64_t classes = 5;
  auto logits = torch::randn({n, classes});
  F::cross_entropy(logits, torch::randint(0, classes, {n, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [n, 1] does not fit input [n, 5] of 'torch::nn::functional::cross_entropy': class indices of shape [n] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, torch::randint(0, classes, {n, 1}).squeeze(1));
}

// A local initialized from an unknown call is a symbol too; arithmetic on
// symbols is followed.
void localBatch(int64_t m) {
  int64_t n = batchSize();
  auto logits = torch::randn({n, 3});
  F::cross_entropy(logits, torch::randint(0, 3, {n, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [n, 1] does not fit input [n, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [n] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, torch::randint(0, 3, {n, 1}).squeeze(1));
  int64_t twice = m * 2;
  auto more = torch::randn({twice, 3});
  F::cross_entropy(more, torch::randint(0, 3, {twice, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: target of shape [2*m, 1] does not fit input [2*m, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [2*m] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(more, torch::randint(0, 3, {twice, 1}).squeeze(1));
}

// view's -1 is solved symbolically: [n] viewed as {-1, 1} or {n, -1} is
// [n, 1] (where the view runs, n is not 0).
void symbolicView(int64_t n) {
  auto logits = torch::randn({n, 3});
  auto labels = torch::randint(0, 3, {n});
  F::cross_entropy(logits, labels.view({-1, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [n, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.view({-1, 1}).squeeze(1));
  F::cross_entropy(logits, labels.view({n, -1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [n, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.view({n, -1}).squeeze(1));
}

// size(0) of a tensor of known sizes gives its symbol back.
void sizeOfKnownTensor(int64_t n) {
  auto logits = torch::randn({n, 3});
  auto labels = torch::randint(0, 3, {logits.size(0), 1});
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [n, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// Segmentation with symbolic sizes: the spatial error, and products of
// symbols through flatten (NLL here: for CrossEntropy, h*w may be 3 and
// [n, h*w] may be the probability path).
void symbolicSegmentation(int64_t n, int64_t h, int64_t w) {
  auto logits = torch::randn({n, 3, h, w});
  auto masks = torch::randint(0, 3, {n, 1, h, w});
  torch::nll_loss2d(logits, masks);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [n, 1, h, w] does not fit input [n, 3, h, w] of 'torch::nll_loss2d': class indices of shape [n, h, w] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::nll_loss2d(logits, masks.squeeze(1));
  auto flat = torch::randn({n, 3});
  F::nll_loss(flat, masks.squeeze(1).flatten(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [n, h*w] does not fit input [n, 3] of 'torch::nn::functional::nll_loss': class indices of shape [n] expected [torch-loss-target-rank]
}

// ===== Symbols that may take any value =======================================

// Not flagged: the class count c may be 1, and [n, 1] vs [n, 1] is the
// probability path.
void symbolicClasses(int64_t n, int64_t c) {
  auto logits = torch::randn({n, c});
  F::cross_entropy(logits, torch::randint(0, 3, {n, 1}));
}

// Not flagged: a known class count of 1 is the probability path.
void singleClass(int64_t n) {
  auto logits = torch::randn({n, 1});
  F::cross_entropy(logits, torch::randint(0, 1, {n, 1}));
}

// Not flagged: n and m are different symbols: the batch sizes may differ
// (a batch mismatch), so multi-target is not certain.
void differentSymbols(int64_t n, int64_t m) {
  auto logits = torch::randn({n, 3});
  F::cross_entropy(logits, torch::randint(0, 3, {m, 1}));
}

// Not flagged: n is reassigned between the two uses, so they are different
// symbols.
void reassignedSymbol() {
  int64_t n = batchSize();
  auto logits = torch::randn({n, 3});
  n = batchSize();
  F::cross_entropy(logits, torch::randint(0, 3, {n, 1}));
}

// Not flagged: h*w may be 3, so [n, h*w] may be the probability path.
void symbolicProductMayEqualClasses(int64_t n, int64_t h, int64_t w) {
  auto logits = torch::randn({n, 3});
  F::cross_entropy(logits, torch::randint(0, 3, {n, h, w}).flatten(1));
}

// Not flagged: [n, w, h] for [n, 3, h, w] has rank 3, so the spatial check
// passes; h and w are different symbols, so a size mismatch may or may not
// follow.
void symbolicTransposedMask(int64_t n, int64_t h, int64_t w) {
  auto logits = torch::randn({n, 3, h, w});
  F::cross_entropy(logits, torch::randint(0, 3, {n, w, h}));
}

// ===== Gaps ==================================================================

// FALSE NEGATIVE: x.size(0) of a tensor of unknown sizes is not a symbol
// shared between its calls, so the two batch sizes are not known to be
// equal.
void sizeOfUnknownTensor(const torch::Tensor &x) {
  auto logits = torch::randn({x.size(0), 3});
  F::cross_entropy(logits, torch::randint(0, 3, {x.size(0), 1}));
}

// FALSE NEGATIVE: a size defined inside a loop gets no symbol (it may differ
// from one iteration to the next, and the analysis does not tell
// iterations apart).
void symbolInLoop(int steps) {
  for (int i = 0; i < steps; ++i) {
    int64_t n = batchSize();
    auto logits = torch::randn({n, 3});
    F::cross_entropy(logits, torch::randint(0, 3, {n, 1}));
  }
}
