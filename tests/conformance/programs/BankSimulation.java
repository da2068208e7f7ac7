// A small bank: accounts, transfers drawn from a seeded Random, refused
// transfers by a checked exception, an audit that the total is preserved,
// and a report of the richest accounts.
import java.util.Random;

public class BankSimulation {
    static class Overdraft extends Exception {
        Overdraft(String message) {
            super(message);
        }
    }

    static class Account {
        final int number;
        final String owner;
        long balance;
        int transactions;

        Account(int number, String owner, long balance) {
            this.number = number;
            this.owner = owner;
            this.balance = balance;
        }

        void withdraw(long amount) throws Overdraft {
            if (amount > balance) {
                throw new Overdraft("account " + number + " lacks " + (amount - balance));
            }
            balance -= amount;
            transactions++;
        }

        void deposit(long amount) {
            balance += amount;
            transactions++;
        }
    }

    static class Bank {
        final Account[] accounts;
        int refused;
        String lastRefusal;

        Bank(int n, Random random) {
            accounts = new Account[n];
            String[] names = {"ada", "alan", "grace", "edsger", "barbara", "donald", "niklaus"};
            for (int i = 0; i < n; i++) {
                accounts[i] = new Account(i, names[i % names.length] + i, 1000 + random.nextInt(9000));
            }
        }

        void transfer(int from, int to, long amount) {
            try {
                accounts[from].withdraw(amount);
                accounts[to].deposit(amount);
            } catch (Overdraft e) {
                refused++;
                lastRefusal = e.getMessage();
            }
        }

        long total() {
            long t = 0;
            for (Account a : accounts) {
                t += a.balance;
            }
            return t;
        }
    }

    public static void main(String[] args) {
        Random random = new Random(2026);
        Bank bank = new Bank(50, random);
        long before = bank.total();
        System.out.println("total before " + before);
        for (int i = 0; i < 20000; i++) {
            int from = random.nextInt(50);
            int to = random.nextInt(50);
            bank.transfer(from, to, random.nextInt(3000));
        }
        long after = bank.total();
        System.out.println("total after " + after + (before == after ? " (preserved)" : " (CHANGED)"));
        System.out.println("refused " + bank.refused + ", last: " + bank.lastRefusal);
        Account[] sorted = bank.accounts.clone();
        for (int i = 1; i < sorted.length; i++) {
            Account key = sorted[i];
            int j = i - 1;
            while (j >= 0 && (sorted[j].balance < key.balance
                    || sorted[j].balance == key.balance && sorted[j].number > key.number)) {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = key;
        }
        for (int i = 0; i < 5; i++) {
            Account a = sorted[i];
            System.out.println((i + 1) + ". " + a.owner + " #" + a.number + " balance " + a.balance
                + " after " + a.transactions + " transactions");
        }
        Account poorest = sorted[sorted.length - 1];
        System.out.println("poorest " + poorest.owner + " " + poorest.balance);
    }
}
