// Semantic segmentation: the masks kept their channel dim, [N, 1, H, W].
// CrossEntropyLoss takes [N, C, H, W] logits with [N, H, W] class masks;
// with [N, 1, H, W] LibTorch throws "only batches of spatial targets
// supported (3D tensors) but got targets of dimension: 4".
#include <torch/torch.h>

#include <iostream>

int main() {
  const int64_t classes = 3;
  auto logits = torch::randn({2, classes, 64, 64}, torch::requires_grad());
  auto masks = torch::randint(0, classes, {2, 64, 64});
  masks = masks.unsqueeze(1); // as loaded from single-channel PNGs

  torch::nn::CrossEntropyLoss criterion;
  auto loss = criterion(logits, masks);
  loss.backward();
  std::cout << "loss " << loss.item<float>() << "\n";
}
