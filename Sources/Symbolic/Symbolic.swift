/// Scalar expression trees, differentiation rule by rule, and simplification.
public enum Symbolic {}
