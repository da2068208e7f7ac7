// Identity (==) versus equality (equals): Object.equals is identity, a
// class can override it, String equality by content, compile-time constant
// strings are the same object, new String is a different one, and
// arrays compare by identity.
public class ObjectEquality {
    static class Money {
        final long cents;
        final String currency;

        Money(long cents, String currency) {
            this.cents = cents;
            this.currency = currency;
        }

        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Money)) {
                return false;
            }
            Money m = (Money) o;
            return cents == m.cents && currency.equals(m.currency);
        }

        public int hashCode() {
            return (int) (cents ^ (cents >>> 32)) * 31 + currency.hashCode();
        }
    }

    static class Token {
    }

    static int indexOf(Object[] items, Object target) {
        for (int i = 0; i < items.length; i++) {
            if (items[i].equals(target)) {
                return i;
            }
        }
        return -1;
    }

    public static void main(String[] args) {
        Token t1 = new Token();
        Token t2 = new Token();
        Token t3 = t1;
        System.out.println("tokens: t1==t2 " + (t1 == t2) + ", t1.equals(t2) " + t1.equals(t2) + ", t1==t3 " + (t1 == t3)
            + ", t1.equals(t3) " + t1.equals(t3) + ", hash stable " + (t1.hashCode() == t3.hashCode()));
        Money a = new Money(1050, "EUR");
        Money b = new Money(1050, "EUR");
        Money c = new Money(1050, "USD");
        System.out.println("money: a==b " + (a == b) + ", a.equals(b) " + a.equals(b) + ", a.equals(c) " + a.equals(c)
            + ", hash equal " + (a.hashCode() == b.hashCode()) + ", hash " + a.hashCode());
        String s1 = "plurix";
        String s2 = "plu" + "rix";
        String part = "plu";
        String s3 = part + "rix";
        String s4 = new String("plurix");
        System.out.println("strings: literal==folded " + (s1 == s2) + ", literal==runtime " + (s1 == s3)
            + ", equals " + s1.equals(s3) + ", new String == " + (s1 == s4) + ", equals " + s1.equals(s4));
        System.out.println("hashCode by content " + (s1.hashCode() == s3.hashCode()) + " " + s1.hashCode());
        int[] x = {1, 2};
        int[] y = {1, 2};
        System.out.println("arrays: == " + (x == y) + ", equals " + x.equals(y) + ", Arrays.equals "
            + java.util.Arrays.equals(x, y));
        Object[] items = {new Money(1, "A"), new Money(2, "B"), new Money(3, "C")};
        System.out.println("indexOf equal money " + indexOf(items, new Money(2, "B")) + ", absent " + indexOf(items, new Money(2, "A")));
        Object o = a;
        System.out.println("through Object " + o.equals(b) + ", reversed " + b.equals(o));
        System.out.println("null: " + a.equals(null) + ", Token equals null " + t1.equals(null));
        Object seen = null;
        int identical = 0;
        for (int i = 0; i < 10; i++) {
            Object fresh = new Token();
            if (fresh == seen) {
                identical++;
            }
            seen = fresh;
        }
        System.out.println("fresh objects identical to previous: " + identical);
    }
}
