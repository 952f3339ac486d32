using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Rankers;

/// <summary>The plain text the baselines see: what a rep would paste or type into a search box.</summary>
public static class TextOf
{
    /// <summary>The rep's notes plus the deal's field values as words (industry, region, stage, products, competitors, roles).</summary>
    public static string Deal(DealRecord deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        IEnumerable<string?> parts =
        [
            deal.Description, deal.Industry, deal.Region, deal.Stage?.ToString(),
            .. deal.Products, .. deal.Competitors, .. deal.BuyerRoles,
        ];
        return string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>The searchable article text: title, summary, body and keywords (what relevance search indexes).</summary>
    public static string Practice(PracticeRecord practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return string.Join(' ', [practice.Title, practice.Summary, practice.Body, .. practice.Keywords]);
    }

    /// <summary>Distinct lowercase tokens: maximal runs of letters and digits.</summary>
    public static HashSet<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return tokens;
    }
}
