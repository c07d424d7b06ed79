//===--- OpTable.cpp - Transfer rules of LibTorch ops, one entry per op ---===//
//
// Each transfer function models one LibTorch op (1.13 semantics, measured;
// see docs/shape-engine.md). Sizes come from core/ShapeOps; this file reads
// the arguments and picks the dtype.
//
//===----------------------------------------------------------------------===//

#include "OpTable.h"
#include "AstUtils.h"
#include "ExprEvaluator.h"
#include "ModuleModels.h"
#include "TorchTypes.h"

#include "../core/ShapeOps.h"

#include "clang/AST/ExprCXX.h"

#include <limits>

namespace clang::tidy::torch {

using namespace torchtidy;

const Expr *OpCall::arg(llvm::StringRef ParamName) const {
  for (unsigned I = 0; I < ParamNames.size(); ++I)
    if (ParamNames[I] == ParamName)
      return Args[I];
  return nullptr;
}

namespace {

const TensorFact &self(const OpCall &C) {
  static const TensorFact Unknown;
  return C.Self ? *C.Self : Unknown;
}

/// The dtype given by a TensorOptions / ScalarType argument, or \p Default
/// when the options leave it unset.
DType dtypeFromOptions(const OpCall &C, const Expr *Options, DType Default) {
  if (!Options)
    return Default;
  OptionsValue O = C.Eval.optionsOf(Options);
  return O.HasType ? O.Type : Default;
}

bool isIntArg(const Expr *E) {
  return E && E->getType()->isIntegerType();
}

Value tensor(const OpCall &C, Shape S, DType T) {
  return C.Eval.result(C, std::move(S), T);
}

//===--- Factories -------------------------------------------------------===//

/// Whether \p D is certainly negative.
bool isNegative(const Dim &D) {
  std::optional<int64_t> V = D.constant();
  return V && *V < 0;
}

/// The sizes written for parameter \p Param, unless LibTorch rejects them
/// ("Trying to create tensor with negative dimension").
std::optional<std::vector<Dim>> factorySizes(const OpCall &C,
                                             llvm::StringRef Param) {
  const Expr *Size = C.arg(Param);
  std::optional<std::vector<Dim>> Sizes =
      Size ? C.Eval.intListOf(Size) : std::nullopt;
  if (Sizes && llvm::any_of(*Sizes, isNegative))
    return std::nullopt;
  return Sizes;
}

/// randn / rand / zeros / ones / empty(size, options): default dtype Float.
Value sizedFactory(const OpCall &C) {
  std::optional<std::vector<Dim>> Sizes = factorySizes(C, "size");
  if (!Sizes)
    return std::monostate();
  DType T = dtypeFromOptions(C, C.arg("options"), DType::Float);
  // randn / rand of an integral dtype throw ("normal_kernel_cpu" not
  // implemented for 'Long'; measured on 1.13): nothing after them runs.
  if ((C.Name == "randn" || C.Name == "rand") && isIntegral(T) == Tri::True)
    return std::monostate();
  return tensor(C, Shape::of(*Sizes), T);
}

/// full(size, fill_value, options): the dtype follows the fill value
/// (int -> Long, double -> Float, bool -> Bool; measured on 1.13).
Value full(const OpCall &C) {
  std::optional<std::vector<Dim>> Sizes = factorySizes(C, "size");
  if (!Sizes)
    return std::monostate();
  DType Fill = DType::Unknown;
  if (const Expr *F = C.arg("fill_value"))
    C.Eval.bracedDataShape(F, Fill);
  if (Fill == DType::Other)
    Fill = DType::Unknown;
  return tensor(C, Shape::of(*Sizes),
                dtypeFromOptions(C, C.arg("options"), Fill));
}

/// randint([low,] high, size, options): Long by default (the parameter's
/// default is at::kLong), but written options that set no dtype give the
/// default Float (`randint(0, 3, {4}, torch::device(torch::kCPU))` is Float,
/// measured on 1.13). An empty range (low >= high) throws.
Value randint(const OpCall &C) {
  std::optional<std::vector<Dim>> Sizes = factorySizes(C, "size");
  if (!Sizes)
    return std::monostate();
  std::optional<int64_t> Low =
      C.arg("low") ? C.Eval.intOf(C.arg("low")).constant() : 0;
  std::optional<int64_t> High =
      C.arg("high") ? C.Eval.intOf(C.arg("high")).constant() : std::nullopt;
  if (Low && High && *Low >= *High)
    return std::monostate();
  const Expr *Options = C.arg("options");
  DType T = DType::Long;
  if (Options && !isa<CXXDefaultArgExpr>(Options))
    T = dtypeFromOptions(C, Options, DType::Float);
  return tensor(C, Shape::of(*Sizes), T);
}

/// arange(end) / arange(start, end[, step]): [ceil((end - start) / step)];
/// Long when every bound is an integer.
Value arange(const OpCall &C) {
  const Expr *Start = C.arg("start"), *End = C.arg("end"), *Step = C.arg("step");
  if (!End)
    return std::monostate();
  DType T = DType::Long;
  for (const Expr *E : {Start, End, Step}) {
    if (!E)
      continue;
    DType D = DType::Unknown;
    C.Eval.bracedDataShape(E, D);
    if (D != DType::Long)
      T = DType::Float;
  }
  T = dtypeFromOptions(C, C.arg("options"), T);
  Dim E = C.Eval.intOf(End);
  Dim S = Start ? C.Eval.intOf(Start) : Dim::constant(0);
  Dim St = Step ? C.Eval.intOf(Step) : Dim::constant(1);
  std::optional<int64_t> SC = S.constant(), EC = E.constant(),
                         StC = St.constant();
  // LibTorch rejects a zero step, and bounds the step cannot reach.
  if (StC && *StC == 0)
    return std::monostate();
  if (SC && EC && StC && *EC != *SC && ((*EC > *SC) != (*StC > 0)))
    return std::monostate();
  Dim Length;
  if (SC && EC && StC) {
    int64_t Span;
    // A span int64 cannot hold: LibTorch's length is huge or it throws.
    if (__builtin_sub_overflow(*EC, *SC, &Span) ||
        Span == std::numeric_limits<int64_t>::min())
      return std::monostate();
    int64_t N = Span / *StC + ((Span % *StC != 0) && ((Span > 0) == (*StC > 0)));
    Length = Dim::constant(N < 0 ? 0 : N);
  } else if (SC && *SC == 0 && StC && *StC == 1 && E.isKnown()) {
    Length = E;
  }
  return tensor(C, Shape::of({Length}), T);
}

/// torch::tensor({...}): the sizes of the nested braced lists.
Value tensorLiteral(const OpCall &C) {
  if (C.Args.empty())
    return std::monostate();
  DType T = DType::Unknown;
  std::optional<Shape> S = C.Eval.bracedDataShape(C.Args[0], T);
  // Elements of different types throw ("Expected all elements of the
  // tensor to have the same scalar type").
  if (!S || T == DType::Other)
    return std::monostate();
  return tensor(C, *S, dtypeFromOptions(C, C.arg("options"), T));
}

/// from_blob(data, sizes, [strides,] options): the given sizes.
Value fromBlob(const OpCall &C) {
  std::optional<std::vector<Dim>> Sizes = factorySizes(C, "sizes");
  if (!Sizes)
    return std::monostate();
  return tensor(C, Shape::of(*Sizes),
                dtypeFromOptions(C, C.arg("options"), DType::Float));
}

/// eye(n[, m]): [n, n] or [n, m].
Value eye(const OpCall &C) {
  const Expr *N = C.arg("n"), *M = C.arg("m");
  if (!N)
    return std::monostate();
  Dim DN = C.Eval.intOf(N), DM = M ? C.Eval.intOf(M) : DN;
  if (isNegative(DN) || isNegative(DM))
    return std::monostate(); // "n must be greater or equal to 0"
  return tensor(C, Shape::of({DN, DM}),
                dtypeFromOptions(C, C.arg("options"), DType::Float));
}

/// linspace(start, end, steps): [steps].
Value linspace(const OpCall &C) {
  const Expr *Steps = C.arg("steps");
  if (!Steps || isNegative(C.Eval.intOf(Steps)))
    return std::monostate(); // "number of steps must be non-negative"
  return tensor(C, Shape::of({C.Eval.intOf(Steps)}),
                dtypeFromOptions(C, C.arg("options"), DType::Float));
}

std::vector<Shape> sizesOf(const std::vector<TensorFact> &Ts) {
  std::vector<Shape> Out;
  for (const TensorFact &F : Ts)
    Out.push_back(F.Sizes);
  return Out;
}

/// stack(tensors, dim): a new dim of size tensors.size().
Value stack(const OpCall &C) {
  std::optional<TensorListValue> Ts =
      C.arg("tensors") ? C.Eval.tensorListOf(C.arg("tensors")) : std::nullopt;
  if (!Ts)
    return std::monostate();
  const Expr *D = C.arg("dim");
  Dim At = D ? C.Eval.intOf(D) : Dim::constant(0);
  TensorFact Each = Ts->each();
  return tensor(C,
                Ts->Exact ? stackShape(sizesOf(Ts->Elements), At)
                          : stackUniformShape(Each.Sizes, Ts->count(), At),
                Each.Type);
}

/// cat(tensors, dim): sizes along dim added.
Value cat(const OpCall &C) {
  std::optional<TensorListValue> Ts =
      C.arg("tensors") ? C.Eval.tensorListOf(C.arg("tensors")) : std::nullopt;
  if (!Ts)
    return std::monostate();
  const Expr *D = C.arg("dim");
  Dim At = D ? C.Eval.intOf(D) : Dim::constant(0);
  TensorFact Each = Ts->each();
  return tensor(C,
                Ts->Exact ? catShape(sizesOf(Ts->Elements), At)
                          : catUniformShape(Each.Sizes, Ts->count(), At),
                Each.Type);
}

/// zeros_like / ones_like / ... (self, options): self's sizes; self's dtype
/// unless options set one.
Value likeFactory(const OpCall &C) {
  return tensor(C, self(C).Sizes,
                dtypeFromOptions(C, C.arg("options"), self(C).Type));
}

//===--- Shape ops -------------------------------------------------------===//

/// view(size) / reshape(shape): one -1 solved from the element count.
Value view(const OpCall &C) {
  const Expr *Size = C.arg(0u);
  if (!Size || isScalarTypeEnum(Size->getType()))
    return std::monostate(); // view(dtype) reinterprets the elements
  std::optional<std::vector<Dim>> Sizes = C.Eval.intListOf(Size);
  if (!Sizes)
    return std::monostate();
  return tensor(C, viewShape(self(C).Sizes, *Sizes), self(C).Type);
}

/// view_as / reshape_as / expand_as(other): other's sizes.
Value viewAs(const OpCall &C) {
  if (C.Args.empty())
    return std::monostate();
  return tensor(C, C.Eval.tensorOf(C.Args[0]).Sizes, self(C).Type);
}

/// unsqueeze(dim) and unsqueeze_(dim).
Value unsqueeze(const OpCall &C) {
  if (!isIntArg(C.arg(0u)))
    return std::monostate();
  return tensor(C, unsqueezeShape(self(C).Sizes, C.Eval.intOf(C.Args[0])),
                self(C).Type);
}

/// squeeze() / squeeze(dim) and their in-place forms.
Value squeeze(const OpCall &C) {
  if (C.Args.empty())
    return tensor(C, squeezeAllShape(self(C).Sizes), self(C).Type);
  if (!isIntArg(C.arg(0u)))
    return std::monostate(); // squeeze(Dimname), squeeze(IntArrayRef)
  return tensor(C, squeezeDimShape(self(C).Sizes, C.Eval.intOf(C.Args[0])),
                self(C).Type);
}

/// flatten(start_dim = 0, end_dim = -1).
Value flatten(const OpCall &C) {
  const Expr *S = C.arg("start_dim"), *E = C.arg("end_dim");
  if ((S && !isIntArg(S)) || (E && !isIntArg(E)) || C.ParamNames.empty())
    return std::monostate();
  return tensor(C,
                flattenShape(self(C).Sizes,
                             S ? C.Eval.intOf(S) : Dim::constant(0),
                             E ? C.Eval.intOf(E) : Dim::constant(-1)),
                self(C).Type);
}

/// argmax / argmin(dim = nullopt, keepdim = false): Long indices.
Value argReduce(const OpCall &C) {
  const Expr *D = C.arg("dim"), *K = C.arg("keepdim");
  if (!D || C.Eval.isNone(D)) {
    // Over every element: 0-d, or with keepdim every dim kept as size 1.
    Tri Keep = K ? C.Eval.boolOf(K) : Tri::False;
    const Shape &S = self(C).Sizes;
    if (Keep == Tri::False)
      return tensor(C, Shape::of({}), DType::Long);
    if (Keep == Tri::True && S.hasRank())
      return tensor(C, Shape::of(std::vector<Dim>(S.rank(), Dim::constant(1))),
                    DType::Long);
    return tensor(C, Shape(), DType::Long);
  }
  return tensor(C,
                reduceDimShape(self(C).Sizes, C.Eval.intOf(D),
                               K ? C.Eval.boolOf(K) : Tri::False),
                DType::Long);
}

/// max / min: () -> 0-d; (dim, keepdim) -> (values, indices);
/// (other) -> elementwise, broadcast.
Value maxMin(const OpCall &C) {
  const TensorFact &S = self(C);
  if (C.Args.empty())
    return tensor(C, Shape::of({}), S.Type);
  const Expr *A = C.Args[0];
  if (isTensorType(A->getType())) {
    TensorFact O = C.Eval.tensorOf(A);
    return tensor(C, broadcastShape(S.Sizes, O.Sizes), join(S.Type, O.Type));
  }
  if (!isIntArg(A))
    return std::monostate();
  const Expr *K = C.arg("keepdim");
  Shape Out = reduceDimShape(S.Sizes, C.Eval.intOf(A),
                             K ? C.Eval.boolOf(K) : Tri::False);
  TupleValue T;
  T.Elements.push_back(C.Eval.result(C, Out, S.Type));
  TensorFact Indices = C.Eval.result(C, Out, DType::Long);
  Indices.Object = C.Eval.context().objectFor(C.Call, 1);
  T.Elements.push_back(std::move(Indices));
  return T;
}

/// one_hot(tensor, num_classes = -1): a trailing dim, Long.
Value oneHot(const OpCall &C) {
  const Expr *N = C.arg(0u);
  Value R = tensor(C, oneHotShape(self(C).Sizes, N ? C.Eval.intOf(N) : Dim()),
                   DType::Long);
  // The dtype check repairs a one-hot target by taking the indices back.
  if (auto *T = std::get_if<TensorFact>(&R); T && !T->Origin.empty())
    T->Origin.markLast(StepKind::OneHot);
  return R;
}

/// permute(dims).
Value permute(const OpCall &C) {
  std::optional<std::vector<Dim>> Order =
      C.arg(0u) ? C.Eval.intListOf(C.Args[0]) : std::nullopt;
  if (!Order)
    return std::monostate();
  return tensor(C, permuteShape(self(C).Sizes, *Order), self(C).Type);
}

/// transpose(dim0, dim1) and transpose_.
Value transpose(const OpCall &C) {
  if (C.Args.size() != 2 || !isIntArg(C.Args[0]) || !isIntArg(C.Args[1]))
    return std::monostate();
  return tensor(C,
                transposeShape(self(C).Sizes, C.Eval.intOf(C.Args[0]),
                               C.Eval.intOf(C.Args[1])),
                self(C).Type);
}

/// t() and t_(): a transpose of a tensor of at most 2 dims.
Value transpose2d(const OpCall &C) {
  const Shape &S = self(C).Sizes;
  if (!S.hasRank() || S.rank() > 2)
    return std::monostate();
  if (S.rank() < 2)
    return tensor(C, S, self(C).Type);
  return tensor(C, Shape::of({S[1], S[0]}), self(C).Type);
}

/// select(dim, index) and tensor[index] (dim 0).
Value select(const OpCall &C) {
  if (C.Name == "operator[]") {
    if (!isIntArg(C.arg(0u)))
      return std::monostate(); // indexing with a tensor or a Scalar
    return tensor(C, selectShape(self(C).Sizes, Dim::constant(0)),
                  self(C).Type);
  }
  if (C.Args.size() != 2 || !isIntArg(C.Args[0]))
    return std::monostate();
  return tensor(C, selectShape(self(C).Sizes, C.Eval.intOf(C.Args[0])),
                self(C).Type);
}

/// narrow(dim, start, length).
Value narrow(const OpCall &C) {
  if (C.Args.size() != 3 || !isIntArg(C.Args[0]) || !isIntArg(C.Args[2]))
    return std::monostate();
  return tensor(C,
                narrowShape(self(C).Sizes, C.Eval.intOf(C.Args[0]),
                            C.Eval.intOf(C.Args[2])),
                self(C).Type);
}

//===--- Dtype conversions -----------------------------------------------===//

/// to(dtype) / to(options) / to(device[, dtype]) / to(other): the dtype of
/// the first argument that gives one; sizes unchanged.
Value to(const OpCall &C) {
  DType T = self(C).Type;
  for (const Expr *A : C.Args) {
    if (isa<CXXDefaultArgExpr>(A))
      continue;
    if (isTensorType(A->getType())) {
      T = C.Eval.tensorOf(A).Type;
      break;
    }
    Value V = C.Eval.valueOf(A);
    if (const auto *O = std::get_if<OptionsValue>(&V); O && O->HasType) {
      T = O->Type;
      break;
    }
  }
  return tensor(C, self(C).Sizes, T);
}

/// toType(dtype): sizes unchanged.
Value toType(const OpCall &C) {
  if (C.Args.empty())
    return std::monostate();
  return tensor(C, self(C).Sizes, dtypeFromOptions(C, C.Args[0], DType::Unknown));
}

//===--- Elementwise ops -------------------------------------------------===//

/// Ops that keep sizes and dtype: clone, detach, contiguous, relu, ...
Value preserve(const OpCall &C) {
  return tensor(C, self(C).Sizes, self(C).Type);
}

/// Ops that keep sizes and give a floating result (exp, log, sigmoid,
/// softmax, ...): an integral input becomes the default Float.
Value floatingResult(const OpCall &C) {
  DType T = self(C).Type;
  if (isIntegral(T) == Tri::True)
    T = DType::Float;
  return tensor(C, self(C).Sizes, T);
}

/// A reduction's `dtype` argument (sum(kDouble), mean({0}, true, kDouble)):
/// the result's dtype, Unknown when it cannot be read, nothing when absent.
std::optional<DType> dtypeArgument(const OpCall &C) {
  const Expr *A = C.arg("dtype");
  if (!A || isa<CXXDefaultArgExpr>(A) || C.Eval.isNone(A))
    return std::nullopt;
  return dtypeFromOptions(C, A, DType::Unknown);
}

/// The result type of an arithmetic op of \p S with \p Other (a tensor or a
/// scalar), where LibTorch's promotion is simple enough to be certain.
DType promote(const OpCall &C, const TensorFact &S, const Expr *Other) {
  if (isTensorType(Other->getType())) {
    DType O = C.Eval.tensorOf(Other).Type;
    if (S.Type == O)
      return O;
    if (isFloating(S.Type) == Tri::True && isIntegral(O) == Tri::True)
      return S.Type;
    if (isFloating(O) == Tri::True && isIntegral(S.Type) == Tri::True)
      return O;
    return DType::Unknown;
  }
  DType Lit = DType::Unknown;
  C.Eval.bracedDataShape(Other, Lit);
  if (Lit == DType::Long)
    return S.Type == DType::Bool ? DType::Unknown : S.Type;
  if (Lit == DType::Float)
    return isIntegral(S.Type) == Tri::True ? DType::Float : S.Type;
  return DType::Unknown;
}

/// add / sub / mul / div and the arithmetic operators: the operands
/// broadcast; integer division gives the default Float.
Value arithmetic(const OpCall &C) {
  if (C.Args.empty())
    return std::monostate();
  const Expr *Other = C.Args[0];
  const TensorFact &S = self(C);
  Shape Sizes = S.Sizes;
  if (isTensorType(Other->getType()))
    Sizes = broadcastShape(S.Sizes, C.Eval.tensorOf(Other).Sizes);
  DType T = promote(C, S, Other);
  // True division of integers gives the default Float; with a rounding
  // mode ("floor", "trunc") the promoted type stays.
  const Expr *Rounding = C.arg("rounding_mode");
  bool Rounds = Rounding && !isa<CXXDefaultArgExpr>(Rounding) &&
                !C.Eval.isNone(Rounding);
  if (C.Name == "div" && !Rounds && isIntegral(T) == Tri::True)
    T = DType::Float;
  // "Subtraction, the `-` operator, with two bool tensors is not supported".
  if (C.Name == "sub" && S.Type == DType::Bool && T == DType::Bool)
    return std::monostate();
  return tensor(C, Sizes, T);
}

/// clamp(min, max): sizes kept; a floating bound promotes an integral
/// tensor (randint(...).clamp(0.5) is Float).
Value clampOp(const OpCall &C) {
  const TensorFact &S = self(C);
  DType T = S.Type;
  for (const char *Bound : {"min", "max"}) {
    const Expr *A = C.arg(Bound);
    if (!A || isa<CXXDefaultArgExpr>(A) || C.Eval.isNone(A))
      continue;
    DType P = promote(C, S, A);
    if (P == DType::Unknown)
      T = DType::Unknown;
    else if (T != DType::Unknown && P != S.Type)
      T = P;
  }
  return tensor(C, S.Sizes, T);
}

/// masked_fill(mask, value): the result has self's and the mask's
/// broadcast sizes (the in-place form keeps self's).
Value maskedFill(const OpCall &C) {
  const TensorFact &S = self(C);
  const Expr *Mask = C.arg("mask");
  if (!Mask)
    return std::monostate();
  return tensor(C, broadcastShape(S.Sizes, C.Eval.tensorOf(Mask).Sizes),
                S.Type);
}

/// softmax / log_softmax(dim, dtype): sizes kept; the dtype argument, or
/// the input's floating type (an options struct may set a dtype: unknown).
Value softmaxOp(const OpCall &C) {
  if (std::optional<DType> Given = dtypeArgument(C))
    return tensor(C, self(C).Sizes, *Given);
  for (const Expr *A : C.Args)
    if (const CXXRecordDecl *RD = recordOf(A->getType()))
      if (RD->getIdentifier() && RD->getName().ends_with("Options")) {
        // F::SoftmaxFuncOptions(1): the default dtype unless one was set.
        Value V = C.Eval.valueOf(A);
        const auto *R = std::get_if<RecordValue>(&V);
        if (!R || R->field("dtype"))
          return tensor(C, self(C).Sizes, DType::Unknown);
      }
  return floatingResult(C);
}

/// eq / ne / lt / le / gt / ge: broadcast, Bool.
Value comparison(const OpCall &C) {
  if (C.Args.empty())
    return std::monostate();
  const Expr *Other = C.Args[0];
  Shape Sizes = self(C).Sizes;
  if (isTensorType(Other->getType()))
    Sizes = broadcastShape(Sizes, C.Eval.tensorOf(Other).Sizes);
  return tensor(C, Sizes, DType::Bool);
}

//===--- Integers read off a tensor --------------------------------------===//

/// size(dim): one size, shared with the tensor (a symbol stays a symbol).
Value sizeOf(const OpCall &C) {
  const Shape &S = self(C).Sizes;
  if (!S.hasRank() || !isIntArg(C.arg(0u)) || S.rank() == 0)
    return std::monostate();
  std::optional<std::size_t> At = wrapDim(C.Eval.intOf(C.Args[0]), S.rank());
  return At ? Value(IntValue{S[*At]}) : Value(std::monostate());
}

/// sizes(): the list of sizes.
Value sizesOf(const OpCall &C) {
  const Shape &S = self(C).Sizes;
  if (!S.hasRank())
    return std::monostate();
  return IntListValue{S.dims()};
}

/// dim(): the rank.
Value rankOf(const OpCall &C) {
  const Shape &S = self(C).Sizes;
  if (!S.hasRank())
    return std::monostate();
  return IntValue{Dim::constant(static_cast<int64_t>(S.rank()))};
}

/// numel(): the element count.
Value numelOf(const OpCall &C) {
  std::optional<Dim> N = self(C).Sizes.numel();
  return N ? Value(IntValue{*N}) : Value(std::monostate());
}


//===--- Reductions, indexing, matrix products --------------------------===//

/// sum / mean: () or (dtype) reduce everything to 0-d; (dim, keepdim)
/// reduce the listed dims. The dtype argument gives the result's dtype;
/// without it an integral sum is Long, and LibTorch refuses the mean of an
/// integral tensor ("mean(): could not infer output dtype").
Value reduce(const OpCall &C) {
  const TensorFact &S = self(C);
  DType T = S.Type;
  if (std::optional<DType> Given = dtypeArgument(C))
    T = *Given;
  else if (C.Name == "sum" && isIntegral(T) == Tri::True)
    T = DType::Long;
  else if (C.Name == "mean" && isIntegral(T) == Tri::True)
    return std::monostate();
  const Expr *D = C.arg("dim");
  if (!D || C.Eval.isNone(D))
    return tensor(C, Shape::of({}), T);
  std::optional<std::vector<Dim>> Dims = C.Eval.intListOf(D);
  if (!Dims)
    return std::monostate(); // dims by name
  const Expr *K = C.arg("keepdim");
  return tensor(C,
                reduceDimsShape(S.Sizes, *Dims, K ? C.Eval.boolOf(K) : Tri::False),
                T);
}

/// An optional<int64_t> bound of a slice: nothing for nullopt / None.
std::optional<int64_t> optionalBound(const OpCall &C, const Expr *E, bool &Known) {
  if (!E || C.Eval.isNone(E))
    return std::nullopt;
  std::optional<int64_t> V = C.Eval.intOf(E).constant();
  Known &= V.has_value();
  return V;
}

/// slice(dim = 0, start = nullopt, end = nullopt, step = 1).
Value slice(const OpCall &C) {
  const Expr *D = C.arg("dim"), *Step = C.arg("step");
  bool Known = true;
  std::optional<int64_t> Start = optionalBound(C, C.arg("start"), Known);
  std::optional<int64_t> End = optionalBound(C, C.arg("end"), Known);
  Shape Out = sliceShape(self(C).Sizes, D ? C.Eval.intOf(D) : Dim::constant(0),
                         Start, End, Step ? C.Eval.intOf(Step) : Dim::constant(1));
  if (!Known && Out.hasRank()) {
    std::optional<std::size_t> At =
        wrapDim(D ? C.Eval.intOf(D) : Dim::constant(0), Out.rank());
    std::vector<Dim> Dims = Out.dims();
    if (At)
      Dims[*At] = Dim();
    Out = Shape::of(std::move(Dims));
  }
  return tensor(C, Out, self(C).Type);
}

/// One torch::indexing::TensorIndex written in index({...}).
std::optional<IndexItem> indexItem(const OpCall &C, const Expr *E) {
  // TensorIndex(x): look at what x was.
  const Expr *Arg = ignoreConversions(E);
  QualType T = Arg->getType();
  IndexItem I;
  if (T->isBooleanType())
    return std::nullopt; // adds a dim of size 0 or 1
  if (T->isIntegerType()) {
    I.K = IndexItem::Select;
    I.Start = C.Eval.intOf(Arg).constant();
    return I;
  }
  if (T->isPointerType() || T->isArrayType()) {
    I.K = IndexItem::Ellipsis; // "..."
    return I;
  }
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD || !RD->getIdentifier())
    return std::nullopt;
  llvm::StringRef Name = RD->getName();
  if (Name == "nullopt_t") {
    I.K = IndexItem::None;
    return I;
  }
  if (Name == "EllipsisIndexType") {
    I.K = IndexItem::Ellipsis;
    return I;
  }
  if (Name == "Slice") {
    I.K = IndexItem::Slice;
    const auto *CE = dyn_cast<CXXConstructExpr>(Arg);
    if (!CE)
      return std::nullopt;
    bool Known = true;
    if (CE->getNumArgs() > 0)
      I.Start = optionalBound(C, CE->getArg(0), Known);
    if (CE->getNumArgs() > 1)
      I.Stop = optionalBound(C, CE->getArg(1), Known);
    if (CE->getNumArgs() > 2) {
      bool StepKnown = true;
      std::optional<int64_t> Step = optionalBound(C, CE->getArg(2), StepKnown);
      I.Step = !StepKnown ? Dim() : Dim::constant(Step ? *Step : 1);
    }
    if (!Known)
      I.Step = Dim(); // the length cannot be told
    return I;
  }
  return std::nullopt; // a tensor index: advanced indexing
}

/// index({Slice(), 0, None, "..."}).
Value indexOp(const OpCall &C) {
  if (C.Args.size() != 1)
    return std::monostate();
  const InitListExpr *List = C.Eval.bracedList(C.Args[0]);
  if (!List)
    return std::monostate();
  std::vector<IndexItem> Items;
  for (const Expr *Init : List->inits()) {
    std::optional<IndexItem> I = indexItem(C, Init);
    if (!I)
      return std::monostate();
    Items.push_back(*I);
  }
  return tensor(C, indexShape(self(C).Sizes, Items), self(C).Type);
}

/// index_select(dim, index).
Value indexSelect(const OpCall &C) {
  if (C.Args.size() != 2 || !isIntArg(C.Args[0]))
    return std::monostate();
  return tensor(C,
                indexSelectShape(self(C).Sizes, C.Eval.intOf(C.Args[0]),
                                 C.Eval.tensorOf(C.Args[1]).Sizes),
                self(C).Type);
}

/// gather(dim, index): the index's sizes.
Value gather(const OpCall &C) {
  if (C.Args.size() < 2)
    return std::monostate();
  return tensor(C, C.Eval.tensorOf(C.Args[1]).Sizes, self(C).Type);
}

/// where / masked_fill-like ops of several tensors: all of them broadcast.
Value broadcastAll(const OpCall &C) {
  Shape S = self(C).Sizes;
  DType T = self(C).Type;
  for (const Expr *A : C.Args)
    if (isTensorType(A->getType())) {
      TensorFact F = C.Eval.tensorOf(A);
      S = broadcastShape(S, F.Sizes);
      if (F.Type != DType::Bool)
        T = join(T, F.Type);
    }
  return tensor(C, S, C.Name == "where" ? T : self(C).Type);
}

/// matmul / mm / bmm.
Value matmul(const OpCall &C) {
  if (C.Args.empty())
    return std::monostate();
  TensorFact O = C.Eval.tensorOf(C.Args[0]);
  const Shape &A = self(C).Sizes, &B = O.Sizes;
  if (C.Name == "mm" && (!A.hasRank() || !B.hasRank() || A.rank() != 2 || B.rank() != 2))
    return std::monostate();
  if (C.Name == "bmm" && (!A.hasRank() || !B.hasRank() || A.rank() != 3 || B.rank() != 3))
    return std::monostate();
  return tensor(C, matmulShape(A, B), join(self(C).Type, O.Type));
}

/// expand(size).
Value expand(const OpCall &C) {
  std::optional<std::vector<Dim>> Sizes =
      C.arg(0u) ? C.Eval.intListOf(C.Args[0]) : std::nullopt;
  if (!Sizes)
    return std::monostate();
  return tensor(C, expandShape(self(C).Sizes, *Sizes), self(C).Type);
}

/// repeat(repeats).
Value repeat(const OpCall &C) {
  std::optional<std::vector<Dim>> Reps =
      C.arg(0u) ? C.Eval.intListOf(C.Args[0]) : std::nullopt;
  if (!Reps)
    return std::monostate();
  return tensor(C, repeatShape(self(C).Sizes, *Reps), self(C).Type);
}

/// unflatten(dim, sizes).
Value unflatten(const OpCall &C) {
  if (C.Args.size() < 2 || !isIntArg(C.Args[0]))
    return std::monostate();
  const Shape &S = self(C).Sizes;
  std::optional<std::vector<Dim>> Sizes = C.Eval.intListOf(C.Args[1]);
  std::optional<std::size_t> At =
      S.hasRank() ? wrapDim(C.Eval.intOf(C.Args[0]), S.rank()) : std::nullopt;
  if (!Sizes || !At || S.rank() == 0)
    return std::monostate();
  Shape Part = viewShape(Shape::of({S[*At]}), *Sizes);
  if (!Part.hasRank())
    return std::monostate();
  std::vector<Dim> Out(S.dims().begin(), S.dims().begin() + *At);
  Out.insert(Out.end(), Part.dims().begin(), Part.dims().end());
  Out.insert(Out.end(), S.dims().begin() + *At + 1, S.dims().end());
  return tensor(C, Shape::of(std::move(Out)), self(C).Type);
}

/// sort(dim, descending) -> (values, indices); topk(k, dim) -> the same
/// with dim's size k.
Value sortLike(const OpCall &C) {
  const TensorFact &S = self(C);
  Shape Out = S.Sizes;
  if (C.Name == "topk") {
    const Expr *K = C.arg("k"), *D = C.arg("dim");
    if (!K || !Out.hasRank())
      return std::monostate();
    Dim DimIndex = D ? C.Eval.intOf(D) : Dim::constant(-1);
    Out = narrowShape(Out, DimIndex, C.Eval.intOf(K));
  }
  TupleValue T;
  T.Elements.push_back(C.Eval.result(C, Out, S.Type));
  TensorFact Indices = C.Eval.result(C, Out, DType::Long);
  Indices.Object = C.Eval.context().objectFor(C.Call, 1);
  T.Elements.push_back(std::move(Indices));
  return T;
}

/// argsort(dim): indices, Long, sizes kept.
Value argsort(const OpCall &C) {
  return tensor(C, self(C).Sizes, DType::Long);
}

/// type_as(other): other's dtype.
Value typeAs(const OpCall &C) {
  if (C.Args.empty())
    return std::monostate();
  return tensor(C, self(C).Sizes, C.Eval.tensorOf(C.Args[0]).Type);
}

/// max_pool2d / avg_pool2d / adaptive_avg_pool2d ...: the ATen form
/// (kernel_size, stride = kernel, padding, dilation) or the functional form
/// (F::MaxPool2dFuncOptions(2)).
Value pooling(const OpCall &C) {
  if (C.Args.empty())
    return std::monostate();
  Value First = C.Eval.valueOf(C.Args[0]);
  if (const ModuleValue *M = asModule(First))
    return tensor(C, forwardShape(*M, self(C).Sizes), self(C).Type);
  llvm::StringRef Name = C.Name;
  unsigned Rank = Name.ends_with("1d") ? 1 : Name.ends_with("2d") ? 2 : 3;
  ModuleValue M = Name.starts_with("adaptive") ? adaptivePoolingModule(Rank)
                                                : poolingModule(Rank);
  auto List = [&](const char *Param, Dim Default) {
    const Expr *E = C.arg(Param);
    std::optional<std::vector<Dim>> L = E ? C.Eval.intListOf(E) : std::nullopt;
    if (!E)
      return std::vector<Dim>(Rank, Default);
    if (!L)
      return std::vector<Dim>(Rank, Dim());
    if (L->size() == 1)
      return std::vector<Dim>(Rank, L->front());
    return L->size() == Rank ? *L : std::vector<Dim>(Rank, Dim());
  };
  if (Name.starts_with("adaptive")) {
    M.Kernel = List("output_size", Dim());
  } else {
    M.Kernel = List("kernel_size", Dim());
    std::optional<std::vector<Dim>> Stride =
        C.arg("stride") ? C.Eval.intListOf(C.arg("stride")) : std::nullopt;
    M.Stride = Stride && Stride->empty() ? M.Kernel : List("stride", Dim());
    M.Padding = List("padding", Dim::constant(0));
    M.Dilation = List("dilation", Dim::constant(1));
    // ceil_mode: the rank is kept, the spatial sizes are not modelled.
    if (const Expr *Ceil = C.arg("ceil_mode");
        Ceil && C.Eval.boolOf(Ceil) != Tri::False)
      return tensor(C,
                    self(C).Sizes.hasRank() ? Shape::ofRank(self(C).Sizes.rank())
                                            : Shape(),
                    self(C).Type);
  }
  return tensor(C, forwardShape(M, self(C).Sizes), self(C).Type);
}

constexpr unsigned MF = Method | Function;

const OpEntry Ops[] = {
    // Factories.
    {"randn", Factory, sizedFactory},
    {"rand", Factory, sizedFactory},
    {"zeros", Factory, sizedFactory},
    {"ones", Factory, sizedFactory},
    {"empty", Factory, sizedFactory},
    {"full", Factory, full},
    {"randint", Factory, randint},
    {"arange", Factory, arange},
    {"tensor", Factory, tensorLiteral},
    {"from_blob", Factory, fromBlob},
    {"eye", Factory, eye},
    {"linspace", Factory, linspace},
    {"stack", Factory, stack},
    {"cat", Factory, cat},
    {"randn_like", Function, likeFactory},
    {"rand_like", Function, likeFactory},
    {"zeros_like", Function, likeFactory},
    {"ones_like", Function, likeFactory},
    {"empty_like", Function, likeFactory},
    {"full_like", Function, likeFactory},
    {"randint_like", Function, likeFactory},
    // Shape ops.
    {"view", Method, view},
    {"reshape", MF, view},
    {"view_as", Method, viewAs},
    {"reshape_as", Method, viewAs},
    {"expand_as", Method, viewAs},
    {"unsqueeze", MF | InPlace, unsqueeze},
    {"squeeze", MF | InPlace, squeeze},
    {"flatten", MF, flatten},
    {"argmax", MF, argReduce},
    {"argmin", MF, argReduce},
    {"max", MF, maxMin},
    {"min", MF, maxMin},
    {"one_hot", Function, oneHot},
    {"permute", MF, permute},
    {"transpose", MF | InPlace, transpose},
    {"t", MF | InPlace, transpose2d},
    {"select", MF, select},
    {"operator[]", Method, select},
    {"narrow", MF, narrow},
    // Dtype conversions.
    {"to", Method, to},
    {"toType", Method, toType},
    // Sizes and dtype kept.
    {"clone", MF, preserve},
    {"detach", MF | InPlaceSame, preserve},
    {"contiguous", Method, preserve},
    {"cpu", Method, preserve},
    {"cuda", Method, preserve},
    {"relu", MF | InPlaceSame, preserve},
    {"abs", MF | InPlaceSame, preserve},
    {"neg", MF | InPlaceSame, preserve},
    {"clamp", MF | InPlaceSame, clampOp},
    {"requires_grad", InPlaceSame, preserve},
    {"zero", InPlaceSame, preserve},
    {"fill", InPlaceSame, preserve},
    {"normal", InPlaceSame, preserve},
    {"uniform", InPlaceSame, preserve},
    {"copy", InPlaceSame, preserve},
    {"masked_fill", MF | InPlaceSame, maskedFill},
    // Sizes kept, floating result.
    {"sigmoid", MF | InPlaceSame, floatingResult},
    {"tanh", MF | InPlaceSame, floatingResult},
    {"exp", MF | InPlaceSame, floatingResult},
    {"log", MF | InPlaceSame, floatingResult},
    {"sqrt", MF | InPlaceSame, floatingResult},
    {"softmax", MF, softmaxOp},
    {"log_softmax", MF, softmaxOp},
    // Broadcasting binary ops.
    {"add", MF | InPlaceSame, arithmetic},
    {"sub", MF | InPlaceSame, arithmetic},
    {"mul", MF | InPlaceSame, arithmetic},
    {"div", MF | InPlaceSame, arithmetic},
    {"eq", MF, comparison},
    {"ne", MF, comparison},
    {"lt", MF, comparison},
    {"le", MF, comparison},
    {"gt", MF, comparison},
    {"ge", MF, comparison},
    {"pow", MF | InPlaceSame, arithmetic},
    {"maximum", MF, arithmetic},
    {"minimum", MF, arithmetic},
    {"remainder", MF | InPlaceSame, arithmetic},
    {"where", MF, broadcastAll},
    // Reductions, indexing, matrix products.
    {"sum", MF, reduce},
    {"mean", MF, reduce},
    {"slice", MF, slice},
    {"index", Method, indexOp},
    {"index_select", MF, indexSelect},
    {"gather", MF, gather},
    {"matmul", MF, matmul},
    {"mm", MF, matmul},
    {"bmm", MF, matmul},
    {"expand", Method, expand},
    {"repeat", Method, repeat},
    {"unflatten", MF, unflatten},
    {"sort", MF, sortLike},
    {"topk", MF, sortLike},
    {"argsort", MF, argsort},
    {"type_as", Method, typeAs},
    {"swapaxes", MF | InPlace, transpose},
    {"swapdims", MF | InPlace, transpose},
    {"dropout", Function, preserve},
    {"max_pool1d", Function, pooling},
    {"max_pool2d", Function, pooling},
    {"max_pool3d", Function, pooling},
    {"avg_pool1d", Function, pooling},
    {"avg_pool2d", Function, pooling},
    {"avg_pool3d", Function, pooling},
    {"adaptive_avg_pool1d", Function, pooling},
    {"adaptive_avg_pool2d", Function, pooling},
    {"adaptive_avg_pool3d", Function, pooling},
    // Integers read off a tensor.
    {"size", MF, sizeOf},
    {"sizes", Method, sizesOf},
    {"dim", Method, rankOf},
    {"numel", MF, numelOf},
};

} // namespace

const OpEntry *findOp(llvm::StringRef Name, OpForm Form, bool InPlaceCall) {
  for (const OpEntry &E : Ops) {
    if (E.Name != Name)
      continue;
    if (InPlaceCall) {
      // x.op_(...) is a method; at::op_(x, ...) exists for a few ops too.
      if ((E.Forms & (InPlace | InPlaceSame)) && Form != Factory)
        return &E;
      continue;
    }
    if (E.Forms & Form)
      return &E;
  }
  return nullptr;
}

llvm::ArrayRef<OpEntry> allOps() { return Ops; }

} // namespace clang::tidy::torch
