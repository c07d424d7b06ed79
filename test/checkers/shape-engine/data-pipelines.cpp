// The shape engine on torch::data pipelines (LibTorch 1.13's datasets,
// transforms and loaders, mirrored in test/Inputs/mirror): the examples a
// user dataset's get() makes, Stack<> adding the batch dim, Normalize<>,
// MNIST's and TensorDataset's real shapes, make_data_loader's batch size
// and drop_last, and the batch a range-for binds. The batch dim follows the
// rule in checker/engine/DataModels.h: b when every batch is full, S when
// one batch holds the S examples, else a symbol B; nothing when no batch is
// made. A dataset given its tensors by its constructor has them. Unknown
// parts (a dataset making its own batches, examples of two ranks,
// a batch written to) are silent; an unstacked batch is a vector of
// examples (shape-engine/unstacked-and-lambdas.cpp).
// RUN: %check_torch_tidy %s torchtidy-debug-shape %t -- -- %mirror_flags
#include <torch/torch.h>
#include <vector>

void torch_tidy_show(const char *, const torch::Tensor &);
namespace data = torch::data;

struct Pairs : data::datasets::Dataset<Pairs> {
  torch::Tensor x = torch::randn({100, 20});
  data::Example<> get(size_t i) override {
    return {x[i], torch::tensor({int64_t(3)})};
  }
  c10::optional<size_t> size() const override { return x.size(0); }
};

struct Scalars : data::datasets::Dataset<Scalars> {
  torch::Tensor x, y;
  Scalars() : x(torch::randn({64, 8})), y(torch::randint(0, 5, {64})) {}
  data::Example<> get(size_t i) override { return {x[i], y[i]}; }
  c10::optional<size_t> size() const override { return 64; }
};

struct Unsized : data::datasets::Dataset<Unsized> {
  std::vector<float> values;
  data::Example<> get(size_t i) override {
    return {torch::randn({3}), torch::tensor(int64_t(1))};
  }
  c10::optional<size_t> size() const override { return values.size(); }
};

struct TwoRanks : data::datasets::Dataset<TwoRanks> {
  bool flat = false;
  data::Example<> get(size_t i) override {
    if (flat)
      return {torch::randn({3}), torch::zeros({1}, torch::kLong)};
    return {torch::randn({3}), torch::zeros({}, torch::kLong)};
  }
  c10::optional<size_t> size() const override { return 10; }
};

struct OwnBatches : data::datasets::Dataset<OwnBatches> {
  data::Example<> get(size_t i) override { return {torch::randn({3}), torch::zeros({})}; }
  std::vector<data::Example<>> get_batch(c10::ArrayRef<size_t> i) override { return {}; }
  c10::optional<size_t> size() const override { return 10; }
};

void fullBatches() {
  auto loader = data::make_data_loader(Pairs().map(data::transforms::Stack<>()), 10);
  for (auto &batch : *loader) {
    torch_tidy_show("data", batch.data);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [10, 20] dtype Float [torchtidy-debug-shape]
    torch_tidy_show("target", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [10, 1] dtype Long [torchtidy-debug-shape]
  }
}
void lastBatchSmaller() {
  auto loader = data::make_data_loader(Pairs().map(data::transforms::Stack<>()), 16);
  for (const auto &batch : *loader)
    torch_tidy_show("target", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [B, 1] dtype Long [torchtidy-debug-shape]
}
void dropLast() {
  auto loader = data::make_data_loader(
      Pairs().map(data::transforms::Stack<>()),
      data::DataLoaderOptions().batch_size(16).drop_last(true));
  for (auto batch : *loader)
    torch_tidy_show("target", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [16, 1] dtype Long [torchtidy-debug-shape]
}
void oneBatch() {
  auto ds = Scalars().map(data::transforms::Stack<>());
  auto loader = data::make_data_loader<data::samplers::SequentialSampler>(std::move(ds), 100);
  for (auto &batch : *loader)
    torch_tidy_show("target", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [64] dtype Long [torchtidy-debug-shape]
}
void noBatch() {
  auto loader = data::make_data_loader(Scalars().map(data::transforms::Stack<>()),
                                       data::DataLoaderOptions(100).drop_last(true));
  for (auto &batch : *loader)
    torch_tidy_show("target", batch.target);
}
void optionsVariable() {
  data::DataLoaderOptions opts;
  opts.batch_size(8);
  auto loader = data::make_data_loader(Scalars().map(data::transforms::Stack<>()), opts);
  for (auto &batch : *loader)
    torch_tidy_show("target", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [8] dtype Long [torchtidy-debug-shape]
}
void unsized() {
  auto loader = data::make_data_loader(Unsized().map(data::transforms::Stack<>()), 4);
  for (auto &batch : *loader)
    torch_tidy_show("target", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [B] dtype Long [torchtidy-debug-shape]
}
void mnist() {
  auto train = data::datasets::MNIST("data")
                   .map(data::transforms::Normalize<>(0.1307, 0.3081))
                   .map(data::transforms::Stack<>());
  auto loader = data::make_data_loader(std::move(train), 64);
  for (auto &batch : *loader) {
    torch_tidy_show("mnist-data", batch.data);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [B, 1, 28, 28] dtype Float [torchtidy-debug-shape]
    torch_tidy_show("mnist-target", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [B] dtype Long [torchtidy-debug-shape]
  }
  auto test = data::datasets::MNIST("data", data::datasets::MNIST::Mode::kTest)
                  .map(data::transforms::Stack<>());
  auto test_loader = data::make_data_loader(std::move(test), 1000);
  for (auto &batch : *test_loader)
    torch_tidy_show("mnist-test", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [1000] dtype Long [torchtidy-debug-shape]
}
void tensorDataset() {
  auto loader = data::make_data_loader(
      data::datasets::TensorDataset(torch::randn({50, 3}))
          .map(data::transforms::Stack<data::TensorExample>()), 10);
  for (auto &batch : *loader)
    torch_tidy_show("tensors", batch.data);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [10, 3] dtype Float [torchtidy-debug-shape]
}
void notStacked() {
  auto loader = data::make_data_loader(Pairs(), 10);
  for (auto &batch : *loader)
    torch_tidy_show("vector", batch[0].target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [1] dtype Long [torchtidy-debug-shape]
}
void twoRanks() {
  auto loader = data::make_data_loader(TwoRanks().map(data::transforms::Stack<>()), 5);
  for (auto &batch : *loader)
    torch_tidy_show("joined", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [...] dtype Long [torchtidy-debug-shape]
}
void ownBatches() {
  auto loader = data::make_data_loader(OwnBatches().map(data::transforms::Stack<>()), 5);
  for (auto &batch : *loader)
    torch_tidy_show("own", batch.target);
}
void written() {
  auto loader = data::make_data_loader(Pairs().map(data::transforms::Stack<>()), 10);
  for (auto &batch : *loader) {
    batch.target = batch.target.view({-1});
    torch_tidy_show("written", batch.target);
  }
  for (auto &batch : *loader) {
    batch.target.squeeze_(1);
    torch_tidy_show("inplace", batch.target);
  }
}

// A dataset given its tensors by its constructor: get() sees the fields
// that constructor call leaves.
struct Given : data::datasets::Dataset<Given> {
  torch::Tensor x, y;
  Given(torch::Tensor x, torch::Tensor y) : x(x), y(y) {}
  data::Example<> get(size_t i) override { return {x[i], y[i]}; }
  c10::optional<size_t> size() const override { return x.size(0); }
};
void constructorArguments() {
  auto loader = data::make_data_loader(
      Given(torch::randn({40, 6}), torch::randint(0, 3, {40, 1}))
          .map(data::transforms::Stack<>()),
      8);
  for (auto &batch : *loader) {
    torch_tidy_show("given-data", batch.data);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [8, 6] dtype Float [torchtidy-debug-shape]
    torch_tidy_show("given-target", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [8, 1] dtype Long [torchtidy-debug-shape]
  }
}

// An explicit sampler of 64 indices, batches of 16: every batch full. A
// sampler the engine does not know leaves the batch dim a symbol.
struct OtherSampler : data::samplers::Sampler {};
void explicitSampler() {
  auto loader = data::make_data_loader(
      Scalars().map(data::transforms::Stack<>()),
      data::samplers::SequentialSampler(64), data::DataLoaderOptions(16));
  for (auto &batch : *loader)
    torch_tidy_show("sampled", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [16] dtype Long [torchtidy-debug-shape]
  auto other = data::make_data_loader(
      Scalars().map(data::transforms::Stack<>()), OtherSampler(),
      data::DataLoaderOptions(16));
  for (auto &batch : *other)
    torch_tidy_show("other-sampler", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [B] dtype Long [torchtidy-debug-shape]
}
