class UnsupportedSynchronized {
    static int count;

    synchronized void bump() { // error: synchronized is not supported; Plurix runs every step as a transaction
        count++;
    }

    void other(Object lock) {
        synchronized (lock) { // error: synchronized is not supported; Plurix runs every step as a transaction
            count--;
        }
    }
}
