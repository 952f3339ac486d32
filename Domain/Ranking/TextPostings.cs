using System;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// The inverted index for text relevance, flattened into three arrays: for term t, its postings are
/// <c>Docs[Starts[t] .. Starts[t + 1])</c> (ascending document numbers) with a precomputed BM25F impact each.
/// BM25F folds the per-field term frequencies into one pseudo-frequency before saturation
/// (tf' = sum over fields of weight * tf / (1 - b + b * length / average length)), and
/// impact = tf' / (k1 + tf'). Everything except the query-dependent idf * impact sum is done at build time,
/// so a query is one pass over each of its terms' postings. Immutable, so safe for concurrent readers.
/// </summary>
internal sealed class TextPostings
{
    private readonly Dictionary<string, int> termIds;
    private readonly int[] starts;
    private readonly int[] docs;
    private readonly float[] impacts;
    private readonly float[] idfs;

    public TextPostings(Dictionary<string, int> termIds, int[] starts, int[] docs, float[] impacts, float[] idfs)
    {
        this.termIds = termIds;
        this.starts = starts;
        this.docs = docs;
        this.impacts = impacts;
        this.idfs = idfs;
    }

    public int TermCount => idfs.Length;

    public bool TryGetTerm(string term, out int termId) => termIds.TryGetValue(term, out termId);

    /// <summary>Adds weight * idf * impact of every posting of the term to the accumulators.</summary>
    public void Accumulate(int termId, float weight, QueryScratch scratch)
    {
        scratch.AddText(docs, impacts, starts[termId], starts[termId + 1], weight * idfs[termId]);
    }

    /// <summary>Like <see cref="Accumulate"/>, but only for documents that are already candidates.</summary>
    public void AccumulateExisting(int termId, float weight, QueryScratch scratch)
    {
        scratch.AddTextToTouched(docs, impacts, starts[termId], starts[termId + 1], weight * idfs[termId]);
    }

    public int DocumentFrequency(int termId) => starts[termId + 1] - starts[termId];

    /// <summary>Whether the document contains the term (binary search; used only to explain the final top-k).</summary>
    public bool Contains(int termId, int doc)
    {
        var index = Array.BinarySearch(docs, starts[termId], starts[termId + 1] - starts[termId], doc);
        return index >= 0;
    }
}
