// Whole training programs whose models are sized by their constructors'
// arguments (a TORCH_MODULE holder, std::make_shared, a plain object, a
// model built twice with different sizes), fed by data loaders or by their
// own tensors. Run against real LibTorch: each warned case throws (or
// broadcasts) as predicted, each silent one runs clean, each fix-it runs.
// REQUIRES: libtorch
// RUN: %check_torch_tidy %s torch-loss-target-rank,torch-loss-target-shape,torch-loss-target-dtype,torch-loss-broadcast %t -- -- %real_flags
// RUN: %runtime_proof --checks=torch-loss-target-rank,torch-loss-target-shape,torch-loss-target-dtype,torch-loss-broadcast --mode=examples %s %t-proof

#include "torch_tidy_cases.h"

namespace data = torch::data;

struct ClassifierImpl : torch::nn::Module {
  ClassifierImpl(int64_t in, int64_t hidden, int64_t classes) {
    fc1 = register_module("fc1", torch::nn::Linear(in, hidden));
    fc2 = register_module("fc2", torch::nn::Linear(hidden, classes));
  }
  torch::Tensor forward(torch::Tensor x) {
    return fc2->forward(torch::relu(fc1->forward(x)));
  }
  torch::nn::Linear fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(Classifier);

struct Regressor : torch::nn::Module {
  Regressor(int64_t in, int64_t out)
      : fc(register_module("fc", torch::nn::Linear(torch::nn::LinearOptions(in, out)))) {}
  torch::Tensor forward(torch::Tensor x) { return fc(x); }
  torch::nn::Linear fc;
};

struct Rows : data::datasets::Dataset<Rows> {
  torch::Tensor x = torch::randn({60, 12});
  torch::Tensor y = torch::randint(0, 4, {60, 1});
  data::Example<> get(size_t i) override { return {x[i], y[i]}; }
  torch::optional<size_t> size() const override { return 60; }
};

template <typename Loader>
void fit(Classifier &model, Loader &loader);

TORCH_TIDY_CASE(holderSizedByArguments) {
  Classifier model(12, 32, 4);
  torch::nn::CrossEntropyLoss criterion;
  auto loader = data::make_data_loader(Rows().map(data::transforms::Stack<>()), 20);
  for (auto &batch : *loader) {
    auto loss = criterion(model(batch.data), batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: target of shape [20, 1] does not fit input [20, 4] of 'CrossEntropyLoss': class indices of shape [20] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = criterion(model(batch.data), batch.target.squeeze(1));
    loss.backward();
  }
}

TORCH_TIDY_CASE(holderRight) {
  Classifier model(12, 32, 4);
  auto loader = data::make_data_loader(Rows().map(data::transforms::Stack<>()), 20);
  for (auto &batch : *loader)
    torch::nn::functional::cross_entropy(model->forward(batch.data),
                                         batch.target.flatten())
        .backward();
}

TORCH_TIDY_CASE(sharedRegressor) {
  auto model = std::make_shared<Regressor>(3, 1);
  auto x = torch::randn({16, 3});
  auto y = torch::randn({16});
  auto loss = torch::mse_loss(model->forward(x), y);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: target of shape [16] broadcasts against input [16, 1] of 'torch::mse_loss' to [16, 16] [torch-loss-broadcast]
  // CHECK-FIXES: auto loss = torch::mse_loss(model->forward(x), y.unsqueeze(1));
}

TORCH_TIDY_CASE(plainObject) {
  Regressor model(3, 2);
  auto loss = torch::l1_loss(model.forward(torch::randn({5, 3})), torch::randn({5, 2}));
  loss.backward();
}

// One class, two sizes: each object its own.
TORCH_TIDY_CASE(twoSizes) {
  Classifier small(12, 8, 4), large(12, 64, 6);
  auto x = torch::randn({10, 12});
  auto a = torch::nn::functional::cross_entropy(small(x), torch::randint(0, 4, {10}));
  auto b = torch::nn::functional::cross_entropy(large(x), torch::randint(0, 6, {10, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: target of shape [10, 1] does not fit input [10, 6] of 'torch::nn::functional::cross_entropy': class indices of shape [10] expected [torch-loss-target-rank]
  // CHECK-FIXES: auto b = torch::nn::functional::cross_entropy(large(x), torch::randint(0, 6, {10, 1}).squeeze(1));
}

// The model and the loader built in one function, trained in a loop
// templated on the loader.
TORCH_TIDY_CASE(templatedFit) {
  Classifier model(12, 16, 4);
  auto loader = data::make_data_loader(
      Rows().map(data::transforms::Stack<>()),
      data::DataLoaderOptions().batch_size(15).drop_last(true));
  fit(model, *loader);
}
template <typename Loader> void fit(Classifier &model, Loader &loader) {
  torch::optim::SGD opt(model->parameters(), 0.1);
  for (auto &batch : loader) {
    opt.zero_grad();
    auto loss = torch::nll_loss(torch::log_softmax(model(batch.data), 1),
                                batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: target of shape [15, 1] does not fit input [15, 4] of 'torch::nll_loss': class indices of shape [15] expected [torch-loss-target-rank]
    // CHECK-FIXES: batch.target.squeeze(1));
    loss.backward();
    opt.step();
  }
}

// Labels squeezed before the loss: right, and silent.
TORCH_TIDY_CASE(squeezedLabels) {
  Classifier model(12, 16, 4);
  auto loader = data::make_data_loader(Rows().map(data::transforms::Stack<>()), 7);
  for (auto &batch : *loader) {
    auto labels = batch.target.squeeze(1);
    torch::nn::functional::cross_entropy(model(batch.data), labels).backward();
  }
}
