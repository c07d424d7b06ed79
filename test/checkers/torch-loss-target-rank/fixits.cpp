// Fix-its: only where the repair is certain and small. An extra size-1 dim
// is squeezed with an explicit dim (`.squeeze(d)`; a bare squeeze() would
// also drop the batch dim of a batch of 1), parenthesizing a target that is
// not a postfix expression; `argmax(d, /*keepdim=*/true)` written at the
// argument loses its keepdim instead. No fix when the squeezed target would
// still fail: a Float target, or more than one extra dim.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== .squeeze(d) ===========================================================

// A variable, a call and a subscript are postfix expressions: appended.
void squeezePostfix() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1});
  auto batches = torch::randint(0, 5, {2, 8, 1});
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, labels.squeeze(1));{{$}}
  F::cross_entropy(logits, torch::randint(0, 5, {8, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, torch::randint(0, 5, {8, 1}).squeeze(1));{{$}}
  F::cross_entropy(logits, batches[0]);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, batches[0].squeeze(1));{{$}}
}

// `a + b`, `-a` and `c ? a : b` are not: parenthesized first.
void squeezeParenthesized(bool flag) {
  auto logits = torch::randn({8, 5});
  auto a = torch::randint(0, 5, {8, 1});
  auto b = torch::randint(0, 5, {8, 1});
  F::cross_entropy(logits, a + b);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, (a + b).squeeze(1));{{$}}
  F::cross_entropy(logits, -a);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, (-a).squeeze(1));{{$}}
  F::cross_entropy(logits, flag ? a : b);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, (flag ? a : b).squeeze(1));{{$}}
}

// The squeezed dim is the one that repairs the target: dim 1 for a batch
// of one ([1, 1] -> [1], where squeeze() would give []), dim 3 for a
// channels-last mask [N, H, W, 1], dim 0 for [1, N] given to torch::nll_loss.
void squeezeRightDim() {
  auto single = torch::randn({1, 5});
  F::cross_entropy(single, torch::randint(0, 5, {1, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [1, 1] does not fit input [1, 5] of 'torch::nn::functional::cross_entropy': class indices of shape [1] expected [torch-loss-target-rank]
  // CHECK-FIXES: {{^}}  F::cross_entropy(single, torch::randint(0, 5, {1, 1}).squeeze(1));{{$}}
  auto images = torch::randn({4, 3, 5, 6});
  F::cross_entropy(images, torch::randint(0, 3, {4, 5, 6, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 5, 6, 1] does not fit input [4, 3, 5, 6] of 'torch::nn::functional::cross_entropy': class indices of shape [4, 5, 6] expected [torch-loss-target-rank]
  // CHECK-FIXES: {{^}}  F::cross_entropy(images, torch::randint(0, 3, {4, 5, 6, 1}).squeeze(3));{{$}}
  auto logProbs = torch::randn({8, 5}).log_softmax(1);
  torch::nll_loss(logProbs, torch::randint(0, 5, {1, 8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: target of shape [1, 8] does not fit input [8, 5] of 'torch::nll_loss': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: {{^}}  torch::nll_loss(logProbs, torch::randint(0, 5, {1, 8}).squeeze(0));{{$}}
}

// ===== argmax(d, /*keepdim=*/true) -> argmax(d) ==============================

// keepdim written at the argument is removed, comment and all, for the
// method and the function form, argmax and argmin, and a negative dim.
void keepdimRemoved() {
  auto logits = torch::randn({8, 5});
  auto scores = torch::rand({8, 5});
  F::cross_entropy(logits, scores.argmax(1, /*keepdim=*/true));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, scores.argmax(1));{{$}}
  F::cross_entropy(logits, scores.argmin(1, true));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, scores.argmin(1));{{$}}
  F::cross_entropy(logits, torch::argmax(scores, 1, true));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, torch::argmax(scores, 1));{{$}}
  F::cross_entropy(logits, scores.argmax(-1, /*keepdim=*/true));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, scores.argmax(-1));{{$}}
}

// keepdim through a variable is not at the argument: squeezed instead.
void keepdimInVariable() {
  auto logits = torch::randn({8, 5});
  auto predicted = torch::rand({8, 5}).argmax(1, /*keepdim=*/true);
  F::cross_entropy(logits, predicted);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, predicted.squeeze(1));{{$}}
}

// A keepdim held in a variable is not a literal true: squeezed too.
void keepdimFlagVariable() {
  auto logits = torch::randn({8, 5});
  const bool keep = true;
  F::cross_entropy(logits, torch::rand({8, 5}).argmax(1, keep));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, torch::rand({8, 5}).argmax(1, keep).squeeze(1));{{$}}
}

// ===== No fix ================================================================

// Float targets: the squeezed target would throw "expected scalar type
// Long but found Float".
void noFixForFloat() {
  auto logits = torch::randn({8, 5});
  F::cross_entropy(logits, torch::rand({8, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, torch::rand({8, 1}));{{$}}
  auto labels = torch::randint(0, 5, {8, 1});
  F::cross_entropy(logits, labels.to(torch::kFloat));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, labels.to(torch::kFloat));{{$}}
}

// Two extra dims: one squeeze does not repair it.
void noFixForTwoExtraDims() {
  auto logits = torch::randn({8, 5});
  F::cross_entropy(logits, torch::randint(0, 5, {8, 1, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, torch::randint(0, 5, {8, 1, 1}));{{$}}
  auto unbatched = torch::randn({5});
  F::cross_entropy(unbatched, torch::randint(0, 5, {1, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: target of shape [1, 1] does not fit input [5] of 'torch::nn::functional::cross_entropy': class indices of shape [] expected [torch-loss-target-rank]
  // CHECK-FIXES: {{^}}  F::cross_entropy(unbatched, torch::randint(0, 5, {1, 1}));{{$}}
}

// No size-1 dim to remove: [8, 2] and [N, H, W] against a flat input.
void noFixWithoutSizeOneDim() {
  auto logits = torch::randn({8, 5});
  F::cross_entropy(logits, torch::randint(0, 5, {8, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 2] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, torch::randint(0, 5, {8, 2}));{{$}}
  F::cross_entropy(logits, torch::randint(0, 5, {8, 4, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 4, 4] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, torch::randint(0, 5, {8, 4, 4}));{{$}}
}

// argmax(0, true) keeps the batch dim instead: [1, 5] is a batch mismatch,
// not flagged, and not rewritten.
void keepdimOnOtherDim() {
  auto logits = torch::randn({8, 5});
  F::cross_entropy(logits, torch::rand({8, 5}).argmax(0, true));
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, torch::rand({8, 5}).argmax(0, true));{{$}}
}
