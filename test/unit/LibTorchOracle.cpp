//===--- LibTorchOracle.cpp - The unit tests' tables, run on real LibTorch ===//
//
// Part of torch-tidy's unit tests. The unit tests compare checker/core with
// tables of what LibTorch does; this program runs the same rows against the
// installed LibTorch and fails on any row where LibTorch disagrees with the
// table. Built and run by `cmake --build build --target check-unit-oracle`
// (needs libtorch-dev; ~30 s to compile).
//
//===----------------------------------------------------------------------===//

#include <torch/torch.h>

#include <functional>
#include <iostream>
#include <string>
#include <vector>

namespace {

int Rows = 0;
int Failures = 0;

/// LibTorch's spelling of sizes, which the tables use.
std::string sizesStr(c10::IntArrayRef Sizes) {
  std::string S = "[";
  for (std::size_t I = 0; I < Sizes.size(); ++I) {
    if (I)
      S += ", ";
    S += std::to_string(Sizes[I]);
  }
  return S + "]";
}

void report(const std::string &Row, const std::string &Want,
            const std::string &Got) {
  ++Rows;
  if (Want == Got)
    return;
  ++Failures;
  std::cout << "MISMATCH " << Row << "\n  table:    " << Want
            << "\n  LibTorch: " << Got << "\n";
}

//===----------------------------------------------------------------------===//
// ShapeOpsCases.def: result sizes, or "error"
//===----------------------------------------------------------------------===//

namespace torch_world {

using Tensor = torch::Tensor;
using TensorVec = std::vector<Tensor>;
const std::vector<int64_t> NoSizes;

Tensor T(const std::vector<int64_t> &Sizes) { return torch::zeros(Sizes); }
Tensor L(const std::vector<int64_t> &Sizes) {
  return torch::zeros(Sizes, torch::kLong);
}
using torch::cat;
using torch::one_hot;
using torch::stack;
Tensor linear(const Tensor &X, int64_t In, int64_t Out) {
  torch::nn::Linear Layer(In, Out);
  return Layer(X);
}
Tensor maxValues(const Tensor &X, int64_t D, bool KeepDim) {
  return std::get<0>(X.max(D, KeepDim));
}

std::string shapeOf(const std::function<Tensor()> &Op) {
  try {
    return sizesStr(Op().sizes());
  } catch (const std::exception &) {
    return "error";
  }
}

void runShapeCases() {
#define SHAPE_CASE(Name, Expr, LibTorch)                                       \
  report("ShapeOpsCases.def: " #Name ": " #Expr, LibTorch,                     \
         shapeOf([] { return (Expr); }));
#define SHAPE_GAP(Name, Expr, LibTorch, TorchTidy)                             \
  SHAPE_CASE(Name, Expr, LibTorch)
#include "ShapeOpsCases.def"
}

} // namespace torch_world

//===----------------------------------------------------------------------===//
// LossCases.def: "ok [sizes]" or LibTorch's message
//===----------------------------------------------------------------------===//

namespace loss_world {

namespace F = torch::nn::functional;
using torch::Tensor;
using Entry = std::function<Tensor(const Tensor &, const Tensor &, int64_t)>;

// Every entry point, with reduction=none so the output's sizes show.
const Entry CrossEntropyModule = [](const Tensor &I, const Tensor &T,
                                    int64_t Ignore) {
  torch::nn::CrossEntropyLoss Loss(torch::nn::CrossEntropyLossOptions()
                                       .reduction(torch::kNone)
                                       .ignore_index(Ignore));
  return Loss(I, T);
};
const Entry CrossEntropyFunctional = [](const Tensor &I, const Tensor &T,
                                        int64_t Ignore) {
  return F::cross_entropy(I, T,
                          F::CrossEntropyFuncOptions()
                              .reduction(torch::kNone)
                              .ignore_index(Ignore));
};
const Entry CrossEntropyATen = [](const Tensor &I, const Tensor &T,
                                  int64_t Ignore) {
  return torch::cross_entropy_loss(I, T, {}, at::Reduction::None, Ignore, 0.0);
};
const Entry NLLModule = [](const Tensor &I, const Tensor &T, int64_t Ignore) {
  torch::nn::NLLLoss Loss(
      torch::nn::NLLLossOptions().reduction(torch::kNone).ignore_index(Ignore));
  return Loss(I, T);
};
const Entry NLLFunctional = [](const Tensor &I, const Tensor &T,
                               int64_t Ignore) {
  return F::nll_loss(
      I, T,
      F::NLLLossFuncOptions().reduction(torch::kNone).ignore_index(Ignore));
};
const Entry NLLATen = [](const Tensor &I, const Tensor &T, int64_t Ignore) {
  return torch::nll_loss(I, T, {}, at::Reduction::None, Ignore);
};
const Entry NLLATenNd = [](const Tensor &I, const Tensor &T, int64_t Ignore) {
  return torch::nll_loss_nd(I, T, {}, at::Reduction::None, Ignore);
};
const Entry NLLATen2d = [](const Tensor &I, const Tensor &T, int64_t Ignore) {
  return torch::nll_loss2d(I, T, {}, at::Reduction::None, Ignore);
};

std::string outcome(const Entry &Call, const std::vector<int64_t> &Input,
                    const std::vector<int64_t> &Target, torch::Dtype Type,
                    int64_t Ignore) {
  try {
    Tensor I = torch::randn(Input);
    Tensor T = torch::zeros(Target, torch::TensorOptions().dtype(Type));
    return "ok " + sizesStr(Call(I, T, Ignore).sizes());
  } catch (const c10::Error &E) {
    return E.what_without_backtrace();
  } catch (const std::exception &E) {
    return std::string("(not a c10::Error) ") + E.what();
  }
}

void runCase(const std::string &Row, const std::vector<int64_t> &Input,
             const std::vector<int64_t> &Target, torch::Dtype Type,
             int64_t Ignore, const char *CrossEntropy, const char *NLLFrontEnd,
             const char *NLLAten, const char *NLLAtenNd,
             const char *NLLAten2d) {
  const std::pair<const char *, const Entry *> Calls[] = {
      {"CrossEntropyLoss", &CrossEntropyModule},
      {"F::cross_entropy", &CrossEntropyFunctional},
      {"torch::cross_entropy_loss", &CrossEntropyATen},
      {"NLLLoss", &NLLModule},
      {"F::nll_loss", &NLLFunctional},
      {"torch::nll_loss", &NLLATen},
      {"torch::nll_loss_nd", &NLLATenNd},
      {"torch::nll_loss2d", &NLLATen2d},
  };
  const char *Want[] = {CrossEntropy, CrossEntropy, CrossEntropy, NLLFrontEnd,
                        NLLFrontEnd,  NLLAten,      NLLAtenNd,    NLLAten2d};
  for (std::size_t I = 0; I < std::size(Calls); ++I)
    report(Row + " " + Calls[I].first, Want[I],
           outcome(*Calls[I].second, Input, Target, Type, Ignore));
}

void runLossCases() {
#define SIZES(...)                                                             \
  std::vector<int64_t> { __VA_ARGS__ }
#define LOSS_CASE(Input, Target, DType, ...)                                   \
  runCase("LossCases.def: " #Input " " #Target " " #DType, Input, Target,      \
          torch::k##DType, -100, __VA_ARGS__);
#define LOSS_CASE_IGNORE_INDEX0(Input, Target, DType, ...)                     \
  runCase("LossCases.def: ignore_index=0 " #Input " " #Target " " #DType,      \
          Input, Target, torch::k##DType, 0, __VA_ARGS__);
#include "LossCases.def"
#undef SIZES
}

} // namespace loss_world

} // namespace

int main() {
  // c10::Error symbolizes a backtrace per throw in 1.13: slow and unused here.
  c10::SetStackTraceFetcher([] { return std::string(); });
  torch_world::runShapeCases();
  loss_world::runLossCases();
  std::cout << Rows << " rows, " << Failures << " disagree with LibTorch "
            << TORCH_VERSION << "\n";
  return Failures ? 1 : 0;
}
