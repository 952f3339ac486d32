using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Synthetic;

/// <summary>
/// Generates a large set with known ground truth. Each deal is built around a "seed" practice it truly needs, then
/// every practice is graded by <see cref="GroundTruth"/>. <see cref="Random"/> with a fixed seed is stable across
/// runs and .NET versions, which is what makes the output reproducible.
/// </summary>
public static class SyntheticGenerator
{
    public static EvaluationSet Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Practices, TopicTemplates.All.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Deals, 1);
        var random = new Random(options.Seed);
        var practices = Enumerable.Range(1, options.Practices)
            .Select(i => NewPractice(random, i, options.AsOf))
            .ToList();

        var seeds = practices
            .Where(p => p.IsPublishedOn(options.AsOf) && !GroundTruth.IsProvenWeak(p.Effectiveness)
                && (p.Industries.Count > 0 || p.Competitors.Count > 0) && p.Regions.Count == 0)
            .ToList();
        var deals = new List<DealRecord>(options.Deals);
        var judgments = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        for (var i = 1; i <= options.Deals; i++)
        {
            var seed = seeds[random.Next(seeds.Count)];
            var deal = NewDeal(random, i, seed, practices, options.AsOf);
            deals.Add(deal);
            judgments[deal.Id] = practices
                .Select(p => (p.Id, Grade: GroundTruth.Grade(p, deal, seed.Topic, options.AsOf)))
                .Where(x => x.Grade > 0)
                .ToDictionary(x => x.Id, x => x.Grade, StringComparer.Ordinal);
        }

        return new EvaluationSet
        {
            Name = $"synthetic-{options.Practices}x{options.Deals}-seed{options.Seed}",
            AsOf = options.AsOf,
            Practices = practices,
            Deals = deals,
            Judgments = judgments,
        };
    }

    private static PracticeRecord NewPractice(Random random, int number, DateTime asOf)
    {
        var template = TopicTemplates.All[random.Next(TopicTemplates.All.Count)];
        var industry = random.NextDouble() < 0.45 ? Pick(random, Vocabulary.Industries) : null;
        var competitor = template.Topic == Topic.CompetitiveDisplacement && random.NextDouble() < 0.85
            ? Pick(random, Vocabulary.Competitors) : null;
        var role = Pick(random, template.Roles);
        var product = random.NextDouble() < 0.3 ? Pick(random, Vocabulary.ProductFamilies) : null;
        string Fill(string text) => text
            .Replace("{industry}", industry ?? "a new industry", StringComparison.Ordinal)
            .Replace("{competitor}", competitor ?? "the incumbent", StringComparison.Ordinal)
            .Replace("{role}", role, StringComparison.Ordinal)
            .Replace("{product}", product ?? "solution", StringComparison.Ordinal);

        var steps = template.Steps.OrderBy(_ => random.Next()).Take(3 + random.Next(3)).Select(Fill);
        var (status, expires) = random.NextDouble() switch
        {
            < 0.05 => (Status.Draft, (DateTime?)null),
            < 0.09 => (Status.Retired, null),
            < 0.12 => (Status.Approved, asOf.AddDays(-random.Next(1, 200))),
            < 0.30 => (Status.Approved, asOf.AddDays(random.Next(30, 400))),
            _ => (Status.Approved, null),
        };
        var baselineWon = random.Next(20, 60);
        var applied = random.Next(0, 40);
        var appliedRate = Math.Clamp((baselineWon / 100.0) + ((random.NextDouble() - 0.45) * 0.6), 0, 1);

        return new PracticeRecord
        {
            Id = $"S{number:D5}",
            Title = Fill(Pick(random, template.Titles)),
            Summary = Fill(Pick(random, template.Summaries)),
            Body = string.Join(' ', steps),
            Topic = template.Topic,
            Industries = industry is null ? [] : [industry],
            Regions = random.NextDouble() < 0.1 ? [Pick(random, Vocabulary.Regions)] : [],
            ProductFamilies = product is null ? [] : [product],
            DealSizeBand = template.Topic == Topic.LargeDecisionUnit && random.NextDouble() < 0.5 ? SizeBand.Enterprise : null,
            SalesStages = template.Stages,
            BuyerRoles = template.Topic == Topic.MessagingNewBuyerRole ? [role] : template.Roles.ToList(),
            Competitors = competitor is null ? [] : [competitor],
            Keywords = template.Keywords.OrderBy(_ => random.Next()).Take(3).ToList(),
            Status = status,
            ApprovedOn = status == Status.Approved ? asOf.AddDays(-random.Next(30, 700)) : null,
            ExpiresOn = expires,
            Effectiveness = new EffectivenessRecord
            {
                AppliedWon = (int)Math.Round(applied * appliedRate),
                AppliedLost = applied - (int)Math.Round(applied * appliedRate),
                BaselineWon = baselineWon,
                BaselineLost = 100 - baselineWon,
            },
        };
    }

    private static DealRecord NewDeal(Random random, int number, PracticeRecord seed, List<PracticeRecord> practices, DateTime asOf)
    {
        var template = TopicTemplates.For(seed.Topic);
        var industry = seed.Industries.Count > 0 ? seed.Industries[0] : Pick(random, Vocabulary.Industries);
        var competitors = seed.Competitors.Count > 0 ? seed.Competitors.ToList()
            : random.NextDouble() < 0.3 ? [Pick(random, Vocabulary.Competitors)] : [];
        var roles = seed.BuyerRoles.Take(1).Concat(Vocabulary.BuyerRoles.OrderBy(_ => random.Next()).Take(random.Next(0, 3))).Distinct().ToList();
        var role = seed.Topic == Topic.MessagingNewBuyerRole ? seed.BuyerRoles[0] : roles[0];
        var large = seed.Topic == Topic.LargeDecisionUnit || seed.DealSizeBand == SizeBand.Enterprise;
        var note = Pick(random, template.DealNotes)
            .Replace("{competitor}", competitors.FirstOrDefault() ?? "the incumbent", StringComparison.Ordinal)
            .Replace("{roleSyn}", TopicTemplates.RoleSynonyms[role], StringComparison.Ordinal);
        // Sparse records are common in a real CRM: sometimes the rep leaves the region and roles empty.
        var sparse = random.NextDouble() < 0.15;

        // Now and then the rep has already used or dismissed a practice that would otherwise fit; those must not count.
        var sameTopic = practices.Where(p => p.Topic == seed.Topic && p.Id != seed.Id && p.IsPublishedOn(asOf)
            && p.Industries.Count == 0 && p.Competitors.Count == 0).ToList();
        var dismissed = random.NextDouble() < 0.2 && sameTopic.Count > 0 ? new List<string> { Pick(random, sameTopic).Id } : [];
        var used = random.NextDouble() < 0.2 && sameTopic.Count > 0 ? new List<string> { Pick(random, sameTopic).Id } : [];

        return new DealRecord
        {
            Id = $"SD{number:D4}",
            Name = $"{industry} opportunity {number}",
            Industry = industry,
            Region = sparse ? null : Pick(random, Vocabulary.Regions),
            Stage = Pick(random, seed.SalesStages),
            EstimatedValue = large ? random.Next(400, 3000) * 1000m : random.Next(20, 400) * 1000m,
            Products = seed.ProductFamilies.Count > 0 ? seed.ProductFamilies.ToList() : [Pick(random, Vocabulary.ProductFamilies)],
            Competitors = competitors,
            BuyerRoles = sparse && seed.Topic != Topic.MessagingNewBuyerRole ? [] : roles,
            DecisionUnitSize = large ? random.Next(8, 16) : random.Next(2, 6),
            Description = note,
            PracticesUsed = used,
            Dismissed = dismissed.Except(used).ToList(),
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
