interface UnsupportedInterfaceMethods {
    void plain();

    default void withDefault() { // error: default methods are not supported yet
    }

    static void helper() { // error: static interface methods are not supported yet
    }

    private void hidden() { // error: private interface methods are not supported yet
    }
}
