// The mission's error through a data pipeline: each example's label is a
// [1] tensor, Stack<> makes [B, 1], and CrossEntropyLoss throws. The notes
// walk the chain (the loader, the Stack, the line of get() that made the
// label) and propose the dataset-side repair; the fix-it squeezes at the
// loss. The repaired dataset (a 0-d label) and pytorch/examples'
// custom-dataset repair (a [1] label viewed as [-1]) are silent.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags
// RUN: %torch_tidy --checks='-*,torch-loss-target-rank' %s -- %mirror_flags 2>&1 | %FileCheck %s --check-prefix=NOTES

#include <torch/torch.h>

namespace data = torch::data;

struct Pairs : data::datasets::Dataset<Pairs> {
  torch::Tensor x = torch::randn({100, 20});
  torch::Tensor y = torch::randint(0, 5, {100});
  data::Example<> get(size_t i) override {
    return {x[i], torch::tensor({y[i].item<int64_t>()})};
  }
  c10::optional<size_t> size() const override { return 100; }
};

struct ScalarPairs : data::datasets::Dataset<ScalarPairs> {
  torch::Tensor x = torch::randn({100, 20});
  data::Example<> get(size_t i) override {
    return {x[i], torch::tensor(int64_t(3), torch::kLong)};
  }
  c10::optional<size_t> size() const override { return 100; }
};

void train() {
  torch::nn::Linear fc(20, 5);
  torch::nn::CrossEntropyLoss ce;
  auto loader = data::make_data_loader(
      Pairs().map(data::transforms::Stack<>()), 16);
  for (auto &batch : *loader) {
    auto loss = ce(fc(batch.data), batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: target of shape [B, 1] does not fit input [B, 5] of 'CrossEntropyLoss': class indices of shape [B] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = ce(fc(batch.data), batch.target.squeeze(1));
  }
  // The custom-dataset repair.
  for (auto &batch : *loader)
    ce(fc(batch.data), batch.target.view({-1}));
  // A 0-d label per example.
  auto right = data::make_data_loader(
      ScalarPairs().map(data::transforms::Stack<>()), 16);
  for (auto &batch : *right)
    ce(fc(batch.data), batch.target);
}
// NOTES: data-pipeline-notes.cpp:37:36: warning: target of shape [B, 1] does not fit input [B, 5] of 'CrossEntropyLoss'
// NOTES-NEXT: auto loss = ce(fc(batch.data), batch.target);
// NOTES: data-pipeline-notes.cpp:37:17: note: LibTorch throws '0D or 1D target tensor expected, multi-target not supported' here
// NOTES: data-pipeline-notes.cpp:34:17: note: shape [B, 1] from 'make_data_loader' here
// NOTES: data-pipeline-notes.cpp:35:15: note: shape [B, 1] from 'Stack' here
// NOTES: data-pipeline-notes.cpp:18:19: note: shape [1] from 'tensor' here
// NOTES: data-pipeline-notes.cpp:18:19: note: or make each example's label 0-d here, as 'torch::tensor(label, torch::kLong)': Stack<> then gives [B]

// ===== Not flagged: the batch changed through an alias or a call =========

void repair(data::Example<> &e);

void repairedThroughAliases() {
  torch::nn::Linear fc(20, 5);
  auto loader = data::make_data_loader(
      Pairs().map(data::transforms::Stack<>()), 10);
  for (auto &batch : *loader) {
    auto &t = batch.target;
    t.squeeze_(1);
    torch::nn::functional::cross_entropy(fc(batch.data), batch.target);
  }
  for (auto &batch : *loader) {
    torch::Tensor *p = &batch.target;
    *p = p->view({-1});
    torch::nn::functional::cross_entropy(fc(batch.data), batch.target);
  }
  for (auto &batch : *loader) {
    repair(batch);
    torch::nn::functional::cross_entropy(fc(batch.data), batch.target);
  }
  for (auto &batch : *loader) {
    auto *b = &batch;
    b->target = b->target.view({-1});
    torch::nn::functional::cross_entropy(fc(batch.data), batch.target);
  }
  for (auto &batch : *loader) {
    auto fix = [&] { batch.target = batch.target.view({-1}); };
    fix();
    torch::nn::functional::cross_entropy(fc(batch.data), batch.target);
  }
  for (auto &batch : *loader) {
    batch.target.squeeze_(1);
    torch::nn::functional::cross_entropy(fc(batch.data), batch.target);
  }
}
