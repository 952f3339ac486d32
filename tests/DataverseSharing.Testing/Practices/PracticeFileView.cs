using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Testing.Practices;

/// <summary>
/// Every field a practice file holds, one per line, with control characters shown as \uXXXX: what a
/// round-trip test compares, so a failure shows which field changed and how. Written apart from the file
/// writer, so a field the writer forgets is still compared.
/// </summary>
public static class PracticeFileView
{
    public static string Describe(KeyedPractice keyed)
    {
        var p = keyed.Practice;
        var e = p.Effectiveness;
        var lines = new List<string>
        {
            "key=" + Show(keyed.Key),
            "title=" + Show(p.Title),
            "topic=" + p.Topic,
            "status=" + p.Status,
            "summary=" + Show(p.Summary),
            "body=" + Show(p.Body),
            "industries=" + Show(p.Industries),
            "regions=" + Show(p.Regions),
            "productFamilies=" + Show(p.ProductFamilies),
            "buyerRoles=" + Show(p.BuyerRoles),
            "competitors=" + Show(p.Competitors),
            "keywords=" + Show(p.Keywords),
            "dealSizeBand=" + p.DealSizeBand,
            "salesStages=" + string.Join("|", p.SalesStages),
            "version=" + p.Version.ToString(CultureInfo.InvariantCulture),
            "reviewOn=" + p.ReviewOnUtc?.ToString("O", CultureInfo.InvariantCulture),
            "expiresOn=" + p.ExpiresOnUtc?.ToString("O", CultureInfo.InvariantCulture),
            FormattableString.Invariant($"counts={e.AppliedWon}/{e.AppliedLost}/{e.BaselineWon}/{e.BaselineLost}"),
            "competitorOutcomes=" + Show(e.AgainstCompetitors.Select(o => FormattableString.Invariant($"{o.Competitor}={o.Won}/{o.Lost}")).ToList()),
        };
        return string.Join("\n", lines);
    }

    private static string Show(IReadOnlyList<string> items) => "[" + string.Join("|", items.Select(Show)) + "]";

    private static string Show(string text)
    {
        var shown = new StringBuilder("«");
        foreach (var c in text)
        {
            shown.Append(char.IsControl(c) ? FormattableString.Invariant($"\\u{(int)c:X4}") : c.ToString());
        }

        return shown.Append('»').ToString();
    }
}
