using System.Globalization;
using System.Text;
using DataverseSharing.RelevanceEval.Data;
using DataverseSharing.RelevanceEval.Metrics;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace DataverseSharing.RelevanceEval.Evaluation;

/// <summary>Formats results as a fixed-width table (for people) or JSON (for CI and the docs).</summary>
public static class ReportPrinter
{
    public static string Table(EvaluationSet set, IReadOnlyList<RankerResult> results, bool verbose, int maxPerTopic)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(results);
        var published = set.Practices.Count(p => p.IsPublishedOn(set.AsOf));
        var judged = set.Judgments.Values.Sum(g => g.Count(kv => kv.Value > 0));
        var sb = new StringBuilder();
        sb.AppendLine(Inv($"Data set: {set.Name} — {set.Practices.Count} practices ({published} published on {set.AsOf:yyyy-MM-dd}), {set.Deals.Count} deals, {judged} positive judgments"));
        sb.AppendLine();
        sb.AppendLine(Inv($"{"Ranker",-20} {"nDCG@5",8} {"MRR",8} {"P@3",8} {"ms/deal",9} {"unpub@5",8} {"othercomp@5",12}"));
        sb.AppendLine(new string('-', 79));
        foreach (var r in results)
        {
            sb.AppendLine(Inv($"{r.Ranker,-20} {r.Ndcg5,8:0.000} {r.Mrr,8:0.000} {r.PrecisionAt3,8:0.000} {r.MillisecondsPerDeal,9:0.00} {r.UnpublishedInTop5,8} {r.OtherCompetitorInTop5,12}"));
        }

        sb.AppendLine(Inv($"(unpub@5 / othercomp@5: top-5 slots, out of {set.Deals.Count * 5}, holding an unpublished practice / one written for a competitor the deal does not face)"));

        sb.AppendLine();
        sb.AppendLine(Inv($"Reachable nDCG@5 for a list with at most {maxPerTopic} practices per topic (the engine's diversification): {DiversifiedCeiling.NdcgAtK(set, 5, maxPerTopic):0.000}"));

        if (verbose && results.Count > 0)
        {
            AppendByTopic(sb, results);
            AppendByDeal(sb, results);
        }

        return sb.ToString();
    }

    public static string Json(EvaluationSet set, IReadOnlyList<RankerResult> results, bool verbose, int maxPerTopic)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(results);
        var payload = new
        {
            dataSet = set.Name,
            asOf = set.AsOf.ToString(DataFiles.DateFormat, CultureInfo.InvariantCulture),
            practices = set.Practices.Count,
            deals = set.Deals.Count,
            diversifiedCeilingNdcgAt5 = Math.Round(DiversifiedCeiling.NdcgAtK(set, 5, maxPerTopic), 4),
            maxPerTopic,
            rankers = results.Select(r => new
            {
                ranker = r.Ranker,
                ndcgAt5 = Math.Round(r.Ndcg5, 4),
                mrr = Math.Round(r.Mrr, 4),
                precisionAt3 = Math.Round(r.PrecisionAt3, 4),
                millisecondsPerDeal = Math.Round(r.MillisecondsPerDeal, 3),
                unpublishedInTop5 = r.UnpublishedInTop5,
                otherCompetitorInTop5 = r.OtherCompetitorInTop5,
                deals = verbose ? r.Deals : null,
            }),
        };
        var settings = new JsonSerializerSettings
        {
            ContractResolver = new CamelCasePropertyNamesContractResolver(),
            NullValueHandling = NullValueHandling.Ignore,
            Formatting = Formatting.Indented,
        };
        return JsonConvert.SerializeObject(payload, settings);
    }

    private static void AppendByTopic(StringBuilder sb, IReadOnlyList<RankerResult> results)
    {
        sb.AppendLine();
        sb.AppendLine("nDCG@5 by what the deal most needs (topic of its best-judged practice):");
        sb.Append(Inv($"{"Topic",-26} {"deals",5}"));
        foreach (var r in results)
        {
            sb.Append(Inv($" {Short(r.Ranker),16}"));
        }

        sb.AppendLine();
        foreach (var topic in results[0].Deals.Select(d => d.NeedTopic).Distinct().Order(StringComparer.Ordinal))
        {
            sb.Append(Inv($"{topic,-26} {results[0].Deals.Count(d => d.NeedTopic == topic),5}"));
            foreach (var r in results)
            {
                sb.Append(Inv($" {r.Deals.Where(d => d.NeedTopic == topic).Average(d => d.Ndcg5),16:0.000}"));
            }

            sb.AppendLine();
        }
    }

    private static void AppendByDeal(StringBuilder sb, IReadOnlyList<RankerResult> results)
    {
        sb.AppendLine();
        sb.AppendLine("Per deal: nDCG@5 and top 3 per ranker:");
        for (var i = 0; i < results[0].Deals.Count; i++)
        {
            sb.Append(Inv($"{results[0].Deals[i].DealId,-8}"));
            foreach (var r in results)
            {
                var d = r.Deals[i];
                sb.Append(Inv($" | {Short(r.Ranker)} {d.Ndcg5:0.00} [{string.Join(',', d.Ranked.Take(3))}]"));
            }

            sb.AppendLine();
        }
    }

    private static string Short(string name) => name.Length <= 16 ? name : name[..16];

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
