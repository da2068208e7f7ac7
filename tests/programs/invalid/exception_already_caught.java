class ExceptionAlreadyCaught {
    static void f(Object o) {
        try {
            o.toString();
        } catch (Exception e) {
        } catch (RuntimeException e) { // error: exception RuntimeException has already been caught
        }
    }
}
