using System.Diagnostics;
using System.Globalization;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Suggestions;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- parts [size]</c>: where a warm custom API call spends its time, part by part (median
/// of 31 runs of each, wall clock, cache warm): the version query, the setting, the deal, its feedback, the ranking,
/// the JSON, and the whole request through the pipeline for comparison. A breakdown to aim work at, not a target.
/// </summary>
internal static class ApiParts
{
    private const int Runs = 31;

    public static void Run(int size)
    {
        using var library = new SuggestionLibrary(size);
        var org = library.Org;
        var request = new OrganizationRequest(SuggestPracticesApi.MessageName) { [SuggestPracticesApi.OpportunityIdParameter] = library.Deal };
        org.Rep.Execute(request);
        var approved = ApprovedLibrary.Load(org.System, new SilentTracing());
        var record = DealRecord.Read(org.Rep, library.Deal)!;
        var deal = DealContextMapper.ToDealContext(record.Opportunity, record.Account, DealFeedbackRows.Read(org.Rep, record).Feedback);
        var suggestions = approved.Index.Suggest(deal, 5, DateTime.UtcNow);

        Report("whole request (pipeline, as the rep)", () => org.Rep.Execute(request));
        Report("version query", () => LibraryVersion.Read(org.Rep));
        Report("dvs_SuggestionCount", () => SuggestionCount.Read(org.System, null));
        Report("deal with its account", () => DealRecord.Read(org.Rep, library.Deal));
        Report("feedback rows", () => DealFeedbackRows.Read(org.Rep, record));
        Report("ranking", () => approved.Index.Suggest(deal, 5, DateTime.UtcNow));
        Report("JSON", () => SuggestionsJson.Write(library.Deal, "deal", deal, approved, suggestions));
    }

    private static void Report(string what, Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < Runs + 3; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            if (i >= 3)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-40} median {times[times.Count / 2],8:0.00} ms   min {times[0],8:0.00} ms"));
    }
}

/// <summary>A tracing service that drops what it is given.</summary>
internal sealed class SilentTracing : ITracingService
{
    public void Trace(string format, params object?[] args)
    {
    }
}
