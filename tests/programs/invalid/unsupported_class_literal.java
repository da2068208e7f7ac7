// The rejected expression sits on its own line, so an error cascading from it
// (e.g. to the enclosing return) would show on an unmarked line.
class UnsupportedClassLiteral {
    static Object f() {
        return
            String.class; // error: class literals are not supported yet
    }
}
