//===--- ModuleModels.cpp - torch::nn modules the engine knows ------------===//
//
// Output sizes follow LibTorch 1.13's modules: convolution and pooling give
// floor((L + 2p - d(k - 1) - 1) / s) + 1 per spatial dim (pooling's stride
// defaults to its kernel), padding=kSame keeps L; adaptive pooling gives
// its output size; Embedding appends its dim; Flatten flattens dims 1..-1.
//
//===----------------------------------------------------------------------===//

#include "ModuleModels.h"
#include "ExprEvaluator.h"
#include "TorchTypes.h"

#include "../core/ShapeOps.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::torch {

using torchtidy::Tri;

namespace {

enum class Model {
  None,
  Linear,
  Conv,
  MaxPool,
  AvgPool,
  AdaptivePool,
  Embedding,
  Flatten,
  Sequential,
  Elementwise,
};

/// The model of an Impl class or an options struct, by LibTorch's names.
Model modelOf(llvm::StringRef Name, unsigned &Rank) {
  Rank = 0;
  if (Name.consume_back("Impl") || Name.consume_back("Options")) {
    // Conv2d, MaxPool1d, AdaptiveAvgPool3d: the trailing "Nd".
    if (Name.size() > 2 && Name.ends_with("d") &&
        Name[Name.size() - 2] >= '1' && Name[Name.size() - 2] <= '3') {
      Rank = Name[Name.size() - 2] - '0';
      Name = Name.drop_back(2);
    }
  }
  return llvm::StringSwitch<Model>(Name)
      .Case("Linear", Model::Linear)
      .Case("Conv", Model::Conv)
      .Case("MaxPool", Model::MaxPool)
      .Case("AvgPool", Model::AvgPool)
      .Cases("AdaptiveAvgPool", "AdaptiveMaxPool", Model::AdaptivePool)
      .Case("Embedding", Model::Embedding)
      .Case("Flatten", Model::Flatten)
      .Case("Sequential", Model::Sequential)
      .Cases("ReLU", "ReLU6", "LeakyReLU", "GELU", "SiLU", "ELU", "SELU",
             "Sigmoid", "Tanh", Model::Elementwise)
      .Cases("Dropout", "Dropout2d", "Dropout3d", "AlphaDropout", "Identity",
             "Softmax", "LogSoftmax", "Softplus", "Hardtanh", Model::Elementwise)
      .Cases("BatchNorm", "LayerNorm", "InstanceNorm", "GroupNorm", "PReLU",
             "Mish", "Hardswish", "Hardsigmoid", Model::Elementwise)
      .Default(Model::None);
}

/// The model of \p Class, with the rank of a templated options struct
/// (ConvOptions<2>, MaxPoolOptions<3>).
Model classModel(const CXXRecordDecl *Class, unsigned &Rank) {
  Rank = 0;
  if (!Class || !Class->getIdentifier() || !isDeclaredIn(Class, {"torch", "nn"}))
    return Model::None;
  Model M = modelOf(Class->getName(), Rank);
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class)) {
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() >= 1 && Args[0].getKind() == TemplateArgument::Integral)
      if (std::optional<int64_t> D = Args[0].getAsIntegral().trySExtValue())
        Rank = static_cast<unsigned>(*D);
  }
  return M;
}

/// An ExpandingArray<D> argument: one size for every spatial dim, or a list.
std::vector<Dim> expanding(const Expr *E, unsigned Rank, ExprEvaluator &Eval) {
  Value V = E ? Eval.valueOf(E) : Value();
  if (const auto *I = std::get_if<IntValue>(&V))
    return std::vector<Dim>(Rank, I->Value);
  if (const auto *L = std::get_if<IntListValue>(&V)) {
    if (L->Elements.size() == Rank)
      return L->Elements;
    if (L->Elements.size() == 1)
      return std::vector<Dim>(Rank, L->Elements.front());
  }
  return std::vector<Dim>(Rank, Dim());
}

bool isEnumTag(const Expr *E, llvm::StringRef Tag) {
  const Expr *Inner = E;
  for (int Depth = 0; Inner && Depth < 8; ++Depth) {
    Inner = Inner->IgnoreImplicit();
    if (const CXXRecordDecl *RD = recordOf(Inner->getType()))
      if (RD->getIdentifier() && RD->getName() == Tag &&
          isDeclaredIn(RD, {"torch", "enumtype"}))
        return true;
    if (const auto *CE = dyn_cast<CXXConstructExpr>(Inner);
        CE && CE->getNumArgs() == 1)
      Inner = CE->getArg(0);
    else
      break;
  }
  return false;
}

/// floor((L + 2p - d(k - 1) - 1) / s) + 1, where it can be known.
/// Pooling also rejects a padding of more than half the kernel; padding
/// 'same' (convolutions only) rejects strides other than 1.
std::optional<Dim> spatialOut(const Dim &L, const Dim &K, const Dim &S,
                              const Dim &P, const Dim &D, bool Same,
                              bool Pool) {
  std::optional<int64_t> k = K.constant(), s = S.constant(), p = P.constant(),
                         d = D.constant(), l = L.constant();
  if (Same) {
    if (s && *s != 1)
      return std::nullopt; // "padding='same' is not supported for strided
                           // convolutions"
    return s ? L : Dim();
  }
  if (k && s && p && d) {
    if (*k < 1 || *s < 1 || *p < 0 || *d < 1)
      return std::nullopt; // LibTorch rejects these options
    if (Pool && *p > *k / 2)
      return std::nullopt; // "pad should be at most half of kernel size"
    if (*k == 1 && *s == 1 && *p == 0)
      return L;
    if (l) {
      int64_t Span = *l + 2 * *p - *d * (*k - 1) - 1;
      if (Span < 0)
        return std::nullopt; // the kernel does not fit: LibTorch throws
      return Dim::constant(Span / *s + 1);
    }
  }
  return Dim();
}

} // namespace

bool isModuleOptions(const CXXRecordDecl *Class) {
  unsigned Rank;
  return Class && Class->getIdentifier() &&
         Class->getName().ends_with("Options") &&
         classModel(Class, Rank) != Model::None;
}

std::optional<ModuleValue> constructModule(const CXXRecordDecl *Class,
                                           llvm::ArrayRef<const Expr *> Args,
                                           ExprEvaluator &Eval) {
  unsigned Rank;
  Model M = classModel(Class, Rank);
  // Built from its options struct: the options' value.
  if (Args.size() == 1 && M != Model::Sequential && M != Model::Elementwise) {
    Value V = Eval.valueOf(Args[0]);
    if (const ModuleValue *MV = asModule(V))
      return *MV;
  }
  ModuleValue R;
  R.Rank = Rank;
  switch (M) {
  case Model::None:
    return std::nullopt;
  case Model::Linear:
    // Linear(in_features, out_features), LinearOptions(in, out).
    if (Args.size() < 2)
      return std::nullopt;
    R.K = ModuleValue::Linear;
    R.In = Eval.intOf(Args[0]);
    R.Out = Eval.intOf(Args[1]);
    return R;
  case Model::Conv:
    // Conv2d(in_channels, out_channels, kernel_size), ConvOptions<2>(...).
    if (Args.size() < 3 || Rank == 0)
      return std::nullopt;
    R.K = ModuleValue::Conv;
    R.In = Eval.intOf(Args[0]);
    R.Out = Eval.intOf(Args[1]);
    R.Kernel = expanding(Args[2], Rank, Eval);
    R.Stride = std::vector<Dim>(Rank, Dim::constant(1));
    R.Padding = std::vector<Dim>(Rank, Dim::constant(0));
    R.Dilation = std::vector<Dim>(Rank, Dim::constant(1));
    return R;
  case Model::MaxPool:
  case Model::AvgPool:
    // MaxPool2d(kernel_size): the stride defaults to the kernel.
    if (Args.empty() || Rank == 0)
      return std::nullopt;
    R.K = ModuleValue::Pool;
    R.Kernel = expanding(Args[0], Rank, Eval);
    R.Stride = R.Kernel;
    R.Padding = std::vector<Dim>(Rank, Dim::constant(0));
    R.Dilation = std::vector<Dim>(Rank, Dim::constant(1));
    return R;
  case Model::AdaptivePool:
    if (Args.empty() || Rank == 0)
      return std::nullopt;
    R.K = ModuleValue::AdaptivePool;
    R.Kernel = expanding(Args[0], Rank, Eval);
    return R;
  case Model::Embedding:
    // Embedding(num_embeddings, embedding_dim).
    if (Args.size() < 2)
      return std::nullopt;
    R.K = ModuleValue::Embedding;
    R.In = Eval.intOf(Args[0]);
    R.Out = Eval.intOf(Args[1]);
    return R;
  case Model::Flatten:
    R.K = ModuleValue::Flatten;
    R.StartDim = Dim::constant(1);
    R.EndDim = Dim::constant(-1);
    return R;
  case Model::Sequential:
    // Sequential(Linear(...), ReLU(), ...): its children, in order.
    R.K = ModuleValue::Sequential;
    for (const Expr *A : Args) {
      Value V = Eval.valueOf(A);
      const ModuleValue *Child = asModule(V);
      if (!Child)
        return std::nullopt;
      R.Children.push_back(*Child);
    }
    return R;
  case Model::Elementwise:
    R.K = ModuleValue::Elementwise;
    return R;
  }
  return std::nullopt;
}

ModuleValue applyOptionSetter(ModuleValue M, llvm::StringRef Setter,
                              const Expr *Arg, ExprEvaluator &Eval) {
  switch (M.K) {
  case ModuleValue::Conv:
  case ModuleValue::Pool:
    if (Setter == "stride")
      M.Stride = expanding(Arg, M.Rank, Eval);
    else if (Setter == "dilation")
      M.Dilation = expanding(Arg, M.Rank, Eval);
    else if (Setter == "padding") {
      M.SamePadding = isEnumTag(Arg, "kSame");
      M.Padding = isEnumTag(Arg, "kValid") || M.SamePadding
                      ? std::vector<Dim>(M.Rank, Dim::constant(0))
                      : expanding(Arg, M.Rank, Eval);
    } else if (Setter == "ceil_mode" && Eval.boolOf(Arg) != Tri::False)
      M.Stride = std::vector<Dim>(M.Rank, Dim()); // rounding up: not modeled
    return M;
  case ModuleValue::Flatten:
    if (Setter == "start_dim")
      M.StartDim = Eval.intOf(Arg);
    else if (Setter == "end_dim")
      M.EndDim = Eval.intOf(Arg);
    return M;
  default:
    return M; // bias(false), padding_idx, ...: sizes unchanged
  }
}

Shape forwardShape(const ModuleValue &M, const Shape &In) {
  switch (M.K) {
  case ModuleValue::Linear:
    return torchtidy::linearShape(In, M.In, M.Out);
  case ModuleValue::Elementwise:
    return In;
  case ModuleValue::Flatten:
    return torchtidy::flattenShape(In, M.StartDim, M.EndDim);
  case ModuleValue::Embedding: {
    if (!In.hasRank())
      return Shape();
    std::vector<Dim> Out = In.dims();
    Out.push_back(M.Out);
    return Shape::of(std::move(Out));
  }
  case ModuleValue::Sequential: {
    Shape S = In;
    for (const ModuleValue &C : M.Children)
      S = forwardShape(C, S);
    return S;
  }
  case ModuleValue::Loss:
    return Shape(); // a loss module's result is not followed
  case ModuleValue::Conv:
  case ModuleValue::Pool:
  case ModuleValue::AdaptivePool: {
    // Batched [N, C, *spatial] or unbatched [C, *spatial].
    if (!In.hasRank() || M.Rank == 0 ||
        (In.rank() != M.Rank + 2 && In.rank() != M.Rank + 1))
      return Shape();
    std::size_t Channel = In.rank() - M.Rank - 1;
    std::vector<Dim> Out = In.dims();
    if (M.K == ModuleValue::Conv) {
      if (In[Channel].equals(M.In) == Tri::False)
        return Shape(); // LibTorch throws: wrong number of input channels
      Out[Channel] = M.Out;
    }
    for (unsigned I = 0; I < M.Rank; ++I) {
      Dim &L = Out[Channel + 1 + I];
      if (M.K == ModuleValue::AdaptivePool) {
        L = M.Kernel[I];
        continue;
      }
      std::optional<Dim> D = spatialOut(L, M.Kernel[I], M.Stride[I],
                                        M.Padding[I], M.Dilation[I],
                                        M.SamePadding,
                                        M.K == ModuleValue::Pool);
      if (!D)
        return Shape();
      L = *D;
    }
    return Shape::of(std::move(Out));
  }
  }
  return Shape();
}

Tri acceptsDType(const ModuleValue &M, DType In) {
  if (In == DType::Unknown || In == DType::Other)
    return Tri::Unknown;
  switch (M.K) {
  case ModuleValue::Linear:
  case ModuleValue::Conv:
    // Its weight is Float: "mat1 and mat2 must have the same dtype",
    // "Input type (double) and bias type (float) should be the same".
    return In == DType::Float ? Tri::True : Tri::False;
  case ModuleValue::Embedding:
    // "Expected tensor for argument #1 'indices' to have one of the
    // following scalar types: Long, Int".
    return In == DType::Long || In == DType::Int ? Tri::True : Tri::False;
  case ModuleValue::Sequential: {
    Tri All = Tri::True;
    for (const ModuleValue &C : M.Children) {
      Tri T = acceptsDType(C, In);
      if (T == Tri::False)
        return Tri::False;
      if (T == Tri::Unknown)
        All = Tri::Unknown;
      In = forwardDType(C, In);
      if (In == DType::Unknown)
        return All == Tri::True ? Tri::Unknown : All;
    }
    return All;
  }
  default:
    return Tri::Unknown; // pooling and activations: not modelled
  }
}

DType forwardDType(const ModuleValue &M, DType In) {
  if (M.K == ModuleValue::Embedding)
    return DType::Float; // its weight's dtype
  if (M.K == ModuleValue::Sequential) {
    for (const ModuleValue &C : M.Children)
      In = forwardDType(C, In);
  }
  return In;
}

} // namespace clang::tidy::torch
