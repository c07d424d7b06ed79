// A whole training program, for bench/run_bench.py: a dataset, a data
// loader, a model, a training loop templated on its loader, a helper given
// the batch, and an evaluation loop. The labels are [1] per example, so the
// losses fail as LibTorch's "multi-target not supported".
#include <torch/torch.h>

namespace data = torch::data;

struct Pairs : data::datasets::Dataset<Pairs> {
  torch::Tensor x = torch::randn({512, 20});
  torch::Tensor y = torch::randint(0, 5, {512});
  data::Example<> get(size_t i) override {
    return {x[i], torch::tensor({y[i].item<int64_t>()})};
  }
  torch::optional<size_t> size() const override { return x.size(0); }
};

struct NetImpl : torch::nn::Module {
  NetImpl() {
    fc1 = register_module("fc1", torch::nn::Linear(20, 64));
    fc2 = register_module("fc2", torch::nn::Linear(64, 5));
  }
  torch::Tensor forward(torch::Tensor x) {
    x = torch::relu(fc1->forward(x));
    x = torch::dropout(x, 0.5, is_training());
    return torch::log_softmax(fc2->forward(x), 1);
  }
  torch::nn::Linear fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(Net);

torch::Tensor step(Net &model, const torch::Tensor &data,
                   const torch::Tensor &target) {
  auto output = model->forward(data);
  return torch::nll_loss(output, target);
}

template <typename DataLoader>
void train(Net &model, DataLoader &loader, torch::optim::Optimizer &opt) {
  model->train();
  for (auto &batch : loader) {
    opt.zero_grad();
    auto loss = torch::nll_loss(model->forward(batch.data), batch.target);
    loss.backward();
    opt.step();
  }
}

template <typename DataLoader> double evaluate(Net &model, DataLoader &loader) {
  torch::NoGradGuard no_grad;
  model->eval();
  double total = 0;
  for (const auto &batch : loader)
    total += step(model, batch.data, batch.target).item<double>();
  return total;
}

int main() {
  Net model;
  torch::optim::SGD opt(model->parameters(), 0.01);
  auto loader = data::make_data_loader(
      Pairs().map(data::transforms::Stack<>()),
      data::DataLoaderOptions().batch_size(64).drop_last(true));
  for (int epoch = 0; epoch < 2; ++epoch) {
    train(model, *loader, opt);
    evaluate(model, *loader);
  }
}
