package java.lang;

/**
 * Imposes a total ordering on the objects of each class that implements it.
 * Raw (non-generic): the argument is an Object, and implementations cast it.
 */
public interface Comparable {

    /**
     * Returns a negative integer, zero or a positive integer as this object
     * is less than, equal to or greater than the specified object.
     */
    int compareTo(Object o);
}
