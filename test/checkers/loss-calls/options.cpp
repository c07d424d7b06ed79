// The options that change a rule are followed: CrossEntropy's ignore_index
// (module options, functional options, ATen's argument, an options
// variable), TripletMargin's swap; options the engine cannot follow leave
// the rule undecided.
// RUN: %check_torch_tidy %s torch-loss-target-dtype,torch-loss-target-shape %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// ===== ignore_index with class probabilities ==================================

void moduleOptions() {
  auto logits = torch::randn({4, 3});
  auto probs = torch::rand({4, 3});
  torch::nn::CrossEntropyLoss criterion(
      torch::nn::CrossEntropyLossOptions().ignore_index(0));
  criterion(logits, probs);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [4, 3] and dtype Float is read as class probabilities by 'CrossEntropyLoss', which does not support ignore_index with them [torch-loss-target-dtype]
  // The default (-100) is fine.
  torch::nn::CrossEntropyLoss plain;
  plain(logits, probs);
  // So is a negative one, and label smoothing.
  torch::nn::CrossEntropyLoss smoothed(
      torch::nn::CrossEntropyLossOptions().ignore_index(-1).label_smoothing(0.1));
  smoothed(logits, probs);
}

// An options variable, set by its setters.
void optionsVariable() {
  auto logits = torch::randn({4, 3});
  auto probs = torch::rand({4, 3});
  F::CrossEntropyFuncOptions opts;
  F::cross_entropy(logits, probs, opts);
  opts.ignore_index(2);
  F::cross_entropy(logits, probs, opts);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 3] and dtype Float is read as class probabilities by 'torch::nn::functional::cross_entropy', which does not support ignore_index with them [torch-loss-target-dtype]
}

// ATen's argument: a constant, or a size the engine names.
void atenArgument(int64_t ignored) {
  auto logits = torch::randn({4, 3});
  auto probs = torch::rand({4, 3});
  torch::cross_entropy_loss(logits, probs, {}, at::Reduction::Mean, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: target of shape [4, 3] and dtype Float is read as class probabilities by 'torch::cross_entropy_loss', which does not support ignore_index with them [torch-loss-target-dtype]
  // A parameter may be negative: not judged.
  torch::cross_entropy_loss(logits, probs, {}, at::Reduction::Mean, ignored);
}

// Options changed after the module was built are not followed.
void changedLater() {
  torch::nn::CrossEntropyLoss criterion;
  criterion->options.ignore_index(0);
  criterion(torch::randn({4, 3}), torch::rand({4, 3}));
}

// A module from elsewhere has unknown options; a Long probability target
// fails whatever they are.
void moduleFromElsewhere(torch::nn::CrossEntropyLoss &criterion) {
  criterion(torch::randn({4, 3}), torch::rand({4, 3}));
  criterion(torch::randn({4, 3}), torch::randint(0, 2, {4, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: target of shape [4, 3] and dtype Long is read as class probabilities by 'CrossEntropyLoss': floating probabilities, or class indices of shape [4], expected [torch-loss-target-dtype]
}

// ===== TripletMargin's swap ===================================================

// With swap, positive and negative broadcast against each other; without
// it, only their distances to the anchor do.
void tripletSwap() {
  auto anchor = torch::randn({1, 1});
  torch::nn::TripletMarginLoss swapped(
      torch::nn::TripletMarginLossOptions().swap(true));
  swapped(anchor, torch::randn({1, 3}), torch::randn({1, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: negative of shape [1, 2] does not fit positive [1, 3] of 'TripletMarginLoss' [torch-loss-target-shape]
  torch::nn::TripletMarginLoss plain;
  plain(anchor, torch::randn({1, 3}), torch::randn({1, 2}));
  // An unknown swap leaves the pair unjudged.
  torch::triplet_margin_loss(anchor, torch::randn({1, 3}), torch::randn({1, 2}),
                             1.0, 2, 1e-6, anchor.dim() > 1);
}
