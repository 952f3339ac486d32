using System.Globalization;
using System.Text;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.RelevanceEval.Data;
using DataverseSharing.RelevanceEval.Rankers;

namespace DataverseSharing.RelevanceEval.Evaluation;

/// <summary>
/// One deal through the engine with every reason next to the judged grade, so a library owner can see why a
/// practice ranked where it did (and which judged practice it pushed out).
/// </summary>
public static class EngineExplainer
{
    private const int Depth = 10;

    public static string? Explain(EvaluationSet set, string dealId)
    {
        ArgumentNullException.ThrowIfNull(set);
        var deal = set.Deals.FirstOrDefault(d => string.Equals(d.Id, dealId, StringComparison.OrdinalIgnoreCase));
        if (deal is null)
        {
            return null;
        }

        var index = PracticeIndex.Build(set.Practices.Select(DomainEngineRanker.ToPractice));
        var grades = set.JudgmentsFor(deal.Id);
        var suggestions = index.Suggest(DomainEngineRanker.ToDeal(deal), Depth, set.AsOf);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{deal.Id} {deal.Name} ({deal.Stage}, {deal.Industry ?? "no industry"})");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {deal.Description}");
        foreach (var suggestion in suggestions)
        {
            var id = suggestion.Practice.Id;
            text.AppendLine(CultureInfo.InvariantCulture, $"#{suggestion.Rank} {id} grade {Grade(grades, id)} score {suggestion.Score:0.000} [{suggestion.Practice.Topic}] {suggestion.Practice.Title}");
            foreach (var reason in suggestion.Reasons)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"     {reason.Contribution,7:+0.000;-0.000}  {reason.Factor}: {reason.Text}");
            }
        }

        var shown = suggestions.Select(s => s.Practice.Id).ToHashSet(StringComparer.Ordinal);
        var missed = grades.Where(g => g.Value > 0 && !shown.Contains(g.Key)).OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var (id, grade) in missed)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"not in top {Depth}: {id} grade {grade}");
        }

        return text.ToString();
    }

    private static int Grade(IReadOnlyDictionary<string, int> grades, string id) => grades.TryGetValue(id, out var g) ? g : 0;
}
