#pragma once
// Definite assignment over a whole class (JLS 16, 16.8-16.9): locals in every
// body, and the class's blank final fields, which the static initializers,
// then the instance initializers and field initializers (in source order),
// then each constructor that does not begin with this(...) must assign
// exactly once. As javac 17, a blank final still unassigned where such a
// constructor ends is reported at its closing brace (static ones too), and
// with no constructor at the field, "not initialized in the default constructor".
#include "compiler/ast/ast.h"
#include "compiler/flow/flow_reporter.h"
#include "compiler/flow/reachability.h"

namespace plurix::compiler::flow {

// Checks every initializer, constructor and method of `cls` (not its nested
// classes). Requires: `facts` from the reachability check of the same bodies.
void checkDefiniteAssignment(const ast::ClassDecl& cls, const ReachabilityFacts& facts, FlowReporter& reporter);

}  // namespace plurix::compiler::flow
