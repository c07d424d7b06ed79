//===--- DebugShapeCheck.cpp - torchtidy-debug-shape (for tests) ----------===//

#include "DebugShapeCheck.h"
#include "losscalls/LossCallMatcher.h"

#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang::ast_matchers;

namespace clang::tidy::torch {

namespace {
constexpr llvm::StringLiteral ShowCallId = "show";
} // namespace

void DebugShapeCheck::registerMatchers(MatchFinder *Finder) {
  // torch_tidy_show("label", tensor)
  Finder->addMatcher(
      userFunctionWith(
          callExpr(callee(functionDecl(hasName("torch_tidy_show"))),
                   argumentCountIs(2))
              .bind(ShowCallId)),
      this);
}

void DebugShapeCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>(ShowCallId);
  const FunctionDecl *Fn = matchedFunction(Result);
  if (!Fn || !Fn->hasBody())
    return;
  const FunctionShapes &Shapes = ShapeAnalysisCache::shared().get(Fn, *Result.Context);
  std::optional<TensorFact> Fact = Shapes.tensorFact(Call->getArg(1));
  if (!Fact || Fact->isUnknown())
    return;
  diag(Call->getBeginLoc(), "shape %0 dtype %1")
      << Fact->Sizes.str(&Shapes.symbols())
      << std::string(torchtidy::dtypeName(Fact->Type));
}

} // namespace clang::tidy::torch
