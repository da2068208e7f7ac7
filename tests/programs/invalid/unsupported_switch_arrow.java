class UnsupportedSwitchArrow {
    static void f(int x) {
        switch (x) {
            case 1 -> System.out.println("one"); // error: case ->
            default -> System.out.println("other"); // error: case ->
        }
    }
}
