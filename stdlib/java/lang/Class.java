package java.lang;

/**
 * The runtime class of an object, as returned by {@link Object#getClass()}.
 * There are no class literals and no reflection; a Class only names itself.
 */
public final class Class {

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
