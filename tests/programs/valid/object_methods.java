// Object's methods overridden and inherited: equals, hashCode, toString,
// getClass().getName(), and Comparable in its raw (non-generic) form.
class ObjectMethods {
    static class Money implements Comparable {
        final long cents;

        Money(long cents) {
            this.cents = cents;
        }

        public boolean equals(Object other) {
            if (!(other instanceof Money)) {
                return false;
            }
            return ((Money) other).cents == cents;
        }

        public int hashCode() {
            return (int) (cents ^ (cents >>> 32));
        }

        public String toString() {
            return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
        }

        public int compareTo(Object other) {
            return Long.compare(cents, ((Money) other).cents);
        }
    }

    static class Plain {
    }

    public static void main(String[] args) {
        Money a = new Money(1205);
        Money b = new Money(1205);
        Money c = new Money(99);
        System.out.println(a.equals(b) + " " + (a == b) + " " + a.equals(c) + " " + a.equals("12.05"));
        System.out.println(a.hashCode() == b.hashCode());
        System.out.println(a + " " + c);
        System.out.println(a.compareTo(c) + " " + c.compareTo(a) + " " + a.compareTo(b));
        Comparable cmp = c;
        System.out.println(cmp.compareTo(a) < 0);
        Plain p = new Plain();
        Object o = p;
        System.out.println(o.equals(p) + " " + p.equals(new Plain()) + " " + (p.hashCode() == o.hashCode()));
        System.out.println(a.getClass().getName() + " " + "s".getClass().getName());
        String s1 = "text";
        Object s2 = "te" + "xt";
        System.out.println(s1.equals(s2) + " " + s2.toString() + " " + s1.hashCode());
    }
}
