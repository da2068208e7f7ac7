// String processing: word frequencies counted in parallel arrays, the
// longest word, a caesar cipher round trip, palindromes, run-length
// encoding and a simple line wrapper.
public class TextProcessing {
    static final String TEXT = "It was the best of times, it was the worst of times, it was the age of wisdom, "
        + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
        + "it was the season of Light, it was the season of Darkness";

    static String clean(String word) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    static String caesar(String s, int shift) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (Character.isLowerCase(c)) {
                cs[i] = (char) ('a' + ((c - 'a' + shift) % 26 + 26) % 26);
            } else if (Character.isUpperCase(c)) {
                cs[i] = (char) ('A' + ((c - 'A' + shift) % 26 + 26) % 26);
            }
        }
        return new String(cs);
    }

    static boolean palindrome(String s) {
        String c = clean(s);
        return c.equals(new StringBuilder(c).reverse().toString());
    }

    static String runLength(String s) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) {
                j++;
            }
            sb.append(j - i).append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] raw = TEXT.split(" ");
        String[] words = new String[raw.length];
        int[] counts = new int[raw.length];
        int distinct = 0;
        String longest = "";
        for (String r : raw) {
            String w = clean(r);
            if (w.length() > longest.length()) {
                longest = w;
            }
            int k = 0;
            while (k < distinct && !words[k].equals(w)) {
                k++;
            }
            if (k == distinct) {
                words[distinct++] = w;
            }
            counts[k]++;
        }
        System.out.println("words " + raw.length + ", distinct " + distinct + ", longest " + longest);
        for (int i = 0; i < distinct; i++) {
            if (counts[i] > 1) {
                System.out.println("  " + words[i] + ": " + counts[i]);
            }
        }
        String secret = caesar("Attack at Dawn, Zebra!", 3);
        System.out.println("caesar " + secret + " -> " + caesar(secret, -3));
        String[] candidates = {"A man, a plan, a canal: Panama", "Plurix", "Was it a car or a cat I saw", "abba", "abca"};
        for (String c : candidates) {
            System.out.println("palindrome(" + c + ") " + palindrome(c));
        }
        System.out.println("rle " + runLength("aaabccddddde") + " " + runLength("") + " " + runLength("xyz"));
        StringBuilder line = new StringBuilder();
        int lines = 0;
        for (String w : raw) {
            if (line.length() + w.length() + 1 > 40) {
                System.out.println("| " + line);
                line.setLength(0);
                lines++;
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        System.out.println("| " + line);
        System.out.println("wrapped into " + (lines + 1) + " lines");
        System.out.println("upper " + TEXT.substring(0, 22).toUpperCase() + ", index of 'worst' " + TEXT.indexOf("worst")
            + ", last 'it' " + TEXT.lastIndexOf("it"));
    }
}
