# :time runs the rest of its line as if typed alone and reports the wall-clock time: the one
# output that differs from run to run, so it is matched with a regular expression.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :time s = sum(arange(1000))
s = 499500
time: [0-9.]+(e[-+][0-9]+)? ms (re)
gb> s
499500
gb> :time
error: :time needs something to time, e.g. :time repeat 100 { … }
  :time
  ^
gb> :time :time 1
error: :time cannot time another :time
  :time :time 1
  ^
gb> :time y = nope + 1
error: unknown name 'nope'
  y = nope + 1
      ^
gb> :time 1 +
error: expected an expression, found end of input
  1 +
     ^
