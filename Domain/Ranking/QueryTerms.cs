using System.Collections.Generic;
using DataverseSharing.Domain.Deals;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// The deal's text turned into distinct indexed terms with a weight each and the word the rep wrote (for
/// "matches your deal: 'procurement'"). Terms the library has never seen are dropped here, since they cannot
/// match. Reused per thread through <see cref="QueryScratch"/>.
/// </summary>
internal sealed class QueryTerms
{
    private readonly Dictionary<int, int> slotByTerm = new();

    public List<int> TermIds { get; } = new();

    public List<float> Weights { get; } = new();

    public List<string> Surfaces { get; } = new();

    public int Count => TermIds.Count;

    public static QueryTerms Collect(TextPostings text, DealContext deal, QueryScratch scratch, float structuredWeight)
    {
        var query = scratch.Query;
        query.Clear();
        query.Add(text, scratch, deal.Description, 1f);
        query.Add(text, scratch, deal.Industry, structuredWeight);
        foreach (var product in deal.Products)
        {
            query.Add(text, scratch, product, structuredWeight);
        }

        foreach (var competitor in deal.Competitors)
        {
            query.Add(text, scratch, competitor, structuredWeight);
        }

        foreach (var role in deal.BuyerRoles)
        {
            query.Add(text, scratch, role, structuredWeight);
        }

        return query;
    }

    private void Clear()
    {
        slotByTerm.Clear();
        TermIds.Clear();
        Weights.Clear();
        Surfaces.Clear();
    }

    private void Add(TextPostings text, QueryScratch scratch, string? value, float weight)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var terms = scratch.AnalyzedTerms;
        var surfaces = scratch.AnalyzedSurfaces;
        terms.Clear();
        surfaces.Clear();
        scratch.Analyzer.Analyze(value, terms, surfaces);
        for (var i = 0; i < terms.Count; i++)
        {
            if (!text.TryGetTerm(terms[i], out var termId))
            {
                continue;
            }

            if (slotByTerm.TryGetValue(termId, out var slot))
            {
                if (Weights[slot] < weight)
                {
                    Weights[slot] = weight;
                }

                continue;
            }

            slotByTerm.Add(termId, TermIds.Count);
            TermIds.Add(termId);
            Weights.Add(weight);
            Surfaces.Add(surfaces[i]);
        }
    }
}
