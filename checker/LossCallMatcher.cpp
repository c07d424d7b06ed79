//===--- LossCallMatcher.cpp - Finding the loss calls of the catalog ------===//

#include "LossCallMatcher.h"
#include "engine/TorchTypes.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchers.h"

#include <string>
#include <vector>

using namespace clang::ast_matchers;

namespace clang::tidy::torch {

namespace {

constexpr llvm::StringLiteral LossCallId = "loss-call";

std::vector<std::string> catalogNames(torchtidy::EntryKind Kind) {
  std::vector<std::string> Names;
  for (const torchtidy::LossEntry &E : torchtidy::lossEntries())
    if (E.Kind == Kind)
      Names.push_back("::" + std::string(E.QualifiedName));
  return Names;
}

std::vector<llvm::StringRef> refs(const std::vector<std::string> &Names) {
  return std::vector<llvm::StringRef>(Names.begin(), Names.end());
}

} // namespace

const FunctionDecl *enclosingFunction(const Expr *E, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(*E);
  for (int Depth = 0; Depth < 512 && !Parents.empty(); ++Depth) {
    const DynTypedNode &P = Parents[0];
    if (const auto *LE = P.get<LambdaExpr>())
      return LE->getCallOperator();
    if (const auto *FD = P.get<FunctionDecl>())
      return FD;
    if (P.get<Decl>() && !P.get<VarDecl>() && !P.get<DeclStmt>())
      return nullptr; // a class or namespace scope: not in a function body
    Parents = Ctx.getParents(P);
  }
  return nullptr;
}

void registerLossCallMatchers(MatchFinder *Finder,
                              MatchFinder::MatchCallback *Check) {
  // Names stay alive for the matchers' lifetime: hasAnyName copies them.
  std::vector<std::string> Modules = catalogNames(torchtidy::EntryKind::Module);
  std::vector<std::string> Functions =
      catalogNames(torchtidy::EntryKind::Functional);
  std::vector<std::string> ATen = catalogNames(torchtidy::EntryKind::ATen);
  Functions.insert(Functions.end(), ATen.begin(), ATen.end());

  // A template's written code is checked once, not per instantiation.
  auto Written = unless(isInTemplateInstantiation());

  // loss(x, y) on a torch::nn::XxxLoss holder.
  Finder->addMatcher(
      cxxOperatorCallExpr(
          hasOverloadedOperatorName("()"),
          callee(cxxMethodDecl(ofClass(hasName("::torch::nn::ModuleHolder")))),
          Written)
          .bind(LossCallId),
      Check);
  // loss->forward(x, y), loss.forward(x, y) on the Impl.
  Finder->addMatcher(
      cxxMemberCallExpr(callee(cxxMethodDecl(
                            hasName("forward"),
                            ofClass(cxxRecordDecl(hasAnyName(refs(Modules)))))),
                        Written)
          .bind(LossCallId),
      Check);
  // torch::nn::functional::xxx(x, y, ...) and torch:: / at::xxx(x, y, ...).
  Finder->addMatcher(
      callExpr(callee(functionDecl(hasAnyName(refs(Functions)))), Written)
          .bind(LossCallId),
      Check);
}

std::optional<LossCall>
getLossCall(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>(LossCallId);
  if (!Call)
    return std::nullopt;
  const torchtidy::LossEntry *Entry = nullptr;
  unsigned Offset = 0;
  if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(Call)) {
    const CXXRecordDecl *Impl =
        OCE->getNumArgs() ? moduleImplOf(OCE->getArg(0)->getType()) : nullptr;
    if (!Impl)
      return std::nullopt;
    Entry = torchtidy::findLossEntry(torchtidy::EntryKind::Module,
                                     qualifiedName(Impl));
    Offset = 1; // the holder object is argument 0
  } else if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(Call)) {
    const CXXMethodDecl *MD = MCE->getMethodDecl();
    if (!MD)
      return std::nullopt;
    Entry = torchtidy::findLossEntry(torchtidy::EntryKind::Module,
                                     qualifiedName(MD->getParent()));
  } else if (const FunctionDecl *FD = Call->getDirectCallee()) {
    std::string Name = qualifiedName(FD);
    Entry = torchtidy::findLossEntry(torchtidy::EntryKind::Functional, Name);
    if (!Entry)
      Entry = torchtidy::findLossEntry(torchtidy::EntryKind::ATen, Name);
  }
  if (!Entry)
    return std::nullopt;
  unsigned In = Entry->InputArg + Offset, Tg = Entry->TargetArg + Offset;
  if (In >= Call->getNumArgs() || Tg >= Call->getNumArgs())
    return std::nullopt;
  const FunctionDecl *Fn = enclosingFunction(Call, *Result.Context);
  // LibTorch's own inline code calls losses too; it is not the user's.
  if (!Fn || !Fn->hasBody() || isInTorchLibrary(Fn))
    return std::nullopt;
  return LossCall{Entry, Call, Call->getArg(In), Call->getArg(Tg), Fn};
}

} // namespace clang::tidy::torch
