class DeclNestedNameClashes {
    static class Dup {
    }

    static class Dup { // error: class Dup is already defined in class DeclNestedNameClashes
    }

    static class DeclNestedNameClashes { // error: class DeclNestedNameClashes is already defined in package unnamed package
    }
}
