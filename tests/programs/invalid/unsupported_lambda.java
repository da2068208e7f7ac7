class UnsupportedLambda {
    static void f() {
        Runnable r = () -> System.out.println("x"); // error: lambda
    }
}
