1 + 2
int x = 5;
"hi" + x
x * $1
long big = 10L * 1000000000L;
double half = 1.0 / 2;
boolean yes = x > 3;
char c = 'q';
String none = null;
int[] pair = {4, 2};
int square(int v) { return v * v; }
square(x)
void greet(String who) { System.out.println("hello, " + who); }
greet("shell")
class Point {
    int x;
    int y;
    Point(int x, int y) { this.x = x; this.y = y; }
    int sum() { return x + y; }
    public String toString() { return "(" + x + ", " + y + ")"; }
}
Point p = new Point(3, 4);
p.sum()
x = 6;
x
for (int i = 0; i < 3; i++) {
    System.out.println("line " + i);
}
String x = "six";
x.length()
class Counter { int step() { return 1; } }
class Counter { int step() { return 2; } }
new Counter().step()
/vars
/methods
/classes Poi
/history
