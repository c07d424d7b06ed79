//===--- ShapeAnnotationCheck.h - torch-shape-annotation ------------------===//

#ifndef TORCH_TIDY_SHAPEANNOTATIONCHECK_H
#define TORCH_TIDY_SHAPEANNOTATIONCHECK_H

#include "engine/ShapeAnalysisCache.h"
#include "engine/ShapeAnnotations.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

#include <memory>

namespace clang::tidy::torch {

/// Finds shape annotations that are malformed, contradicted by the tensors
/// that flow into them, or whose names take two different sizes.
///
/// For the user-facing documentation see:
/// docs/checks/torch-shape-annotation.md
class ShapeAnnotationCheck : public ClangTidyCheck {
public:
  ShapeAnnotationCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context) {}
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus17;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;

  /// A place where a tensor flows into an annotated declaration.
  struct FlowSite;

private:
  AnnotationFinder &finder(ASTContext &Ctx);
  void checkMalformed(const Decl *D, ASTContext &Ctx);
  void checkFunction(const FunctionDecl *Fn, ASTContext &Ctx);
  void reportMismatch(const FlowSite &Site, const SymbolTable &Symbols);
  void reportConflicts(std::vector<FlowSite> &Sites, const FunctionDecl *Fn,
                       const SymbolTable &Symbols, ASTContext &Ctx);

  std::unique_ptr<AnnotationFinder> Annotations;
  /// Functions checked already, and malformed annotations reported.
  llvm::DenseSet<const FunctionDecl *> CheckedFunctions;
  llvm::DenseSet<unsigned> ReportedMalformed;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_SHAPEANNOTATIONCHECK_H
