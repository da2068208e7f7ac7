// How many Transfers transactions have finished, and the bank's total.
public class BankStatus {
    public static void main(String[] args) {
        System.out.println("finished " + Transfers.finished + ", total " + Audit.total());
    }
}
