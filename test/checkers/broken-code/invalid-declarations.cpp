// Declarations made invalid by a compile error, and errors inside templates
// and lambdas: whatever reads them (a size, a tensor, a dim index) must see
// an unknown, never hand them to clang's constant evaluator, and the loss
// checks stay silent there. Code the errors do not touch still warns.
// RUN: %not %torch_tidy --checks='-*,torch-*' %s -- %mirror_flags 2>&1 | %FileCheck %s --implicit-check-not='Stack dump' --implicit-check-not='warning:'
// RUN: %not %clang_tidy --load=%plugin --checks='-*,torch-*' %s -- %mirror_flags 2>&1 | %FileCheck %s --implicit-check-not='Stack dump' --implicit-check-not='warning:'

#include <torch/torch.h>

// An `auto` whose initializer does not compile is an invalid declaration.
void invalidAuto() {
  auto logits = torch::randn({8, 5});
  auto labels = makeLabels(8); // CHECK: error: use of undeclared identifier 'makeLabels'
  torch::nn::functional::cross_entropy(logits, labels);
}

// A size and a dim index that are invalid declarations.
void invalidSizes() {
  auto n = batchSizeFromConfig; // CHECK: error: use of undeclared identifier 'batchSizeFromConfig'
  auto logits = torch::randn({n, 5});
  auto labels = torch::randint(0, 5, {n, 1});
  torch::nn::functional::cross_entropy(logits, labels);
  const int d = kDim; // CHECK: error: use of undeclared identifier 'kDim'
  torch::nn::functional::cross_entropy(
      torch::randn({8, 5}), torch::randint(0, 5, {8, 1, 1}).squeeze(d));
}

// A member call on an object of an unknown class, and one of no member.
void unknownObjects(torch::Tensor t) {
  Widget w; // CHECK: error: unknown type name 'Widget'
  auto s = w.scale(t);
  torch::mse_loss(s, torch::randn({2, 3}));
  auto u = t.nosuchop(2); // CHECK: error: no member named 'nosuchop'
  torch::mse_loss(u, torch::randn({2, 3}));
}

// Errors inside a template and in a lambda.
template <typename T> torch::Tensor scaled(const T &x) {
  return x * undeclaredFactor; // CHECK: error: use of undeclared identifier 'undeclaredFactor'
}
void templateAndLambda() {
  auto x = torch::randn({4, 5});
  torch::mse_loss(scaled(x), torch::randn({4, 1}));
  auto f = [&](int k) { return x.view({k, missingSize}); }; // CHECK: error: use of undeclared identifier 'missingSize'
  torch::mse_loss(f(2), torch::randn({4, 1}));
}

// Untouched: still warned.
void untouched() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1});
  torch::nn::functional::cross_entropy(logits, labels);
  // CHECK: :[[@LINE-1]]:48: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
}
