class NameDuplicateMembers {
    int a;
    String a; // error: variable a is already defined in class NameDuplicateMembers

    void m(int x) {
    }

    int m(int y) { // error: method m(int) is already defined in class NameDuplicateMembers
        return y;
    }

    void m(long x) {
    }
}

class NameDuplicateMembers { // error: duplicate class: NameDuplicateMembers
}
