class NameDuplicateLocal {
    static void f(int x) {
        int x = 1; // error: variable x is already defined in method f(int)
        int y = 2;
        {
            int y = 3; // error: variable y is already defined in method f(int)
        }
        for (int i = 0; i < 2; i++) {
            int i = 5; // error: variable i is already defined in method f(int)
        }
        try {
        } catch (RuntimeException y) { // error: variable y is already defined in method f(int)
        }
    }
}
