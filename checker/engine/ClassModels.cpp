//===--- ClassModels.cpp - LibTorch's value classes the engine reads ------===//

#include "ClassModels.h"
#include "AstUtils.h"
#include "DataModels.h"
#include "ExprEvaluator.h"
#include "TensorLists.h"
#include "TorchTypes.h"

#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::torch {

namespace {

bool isNamedClass(const CXXRecordDecl *RD, llvm::StringRef Name,
                  std::initializer_list<llvm::StringRef> NS) {
  return RD && RD->getIdentifier() && RD->getName() == Name &&
         isDeclaredIn(RD, NS);
}

//===--- Constructions ---------------------------------------------------===//

/// c10::OptionalArrayRef<int64_t> (the dims of sum / mean): a list, or an
/// integer made a list of one, or nothing.
Value constructOptionalArrayRef(const CXXConstructExpr *E,
                                ExprEvaluator &Eval) {
  if (E->getNumArgs() == 0)
    return NoneValue{};
  Value V = Eval.intListOfConstruction(E);
  return std::holds_alternative<std::monostate>(V) && E->getNumArgs() == 1
             ? Eval.valueOf(E->getArg(0)) // c10::nullopt
             : V;
}

/// c10::ArrayRef<int64_t> (IntArrayRef): a braced list, one integer, or a
/// list converted.
Value constructArrayRef(const CXXConstructExpr *E, ExprEvaluator &Eval) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(recordOf(E->getType()));
  if (!Spec || Spec->getTemplateArgs().size() != 1 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type ||
      !Spec->getTemplateArgs()[0].getAsType()->isIntegerType())
    return std::monostate();
  if (E->getNumArgs() == 0)
    return IntListValue{};
  return Eval.intListOfConstruction(E);
}

/// c10::TensorOptions: a dtype, the default, or a copy.
Value constructTensorOptions(const CXXConstructExpr *E, ExprEvaluator &Eval) {
  if (E->getNumArgs() == 0)
    return OptionsValue{};
  const Expr *A = E->getArg(0);
  Value V = Eval.valueOf(A);
  if (std::holds_alternative<OptionsValue>(V))
    return V;
  // A copy of options the engine does not know.
  if (isNamedClass(recordOf(A->getType()), "TensorOptions", {"c10"}))
    return std::monostate();
  // TensorOptions(Device), (Layout), (MemoryFormat): the dtype is left to
  // the default.
  if (recordOf(A->getType()) || A->getType()->isEnumeralType())
    return OptionsValue{};
  return std::monostate();
}

/// c10::optional / std::optional: empty, or its value.
Value constructOptional(const CXXConstructExpr *E, ExprEvaluator &Eval) {
  if (E->getNumArgs() == 0)
    return NoneValue{};
  const Expr *A = E->getArg(0);
  if (const CXXRecordDecl *AR = recordOf(A->getType()))
    if (AR->getIdentifier() && AR->getName() == "nullopt_t")
      return NoneValue{};
  return Eval.valueOf(A);
}

/// A class that holds the one value it is built from (c10::Scalar, a
/// variant's converting constructor).
Value constructHolder(const CXXConstructExpr *E, ExprEvaluator &Eval) {
  return E->getNumArgs() == 1 ? Eval.valueOf(E->getArg(0))
                              : Value(std::monostate());
}

/// torch::ExpandingArray<D>: a kernel size, stride, ... given as one
/// number for every dim or as a list.
Value constructIntList(const CXXConstructExpr *E, ExprEvaluator &Eval) {
  return Eval.intListOfConstruction(E);
}

/// std::vector<torch::Tensor>: empty, a braced list, or a copy.
Value constructTensorVector(const CXXConstructExpr *E, ExprEvaluator &Eval) {
  if (!isTensorVector(E->getType()))
    return std::monostate();
  if (E->getNumArgs() == 0)
    return TensorListValue{};
  // vector(initializer_list, const allocator & = {}).
  if (const InitListExpr *IL = writtenBracedList(E->getArg(0))) {
    TensorListValue L;
    for (const Expr *Init : IL->inits())
      L = L.pushed(Eval.tensorOf(Init));
    return L;
  }
  if (E->getNumArgs() == 1 && E->getConstructor() &&
      E->getConstructor()->isCopyOrMoveConstructor())
    return Eval.valueOf(E->getArg(0));
  return std::monostate();
}

//===--- Methods ---------------------------------------------------------===//

/// std::vector<torch::Tensor>'s reads (and an unstacked batch's): size(),
/// empty(), [i], at(i), front(), back(). An index the engine cannot compute reads what holds of
/// every element.
Value tensorVectorMethod(llvm::StringRef Name, const Value &Self,
                         llvm::ArrayRef<const Expr *> Args,
                         ExprEvaluator &Eval) {
  if (const DataValue *Batch = asData(Self))
    return examplesMethod(Name, *Batch); // std::vector<Example<>>
  const auto *L = std::get_if<TensorListValue>(&Self);
  if (!L)
    return std::monostate();
  // A size LibTorch could not have made from a negative count: only a
  // plain number is given (a loop's symbolic trip count may be negative).
  if (Name == "size")
    if (std::optional<int64_t> N = L->count().constant())
      return IntValue{Dim::constant(*N)};
  if (Name == "empty")
    if (std::optional<int64_t> N = L->count().constant())
      return IntValue{Dim::constant(*N == 0)};
  if (L->count().equals(0) == Tri::True)
    return std::monostate(); // reading an empty vector: undefined
  if ((Name == "at" || Name == "operator[]") && Args.size() == 1) {
    if (std::optional<int64_t> I = Eval.intOf(Args[0]).constant();
        I && L->Exact) {
      if (*I >= 0 && static_cast<std::size_t>(*I) < L->Elements.size())
        return L->Elements[*I];
      return std::monostate();
    }
    return L->each();
  }
  if (Name == "front")
    return L->Exact ? Value(L->Elements.front()) : Value(L->Each);
  if (Name == "back")
    return L->Exact ? Value(L->Elements.back()) : Value(L->Each);
  return std::monostate();
}

/// IntArrayRef: size(), vec(), [i], at(i), front(), back().
Value intListMethod(llvm::StringRef Name, const Value &Self,
                    llvm::ArrayRef<const Expr *> Args, ExprEvaluator &Eval) {
  const auto *L = std::get_if<IntListValue>(&Self);
  if (!L)
    return std::monostate();
  if (Name == "size")
    return IntValue{Dim::constant(static_cast<int64_t>(L->Elements.size()))};
  if (Name == "vec")
    return Self;
  if ((Name == "at" || Name == "operator[]") && Args.size() == 1)
    if (std::optional<int64_t> I = Eval.intOf(Args[0]).constant())
      if (*I >= 0 && static_cast<std::size_t>(*I) < L->Elements.size())
        return IntValue{L->Elements[*I]};
  if (Name == "front" && !L->Elements.empty())
    return IntValue{L->Elements.front()};
  if (Name == "back" && !L->Elements.empty())
    return IntValue{L->Elements.back()};
  return std::monostate();
}

/// TensorOptions: dtype(t) sets the dtype; device(), requires_grad(),
/// layout(), ... keep it.
Value tensorOptionsMethod(llvm::StringRef Name, const Value &Self,
                          llvm::ArrayRef<const Expr *> Args,
                          ExprEvaluator &Eval) {
  if (Name == "dtype" && Args.size() == 1) {
    Value T = Eval.valueOf(Args[0]);
    if (std::holds_alternative<OptionsValue>(T))
      return T;
    return OptionsValue{true, DType::Unknown};
  }
  return Self;
}

const ClassModel Classes[] = {
    {"c10", "OptionalArrayRef", constructOptionalArrayRef, nullptr},
    {"c10", "ArrayRef", constructArrayRef, intListMethod},
    {"c10", "TensorOptions", constructTensorOptions, tensorOptionsMethod},
    {"c10", "optional", constructOptional, nullptr},
    {"std", "optional", constructOptional, nullptr},
    {"c10", "Scalar", constructHolder, nullptr},
    {"torch", "ExpandingArray", constructIntList, nullptr},
    {"c10", "variant", constructHolder, nullptr},
    {"std", "variant", constructHolder, nullptr},
    {"std", "vector", constructTensorVector, tensorVectorMethod},
};

//===--- Functions -------------------------------------------------------===//

/// std::get<I>(tuple): one element of a tuple of tensors.
Value stdGet(const CallExpr *, const FunctionDecl *FD,
             llvm::ArrayRef<const Expr *> Args, ExprEvaluator &Eval) {
  const TemplateArgumentList *TA = FD->getTemplateSpecializationArgs();
  if (Args.size() != 1 || !TA || TA->size() < 1 ||
      TA->get(0).getKind() != TemplateArgument::Integral)
    return std::monostate();
  Value T = Eval.valueOf(Args[0]);
  const auto *Tu = std::get_if<TupleValue>(&T);
  std::optional<int64_t> I = TA->get(0).getAsIntegral().trySExtValue();
  if (Tu && I && *I >= 0 && static_cast<std::size_t>(*I) < Tu->Elements.size())
    return Tu->Elements[*I];
  return std::monostate();
}

/// std::move(x), std::forward<T>(x): x.
Value passedOn(const CallExpr *, const FunctionDecl *,
               llvm::ArrayRef<const Expr *> Args, ExprEvaluator &Eval) {
  return Args.size() == 1 ? Eval.valueOf(Args[0]) : Value(std::monostate());
}

const FunctionModel Functions[] = {
    {"std", "get", stdGet},
    {"std", "move", passedOn},
    {"std", "forward", passedOn},
};

} // namespace

const ClassModel *findClassModel(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return nullptr;
  for (const ClassModel &C : Classes)
    if (RD->getName() == C.Name && isDeclaredIn(RD, {C.Namespace}))
      return &C;
  return nullptr;
}

const FunctionModel *findFunctionModel(const FunctionDecl *FD) {
  if (!FD || !FD->getIdentifier())
    return nullptr;
  for (const FunctionModel &F : Functions)
    if (FD->getName() == F.Name && isDeclaredIn(FD, {F.Namespace}))
      return &F;
  return nullptr;
}

} // namespace clang::tidy::torch
