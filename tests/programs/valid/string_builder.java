// StringBuilder: append of every type, chaining, insert, reverse, setCharAt,
// deleteCharAt, setLength, charAt and length.
class StringBuilderUse {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('-').append(2L).append(' ').append(1.5).append(' ').append(2.5f).append(' ')
                .append(true).append(' ').append("str").append(' ').append((Object) null);
        char[] cs = {'[', ']'};
        sb.append(cs);
        System.out.println(sb.toString());
        System.out.println(sb.length() + " " + sb.charAt(0));
        StringBuilder word = new StringBuilder().append("plurix");
        word.reverse();
        System.out.println(word);
        word.setCharAt(0, 'X');
        word.deleteCharAt(1);
        word.insert(0, ">>");
        System.out.println(word);
        word.setLength(3);
        System.out.println(word + "|" + word.length());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            if (lines.length() > 0) {
                lines.append(',');
            }
            lines.append(i * i);
        }
        System.out.println(lines);
        String s = "a" + lines + new StringBuilder().append('z');
        System.out.println(s);
    }
}
