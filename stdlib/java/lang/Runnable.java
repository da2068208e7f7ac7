package java.lang;

/** A unit of work with no arguments and no result. */
public interface Runnable {

    /** Performs the work. */
    void run();
}
