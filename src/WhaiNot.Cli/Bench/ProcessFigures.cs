namespace WhaiNot.Cli.Bench;

/// <summary>CPU of a process over a measured window, as % of one core (mean and busiest second), and its peak resident memory.</summary>
internal sealed record ProcessFigures(double CpuPercentMean, double CpuPercentPeak, double PeakRssMebibytes);
