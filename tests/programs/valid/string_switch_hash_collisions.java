// switch on strings whose hashCodes collide ("Aa" and "BB" both hash to
// 2112): the match must compare the strings, not only their hashes.
class StringSwitchHashCollisions {
    static int code(String s) {
        switch (s) {
            case "Aa":
                return 1;
            case "BB":
                return 2;
            case "AaAa":
                return 3;
            case "BBBB":
                return 4;
            case "AaBB":
                return 5;
            default:
                return 0;
        }
    }

    public static void main(String[] args) {
        System.out.println("Aa".hashCode() == "BB".hashCode());
        String[] inputs = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "aA"};
        for (String s : inputs) {
            System.out.print(code(s) + " ");
        }
        System.out.println();
    }
}
