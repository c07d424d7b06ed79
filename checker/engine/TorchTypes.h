//===--- TorchTypes.h - Recognizing LibTorch's types and functions --------===//

#ifndef TORCH_TIDY_ENGINE_TORCHTYPES_H
#define TORCH_TIDY_ENGINE_TORCHTYPES_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/StringRef.h"

#include <initializer_list>
#include <string>

namespace clang::tidy::torch {

/// Whether \p D is declared directly in the namespace \p Path (outermost
/// first, inline namespaces skipped): {"torch", "nn"} means ::torch::nn.
bool isDeclaredIn(const Decl *D, std::initializer_list<llvm::StringRef> Path);

/// The record a type names, through references, cv and sugar.
const CXXRecordDecl *recordOf(QualType T);

/// at::Tensor (alias torch::Tensor) or its base at::TensorBase.
bool isTensorType(QualType T);
/// c10::ScalarType.
bool isScalarTypeEnum(QualType T);
/// The Impl class of a module holder (torch::nn::Linear ->
/// torch::nn::LinearImpl), or of an Impl type itself; null otherwise.
const CXXRecordDecl *moduleImplOf(QualType T);
/// An options struct of torch::nn (CrossEntropyLossOptions, ...), whose
/// settings are made by TORCH_ARG setters.
bool isOptionsRecord(const CXXRecordDecl *RD);
/// A function of the tensor library: in ::at, ::torch (not torch::nn) or
/// ::torch::nn::functional.
bool isTorchFunction(const FunctionDecl *FD);
/// Whether \p D lies anywhere inside the ::torch, ::at or ::c10 namespaces:
/// LibTorch's own code.
bool isInTorchLibrary(const Decl *D);
/// The qualified name without inline namespaces, e.g. `at::nll_loss`.
std::string qualifiedName(const NamedDecl *D);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_TORCHTYPES_H
