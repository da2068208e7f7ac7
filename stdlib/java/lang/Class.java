package java.lang;

/**
 * The runtime class of an object, as returned by {@link Object#getClass()}.
 * There are no class literals and no reflection; a Class only names itself.
 */
public final class Class {

    /**
     * The address of the runtime's descriptor of this class, set by the
     * class loader when it creates the Class object. It must stay the first
     * field: the runtime finds it there.
     */
    private long info;

    private Class() {
    }

    /**
     * Returns the binary name: "java.lang.String", "pkg.Outer$Inner", or
     * for an array class the descriptor form such as "[I".
     */
    public native String getName();

    /** Returns "class " followed by the name. */
    public String toString() {
        return "class " + getName();
    }
}
