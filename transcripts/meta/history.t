# The safety net: :history lists what was typed (here, this session only: a transcript has no earlier sessions); :reset asks only at a terminal, so here it resets; :reset! never asks.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :history
no history yet
gb> x = 2
x = 2
gb> f(t) = t^2 +\
..> 1
f(t) = t^2 + 1
gb> f(x)
5
gb> :history
1  :history
2  x = 2
3  f(t) = t^2 +\
   1
4  f(x)
gb> :history 2
4  f(x)
5  :history
gb> :history 0
error: :history takes a whole number of entries, 1 or more, got 0
  :history 0
  ^
gb> :reset
session reset (seed 0)
gb> :history 1
8  :reset
gb> y = 1
y = 1
gb> :reset!
session reset (seed 0)
gb> :vars
no variables yet
gb> :help :history
:history [n]    (meta commands)
  The last n entries typed (default 20), numbered, oldest first; at the prompt,
  earlier sessions' entries too (the ones the Up arrow recalls), with a rule
  where this session starts.
  example:
    gb> :history 5
    no history yet
