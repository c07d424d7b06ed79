//===--- LossCallMatcher.cpp - Finding the loss calls of the catalog ------===//

#include "LossCallMatcher.h"
#include "LossWrappers.h"
#include "engine/AstUtils.h"
#include "engine/TorchTypes.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchers.h"

#include <string>
#include <vector>

using namespace clang::ast_matchers;

namespace clang::tidy::torch {

namespace {

constexpr llvm::StringLiteral LossCallId = "loss-call";
constexpr llvm::StringLiteral FunctionId = "loss-function";

AST_MATCHER(FunctionDecl, isInTorchLibraryCode) {
  return isInTorchLibrary(&Node);
}

/// Whether \p FD is a template instantiation or inside one. (The stock
/// isInstantiated() matcher asks the parent map, which costs seconds to
/// build on a LibTorch translation unit.)
AST_MATCHER(FunctionDecl, isInstantiatedCode) {
  return isInTemplateInstantiation(&Node);
}
constexpr llvm::StringLiteral WrapperCallId = "wrapper-call";

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

const Expr *argAt(const CallExpr *Call, int Pos, unsigned Offset) {
  if (Pos < 0 || Pos + Offset >= Call->getNumArgs())
    return nullptr;
  return Call->getArg(Pos + Offset);
}

} // namespace

ast_matchers::DeclarationMatcher
userFunctionWith(const ast_matchers::StatementMatcher &Inner) {
  // Each function body is searched once, so the call's function is known
  // without a parent map of the whole translation unit (that map costs
  // seconds on a LibTorch TU). A call inside a lambda is found from both
  // the enclosing function, whose CFG does not hold it (no facts: silence),
  // and the lambda's call operator, which is analyzed on its own.
  return functionDecl(isDefinition(),
                      // A template's written code and each instantiation
                      // (whose types are concrete) are searched; the checks
                      // report a call once (LossCheck.cpp).
                      // Library code (LibTorch's own inline code, which
                      // calls losses too, the standard library) is not the
                      // user's, and searching it would cost seconds.
                      unless(isInTorchLibraryCode()),
                      unless(isExpansionInSystemHeader()),
                      hasBody(forEachDescendant(Inner)))
      .bind(FunctionId);
}

void registerLossCallMatchers(MatchFinder *Finder,
                              MatchFinder::MatchCallback *Check) {
  // Names stay alive for the matchers' lifetime: hasAnyName copies them.
  std::vector<std::string> Modules = catalogNames(torchtidy::EntryKind::Module);
  std::vector<std::string> Functions =
      catalogNames(torchtidy::EntryKind::Functional);
  std::vector<std::string> ATen = catalogNames(torchtidy::EntryKind::ATen);
  Functions.insert(Functions.end(), ATen.begin(), ATen.end());

  auto LossCall = callExpr(anyOf(
      // loss(x, y) on a torch::nn::XxxLoss holder.
      cxxOperatorCallExpr(
          hasOverloadedOperatorName("()"),
          callee(cxxMethodDecl(ofClass(hasName("::torch::nn::ModuleHolder"))))),
      // loss->forward(x, y), loss.forward(x, y) on the Impl.
      cxxMemberCallExpr(callee(cxxMethodDecl(
          hasName("forward"),
          ofClass(cxxRecordDecl(hasAnyName(refs(Modules))))))),
      // torch::nn::functional::xxx(x, y, ...), torch:: / at::xxx(x, y, ...).
      callExpr(callee(functionDecl(hasAnyName(refs(Functions)))))));
  // Calls of the project's own functions, which may forward to a loss
  // (getLossCall drops the others, and LibTorch's functions).
  auto WrapperCall = callExpr(unless(cxxOperatorCallExpr()),
                              unless(LossCall), callee(functionDecl()));
  Finder->addMatcher(userFunctionWith(stmt(anyOf(
                         LossCall.bind(LossCallId),
                         WrapperCall.bind(WrapperCallId)))),
                     Check);
}

const FunctionDecl *matchedFunction(const MatchFinder::MatchResult &Result) {
  return Result.Nodes.getNodeAs<FunctionDecl>(FunctionId);
}

const Expr *moduleObject(const CallExpr *Call) {
  if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(Call))
    return OCE->getNumArgs() ? OCE->getArg(0) : nullptr;
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(Call))
    return MCE->getImplicitObjectArgument();
  return nullptr;
}

std::optional<LossCall> catalogCall(const CallExpr *Call) {
  const torchtidy::LossEntry *Entry = nullptr;
  unsigned Offset = 0;
  if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(Call)) {
    if (OCE->getOperator() != OO_Call)
      return std::nullopt;
    const CXXRecordDecl *Impl =
        OCE->getNumArgs() ? moduleImplOf(OCE->getArg(0)->getType()) : nullptr;
    if (!Impl)
      return std::nullopt;
    Entry = torchtidy::findLossEntry(torchtidy::EntryKind::Module,
                                     qualifiedName(Impl));
    Offset = 1; // the holder object is argument 0
  } else if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(Call)) {
    const CXXMethodDecl *MD = MCE->getMethodDecl();
    if (!MD || !MD->getIdentifier() || MD->getName() != "forward")
      return std::nullopt;
    Entry = torchtidy::findLossEntry(torchtidy::EntryKind::Module,
                                     qualifiedName(MD->getParent()));
  } else if (const FunctionDecl *FD = Call->getDirectCallee()) {
    if (!isTorchFunction(FD))
      return std::nullopt;
    std::string Name = qualifiedName(FD);
    Entry = torchtidy::findLossEntry(torchtidy::EntryKind::Functional, Name);
    if (!Entry) {
      // at::ctc_loss has a tensor-lengths and an IntArrayRef-lengths
      // overload.
      bool IntList = FD->getNumParams() > 2 &&
                     !isTensorType(FD->getParamDecl(2)->getType());
      Entry = torchtidy::findLossEntry(torchtidy::EntryKind::ATen, Name,
                                       IntList);
    }
  }
  if (!Entry)
    return std::nullopt;
  LossCall LC;
  LC.Entry = Entry;
  LC.Call = Call;
  LC.Input = argAt(Call, Entry->Args.Input, Offset);
  LC.Target = argAt(Call, Entry->Args.Target, Offset);
  LC.Input2 = argAt(Call, Entry->Args.Input2, Offset);
  LC.InputLengths = argAt(Call, Entry->Args.InputLengths, Offset);
  LC.TargetLengths = argAt(Call, Entry->Args.TargetLengths, Offset);
  if (!LC.Input || !LC.Target ||
      (Entry->Args.Input2 >= 0 && !LC.Input2) ||
      (Entry->Args.InputLengths >= 0 &&
       (!LC.InputLengths || !LC.TargetLengths)))
    return std::nullopt;
  LC.LibTorchCall = Call;
  return LC;
}

std::optional<LossCall> getLossCall(const MatchFinder::MatchResult &Result,
                                    LossWrappers &Wrappers) {
  std::optional<LossCall> LC;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>(LossCallId)) {
    LC = catalogCall(Call);
  } else if (const auto *Call =
                 Result.Nodes.getNodeAs<CallExpr>(WrapperCallId)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || isInTorchLibrary(Callee))
      return std::nullopt;
    LC = Wrappers.callThrough(Call, Callee);
  }
  if (!LC)
    return std::nullopt;
  // The function whose body was searched (userFunctionWith excludes
  // LibTorch's own code). A call in a lambda is found from the enclosing
  // function too, whose CFG does not hold it: no facts, so silence there.
  const FunctionDecl *Fn = matchedFunction(Result);
  if (!Fn || !Fn->hasBody())
    return std::nullopt;
  LC->Function = Fn;
  if (!LC->Wrapper)
    LC->LibTorchFunction = Fn;
  return LC;
}

} // namespace clang::tidy::torch
