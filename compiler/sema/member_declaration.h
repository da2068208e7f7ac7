#pragma once
// Members as symbols: each field, method and constructor of a source class
// becomes a FieldSymbol/MethodSymbol with resolved types and its implicit
// modifiers (interface fields public static final, interface methods public
// abstract), plus the default constructor of a class that declares none.
// Reports what a declaration alone shows to be wrong: illegal modifier
// combinations, missing or forbidden bodies, duplicates, misnamed
// constructors, and fields that would put a STRUCT on the heap.
#include "compiler/sema/class_table.h"
#include "compiler/sema/sema_context.h"

namespace plurix::compiler::sema {

// Requires: the supertypes of every class are set and isStruct is final.
// Fills cls.fields/methods and the FieldDecl/MethodDecl::symbol of its members.
void declareMembers(SemaContext& ctx, ClassTable& table, ClassSymbol& cls);

// The class-level modifier checks ("illegal combination of modifiers: abstract
// and final", modifiers a top-level class may not have).
void checkClassModifiers(SemaContext& ctx, const ClassSymbol& cls);

}  // namespace plurix::compiler::sema
