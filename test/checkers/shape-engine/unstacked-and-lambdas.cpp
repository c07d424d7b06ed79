// The shape engine on unstacked batches and lambda transforms: a loader
// over a dataset without Stack<> yields std::vector<Example<>> batches of
// B examples (range-for over them binds each example; [i], at(i), size());
// a vector filled by a range-for over such a batch has B elements; a
// Lambda<Example<>> or TensorLambda<> transform made from a visible,
// non-generic lambda is followed by analyzing the lambda with one example
// (or its data). A batch written through its examples, a loop bound that
// calls a method, a generic lambda: unknown, so silent.
// RUN: %check_torch_tidy %s torchtidy-debug-shape %t -- -- %mirror_flags
#include <torch/torch.h>
#include <vector>
void torch_tidy_show(const char *, const torch::Tensor &);
namespace data = torch::data;

struct Pairs : data::datasets::Dataset<Pairs> {
  torch::Tensor x = torch::randn({64, 20});
  data::Example<> get(size_t i) override {
    return {x[i], torch::tensor({int64_t(i % 5)})};
  }
  c10::optional<size_t> size() const override { return 64; }
};

void unstacked() {
  auto loader = data::make_data_loader(Pairs(), 16);
  for (auto &batch : *loader) {
    std::vector<torch::Tensor> xs, ys;
    for (const auto &ex : batch) {
      xs.push_back(ex.data);
      ys.push_back(ex.target);
    }
    torch_tidy_show("xs", torch::stack(xs));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [16, 20] dtype Float [torchtidy-debug-shape]
    torch_tidy_show("ys", torch::stack(ys));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [16, 1] dtype Long [torchtidy-debug-shape]
    torch_tidy_show("first", batch[0].target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [1] dtype Long [torchtidy-debug-shape]
    torch_tidy_show("cat", torch::cat(ys));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [16] dtype Long [torchtidy-debug-shape]
  }
}

void counted() {
  auto loader = data::make_data_loader(Pairs(), 16);
  for (auto &batch : *loader) {
    std::vector<torch::Tensor> ys;
    // The bound calls a method: the count is not known.
    for (size_t i = 0; i < batch.size(); ++i)
      ys.push_back(batch[i].target);
    torch_tidy_show("counted", torch::stack(ys));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [?, 1] dtype Long [torchtidy-debug-shape]
  }
}

void written() {
  auto loader = data::make_data_loader(Pairs(), 16);
  for (auto &batch : *loader) {
    for (auto &ex : batch)
      ex.target.squeeze_(0); // changes the batch: unknown from here
    std::vector<torch::Tensor> ys;
    for (const auto &ex : batch)
      ys.push_back(ex.target);
    torch_tidy_show("written", torch::stack(ys));
  }
}

void lambdas() {
  auto ds = Pairs().map(data::transforms::Lambda<data::Example<>>(
      [](data::Example<> e) { return data::Example<>(e.data.view({4, 5}), e.target.squeeze()); }));
  auto loader = data::make_data_loader(std::move(ds).map(data::transforms::Stack<>()), 16);
  for (auto &batch : *loader) {
    torch_tidy_show("ldata", batch.data);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [16, 4, 5] dtype Float [torchtidy-debug-shape]
    torch_tidy_show("ltarget", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [16] dtype Long [torchtidy-debug-shape]
  }
  auto scale = [](torch::Tensor t) { return t.unsqueeze(0); };
  auto loader2 = data::make_data_loader(
      Pairs().map(data::transforms::TensorLambda<>(scale)).map(data::transforms::Stack<>()), 16);
  for (auto &batch : *loader2) {
    torch_tidy_show("tdata", batch.data);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [16, 1, 20] dtype Float [torchtidy-debug-shape]
    torch_tidy_show("ttarget", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [16, 1] dtype Long [torchtidy-debug-shape]
  }
  // A generic lambda: not followed.
  auto loader3 = data::make_data_loader(
      Pairs().map(data::transforms::TensorLambda<>([](auto t) { return t; })).map(data::transforms::Stack<>()), 16);
  for (auto &batch : *loader3) {
    torch_tidy_show("gdata", batch.data);
    torch_tidy_show("gtarget", batch.target);
  }
}
