abstract class Template {
    abstract void step();
}

class CallMiscErrors extends Template {
    void step() {
        super.step(); // error: abstract method step() in Template cannot be accessed directly
    }

    static void nothing() {
    }

    void twice(int a, int a) { // error: variable a is already defined in method twice
    }

    void g(Object o) {
        nothing().toString(); // error: void cannot be dereferenced
        Object q = (Unknown) o; // error: cannot find symbol: class Unknown
        this(1); // error: call to this must be first statement in constructor
    }

    CallMiscErrors() {
    }

    CallMiscErrors(int x) {
    }
}
