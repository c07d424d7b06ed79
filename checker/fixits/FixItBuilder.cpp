//===--- FixItBuilder.cpp - Small, certain repairs of loss arguments ------===//

#include "FixItBuilder.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::torch {

namespace {

bool fromMacro(const Expr *E) {
  return E->getBeginLoc().isMacroID() || E->getEndLoc().isMacroID();
}

/// Whether `E.f()` parses as a call on all of E.
bool isPostfix(const Expr *E) {
  E = E->IgnoreImplicit();
  if (isa<DeclRefExpr, MemberExpr, ParenExpr, CallExpr, ArraySubscriptExpr,
          CXXTemporaryObjectExpr, CXXFunctionalCastExpr>(E)) {
    if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(E))
      return OCE->getOperator() == OO_Call ||
             OCE->getOperator() == OO_Subscript ||
             OCE->getOperator() == OO_Arrow;
    return true;
  }
  return false;
}

} // namespace

std::optional<std::vector<FixItHint>>
appendMethodCall(const Expr *E, llvm::StringRef Call, const ASTContext &Ctx) {
  if (!E || fromMacro(E))
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation End =
      Lexer::getLocForEndOfToken(E->getEndLoc(), 0, SM, Ctx.getLangOpts());
  if (End.isInvalid())
    return std::nullopt;
  std::vector<FixItHint> Hints;
  std::string Suffix = ("." + Call).str();
  if (!isPostfix(E)) {
    Hints.push_back(FixItHint::CreateInsertion(E->getBeginLoc(), "("));
    Suffix = ")" + Suffix;
  }
  Hints.push_back(FixItHint::CreateInsertion(End, Suffix));
  return Hints;
}

std::optional<FixItHint> removeArgument(const Expr *Previous, const Expr *Arg,
                                        const ASTContext &Ctx) {
  if (!Previous || !Arg || fromMacro(Previous) || fromMacro(Arg))
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation From = Lexer::getLocForEndOfToken(Previous->getEndLoc(), 0,
                                                   SM, Ctx.getLangOpts());
  SourceLocation To =
      Lexer::getLocForEndOfToken(Arg->getEndLoc(), 0, SM, Ctx.getLangOpts());
  if (From.isInvalid() || To.isInvalid() || !SM.isBeforeInTranslationUnit(From, To))
    return std::nullopt;
  return FixItHint::CreateRemoval(CharSourceRange::getCharRange(From, To));
}

std::optional<std::string> repeatableText(const Expr *E,
                                          const ASTContext &Ctx) {
  if (!E || fromMacro(E))
    return std::nullopt;
  const Expr *Bare = E->IgnoreParenImpCasts();
  for (const Expr *Part = Bare;;) {
    if (isa<DeclRefExpr>(Part))
      break;
    const auto *ME = dyn_cast<MemberExpr>(Part);
    if (!ME || !isa<FieldDecl>(ME->getMemberDecl()))
      return std::nullopt;
    Part = ME->getBase()->IgnoreParenImpCasts();
    if (isa<CXXThisExpr>(Part))
      break;
  }
  CharSourceRange Range = CharSourceRange::getTokenRange(Bare->getSourceRange());
  llvm::StringRef Text = Lexer::getSourceText(Range, Ctx.getSourceManager(),
                                              Ctx.getLangOpts());
  if (Text.empty())
    return std::nullopt;
  return Text.str();
}

} // namespace clang::tidy::torch
