// Scopes: a local or parameter shadows a field (this.x reaches the field),
// sibling blocks and loops may reuse a name, and a static method and a field
// may share a name with a local.
class ScopesAndShadowing {
    int x = 1;
    static int y = 2;

    void setX(int x) {
        this.x = x;
    }

    int sum() {
        int y = 10;
        return x + y + ScopesAndShadowing.y;
    }

    static int y() {
        return y;
    }

    public static void main(String[] args) {
        ScopesAndShadowing s = new ScopesAndShadowing();
        s.setX(5);
        System.out.println(s.x + " " + s.sum());
        {
            int t = 1;
            System.out.println(t);
        }
        {
            String t = "two";
            System.out.println(t);
        }
        for (int i = 0; i < 2; i++) {
            int inner = i;
            System.out.print(inner);
        }
        for (int i = 5; i < 6; i++) {
            System.out.println(" " + i);
        }
        int y = y() + 1;
        System.out.println(y);
        String String = "a variable named String";
        System.out.println(String.length());
        int length = args.length;
        System.out.println(length);
    }
}
