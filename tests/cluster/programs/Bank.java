// The shared bank of the cluster test: ACCOUNTS balances in one static array (so every transfer
// of every station touches the same pages: real conflicts), built by the creating station.
public class Bank {
    static final int ACCOUNTS = 64;
    static final long INITIAL = 1000000;
    static long[] balances;

    public static void main(String[] args) {
        balances = new long[ACCOUNTS];
        for (int i = 0; i < ACCOUNTS; i++) {
            balances[i] = INITIAL;
        }
        System.out.println("bank: " + ACCOUNTS + " accounts, total " + Audit.total());
    }
}
