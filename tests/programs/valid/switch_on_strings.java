// switch on a String: case groups, fall-through, default in the middle.
class SwitchOnStrings {
    static int classify(String word) {
        int score = 0;
        switch (word) {
            case "apple":
            case "pear":
                score += 1;
                break;
            case "plum":
                score += 10;
            default:
                score += 100;
                break;
            case "":
                score = -1;
        }
        return score;
    }

    public static void main(String[] args) {
        String[] words = {"apple", "pear", "plum", "kiwi", "", "Apple"};
        for (String w : words) {
            System.out.println("'" + w + "' -> " + classify(w));
        }
    }
}
