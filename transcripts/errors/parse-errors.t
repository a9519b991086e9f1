# Parse errors: the line as typed and a caret under the column.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> 2 * * 3
error: expected an expression, found '*'
  2 * * 3
      ^
gb> x =
error: expected an expression, found end of input
  x =
     ^
gb> = 3
error: expected an expression, found '='
  = 3
  ^
gb> relu(1,, 2)
error: expected an expression, found ','
  relu(1,, 2)
         ^
gb> W[0,,]
error: expected an index, found ','
  W[0,,]
      ^
gb> repeat { }
error: expected an expression, found '{'
  repeat { }
         ^
gb> repeat 3 s = 1
error: expected '{' to open the body of repeat, found 's'
  repeat 3 s = 1
           ^
gb> 1 2
error: expected the end of the statement, found number 2.0
  1 2
    ^
gb> "unterminated
error: this string is not closed with "
  "unterminated
  ^
gb> x = 1 @@ 2
error: expected an expression, found '@'
  x = 1 @@ 2
         ^
gb> [1, 2)
error: ')' does not match the open '['
  [1, 2)
       ^
gb> (1 + 2]
error: ']' does not match the open '('
  (1 + 2]
        ^
gb> f(x) =
error: expected an expression, found end of input
  f(x) =
        ^
gb> backward
error: backward takes one output: backward y, or backward y with g
  backward
  ^
gb> x = 1 \
..>   + 2
x = 3
gb> f(x) = { a = x^2; a + 1 }
error: a function's body is one expression: f(x) = x^2 + 1; name a step as a
function of its own, a(x) = x^2, then f(x) = a(x) + 1
  f(x) = { a = x^2; a + 1 }
         ^
gb> y = (1 +
error: this '(' is never closed with ')'
  y = (1 +
      ^
