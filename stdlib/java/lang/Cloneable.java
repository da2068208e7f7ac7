package java.lang;

/**
 * Marks a class whose instances {@link Object#clone()} may copy. Arrays are
 * always cloneable.
 */
public interface Cloneable {
}
