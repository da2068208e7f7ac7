package java.lang;

/**
 * Thrown when the runtime has run out of a resource it needs to continue.
 */
public abstract class VirtualMachineError extends Error {

    /** Constructs an instance with no detail message. */
    public VirtualMachineError() {
    }

    /** Constructs an instance with the given detail message. */
    public VirtualMachineError(String message) {
        super(message);
    }

    /** Constructs an instance with the given detail message and cause. */
    public VirtualMachineError(String message, Throwable cause) {
        super(message, cause);
    }

    /** Constructs an instance with the given cause and its string as the message. */
    public VirtualMachineError(Throwable cause) {
        super(cause);
    }
}
