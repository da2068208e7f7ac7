class Vault {
    private int secret = 42;

    private static void open() {
    }

    private Vault(int code) {
    }

    static Vault make() {
        return new Vault(0);
    }
}

class NamePrivateAccess {
    static void f(Vault v) {
        int s = v.secret; // error: secret has private access in Vault
        Vault.open(); // error: open() has private access in Vault
        Vault w = new Vault(7); // error: Vault(int) has private access in Vault
    }
}
