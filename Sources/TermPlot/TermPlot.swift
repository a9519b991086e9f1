/// Terminal plots as plain text: line, scatter, histogram, heatmap/contour with paths, bars.
public enum TermPlot {}
