# Recorded by gradbook; `gradbook replay transcripts/plots/log-axes.t` checks it.
#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
gb> # log axes: each decade gets the same room; ticks are powers of ten
gb> plot x^2, x^3 for x in 0.01..100 logx logy size 64, 12
       │ ⠒⠒ x^2                                              •••
100000 ┤ • x^3                                          •••••
       │                                           ••••• ⢀⣀⠤⠤⠒⠊⠉
       │                                      •••••⣀⠤⠔⠒⠊⠉⠁
       │                                 •••••⠔⠒⠊⠉
       │                            •••••⠊⠉
     1 ┤                     ⣀⡠••••••
       │              ⣀⡠⠤⠔•••••
       │      ⢀⣀⡠⠤⠔⠒⠉•••••
       │⣀⡠⠤⠒⠒⠉⠁ •••••
 1e-05 ┤   •••••
       │•••
       └┬─────────────┬─────────────┬────────────┬─────────────┬
       0.01          0.1            1            10          100
gb> # the error of a forward difference against h: truncation falls, rounding rises
gb> fwd(h) = abs((exp(1 + h) - exp(1)) / h - exp(1))
fwd(h) = abs((exp(1 + h) - exp(1)) / h - exp(1))
gb> plot fwd(h) for h in 1e-14..1 logx logy size 70, 12
      │ ⠒⠒ fwd(h)                                                    ⢀
    1 ┤                                                           ⢀⡠⠒⠁
      │                                                        ⣠⠔⠊⠁
      │⢼⢰⡀                                                 ⡠⠔⠒⠉
      │⠈⡞⠉⠢⢣⡔⢄                                         ⣀⠤⠒⠉
      │ ⠃  ⠈ ⠈⠦⢇⡖⢤                                 ⣀⠤⠒⠊⠁
      │        ⠘  ⠱⢻⢠⡄                         ⢀⡠⠔⠊⠁
1e-05 ┤             ⡏⠘⢆⠖⡤⡀                 ⢀⡠⠔⠚⠁
      │                  ⠙⠒⠤⢄           ⣀⠤⠚⠁
      │                     ⠈⠞⡤⢄⣀⡀⢀⢀⣀⠤⠚⠉
      │                          ⢱⡇⠁
      │
      └──────────────────┬─────────────────────┬─────────────────────┬
                       1e-10                 1e-05                   1
gb> # tensors against x values instead of their index
gb> rates = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3]
rates = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3]
gb> loss = [0.9, 0.7, 0.4, 0.1, 0.05, 2]
loss = [0.9, 0.7, 0.4, 0.1, 0.05, 2]
gb> plot loss against rates logx logy size 60, 10
  10 ┤                                               ⠒⠒ loss
     │
     │                                           ⡠⠂
   1 ┤⠤⠤⠤⠤⢄⣀⣀⣀⣀⣀⡀                              ⢀⠔⠁
     │          ⠈⠉⠉⠑⠒⠒⠢⠤⠤⣀                    ⡠⠃
     │                    ⠉⠒⠤⣀              ⢠⠊
 0.1 ┤                        ⠉⠒⠤⠤⣀⣀      ⢀⠔⠁
     │                              ⠉⠉⠑⠒⠢⠤⠊
     │
0.01 ┤
     └┬─────────────────┬────────────────┬─────────────────┬
    0.001              0.01             0.1                1
gb> # several series in one plot: each its own marker, named in the legend
gb> a = [1, 0.5, 0.25, 0.125, 0.0625]
a = [1, 0.5, 0.25, 0.125, 0.0625]
gb> plot a, 2 * a, a^2 logy size 50, 10
     │
     │
   1 ┤•••••••••••••••••
     │   ××××××⠑⠒⠒⠒⠤⠤⠤⢄••••••••••
     │         ××××××××   ⠈⠉⠉⠉⠒⠒⠒•••••••••••••••••
     │                 ××××××××××        ⠈⠉⠉⠉⠉⠉⠒⠒⠒
     │                           ××××××××
0.01 ┤ ⠒⠒ a                              ××××××
     │ • 2 * a                                 ×××
     │ × a^2
     └┬──────────┬──────────┬─────────┬──────────┬
      0          1          2         3          4
gb> plot x for x in -1..1 logy size 40, 5
   1 ┤ ⠒⠒ x                   ⢀⣀⠤⠤⠔⠒⠒⠒⠉⠉
     │                   ⢀⡠⠔⠊⠉⠁
 0.1 ┤                  ⡰⠊
     │                 ⡜
0.01 ┤
     └┬────────────────┬───────────────┬
      -1               0               1
(x: 41 of 81 points are left out: a log axis has no place for values ≤ 0)
gb> plot x for x in -1..1 logx
error: a log x axis needs a range above 0, got -1..1
  plot x for x in -1..1 logx
                  ^
gb> plot a against [1, 2]
error: against pairs each value with an x: a has 5 values, [1, 2] has 2
  plot a against [1, 2]
                 ^
gb> :help plot
plot e₁, e₂, … for x in a..b [logx] [logy] [size width, height] | plot t₁, t₂, …
    [against x] | plot hist(t) / scatter(X, labels) / bar(v) / path(P); each
    form ends with [, title = "…", xlabel = "…", ylabel = "…"] (plots)
  Draws curves of expressions in x over a..b (each expression one curve, named
  in the legend, with its own marker and, on a colour terminal, its own colour),
  tensors against their index (or against the values of a vector x), or a
  histogram, scatter plot, bar chart or path. The legend goes inside the plot,
  in the emptiest corner without data, or below when every corner has data. logx
  and logy make an axis logarithmic: each decade gets the same room, ticks are
  powers of ten, a curve's x samples are spaced evenly in log x, and values ≤ 0
  are left out with a note. size gives the figure's width in columns and its
  drawing's height in rows (default: the :width setting and 16 rows). title,
  xlabel and ylabel (after the last clause, or after the expressions) label the
  plot; on plot hist(t) and the like they replace the figure's own. Unicode
  draws in braille dots; --ascii in plain characters. A point where an
  expression fails or is not finite is left as a gap.
  title = none: a line centred over the plot, cut with … when longer than the
    width
  xlabel = none: names the x axis, under its ticks (a histogram's values, a bar
    chart's labels: over the left column)
  ylabel = none: names the y axis, above it (a histogram's counts, a bar chart's
    values: over the bars)
  example:
    gb> plot exp(-x), exp(-2 * x) for x in 0..10 logy, title = "two decays", xlabel = "time t", ylabel = "amount left"
                                         two decays
    amount left
         1 ┤•••⠢⠤⠤⣀⣀                                               ⠒⠒ exp(-x)
           │   •••••⠉⠉⠓⠒⠢⠤⢄⣀⣀                                      • exp(-2 * x)
           │       •••••     ⠉⠉⠒⠒⠢⠤⢄⣀⣀
      0.01 ┤            •••••         ⠉⠉⠒⠒⠦⠤⢄⣀⡀
           │                ••••••            ⠈⠉⠉⠒⠒⠤⠤⢄⣀⡀
           │                     •••••                 ⠈⠉⠙⠒⠒⠤⠤⣀⣀⡀
           │                          •••••                     ⠈⠉⠑⠒⠒⠤⠤⣀⣀⡀
    0.0001 ┤                              •••••                          ⠈⠉⠑⠒⠲⠤⠤
           │                                   •••••
           │                                        •••••
     1e-06 ┤                                            •••••
           │                                                 •••••
           │                                                     ••••••
     1e-08 ┤                                                          •••••
           │                                                               •••••
           │
           └┬────────────┬─────────────┬────────────┬─────────────┬────────────┬
            0            2             4            6             8           10
                                           time t
