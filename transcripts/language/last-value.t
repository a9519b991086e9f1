# The last value: _ (as in Python) and ans (as in Julia and on a calculator) name what the last expression computed.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> _
error: _ is the last value an expression printed, and there is none yet (try 2 +
3, then _ * 10)
  _
  ^
gb> 2 + 3
5
gb> _ * 10
50
gb> sqrt(ans)
7.07107
gb> x = 3
x = 3
gb> ans
7.07107
gb> :help ans
ans    (constants)
  The last value: what the last expression on its own computed (an assignment
  has its own name). _ and ans are the same value; :reset forgets it, and a
  variable of the same name hides it.
  example:
    gb> 2 + 3; ans * 10
    50
