//===--- ModuleModels.cpp - torch::nn modules the engine knows ------------===//
//
// Output sizes follow LibTorch 1.13's modules: convolution and pooling give
// floor((L + 2p - d(k - 1) - 1) / s) + 1 per spatial dim (pooling's stride
// defaults to its kernel), padding=kSame keeps L; adaptive pooling gives
// its output size; Embedding appends its dim; Flatten flattens dims 1..-1.
//
//===----------------------------------------------------------------------===//

#include "ModuleModels.h"
#include "AstUtils.h"
#include "ExprEvaluator.h"
#include "OpTable.h"
#include "TorchTypes.h"

#include "../core/ShapeOps.h"

#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::torch {

using torchtidy::Tri;

/// One kind of module: how its sizes are read and what its forward gives.
/// A null function means: the module has no sizes to read (Construct), no
/// setter changes them (Setter), its forward keeps the input's sizes
/// (Forward) or dtype (ResultType), LibTorch's dtype checks are not
/// modelled (Accepts).
struct ModuleModel {
  /// LibTorch's class name without `Impl` / `Options` and the `Nd` of
  /// spatial modules: `Conv` for Conv2dImpl and ConvOptions<2>.
  llvm::StringLiteral Name;
  /// How notes name the step the module made (`from 'Linear' here`).
  llvm::StringLiteral NoteName;
  /// Reads the sizes from the constructor's (or options') arguments; false
  /// when the construction is not one the model reads.
  bool (*Construct)(ModuleValue &M, llvm::ArrayRef<const Expr *> Args,
                    ExprEvaluator &Eval) = nullptr;
  /// An options setter (`stride(2)`, `padding(torch::kSame)`).
  void (*Setter)(ModuleValue &M, llvm::StringRef Name, const Expr *Arg,
                 ExprEvaluator &Eval) = nullptr;
  Shape (*Forward)(const ModuleValue &M, const Shape &In) = nullptr;
  /// Whether LibTorch's forward takes an input of dtype In (False: it
  /// throws).
  Tri (*Accepts)(const ModuleValue &M, DType In) = nullptr;
  DType (*ResultType)(const ModuleValue &M, DType In) = nullptr;
  /// A loss module: its value is its options.
  bool Loss = false;
};

namespace {

//===--- Reading sizes ---------------------------------------------------===//

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

std::vector<Dim> all(unsigned Rank, int64_t Size) {
  return std::vector<Dim>(Rank, Dim::constant(Size));
}

/// Whether \p E is the tag `torch::<Tag>` (torch::kSame, torch::kValid).
bool isEnumTag(const Expr *E, llvm::StringRef Tag) {
  const CXXRecordDecl *RD = recordOf(ignoreConversions(E)->getType());
  return RD && RD->getIdentifier() && RD->getName() == Tag &&
         isDeclaredIn(RD, {"torch", "enumtype"});
}

/// Linear(in_features, out_features), LinearOptions(in, out).
bool constructLinear(ModuleValue &M, llvm::ArrayRef<const Expr *> Args,
                     ExprEvaluator &Eval) {
  if (Args.size() < 2)
    return false;
  M.In = Eval.intOf(Args[0]);
  M.Out = Eval.intOf(Args[1]);
  return true;
}

/// Conv2d(in_channels, out_channels, kernel_size), ConvOptions<2>(...).
bool constructConv(ModuleValue &M, llvm::ArrayRef<const Expr *> Args,
                   ExprEvaluator &Eval) {
  if (Args.size() < 3 || M.Rank == 0)
    return false;
  M.In = Eval.intOf(Args[0]);
  M.Out = Eval.intOf(Args[1]);
  M.Kernel = expanding(Args[2], M.Rank, Eval);
  M.Stride = all(M.Rank, 1);
  M.Padding = all(M.Rank, 0);
  M.Dilation = all(M.Rank, 1);
  return true;
}

/// MaxPool2d(kernel_size): the stride defaults to the kernel.
bool constructPool(ModuleValue &M, llvm::ArrayRef<const Expr *> Args,
                   ExprEvaluator &Eval) {
  if (Args.empty() || M.Rank == 0)
    return false;
  M.Kernel = expanding(Args[0], M.Rank, Eval);
  M.Stride = M.Kernel;
  M.Padding = all(M.Rank, 0);
  M.Dilation = all(M.Rank, 1);
  return true;
}

/// AdaptiveAvgPool2d(output_size).
bool constructAdaptivePool(ModuleValue &M, llvm::ArrayRef<const Expr *> Args,
                           ExprEvaluator &Eval) {
  if (Args.empty() || M.Rank == 0)
    return false;
  M.Kernel = expanding(Args[0], M.Rank, Eval);
  return true;
}

/// Embedding(num_embeddings, embedding_dim).
bool constructEmbedding(ModuleValue &M, llvm::ArrayRef<const Expr *> Args,
                        ExprEvaluator &Eval) {
  return constructLinear(M, Args, Eval);
}

/// Flatten(): dims 1 to -1.
bool constructFlatten(ModuleValue &M, llvm::ArrayRef<const Expr *>,
                      ExprEvaluator &) {
  M.StartDim = Dim::constant(1);
  M.EndDim = Dim::constant(-1);
  return true;
}

/// Sequential(Linear(...), ReLU(), ...): its children, in order.
bool constructSequential(ModuleValue &M, llvm::ArrayRef<const Expr *> Args,
                         ExprEvaluator &Eval) {
  for (const Expr *A : Args) {
    Value V = Eval.valueOf(A);
    const ModuleValue *Child = asModule(V);
    if (!Child)
      return false;
    M.Children.push_back(*Child);
  }
  return true;
}

//===--- Options setters -------------------------------------------------===//

/// stride, dilation, padding (sizes or kSame / kValid), ceil_mode.
void spatialSetter(ModuleValue &M, llvm::StringRef Setter, const Expr *Arg,
                   ExprEvaluator &Eval) {
  if (Setter == "stride") {
    M.Stride = expanding(Arg, M.Rank, Eval);
  } else if (Setter == "dilation") {
    M.Dilation = expanding(Arg, M.Rank, Eval);
  } else if (Setter == "padding") {
    M.SamePadding = isEnumTag(Arg, "kSame");
    M.Padding = isEnumTag(Arg, "kValid") || M.SamePadding
                    ? all(M.Rank, 0)
                    : expanding(Arg, M.Rank, Eval);
  } else if (Setter == "ceil_mode" && Eval.boolOf(Arg) != Tri::False) {
    M.Stride = std::vector<Dim>(M.Rank, Dim()); // rounding up: not modeled
  }
}

/// start_dim, end_dim.
void flattenSetter(ModuleValue &M, llvm::StringRef Setter, const Expr *Arg,
                   ExprEvaluator &Eval) {
  if (Setter == "start_dim")
    M.StartDim = Eval.intOf(Arg);
  else if (Setter == "end_dim")
    M.EndDim = Eval.intOf(Arg);
}

//===--- Forward ---------------------------------------------------------===//

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
      // l + 2p - d(k - 1) - 1, unknown where it overflows int64.
      int64_t Pad, Reach, Span;
      if (__builtin_mul_overflow(*p, 2, &Pad) ||
          __builtin_mul_overflow(*d, *k - 1, &Reach) ||
          __builtin_add_overflow(*l, Pad, &Span) ||
          __builtin_sub_overflow(Span, Reach, &Span) ||
          __builtin_sub_overflow(Span, 1, &Span))
        return Dim();
      if (Span < 0)
        return std::nullopt; // the kernel does not fit: LibTorch throws
      return Dim::constant(Span / *s + 1);
    }
  }
  return Dim();
}

enum class Spatial { Conv, Pool, Adaptive };

/// Batched [N, C, *spatial] or unbatched [C, *spatial] in, the same rank
/// out, with the channels and spatial sizes the module gives.
Shape spatialForward(const ModuleValue &M, const Shape &In, Spatial K) {
  if (!In.hasRank() || M.Rank == 0 ||
      (In.rank() != M.Rank + 2 && In.rank() != M.Rank + 1))
    return Shape();
  std::size_t Channel = In.rank() - M.Rank - 1;
  std::vector<Dim> Out = In.dims();
  if (K == Spatial::Conv) {
    if (In[Channel].equals(M.In) == Tri::False)
      return Shape(); // LibTorch throws: wrong number of input channels
    Out[Channel] = M.Out;
  }
  for (unsigned I = 0; I < M.Rank; ++I) {
    Dim &L = Out[Channel + 1 + I];
    if (K == Spatial::Adaptive) {
      L = M.Kernel[I];
      continue;
    }
    std::optional<Dim> D =
        spatialOut(L, M.Kernel[I], M.Stride[I], M.Padding[I], M.Dilation[I],
                   M.SamePadding, K == Spatial::Pool);
    if (!D)
      return Shape();
    L = *D;
  }
  return Shape::of(std::move(Out));
}

Shape forwardConv(const ModuleValue &M, const Shape &In) {
  return spatialForward(M, In, Spatial::Conv);
}
Shape forwardPool(const ModuleValue &M, const Shape &In) {
  return spatialForward(M, In, Spatial::Pool);
}
Shape forwardAdaptivePool(const ModuleValue &M, const Shape &In) {
  return spatialForward(M, In, Spatial::Adaptive);
}

/// [*, In] -> [*, Out].
Shape forwardLinear(const ModuleValue &M, const Shape &In) {
  return torchtidy::linearShape(In, M.In, M.Out);
}

/// [*] -> [*, Out].
Shape forwardEmbedding(const ModuleValue &M, const Shape &In) {
  if (!In.hasRank())
    return Shape();
  std::vector<Dim> Out = In.dims();
  Out.push_back(M.Out);
  return Shape::of(std::move(Out));
}

Shape forwardFlatten(const ModuleValue &M, const Shape &In) {
  return torchtidy::flattenShape(In, M.StartDim, M.EndDim);
}

Shape forwardSequential(const ModuleValue &M, const Shape &In) {
  Shape S = In;
  for (const ModuleValue &C : M.Children)
    S = forwardShape(C, S);
  return S;
}

/// A loss module's result is not followed.
Shape forwardLoss(const ModuleValue &, const Shape &) { return Shape(); }

//===--- Dtypes ----------------------------------------------------------===//

Tri acceptsDType(const ModuleValue &M, DType In);
DType resultType(const ModuleValue &M, DType In);

/// Linear, Conv: their weight is Float ("mat1 and mat2 must have the same
/// dtype", "Input type (double) and bias type (float) should be the same").
Tri acceptsFloat(const ModuleValue &, DType In) {
  return In == DType::Float ? Tri::True : Tri::False;
}

/// Embedding: "Expected tensor for argument #1 'indices' to have one of the
/// following scalar types: Long, Int".
Tri acceptsIndices(const ModuleValue &, DType In) {
  return In == DType::Long || In == DType::Int ? Tri::True : Tri::False;
}

/// Embedding gives its weight's dtype.
DType floatResult(const ModuleValue &, DType) { return DType::Float; }

Tri acceptsSequential(const ModuleValue &M, DType In) {
  Tri All = Tri::True;
  for (const ModuleValue &C : M.Children) {
    Tri T = acceptsDType(C, In);
    if (T == Tri::False)
      return Tri::False;
    if (T == Tri::Unknown)
      All = Tri::Unknown;
    In = resultType(C, In);
    if (In == DType::Unknown)
      return All == Tri::True ? Tri::Unknown : All;
  }
  return All;
}

DType sequentialResult(const ModuleValue &M, DType In) {
  for (const ModuleValue &C : M.Children)
    In = resultType(C, In);
  return In;
}

//===--- The table -------------------------------------------------------===//

// Modules whose forward keeps the input's sizes and dtype (activations,
// dropout, normalization) need only their name.
const ModuleModel Models[] = {
    {"Linear", "Linear", constructLinear, nullptr, forwardLinear, acceptsFloat},
    {"Conv", "Conv", constructConv, spatialSetter, forwardConv, acceptsFloat},
    {"MaxPool", "pooling", constructPool, spatialSetter, forwardPool},
    {"AvgPool", "pooling", constructPool, spatialSetter, forwardPool},
    {"AdaptiveAvgPool", "adaptive pooling", constructAdaptivePool, nullptr,
     forwardAdaptivePool},
    {"AdaptiveMaxPool", "adaptive pooling", constructAdaptivePool, nullptr,
     forwardAdaptivePool},
    {"Embedding", "Embedding", constructEmbedding, nullptr, forwardEmbedding,
     acceptsIndices, floatResult},
    {"Flatten", "Flatten", constructFlatten, flattenSetter, forwardFlatten},
    {"Sequential", "Sequential", constructSequential, nullptr,
     forwardSequential, acceptsSequential, sequentialResult},
    {"ReLU", "activation"},
    {"ReLU6", "activation"},
    {"LeakyReLU", "activation"},
    {"GELU", "activation"},
    {"SiLU", "activation"},
    {"ELU", "activation"},
    {"SELU", "activation"},
    {"Sigmoid", "activation"},
    {"Tanh", "activation"},
    {"Dropout", "activation"},
    {"AlphaDropout", "activation"},
    {"Identity", "activation"},
    {"Softmax", "activation"},
    {"LogSoftmax", "activation"},
    {"Softplus", "activation"},
    {"Hardtanh", "activation"},
    {"BatchNorm", "activation"},
    {"LayerNorm", "activation"},
    {"InstanceNorm", "activation"},
    {"GroupNorm", "activation"},
    {"PReLU", "activation"},
    {"Mish", "activation"},
    {"Hardswish", "activation"},
    {"Hardsigmoid", "activation"},
    {"LogSigmoid", "activation"},
    {"Softmin", "activation"},
    {"Softsign", "activation"},
    {"Tanhshrink", "activation"},
    {"Hardshrink", "activation"},
    {"Softshrink", "activation"},
    {"CELU", "activation"},
    {"RReLU", "activation"},
    {"Threshold", "activation"},
};

/// Every `torch::nn::XxxLossImpl`.
const ModuleModel LossModel{"", "loss", nullptr, nullptr, forwardLoss,
                            nullptr, nullptr, /*Loss=*/true};

Tri acceptsDType(const ModuleValue &M, DType In) {
  if (In == DType::Unknown || In == DType::Other || !M.Model->Accepts)
    return Tri::Unknown;
  return M.Model->Accepts(M, In);
}

DType resultType(const ModuleValue &M, DType In) {
  return M.Model->ResultType ? M.Model->ResultType(M, In) : In;
}

const ModuleModel *modelNamed(llvm::StringRef Name) {
  for (const ModuleModel &M : Models)
    if (M.Name == Name)
      return &M;
  return nullptr;
}

/// The row of \p Class (a module's Impl class or an options struct of
/// torch::nn), with its number of spatial dims: from the name's `Nd`, or
/// from a templated options struct's argument (ConvOptions<2>).
const ModuleModel *modelOf(const CXXRecordDecl *Class, unsigned &Rank) {
  Rank = 0;
  if (!Class || !Class->getIdentifier() || !isDeclaredIn(Class, {"torch", "nn"}))
    return nullptr;
  llvm::StringRef Name = Class->getName();
  bool Impl = Name.consume_back("Impl");
  if (!Impl && !Name.consume_back("Options"))
    return nullptr;
  if (Impl && Name.ends_with("Loss"))
    return &LossModel;
  // Conv2d, MaxPool1d, AdaptiveAvgPool3d: the trailing "Nd".
  if (Name.size() > 2 && Name.ends_with("d") &&
      Name[Name.size() - 2] >= '1' && Name[Name.size() - 2] <= '3') {
    Rank = Name[Name.size() - 2] - '0';
    Name = Name.drop_back(2);
  }
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class)) {
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() >= 1 && Args[0].getKind() == TemplateArgument::Integral)
      if (std::optional<int64_t> D = Args[0].getAsIntegral().trySExtValue())
        Rank = static_cast<unsigned>(*D);
  }
  return modelNamed(Name);
}

/// The module \p Class (a module's Impl, or its options struct) built from
/// \p Args describes, when its model reads them.
std::optional<ModuleValue> buildModule(const CXXRecordDecl *Class,
                                       llvm::ArrayRef<const Expr *> Args,
                                       ExprEvaluator &Eval) {
  unsigned Rank;
  const ModuleModel *Model = modelOf(Class, Rank);
  if (!Model || Model->Loss)
    return std::nullopt;
  // Built from its options struct (Linear(LinearOptions(784, 10))).
  if (Args.size() == 1) {
    Value V = Eval.valueOf(Args[0]);
    if (const ModuleValue *Options = asModule(V);
        Options && Options->Model == Model)
      return *Options;
  }
  ModuleValue M;
  M.Model = Model;
  M.Rank = Rank;
  if (Model->Construct && !Model->Construct(M, Args, Eval))
    return std::nullopt;
  return M;
}

/// Whether \p Class is the options struct of a modeled module.
bool isModuleOptions(const CXXRecordDecl *Class) {
  unsigned Rank;
  return Class && Class->getIdentifier() &&
         Class->getName().ends_with("Options") && modelOf(Class, Rank);
}

/// A loss module with the options \p Options.
ModuleValue lossModule(RecordValue Options) {
  ModuleValue M;
  M.Model = &LossModel;
  M.Options = std::move(Options);
  return M;
}

/// The settings a loss's options struct is built with.
Value constructLossOptions(const CXXConstructExpr *E, ExprEvaluator &Eval) {
  unsigned N = E->getNumArgs();
  if (N == 0)
    return RecordValue{};
  if (N == 1 && E->getConstructor()->isCopyOrMoveConstructor())
    return Eval.valueOf(E->getArg(0));
  // TORCH_OPTIONS_CTOR_VARIANT_ARG*: a constructor taking one setting.
  RecordValue R;
  for (const ParmVarDecl *P : E->getConstructor()->parameters())
    if (P->getIdentifier())
      R.set(P->getName(), Dim());
  return R;
}

/// A module built, copied, or taken from a holder.
Value constructModuleObject(const CXXConstructExpr *E,
                            const CXXRecordDecl *Impl, ExprEvaluator &Eval) {
  unsigned N = E->getNumArgs();
  unsigned Rank;
  const ModuleModel *Model = modelOf(Impl, Rank);
  // A loss module, default-built, copied or built from its options.
  if (Model && Model->Loss) {
    if (N == 0)
      return lossModule(RecordValue{});
    if (N == 1) {
      Value V = Eval.valueOf(E->getArg(0));
      if (const auto *R = std::get_if<RecordValue>(&V))
        return lossModule(*R);
      if (const ModuleValue *M = asModule(V); M && M->isLoss())
        return V;
    }
    return std::monostate();
  }
  if (isInTorchLibrary(Impl)) {
    llvm::SmallVector<const Expr *, 4> Args(E->arguments().begin(),
                                            E->arguments().end());
    if (std::optional<ModuleValue> M = buildModule(Impl, Args, Eval))
      return *M;
  }
  // Copying a holder keeps its module.
  if (N == 1 && moduleImplOf(E->getArg(0)->getType()) == Impl)
    return Eval.valueOf(E->getArg(0));
  return std::monostate();
}

} // namespace

bool ModuleValue::isLoss() const { return Model && Model->Loss; }

std::optional<Value> constructNNClass(const CXXConstructExpr *E,
                                      ExprEvaluator &Eval) {
  const CXXRecordDecl *RD = recordOf(E->getType());
  if (!RD)
    return std::nullopt;
  // Module options (LinearOptions(in, out), Conv2dOptions(1, 32, 3)).
  if (isModuleOptions(RD)) {
    llvm::SmallVector<const Expr *, 4> Args(E->arguments().begin(),
                                            E->arguments().end());
    if (std::optional<ModuleValue> M = buildModule(RD, Args, Eval))
      return Value(*M);
    return Value();
  }
  // A loss's options (CrossEntropyLossOptions().ignore_index(0)).
  if (isOptionsRecord(RD))
    return E->getConstructor() ? constructLossOptions(E, Eval) : Value();
  // A module, or its holder (torch::nn::Linear(784, 10)).
  if (const CXXRecordDecl *Impl = moduleImplOf(E->getType()))
    return constructModuleObject(E, Impl, Eval);
  return std::nullopt;
}

std::optional<Value> callNNMethod(const CXXMemberCallExpr *E,
                                  ExprEvaluator &Eval) {
  const CXXMethodDecl *MD = E->getMethodDecl();
  const Expr *Obj = E->getImplicitObjectArgument();
  if (!MD || !Obj || !MD->getIdentifier())
    return std::nullopt;
  llvm::StringRef Name = MD->getName();
  llvm::ArrayRef<const Expr *> Args(E->getArgs(), E->getNumArgs());
  const CXXRecordDecl *RD = recordOf(E->getObjectType());

  // Options setters: stride(2), padding(torch::kSame), bias(false).
  if (isModuleOptions(RD)) {
    Value Self = Eval.valueOf(Obj);
    const ModuleValue *M = asModule(Self);
    if (!M || Args.size() != 1 || !M->Model->Setter)
      return Self;
    ModuleValue Set = *M;
    M->Model->Setter(Set, Name, Args[0], Eval);
    return Value(std::move(Set));
  }
  // A setter of a loss's options: `opts.ignore_index(0)` returns the
  // options with that setting.
  if (isOptionsRecord(RD)) {
    Value Self = Eval.valueOf(Obj);
    const auto *R = std::get_if<RecordValue>(&Self);
    if (!R || Args.size() != 1)
      return Value();
    RecordValue Out = *R;
    Out.set(Name, Eval.intOf(Args[0]));
    return Value(std::move(Out));
  }
  // holder->forward(x), impl.forward(x).
  if (moduleImplOf(E->getObjectType()))
    return Name == "forward" ? forwardModule(E, Eval.valueOf(Obj), Args, Eval)
                             : Value();
  return std::nullopt;
}

Value forwardModule(const Expr *Call, const Value &Module,
                    llvm::ArrayRef<const Expr *> Args, ExprEvaluator &Eval) {
  const ModuleValue *M = asModule(Module);
  if (!M || Args.empty() || M->isLoss())
    return std::monostate(); // the loss value is not followed
  TensorFact In = Eval.tensorOf(Args[0]);
  if (acceptsDType(*M, In.Type) == Tri::False)
    return std::monostate(); // LibTorch throws on the input's dtype
  OpCall C{Call, M->Model->NoteName, &In, Args.drop_front(), {}, Eval};
  return Eval.result(C, forwardShape(*M, In.Sizes), resultType(*M, In.Type));
}

ModuleValue poolingModule(unsigned Rank) {
  ModuleValue M;
  M.Model = modelNamed("MaxPool"); // avg pooling gives the same sizes
  M.Rank = Rank;
  return M;
}

ModuleValue adaptivePoolingModule(unsigned Rank) {
  ModuleValue M;
  M.Model = modelNamed("AdaptiveAvgPool");
  M.Rank = Rank;
  return M;
}

Shape forwardShape(const ModuleValue &M, const Shape &In) {
  return M.Model->Forward ? M.Model->Forward(M, In) : In;
}

} // namespace clang::tidy::torch
