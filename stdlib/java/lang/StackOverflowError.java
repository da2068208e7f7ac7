package java.lang;

/**
 * Thrown when a transaction's stack overflows, usually by deep recursion.
 */
public class StackOverflowError extends VirtualMachineError {

    /** Constructs an instance with no detail message. */
    public StackOverflowError() {
    }

    /** Constructs an instance with the given detail message. */
    public StackOverflowError(String message) {
        super(message);
    }
}
