interface Task {
    void run();
}

class TypeMiscErrors implements Task {
    void run() { // error: run() in TypeMiscErrors cannot implement run() in Task
    }

    static {
        return; // error: return outside method
    }

    int field;

    static void f() {
        int a = null; // error: incompatible types: <null> cannot be converted to int
        String s = null + null; // error: bad operand types for binary operator '+'
        byte b = 'é'; // error: incompatible types: possible lossy conversion from char to byte
        short sh = -32769; // error: incompatible types: possible lossy conversion from int to short
        int len = String.length(); // error: non-static method length() cannot be referenced from a static context
        char fits = 'a' + 'b';
        byte alsoFits = 'a';
    }
}
