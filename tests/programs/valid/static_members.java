// Static fields shared by all instances, static methods, qualified and
// unqualified static access, and static state in several classes.
class StaticMembers {
    static int instances;
    static final String NAME = "StaticMembers";
    final int serial;

    StaticMembers() {
        serial = ++instances;
    }

    static int twice(int x) {
        return 2 * x;
    }

    static class Registry {
        static StaticMembers[] all = new StaticMembers[4];
        static int size;

        static void add(StaticMembers m) {
            all[size++] = m;
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            Registry.add(new StaticMembers());
        }
        System.out.println(instances + " " + StaticMembers.instances + " " + Registry.size);
        System.out.println(Registry.all[2].serial + " " + twice(Registry.all[1].serial));
        System.out.println(StaticMembers.twice(21) + " " + NAME.length());
        StaticMembers.Registry.size = 0;
        System.out.println(Registry.size);
    }
}
