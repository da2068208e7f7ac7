class NameStaticContext {
    int counter;

    void instanceMethod() {
    }

    static void f() {
        counter++; // error: non-static variable counter cannot be referenced from a static context
        instanceMethod(); // error: non-static method instanceMethod() cannot be referenced from a static context
        Object o = this; // error: non-static variable this cannot be referenced from a static context
        int x = NameStaticContext.counter; // error: non-static variable counter cannot be referenced from a static context
        String s = super.toString(); // error: non-static variable super cannot be referenced from a static context
    }
}
