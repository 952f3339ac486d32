using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// Columns every suite shows: the targets are stated as medians and operations a second, and BenchmarkDotNet
/// would otherwise hide the median when the distribution looks normal. The job comes from the command line.
/// </summary>
public sealed class BenchmarkColumnsConfig : ManualConfig
{
    public BenchmarkColumnsConfig()
    {
        AddColumn(StatisticColumn.Median, StatisticColumn.OperationsPerSecond);
    }
}
