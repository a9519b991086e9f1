# :memory shows and sets the memory budget (gradbook --memory SIZE at start). A binding that
# would make the session's values hold more is refused, the name keeps its old value, and the
# error says which value holds the memory: here x, whose graph keeps every old x for backward.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> :memory 128 MB
memory budget 128 MB
gb> x = randn(1000, 1000);
gb> repeat 100 { x = x + 1 }
error: out of memory budget: the session's values hold 130 MB, its budget is 128
MB (:memory sets it), so x was not changed; x holds 130 MB: its value and 16
earlier values kept in its graph for backward (x = x + … in a loop keeps every
step); update in place with x += …, which records no graph, or cut the history
with x = detach(x)
  repeat 100 { x = x + 1 }
  ^
gb> x = detach(x);
gb> repeat 100 { x += 1 }
gb> x.shape
[1000, 1000]
gb> :memory 4 GB
memory budget 4 GB
gb> :memory
memory budget 4 GB
