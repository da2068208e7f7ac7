// The rejected expression sits on its own line, so an error cascading from it
// (e.g. to the enclosing return) would show on an unmarked line.
class UnsupportedAnonymousClass {
    static Runnable make() {
        return
            new Runnable() { // error: anonymous classes are not supported yet
                public void run() {
                }
            };
    }
}
