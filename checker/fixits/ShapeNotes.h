//===--- ShapeNotes.h - Notes that say where a tensor's shape was made ----===//

#ifndef TORCH_TIDY_SHAPENOTES_H
#define TORCH_TIDY_SHAPENOTES_H

#include "engine/Value.h"

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::torch {

/// Emits one note per step of \p Fact's history, most recent first:
/// `'labels' has shape [8, 1] from 'view' here`.
void emitOriginNotes(ClangTidyCheck &Check, const TensorFact &Fact,
                     const SymbolTable &Symbols);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_SHAPENOTES_H
