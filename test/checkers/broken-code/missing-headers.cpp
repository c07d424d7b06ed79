// Code broken by headers the machine does not have (Qt, OpenCV), as a linter
// meets it in an editor or a partial CI image: clang reports the missing
// header and keeps parsing, and the AST holds expressions with errors and
// without types. torch-tidy must neither crash nor guess there, and must
// keep working in the code the errors do not touch. Reduced from public
// LibTorch tutorials whose main() starts a QApplication after training.
// `not` fails on a crash (a signal); clang-tidy exits 1 for the errors.
// A missing header is a fatal error, after which clang shows no more
// diagnostics (torch-tidy's included); without it, the undeclared names are
// ordinary errors and the warning in untouched() shows.
// RUN: %not %torch_tidy --checks='-*,torch-*' %s -- %mirror_flags -DMISSING_HEADERS 2>&1 | %FileCheck %s --check-prefix=FATAL --implicit-check-not='Stack dump'
// RUN: %not %clang_tidy --load=%plugin --checks='-*,torch-*' %s -- %mirror_flags -DMISSING_HEADERS 2>&1 | %FileCheck %s --check-prefix=FATAL --implicit-check-not='Stack dump'
// RUN: %not %torch_tidy --checks='-*,torch-*' %s -- %mirror_flags 2>&1 | %FileCheck %s --implicit-check-not='Stack dump' --implicit-check-not='warning:'
// RUN: %not %clang_tidy --load=%plugin --checks='-*,torch-*' %s -- %mirror_flags 2>&1 | %FileCheck %s --implicit-check-not='Stack dump' --implicit-check-not='warning:'

#ifdef MISSING_HEADERS
#include <QApplication>
#include <opencv2/opencv.hpp>
#endif
#include <torch/torch.h>

// FATAL: error: 'QApplication' file not found
// CHECK: error: unknown type name 'QApplication'

// Crashed: `QApplication a(argc, argv)` and `a.exec()` are expressions of no
// type once the class is unknown.
int main(int argc, char *argv[]) {
  auto input = torch::randn({4, 2});
  auto target = torch::randn({4, 2});
  auto loss = torch::mse_loss(input, target);
  QApplication a(argc, argv);
  return a.exec();
}

// Not flagged: the target comes from a call that does not compile.
void undeclaredTarget() {
  auto logits = torch::randn({8, 5});
  cv::Mat image = cv::imread("x.png");
  auto labels = toTensor(image);
  torch::nn::functional::cross_entropy(logits, labels);
}

// Not flagged: a size that is an undeclared constant.
void undeclaredSize() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, kChannels});
  torch::nn::functional::cross_entropy(logits, labels);
}

// Still warned: a function the errors do not touch.
void untouched() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1});
  torch::nn::functional::cross_entropy(logits, labels);
  // CHECK: :[[@LINE-1]]:48: warning: target of shape [8, 1] does not fit input [8, 5] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
}
