// Shape annotations on real LibTorch headers: the loss checks use annotated
// facts (parameters, variables, fields, results of annotated functions), and
// every warning is proven by running the case against real LibTorch with
// tensors of the annotated shapes (runtime_proof.py): each warned case
// throws the predicted message, and runs after --fix. torch-shape-annotation
// stays silent: every annotation here holds for what runs.
// REQUIRES: libtorch
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %real_flags
// RUN: %check_torch_tidy --check-suffix=ANNOTATION %s torch-shape-annotation %t-annotation -- -- %real_flags
// RUN: %runtime_proof --checks=torch-loss-target-rank --mode=examples %s %t-proof

#include "torch_tidy_cases.h"

#include <torch_tidy/shape.h>

namespace F = torch::nn::functional;

// A dataset's batch: sizes the analysis of one function cannot see.
struct Batch {
  torch::Tensor images; // shape: [B, 784] float
  torch::Tensor labels; // shape: [B, 1] long
};

static Batch nextBatch() {
  return {torch::randn({8, 784}), torch::randint(0, 10, {8, 1})};
}

// A model defined elsewhere; its result is annotated.
// returns shape: [B, 10]
static torch::Tensor classify(const torch::Tensor &images /* shape: [B, 784] */) {
  static torch::nn::Linear head(784, 10);
  return head(images);
}

// returns shape: [N, 1]
static torch::Tensor columnLabels(TORCH_TIDY_SHAPE("[N, C]") const torch::Tensor &scores) {
  return scores.argmax(1, /*keepdim=*/true);
}

// The seeded [B, 1] target in an annotated function (here a lambda, called
// with tensors of the annotated shapes).
TORCH_TIDY_CASE(annotatedParameters) {
  auto step = [](const torch::Tensor &logits /* shape: [B, 10] */,
                 const torch::Tensor &labels /* shape: [B, 1] */) {
    return F::cross_entropy(logits, labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
    // CHECK-FIXES: return F::cross_entropy(logits, labels.squeeze(1));
  };
  step(torch::randn({8, 10}), torch::randint(0, 10, {8, 1}));
}

// A batch's fields and the annotated model's result.
TORCH_TIDY_CASE(annotatedFieldsAndResult) {
  Batch batch = nextBatch();
  torch::nn::CrossEntropyLoss criterion;
  criterion(classify(batch.images), batch.labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: target of shape [B, 1] does not fit input [B, 10] of 'CrossEntropyLoss': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(classify(batch.images), batch.labels.squeeze(1));
}

// An annotated variable, and a result whose names bind from the argument.
TORCH_TIDY_CASE(annotatedVariableAndResult) {
  auto logits = classify(torch::randn({16, 784})); // shape: [B, 10]
  auto labels = columnLabels(logits);
  torch::nll_loss(logits.log_softmax(1), labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: target of shape [16, 1] does not fit input [16, 10] of 'torch::nll_loss': class indices of shape [16] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::nll_loss(logits.log_softmax(1), labels.squeeze(1));
}

// No warning: annotated right.
TORCH_TIDY_CASE(annotatedRight) {
  Batch batch = nextBatch();
  torch::Tensor labels = batch.labels.squeeze(1); // shape: [B] long
  F::cross_entropy(classify(batch.images), labels);
}
