// Emits the LLVM IR of one Java method (or a class's static initialiser) from its attributed
// AST. Statements and control flow are in function_emitter.cpp, expressions in
// expression_emitter.cpp, calls and object creation in call_emitter.cpp, and the object
// model's loads, stores and checks in object_access.cpp.
//
// Exceptions never unwind: a throw leaves the exception in StationLocal::pendingException;
// after each call that may throw, the emitted code tests it and branches to the innermost
// handler — a catch dispatch, a finally's exceptional copy, or the function's own exit, which
// returns to the caller with the exception still pending. A finally block is emitted once per
// way out of its try (fall-through, each break/continue/return through it, the exceptional
// path), as javac does.
#pragma once
#include <unordered_map>
#include <vector>

#include "compiler/codegen/module_context.h"

namespace plurix::compiler::codegen {

class FunctionEmitter {
 public:
  FunctionEmitter(ModuleContext& module, const sema::ClassSymbol* cls, const ast::CompilationUnit* unit);

  // Requires method's class loaded. Guarantees its function defined (native methods: a call
  // through the runtime table; constructors: super call, field initialisers, body).
  bool emitMethod(const sema::MethodSymbol* method, std::string* error);
  // The static initialiser: non-constant static field initialisers and static blocks in order.
  bool emitClinit(std::string* error);

 private:
  // --- an assignable place: a local, a static or instance field, or an array element.
  struct Place {
    enum class Kind { Local, Static, Instance, Element } kind = Kind::Local;
    const sema::Type* type = nullptr;
    llvm::Value* address = nullptr;  // Local/Static/Instance: where the value lives
    llvm::Value* object = nullptr;   // Instance: the object (for reference stores); Element: the array
    llvm::Value* index = nullptr;    // Element
    const sema::FieldSymbol* field = nullptr;  // Instance
    bool needsNullCheck = false;
  };

  // function_emitter.cpp
  void beginFunction(llvm::Function* fn, const std::string& displayName, unsigned line);
  void emitConstructorPrologue(const sema::MethodSymbol* method, const ast::BlockStmt* body);
  void emitFieldInitializers(bool statics);
  void emitStatement(const ast::Stmt* stmt);
  void emitBlock(const ast::BlockStmt* block);
  void emitLocalVars(const ast::LocalVarsStmt* stmt);
  void emitIf(const ast::IfStmt* stmt);
  // A loop's body with break (to after) and continue (to next) targets, then a jump to next.
  void emitLoopBody(const ast::Stmt* loop, const ast::Stmt* label, const ast::Stmt* body, llvm::BasicBlock* after,
                    llvm::BasicBlock* next);
  void emitWhile(const ast::WhileStmt* stmt, const ast::Stmt* label);
  void emitDoWhile(const ast::DoWhileStmt* stmt, const ast::Stmt* label);
  void emitFor(const ast::ForStmt* stmt, const ast::Stmt* label);
  void emitForEach(const ast::ForEachStmt* stmt, const ast::Stmt* label);
  void emitSwitch(const ast::SwitchStmt* stmt, const ast::Stmt* label);
  void emitTry(const ast::TryStmt* stmt);
  void emitReturn(const ast::ReturnStmt* stmt);
  void emitJump(const ast::Stmt* target, bool isContinue);
  void emitFinalliesDownTo(size_t depth);
  void emitCondition(const ast::Expr* condition, llvm::BasicBlock* whenTrue, llvm::BasicBlock* whenFalse);
  llvm::AllocaInst* localSlot(const ast::VariableDecl* variable);
  void ensureInsertionPoint();
  void setLocation(SourceLocation location);

  // expression_emitter.cpp
  llvm::Value* emitExpr(const ast::Expr* expr);
  llvm::Value* emitExprAs(const ast::Expr* expr, const sema::Type* type);
  llvm::Value* emitConstant(const ast::ConstantValue& value, const sema::Type* type);
  llvm::Value* emitName(const ast::NameExpr* expr);
  llvm::Value* emitFieldAccess(const ast::FieldAccessExpr* expr);
  llvm::Value* emitUnary(const ast::UnaryExpr* expr);
  llvm::Value* emitBinary(const ast::BinaryExpr* expr);
  llvm::Value* emitArithmetic(ast::BinaryOp op, llvm::Value* left, llvm::Value* right, sema::TypeKind kind);
  llvm::Value* emitDivision(ast::BinaryOp op, llvm::Value* left, llvm::Value* right);
  llvm::Value* emitComparison(ast::BinaryOp op, llvm::Value* left, llvm::Value* right, sema::TypeKind kind);
  llvm::Value* emitAssign(const ast::AssignExpr* expr);
  llvm::Value* emitIncrement(const ast::UnaryExpr* expr);
  llvm::Value* emitConditional(const ast::ConditionalExpr* expr);
  llvm::Value* emitLogical(const ast::BinaryExpr* expr);
  llvm::Value* emitInstanceOf(const ast::InstanceOfExpr* expr);
  llvm::Value* emitCast(const ast::CastExpr* expr);
  llvm::Value* convert(llvm::Value* value, const sema::Type* from, const sema::Type* to);
  llvm::Value* convertKind(llvm::Value* value, sema::TypeKind from, sema::TypeKind to);
  llvm::Type* kindType(sema::TypeKind kind);
  static sema::TypeKind promoted(sema::TypeKind kind);
  static sema::TypeKind binaryPromoted(sema::TypeKind left, sema::TypeKind right);
  static bool isStaticSubtype(const sema::Type* from, const sema::Type* to);
  // Evaluates the parts of a place (object, array, index) without checking them; finishPlace
  // then null-checks and bounds-checks (JLS 15.26.1: after the right-hand side for =).
  Place emitPlace(const ast::Expr* target);
  void finishPlace(Place& place);
  llvm::Value* load(const Place& place);
  void store(const Place& place, llvm::Value* value, const sema::Type* valueType);

  // call_emitter.cpp
  llvm::Value* emitCall(const ast::MethodCallExpr* call);
  llvm::Value* emitNew(const ast::NewExpr* expr);
  llvm::Value* emitNewArray(const ast::NewArrayExpr* expr);
  llvm::Value* emitArrayInitializer(const ast::ArrayInitializerExpr* init, const sema::Type* arrayType);
  llvm::Value* emitStringConcat(const ast::BinaryExpr* expr);
  llvm::Value* emitConcat(const std::vector<std::pair<llvm::Value*, const sema::Type*>>& parts);
  std::vector<llvm::Value*> emitArguments(const sema::MethodSymbol* method, const std::vector<ast::Own<ast::Expr>>& args);
  llvm::Value* callDirect(const sema::MethodSymbol* method, std::vector<llvm::Value*> args);
  llvm::Value* callVirtual(const sema::MethodSymbol* method, std::vector<llvm::Value*> args);
  llvm::CallInst* emitVtableCall(const sema::MethodSymbol* method, const std::vector<llvm::Value*>& args);
  llvm::Value* callGuarded(const sema::MethodSymbol* method, const std::vector<ClassLoader::Target>& targets,
                           const std::vector<llvm::Value*>& args);
  const sema::MethodSymbol* libraryMethod(const char* className, const std::string& key);

  // object_access.cpp
  llvm::Value* callRuntime(runtime::RuntimeEntry entry, llvm::ArrayRef<llvm::Value*> args);
  void checkPending();
  // The station's pending exception, read or written with an access tag of its own: no heap
  // access (all tagged) can change it, so a check after inlined code folds into the one before.
  llvm::Value* loadPending();
  void storePending(llvm::Value* exception);
  void throwAndBranch(runtime::RuntimeEntry entry, llvm::ArrayRef<llvm::Value*> args);
  llvm::BasicBlock* handler();
  void nullCheck(llvm::Value* object);
  llvm::Value* arrayLength(llvm::Value* array);
  llvm::Value* elementAddress(llvm::Value* array, llvm::Value* index, const sema::Type* elementType, bool check);
  llvm::Value* fieldAddress(llvm::Value* object, const sema::FieldSymbol* field);
  llvm::Value* staticAddress(const sema::FieldSymbol* field);
  enum class Memory { Field, Static, Element };
  llvm::Value* loadMemory(llvm::Value* address, const sema::Type* type, Memory memory);
  void storeMemory(llvm::Value* address, llvm::Value* value, const sema::Type* type, Memory memory);
  llvm::MDNode* accessTag(Memory memory, const sema::Type* type);
  void initGuard(const sema::ClassSymbol* cls);
  llvm::Value* classInfoOf(llvm::Value* object);
  llvm::Value* descriptorOf(llvm::Value* object);
  // The header's type offset: the descriptor's distance from the heap base, in 8-byte words.
  llvm::Value* typeOffsetOf(llvm::Value* object);
  llvm::Value* isInstance(llvm::Value* object, const sema::Type* type);  // object non-null
  runtime::ClassInfo* classInfoFor(const sema::Type* type);
  llvm::Value* stringLiteral(const std::u16string& text);
  llvm::Value* zeroValue(llvm::Type* type);

  struct JumpTarget {
    const ast::Stmt* statement;
    llvm::BasicBlock* breakBlock;
    llvm::BasicBlock* continueBlock;  // null: not a loop
    size_t finallyDepth;
  };
  struct Finally {
    const ast::BlockStmt* block;
    size_t handlerDepth;  // handlers_ outside this try
  };

  ModuleContext& module_;
  const sema::ClassSymbol* class_;
  const ast::CompilationUnit* unit_;
  const sema::MethodSymbol* method_ = nullptr;  // null in <clinit>
  llvm::LLVMContext& context_;
  llvm::IRBuilder<> builder_;
  llvm::Function* function_ = nullptr;
  llvm::DISubprogram* subprogram_ = nullptr;
  llvm::BasicBlock* entryBlock_ = nullptr;
  llvm::BasicBlock* propagate_ = nullptr;
  llvm::Value* this_ = nullptr;
  std::unordered_map<const ast::VariableDecl*, llvm::AllocaInst*> locals_;
  std::vector<llvm::BasicBlock*> handlers_;
  std::vector<JumpTarget> targets_;
  std::vector<Finally> finallies_;
  std::string error_;
};

}  // namespace plurix::compiler::codegen
