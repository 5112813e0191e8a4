"""Mojito's Mojo compiler: source -> AST -> checked program -> LLVM IR -> native code.

Stages live in one subpackage each (see docs/compiler.md):
  frontend/  lexer and parser, producing an AST whose nodes carry source spans
  check/     name resolution, type checking, comptime evaluation (annotates the AST)
  codegen/   lowering of the checked AST to LLVM IR, optimization, JIT and object emission
The public API for other parts (the kernel, the CLI) is `mojito.compiler.driver`.
"""

__version__ = "0.1.0"
