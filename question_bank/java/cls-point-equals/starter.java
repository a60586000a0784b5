public final class Point {
    // fields, constructor, getX(), getY(), translate(dx, dy), equals, hashCode, toString
}
