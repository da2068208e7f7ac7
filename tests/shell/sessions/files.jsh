/open Greeter.java
Greeter.greet("shell")
/run Greeter one two
/run Greeter
Greeter.calls
/open helpers.jsh
answer + twice(1)
/open Greeter.java
