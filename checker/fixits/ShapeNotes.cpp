//===--- ShapeNotes.cpp - Notes that say where a tensor's shape was made --===//

#include "ShapeNotes.h"

namespace clang::tidy::torch {

void emitOriginNotes(ClangTidyCheck &Check, const TensorFact &Fact,
                     const SymbolTable &Symbols) {
  for (const OriginStep *Step : Fact.Origin.recentFirst(MaxOriginSteps)) {
    const OriginStep &S = *Step;
    if (S.Range.getBegin().isInvalid())
      continue;
    std::string Sizes = S.Result.str(&Symbols);
    if (S.Kind == StepKind::Annotation)
      Check.diag(S.Range.getBegin(), "'%0' has shape %1 from its annotation",
                 DiagnosticIDs::Note)
          << S.Var << Sizes;
    else if (S.Kind == StepKind::Assignment)
      Check.diag(S.Range.getBegin(), "'%0' has shape %1 from this assignment",
                 DiagnosticIDs::Note)
          << S.Var << Sizes;
    else if (!S.Var.empty())
      Check.diag(S.Range.getBegin(), "'%0' has shape %1 from '%2' here",
                 DiagnosticIDs::Note)
          << S.Var << Sizes << S.Op;
    else
      Check.diag(S.Range.getBegin(), "shape %0 from '%1' here",
                 DiagnosticIDs::Note)
          << Sizes << S.Op;
  }
}

} // namespace clang::tidy::torch
