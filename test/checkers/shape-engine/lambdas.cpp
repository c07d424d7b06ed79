// Lambdas: a loss call inside a lambda is analyzed with the lambda's body as
// its function; the enclosing function's facts do not flow in (captures are
// unknown inside), and the lambda's do not flow out, but its parameters
// are what its calls pass (caller contexts).
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== The lambda's own facts ================================================

// Locals of the lambda are followed.
void lossInLambda() {
  auto step = [] {
    auto logits = torch::randn({4, 3});
    auto labels = torch::randint(0, 3, {4, 1});
    return F::cross_entropy(logits, labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
    // CHECK-FIXES: return F::cross_entropy(logits, labels.squeeze(1));
  };
  step();
}

// A lambda called in place, and a lambda nested in a lambda.
void nestedLambdas() {
  [] {
    auto inner = [](const torch::Tensor &logits) {
      auto labels = torch::randint(0, 3, {4, 1});
      return F::cross_entropy(torch::randn({4, 3}), labels);
      // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: target of shape [4, 1] does not fit
      // CHECK-FIXES: return F::cross_entropy(torch::randn({4, 3}), labels.squeeze(1));
    };
    inner(torch::randn({4, 3}));
  }();
}

// A generic lambda is a template: its written code is analyzed once.
void genericLambda() {
  auto step = [](auto scale) {
    auto labels = torch::randint(0, 3, {4, 1});
    return F::cross_entropy(torch::randn({4, 3}), labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: target of shape [4, 1] does not fit
    // CHECK-FIXES: return F::cross_entropy(torch::randn({4, 3}), labels.squeeze(1));
  };
  step(1);
  step(2.0);
}

// The enclosing function's call is analyzed on its own, unaffected by the
// lambda's body.
void enclosingFunctionToo() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  auto unrelated = [] {
    auto local = torch::randint(0, 3, {4});
    local = local.squeeze(0);
    return local;
  };
  unrelated();
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// The target is the lambda's parameter: what its one call passes. The
// lambda is called only here, so the repair is certain.
void targetIsParameter() {
  auto step = [](const torch::Tensor &labels) {
    return F::cross_entropy(torch::randn({4, 3}), labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: target of shape [4, 1] does not fit
    // CHECK-FIXES: return F::cross_entropy(torch::randn({4, 3}), labels.squeeze(1));
  };
  step(torch::randint(0, 3, {4, 1}));
}

// ===== Not flagged ===========================================================


// The lambda's locals are valid.
void validInLambda() {
  auto step = [] {
    return F::cross_entropy(torch::randn({4, 3}), torch::randint(0, 3, {4}));
  };
  step();
}

// The lambda's facts do not leak out: this `labels` is the function's own.
void sameNameOutside() {
  auto step = [] {
    auto labels = torch::randint(0, 3, {4, 1});
    return labels;
  };
  auto labels = torch::randint(0, 3, {4});
  F::cross_entropy(torch::randn({4, 3}), labels);
  step();
}

// FALSE NEGATIVE: a captured copy is unknown inside the lambda, although the
// enclosing function knows it is [4, 1].
void capturedTargetUnknownInside() {
  auto labels = torch::randint(0, 3, {4, 1});
  auto step = [labels] {
    return F::cross_entropy(torch::randn({4, 3}), labels);
  };
  step();
}
