// torch::nn::Linear's forward: [*, in_features] -> [*, out_features], with
// the sizes from its constructor or its LinearOptions, called as fc(x) or
// fc->forward(x). The result has the input's dtype (Float here).
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== A Linear head with one output used as the target ======================

// Linear(10, 1) makes a Float [4, 1] target: warned, no fix (the squeezed
// target would be Float, rejected as class indices).
void linearCall() {
  torch::nn::Linear fc(10, 1);
  auto features = torch::randn({4, 10});
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, fc(features));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
}

// fc->forward(x) goes through the holder's operator->.
void linearForward() {
  torch::nn::Linear fc(10, 1);
  auto features = torch::randn({4, 10});
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, fc->forward(features));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
}

// The sizes come from LinearOptions, written in place or held in a
// variable, and from a copy of the module.
void linearOptions() {
  auto features = torch::randn({4, 10});
  auto logits = torch::randn({4, 3});
  torch::nn::Linear noBias(torch::nn::LinearOptions(10, 1).bias(false));
  F::cross_entropy(logits, noBias(features));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  auto options = torch::nn::LinearOptions(10, 1);
  torch::nn::Linear fromOptions(options);
  F::cross_entropy(logits, fromOptions(features));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  torch::nn::Linear copied = torch::nn::Linear(10, 1);
  F::cross_entropy(logits, copied(features));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
}

// The Impl used directly.
void linearImpl() {
  torch::nn::LinearImpl fc(10, 1);
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, fc.forward(torch::randn({4, 10})));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
}

// Converted to Long, the same output is fixed by squeezing.
void linearToLong() {
  torch::nn::Linear fc(10, 1);
  auto logits = torch::randn({4, 3});
  auto labels = fc(torch::randn({4, 10})).to(torch::kLong);
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// ===== A Linear head as the input ============================================

// The classifier's logits are [4, 3]; a [4, 1] Long target is multi-target.
void linearLogits() {
  torch::nn::Linear head(10, 3);
  auto features = torch::randn({4, 10});
  F::cross_entropy(head(features), torch::randint(0, 3, {4, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(head(features), torch::randint(0, 3, {4, 1}).squeeze(1));
}

// Not flagged: the right target.
void linearLogitsValid() {
  torch::nn::Linear head(10, 3);
  auto features = torch::randn({4, 10});
  F::cross_entropy(head(features), torch::randint(0, 3, {4}));
}

// Not flagged: a single-output head [4, 1] with a [4, 1] target is the
// probability path, not multi-target.
void singleOutputHead() {
  torch::nn::Linear head(10, 1);
  auto features = torch::randn({4, 10});
  F::cross_entropy(head(features), torch::randint(0, 1, {4, 1}));
}

// Not flagged: [4, 8] features do not fit in_features = 10; the forward
// throws before the loss.
void linearWidthMismatch() {
  torch::nn::Linear fc(10, 1);
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, fc(torch::randn({4, 8})));
}

// Not flagged: the features' sizes are unknown.
void linearUnknownFeatures(const torch::Tensor &features) {
  torch::nn::Linear fc(10, 1);
  F::cross_entropy(torch::randn({4, 3}), fc(features));
}

// A module held in a field is what the constructor put there.
struct Net : torch::nn::Module {
  torch::nn::Linear fc{nullptr};
  Net() { fc = torch::nn::Linear(10, 1); }
  torch::Tensor step() {
    return F::cross_entropy(torch::randn({4, 3}), fc(torch::randn({4, 10})));
    // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  }
};

// Not flagged: another method may put another module in the field.
struct Retrained : torch::nn::Module {
  torch::nn::Linear fc{nullptr};
  Retrained() { fc = torch::nn::Linear(10, 1); }
  void widen() { fc = torch::nn::Linear(10, 3); }
  torch::Tensor step() {
    return F::cross_entropy(torch::randn({4, 3}), fc(torch::randn({4, 10})));
  }
};
