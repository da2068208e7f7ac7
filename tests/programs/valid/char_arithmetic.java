// char is an unsigned 16-bit integral type: arithmetic promotes to int,
// ++ and += stay char, comparisons and casts, and chars as array indexes.
class CharArithmetic {
    public static void main(String[] args) {
        char c = 'A';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        c++;
        c += 1;
        System.out.println(c);
        char max = '\uffff';
        max++;
        System.out.println((int) max);
        int[] counts = new int[128];
        String text = "hello world";
        for (int i = 0; i < text.length(); i++) {
            counts[text.charAt(i)]++;
        }
        System.out.println(counts['l'] + " " + counts['o'] + " " + counts[' ']);
        StringBuilder sb = new StringBuilder();
        for (char ch = 'a'; ch <= 'e'; ch++) {
            sb.append(ch);
        }
        System.out.println(sb);
        char digit = '7';
        int value = digit - '0';
        System.out.println(value * 6);
        System.out.println('a' < 'b');
        char tab = '\t';
        char quote = '\'';
        char backslash = '\\';
        System.out.println((int) tab + " " + quote + backslash + '"' + " " + (int) '\0' + " " + (int) '\377');
        char fromInt = 98;
        final int constant = 99;
        char fromConstant = constant;
        System.out.println(fromInt + "" + fromConstant);
        System.out.println(Character.toUpperCase(c) + " " + (char) Character.toLowerCase((int) 'Q'));
    }
}
