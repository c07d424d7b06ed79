// A loss whose tensors a function's own code does not know is analyzed as
// each call of the function in the translation unit runs it (one level of
// callers, at most 8 calls): a helper given the batch, a training loop
// templated on its loader (pytorch/examples' MNIST shape). The warning is
// at the loss, with a note at the call; a fix-it only where the function
// has that one call and no other translation unit can call it.
// RUN: %check_torch_tidy %s torch-loss-target-rank,torch-loss-broadcast %t -- -- %mirror_flags
// RUN: %torch_tidy --checks='-*,torch-loss-target-rank' %s -- %mirror_flags 2>&1 | %FileCheck %s --check-prefix=NOTES

#include <torch/torch.h>

namespace data = torch::data;

struct Pairs : data::datasets::Dataset<Pairs> {
  torch::Tensor x = torch::randn({100, 20});
  data::Example<> get(size_t i) override {
    return {x[i], torch::tensor({int64_t(3)})};
  }
  c10::optional<size_t> size() const override { return 100; }
};

struct NetImpl : torch::nn::Module {
  NetImpl() { fc = register_module("fc", torch::nn::Linear(20, 5)); }
  torch::Tensor forward(torch::Tensor x) {
    return torch::log_softmax(fc->forward(x), 1);
  }
  torch::nn::Linear fc{nullptr};
};
TORCH_MODULE(Net);

// ===== A training loop templated on its loader ===============================

template <typename DataLoader> void train(Net &model, DataLoader &loader) {
  for (auto &batch : loader) {
    auto output = model->forward(batch.data);
    auto loss = torch::nll_loss(output, batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: target of shape [10, 1] does not fit input [10, 5] of 'torch::nll_loss': class indices of shape [10] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = torch::nll_loss(output, batch.target.squeeze(1));
  }
}
// NOTES: callers-and-instantiations.cpp:[[@LINE-5]]:41: warning: target of shape [10, 1]
// NOTES: :[[@LINE-6]]:17: note: LibTorch throws '0D or 1D target tensor expected, multi-target not supported' here
// NOTES: :[[@LINE+9]]:3: note: when 'trainMain' calls 'train' here
// NOTES: :[[@LINE+6]]:17: note: shape [10, 1] from 'make_data_loader' here
// NOTES: :[[@LINE+6]]:15: note: shape [10, 1] from 'Stack' here
// NOTES: :[[@LINE-29]]:19: note: shape [1] from 'tensor' here

void trainMain() {
  Net model;
  auto loader = data::make_data_loader(
      Pairs().map(data::transforms::Stack<>()), 10);
  train(model, *loader);
}

// ===== A helper given the batch ==============================================

void step(torch::Tensor out, torch::Tensor y) {
  auto loss = torch::nn::functional::cross_entropy(out, y);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
}
// NOTES: :[[@LINE-3]]:57: warning: target of shape [4, 1]
// NOTES: :[[@LINE+5]]:3: note: when 'helperMain' calls 'step' here
// NOTES: :[[@LINE+4]]:30: note: shape [4, 1] from 'randint' here

void helperMain() {
  step(torch::randn({4, 3}), torch::randint(0, 3, {4}));
  step(torch::randn({4, 3}), torch::randint(0, 3, {4, 1}));
}

// A function with internal linkage, called once: the repair is certain.
namespace {
void mseStep(const torch::Tensor &pred, const torch::Tensor &target) {
  torch::mse_loss(pred, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: target of shape [8] broadcasts against input [8, 1] of 'torch::mse_loss' to [8, 8] [torch-loss-broadcast]
  // CHECK-FIXES: torch::mse_loss(pred, target.unsqueeze(1));
}
} // namespace

void regressionMain() {
  mseStep(torch::randn({8, 1}), torch::randn({8}));
}

// ===== Not flagged ===========================================================

// Every call passes the right shapes.
void rightStep(torch::Tensor out, torch::Tensor y) {
  torch::nn::functional::cross_entropy(out, y);
}
void rightMain() {
  rightStep(torch::randn({4, 3}), torch::randint(0, 3, {4}));
  rightStep(torch::randn({2, 3}), torch::randint(0, 3, {2}));
}

// No call in this translation unit: the parameters are unknown.
void uncalled(torch::Tensor out, torch::Tensor y) {
  torch::nn::functional::cross_entropy(out, y);
}

// Called more than 8 times: analyzed on its own only.
void busy(torch::Tensor y) {
  torch::nn::functional::cross_entropy(torch::randn({4, 3}), y);
}
void busyMain() {
  for (int i = 0; i < 2; ++i) {
    busy(torch::randint(0, 3, {4, 1}));
    busy(torch::randint(0, 3, {4}));
    busy(torch::randint(0, 3, {4}));
    busy(torch::randint(0, 3, {4}));
    busy(torch::randint(0, 3, {4}));
    busy(torch::randint(0, 3, {4}));
    busy(torch::randint(0, 3, {4}));
    busy(torch::randint(0, 3, {4}));
    busy(torch::randint(0, 3, {4}));
  }
}

// A caller whose argument the engine does not know.
void fromFile(torch::Tensor y) {
  torch::nn::functional::cross_entropy(torch::randn({4, 3}), y);
}
torch::Tensor readLabels();
void fileMain() { fromFile(readLabels()); }
