// The notes of a contradiction: where the annotation is (in the comment, or
// the attribute's string), then where the tensor's shape was made. Every
// note is listed.
// RUN: %check_torch_tidy %s torch-shape-annotation %t -- -- %mirror_flags -I%annotation_include

#include <torch/torch.h>
#include <torch_tidy/shape.h>

void variable() {
  auto raw = torch::randint(0, 5, {8});
  torch::Tensor labels = raw.unsqueeze(1); // shape: [B] long
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: tensor of shape [8, 1] does not match the annotation '[B] long' of 'labels': rank 1 expected [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-2]]:54: note: 'labels' is annotated here
  // CHECK-NOTES: :[[@LINE-3]]:30: note: shape [8, 1] from 'unsqueeze' here
  // CHECK-NOTES: :[[@LINE-5]]:14: note: 'raw' has shape [8] from 'randint' here
}

void train(const torch::Tensor &logits,
           TORCH_TIDY_SHAPE("[B] long") const torch::Tensor &labels);

void argument() {
  auto labels = torch::rand({8});
  train(torch::randn({8, 5}), labels);
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: argument of dtype Float does not match the annotation '[B] long' of parameter 'labels' of 'train': dtype Long expected [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-6]]:29: note: parameter 'labels' of 'train' is annotated here
  // CHECK-NOTES: :[[@LINE-4]]:17: note: 'labels' has shape [8] from 'rand' here
}

// returns shape: [N]
torch::Tensor flatten(const torch::Tensor &x /* shape: [N, C] */) {
  return x;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor of shape [N, C] does not match the annotation '[N]' of the result of 'flatten': rank 1 expected [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-4]]:19: note: the result of 'flatten' is annotated here
  // CHECK-NOTES: :[[@LINE-4]]:56: note: 'x' has shape [N, C] from its annotation
}

struct Batch {
  torch::Tensor target; // shape: [B]
};

void field(Batch &batch) {
  batch.target = torch::zeros({8, 3});
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: tensor of shape [8, 3] does not match the annotation '[B]' of field 'target': rank 1 expected [torch-shape-annotation]
  // CHECK-NOTES: :[[@LINE-6]]:35: note: field 'target' is annotated here
  // CHECK-NOTES: :[[@LINE-3]]:18: note: shape [8, 3] from 'zeros' here
}
