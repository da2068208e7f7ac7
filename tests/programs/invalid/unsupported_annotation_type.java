@interface UnsupportedAnnotationType { // error: annotation type declarations are not supported yet
}
