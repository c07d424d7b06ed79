//===--- DataModels.h - torch::data: datasets, transforms, loaders --------===//
//
// Part of torch-tidy. How the engine follows a training program's data:
// the examples a dataset's get() makes (the user's own datasets, whose get()
// is analyzed, and LibTorch's MNIST and TensorDataset with their real
// shapes), the transforms mapped over them (Stack<> adds the batch dim,
// Normalize<> broadcasts the data against its mean and stddev, any other
// transform makes them unknown), the data loader make_data_loader builds,
// and the batch a range-for over the loader binds.
//
// The batch dim. A loader of S examples in batches of b yields
// ceil(S / b) batches (floor(S / b) with drop_last), all of b examples but
// the last, which has S mod b when that is not 0. The engine gives the
// batch tensors a leading dim B that holds for every batch the loop sees:
//   - b when every batch is full (S mod b == 0, or drop_last);
//   - S when one batch holds all the examples (S <= b, no drop_last);
//   - otherwise a symbol B, the same in the whole loop: an error LibTorch
//     raises whatever the batch size (a [B, 1] class-index target) is
//     still certain; one that depends on the batch size is not.
// A loader that yields no batch (S == 0, or S < b with drop_last) binds
// nothing: its loop body never runs. S is unknown (so B is a symbol) when
// the dataset's size() is not known or the sampler is not a RandomSampler
// or SequentialSampler of known length.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_DATAMODELS_H
#define TORCH_TIDY_ENGINE_DATAMODELS_H

#include "Value.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

#include <optional>

namespace clang::tidy::torch {

class ExprEvaluator;

/// What a construction of a torch::data class (Example, MNIST,
/// TensorDataset, DataLoaderOptions, Normalize) or of the user's own
/// dataset gives. Nothing when \p E builds no such class; monostate when
/// it does but its value is unknown.
std::optional<Value> constructDataClass(const CXXConstructExpr *E,
                                        ExprEvaluator &Eval);

/// What a method of a torch::data value gives: `dataset.map(transform)`,
/// DataLoaderOptions' setters. Nothing when the object is no such value.
std::optional<Value> callDataMethod(const CXXMemberCallExpr *E,
                                    ExprEvaluator &Eval);

/// What a free function of torch::data gives (make_data_loader,
/// datasets::map). Nothing for other functions.
std::optional<Value> callDataFunction(const CallExpr *E,
                                      const FunctionDecl *FD,
                                      llvm::ArrayRef<const Expr *> Args,
                                      ExprEvaluator &Eval);

/// Field \p Name (`data`, `target`) of the example \p Base; unknown when
/// \p Base is not a known example.
Value exampleField(const Value &Base, llvm::StringRef Name);

/// What a range-for over \p Range binds its variable to: over a data
/// loader, the batch (stacked: one Example of [B, ...] tensors; unstacked:
/// a std::vector of B examples); over an unstacked batch, one example.
/// Unknown for anything else.
Value loaderElement(const Value &Range);

/// A data loader class (deriving from torch::data::DataLoaderBase), through
/// references.
bool isDataLoaderType(QualType T);

/// Whether \p T is std::vector<Example<...>>: an unstacked batch.
bool isExampleVector(QualType T);

/// A method of an unstacked batch: size(), [i], at(i), front(), back().
Value examplesMethod(llvm::StringRef Name, const DataValue &Batch);

/// DataLoaderOptions, whose setters (`batch_size(8)`) change the variable
/// they are called on.
bool isDataLoaderOptions(const CXXRecordDecl *RD);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_DATAMODELS_H
