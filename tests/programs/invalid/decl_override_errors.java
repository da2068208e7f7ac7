class Parent {
    public void open() {
    }

    int count() {
        return 0;
    }

    final void locked() {
    }

    static void shared() {
    }

    void instance() {
    }

    void quiet() {
    }
}

class Child extends Parent {
    void open() { // error: attempting to assign weaker access privileges; was public
    }

    long count() { // error: return type long is not compatible with int
        return 1;
    }

    void locked() { // error: overridden method is final
    }

    void shared() { // error: overridden method is static
    }

    static void instance() { // error: overriding method is static
    }

    void quiet() throws Exception { // error: overridden method does not throw Exception
    }
}
