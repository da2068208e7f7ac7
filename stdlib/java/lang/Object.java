package java.lang;

/**
 * The root of the class hierarchy: every class, and every array type, has
 * Object as its superclass.
 */
public class Object {

    /** Constructs a new object. */
    public Object() {
    }

    /**
     * Indicates whether some other object is "equal to" this one. This
     * implementation is identity.
     */
    public boolean equals(Object obj) {
        return this == obj;
    }

    /**
     * Returns the identity hash code of this object, stable for its lifetime
     * (relocation in the heap does not change it).
     */
    public native int hashCode();

    /** Returns the class name, '@' and the hash code in hexadecimal. */
    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    /** Returns the runtime class of this object. */
    public final native Class getClass();

    /**
     * Returns a shallow copy of this object.
     *
     * @throws CloneNotSupportedException if the class does not implement
     *         {@link Cloneable}
     */
    protected native Object clone() throws CloneNotSupportedException;
}
