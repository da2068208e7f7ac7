@interface UnsupportedAnnotationType { // error: annotation type
}
