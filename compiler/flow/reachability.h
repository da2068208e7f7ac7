#pragma once
// Reachability of statements (JLS 14.22), decided as javac decides it: the
// first unreachable statement of a run is reported, then analysis goes on as
// if it were reachable ("recovering") so one mistake gives one error, and a
// method whose end is only reachable that way gets no "missing return".
#include <unordered_set>

#include "compiler/ast/ast.h"
#include "compiler/flow/flow_reporter.h"

namespace plurix::compiler::flow {

enum class Liveness : uint8_t {
  Dead,        // cannot complete normally
  Alive,       // can complete normally
  Recovering,  // can, but only past a statement already reported unreachable
};

// What reachability learns that definite assignment needs (JLS 16.2.15).
struct ReachabilityFacts {
  std::unordered_set<const ast::TryStmt*> finallyCannotComplete;
};

// Reports the unreachable statements of `body` (a method, constructor or
// initializer body) and returns whether its end is reachable. Records facts.
Liveness checkReachability(const ast::BlockStmt& body, FlowReporter& reporter, ReachabilityFacts& facts);

}  // namespace plurix::compiler::flow
