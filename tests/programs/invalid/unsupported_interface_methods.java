interface UnsupportedInterfaceMethods {
    void plain();

    default void withDefault() { // error: default methods
    }

    static void helper() { // error: static
    }

    private void hidden() { // error: private
    }
}
