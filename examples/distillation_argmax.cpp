// Distillation with hard labels: the teacher's argmax kept its dim.
#include <torch/torch.h>

#include <iostream>

namespace F = torch::nn::functional;

int main() {
  auto teacher_logits = torch::randn({16, 5});
  auto student_logits = torch::randn({16, 5}, torch::requires_grad());
  auto hard_labels = teacher_logits.argmax(1, /*keepdim=*/true);
  auto loss = F::cross_entropy(student_logits, hard_labels);
  loss.backward();
  std::cout << "loss " << loss.item<float>() << "\n";
}
