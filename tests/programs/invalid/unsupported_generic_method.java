// The type variable's use sits on its own line, so an error cascading from the
// rejected type parameter (e.g. "cannot find symbol: class T") would show on an
// unmarked line.
class UnsupportedGenericMethod {
    static <T> void keep( // error: generic types are not supported yet
            T value) {
    }
}
