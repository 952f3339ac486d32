using System.Diagnostics;
using System.Globalization;
using DataverseSharing.Benchmarks.Data;
using DataverseSharing.Benchmarks.Lucene;
using DataverseSharing.Domain.Ranking;

namespace DataverseSharing.Benchmarks;

/// <summary>
/// A seconds-long sanity pass (<c>dotnet run -c Release -- smoke [size...]</c>): build times, median query time,
/// allocations per query and how often our top 5 and Lucene's overlap. Not a measurement to quote; the
/// BenchmarkDotNet classes are.
/// </summary>
internal static class SmokeRun
{
    public static void Run(IEnumerable<int> sizes)
    {
        var deals = SyntheticLibrary.Deals(64);
        foreach (var size in sizes)
        {
            var practices = SyntheticLibrary.Practices(size);
            var build = Stopwatch.StartNew();
            var index = PracticeIndex.Build(practices);
            build.Stop();
            var luceneBuild = Stopwatch.StartNew();
            using var lucene = LucenePracticeSearch.Build(practices);
            luceneBuild.Stop();

            foreach (var deal in deals)
            {
                index.Suggest(deal, 5, SyntheticLibrary.AsOfUtc);
                lucene.Search(deal, 5);
            }

            var ours = new List<double>();
            var theirs = new List<double>();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            for (var round = 0; round < 5; round++)
            {
                foreach (var deal in deals)
                {
                    var watch = Stopwatch.StartNew();
                    index.Suggest(deal, 5, SyntheticLibrary.AsOfUtc);
                    ours.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            var allocatedPerQuery = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (5.0 * deals.Count);
            var overlap = 0;
            foreach (var deal in deals)
            {
                var watch = Stopwatch.StartNew();
                var luceneIds = lucene.Search(deal, 5);
                theirs.Add(watch.Elapsed.TotalMilliseconds);
                overlap += index.Suggest(deal, 5, SyntheticLibrary.AsOfUtc).Count(s => luceneIds.Contains(s.Practice.Id));
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{size,7} practices: build {build.Elapsed.TotalMilliseconds,8:0.0} ms (Lucene {luceneBuild.Elapsed.TotalMilliseconds,8:0.0} ms), terms {index.TermCount}; query median {Median(ours),7:0.000} ms, {allocatedPerQuery / 1024,6:0.0} KB/query (Lucene {Median(theirs),7:0.000} ms); top-5 overlap with Lucene {overlap / (double)(5 * deals.Count):P0}"));
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
