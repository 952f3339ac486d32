using System.Collections.Generic;
using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Text;

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

    /// <summary>
    /// The deal's notes, plus the article terms of the sales concepts found in them. The structured fields (industry,
    /// products, competitors, roles) are not added as words: they already score through the field match, and their
    /// generic words ("works" in Adventure Works, "services", "director") would match unrelated articles.
    /// </summary>
    public static QueryTerms Collect(TextPostings text, DealContext deal, QueryScratch scratch, RankingOptions options)
    {
        var query = scratch.Query;
        query.Clear();

        // One analysis serves both: stop words are kept for concept phrases ("on hold") and skipped as query words.
        var words = scratch.AnalyzedTerms;
        var surfaces = scratch.AnalyzedSurfaces;
        words.Clear();
        surfaces.Clear();
        scratch.AnalyzedSpans.Clear();
        scratch.Analyzer.AnalyzeKeepingStopWords(deal.Description, words, surfaces, scratch.AnalyzedSpans);
        query.AddWords(text, words, surfaces);
        if (options.SynonymWeight > 0)
        {
            query.AddConcepts(text, deal, scratch, options.Thesaurus, (float)options.SynonymWeight);
        }

        return query;
    }

    // The rep's own words at full weight; stop words only matter inside concept phrases.
    private void AddWords(TextPostings text, List<string> words, List<string> surfaces)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (StopWords.IsStopWord(surfaces[i]) || !text.TryGetTerm(words[i], out var termId) || slotByTerm.ContainsKey(termId))
            {
                continue;
            }

            slotByTerm.Add(termId, TermIds.Count);
            TermIds.Add(termId);
            Weights.Add(1f);
            Surfaces.Add(surfaces[i]);
        }
    }

    // Runs after the rep's words were added. An article term already present as the rep's own word keeps its full weight.
    private void AddConcepts(TextPostings text, DealContext deal, QueryScratch scratch, SalesThesaurus thesaurus, float weight)
    {
        var matches = scratch.ConceptMatches;
        matches.Clear();
        thesaurus.Match(scratch.AnalyzedTerms, matches);
        foreach (var match in matches)
        {
            string? surface = null;
            foreach (var term in thesaurus.TermsOf(match.Group))
            {
                if (!text.TryGetTerm(term, out var termId) || slotByTerm.ContainsKey(termId))
                {
                    continue;
                }

                surface ??= Phrase(deal.Description ?? "", scratch, match);
                slotByTerm.Add(termId, TermIds.Count);
                TermIds.Add(termId);
                Weights.Add(weight);
                Surfaces.Add(surface);
            }
        }
    }

    // A phrase is quoted from the notes as written, so the words the analyser drops ("send us a price") and the rep's
    // own capitals stay. Line breaks inside the phrase become spaces. A match exists only if the notes had words, and
    // the analyser records a span for every word it keeps.
    private static string Phrase(string notes, QueryScratch scratch, ConceptMatch match)
    {
        var spans = scratch.AnalyzedSpans;
        var from = spans[2 * match.Start];
        var to = spans[(2 * (match.Start + match.Length - 1)) + 1];
        return notes.Substring(from, to - from).Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
    }

    private void Clear()
    {
        slotByTerm.Clear();
        TermIds.Clear();
        Weights.Clear();
        Surfaces.Clear();
    }
}
