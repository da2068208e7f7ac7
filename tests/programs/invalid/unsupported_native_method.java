class UnsupportedNativeMethod {
    static native int peek(long address); // error: native
}
