# An unclosed ( or [ does not swallow what follows: a line that cannot continue the entry ends
# it with an error at the bracket, and is then read as a new entry. A keyword argument on its
# own line continues a call; an open { block goes on over any line.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> x = [1, 2,
..>
error: this '[' is never closed with ']'; a blank line ends the entry
  x = [1, 2,
      ^
gb> ok = 41 + 1
ok = 42
gb> y = [3,
..> z = 4
error: this '[' is never closed with ']'; the assignment to z on the next line
ends the entry
  y = [3,
      ^
z = 4
gb> w = relu(-1,
..> :vars
error: this '(' is never closed with ')'; the meta command on the next line ends
the entry
  w = relu(-1,
          ^
name  kind    shape  value
ok    number  []     42
z     number  []     4
gb> d(a, b) = a - b
d(a, b) = a - b
gb> d(10,
..>   b = 3)
7
gb> e2 = d(10,
..>   b = 3
..> ok = ok - 1
error: this '(' is never closed with ')'; the assignment to ok on the next line
ends the entry
  e2 = d(10,
        ^
ok = 41
gb> repeat 2 {
..>
..>   ok += 1
..> }
gb> ok
43
