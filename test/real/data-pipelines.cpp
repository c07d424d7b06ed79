// Whole training programs whose tensors come through torch::data: a user
// dataset's get(), Stack<>, Normalize<>, TensorDataset, make_data_loader
// with a batch size or DataLoaderOptions, and a range-for over the loader.
// Run against real LibTorch: each warned case throws (or, for the
// broadcast, broadcasts) as predicted, each silent case runs clean, and
// each fix-it applied gives a case that runs. The correct programs include
// pytorch/examples' cpp/custom-dataset repair (a [1] label, then
// batch.target.view({-1})).
// REQUIRES: libtorch
// RUN: %check_torch_tidy %s torch-loss-target-rank,torch-loss-target-shape,torch-loss-target-dtype,torch-loss-broadcast %t -- -- %real_flags
// RUN: %runtime_proof --checks=torch-loss-target-rank,torch-loss-target-shape,torch-loss-target-dtype,torch-loss-broadcast --mode=examples %s %t-proof

#include "torch_tidy_cases.h"

namespace data = torch::data;

// ===== Datasets ==============================================================

// Each example's label a [1] tensor: the mission's error once stacked.
struct ColumnLabels : data::datasets::Dataset<ColumnLabels> {
  torch::Tensor x = torch::randn({64, 20});
  torch::Tensor y = torch::randint(0, 5, {64});
  data::Example<> get(size_t i) override {
    return {x[i], torch::tensor({y[i].item<int64_t>()})};
  }
  torch::optional<size_t> size() const override { return x.size(0); }
};

// 0-d labels: the right shape.
struct ScalarLabels : data::datasets::Dataset<ScalarLabels> {
  torch::Tensor x = torch::randn({64, 20});
  torch::Tensor y = torch::randint(0, 5, {64});
  data::Example<> get(size_t i) override { return {x[i], y[i]}; }
  torch::optional<size_t> size() const override { return x.size(0); }
};

// pytorch/examples' cpp/custom-dataset: a [1] label from a blob.
struct BlobLabels : data::datasets::Dataset<BlobLabels> {
  torch::Tensor x = torch::randn({40, 20});
  data::Example<> get(size_t i) override {
    int64_t label = static_cast<int64_t>(i % 5);
    torch::Tensor label_tensor =
        torch::from_blob(&label, {1}, torch::kLong).clone();
    return {x[i], label_tensor};
  }
  torch::optional<size_t> size() const override { return 40; }
};

// Regression targets: [1] per example.
struct Regression : data::datasets::Dataset<Regression> {
  torch::Tensor x = torch::randn({48, 3});
  torch::Tensor y = torch::randn({48, 1});
  data::Example<> get(size_t i) override { return {x[i], y[i]}; }
  torch::optional<size_t> size() const override { return 48; }
};

// Regression targets that lost their dim: 0-d per example.
struct FlatRegression : data::datasets::Dataset<FlatRegression> {
  torch::Tensor x = torch::randn({48, 3});
  torch::Tensor y = torch::randn({48});
  data::Example<> get(size_t i) override { return {x[i], y[i]}; }
  torch::optional<size_t> size() const override { return 48; }
};

// Segmentation: masks with a channel dim.
struct Masks : data::datasets::Dataset<Masks> {
  data::Example<> get(size_t i) override {
    return {torch::randn({3, 8, 8}), torch::randint(0, 4, {1, 8, 8})};
  }
  torch::optional<size_t> size() const override { return 12; }
};

// Binary labels, 0-d Float per example.
struct Binary : data::datasets::Dataset<Binary> {
  torch::Tensor x = torch::randn({32, 6});
  data::Example<> get(size_t i) override {
    return {x[i], torch::tensor(static_cast<float>(i % 2))};
  }
  torch::optional<size_t> size() const override { return 32; }
};

// Probability targets: Float, shaped like the logits.
struct SoftLabels : data::datasets::Dataset<SoftLabels> {
  data::Example<> get(size_t i) override {
    return {torch::randn({20}), torch::softmax(torch::randn({5}), 0)};
  }
  torch::optional<size_t> size() const override { return 30; }
};

// One-hot labels, left Long.
struct OneHot : data::datasets::Dataset<OneHot> {
  data::Example<> get(size_t i) override {
    return {torch::randn({20}),
            torch::one_hot(torch::tensor(static_cast<int64_t>(i % 5)), 5)};
  }
  torch::optional<size_t> size() const override { return 30; }
};

// Images normalized per channel.
struct Images : data::datasets::Dataset<Images> {
  data::Example<> get(size_t i) override {
    return {torch::rand({1, 4, 4}), torch::tensor({static_cast<int64_t>(i % 3)})};
  }
  torch::optional<size_t> size() const override { return 20; }
};

// Defined after the cases that call them (the runtime proof gives a line
// to the case above it).
template <typename DataLoader>
void trainEpoch(torch::nn::Linear &fc, DataLoader &loader);
void classify(const torch::Tensor &logits, const torch::Tensor &labels);

// ===== Training loops ========================================================

TORCH_TIDY_CASE(columnLabels) {
  torch::nn::Linear fc(20, 5);
  torch::nn::CrossEntropyLoss criterion;
  auto loader = data::make_data_loader(
      ColumnLabels().map(data::transforms::Stack<>()), 16);
  for (auto &batch : *loader) {
    auto loss = criterion(fc(batch.data), batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: target of shape [16, 1] does not fit input [16, 5] of 'CrossEntropyLoss': class indices of shape [16] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = criterion(fc(batch.data), batch.target.squeeze(1));
    loss.backward();
  }
}

// 64 examples in batches of 10: the last batch has 4, and every batch
// throws.
TORCH_TIDY_CASE(columnLabelsUnevenBatches) {
  torch::nn::Linear fc(20, 5);
  auto loader = data::make_data_loader(
      ColumnLabels().map(data::transforms::Stack<>()), 10);
  for (const auto &batch : *loader) {
    auto loss = torch::nll_loss(torch::log_softmax(fc(batch.data), 1), batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:72: warning: target of shape [B, 1] does not fit input [B, 5] of 'torch::nll_loss': class indices of shape [B] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = torch::nll_loss(torch::log_softmax(fc(batch.data), 1), batch.target.squeeze(1));
  }
}

TORCH_TIDY_CASE(scalarLabels) {
  torch::nn::Linear fc(20, 5);
  torch::nn::CrossEntropyLoss criterion;
  auto loader = data::make_data_loader(
      ScalarLabels().map(data::transforms::Stack<>()),
      data::DataLoaderOptions().batch_size(16).drop_last(true));
  for (auto batch : *loader)
    criterion(fc(batch.data), batch.target).backward();
}

// The custom-dataset example's own repair: right, and silent.
TORCH_TIDY_CASE(blobLabelsViewed) {
  torch::nn::Linear fc(20, 5);
  auto loader = data::make_data_loader(
      BlobLabels().map(data::transforms::Stack<>()), 8);
  for (auto &batch : *loader) {
    auto output = torch::log_softmax(fc(batch.data), 1);
    auto loss = torch::nll_loss(output, batch.target.view({-1}));
    loss.backward();
  }
}

TORCH_TIDY_CASE(blobLabels) {
  torch::nn::Linear fc(20, 5);
  auto loader = data::make_data_loader(
      BlobLabels().map(data::transforms::Stack<>()), 8);
  for (auto &batch : *loader) {
    auto output = torch::log_softmax(fc(batch.data), 1);
    auto loss = torch::nll_loss(output, batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nll_loss': class indices of shape [8] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = torch::nll_loss(output, batch.target.squeeze(1));
  }
}

TORCH_TIDY_CASE(regression) {
  torch::nn::Linear fc(3, 1);
  auto loader = data::make_data_loader(
      Regression().map(data::transforms::Stack<>()), 16);
  for (auto &batch : *loader)
    torch::mse_loss(fc(batch.data), batch.target).backward();
}

TORCH_TIDY_CASE(flatRegression) {
  torch::nn::Linear fc(3, 1);
  auto loader = data::make_data_loader(
      FlatRegression().map(data::transforms::Stack<>()), 16);
  for (auto &batch : *loader) {
    auto loss = torch::mse_loss(fc(batch.data), batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: target of shape [16] broadcasts against input [16, 1] of 'torch::mse_loss' to [16, 16] [torch-loss-broadcast]
    // CHECK-FIXES: auto loss = torch::mse_loss(fc(batch.data), batch.target.unsqueeze(1));
  }
}

TORCH_TIDY_CASE(segmentationMasks) {
  torch::nn::Conv2d head(torch::nn::Conv2dOptions(3, 4, 1));
  torch::nn::CrossEntropyLoss criterion;
  auto loader = data::make_data_loader(
      Masks().map(data::transforms::Stack<>()), 4);
  for (auto &batch : *loader) {
    auto loss = criterion(head(batch.data), batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: target of shape [4, 1, 8, 8] does not fit input [4, 4, 8, 8] of 'CrossEntropyLoss': class indices of shape [4, 8, 8] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = criterion(head(batch.data), batch.target.squeeze(1));
  }
}

TORCH_TIDY_CASE(binaryLabels) {
  torch::nn::Linear fc(6, 1);
  torch::nn::BCEWithLogitsLoss criterion;
  auto loader = data::make_data_loader(
      Binary().map(data::transforms::Stack<>()), 8);
  for (auto &batch : *loader) {
    auto loss = criterion(fc(batch.data), batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: {{.*}}[torch-loss-target-shape]
  }
}

TORCH_TIDY_CASE(binaryLabelsUnsqueezed) {
  torch::nn::Linear fc(6, 1);
  torch::nn::BCEWithLogitsLoss criterion;
  auto loader = data::make_data_loader(
      Binary().map(data::transforms::Stack<>()), 8);
  for (auto &batch : *loader)
    criterion(fc(batch.data), batch.target.unsqueeze(1)).backward();
}

TORCH_TIDY_CASE(probabilityTargets) {
  torch::nn::Linear fc(20, 5);
  torch::nn::CrossEntropyLoss criterion;
  auto loader = data::make_data_loader(
      SoftLabels().map(data::transforms::Stack<>()), 10);
  for (auto &batch : *loader)
    criterion(fc(batch.data), batch.target).backward();
}

TORCH_TIDY_CASE(oneHotLong) {
  torch::nn::Linear fc(20, 5);
  torch::nn::CrossEntropyLoss criterion;
  auto loader = data::make_data_loader(
      OneHot().map(data::transforms::Stack<>()), 10);
  for (auto &batch : *loader) {
    auto loss = criterion(fc(batch.data), batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: {{.*}}[torch-loss-target-dtype]
  }
}

TORCH_TIDY_CASE(normalizedImages) {
  torch::nn::Linear fc(16, 3);
  auto loader = data::make_data_loader(
      Images()
          .map(data::transforms::Normalize<>(0.5, 0.25))
          .map(data::transforms::Stack<>()),
      5);
  for (auto &batch : *loader) {
    auto logits = fc(batch.data.view({-1, 16}));
    auto loss = torch::nn::functional::cross_entropy(logits, batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: target of shape [5, 1] does not fit input [5, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [5] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = torch::nn::functional::cross_entropy(logits, batch.target.squeeze(1));
  }
}

TORCH_TIDY_CASE(tensorDataset) {
  torch::nn::Linear fc(4, 1);
  auto targets = torch::randn({10});
  auto loader = data::make_data_loader(
      data::datasets::TensorDataset(torch::randn({10, 4}))
          .map(data::transforms::Stack<data::TensorExample>()),
      10);
  for (auto &batch : *loader) {
    auto loss = torch::l1_loss(fc(batch.data), targets);
    // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: target of shape [10] broadcasts against input [10, 1] of 'torch::l1_loss' to [10, 10] [torch-loss-broadcast]
    // CHECK-FIXES: auto loss = torch::l1_loss(fc(batch.data), targets.unsqueeze(1));
  }
}

// Labels written before the loss: the engine forgets the batch.
TORCH_TIDY_CASE(labelsRepairedInLoop) {
  torch::nn::Linear fc(20, 5);
  auto loader = data::make_data_loader(
      ColumnLabels().map(data::transforms::Stack<>()), 16);
  for (auto &batch : *loader) {
    batch.target = batch.target.squeeze(1);
    torch::nn::functional::cross_entropy(fc(batch.data), batch.target).backward();
  }
}

// A training loop templated on its loader, as pytorch/examples' MNIST
// writes it: analyzed as trainEpoch<...> is instantiated here.
TORCH_TIDY_CASE(templatedLoop) {
  torch::nn::Linear fc(20, 5);
  auto loader = data::make_data_loader(
      ColumnLabels().map(data::transforms::Stack<>()), 16);
  trainEpoch(fc, *loader);
}
template <typename DataLoader>
void trainEpoch(torch::nn::Linear &fc, DataLoader &loader) {
  for (auto &batch : loader) {
    auto output = torch::log_softmax(fc(batch.data), 1);
    auto loss = torch::nll_loss(output, batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: target of shape [16, 1] does not fit input [16, 5] of 'torch::nll_loss': class indices of shape [16] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = torch::nll_loss(output, batch.target.squeeze(1));
    loss.backward();
  }
}

// A helper given the batch's tensors.
TORCH_TIDY_CASE(helperTakesBatch) {
  torch::nn::Linear fc(20, 5);
  auto loader = data::make_data_loader(
      ColumnLabels().map(data::transforms::Stack<>()), 32);
  for (auto &batch : *loader)
    classify(fc(batch.data), batch.target);
}
void classify(const torch::Tensor &logits, const torch::Tensor &labels) {
  torch::nn::functional::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: target of shape [32, 1] does not fit input [32, 5] of 'torch::nn::functional::cross_entropy': class indices of shape [32] expected [torch-loss-target-rank]
}
