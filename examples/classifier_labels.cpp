// An MNIST-style classifier whose labels were read as a column: [N, 1].
// LibTorch throws "0D or 1D target tensor expected, multi-target not
// supported" at the first loss call; torch-tidy finds it before the run.
#include <torch/torch.h>

#include <iostream>

int main() {
  const int64_t batch_size = 32;
  torch::nn::Linear model(784, 10); // softmax regression
  torch::optim::SGD optimizer(model->parameters(), /*lr=*/0.01);
  torch::nn::CrossEntropyLoss criterion;

  for (int step = 0; step < 3; ++step) {
    auto images = torch::randn({batch_size, 784});
    auto labels = torch::randint(0, 10, {batch_size, 1});
    auto logits = model(images);
    auto loss = criterion(logits, labels);
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
    std::cout << "step " << step << " loss " << loss.item<float>() << "\n";
  }
}
