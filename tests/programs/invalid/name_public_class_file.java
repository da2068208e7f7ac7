public class WronglyNamed { // error: class WronglyNamed is public, should be declared in a file named WronglyNamed.java
}
