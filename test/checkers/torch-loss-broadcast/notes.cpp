// The notes of torch-loss-broadcast say what LibTorch does: the warning it
// prints, or that it broadcasts in silence, and where the target's shape
// came from. Every note is listed.
// RUN: %check_torch_tidy %s torch-loss-broadcast %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

// The module warns before broadcasting.
void warns() {
  auto pred = torch::randn({8, 1});
  auto y = torch::randn({8});
  torch::nn::SmoothL1Loss criterion;
  criterion(pred, y);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: target of shape [8] broadcasts against input [8, 1] of 'SmoothL1Loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch warns 'Using a target size ([8]) that is different to the input size ([8, 1])' here
  // CHECK-NOTES: :[[@LINE-5]]:12: note: 'y' has shape [8] from 'randn' here
  // CHECK-FIXES: criterion(pred, y.unsqueeze(1));
}

// ATen's Huber warns that it resized its output.
void resizes() {
  auto pred = torch::randn({8, 1});
  torch::huber_loss(pred, torch::randn({3}));
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: target of shape [3] broadcasts against input [8, 1] of 'torch::huber_loss' to [8, 3] [torch-loss-broadcast]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch warns 'An output with one or more elements was resized since it had shape [8, 1], which does not match the required output shape [8, 3]' here
  // CHECK-NOTES: :[[@LINE-3]]:27: note: shape [3] from 'randn' here
}

// L1Loss never warns.
void silent() {
  auto pred = torch::randn({8, 1});
  auto y = torch::randn({8});
  F::l1_loss(pred, y);
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: target of shape [8] broadcasts against input [8, 1] of 'torch::nn::functional::l1_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: LibTorch silently broadcasts to [8, 8] here
  // CHECK-NOTES: :[[@LINE-4]]:12: note: 'y' has shape [8] from 'randn' here
  // CHECK-FIXES: F::l1_loss(pred, y.unsqueeze(1));
}
