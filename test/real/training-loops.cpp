// Training loops in the style of the LibTorch tutorials (an MNIST CNN, an
// MLP classifier, segmentation, a seq2seq decoder head, regression, binary
// and one-hot classifiers), run against real LibTorch: no warning on the correct ones, the expected warning on each
// seeded bug (which throws the predicted message), and the fixed loops run.
// REQUIRES: libtorch
// RUN: %check_torch_tidy %s torch-loss-target-rank,torch-loss-target-shape,torch-loss-target-dtype,torch-loss-broadcast %t -- -- %real_flags
// RUN: %runtime_proof --checks=torch-loss-target-rank,torch-loss-target-shape,torch-loss-target-dtype,torch-loss-broadcast --mode=examples %s %t-proof

#include "torch_tidy_cases.h"

// ===== MNIST-style CNN =======================================================

struct ConvNet : torch::nn::Module {
  ConvNet() {
    conv1 = register_module("conv1", torch::nn::Conv2d(1, 8, 3));
    conv2 = register_module("conv2", torch::nn::Conv2d(8, 16, 3));
    fc = register_module("fc", torch::nn::Linear(16 * 5 * 5, 10));
  }
  torch::Tensor forward(torch::Tensor x) {
    x = torch::max_pool2d(torch::relu(conv1->forward(x)), 2); // [N, 8, 13, 13]
    x = torch::max_pool2d(torch::relu(conv2->forward(x)), 2); // [N, 16, 5, 5]
    x = x.view({-1, 16 * 5 * 5});
    return torch::log_softmax(fc->forward(x), /*dim=*/1);
  }
  torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
  torch::nn::Linear fc{nullptr};
};

// The labels of a synthetic batch, as a helper reads them from a CSV column.
torch::Tensor labelColumn(int64_t batch) {
  return torch::randint(0, 10, {batch}).unsqueeze(1);
}

TORCH_TIDY_CASE(mnistCorrect) {
  auto model = std::make_shared<ConvNet>();
  torch::optim::SGD optimizer(model->parameters(), /*lr=*/0.01);
  for (int step = 0; step < 2; ++step) {
    auto images = torch::randn({16, 1, 28, 28});
    auto labels = torch::randint(0, 10, {16});
    optimizer.zero_grad();
    auto loss = torch::nll_loss(model->forward(images), labels);
    loss.backward();
    optimizer.step();
  }
}

TORCH_TIDY_CASE(mnistColumnLabels) {
  auto model = std::make_shared<ConvNet>();
  torch::optim::SGD optimizer(model->parameters(), /*lr=*/0.01);
  for (int step = 0; step < 2; ++step) {
    auto images = torch::randn({16, 1, 28, 28});
    auto labels = labelColumn(16);
    optimizer.zero_grad();
    auto loss = torch::nll_loss(model->forward(images), labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: target of shape [16, 1] does not fit input [16, 10] of 'torch::nll_loss': class indices of shape [16] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = torch::nll_loss(model->forward(images), labels.squeeze(1));
    loss.backward();
    optimizer.step();
  }
}

// ===== MLP classifier through Sequential =====================================

TORCH_TIDY_CASE(mlpSequentialCorrect) {
  torch::nn::Sequential model(torch::nn::Linear(20, 32), torch::nn::ReLU(),
                              torch::nn::Dropout(0.1), torch::nn::Linear(32, 4));
  torch::optim::Adam optimizer(model->parameters());
  torch::nn::CrossEntropyLoss criterion;
  for (int epoch = 0; epoch < 2; ++epoch) {
    auto features = torch::randn({32, 20});
    auto targets = torch::randint(0, 4, {32});
    optimizer.zero_grad();
    auto loss = criterion(model->forward(features), targets);
    loss.backward();
    optimizer.step();
  }
}

TORCH_TIDY_CASE(mlpSequentialKeepdimTargets) {
  torch::nn::Sequential model(torch::nn::Linear(20, 32), torch::nn::ReLU(),
                              torch::nn::Linear(32, 4));
  torch::optim::Adam optimizer(model->parameters());
  torch::nn::CrossEntropyLoss criterion;
  auto teacher = torch::randn({32, 4});
  for (int epoch = 0; epoch < 2; ++epoch) {
    auto features = torch::randn({32, 20});
    auto targets = std::get<1>(teacher.max(1, /*keepdim=*/true));
    optimizer.zero_grad();
    auto loss = criterion(model->forward(features), targets);
    // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: target of shape [32, 1] does not fit input [32, 4] of 'CrossEntropyLoss': class indices of shape [32] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = criterion(model->forward(features), targets.squeeze(1));
    loss.backward();
    optimizer.step();
  }
}

// ===== Segmentation ==========================================================

struct TinyFCN : torch::nn::Module {
  TinyFCN(int64_t classes)
      : body(torch::nn::Conv2dOptions(3, 8, 3).padding(1)),
        head(torch::nn::Conv2dOptions(8, 3, 1)) {
    register_module("body", body);
    register_module("head", head);
  }
  torch::Tensor forward(torch::Tensor x) {
    return head->forward(torch::relu(body->forward(x)));
  }
  torch::nn::Conv2d body, head;
};

TORCH_TIDY_CASE(segmentationCorrect) {
  TinyFCN model(3);
  torch::optim::SGD optimizer(model.parameters(), /*lr=*/0.1);
  torch::nn::CrossEntropyLoss criterion;
  for (int step = 0; step < 2; ++step) {
    auto images = torch::randn({2, 3, 16, 16});
    auto masks = torch::randint(0, 3, {2, 16, 16});
    optimizer.zero_grad();
    auto loss = criterion(model.forward(images), masks);
    loss.backward();
    optimizer.step();
  }
}

TORCH_TIDY_CASE(segmentationChannelMasks) {
  TinyFCN model(3);
  torch::optim::SGD optimizer(model.parameters(), /*lr=*/0.1);
  torch::nn::CrossEntropyLoss criterion;
  for (int step = 0; step < 2; ++step) {
    auto images = torch::randn({2, 3, 16, 16});
    auto masks = torch::randint(0, 3, {2, 1, 16, 16}); // single-channel PNGs
    optimizer.zero_grad();
    auto loss = criterion(model.forward(images), masks);
    // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: target of shape [2, 1, 16, 16] does not fit input [2, 3, 16, 16] of 'CrossEntropyLoss': class indices of shape [2, 16, 16] expected [torch-loss-target-rank]
    // CHECK-FIXES: auto loss = criterion(model.forward(images), masks.squeeze(1));
    loss.backward();
    optimizer.step();
  }
}

// ===== Sequence model (seq2seq decoder head) =================================

// The sizes are the program's constants: a module's sizes taken from its
// constructor's parameters are not followed into its forward (unknown).
const int64_t kVocab = 12;
const int64_t kWidth = 8;

struct TinyDecoder : torch::nn::Module {
  TinyDecoder()
      : embed(register_module("embed", torch::nn::Embedding(kVocab, kWidth))),
        proj(register_module("proj", torch::nn::Linear(kWidth, kVocab))) {}
  torch::Tensor forward(torch::Tensor tokens) {
    return proj->forward(torch::tanh(embed->forward(tokens))); // [B, T, V]
  }
  torch::nn::Embedding embed;
  torch::nn::Linear proj;
};

TORCH_TIDY_CASE(seq2seqCorrect) {
  TinyDecoder model;
  torch::optim::Adam optimizer(model.parameters());
  torch::nn::CrossEntropyLoss criterion;
  for (int step = 0; step < 2; ++step) {
    auto tokens = torch::randint(0, kVocab, {4, 7});
    auto next = torch::randint(0, kVocab, {4, 7});
    optimizer.zero_grad();
    auto logits = model.forward(tokens);
    auto loss = criterion(logits.view({-1, kVocab}), next.view(-1));
    loss.backward();
    optimizer.step();
  }
}

TORCH_TIDY_CASE(seq2seqUnflattenedLogits) {
  TinyDecoder model;
  torch::optim::Adam optimizer(model.parameters());
  torch::nn::CrossEntropyLoss criterion;
  for (int step = 0; step < 2; ++step) {
    auto tokens = torch::randint(0, kVocab, {4, 7});
    auto next = torch::randint(0, kVocab, {4, 7});
    optimizer.zero_grad();
    auto logits = model.forward(tokens);
    auto loss = criterion(logits, next);
    // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: target of shape [4, 7] does not fit input [4, 7, 12] of 'CrossEntropyLoss': class indices of shape [4, 12] expected [torch-loss-target-shape]
    loss.backward();
    optimizer.step();
  }
}

// ===== Regression ============================================================

TORCH_TIDY_CASE(regressionCorrect) {
  torch::nn::Sequential model(torch::nn::Linear(8, 16), torch::nn::ReLU(),
                              torch::nn::Linear(16, 1));
  torch::optim::SGD optimizer(model->parameters(), /*lr=*/0.01);
  torch::nn::MSELoss criterion;
  for (int epoch = 0; epoch < 2; ++epoch) {
    auto features = torch::randn({64, 8});
    auto prices = torch::randn({64, 1});
    optimizer.zero_grad();
    auto loss = criterion(model->forward(features), prices);
    loss.backward();
    optimizer.step();
  }
}

TORCH_TIDY_CASE(regressionFlatTargets) {
  torch::nn::Sequential model(torch::nn::Linear(8, 16), torch::nn::ReLU(),
                              torch::nn::Linear(16, 1));
  torch::optim::SGD optimizer(model->parameters(), /*lr=*/0.01);
  torch::nn::MSELoss criterion;
  for (int epoch = 0; epoch < 2; ++epoch) {
    auto features = torch::randn({64, 8});
    auto prices = torch::randn({64}); // one price per row, read from a column
    optimizer.zero_grad();
    auto loss = criterion(model->forward(features), prices);
    // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: target of shape [64] broadcasts against input [64, 1] of 'MSELoss' to [64, 64] [torch-loss-broadcast]
    // CHECK-FIXES: auto loss = criterion(model->forward(features), prices.unsqueeze(1));
    loss.backward();
    optimizer.step();
  }
}

// ===== Binary classifier =====================================================

TORCH_TIDY_CASE(binaryCorrect) {
  torch::nn::Linear model(10, 1);
  torch::optim::SGD optimizer(model->parameters(), /*lr=*/0.1);
  torch::nn::BCEWithLogitsLoss criterion;
  for (int step = 0; step < 2; ++step) {
    auto features = torch::randn({32, 10});
    auto labels = torch::randint(0, 2, {32, 1}).to(torch::kFloat);
    optimizer.zero_grad();
    auto loss = criterion(model(features), labels);
    loss.backward();
    optimizer.step();
  }
}

TORCH_TIDY_CASE(binaryFlatLabels) {
  torch::nn::Linear model(10, 1);
  torch::optim::SGD optimizer(model->parameters(), /*lr=*/0.1);
  torch::nn::BCELoss criterion;
  for (int step = 0; step < 2; ++step) {
    auto features = torch::randn({32, 10});
    auto labels = torch::randint(0, 2, {32}).to(torch::kFloat);
    optimizer.zero_grad();
    auto loss = criterion(torch::sigmoid(model(features)), labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: target of shape [32] does not fit input [32, 1] of 'BCELoss': a target of shape [32, 1] expected [torch-loss-target-shape]
    // CHECK-FIXES: auto loss = criterion(torch::sigmoid(model(features)), labels.unsqueeze(1));
    loss.backward();
    optimizer.step();
  }
}

// ===== Classifier with one-hot labels ========================================

TORCH_TIDY_CASE(oneHotLongLabels) {
  torch::nn::Linear model(10, 4);
  torch::optim::SGD optimizer(model->parameters(), /*lr=*/0.1);
  torch::nn::CrossEntropyLoss criterion;
  for (int step = 0; step < 2; ++step) {
    auto features = torch::randn({32, 10});
    auto labels = torch::nn::functional::one_hot(torch::randint(0, 4, {32}), 4);
    optimizer.zero_grad();
    auto loss = criterion(model(features), labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: target of shape [32, 4] and dtype Long is read as class probabilities by 'CrossEntropyLoss': floating probabilities, or class indices of shape [32], expected [torch-loss-target-dtype]
    // CHECK-FIXES: auto loss = criterion(model(features), labels.argmax(1));
    loss.backward();
    optimizer.step();
  }
}
