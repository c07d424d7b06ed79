// Macros: a target that comes from a macro expansion is warned about, but
// never fixed (the fix would edit the macro, or text the macro hides).
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

#define MAKE_LABELS(n) torch::randint(0, 3, {n, 1})
#define THE_TARGET labels
#define LOSS(input, target) F::cross_entropy(input, target)
#define PREDICT(scores) scores.argmax(1, /*keepdim=*/true)
#define GOOD_LABELS(n) torch::randint(0, 3, {n})
#define SQUEEZED(t) (t).squeeze(1)

// ===== Warned, not fixed =====================================================

// The target is a macro call.
void targetFromMacroCall() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, MAKE_LABELS(4));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, MAKE_LABELS(4));{{$}}
}

// The target is an object-like macro naming a variable.
void targetIsMacroName() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  F::cross_entropy(logits, THE_TARGET);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, THE_TARGET);{{$}}
}

// The whole loss call is a macro; the target is a macro argument.
void lossCallInMacro() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  LOSS(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: {{^}}  LOSS(logits, labels);{{$}}
}

// argmax with keepdim written in a macro: neither rewritten nor squeezed.
// The warning points at the first token of the target, the macro argument.
void keepdimInMacro() {
  auto logits = torch::randn({4, 3});
  auto scores = torch::rand({4, 3});
  F::cross_entropy(logits, PREDICT(scores));
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, PREDICT(scores));{{$}}
}

// ===== Fixed: the target is written outside the macro ========================

// A variable made by a macro, used by name: the fix goes at the use.
void variableFromMacro() {
  auto logits = torch::randn({4, 3});
  auto labels = MAKE_LABELS(4);
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: {{^}}  F::cross_entropy(logits, labels.squeeze(1));{{$}}
}

// ===== Not flagged ===========================================================

// The macro makes valid class indices.
void validMacroTarget() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, GOOD_LABELS(4));
  LOSS(logits, GOOD_LABELS(4));
}

// A macro that squeezes the target repairs it.
void repairingMacro() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  F::cross_entropy(logits, SQUEEZED(labels));
}

// The macro's size argument makes a batch mismatch ([5, 1] for [4, 3]).
void macroBatchMismatch() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, MAKE_LABELS(5));
}
