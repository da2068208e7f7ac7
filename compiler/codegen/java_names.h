// The names compiled code and the runtime agree on: a class's binary name ("pkg.Outer$Inner",
// as Class.getName prints it), JVM descriptors ("(I[Ljava/lang/String;)V"), the method keys
// of runtime::MethodEntry ("main([Ljava/lang/String;)V") and the LLVM symbol of each method
// ("pkg.Outer$Inner.work(I)V"). One function per name, so no two places spell them apart.
#pragma once
#include <string>

#include "compiler/sema/symbols.h"
#include "compiler/sema/types.h"

namespace plurix::compiler::codegen {

std::string binaryName(const sema::ClassSymbol* cls);
// The binary name of any reference type: "java.lang.String", "[I", "[[Ljava.lang.String;".
std::string binaryName(const sema::Type* type);
std::string descriptor(const sema::Type* type);
std::string methodDescriptor(const sema::MethodSymbol* method);
// "<init>(Ljava/lang/String;)V"
std::string methodKey(const sema::MethodSymbol* method);
// "java.lang.String.<init>(Ljava/lang/String;)V": the key prefixed by the owner's binary name.
std::string methodSymbol(const sema::MethodSymbol* method);
// "Main.work": how a stack trace names the method.
std::string methodDisplayName(const sema::MethodSymbol* method);
// "Main.java": the file name a stack trace and a ClassInfo give for unit (its path's last part).
std::string sourceFileName(const ast::CompilationUnit* unit);
// Sema's symbols for methods with the same name and parameter types (an override).
bool sameSignature(const sema::MethodSymbol* a, const sema::MethodSymbol* b);

}  // namespace plurix::compiler::codegen
