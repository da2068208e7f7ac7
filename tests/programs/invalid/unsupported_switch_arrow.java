class UnsupportedSwitchArrow {
    static void f(int x) {
        switch (x) {
            case 1 -> System.out.println("one"); // error: switch rules (case ->) are not supported yet
            default -> System.out.println("other"); // error: switch rules (case ->) are not supported yet
        }
    }
}
