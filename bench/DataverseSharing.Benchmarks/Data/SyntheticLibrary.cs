using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Benchmarks.Data;

/// <summary>
/// Deterministic synthetic practice libraries and deals (System.Random with a seed: the seeded algorithm is stable
/// across .NET versions). Each practice mixes words of its topic with a Zipf long tail, names 0-2 industries,
/// 1-2 stages and so on, and carries plausible outcome counts, so every ranking factor has work to do.
/// </summary>
public static class SyntheticLibrary
{
    public static readonly DateTime AsOfUtc = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private const int VocabularySize = 20_000;

    public static IReadOnlyList<Practice> Practices(int count, int seed = 20260601)
    {
        var random = new Random(seed);
        var vocabulary = new ZipfVocabulary(VocabularySize, seed);
        var topics = Enum.GetValues<PracticeTopic>();
        var stages = Enum.GetValues<SalesStage>();
        var practices = new List<Practice>(count);
        for (var i = 0; i < count; i++)
        {
            var topic = topics[random.Next(topics.Length)];
            var topicWords = SalesVocabulary.TopicWords(topic);
            var appliedWon = random.Next(0, 15);
            var appliedLost = random.Next(0, 15);
            var ratingCount = random.Next(0, 6);
            var ratingTotal = 0;
            for (var r = 0; r < ratingCount; r++)
            {
                ratingTotal += random.Next(1, 6);
            }

            practices.Add(new Practice
            {
                Id = "bp-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
                Title = Sentence(random, vocabulary, topicWords, 6, 0.5),
                Summary = Sentence(random, vocabulary, topicWords, 18, 0.35),
                Body = Sentence(random, vocabulary, topicWords, 90, 0.25),
                Keywords = [Pick(random, topicWords), Pick(random, topicWords), vocabulary.Next(random)],
                Topic = topic,
                Industries = Some(random, SalesVocabulary.Industries, 2),
                Regions = Some(random, SalesVocabulary.Regions, 1),
                ProductFamilies = Some(random, SalesVocabulary.Products, 2),
                Competitors = topic == PracticeTopic.CompetitiveDisplacement || random.Next(6) == 0 ? [Pick(random, SalesVocabulary.Competitors)] : [],
                BuyerRoles = Some(random, SalesVocabulary.BuyerRoles, 2),
                SalesStages = random.Next(5) == 0 ? [] : [stages[random.Next(stages.Length)], stages[random.Next(stages.Length)]],
                DealSizeBand = random.Next(3) == 0 ? null : (DealSizeBand)random.Next(4),
                Status = PracticeStatus.Approved,
                ApprovedOnUtc = AsOfUtc.AddDays(-random.Next(1, 1_500)),
                ReviewOnUtc = AsOfUtc.AddDays(random.Next(-200, 400)),
                ExpiresOnUtc = random.Next(50) == 0 ? AsOfUtc.AddDays(-1) : null,
                ApproverId = "approver-" + random.Next(20).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Effectiveness = new EffectivenessStats
                {
                    AppliedWon = appliedWon,
                    AppliedLost = appliedLost,
                    BaselineWon = random.Next(20, 80),
                    BaselineLost = random.Next(20, 80),
                    TimesApplied = appliedWon + appliedLost,
                    RatingCount = ratingCount,
                    RatingTotal = ratingTotal,
                },
            });
        }

        return practices;
    }

    public static IReadOnlyList<DealContext> Deals(int count, int seed = 7)
    {
        var random = new Random(seed);
        var vocabulary = new ZipfVocabulary(VocabularySize, 20260601);
        var topics = Enum.GetValues<PracticeTopic>();
        var deals = new List<DealContext>(count);
        for (var i = 0; i < count; i++)
        {
            var topicWords = SalesVocabulary.TopicWords(topics[random.Next(topics.Length)]);
            deals.Add(new DealContext
            {
                Industry = Pick(random, SalesVocabulary.Industries),
                Region = Pick(random, SalesVocabulary.Regions),
                Stage = (SalesStage)random.Next(4),
                EstimatedValue = random.Next(5_000, 3_000_000),
                Products = Some(random, SalesVocabulary.Products, 2),
                Competitors = random.Next(2) == 0 ? [Pick(random, SalesVocabulary.Competitors)] : [],
                BuyerRoles = Some(random, SalesVocabulary.BuyerRoles, 3),
                DecisionUnitSize = random.Next(1, 12),
                Description = Sentence(random, vocabulary, topicWords, 25, 0.3),
                DismissedPracticeIds = ["bp-" + random.Next(count).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)],
            });
        }

        return deals;
    }

    private static string Sentence(Random random, ZipfVocabulary vocabulary, string[] topicWords, int words, double topicShare)
    {
        var parts = new string[words];
        for (var w = 0; w < words; w++)
        {
            parts[w] = random.NextDouble() < topicShare ? Pick(random, topicWords) : vocabulary.Next(random);
        }

        return string.Join(' ', parts);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string[] Some(Random random, string[] values, int max)
    {
        var count = random.Next(max + 1);
        var picked = new string[count];
        for (var i = 0; i < count; i++)
        {
            picked[i] = Pick(random, values);
        }

        return picked;
    }
}
