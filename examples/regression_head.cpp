// A regression head of one output unit, [N, 1], against targets [N].
// MSELoss broadcasts them to [N, N] and averages N*N terms: it trains,
// slowly and wrongly, with at best a warning. torch-tidy finds it and
// offers `targets.unsqueeze(1)`.
#include <torch/torch.h>

#include <iostream>

int main() {
  constexpr int64_t batch_size = 16;
  torch::nn::Linear head(8, 1);
  torch::optim::SGD optimizer(head->parameters(), /*lr=*/0.1);
  torch::nn::MSELoss criterion;

  for (int step = 0; step < 3; ++step) {
    auto features = torch::randn({batch_size, 8});
    auto targets = torch::randn({batch_size});
    auto predictions = head(features);
    auto loss = criterion(predictions, targets);
    optimizer.zero_grad();
    loss.backward();
    optimizer.step();
    std::cout << "step " << step << " loss " << loss.item<float>() << "\n";
  }
}
