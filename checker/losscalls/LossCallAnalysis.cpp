//===--- LossCallAnalysis.cpp - Facts and LibTorch's verdict at a loss call ===//

#include "LossCallAnalysis.h"

#include "engine/AstUtils.h"

#include "clang/AST/ExprCXX.h"

namespace clang::tidy::torch {

namespace {

torchtidy::TensorOperand operand(const TensorFact &F) {
  return torchtidy::TensorOperand{F.Sizes, F.Type};
}

/// The argument at \p Pos of a catalog call (after a module holder).
const Expr *argument(const LossCall &Call, int Pos) {
  llvm::ArrayRef<const Expr *> Args = parameterArguments(Call.LibTorchCall);
  if (Pos < 0 || static_cast<std::size_t>(Pos) >= Args.size())
    return nullptr;
  return Args[Pos];
}

/// An integer setting: what the engine found, or a constant.
Dim integerOf(const Expr *E, const FunctionShapes &Shapes, ASTContext &Ctx) {
  if (!E)
    return Dim();
  if (std::optional<Value> V = Shapes.value(E))
    if (const auto *I = std::get_if<IntValue>(&*V); I && I->Value.isKnown())
      return I->Value;
  if (std::optional<int64_t> C = constantIntOf(E, Ctx))
    return Dim::constant(*C);
  return Dim();
}

/// The settings of a module's or functional form's options struct, when
/// the engine followed them.
std::optional<RecordValue> settingsOf(const LossCall &Call,
                                    const FunctionShapes &Shapes) {
  const torchtidy::LossEntry &E = *Call.Entry;
  if (E.Kind == torchtidy::EntryKind::Module) {
    std::optional<Value> V = Shapes.value(moduleObject(Call.LibTorchCall));
    if (const auto *M = V ? asModule(*V) : nullptr;
        M && M->isLoss())
      return M->Options;
    return std::nullopt;
  }
  const Expr *Options = argument(Call, E.Args.Options);
  if (!Options)
    return std::nullopt;
  if (isa<CXXDefaultArgExpr>(Options->IgnoreImplicit()))
    return RecordValue{}; // `options = {}`: every default
  if (std::optional<Value> V = Shapes.value(Options))
    if (const auto *R = std::get_if<RecordValue>(&*V))
      return *R;
  return std::nullopt;
}

/// The options that change a rule, as far as they are known.
torchtidy::LossOptions optionsOf(const LossCall &Call,
                                 ShapeAnalysisCache &Cache, ASTContext &Ctx) {
  torchtidy::LossOptions O;
  O.IgnoreIndexNonNegative = Tri::Unknown;
  O.Swap = Tri::Unknown;
  O.CTCBlank = Dim();
  if (!Call.LibTorchCall || !Call.LibTorchFunction)
    return O;
  const FunctionShapes &Shapes = Cache.get(Call.LibTorchFunction, Ctx);
  if (!Shapes.complete())
    return O;
  const torchtidy::LossEntry &E = *Call.Entry;
  std::optional<RecordValue> Record;
  if (E.Kind != torchtidy::EntryKind::ATen)
    Record = settingsOf(Call, Shapes);
  // A setting from the options struct, or from ATen's argument.
  auto Setting = [&](llvm::StringRef Field, int AtenArg,
                     int64_t Default) -> Dim {
    if (E.Kind == torchtidy::EntryKind::ATen)
      return AtenArg < 0 ? Dim::constant(Default)
                         : integerOf(argument(Call, AtenArg), Shapes, Ctx);
    if (!Record)
      return Dim();
    const Dim *D = Record->field(Field);
    return D ? *D : Dim::constant(Default);
  };
  if (std::optional<int64_t> I =
          Setting("ignore_index", E.Args.IgnoreIndex, -100).constant())
    O.IgnoreIndexNonNegative = torchtidy::triOf(*I >= 0);
  if (std::optional<int64_t> S = Setting("swap", E.Args.Swap, 0).constant())
    O.Swap = torchtidy::triOf(*S != 0);
  O.CTCBlank = Setting("blank", E.Args.Blank, 0);
  return O;
}

/// A CTC lengths argument: a tensor, or an IntArrayRef whose values the
/// engine may know.
torchtidy::LengthsOperand lengthsOf(const Expr *E, bool IntList,
                                    const FunctionShapes &Shapes) {
  torchtidy::LengthsOperand L;
  if (!IntList) {
    if (std::optional<TensorFact> F = Shapes.tensorFact(E)) {
      L.Sizes = F->Sizes;
      L.Type = F->Type;
    }
    return L;
  }
  L.Type = DType::Long;
  std::optional<Value> V = Shapes.value(E);
  const auto *List = V ? std::get_if<IntListValue>(&*V) : nullptr;
  if (!List)
    return L;
  L.Sizes = Shape::of(
      {Dim::constant(static_cast<int64_t>(List->Elements.size()))});
  bool AllKnown = true;
  for (const Dim &D : List->Elements)
    AllKnown &= D.isKnown();
  if (AllKnown)
    L.Values = List->Elements;
  return L;
}

} // namespace

std::optional<LossCallFacts> analyzeLossCall(const LossCall &Call,
                                             ShapeAnalysisCache &Cache,
                                             ASTContext &Ctx) {
  return analyzeLossCallWith(Call, Cache.get(Call.Function, Ctx), Cache, Ctx);
}

std::optional<LossCallFacts> analyzeLossCallWith(const LossCall &Call,
                                                 const FunctionShapes &Shapes,
                                                 ShapeAnalysisCache &Cache,
                                                 ASTContext &Ctx) {
  if (!Shapes.complete())
    return std::nullopt;
  std::optional<TensorFact> Target = Shapes.tensorFact(Call.Target);
  if (!Target)
    return std::nullopt;
  LossCallFacts Facts;
  Facts.Target = std::move(*Target);
  if (std::optional<TensorFact> Input = Shapes.tensorFact(Call.Input))
    Facts.Input = std::move(*Input);
  if (Call.Input2)
    if (std::optional<TensorFact> Input2 = Shapes.tensorFact(Call.Input2))
      Facts.Input2 = std::move(*Input2);
  Facts.Symbols = &Shapes.symbols();
  Facts.Operands.Input = operand(Facts.Input);
  Facts.Operands.Target = operand(Facts.Target);
  Facts.Operands.Input2 = operand(Facts.Input2);
  if (Call.InputLengths) {
    bool IntList = Call.Entry->Rules == torchtidy::LossRuleSet::CTCIntList;
    Facts.Operands.InputLengths = lengthsOf(Call.InputLengths, IntList, Shapes);
    Facts.Operands.TargetLengths =
        lengthsOf(Call.TargetLengths, IntList, Shapes);
  }
  Facts.Options = optionsOf(Call, Cache, Ctx);
  Facts.Verdict = torchtidy::evaluateLoss(Call.Entry->Rules, Facts.Operands,
                                          Facts.Options, Facts.Symbols);
  return Facts;
}

torchtidy::LossVerdict verdictWith(const LossCall &Call,
                                   const LossCallFacts &Facts,
                                   const torchtidy::LossOperands &Operands) {
  return torchtidy::evaluateLoss(Call.Entry->Rules, Operands, Facts.Options,
                                 Facts.Symbols);
}

torchtidy::LossVerdict verdictWithTarget(const LossCall &Call,
                                         const LossCallFacts &Facts,
                                         const Shape &Sizes, DType Type) {
  torchtidy::LossOperands Ops = Facts.Operands;
  Ops.Target = torchtidy::TensorOperand{Sizes, Type};
  return verdictWith(Call, Facts, Ops);
}

} // namespace clang::tidy::torch
