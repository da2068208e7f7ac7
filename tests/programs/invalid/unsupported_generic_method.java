class UnsupportedGenericMethod {
    static <T> void keep(T value) { // error: generic
    }
}
