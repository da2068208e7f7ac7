class UnsupportedLambda {
    static void f() {
        Runnable r = () -> System.out.println("x"); // error: lambda expressions are not supported yet
    }
}
