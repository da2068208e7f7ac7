// switch on String: equals-based matching, fall-through, default in the
// middle, labels whose hash codes collide ("Aa" and "BB"), and
// NullPointerException for a null selector.
public class StringSwitch {
    static String classify(String s) {
        String result = "";
        switch (s) {
            case "apple":
                result += "fruit;";
            case "carrot":
                result += "food;";
                break;
            default:
                result += "unknown;";
            case "stone":
                result += "hard;";
                break;
            case "Aa":
                result += "Aa;";
                break;
            case "BB":
                result += "BB;";
                break;
            case "":
                result += "empty;";
        }
        return result;
    }

    static int dayNumber(String day) {
        switch (day) {
            case "mon": return 1;
            case "tue": return 2;
            case "wed": return 3;
            case "thu": return 4;
            case "fri": return 5;
            case "sat":
            case "sun":
                return 0;
            default:
                return -1;
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"apple", "carrot", "stone", "Aa", "BB", "", "pear", "APPLE", "AaAa", "BBBB", "AaBB"};
        for (String s : inputs) {
            System.out.println("[" + s + "] -> " + classify(s));
        }
        String built = new StringBuilder("app").append("le").toString();
        System.out.println("built apple -> " + classify(built));
        String[] days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "holiday"};
        int total = 0;
        for (String d : days) {
            int n = dayNumber(d);
            total += n;
            System.out.println(d + " = " + n);
        }
        System.out.println("total " + total);
        System.out.println("hash Aa " + "Aa".hashCode() + " BB " + "BB".hashCode());
        String nothing = null;
        try {
            classify(nothing);
            System.out.println("no exception");
        } catch (NullPointerException e) {
            System.out.println("null selector: NullPointerException");
        }
        final String constant = "con" + "st";
        switch ("const") {
            case constant:
                System.out.println("matched a constant expression label");
                break;
            default:
                System.out.println("missed");
        }
    }
}
