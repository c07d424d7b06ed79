// A tiny language model: logits [B, T, V] against tokens [B, T]. LibTorch
// wants the classes in dim 1 and throws "Expected target size [4, 50], got
// [4, 7]". Two repairs are plausible (transpose the logits, or flatten
// both); torch-tidy names both and applies neither.
#include <torch/torch.h>

#include <iostream>

int main() {
  constexpr int64_t batch = 4, steps = 7, vocab = 50;
  torch::nn::Embedding embed(vocab, 32);
  torch::nn::Linear project(32, vocab);
  torch::nn::CrossEntropyLoss criterion;

  auto tokens = torch::randint(0, vocab, {batch, steps});
  auto logits = project(embed(tokens)).view({batch, steps, vocab});
  auto next = torch::randint(0, vocab, {batch, steps});
  auto loss = criterion(logits, next);
  std::cout << "loss " << loss.item<float>() << "\n";
}
