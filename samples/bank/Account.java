// One bank account. Balances are in cents so that every sum is exact.
public class Account {
    final int number;
    long balance;

    Account(int number, long balance) {
        this.number = number;
        this.balance = balance;
    }

    boolean canPay(long amount) {
        return amount >= 0 && amount <= balance;
    }
}
