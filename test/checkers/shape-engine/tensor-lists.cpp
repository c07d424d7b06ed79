// The shape engine on containers of tensors: a std::vector<torch::Tensor>
// built from a braced list or by push_back / emplace_back (also in a
// counted loop, whose trip count, a number or a symbol, is the count), read
// by torch::stack, torch::cat and indexing; vectors filled by a dataset's
// constructor and read by its get(). What the engine cannot count (a loop
// that may skip the push, a range-for, a while loop) gives an unknown count
// with the elements' sizes still known. Any change it does not follow (an
// element changed in place, directly or through another handle, a reference
// bound to the vector, insert/erase, a method other than the constructor
// appending to a field) makes the vector unknown: silence.
// RUN: %check_torch_tidy %s torchtidy-debug-shape %t -- -- %mirror_flags
#include <torch/torch.h>
#include <vector>

void torch_tidy_show(const char *, const torch::Tensor &);
namespace data = torch::data;

void braced() {
  std::vector<torch::Tensor> v = {torch::zeros({2, 3}), torch::ones({2, 3})};
  torch_tidy_show("stack", torch::stack(v));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("cat", torch::cat(v, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 6] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("element", v[1]);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("back", v.back());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  std::vector<torch::Tensor> copy = v;
  torch_tidy_show("copy", torch::stack(copy, -1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 2] dtype Float [torchtidy-debug-shape]
}

void pushed() {
  std::vector<torch::Tensor> v;
  v.reserve(3);
  v.push_back(torch::zeros({4}));
  v.emplace_back(torch::ones({4}));
  auto t = torch::ones({4});
  v.push_back(std::move(t));
  torch_tidy_show("stack", torch::stack(v));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("stack1", torch::stack(v, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("cat", torch::cat(v));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [12] dtype Float [torchtidy-debug-shape]
  v.clear();
  v.push_back(torch::zeros({2, 2}));
  torch_tidy_show("cleared", torch::stack(v));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 2] dtype Float [torchtidy-debug-shape]
}

void counted(int64_t n) {
  std::vector<torch::Tensor> images, labels;
  for (int64_t i = 0; i < 10; ++i) {
    images.push_back(torch::randn({3, 8, 8}));
    labels.push_back(torch::tensor({i % 10}));
  }
  torch_tidy_show("images", torch::stack(images));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [10, 3, 8, 8] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("labels", torch::stack(labels));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [10, 1] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("flat", torch::cat(labels));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [10] dtype Long [torchtidy-debug-shape]
  std::vector<torch::Tensor> s;
  for (int64_t i = 0; i < n; i++)
    s.push_back(torch::zeros({2}));
  torch_tidy_show("symbolic", torch::stack(s));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [n, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("symbolic-cat", torch::cat(s));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2*n] dtype Float [torchtidy-debug-shape]
  std::vector<torch::Tensor> w = {torch::zeros({2})};
  for (int i = 1; i <= 4; i += 1)
    w.push_back(torch::ones({2}));
  torch_tidy_show("inclusive", torch::stack(w));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [5, 2] dtype Float [torchtidy-debug-shape]
  std::vector<torch::Tensor> none;
  for (int i = 3; i < 3; ++i)
    none.push_back(torch::ones({2}));
  none.push_back(torch::ones({7}));
  torch_tidy_show("no-iteration", torch::stack(none));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 7] dtype Float [torchtidy-debug-shape]
}

// Loops whose count is not known: the elements' sizes still are.
void uncounted(std::vector<int> xs, int64_t n) {
  std::vector<torch::Tensor> v;
  for (int x : xs)
    v.push_back(torch::zeros({1}));
  torch_tidy_show("range-for", torch::stack(v));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?, 1] dtype Float [torchtidy-debug-shape]
  std::vector<torch::Tensor> w;
  for (int i = 0; i < 5; ++i) {
    if (i == 2)
      continue;
    w.push_back(torch::zeros({1}));
  }
  torch_tidy_show("continue", torch::stack(w));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?, 1] dtype Float [torchtidy-debug-shape]
  std::vector<torch::Tensor> u;
  for (int i = 0; i < 5; ++i)
    if (i % 2)
      u.push_back(torch::zeros({1}));
  torch_tidy_show("conditional", torch::stack(u));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?, 1] dtype Float [torchtidy-debug-shape]
  std::vector<torch::Tensor> y;
  for (int64_t i = 1; i < n; ++i)
    y.push_back(torch::zeros({1}));
  torch_tidy_show("symbolic-from-1", torch::cat(y));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?] dtype Float [torchtidy-debug-shape]
  std::vector<torch::Tensor> z;
  for (int i = 0; i < 3; ++i) {
    z.push_back(torch::zeros({1}));
    z.push_back(torch::zeros({1}));
  }
  torch_tidy_show("twice", torch::stack(z));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?, 1] dtype Float [torchtidy-debug-shape]
  std::vector<torch::Tensor> mixed;
  for (int i = 0; i < 3; ++i)
    mixed.push_back(i ? torch::zeros({2}) : torch::zeros({3}));
  torch_tidy_show("mixed", torch::stack(mixed));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, ?] dtype Float [torchtidy-debug-shape]
}

// Changes the engine does not follow: the vector is unknown afterwards.
void changed(std::vector<torch::Tensor> &out) {
  std::vector<torch::Tensor> v;
  auto t = torch::zeros({3});
  v.push_back(t);
  t.unsqueeze_(0); // the same tensor as v[0]
  torch_tidy_show("alias", torch::stack(v));
  std::vector<torch::Tensor> w = {torch::zeros({3})};
  w[0].unsqueeze_(0);
  torch_tidy_show("element", torch::stack(w));
  std::vector<torch::Tensor> e = {torch::zeros({3})};
  e.at(0) = torch::zeros({4});
  torch_tidy_show("assigned", torch::stack(e));
  std::vector<torch::Tensor> u = {torch::zeros({3})};
  for (const auto &x : u)
    x.unsqueeze_(0);
  torch_tidy_show("range-ref", torch::stack(u));
  std::vector<torch::Tensor> q = {torch::zeros({3})};
  q.insert(q.begin(), torch::zeros({4}));
  torch_tidy_show("insert", torch::stack(q));
  std::vector<torch::Tensor> r = {torch::zeros({3})};
  auto &ref = r[0];
  ref.unsqueeze_(0);
  torch_tidy_show("reference", torch::stack(r));
  std::vector<torch::Tensor> p = {torch::zeros({3})};
  auto copy = p[0];
  copy.unsqueeze_(0); // the same tensor as p[0]
  torch_tidy_show("handle", torch::stack(p));
  torch_tidy_show("parameter", torch::stack(out));
  std::vector<torch::Tensor> empty;
  torch_tidy_show("empty", torch::stack(empty));
  std::vector<torch::Tensor> sized(4);
  torch_tidy_show("sized", torch::stack(sized));
}

// A dataset filling vectors in its constructor; get() reads them.
struct Folder : data::datasets::Dataset<Folder> {
  std::vector<torch::Tensor> images, labels;
  explicit Folder(int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
      images.push_back(torch::randn({3, 8, 8}));
      labels.push_back(torch::tensor({i % 10}));
    }
  }
  data::Example<> get(size_t i) override { return {images[i], labels[i]}; }
  c10::optional<size_t> size() const override { return images.size(); }
};

void folder() {
  auto loader =
      data::make_data_loader(Folder(64).map(data::transforms::Stack<>()), 16);
  for (auto &batch : *loader) {
    torch_tidy_show("data", batch.data);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [16, 3, 8, 8] dtype Float [torchtidy-debug-shape]
    torch_tidy_show("target", batch.target);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [16, 1] dtype Long [torchtidy-debug-shape]
  }
}

// Another method appends to the fields: what get() reads is not known.
struct Growing : data::datasets::Dataset<Growing> {
  std::vector<torch::Tensor> images, labels;
  Growing() {
    for (int i = 0; i < 4; ++i) {
      images.push_back(torch::randn({3}));
      labels.push_back(torch::tensor({int64_t(1)}));
    }
  }
  void add(torch::Tensor x, torch::Tensor y) {
    images.push_back(x);
    labels.push_back(y);
  }
  data::Example<> get(size_t i) override { return {images[i], labels[i]}; }
  c10::optional<size_t> size() const override { return images.size(); }
};

void growing() {
  auto loader =
      data::make_data_loader(Growing().map(data::transforms::Stack<>()), 4);
  for (auto &batch : *loader)
    torch_tidy_show("growing", batch.target);
}
