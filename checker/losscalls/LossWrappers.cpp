//===--- LossWrappers.cpp - A project's functions that forward to a loss --===//

#include "LossWrappers.h"
#include "engine/AstUtils.h"
#include "engine/TorchTypes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"

#include <algorithm>
#include <utility>

namespace clang::tidy::torch {

namespace {

/// The loss's tensor arguments, in the order of its positions: what the
/// option's parameter list maps to. Each is (position, slot) where the
/// slot indexes Forwarding::Params.
std::vector<std::pair<int, int>> tensorSlots(const torchtidy::LossEntry &E) {
  std::vector<std::pair<int, int>> Slots;
  const int Pos[5] = {E.Args.Input, E.Args.Target, E.Args.Input2,
                      E.Args.InputLengths, E.Args.TargetLengths};
  for (int Slot = 0; Slot < 5; ++Slot)
    if (Pos[Slot] >= 0)
      Slots.push_back({Pos[Slot], Slot});
  std::sort(Slots.begin(), Slots.end());
  return Slots;
}

/// The parameter of \p FD that \p E names, through conversions and copies.
int parameterIndex(const FunctionDecl *FD, const Expr *E) {
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(ignoreConversions(E));
  const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  if (!P)
    return -1;
  for (unsigned I = 0; I < FD->getNumParams(); ++I)
    if (FD->getParamDecl(I) == P)
      return static_cast<int>(I);
  return -1;
}

/// The call a `return` statement returns, through the copies and
/// temporaries clang wraps it in.
const CallExpr *returnedCall(const Stmt *S) {
  const auto *Ret = dyn_cast_or_null<ReturnStmt>(S);
  const Expr *E = Ret ? ignoreConversions(Ret->getRetValue()) : nullptr;
  // `return torch::Tensor(loss(...));` spells a copy.
  while (const auto *FC = dyn_cast_or_null<CXXFunctionalCastExpr>(E))
    E = ignoreConversions(FC->getSubExpr());
  return dyn_cast_or_null<CallExpr>(E);
}

std::string trimmed(llvm::StringRef S) { return S.trim().str(); }

} // namespace

LossWrappers::LossWrappers(llvm::StringRef Option,
                           std::vector<std::string> &Errors) {
  llvm::SmallVector<llvm::StringRef, 4> Items;
  Option.split(Items, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Item : Items) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    auto [Lhs, Loss] = Item.split('=');
    const torchtidy::LossEntry *Entry =
        torchtidy::findLossEntryByName(Loss.trim());
    Lhs = Lhs.trim();
    if (!Entry || Lhs.empty()) {
      Errors.push_back(Item.str());
      continue;
    }
    Declared D;
    D.How.Entry = Entry;
    std::vector<std::pair<int, int>> Slots = tensorSlots(*Entry);
    std::vector<int> Params;
    if (Lhs.ends_with(")")) {
      auto [Name, List] = Lhs.drop_back().split('(');
      Lhs = Name.trim();
      llvm::SmallVector<llvm::StringRef, 4> Numbers;
      List.split(Numbers, ',');
      for (llvm::StringRef N : Numbers) {
        unsigned V;
        if (N.trim().getAsInteger(10, V)) {
          Params.clear();
          break;
        }
        Params.push_back(static_cast<int>(V));
      }
      if (Params.size() != Slots.size()) {
        Errors.push_back(Item.str());
        continue;
      }
    } else {
      for (const auto &[Pos, Slot] : Slots)
        Params.push_back(Pos);
    }
    for (std::size_t I = 0; I < Slots.size(); ++I)
      D.How.Params[Slots[I].second] = Params[I];
    D.Name = trimmed(Lhs.starts_with("::") ? Lhs.drop_front(2) : Lhs);
    Declarations.push_back(std::move(D));
  }
}

std::optional<LossWrappers::Forwarding>
LossWrappers::findForwarding(const FunctionDecl *FD) {
  std::string Name = qualifiedName(FD);
  for (const Declared &D : Declarations)
    if (D.Name == Name)
      return D.How;
  // Found in the translation unit: a function (or method, or a template's
  // instantiation) whose whole body is `return <loss call>;` on its own
  // parameters.
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !Def || Def->isTemplated() ||
      isa<CXXConstructorDecl>(Def) || Def->isOverloadedOperator())
    return std::nullopt;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Def->getBody());
  if (!Body || Body->size() != 1)
    return std::nullopt;
  const CallExpr *Inner = returnedCall(Body->body_front());
  std::optional<LossCall> LC = Inner ? catalogCall(Inner) : std::nullopt;
  if (!LC)
    return std::nullopt;
  Forwarding F;
  F.Entry = LC->Entry;
  F.Inner = Inner;
  const Expr *Tensors[5] = {LC->Input, LC->Target, LC->Input2, LC->InputLengths,
                            LC->TargetLengths};
  for (int Slot = 0; Slot < 5; ++Slot) {
    if (!Tensors[Slot])
      continue;
    F.Params[Slot] = parameterIndex(Def, Tensors[Slot]);
    if (F.Params[Slot] < 0)
      return std::nullopt; // not a parameter: not a visible forwarding
  }
  return F;
}

std::optional<LossCall> LossWrappers::callThrough(const CallExpr *Call,
                                                  const FunctionDecl *Callee) {
  const FunctionDecl *Key = Callee->getCanonicalDecl();
  auto [It, Inserted] = Found.try_emplace(Key);
  if (Inserted)
    It->second = findForwarding(Callee);
  if (!It->second)
    return std::nullopt;
  const Forwarding &F = *It->second;
  auto Arg = [&](int Param) -> const Expr * {
    if (Param < 0 || static_cast<unsigned>(Param) >= Call->getNumArgs())
      return nullptr;
    return Call->getArg(Param);
  };
  LossCall LC;
  LC.Entry = F.Entry;
  LC.Call = Call;
  LC.Input = Arg(F.Params[0]);
  LC.Target = Arg(F.Params[1]);
  LC.Input2 = Arg(F.Params[2]);
  LC.InputLengths = Arg(F.Params[3]);
  LC.TargetLengths = Arg(F.Params[4]);
  if (!LC.Input || !LC.Target || (F.Params[2] >= 0 && !LC.Input2) ||
      (F.Params[3] >= 0 && (!LC.InputLengths || !LC.TargetLengths)))
    return std::nullopt;
  LC.Wrapper = Callee;
  if (F.Inner) {
    LC.LibTorchCall = F.Inner;
    const FunctionDecl *Def = nullptr;
    Callee->hasBody(Def);
    LC.LibTorchFunction = Def;
  }
  return LC;
}

} // namespace clang::tidy::torch
