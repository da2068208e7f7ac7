#pragma once
// Turns a syntax-error-free ANTLR parse tree into our AST (compiler/ast/ast.h)
// and rejects the Java constructs the dialect does not support yet, each with
// "X is not supported yet" at its position; it goes on after each so that a
// file's every such error is reported. A rejected expression becomes an
// ErroneousExpr, a rejected statement an EmptyStmt, a rejected declaration is
// left out.
//
// Locations: a node's location is its first token, except that binary,
// assignment, conditional, instanceof and postfix expressions use their
// operator token, a method call its '(' and an array access its '[' (as javac
// reports them), and variables and fields their name.
//
// Recursion is bounded: expressions nest at most kMaxExpressionDepth deep and
// statements kMaxStatementDepth deep, so that the AST builder and every later
// recursive pass (sema, flow, the destructor) stay well inside the stack.
#include <memory>
#include <string>
#include <typeinfo>
#include <vector>

#include "PlurixJavaParser.h"
#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"

namespace plurix::compiler::parse {

inline constexpr int kMaxExpressionDepth = 1000;
inline constexpr int kMaxStatementDepth = 1000;

class AstBuilder {
 public:
  using P = gen::PlurixJavaParser;

  // `source` is the file's UTF-8 text; `byteOffsets` maps a code point index
  // (ANTLR's char index) to its byte offset, or is null for ASCII-only text.
  AstBuilder(FileId file, DiagnosticEngine& diags, const std::string& source,
             const std::vector<uint32_t>* byteOffsets)
      : file_(file), diags_(diags), source_(source), byteOffsets_(byteOffsets) {}

  // Requires a tree that parsed without syntax errors. Reports unsupported
  // constructs and malformed literals to the DiagnosticEngine.
  std::unique_ptr<ast::CompilationUnit> build(P::CompilationUnitContext* tree);

 private:
  // Modifiers and annotations as written, with where each keyword stood.
  struct ModifierList {
    ast::Modifiers bits = 0;
    std::vector<ast::Annotation> annotations;
    SourceLocation first;  // the first modifier or annotation, if any
    SourceLocation defaultAt, staticAt, privateAt;
  };

  // ---- declarations (ast_builder.cpp)
  ModifierList buildModifiers(const std::vector<P::ModifierContext*>& modifiers);
  void addModifier(ModifierList& list, antlr4::Token* token);
  ast::Annotation buildAnnotation(P::AnnotationContext* ctx);
  ast::Modifiers buildVariableModifiers(const std::vector<P::VariableModifierContext*>& modifiers,
                                        std::vector<ast::Annotation>* annotations);
  ast::Own<ast::ClassDecl> buildTypeDeclaration(ModifierList modifiers, SourceLocation start,
                                                P::AnyTypeDeclarationContext* ctx, ast::ClassDecl* enclosing);
  ast::Own<ast::ClassDecl> buildClassOrInterface(ModifierList modifiers, SourceLocation start,
                                                 P::ClassDeclarationContext* classCtx,
                                                 P::InterfaceDeclarationContext* interfaceCtx,
                                                 ast::ClassDecl* enclosing);
  void buildClassBody(P::ClassBodyContext* body, ast::ClassDecl* owner);
  void buildMember(P::ClassBodyDeclarationContext* ctx, ast::ClassDecl* owner);
  ast::Own<ast::MethodDecl> buildMethod(P::MethodDeclarationContext* ctx, ast::ClassDecl* owner);
  ast::Own<ast::MethodDecl> buildConstructor(P::ConstructorDeclarationContext* ctx, ast::ClassDecl* owner);
  void buildFields(P::FieldDeclarationContext* ctx, const ModifierList& modifiers, ast::ClassDecl* owner);
  void checkInterfaceMethod(const ModifierList& modifiers, bool inInterface);
  std::vector<ast::Own<ast::VariableDecl>> buildParameters(P::FormalParametersContext* ctx);
  std::vector<ast::Own<ast::TypeRef>> buildTypeList(P::TypeListContext* ctx);

  // ---- statements (ast_statement_builder.cpp)
  ast::Own<ast::BlockStmt> buildBlock(P::BlockContext* ctx);
  void buildBlockStatement(P::BlockStatementContext* ctx, std::vector<ast::Own<ast::Stmt>>& out);
  ast::Own<ast::LocalVarsStmt> buildLocalVariables(P::LocalVariableDeclarationContext* ctx);
  ast::Own<ast::Stmt> buildStatement(P::StatementContext* ctx);
  ast::Own<ast::Stmt> buildStatementKind(P::StatementContext* ctx);
  ast::Own<ast::Stmt> buildFor(P::ForStmtContext* ctx);
  ast::Own<ast::Stmt> buildTry(P::TryStmtContext* ctx);
  ast::Own<ast::Stmt> buildSwitch(P::SwitchStmtContext* ctx);
  ast::Own<ast::ExprStmt> buildExpressionStatement(P::ExpressionContext* ctx);
  ast::Own<ast::Stmt> rejectStatement(antlr4::ParserRuleContext* ctx, const std::string& message);

  // ---- expressions and types (ast_expression_builder.cpp)
  ast::Own<ast::Expr> buildExpr(P::ExpressionContext* ctx, bool negatedLiteral = false);
  ast::Own<ast::Expr> buildExprKind(P::ExpressionContext* ctx, bool negatedLiteral);
  ast::Own<ast::Expr> buildOperator(P::ExpressionContext* ctx);
  ast::Own<ast::Expr> buildPrimary(P::PrimaryContext* ctx, bool negatedLiteral);
  ast::Own<ast::Expr> buildNew(P::NewPrimaryContext* ctx);
  ast::Own<ast::Expr> buildLiteral(P::LiteralContext* ctx, bool negated);
  ast::Own<ast::Expr> buildVariableInitializer(P::VariableInitializerContext* ctx);
  ast::Own<ast::ArrayInitializerExpr> buildArrayInitializer(P::ArrayInitializerContext* ctx);
  std::vector<ast::Own<ast::Expr>> buildArguments(P::ArgumentsContext* ctx);
  // A call from its parts, positioned at its '(' as javac reports calls;
  // dot is null and target null for an unqualified call.
  ast::Own<ast::MethodCallExpr> buildCall(ast::Own<ast::Expr> target, antlr4::tree::TerminalNode* dot,
                                          P::IdentifierContext* name, P::ArgumentsContext* arguments);
  std::vector<ast::Own<ast::Expr>> buildExpressionList(P::ExpressionListContext* ctx);
  ast::Own<ast::Expr> reject(antlr4::Token* where, const std::string& message);
  // Reports `message` at `where` inside `token`; the node stands at `token`.
  ast::Own<ast::Expr> reject(antlr4::Token* token, const std::string& message, SourceLocation where);
  bool checkAdjacent(const std::vector<antlr4::tree::TerminalNode*>& tokens);
  ast::Own<ast::TypeRef> buildType(P::TypeTypeContext* ctx);
  ast::Own<ast::TypeRef> buildTypeOrVoid(P::TypeOrVoidContext* ctx);
  ast::Own<ast::TypeRef> buildClassType(P::ClassTypeContext* ctx);
  ast::Own<ast::TypeRef> buildPrimitiveType(P::PrimitiveTypeContext* ctx);
  // `var` as a local variable's type: reported; the variable gets no type.
  ast::Own<ast::TypeRef> buildLocalType(P::TypeTypeContext* ctx);
  void rejectTypeArguments(P::TypeArgumentsContext* ctx);
  // Reports type parameters and records their names in `owner` (the class
  // declaring them or the class of the generic method or constructor).
  void rejectTypeParameters(P::TypeParametersContext* ctx, ast::ClassDecl* owner);

  std::string text(const antlr4::Token* first, const antlr4::Token* last) const;
  std::string text(const antlr4::Token* token) const { return text(token, token); }
  std::string text(antlr4::ParserRuleContext* ctx) const { return text(ctx->getStart(), ctx->getStop()); }
  std::vector<std::string> qualifiedNameParts(P::QualifiedNameContext* ctx);

  SourceLocation loc(const antlr4::Token* token) const;
  SourceLocation loc(antlr4::tree::TerminalNode* node) const { return loc(node->getSymbol()); }
  SourceLocation loc(antlr4::ParserRuleContext* ctx) const { return loc(ctx->getStart()); }
  void error(SourceLocation where, std::string message) { diags_.error(where, std::move(message)); }

  FileId file_;
  DiagnosticEngine& diags_;
  const std::string& source_;
  const std::vector<uint32_t>* byteOffsets_;
  int expressionDepth_ = 0;
  int statementDepth_ = 0;
  // One depth error per outermost expression or statement, not one per branch
  // cut off below the limit.
  bool expressionDepthReported_ = false;
  bool statementDepthReported_ = false;
};

// The parse tree has one context class per labelled alternative; comparing
// typeid is an exact, cheap dispatch (no chain of dynamic_casts).
template <typename T>
T* alternative(antlr4::ParserRuleContext* ctx) {
  return typeid(*ctx) == typeid(T) ? static_cast<T*>(ctx) : nullptr;
}

// A copy of a type as written (for `int a, b;`, which shares one type).
ast::Own<ast::TypeRef> cloneType(const ast::TypeRef& type);

}  // namespace plurix::compiler::parse
