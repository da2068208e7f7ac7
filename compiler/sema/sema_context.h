#pragma once
// What every part of semantic analysis shares during one compilation: the
// type table, where classes are found, where errors go, and the classes the
// language itself names. Invariant: the references outlive every pass that
// holds the context; a well-known class may be null when the library lacks it
// (tests with a minimal library), so every user must check before use.
#include "compiler/diag/diagnostics.h"
#include "compiler/sema/symbols.h"
#include "compiler/sema/types.h"

namespace plurix::compiler::sema {

// The classes JLS rules mention by name (and the dialect's reserved ones).
struct WellKnownClasses {
  const ClassSymbol* object = nullptr;            // java.lang.Object
  const ClassSymbol* string = nullptr;            // java.lang.String
  const ClassSymbol* throwable = nullptr;         // java.lang.Throwable
  const ClassSymbol* exception = nullptr;         // java.lang.Exception
  const ClassSymbol* runtimeException = nullptr;  // java.lang.RuntimeException
  const ClassSymbol* error = nullptr;             // java.lang.Error
  const ClassSymbol* cloneable = nullptr;         // java.lang.Cloneable (arrays implement it)
  const ClassSymbol* structBase = nullptr;        // plurix.STRUCT
  const ClassSymbol* magic = nullptr;             // plurix.MAGIC
};

struct SemaContext {
  TypeTable& types;
  ClassLookup& classes;  // every class of the program (source units first, then the fallback)
  DiagnosticEngine& diags;
  WellKnownClasses known;
};

}  // namespace plurix::compiler::sema
