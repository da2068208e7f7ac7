package java.lang;

/**
 * Thrown when the heap has no room left for a new object.
 */
public class OutOfMemoryError extends VirtualMachineError {

    /** Constructs an instance with no detail message. */
    public OutOfMemoryError() {
    }

    /** Constructs an instance with the given detail message. */
    public OutOfMemoryError(String message) {
        super(message);
    }
}
