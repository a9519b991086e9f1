# Meta commands: :vars, :seed, :digits, :width, :reset, their errors (a folder given to :load), :save refused in a replayed transcript, :quit.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :vars
no variables yet
gb> W = ones(2, 3)
W = [[1, 1, 1],
     [1, 1, 1]]
gb> b = 0.5
b = 0.5
gb> f(x) = 2 * x
f(x) = 2 * x
gb> :vars
name  kind      shape   value
W     tensor    [2, 3]  [[1, 1, 1], [1, 1, 1]]
b     number    []      0.5
f     function          f(x) = 2 * x
gb> :seed
seed 0
gb> :seed 42
seed 42
gb> randn(3)
[-0.303263, 0.288462, 1.34381]
gb> :seed 42
seed 42
gb> randn(3)
[-0.303263, 0.288462, 1.34381]
gb> :seed -1
error: :seed takes a whole number from 0 to 18446744073709551615, got -1
  :seed -1
  ^
gb> 1 / 3
0.333333
gb> :digits 3
digits 3
gb> 1 / 3
0.333
gb> :digits 17
digits 17
gb> 1 / 3
0.3333333333333333
gb> 0.1
0.1
gb> :digits 0
error: :digits takes a whole number from 1 to 17, got 0
  :digits 0
  ^
gb> :digits 6
digits 6
gb> :width
width 80
gb> :width 30
width 30
gb> arange(12) * 1000
[    0,  1000,  2000,  3000,
  4000,  5000,  6000,  7000,
  8000,  9000, 10000, 11000]
gb> :width 5
error: :width takes a whole
number from 20 to 1000, got 5
  :width 5
  ^
gb> :width 80
width 80
gb> :reset
session reset (seed 0)
gb> :vars
no variables yet
gb> :load /nonexistent/script.gb
error: cannot read /nonexistent/script.gb: no such file
  :load /nonexistent/script.gb
  ^
gb> :save
error: :save needs a file name: :save file.gb
  :save
  ^
gb> :load /
error: cannot read /: it is a directory, not a regular file
  :load /
  ^
gb> :save! session.gb
error: :save! writes no files in a replayed transcript: input from elsewhere
must not overwrite your files; run it at your own prompt
  :save! session.gb
  ^
gb> :nope
error: unknown command :nope (see :help)
  :nope
  ^
gb> :quit
