// The notes of a warning whose target's shape comes from an annotation:
// they point into the annotation (the comment or the attribute's string),
// or at the call of an annotated function. Every note is listed.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags -I%annotation_include

#include <torch/torch.h>
#include <torch_tidy/shape.h>

namespace F = torch::nn::functional;

torch::Tensor loadLabels();

// A parameter's annotation, in a comment and in the attribute.
void parameters(const torch::Tensor &logits /* shape: [B, 10] */,
                TORCH_TIDY_SHAPE("[B, 1]") const torch::Tensor &labels) {
  F::cross_entropy(logits, labels);
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws '0D or 1D target tensor expected, multi-target not supported' here
  // CHECK-NOTES: :[[@LINE-4]]:34: note: 'labels' has shape [B, 1] from its annotation
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// What inference found, then what the annotation added.
void variable(const torch::Tensor &logits /* shape: [B, 10] */) {
  auto labels = loadLabels().view({-1, 1}); // shape: [B, 1]
  F::cross_entropy(logits, labels);
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws '0D or 1D target tensor expected, multi-target not supported' here
  // CHECK-NOTES: :[[@LINE-4]]:55: note: 'labels' has shape [B, 1] from its annotation
  // CHECK-NOTES: :[[@LINE-5]]:30: note: 'labels' has shape [?, 1] from 'view' here
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

struct Batch {
  torch::Tensor data;   // shape: [B, 10]
  torch::Tensor target; // shape: [B, 1]
};

// A field's annotation, then the copy into a local.
void field(const Batch &batch) {
  torch::Tensor labels = batch.target;
  F::cross_entropy(batch.data, labels);
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws '0D or 1D target tensor expected, multi-target not supported' here
  // CHECK-NOTES: :[[@LINE-4]]:26: note: 'labels' has shape [B, 1] from this assignment
  // CHECK-NOTES: :[[@LINE-10]]:35: note: 'target' has shape [B, 1] from its annotation
  // CHECK-FIXES: F::cross_entropy(batch.data, labels.squeeze(1));
}

// returns shape: [N, 1]
torch::Tensor columnLabels(const torch::Tensor &logits /* shape: [N, C] */);

// The call of an annotated function, stored and not.
void result() {
  auto logits = torch::randn({8, 10});
  auto labels = columnLabels(logits);
  F::cross_entropy(logits, labels);
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit input [8, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws '0D or 1D target tensor expected, multi-target not supported' here
  // CHECK-NOTES: :[[@LINE-4]]:17: note: 'labels' has shape [8, 1] from 'columnLabels' here
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
  F::cross_entropy(logits, columnLabels(logits));
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit input [8, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch throws '0D or 1D target tensor expected, multi-target not supported' here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: shape [8, 1] from 'columnLabels' here
  // CHECK-FIXES: F::cross_entropy(logits, columnLabels(logits).squeeze(1));
}
