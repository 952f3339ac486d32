using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Demo;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Time;

namespace DataverseSharing.Integration.Tests.Demo;

public sealed class DemoOrgGeneratorTests
{
    private static readonly DemoOrg Default = DemoOrgGenerator.Generate(new DemoOptions());

    [Fact]
    public void Generate_SameSeed_GivesIdenticalOrg()
    {
        var again = DemoOrgGenerator.Generate(new DemoOptions());

        Assert.Equal(Fingerprint(Default), Fingerprint(again));
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherDeals()
    {
        var other = DemoOrgGenerator.Generate(new DemoOptions { Seed = 7 });

        Assert.NotEqual(Fingerprint(Default), Fingerprint(other));
    }

    [Fact]
    public void Generate_Default_HasRealisticCounts()
    {
        Assert.True(Default.Accounts.Count >= 40);
        Assert.True(Default.Deals.Count >= 150);
        Assert.True(Default.Practices.Count(p => p.Status == PracticeStatus.Approved) >= 100);
        Assert.True(Default.BusinessUnits.Count >= 3);
        Assert.Contains(Default.Users, u => u.Role == "Approver");
        Assert.Contains(Default.Users, u => u.Role == "Manager");
        Assert.Contains(Default.Users, u => u.Role == "Administrator");
        Assert.True(Default.Users.Count(u => u.Role == "Rep") >= 6);
        Assert.True(Default.Accounts.Select(a => a.IndustryCode).Distinct().Count() >= 8);
        Assert.Equal(3, Default.Accounts.Select(a => a.Region).Distinct().Count());
    }

    [Fact]
    public void Generate_Default_CoversEveryTopicAndEveryStage()
    {
        var approved = Default.Practices.Where(p => p.Status == PracticeStatus.Approved).ToList();
        var open = Default.Deals.Where(d => d.State == OpportunitySchema.StateOpen).ToList();

        Assert.All(Enum.GetValues<PracticeTopic>(), topic => Assert.Contains(approved, p => p.Practice.Topic == topic));
        Assert.All(Enum.GetValues<SalesStage>(), stage => Assert.Contains(open, d => d.Stage == stage));
        Assert.Contains(Default.Deals, d => d.State == OpportunitySchema.StateWon);
        Assert.Contains(Default.Deals, d => d.State == OpportunitySchema.StateLost);
        Assert.DoesNotContain(Default.Deals, d => d.State == DemoDeals.Undecided);
        Assert.Contains(Default.Deals, d => d.Competitors.Count > 0);
        Assert.All(Default.Deals, d => Assert.False(string.IsNullOrWhiteSpace(d.Description)));
        Assert.Equal(Default.Deals.Count, Default.Deals.Select(d => d.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(Default.Practices.Count, Default.Practices.Select(p => p.Practice.Title).Distinct().Count());
    }

    [Fact]
    public void Generate_EffectivenessCounts_AreCountedFromClosedDealsAndAppliedRows()
    {
        var outcome = Default.Deals.ToDictionary(d => d.Id, d => d.State);
        var applied = Default.Suggestions.Where(s => s.StatusCode == PracticeSuggestionSchema.StatusApplied && outcome[s.DealId] != OpportunitySchema.StateOpen).ToList();

        foreach (var practice in Default.Practices.Where(p => p.Status == PracticeStatus.Approved))
        {
            var id = Guid.Parse(practice.Practice.Id);
            var rows = applied.Where(s => s.PracticeId == id).ToList();
            Assert.Equal(rows.Count(s => outcome[s.DealId] == OpportunitySchema.StateWon), practice.Practice.Effectiveness.AppliedWon);
            Assert.Equal(rows.Count(s => outcome[s.DealId] == OpportunitySchema.StateLost), practice.Practice.Effectiveness.AppliedLost);
        }

        Assert.True(applied.Count > 50);
        var competitorsOf = Default.Deals.ToDictionary(d => d.Id, d => d.Competitors);
        foreach (var practice in Default.Practices.Where(p => p.Status == PracticeStatus.Approved))
        {
            var rows = applied.Where(s => s.PracticeId == Guid.Parse(practice.Practice.Id)).ToList();
            foreach (var record in practice.Practice.Effectiveness.AgainstCompetitors)
            {
                var against = rows.Where(s => competitorsOf[s.DealId].Contains(record.Competitor, StringComparer.OrdinalIgnoreCase)).ToList();
                Assert.Equal(against.Count(s => outcome[s.DealId] == OpportunitySchema.StateWon), record.Won);
                Assert.Equal(against.Count(s => outcome[s.DealId] == OpportunitySchema.StateLost), record.Lost);
            }
        }

        Assert.Contains(Default.Practices, p => p.Practice.Effectiveness.AgainstCompetitors.Count > 0);
        Assert.Contains(Default.Suggestions, s => s.StatusCode == PracticeSuggestionSchema.StatusDismissed && s.DismissReason is not null);
    }

    [Fact]
    public void Generate_ManyPractices_ScalesTheApprovedLibraryWithDistinctVariants()
    {
        var large = DemoOrgGenerator.Generate(new DemoOptions { Practices = 2000 });
        var approved = large.Practices.Where(p => p.Status == PracticeStatus.Approved).ToList();

        Assert.Equal(2000, approved.Count);
        Assert.Equal(approved.Count, approved.Select(p => p.Key).Distinct().Count());
        Assert.Equal(approved.Count, approved.Select(p => p.Practice.Title).Distinct().Count());
    }

    [Fact]
    public void Generate_Today_OpenDealsCloseInTheFutureAndClosedDealsInThePast()
    {
        var today = DateTime.UtcNow.Date;
        var org = DemoOrgGenerator.Generate(new DemoOptions());

        Assert.All(org.Deals.Where(d => d.State == OpportunitySchema.StateOpen), d => Assert.True(d.EstimatedCloseDate > today, $"{d.Name} closes {d.EstimatedCloseDate:yyyy-MM-dd}"));
        Assert.All(org.Deals.Where(d => d.State != OpportunitySchema.StateOpen), d => Assert.True(d.EstimatedCloseDate < today, $"{d.Name} closed {d.EstimatedCloseDate:yyyy-MM-dd}"));
    }

    [Fact]
    public void Generate_AnyClockDay_DatesAreRelativeToThatDay()
    {
        var org = DemoOrgGenerator.Generate(new DemoOptions { Clock = FixedClock.At(2031, 3, 15, 17, 30) });
        var day = new DateTime(2031, 3, 15, 0, 0, 0, DateTimeKind.Utc);

        Assert.All(org.Deals.Where(d => d.State == OpportunitySchema.StateOpen), d => Assert.InRange(d.EstimatedCloseDate, day.AddDays(15), day.AddDays(200)));
        Assert.All(org.Deals.Where(d => d.State != OpportunitySchema.StateOpen), d => Assert.InRange(d.EstimatedCloseDate, day.AddDays(-400), day.AddDays(-10)));
        Assert.All(org.Practices, p => Assert.True(p.Practice.ReviewOnUtc > day));
    }

    [Fact]
    public void Generate_SameSeedSameDay_GivesTheSameOrgAtAnyHour()
    {
        var morning = DemoOrgGenerator.Generate(new DemoOptions { Clock = FixedClock.At(2030, 1, 2, 0, 0) });
        var night = DemoOrgGenerator.Generate(new DemoOptions { Clock = FixedClock.At(2030, 1, 2, 23, 59) });

        Assert.Equal(Fingerprint(morning) + Dates(morning), Fingerprint(night) + Dates(night));
    }

    [Fact]
    public void Generate_LaterDay_ShiftsEveryDateAndNothingElse()
    {
        var first = DemoOrgGenerator.Generate(new DemoOptions { Clock = FixedClock.At(2030, 1, 2) });
        var later = DemoOrgGenerator.Generate(new DemoOptions { Clock = FixedClock.At(2030, 1, 12) });

        Assert.Equal(Fingerprint(first), Fingerprint(later));
        Assert.Equal(first.Deals.Select(d => d.EstimatedCloseDate.AddDays(10)), later.Deals.Select(d => d.EstimatedCloseDate));
        Assert.Equal(first.Practices.Select(p => p.Practice.ReviewOnUtc?.AddDays(10)), later.Practices.Select(p => p.Practice.ReviewOnUtc));
    }

    private static string Dates(DemoOrg org) => string.Join("\n",
        org.Deals.Select(d => d.EstimatedCloseDate.ToString("O")).Concat(org.Practices.Select(p => p.Practice.ReviewOnUtc?.ToString("O") ?? "")));

    private static string Fingerprint(DemoOrg org) => string.Join("\n",
        org.Users.Select(u => $"{u.Id}|{u.FullName}")
            .Concat(org.Accounts.Select(a => $"{a.Id}|{a.Name}|{a.OwnerId}"))
            .Concat(org.Deals.Select(d => $"{d.Id}|{d.Name}|{d.Stage}|{d.State}|{d.EstimatedValue}|{string.Join(";", d.Competitors)}|{d.Description}"))
            .Concat(org.Practices.Select(p => $"{p.Key}|{p.Practice.Id}|{p.Practice.Title}|{p.Practice.Effectiveness}"))
            .Concat(org.Suggestions.Select(s => $"{s.Id}|{s.DealId}|{s.PracticeId}|{s.StatusCode}")));
}
