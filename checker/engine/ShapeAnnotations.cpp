//===--- ShapeAnnotations.cpp - Finding shape annotations in the AST ------===//

#include "ShapeAnnotations.h"
#include "TorchTypes.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

#include <vector>

namespace clang::tidy::torch {

namespace {

/// The attribute's first argument: TORCH_TIDY_SHAPE expands to
/// [[clang::annotate("torch_tidy.shape", "<annotation>")]].
constexpr llvm::StringLiteral AttributeName = "torch_tidy.shape";
/// Tokens lexed on one line at most (a minified file has long lines).
constexpr unsigned MaxTokensPerLine = 1024;

/// One token of a line, comments included; offsets are in the file.
struct RawToken {
  tok::TokenKind Kind;
  unsigned Offset;
  unsigned Length;
  bool isComment() const { return Kind == tok::comment; }
};

/// The lines of one file around a declaration, lexed raw.
class LineLexer {
public:
  LineLexer(const SourceManager &SM, const LangOptions &LO, FileID FID)
      : SM(SM), LO(LO), FID(FID) {
    bool Invalid = false;
    Buffer = SM.getBufferData(FID, &Invalid);
    if (Invalid)
      Buffer = {};
  }

  /// The tokens that start on line \p Line (1-based), from its first byte.
  /// A line that starts inside a block comment or a raw string lexes as
  /// whatever its text looks like, which at worst finds no annotation.
  std::vector<RawToken> line(unsigned Line) const {
    std::vector<RawToken> Tokens;
    if (Buffer.empty() || Line == 0)
      return Tokens;
    SourceLocation LineLoc = SM.translateLineCol(FID, Line, 1);
    if (LineLoc.isInvalid() || SM.getSpellingLineNumber(LineLoc) != Line)
      return Tokens;
    unsigned Start = SM.getFileOffset(LineLoc);
    if (Start >= Buffer.size())
      return Tokens;
    std::size_t End = Buffer.find('\n', Start);
    if (End == llvm::StringRef::npos)
      End = Buffer.size();
    Lexer Lex(SM.getLocForStartOfFile(FID), LO, Buffer.begin(),
              Buffer.begin() + Start, Buffer.end());
    Lex.SetCommentRetentionState(true);
    Token T;
    while (Tokens.size() < MaxTokensPerLine) {
      bool AtEnd = Lex.LexFromRawLexer(T);
      if (T.is(tok::eof))
        break;
      unsigned Offset = SM.getFileOffset(T.getLocation());
      if (Offset >= End)
        break;
      Tokens.push_back({T.getKind(), Offset, T.getLength()});
      if (AtEnd)
        break;
    }
    return Tokens;
  }

  llvm::StringRef text(const RawToken &T) const {
    return Buffer.substr(T.Offset, T.Length);
  }
  SourceLocation location(unsigned Offset) const {
    return SM.getLocForStartOfFile(FID).getLocWithOffset(Offset);
  }

private:
  const SourceManager &SM;
  const LangOptions &LO;
  FileID FID;
  llvm::StringRef Buffer;
};

/// Where a declaration's tokens start and end in its file.
struct DeclSpan {
  FileID FID;
  unsigned BeginLine, EndLine;
  unsigned BeginOffset; // of its first token
  unsigned EndOffset;   // just past its last token
};

std::optional<DeclSpan> spanOf(SourceLocation Begin, SourceLocation End,
                               const SourceManager &SM, const LangOptions &LO) {
  if (Begin.isInvalid() || End.isInvalid() || !Begin.isFileID() ||
      !End.isFileID())
    return std::nullopt;
  FileID FID = SM.getFileID(Begin);
  if (SM.getFileID(End) != FID)
    return std::nullopt;
  DeclSpan S;
  S.FID = FID;
  S.BeginLine = SM.getSpellingLineNumber(Begin);
  S.EndLine = SM.getSpellingLineNumber(End);
  S.BeginOffset = SM.getFileOffset(Begin);
  S.EndOffset = SM.getFileOffset(End) + Lexer::MeasureTokenLength(End, SM, LO);
  return S;
}

/// An annotation comment of kind \p Kind: its annotation, parsed.
std::unique_ptr<DeclAnnotation> annotationIn(const LineLexer &Lines,
                                             const RawToken &Comment,
                                             torchtidy::CommentKind Kind) {
  llvm::StringRef Text = Lines.text(Comment);
  std::optional<torchtidy::CommentAnnotation> A =
      torchtidy::findCommentAnnotation(
          std::string_view(Text.data(), Text.size()));
  if (!A || A->Kind != Kind)
    return nullptr;
  auto R = std::make_unique<DeclAnnotation>();
  R->Text = std::string(A->Spec);
  R->Parse = torchtidy::parseShapeSpec(A->Spec);
  R->Begin = Lines.location(Comment.Offset + A->SpecOffset);
  return R;
}

/// The tokens of \p Line from offset \p From on.
std::vector<RawToken> tokensFrom(const std::vector<RawToken> &Line,
                                 unsigned From) {
  std::vector<RawToken> Out;
  for (const RawToken &T : Line)
    if (T.Offset >= From)
      Out.push_back(T);
  return Out;
}

/// Whether the tokens of a line before offset \p Begin are only C++11
/// attributes (`[[nodiscard]]`), which a declaration's range leaves out.
bool onlyAttributesBefore(const std::vector<RawToken> &Line, unsigned Begin) {
  int Depth = 0;
  for (const RawToken &T : Line) {
    if (T.Offset >= Begin)
      break;
    if (T.Kind == tok::l_square)
      ++Depth;
    else if (T.Kind == tok::r_square)
      --Depth;
    else if (Depth < 2)
      return false;
    if (Depth < 0)
      return false;
  }
  return Depth == 0;
}

/// A comment alone on the line above a declaration that starts its line.
std::unique_ptr<DeclAnnotation> commentAbove(const LineLexer &Lines,
                                             const DeclSpan &S,
                                             torchtidy::CommentKind Kind) {
  std::vector<RawToken> Own = Lines.line(S.BeginLine);
  if (Own.empty() || !onlyAttributesBefore(Own, S.BeginOffset))
    return nullptr;
  std::vector<RawToken> Above = Lines.line(S.BeginLine - 1);
  if (Above.size() != 1 || !Above.front().isComment())
    return nullptr;
  return annotationIn(Lines, Above.front(), Kind);
}

/// A variable's or field's comment after it on the line where it ends: right
/// after it, or after the `;` that ends its statement (only the statement's
/// other declarators may come between: no braces, a single `;`).
std::unique_ptr<DeclAnnotation> commentAfterVariable(const LineLexer &Lines,
                                                     const DeclSpan &S) {
  std::vector<RawToken> After = tokensFrom(Lines.line(S.EndLine), S.EndOffset);
  unsigned Semicolons = 0;
  for (std::size_t I = 0; I < After.size(); ++I) {
    const RawToken &T = After[I];
    if (T.isComment()) {
      if (I == 0 || (Semicolons == 1 && After[I - 1].Kind == tok::semi))
        return annotationIn(Lines, T, torchtidy::CommentKind::Shape);
      return nullptr;
    }
    if (T.Kind == tok::l_brace || T.Kind == tok::r_brace)
      return nullptr;
    if (T.Kind == tok::semi)
      ++Semicolons;
  }
  return nullptr;
}

/// A parameter's comment: right after it; after its `,` or `)` when the
/// comment ends the line; or a block comment right before it.
std::unique_ptr<DeclAnnotation> commentAtParameter(const LineLexer &Lines,
                                                   const DeclSpan &S) {
  std::vector<RawToken> After = tokensFrom(Lines.line(S.EndLine), S.EndOffset);
  if (!After.empty() && After[0].isComment())
    return annotationIn(Lines, After[0], torchtidy::CommentKind::Shape);
  if (After.size() == 2 &&
      (After[0].Kind == tok::comma || After[0].Kind == tok::r_paren) &&
      After[1].isComment())
    return annotationIn(Lines, After[1], torchtidy::CommentKind::Shape);
  std::vector<RawToken> Own = Lines.line(S.BeginLine);
  const RawToken *Before = nullptr;
  for (const RawToken &T : Own)
    if (T.Offset < S.BeginOffset)
      Before = &T;
  if (Before && Before->isComment() && Lines.text(*Before).starts_with("/*"))
    return annotationIn(Lines, *Before, torchtidy::CommentKind::Shape);
  return nullptr;
}

/// The annotation string of a TORCH_TIDY_SHAPE attribute on \p D.
std::unique_ptr<DeclAnnotation> attributeOf(const Decl *D) {
  for (const AnnotateAttr *A : D->specific_attrs<AnnotateAttr>()) {
    if (A->getAnnotation() != AttributeName || A->args_size() < 1)
      continue;
    const auto *SL =
        dyn_cast<StringLiteral>((*A->args_begin())->IgnoreParenImpCasts());
    if (!SL || SL->getCharByteWidth() != 1)
      continue;
    auto R = std::make_unique<DeclAnnotation>();
    llvm::StringRef Text = SL->getBytes();
    R->Text = Text.str();
    R->Parse = torchtidy::parseShapeSpec(R->Text);
    R->Begin = SL->getBeginLoc();
    R->Literal = SL;
    return R;
  }
  return nullptr;
}

/// Where a function's declaration starts, with its template header.
SourceLocation functionBegin(const FunctionDecl *FD) {
  if (const FunctionTemplateDecl *T = FD->getDescribedFunctionTemplate())
    return T->getBeginLoc();
  return FD->getBeginLoc();
}

} // namespace

SourceLocation DeclAnnotation::locationOf(std::size_t Offset,
                                          const ASTContext &Ctx) const {
  if (Literal) {
    if (Offset > Literal->getLength())
      Offset = Literal->getLength();
    return Literal->getLocationOfByte(static_cast<unsigned>(Offset),
                                      Ctx.getSourceManager(), Ctx.getLangOpts(),
                                      Ctx.getTargetInfo());
  }
  return Begin.getLocWithOffset(static_cast<int>(Offset));
}

bool isAnnotatable(const Decl *D) {
  // Implicit declarations (a lambda's captures, a defaulted copy) are
  // written nowhere.
  if (!D || D->isImplicit() || isInTorchLibrary(D))
    return false;
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    return isTensorType(FD->getReturnType());
  if (const auto *VD = dyn_cast<ValueDecl>(D))
    return (isa<VarDecl>(VD) || isa<FieldDecl>(VD)) &&
           !isa<DecompositionDecl>(VD) && isTensorType(VD->getType());
  return false;
}

std::unique_ptr<DeclAnnotation> AnnotationFinder::lookUp(const Decl *D) {
  if (!isAnnotatable(D))
    return nullptr;
  if (std::unique_ptr<DeclAnnotation> A = attributeOf(D))
    return A;
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
    std::optional<DeclSpan> S =
        spanOf(functionBegin(FD), FD->getLocation(), SM, LO);
    if (!S)
      return nullptr;
    LineLexer Lines(SM, LO, S->FID);
    return commentAbove(Lines, *S, torchtidy::CommentKind::Returns);
  }
  std::optional<DeclSpan> S = spanOf(D->getBeginLoc(), D->getEndLoc(), SM, LO);
  if (!S)
    return nullptr;
  LineLexer Lines(SM, LO, S->FID);
  std::unique_ptr<DeclAnnotation> A = isa<ParmVarDecl>(D)
                                          ? commentAtParameter(Lines, *S)
                                          : commentAfterVariable(Lines, *S);
  if (!A)
    A = commentAbove(Lines, *S, torchtidy::CommentKind::Shape);
  return A;
}

const DeclAnnotation *AnnotationFinder::find(const Decl *D) {
  if (!D)
    return nullptr;
  auto It = Cache.find(D);
  if (It == Cache.end())
    It = Cache.try_emplace(D, lookUp(D)).first;
  return It->second.get();
}

const DeclAnnotation *AnnotationFinder::findParameter(const FunctionDecl *FD,
                                                      unsigned I) {
  for (const FunctionDecl *R : FD->redecls())
    if (I < R->getNumParams())
      if (const DeclAnnotation *A = find(R->getParamDecl(I)))
        return A;
  return nullptr;
}

const DeclAnnotation *AnnotationFinder::findResult(const FunctionDecl *FD) {
  for (const FunctionDecl *R : FD->redecls())
    if (const DeclAnnotation *A = find(R))
      return A;
  return nullptr;
}

} // namespace clang::tidy::torch
