//===--- ShapeAnnotation.cpp - The grammar of shape annotations -----------===//

#include "ShapeAnnotation.h"

#include <limits>

namespace torchtidy {

namespace {

struct DTypeWord {
  std::string_view Word;
  DType T;
};
// The grammar's dtype words; the first word of each dtype is its canonical
// spelling.
constexpr DTypeWord DTypeWords[] = {
    {"long", DType::Long},     {"int64", DType::Long},
    {"int", DType::Int},       {"int32", DType::Int},
    {"float", DType::Float},   {"float32", DType::Float},
    {"double", DType::Double}, {"float64", DType::Double},
    {"half", DType::Half},     {"bfloat16", DType::BFloat16},
    {"bool", DType::Bool},     {"uint8", DType::Byte},
};

bool isBlank(char C) {
  return C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\v' ||
         C == '\f';
}
bool isDigit(char C) { return C >= '0' && C <= '9'; }
bool isIdentStart(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || C == '_';
}
bool isIdentChar(char C) { return isIdentStart(C) || isDigit(C); }

char lowerAscii(char C) { return (C >= 'A' && C <= 'Z') ? C - 'A' + 'a' : C; }

/// A dtype word the user probably meant by \p Word (`Long`, `kLong`,
/// `torch::kLong`), or empty.
std::string_view suggestDType(std::string_view Word) {
  std::size_t Colon = Word.rfind(':');
  if (Colon != std::string_view::npos)
    Word.remove_prefix(Colon + 1);
  if (Word.size() > 1 && Word[0] == 'k' && Word[1] >= 'A' && Word[1] <= 'Z')
    Word.remove_prefix(1);
  std::string Lower;
  for (char C : Word)
    Lower += lowerAscii(C);
  if (Lower == "byte")
    Lower = "uint8";
  for (const DTypeWord &W : DTypeWords)
    if (W.Word == Lower)
      return W.Word;
  return {};
}

class SpecParser {
public:
  explicit SpecParser(std::string_view Text) : Text(Text) {}

  SpecParse parse() {
    SpecParse R;
    skipBlanks();
    if (atEnd() || peek() != '[') {
      fail(R, Pos, "expected '[' to start the shape");
      return R;
    }
    ++Pos;
    skipBlanks();
    if (!atEnd() && peek() == ']') {
      ++Pos;
    } else {
      while (true) {
        if (!parseDim(R))
          return R;
        skipBlanks();
        if (atEnd()) {
          fail(R, Pos, "missing ']' at the end of the shape");
          return R;
        }
        if (peek() == ',') {
          ++Pos;
          skipBlanks();
          continue;
        }
        if (peek() == ']') {
          ++Pos;
          break;
        }
        fail(R, Pos, "expected ',' or ']' after a dim");
        return R;
      }
    }
    skipBlanks();
    if (atEnd() || peek() == ';')
      return R;
    if (isIdentStart(peek())) {
      std::size_t Start = Pos;
      while (!atEnd() && (isIdentChar(peek()) || peek() == ':'))
        ++Pos;
      std::string_view Word = Text.substr(Start, Pos - Start);
      std::optional<DType> T = dtypeFromAnnotationWord(Word);
      if (!T) {
        std::string Msg =
            "unknown dtype '" + quoteForDiagnostic(Word, 30) + "'";
        std::string_view Hint = suggestDType(Word);
        if (!Hint.empty())
          Msg += "; did you mean '" + std::string(Hint) + "'?";
        else
          Msg += " (long, int, float, double, half, bfloat16, bool or uint8)";
        fail(R, Start, Msg);
        return R;
      }
      R.Spec.Type = *T;
      skipBlanks();
      if (atEnd() || peek() == ';')
        return R;
    }
    fail(R, Pos,
         "unexpected text after the shape (a ';' may separate a "
         "comment)");
    return R;
  }

private:
  bool atEnd() const { return Pos >= Text.size(); }
  char peek() const { return Text[Pos]; }
  void skipBlanks() {
    while (!atEnd() && isBlank(peek()))
      ++Pos;
  }
  static void fail(SpecParse &R, std::size_t At, std::string Message) {
    R.Error = SpecError{At, std::move(Message)};
  }

  std::string_view identifier() {
    std::size_t Start = Pos;
    while (!atEnd() && isIdentChar(peek()))
      ++Pos;
    return Text.substr(Start, Pos - Start);
  }

  /// Parses one dim at Pos (not at the end); false after an error.
  bool parseDim(SpecParse &R) {
    std::size_t Start = Pos;
    if (atEnd()) {
      fail(R, Pos, "missing ']' at the end of the shape");
      return false;
    }
    if (R.Spec.Dims.size() >= MaxAnnotatedDims) {
      fail(R, Start, "too many dims (at most 64)");
      return false;
    }
    SpecDim D;
    D.Offset = Start;
    char C = peek();
    if (isDigit(C)) {
      int64_t Value = 0;
      while (!atEnd() && isDigit(peek())) {
        int Digit = peek() - '0';
        if (Value > (std::numeric_limits<int64_t>::max() - Digit) / 10) {
          fail(R, Start, "size is too large");
          return false;
        }
        Value = Value * 10 + Digit;
        ++Pos;
      }
      if (!atEnd() && isIdentStart(peek())) {
        fail(R, Pos, "expected ',' or ']' after a dim");
        return false;
      }
      D.K = SpecDim::Kind::Size;
      D.Size = Value;
    } else if (C == '-' && Pos + 1 < Text.size() && isDigit(Text[Pos + 1])) {
      fail(R, Start, "a size cannot be negative");
      return false;
    } else if (isIdentStart(C)) {
      std::string_view Name = identifier();
      if (Name == "_") {
        D.K = SpecDim::Kind::Any;
      } else {
        D.K = SpecDim::Kind::Name;
        D.Name = std::string(Name);
      }
    } else if (C == '*') {
      ++Pos;
      if (atEnd() || !isIdentStart(peek())) {
        fail(R, Pos, "expected a name after '*'");
        return false;
      }
      std::string_view Name = identifier();
      D.K = SpecDim::Kind::Variadic;
      if (Name != "_")
        D.Name = std::string(Name);
    } else if (C == '.') {
      if (Text.substr(Pos, 3) != "...") {
        fail(R, Start, "expected '...'");
        return false;
      }
      Pos += 3;
      D.K = SpecDim::Kind::Variadic;
    } else {
      fail(R, Start, "expected a size, a name, '_', '*name' or '...'");
      return false;
    }
    if (D.K == SpecDim::Kind::Variadic && R.Spec.variadicIndex()) {
      fail(R, Start, "only one dim may be variadic ('*name' or '...')");
      return false;
    }
    R.Spec.Dims.push_back(std::move(D));
    return true;
  }

  std::string_view Text;
  std::size_t Pos = 0;
};

/// The length of the UTF-8 sequence at \p I, or 0 if it is not valid.
std::size_t utf8Length(std::string_view S, std::size_t I) {
  auto Byte = [&](std::size_t K) { return static_cast<unsigned char>(S[K]); };
  unsigned char Lead = Byte(I);
  std::size_t N;
  if (Lead >= 0xC2 && Lead <= 0xDF)
    N = 2;
  else if (Lead >= 0xE0 && Lead <= 0xEF)
    N = 3;
  else if (Lead >= 0xF0 && Lead <= 0xF4)
    N = 4;
  else
    return 0;
  if (I + N > S.size())
    return 0;
  for (std::size_t K = 1; K < N; ++K)
    if ((Byte(I + K) & 0xC0) != 0x80)
      return 0;
  return N;
}

} // namespace

std::optional<std::size_t> ShapeSpec::variadicIndex() const {
  for (std::size_t I = 0; I < Dims.size(); ++I)
    if (Dims[I].K == SpecDim::Kind::Variadic)
      return I;
  return std::nullopt;
}

std::size_t ShapeSpec::fixedRank() const {
  return Dims.size() - (variadicIndex() ? 1 : 0);
}

std::string ShapeSpec::str() const {
  std::string S = "[";
  for (std::size_t I = 0; I < Dims.size(); ++I) {
    if (I)
      S += ", ";
    const SpecDim &D = Dims[I];
    switch (D.K) {
    case SpecDim::Kind::Size:
      S += std::to_string(D.Size);
      break;
    case SpecDim::Kind::Name:
      S += D.Name;
      break;
    case SpecDim::Kind::Any:
      S += "_";
      break;
    case SpecDim::Kind::Variadic:
      S += D.Name.empty() ? std::string("...") : "*" + D.Name;
      break;
    }
  }
  S += "]";
  std::string_view Word = annotationWordOf(Type);
  if (!Word.empty())
    S += " " + std::string(Word);
  return S;
}

SpecParse parseShapeSpec(std::string_view Text) {
  return SpecParser(Text).parse();
}

std::optional<DType> dtypeFromAnnotationWord(std::string_view Word) {
  for (const DTypeWord &W : DTypeWords)
    if (W.Word == Word)
      return W.T;
  return std::nullopt;
}

std::string_view annotationWordOf(DType T) {
  for (const DTypeWord &W : DTypeWords)
    if (W.T == T)
      return W.Word;
  return {};
}

std::optional<CommentAnnotation>
findCommentAnnotation(std::string_view Comment) {
  std::size_t Begin, End = Comment.size();
  if (Comment.substr(0, 2) == "//") {
    Begin = 2;
    if (Begin < End && (Comment[Begin] == '/' || Comment[Begin] == '!'))
      ++Begin;
    if (Begin < End && Comment[Begin] == '<') // Doxygen's `///<`
      ++Begin;
  } else if (Comment.substr(0, 2) == "/*") {
    Begin = 2;
    if (Begin < End && (Comment[Begin] == '*' || Comment[Begin] == '!'))
      ++Begin;
    if (Begin < End && Comment[Begin] == '<') // Doxygen's `/**<`
      ++Begin;
    if (End >= 4 && Comment.substr(End - 2) == "*/")
      End -= 2;
    if (Begin > End) // `/**/`
      return std::nullopt;
  } else {
    return std::nullopt;
  }
  auto SkipBlanks = [&](std::size_t I) {
    while (I < End && (Comment[I] == ' ' || Comment[I] == '\t'))
      ++I;
    return I;
  };
  auto StartsWith = [&](std::size_t I, std::string_view Word) {
    return End - I >= Word.size() && Comment.substr(I, Word.size()) == Word;
  };
  std::size_t I = SkipBlanks(Begin);
  CommentAnnotation A;
  if (StartsWith(I, "shape:")) {
    A.Kind = CommentKind::Shape;
    I += 6;
  } else if (StartsWith(I, "returns") && I + 7 < End &&
             (Comment[I + 7] == ' ' || Comment[I + 7] == '\t')) {
    I = SkipBlanks(I + 7);
    if (!StartsWith(I, "shape:"))
      return std::nullopt;
    A.Kind = CommentKind::Returns;
    I += 6;
  } else {
    return std::nullopt;
  }
  I = SkipBlanks(I);
  while (End > I && isBlank(Comment[End - 1]))
    --End;
  A.SpecOffset = I;
  A.Spec = Comment.substr(I, End - I);
  return A;
}

std::string quoteForDiagnostic(std::string_view Text, std::size_t MaxBytes) {
  static const char Hex[] = "0123456789abcdef";
  std::string Out;
  for (std::size_t I = 0; I < Text.size();) {
    unsigned char C = static_cast<unsigned char>(Text[I]);
    std::string Piece;
    std::size_t Step = 1;
    if (C >= 0x20 && C < 0x7F) {
      Piece = static_cast<char>(C);
    } else if (std::size_t N = C >= 0x80 ? utf8Length(Text, I) : 0) {
      Piece = std::string(Text.substr(I, N));
      Step = N;
    } else {
      Piece = {'\\', 'x', Hex[C >> 4], Hex[C & 15]};
    }
    if (Out.size() + Piece.size() > MaxBytes) {
      Out += "...";
      return Out;
    }
    Out += Piece;
    I += Step;
  }
  return Out;
}

} // namespace torchtidy
