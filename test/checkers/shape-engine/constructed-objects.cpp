// The shape engine on the user's modules sized by their constructor's
// arguments: an object remembers the constructor call that made it, and a
// method called on it sees the fields that constructor left given those
// arguments (`Net net(20, 5)`, `std::make_shared<Model>(2, 1)`, `Model m(3,
// 4)`, a module held in another module's field). Two objects of one class
// built with different sizes have each their own. Limits: calls nested more
// than three deep (outer -> inner -> its Linear) leave sizes unknown ([2, ?]
// below), and a wrong input size makes the result unknown (LibTorch throws).
// RUN: %check_torch_tidy %s torchtidy-debug-shape %t -- -- %mirror_flags
#include <torch/torch.h>
void torch_tidy_show(const char *, const torch::Tensor &);
struct NetImpl : torch::nn::Module {
  NetImpl(int64_t in, int64_t classes) {
    fc = register_module("fc", torch::nn::Linear(in, classes));
  }
  torch::Tensor forward(torch::Tensor x) { return fc->forward(x); }
  torch::nn::Linear fc{nullptr};
};
TORCH_MODULE(Net);
struct Model : torch::nn::Module {
  Model(int64_t in, int64_t out) : fc(register_module("fc", torch::nn::Linear(torch::nn::LinearOptions(in, out)))) {}
  torch::Tensor forward(torch::Tensor x) { return fc(x); }
  torch::nn::Linear fc;
};
struct Outer : torch::nn::Module {
  Outer(int64_t n) { inner = register_module("inner", Net(n, 3)); }
  torch::Tensor forward(torch::Tensor x) { return inner(x); }
  Net inner{nullptr};
};
void f() {
  Net net(20, 5);
  torch_tidy_show("holder", net(torch::randn({4, 20})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("holder-forward", net->forward(torch::randn({4, 20})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 5] dtype Float [torchtidy-debug-shape]
  Net other(20, 7);
  torch_tidy_show("other", other(torch::randn({4, 20})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 7] dtype Float [torchtidy-debug-shape]
  auto m = std::make_shared<Model>(2, 1);
  torch_tidy_show("shared", m->forward(torch::randn({8, 2})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [8, 1] dtype Float [torchtidy-debug-shape]
  Model direct(3, 4);
  torch_tidy_show("direct", direct.forward(torch::randn({8, 3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [8, 4] dtype Float [torchtidy-debug-shape]
  Outer outer(6);
  torch_tidy_show("outer", outer.forward(torch::randn({2, 6})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, ?] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("wrong-in", net(torch::randn({4, 21})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
