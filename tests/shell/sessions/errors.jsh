int[] a = new int[2];
a[0] = 3;
a[0] = 7; a[1] = 1 / 0;
a[0]
a[1]
int total = 10;
total = 99; throw new RuntimeException("undo total");
total
int divide(int d) { return 100 / d; }
divide(0)
divide(4)
x = 1;
total = total + nothing;
total * nowhere
String s = "abc";
for (int i = 0; i < 2; i++) {
    s = s.nosuch();
}
class Used { int v() { return 1; } }
new Used().v()
class Used { int v() { return 2; } }
new Used().v()
/nosuch
/migrate one two
/migrate 1
/timing maybe
/top 0
/open
/open no-such-file.java
/run
/run NoSuchClass
total
