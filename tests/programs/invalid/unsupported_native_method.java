class UnsupportedNativeMethod {
    static native int peek(long address); // error: native methods are not supported outside the standard library
}
