// Placeholder; replaced by the dialect's grammar.
grammar PlurixJava;
compilationUnit : EOF ;
