//===--- TorchTypes.cpp - Recognizing LibTorch's types and functions ------===//

#include "TorchTypes.h"

#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::torch {

bool isDeclaredIn(const Decl *D, std::initializer_list<llvm::StringRef> Path) {
  const DeclContext *DC = D->getDeclContext();
  const llvm::StringRef *Name = Path.end();
  while (DC && !DC->isTranslationUnit()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (!NS->isInline()) {
        if (Name == Path.begin())
          return false;
        --Name;
        if (!NS->getIdentifier() || NS->getName() != *Name)
          return false;
      }
    } else if (!isa<LinkageSpecDecl>(DC)) {
      return false; // a class or function scope
    }
    DC = DC->getParent();
  }
  return Name == Path.begin();
}

const CXXRecordDecl *recordOf(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType();
  return T.getCanonicalType()->getAsCXXRecordDecl();
}

namespace {
bool isNamed(const NamedDecl *D, llvm::StringRef Name) {
  return D && D->getIdentifier() && D->getName() == Name;
}
} // namespace

bool isTensorType(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD && (isNamed(RD, "Tensor") || isNamed(RD, "TensorBase")) &&
         isDeclaredIn(RD, {"at"});
}

bool isScalarTypeEnum(QualType T) {
  if (T.isNull())
    return false;
  const auto *ET = T.getNonReferenceType().getCanonicalType()->getAs<EnumType>();
  return ET && isNamed(ET->getDecl(), "ScalarType") &&
         isDeclaredIn(ET->getDecl(), {"c10"});
}

const CXXRecordDecl *moduleImplOf(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD || !RD->hasDefinition())
    return nullptr;
  RD = RD->getDefinition();
  if (isDeclaredIn(RD, {"torch", "nn"}) && RD->getIdentifier() &&
      RD->getName().ends_with("Impl"))
    return RD;
  // torch::nn::Linear derives from ModuleHolder<LinearImpl>.
  for (int Depth = 0; RD && Depth < 4; ++Depth) {
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
      if (isNamed(Spec, "ModuleHolder") && isDeclaredIn(Spec, {"torch", "nn"}) &&
          Spec->getTemplateArgs().size() >= 1 &&
          Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
        return recordOf(Spec->getTemplateArgs()[0].getAsType());
    }
    if (RD->getNumBases() != 1)
      return nullptr;
    RD = recordOf(RD->bases_begin()->getType());
    if (RD && RD->hasDefinition())
      RD = RD->getDefinition();
  }
  return nullptr;
}

bool isOptionsRecord(const CXXRecordDecl *RD) {
  return RD && RD->getIdentifier() && RD->getName().ends_with("Options") &&
         RD->getName() != "TensorOptions" &&
         (isDeclaredIn(RD, {"torch", "nn"}) ||
          isDeclaredIn(RD, {"torch", "nn", "functional"}));
}

bool isTorchFunction(const FunctionDecl *FD) {
  return FD && (isDeclaredIn(FD, {"at"}) || isDeclaredIn(FD, {"torch"}) ||
                isDeclaredIn(FD, {"torch", "nn", "functional"}));
}

bool isInTorchLibrary(const Decl *D) {
  const NamespaceDecl *Outermost = nullptr;
  for (const DeclContext *DC = D->getDeclContext();
       DC && !DC->isTranslationUnit(); DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      Outermost = NS;
  return Outermost && Outermost->getIdentifier() &&
         (Outermost->getName() == "torch" || Outermost->getName() == "at" ||
          Outermost->getName() == "c10");
}

std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  if (!D->getIdentifier())
    return "";
  Parts.push_back(D->getName());
  for (const DeclContext *DC = D->getDeclContext();
       DC && !DC->isTranslationUnit(); DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline())
        continue;
      Parts.push_back(NS->getIdentifier() ? NS->getName() : "(anonymous)");
    } else if (const auto *R = dyn_cast<RecordDecl>(DC)) {
      Parts.push_back(R->getIdentifier() ? R->getName() : "(anonymous)");
    } else if (!isa<LinkageSpecDecl>(DC)) {
      return "";
    }
  }
  std::string S;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!S.empty())
      S += "::";
    S += It->str();
  }
  return S;
}

} // namespace clang::tidy::torch
