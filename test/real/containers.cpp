// Whole training programs whose labels and outputs are collected in a
// std::vector<torch::Tensor> and read by torch::stack / torch::cat: filled
// by push_back in a counted loop (a number or a parameter), in a loop of
// unknown count, by a dataset's constructor and read by its get(). Run
// against real LibTorch: each warned case throws (or, for the broadcast,
// broadcasts) as predicted, each silent case runs clean, and each fix-it
// applied gives a case that runs.
// REQUIRES: libtorch
// RUN: %check_torch_tidy %s torch-loss-target-rank,torch-loss-target-shape,torch-loss-target-dtype,torch-loss-broadcast %t -- -- %real_flags
// RUN: %runtime_proof --checks=torch-loss-target-rank,torch-loss-target-shape,torch-loss-target-dtype,torch-loss-broadcast --mode=examples %s %t-proof

#include "torch_tidy_cases.h"

namespace data = torch::data;

// Images and labels kept in vectors, filled by the constructor.
struct Folder : data::datasets::Dataset<Folder> {
  std::vector<torch::Tensor> images, labels;
  explicit Folder(int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
      images.push_back(torch::rand({1, 4, 4}));
      labels.push_back(torch::tensor({i % 3}));
    }
  }
  data::Example<> get(size_t i) override { return {images[i], labels[i]}; }
  torch::optional<size_t> size() const override { return images.size(); }
};

// The same with 0-d labels: the right shape once stacked.
struct ScalarFolder : data::datasets::Dataset<ScalarFolder> {
  std::vector<torch::Tensor> images, labels;
  ScalarFolder() {
    for (int i = 0; i < 30; ++i) {
      images.push_back(torch::rand({1, 4, 4}));
      labels.push_back(torch::tensor(static_cast<int64_t>(i % 3)));
    }
  }
  data::Example<> get(size_t i) override { return {images[i], labels[i]}; }
  torch::optional<size_t> size() const override { return images.size(); }
};

// Defined after the cases that call them (the runtime proof gives a line
// to the case above it).
static torch::Tensor scoreBatch(torch::nn::Linear &fc, int64_t n);

// ===== Vectors filled in the training code ===================================

// Labels collected one [1] tensor at a time: stacked, [8, 1].
TORCH_TIDY_CASE(stackedColumnLabels) {
  torch::nn::Linear fc(6, 4);
  std::vector<torch::Tensor> inputs, labels;
  for (int64_t i = 0; i < 8; ++i) {
    inputs.push_back(torch::randn({6}));
    labels.push_back(torch::tensor({i % 4}));
  }
  auto loss = torch::nn::functional::cross_entropy(fc(torch::stack(inputs)),
                                                   torch::stack(labels));
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: target of shape [8, 1] does not fit input [8, 4] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::stack(labels).squeeze(1));
  loss.backward();
}

// The same labels concatenated: [8], right.
TORCH_TIDY_CASE(concatenatedLabels) {
  torch::nn::Linear fc(6, 4);
  std::vector<torch::Tensor> inputs, labels;
  for (int64_t i = 0; i < 8; ++i) {
    inputs.push_back(torch::randn({6}));
    labels.push_back(torch::tensor({i % 4}));
  }
  torch::nn::CrossEntropyLoss criterion;
  criterion(fc(torch::stack(inputs)), torch::cat(labels)).backward();
}

// 0-d labels stacked: [8], right.
TORCH_TIDY_CASE(stackedScalarLabels) {
  torch::nn::Linear fc(6, 4);
  std::vector<torch::Tensor> inputs, labels;
  for (int i = 0; i < 8; ++i) {
    inputs.push_back(torch::randn({6}));
    labels.push_back(torch::tensor(static_cast<int64_t>(i % 4)));
  }
  torch::nn::CrossEntropyLoss criterion;
  criterion(fc(torch::stack(inputs)), torch::stack(labels)).backward();
}

// Regression: one 0-d prediction per sample against [1] targets: the
// targets stack to [12, 1] and broadcast against [12] to [12, 12].
TORCH_TIDY_CASE(regressionBroadcast) {
  torch::nn::Linear fc(3, 1);
  std::vector<torch::Tensor> predictions, targets;
  for (int i = 0; i < 12; ++i) {
    auto x = torch::randn({3});
    predictions.push_back(fc(x).squeeze());
    targets.push_back(torch::randn({1}));
  }
  torch_tidy_cases::operands(torch::stack(predictions), torch::stack(targets));
  auto loss = torch::mse_loss(torch::stack(predictions), torch::stack(targets));
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: target of shape [12, 1] broadcasts against input [12] of 'torch::mse_loss' to [12, 12] [torch-loss-broadcast]
  // CHECK-FIXES: auto loss = torch::mse_loss(torch::stack(predictions), torch::stack(targets).squeeze(1));
}

// Segmentation masks with a channel dim, stacked: [2, 1, 4, 4].
TORCH_TIDY_CASE(stackedMasks) {
  torch::nn::Conv2d head(torch::nn::Conv2dOptions(1, 3, 1));
  std::vector<torch::Tensor> images, masks;
  for (int i = 0; i < 2; ++i) {
    images.push_back(torch::rand({1, 4, 4}));
    masks.push_back(torch::randint(0, 3, {1, 4, 4}));
  }
  auto loss = torch::nn::functional::cross_entropy(head(torch::stack(images)),
                                                   torch::stack(masks));
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: target of shape [2, 1, 4, 4] does not fit input [2, 3, 4, 4] of 'torch::nn::functional::cross_entropy': class indices of shape [2, 4, 4] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::stack(masks).squeeze(1));
}

// Float class labels: cross_entropy reads a Float [8] target as
// probabilities, which need the input's shape.
TORCH_TIDY_CASE(floatLabels) {
  torch::nn::Linear fc(6, 4);
  std::vector<torch::Tensor> inputs, labels;
  for (int i = 0; i < 8; ++i) {
    inputs.push_back(torch::randn({6}));
    labels.push_back(torch::tensor(static_cast<float>(i % 4)));
  }
  auto loss = torch::nn::functional::cross_entropy(fc(torch::stack(inputs)),
                                                   torch::stack(labels));
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: target of dtype Float does not fit 'torch::nn::functional::cross_entropy': class indices of dtype Long expected [torch-loss-target-dtype]
  // CHECK-FIXES: torch::stack(labels).to(torch::kLong));
}

// A loop of unknown count: the batch size is unknown, the labels' rank is
// still wrong for every count. No fix-it: that the squeezed labels then fit
// needs the two counts to be the same, which is not known.
TORCH_TIDY_CASE(unknownCount) {
  torch::nn::Linear fc(6, 4);
  std::vector<int64_t> classes = {0, 3, 1, 2, 2};
  std::vector<torch::Tensor> inputs, labels;
  for (int64_t c : classes) {
    inputs.push_back(torch::randn({6}));
    labels.push_back(torch::tensor({c}));
  }
  auto loss = torch::nll_loss(torch::log_softmax(fc(torch::stack(inputs)), 1),
                              torch::stack(labels));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: target of shape [?, 1] does not fit input [?, 4] of 'torch::nll_loss': class indices of shape [?] expected [torch-loss-target-rank]
}

// The batch size a parameter, the model the caller's: analyzed for the one
// call (n = 5), repaired as the helper has no other.
TORCH_TIDY_CASE(parameterCount) {
  torch::nn::Linear fc(6, 4);
  scoreBatch(fc, 5).backward();
}
static torch::Tensor scoreBatch(torch::nn::Linear &fc, int64_t n) {
  std::vector<torch::Tensor> inputs, labels;
  for (int64_t i = 0; i < n; ++i) {
    inputs.push_back(torch::randn({6}));
    labels.push_back(torch::randint(0, 4, {1}));
  }
  return torch::nn::functional::cross_entropy(fc(torch::stack(inputs)),
                                              torch::stack(labels));
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: target of shape [5, 1] does not fit input [5, 4] of 'torch::nn::functional::cross_entropy': class indices of shape [5] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::stack(labels).squeeze(1));
}

// A label changed in place after it was collected: not followed, silent
// (here the change makes the labels right).
TORCH_TIDY_CASE(labelChangedInPlace) {
  torch::nn::Linear fc(6, 4);
  std::vector<torch::Tensor> inputs, labels;
  for (int64_t i = 0; i < 4; ++i) {
    inputs.push_back(torch::randn({6}));
    labels.push_back(torch::tensor({i % 4}));
  }
  for (auto &l : labels)
    l.squeeze_(0);
  torch::nn::functional::cross_entropy(fc(torch::stack(inputs)),
                                       torch::stack(labels)).backward();
}

// ===== Datasets holding vectors ==============================================

TORCH_TIDY_CASE(folderDataset) {
  torch::nn::Linear fc(16, 3);
  auto loader = data::make_data_loader(
      Folder(30).map(data::transforms::Stack<>()), 10);
  for (auto &batch : *loader) {
    auto logits = fc(batch.data.view({batch.data.size(0), -1}));
    auto loss = torch::nn::functional::cross_entropy(logits, batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: target of shape [10, 1] does not fit input [10, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [10] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = torch::nn::functional::cross_entropy(logits, batch.target.squeeze(1));
    loss.backward();
  }
}

TORCH_TIDY_CASE(scalarFolderDataset) {
  torch::nn::Linear fc(16, 3);
  auto loader = data::make_data_loader(
      ScalarFolder().map(data::transforms::Stack<>()), 10);
  for (auto &batch : *loader) {
    auto logits = fc(batch.data.view({batch.data.size(0), -1}));
    torch::nn::functional::cross_entropy(logits, batch.target).backward();
  }
}
