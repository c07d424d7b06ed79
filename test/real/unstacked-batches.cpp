// Whole training programs with unstacked batches (a loader over a dataset
// without Stack<>: each batch a std::vector<Example<>>, collected by the
// program into vectors and stacked) and with Lambda / TensorLambda
// transforms. Run against real LibTorch: each warned case throws (or, for
// the broadcast, broadcasts) as predicted, each silent case runs clean, and
// each fix-it applied gives a case that runs.
// REQUIRES: libtorch
// RUN: %check_torch_tidy %s torch-loss-target-rank,torch-loss-target-shape,torch-loss-target-dtype,torch-loss-broadcast %t -- -- %real_flags
// RUN: %runtime_proof --checks=torch-loss-target-rank,torch-loss-target-shape,torch-loss-target-dtype,torch-loss-broadcast --mode=examples %s %t-proof

#include "torch_tidy_cases.h"

namespace data = torch::data;

// Each example's label a [1] tensor.
struct ColumnLabels : data::datasets::Dataset<ColumnLabels> {
  torch::Tensor x = torch::randn({64, 20});
  torch::Tensor y = torch::randint(0, 5, {64});
  data::Example<> get(size_t i) override {
    return {x[i], torch::tensor({y[i].item<int64_t>()})};
  }
  torch::optional<size_t> size() const override { return x.size(0); }
};

// Regression: [3] features, a [1] target per example.
struct Regression : data::datasets::Dataset<Regression> {
  torch::Tensor x = torch::randn({48, 3});
  torch::Tensor y = torch::randn({48, 1});
  data::Example<> get(size_t i) override { return {x[i], y[i]}; }
  torch::optional<size_t> size() const override { return 48; }
};

// ===== Unstacked batches =====================================================

// Collected example by example and stacked: [16, 1] labels.
TORCH_TIDY_CASE(unstackedColumnLabels) {
  torch::nn::Linear fc(20, 5);
  auto loader = data::make_data_loader(ColumnLabels(), 16);
  for (auto &batch : *loader) {
    std::vector<torch::Tensor> xs, ys;
    for (const auto &example : batch) {
      xs.push_back(example.data);
      ys.push_back(example.target);
    }
    auto loss = torch::nn::functional::cross_entropy(fc(torch::stack(xs)),
                                                     torch::stack(ys));
    // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: target of shape [16, 1] does not fit input [16, 5] of 'torch::nn::functional::cross_entropy': class indices of shape [16] expected [torch-loss-target-rank]
    // CHECK-FIXES: torch::stack(ys).squeeze(1));
    loss.backward();
  }
}

// The same labels concatenated: [16], right.
TORCH_TIDY_CASE(unstackedConcatenated) {
  torch::nn::Linear fc(20, 5);
  auto loader = data::make_data_loader(ColumnLabels(), 16);
  for (auto &batch : *loader) {
    std::vector<torch::Tensor> xs, ys;
    for (const auto &example : batch) {
      xs.push_back(example.data);
      ys.push_back(example.target);
    }
    torch::nn::functional::cross_entropy(fc(torch::stack(xs)), torch::cat(ys))
        .backward();
  }
}

// Regression, one 0-d prediction per example against [1] targets: the
// targets stack to [16, 1] and broadcast against [16] to [16, 16].
TORCH_TIDY_CASE(unstackedRegressionBroadcast) {
  torch::nn::Linear fc(3, 1);
  auto loader = data::make_data_loader(Regression(), 16);
  for (auto &batch : *loader) {
    std::vector<torch::Tensor> predictions, targets;
    for (const auto &example : batch) {
      predictions.push_back(fc(example.data).squeeze());
      targets.push_back(example.target);
    }
    torch_tidy_cases::operands(torch::stack(predictions), torch::stack(targets));
    auto loss = torch::mse_loss(torch::stack(predictions), torch::stack(targets));
    // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: target of shape [16, 1] broadcasts against input [16] of 'torch::mse_loss' to [16, 16] [torch-loss-broadcast]
    // CHECK-FIXES: auto loss = torch::mse_loss(torch::stack(predictions), torch::stack(targets).squeeze(1));
  }
}

// ===== Lambda transforms =====================================================

// A Lambda that squeezes each label: [16] once stacked, right.
TORCH_TIDY_CASE(lambdaSqueezesLabels) {
  torch::nn::Linear fc(20, 5);
  auto squeezed = ColumnLabels().map(data::transforms::Lambda<data::Example<>>(
      [](data::Example<> e) { return data::Example<>(e.data, e.target.squeeze(0)); }));
  auto loader = data::make_data_loader(
      std::move(squeezed).map(data::transforms::Stack<>()), 16);
  for (auto &batch : *loader)
    torch::nn::functional::cross_entropy(fc(batch.data), batch.target).backward();
}

// A Lambda that scales the features and keeps the [1] label: [16, 1].
TORCH_TIDY_CASE(lambdaKeepsColumn) {
  torch::nn::Linear fc(20, 5);
  auto scaled = ColumnLabels().map(data::transforms::Lambda<data::Example<>>(
      [](data::Example<> e) { return data::Example<>(e.data * 0.5, e.target); }));
  auto loader = data::make_data_loader(
      std::move(scaled).map(data::transforms::Stack<>()), 16);
  for (auto &batch : *loader) {
    auto loss = torch::nll_loss(torch::log_softmax(fc(batch.data), 1), batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:72: warning: target of shape [16, 1] does not fit input [16, 5] of 'torch::nll_loss': class indices of shape [16] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = torch::nll_loss(torch::log_softmax(fc(batch.data), 1), batch.target.squeeze(1));
  }
}

// A TensorLambda reshaping the features into 4 rows of 5 for a convolution;
// the [1] labels still need squeezing.
TORCH_TIDY_CASE(tensorLambdaRows) {
  torch::nn::Conv1d conv(torch::nn::Conv1dOptions(4, 5, 5));
  auto rows = [](torch::Tensor t) { return t.view({4, 5}); };
  auto loader = data::make_data_loader(
      ColumnLabels()
          .map(data::transforms::TensorLambda<>(rows))
          .map(data::transforms::Stack<>()),
      16);
  for (auto &batch : *loader) {
    auto logits = conv(batch.data).squeeze(2);
    auto loss = torch::nn::functional::cross_entropy(logits, batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: target of shape [16, 1] does not fit input [16, 5] of 'torch::nn::functional::cross_entropy': class indices of shape [16] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = torch::nn::functional::cross_entropy(logits, batch.target.squeeze(1));
  }
}
