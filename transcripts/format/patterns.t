# Lines ending in " (re)" are regular expressions and lines ending in " (glob)" globs
# (* any run, ? one character), each for the whole line: for what a transcript should
# not pin, such as timings or paths. Everything else must match exactly.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> randn(3)
\[-?[0-9.]+, -?[0-9.]+, -?[0-9.]+\] (re)
gb> :seed
seed [0-9]+ (re)
gb> :help :seed
:seed [n]    (meta commands)
  Restarts the random generator from seed n (a whole number ≥ 0), so that * (glob)
  follows is reproducible; without n, shows the seed.
  example:
    gb> :seed 42
    seed ?? (glob)
gb> :load /no/such/dir/script.gb
error: cannot read /no/such/*.gb: no such file (glob)
  :load /no/such/dir/script.gb
  ^
