// Escapes: a tensor that something else may change behind the analysis's
// back is unknown from then on: passed by non-const reference, captured by
// reference in a lambda, its address taken, bound to a reference (even a
// const one: LibTorch's in-place ops are const methods). Passing it by
// value or by const reference changes nothing.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

#include <utility>

namespace F = torch::nn::functional;

void mutate(torch::Tensor &t);
void observe(const torch::Tensor &t);
void consume(torch::Tensor t);
void bump(int &counter);

// ===== Calls =================================================================

// Not flagged: mutate() may squeeze the target.
void passedByReference() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  mutate(labels);
  F::cross_entropy(logits, labels);
}

// By const reference and by value: the target is unchanged.
void passedByConstReferenceOrValue() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  observe(labels);
  consume(labels);
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// Passed by reference only after the loss call: the call saw the old facts.
void passedByReferenceAfterCall() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
  mutate(labels);
}

// A number passed by reference changes only itself, not the tensors.
void numberPassedByReference() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  int counter = 0;
  bump(counter);
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// Not flagged: std::move takes the target by non-const reference.
void movedFrom() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  consume(std::move(labels));
  F::cross_entropy(logits, labels);
}

// ===== Lambdas ===============================================================

// Not flagged: captured by reference, by name or by default.
void capturedByReference() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  auto repair = [&labels] { labels = labels.squeeze(1); };
  repair();
  F::cross_entropy(logits, labels);
}
void capturedByDefaultReference() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  auto repair = [&] { labels.squeeze_(1); };
  repair();
  F::cross_entropy(logits, labels);
}

// Not flagged: captured by copy, plainly or as an init-capture. The copy is
// a handle to the same tensor, and in-place ops are const methods, so the
// lambda's squeeze_ repairs the caller's target.
void capturedByCopyRepairedInPlace() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  auto repair = [labels] { labels.squeeze_(1); };
  repair();
  F::cross_entropy(logits, labels);
}
void initCaptureRepairedInPlace() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  auto repair = [handle = labels] { handle.squeeze_(1); };
  repair();
  F::cross_entropy(logits, labels);
}

// FALSE NEGATIVE: a lambda that only reads its copy is treated like one that
// squeezes it in place; the lambda's body is not looked into.
void capturedByCopyReadOnly() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  auto show = [labels] { observe(labels); };
  show();
  F::cross_entropy(logits, labels);
}

// Other captures do not matter.
void otherVariableCaptured() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  auto scale = [&logits] { logits = logits * 2; };
  scale();
  F::cross_entropy(torch::randn({4, 3}), labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(torch::randn({4, 3}), labels.squeeze(1));
}

// ===== Addresses and references ==============================================

// Not flagged: the address is taken; the pointer may change it anywhere.
void addressTaken() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  torch::Tensor *pointer = &labels;
  *pointer = pointer->squeeze(1);
  F::cross_entropy(logits, labels);
}

// Not flagged: bound to a reference that changes it.
void boundToReference() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  torch::Tensor &alias = labels;
  alias = alias.squeeze(1);
  F::cross_entropy(logits, labels);
}

// Not flagged: bound to a const reference, through which an in-place op
// (a const method) may squeeze it.
void boundToConstReference() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  const torch::Tensor &view = labels;
  view.squeeze_(1);
  F::cross_entropy(logits, labels);
}

// FALSE NEGATIVE: the same, when nothing changes it: a reference local is
// never followed, so neither is the variable it is bound to.
void boundToConstReferenceUnchanged() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  const torch::Tensor &view = labels;
  F::cross_entropy(logits, view);
}
