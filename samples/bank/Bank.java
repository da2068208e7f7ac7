import java.util.Random;

// Bank transfers: random transfers between accounts must keep the total.
// Prints the total before and after, how many transfers ran, and a checksum
// of every final balance (which pins down the exact sequence of transfers).
public class Bank {
    static final int ACCOUNTS = 1000;
    static final int TRANSFERS = 100000;

    static long total(Account[] accounts) {
        long sum = 0;
        for (Account a : accounts) {
            sum += a.balance;
        }
        return sum;
    }

    static long checksum(Account[] accounts) {
        long h = 17;
        for (int i = 0; i < accounts.length; i++) {
            h = h * 31 + accounts[i].balance * (i + 1);
            h ^= h >>> 29;
        }
        return h;
    }

    public static void main(String[] args) {
        Random random = new Random(42);
        Account[] accounts = new Account[ACCOUNTS];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new Account(i, 10000 + random.nextInt(90000));
        }
        long before = total(accounts);
        System.out.println("accounts: " + accounts.length);
        System.out.println("total before: " + before);

        Transfer transfer = new Transfer(accounts, random);
        for (int i = 0; i < TRANSFERS; i++) {
            transfer.run();
        }

        long after = total(accounts);
        System.out.println("transfers: " + transfer.done() + " (skipped " + transfer.skipped() + ")");
        System.out.println("total after: " + after);
        System.out.println(before == after ? "total preserved" : "TOTAL CHANGED");
        System.out.println("checksum: " + checksum(accounts));
    }
}
