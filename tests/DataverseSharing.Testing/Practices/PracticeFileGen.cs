using System;
using System.Collections.Generic;
using System.Linq;
using DataverseSharing.Domain.Practices;
using FsCheck;
using FsCheck.Fluent;

namespace DataverseSharing.Testing.Practices;

/// <summary>A practice with its file key, as a practice file holds it.</summary>
public sealed record KeyedPractice(string Key, Practice Practice)
{
    public override string ToString() => PracticeFileView.Describe(this);
}

/// <summary>
/// The practices to write to a file, and what import must read back: the same practices, with the whitespace
/// that <see cref="Written"/> carries around its texts trimmed away.
/// </summary>
public sealed record PracticeFileCase(IReadOnlyList<KeyedPractice> Written, IReadOnlyList<KeyedPractice> Expected)
{
    public override string ToString() => string.Join(Environment.NewLine + "---" + Environment.NewLine, Written);
}

/// <summary>
/// FsCheck generators of valid practice files: every field of docs/practice-files.md within its limits, texts
/// from <see cref="PracticeTextGen"/>, keys unique in the file.
/// </summary>
public static class PracticeFileGen
{
    /// <summary>One to five valid practices; texts of <see cref="PracticeFileCase.Written"/> are padded with whitespace.</summary>
    public static Gen<PracticeFileCase> Files() =>
        from count in Gen.Choose(1, 5)
        from practices in Practice().ArrayOf(count)
        let unique = practices.DistinctBy(p => p.Expected.Key, StringComparer.OrdinalIgnoreCase).ToList()
        select new PracticeFileCase(unique.Select(p => p.Written).ToList(), unique.Select(p => p.Expected).ToList());

    /// <summary>A valid practice as written (texts padded) and as import stores it.</summary>
    public static Gen<(KeyedPractice Written, KeyedPractice Expected)> Practice() =>
        from key in Padded(PracticeTextGen.SingleLine(40))
        from title in Padded(PracticeTextGen.SingleLine(120))
        from summary in Optional(Padded(PracticeTextGen.MultiLine(400)))
        from body in Optional(Padded(PracticeTextGen.MultiLine(2000)))
        from lists in List().ArrayOf(6)
        from topic in Gen.Elements(Enum.GetValues<PracticeTopic>())
        from status in Gen.Elements(Enum.GetValues<PracticeStatus>())
        from band in Gen.Elements(Enum.GetValues<DealSizeBand>().Select(b => (DealSizeBand?)b).Append(null))
        from stages in Gen.SubListOf(Enum.GetValues<SalesStage>())
        from version in Gen.Frequency((5, Gen.Choose(1, 20)), (1, Gen.Elements(1, int.MaxValue)))
        from reviewOn in Date()
        from expiresOn in Date()
        from counts in Gen.Frequency((3, Gen.Choose(0, 50)), (1, Gen.Elements(0, int.MaxValue))).ArrayOf(4)
        from outcomes in Outcomes()
        select Both(p => p with
        {
            Topic = topic,
            Status = status,
            DealSizeBand = band,
            SalesStages = stages.OrderBy(s => s).ToList(),
            Version = version,
            ReviewOnUtc = reviewOn,
            ExpiresOnUtc = expiresOn,
            Effectiveness = new EffectivenessStats
            {
                AppliedWon = counts[0], AppliedLost = counts[1], BaselineWon = counts[2], BaselineLost = counts[3],
                AgainstCompetitors = outcomes,
            },
        }, key, title, summary, body, lists);

    private static (KeyedPractice, KeyedPractice) Both(
        Func<Practice, Practice> rest, (string Core, string Padded) key, (string Core, string Padded) title,
        (string Core, string Padded) summary, (string Core, string Padded) body, List<(string Core, string Padded)>[] lists)
    {
        KeyedPractice Make(Func<(string Core, string Padded), string> pick) => new(pick(key), rest(new Practice
        {
            Title = pick(title),
            Summary = pick(summary),
            Body = pick(body),
            Industries = lists[0].Select(pick).ToList(),
            Regions = lists[1].Select(pick).ToList(),
            ProductFamilies = lists[2].Select(pick).ToList(),
            BuyerRoles = lists[3].Select(pick).ToList(),
            Competitors = lists[4].Select(pick).ToList(),
            Keywords = lists[5].Select(pick).ToList(),
        }));

        return (Make(t => t.Padded), Make(t => t.Core));
    }

    private static Gen<(string Core, string Padded)> Padded(Gen<string> core) =>
        from text in core
        from before in PracticeTextGen.Padding()
        from after in PracticeTextGen.Padding()
        select (text, before + text + after);

    private static Gen<(string Core, string Padded)> Optional(Gen<(string Core, string Padded)> text) =>
        Gen.Frequency((1, Gen.Constant((string.Empty, string.Empty))), (3, text));

    // Up to four items, distinct ignoring case as import keeps them.
    private static Gen<List<(string Core, string Padded)>> List() =>
        from count in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 4)))
        from items in Padded(PracticeTextGen.SingleLine(30, noSemicolon: true)).ArrayOf(count)
        select items.DistinctBy(i => i.Core, StringComparer.OrdinalIgnoreCase).ToList();

    private static Gen<DateTime?> Date() =>
        Gen.Frequency(
            (1, Gen.Constant<DateTime?>(null)),
            (2, Gen.Choose(0, 2_900_000).Select(d => (DateTime?)new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(d))));

    private static Gen<IReadOnlyList<CompetitorOutcome>> Outcomes() =>
        from count in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from names in PracticeTextGen.SingleLine(30, noSemicolon: true).ArrayOf(count)
        from won in Gen.Choose(0, 1000).ArrayOf(count)
        from lost in Gen.Choose(0, 1000).ArrayOf(count)
        select (IReadOnlyList<CompetitorOutcome>)names
            .Select((n, i) => new CompetitorOutcome(n, won[i], lost[i]))
            .DistinctBy(o => o.Competitor, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
