#include "compiler/flow/flow_checker.h"

#include "compiler/flow/definite_assignment.h"
#include "compiler/flow/reachability.h"

namespace plurix::compiler::flow {

namespace {

bool returnsValue(const ast::MethodDecl& method) {
  if (method.isConstructor || method.returnType == nullptr) return false;
  return !(method.returnType->isPrimitive && method.returnType->primitive == ast::PrimitiveKind::Void &&
           method.returnType->arrayDims == 0);
}

// As javac, flow analysis waits until the file is otherwise free of errors:
// a construct the parser rejected is missing from the tree (a rejected
// initializer leaves `int y = switch…` looking like `int y;`), and half-
// attributed code would give errors that are only echoes of the first.
bool fileHasEarlierErrors(const ast::ClassDecl& cls, const DiagnosticEngine& diags) {
  for (const Diagnostic& d : diags.diagnostics()) {
    if (d.severity == Severity::Error && d.location.file == cls.location.file && !FlowReporter::isFlowError(d)) {
      return true;
    }
  }
  return false;
}

}  // namespace

void checkClassFlow(const ast::ClassDecl& cls, DiagnosticEngine& diags) {
  if (fileHasEarlierErrors(cls, diags)) return;
  FlowReporter reporter(diags);
  ReachabilityFacts facts;
  for (const auto& member : cls.members) {
    if (member == nullptr) continue;
    if (member->is<ast::MethodDecl>()) {
      const auto* method = member->as<ast::MethodDecl>();
      if (method->body == nullptr) continue;
      Liveness end = checkReachability(*method->body, reporter, facts);
      // After a reported unreachable statement the end counts as reachable
      // only to avoid cascades; javac then stays silent, and so do we.
      if (end == Liveness::Alive && returnsValue(*method)) {
        reporter.error(method->body->closingBrace, "missing return statement");
      }
    } else if (member->is<ast::InitializerDecl>()) {
      const auto* init = member->as<ast::InitializerDecl>();
      if (init->body == nullptr) continue;
      if (checkReachability(*init->body, reporter, facts) == Liveness::Dead) {
        reporter.error(init->location, "initializer must be able to complete normally");
      }
    }
  }
  checkDefiniteAssignment(cls, facts, reporter);
}

}  // namespace plurix::compiler::flow
