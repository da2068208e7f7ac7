// The bank's total: what no transfer may change.
public class Audit {
    static long total() {
        long sum = 0;
        for (int i = 0; i < Bank.balances.length; i++) {
            sum += Bank.balances[i];
        }
        return sum;
    }

    public static void main(String[] args) {
        System.out.println("audit: total " + total());
    }
}
