using DataverseSharing.Plugins.Feedback;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Feedback;
using DataverseSharing.Testing.Plugins;
using DataverseSharing.Testing.Services;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.Plugins.Tests.Feedback;

/// <summary>The recount under concurrency and with the practice changing underneath it.</summary>
public sealed class PracticeStatisticsTests : IDisposable
{
    private readonly FeedbackOrg org = new();
    private readonly RecordingTracingService tracing = new();

    public void Dispose() => org.Dispose();

    [Fact]
    public async Task Recount_EightThreadsWinningDealsOfOnePractice_LoseNoCount()
    {
        var practice = org.Practice("Payback model");
        var deals = Enumerable.Range(0, 8).Select(i => org.Deal(name: $"Deal {i}")).ToList();
        using var start = new Barrier(deals.Count);

        // Each thread is a rep applying the practice, winning the deal and counting, all at once: their reads and
        // writes interleave request by request, the race of eight asynchronous steps on eight servers.
        var threads = deals.Select(deal => Task.Run(() =>
        {
            var service = org.Org.Organization.ServiceAs(org.Org.RepId);
            start.SignalAndWait();
            org.Apply(deal, practice, service);
            org.Win(deal, service);
            PracticeStatistics.Recount(org.System, new RecordingTracingService(), practice);
        })).ToArray();
        await Task.WhenAll(threads);

        var counted = org.Stats(practice);
        org.Drain();
        Assert.Equal((8, 8, 0), (counted.TimesApplied, counted.AppliedWon, counted.AppliedLost));
        Assert.Equal(counted, org.Stats(practice));
    }

    [Fact]
    public void Recount_AnotherCountWritesBetweenItsReadAndItsWrite_CountsAgainAndKeepsBoth()
    {
        var practice = org.Practice("Payback model");
        var first = org.Deal(name: "First");
        var second = org.Deal(name: "Second");
        org.Apply(first, practice);
        var counts = new CountingService.Tally();
        var interleaved = false;
        counts.Before = (inner, request) =>
        {
            if (!interleaved && request is UpdateRequest { Target.LogicalName: BestPracticeSchema.Table })
            {
                // The other rep's application and its count land after this count read the facts.
                interleaved = true;
                org.Apply(second, practice);
                PracticeStatistics.Recount(inner, new RecordingTracingService(), practice);
            }
        };

        var result = PracticeStatistics.Recount(new CountingService(org.System, counts), tracing, practice);

        // Counting again from the other count's row finds both applications already written.
        Assert.Equal(RecountResult.Unchanged, result);
        Assert.Equal(2, org.Stats(practice).TimesApplied);
        Assert.Contains(tracing.Lines, l => l.Contains("changed while it was counted", StringComparison.Ordinal));
    }

    [Fact]
    public void Recount_PracticeDeletedMidFlight_EndsWithoutWriting()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        org.Apply(deal, practice);
        var counts = new CountingService.Tally();
        counts.Before = (inner, request) =>
        {
            if (request is UpdateRequest { Target.LogicalName: BestPracticeSchema.Table })
            {
                org.Org.Library.Delete(BestPracticeSchema.Table, practice);
            }
        };

        var result = PracticeStatistics.Recount(new CountingService(org.System, counts), tracing, practice);

        Assert.Equal(RecountResult.PracticeGone, result);
        Assert.Contains(tracing.Lines, l => l.Contains("no longer exists", StringComparison.Ordinal) || l.Contains("was deleted", StringComparison.Ordinal));
    }

    [Fact]
    public void Recount_PracticeRetiredMidFlight_CountsOnTheRetiredPractice()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        org.Apply(deal, practice);
        var counts = new CountingService.Tally();
        var retired = false;
        counts.Before = (inner, request) =>
        {
            if (!retired && request is UpdateRequest { Target.LogicalName: BestPracticeSchema.Table })
            {
                retired = true;
                org.Org.Library.Update(new Entity(BestPracticeSchema.Table, practice)
                {
                    [BestPracticeSchema.StatusCode] = new OptionSetValue(BestPracticeSchema.StatusRetired),
                    [BestPracticeSchema.StateCode] = new OptionSetValue(BestPracticeSchema.StateInactive),
                });
            }
        };

        var result = PracticeStatistics.Recount(new CountingService(org.System, counts), tracing, practice);

        Assert.Equal(RecountResult.Written, result);
        var row = org.System.Retrieve(BestPracticeSchema.Table, practice, new Microsoft.Xrm.Sdk.Query.ColumnSet(BestPracticeSchema.StatusCode, BestPracticeSchema.TimesApplied));
        Assert.Equal((BestPracticeSchema.StatusRetired, 1), (row.GetAttributeValue<OptionSetValue>(BestPracticeSchema.StatusCode)!.Value, row.GetAttributeValue<int>(BestPracticeSchema.TimesApplied)));
    }

    [Fact]
    public void Recount_CountsAlreadyStored_WritesNothing()
    {
        var practice = org.Practice("Payback model");
        var deal = org.Deal();
        org.Apply(deal, practice);
        org.Drain();
        var counts = new CountingService.Tally();

        var result = PracticeStatistics.Recount(new CountingService(org.System, counts), tracing, practice);

        Assert.Equal(RecountResult.Unchanged, result);
        Assert.Equal(0, counts.Writes);
        Assert.Equal(2, counts.Reads);
    }
}
